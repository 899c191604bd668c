import ArgumentParser
import Foundation
import SitegenKit

/// The `sitegen` command: a thin shell over SitegenKit's pipeline.
@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds a bilingual (Tiếng Việt / English) digest site from raw Vietnamese news text.",
        subcommands: [BuildCommand.self, ExtractCommand.self, ServeCommand.self]
    )

    /// Runs the command; a usage error exits with status 2 (spec/DESIGN.md), not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
