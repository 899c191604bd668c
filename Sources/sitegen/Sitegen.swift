import ArgumentParser
import SitegenKit

/// The `sitegen` command: a thin shell over SitegenKit's pipeline.
@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds a bilingual (Tiếng Việt / English) digest site from raw Vietnamese news text.",
        subcommands: [BuildCommand.self, ExtractCommand.self]
    )
}
