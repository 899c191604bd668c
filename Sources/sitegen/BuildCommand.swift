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

    @OptionGroup var site: SiteOptions

    @Flag(help: "Build in memory and compare with the output folder; exit 1 naming each stale, missing or extra file.")
    var check = false

    @Flag(help: "Build into an output folder that holds files sitegen did not write; they are kept, never overwritten.")
    var force = false

    @Flag(inversion: .prefixedNo, help: "Keep and use the build cache beside the output folder (.sitegen-cache/): unchanged seeds are not extracted again, and a rebuild with nothing to do does nothing.")
    var cache = true

    @Flag(help: "Print only errors.")
    var quiet = false

    @Flag(help: "Print notes, every file written, and the full lists of the report.")
    var verbose = false

    @Flag(help: "Print how long each step of the build took (load, extract, plan, render, write).")
    var timings = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    func run() async throws {
        let options = site.buildOptions(check: check, force: force, cache: cache)
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
                ? "sitegen build --check: \(site.output) is up to date"
                : "sitegen build --check: \(outcome.differences.count) file\(outcome.differences.count == 1 ? "" : "s") differ; run `sitegen build` and commit \(site.output)/")
        }
        var text = lines.map { $0 + "\n" }.joined()
        if !quiet && !check, let report = outcome.report { text += report.text(verbose: verbose) }
        if timings { text += "timings:\n" + outcome.timings.text }
        FileHandle.standardError.write(Data(text.utf8))
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    func show(_ severity: Diagnostic.Severity) -> Bool {
        if quiet { return severity == .error }
        return verbose || severity >= .warning
    }
}
