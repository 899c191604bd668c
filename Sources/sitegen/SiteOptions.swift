import ArgumentParser
import Foundation
import SitegenKit

/// The folders and settings a site is built from and into, shared by `build` and `serve`.
struct SiteOptions: ParsableArguments {
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

    @Option(help: "Threads to use (default: all cores). The output is the same for any number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The build options these name.
    func buildOptions(check: Bool = false, force: Bool = false, cache: Bool = false) -> BuildOptions {
        BuildOptions(
            input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output), config: URL(fileURLWithPath: config),
            templates: URL(fileURLWithPath: templates), data: URL(fileURLWithPath: data), check: check, jobs: jobs,
            force: force, cache: cache)
    }
}
