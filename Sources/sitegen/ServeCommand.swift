import ArgumentParser
import Dispatch
import Foundation
import SitegenKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `sitegen serve [--port 8000]`: builds, serves the output folder on 127.0.0.1, rebuilds when a
/// seed, overlay, template, data file or the config changes, and reloads the open page.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on 127.0.0.1, rebuild on change and reload the page.",
        discussion: """
            Serves only on 127.0.0.1 (this computer). Pages get a small live-reload script as they are \
            served; the files written to the output folder never do. Ctrl-C stops (exit 0). \
            --port 0 picks a free port. The first line on standard output is the site's address.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "The port on 127.0.0.1 to serve on (0: any free port).")
    var port: Int = 8000

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let options = site.buildOptions()
        guard Self.build(options) else { throw ExitCode(1) }

        let watched = [options.input, options.templates, options.data, options.config]
        let session: PreviewSession
        do {
            session = try PreviewSession(output: options.output, watching: watched, port: UInt16(port)) { changed in
                let shown = changed.prefix(3).map { Self.relative($0) }.joined(separator: ", ")
                let more = changed.count > 3 ? " and \(changed.count - 3) more" : ""
                Self.printError("sitegen serve: \(shown)\(more) changed; rebuilding…")
                _ = Self.build(options)
            }
        } catch {
            Self.printError("error: \(error)")
            throw ExitCode(1)
        }
        let stop = StopSignal(signals: [SIGINT, SIGTERM])
        session.start()
        FileHandle.standardOutput.write(Data("Serving \(site.output)/ at http://127.0.0.1:\(session.port)/ (Ctrl-C to stop)\n".utf8))
        await stop.wait()
        Self.printError("sitegen serve: stopping…")
        session.stop()
        Self.printError("sitegen serve: stopped")
    }

    /// Builds once, printing warnings, errors and the report on stderr; false when the build could
    /// not run at all (a missing template, a bad config).
    static func build(_ options: BuildOptions) -> Bool {
        do {
            let outcome = try SiteBuild.run(options)
            var lines = outcome.diagnostics.filter { $0.severity >= .warning }.map(\.description)
            if let report = outcome.report { lines.append(report.text(verbose: false)) }
            printError(lines.joined(separator: "\n"))
            return true
        } catch {
            printError((error as? Diagnostic)?.description ?? "error: \(error)")
            return false
        }
    }

    static func printError(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// `path` relative to the working folder, for short messages.
    static func relative(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
    }
}
