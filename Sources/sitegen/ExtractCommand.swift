import ArgumentParser
import Foundation
import SitegenKit

/// `sitegen extract FILE... [--format json|text]`: the records extracted from seed files.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the articles, places, officials, figures and themes extracted from seed files."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    @Argument(help: "Seed files to read.")
    var files: [String]

    @Option(help: "Output format: json (schema of spec/gold-seeds.json) or text (for editors).")
    var format: Format = .json

    @Option(help: "The folder of word lists and glossary.")
    var data: String = "data"

    @Flag(help: "Add the sentence and line each fact came from.")
    var evidence = false

    @Option(help: "Threads to use (default: all cores). Output is the same for any number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
        let pipeline: ExtractionPipeline
        do {
            let lexicon = try Lexicon.load(from: URL(fileURLWithPath: data))
            pipeline = try ExtractionPipeline(lexicon: lexicon, jobs: max(1, jobs))
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
        let result = pipeline.run(files: files)
        for diagnostic in result.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        switch format {
        case .json: print(ExtractionJSON.render(result, evidence: evidence), terminator: "")
        case .text: print(ExtractionText.render(result), terminator: "")
        }
        if result.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
