import ArgumentParser
import Foundation
import SitegenKit

/// `sitegen build`: seeds → the bilingual site in `public/`, or with `--check`, whether the
/// committed `public/` is up to date.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the bilingual digest site from the seeds into the output folder.",
        discussion: "Exit status: 0 on success, 1 when the build had errors or --check found differences, 2 on a usage error."
    )

    @Option(help: "The folder of seed files (*.txt and their overlays).")
    var input = "seeds"

    @Option(help: "The folder to write the site into.")
    var output = "public"

    @Option(help: "The site's settings: name in both languages, base URL.")
    var config = "sitegen.yml"

    @Option(help: "The folder of Mustache templates, interface strings (i18n/) and assets.")
    var templates = "Templates"

    @Option(help: "The folder of word lists, glossary and the slug lock file.")
    var data = "data"

    @Flag(help: "Build in memory and compare with the output folder; exit 1 naming each stale, missing or extra file.")
    var check = false

    @Flag(help: "Build into an output folder that holds files sitegen did not write; they are kept, never overwritten.")
    var force = false

    @Option(help: "Threads to use (default: all cores). The output is the same for any number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(inversion: .prefixedNo, help: "Keep and use the build cache beside the output folder (.sitegen-cache/): unchanged seeds are not extracted again, and a rebuild with nothing to do does nothing.")
    var cache = true

    @Flag(help: "Print only errors.")
    var quiet = false

    @Flag(help: "Print notes, every file written, and the full lists of the report.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let options = BuildOptions(
            input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output), config: URL(fileURLWithPath: config),
            templates: URL(fileURLWithPath: templates), data: URL(fileURLWithPath: data), check: check, jobs: jobs,
            force: force, cache: cache)
        let outcome: BuildOutcome
        do {
            outcome = try SiteBuild.run(options)
        } catch {
            let message = (error as? Diagnostic)?.description ?? "error: \(error)"
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(1)
        }
        var lines: [String] = []
        for diagnostic in outcome.diagnostics where show(diagnostic.severity) {
            lines.append(diagnostic.description)
        }
        for difference in outcome.differences {
            lines.append(difference)
        }
        if check && !quiet {
            lines.append(outcome.differences.isEmpty
                ? "sitegen build --check: \(output) is up to date"
                : "sitegen build --check: \(outcome.differences.count) file\(outcome.differences.count == 1 ? "" : "s") differ; run `sitegen build` and commit \(output)/")
        }
        var text = lines.map { $0 + "\n" }.joined()
        if !quiet && !check, let report = outcome.report { text += report.text(verbose: verbose) }
        FileHandle.standardError.write(Data(text.utf8))
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    func show(_ severity: Diagnostic.Severity) -> Bool {
        if quiet { return severity == .error }
        return verbose || severity >= .warning
    }
}
