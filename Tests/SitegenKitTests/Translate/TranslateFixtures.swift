import Foundation
@testable import SitegenKit

/// Shared fixtures of the Translate and Overlay tests: the project's glossary and the seeds.
enum TranslateFixtures {
    /// The project's glossary and themes; loading them is itself under test.
    static func translator() throws -> Translator {
        let lexicon = try TestSupport.lexicon()
        let glossary = try Glossary.load(from: TestSupport.dataDirectory)
        return Translator(glossary: glossary, themes: lexicon.themes.map(\.theme))
    }

    /// The five seeds through extraction and resolution, once per test run.
    static func seedSite() throws -> ResolvedSite {
        if let site = cachedSite { return site }
        throw TestFailure("the seeds did not extract")
    }

    private static let cachedSite: ResolvedSite? = {
        guard let lexicon = try? TestSupport.lexicon(), let pipeline = try? ExtractionPipeline(lexicon: lexicon, jobs: 1),
              let files = try? TestSupport.seedFiles() else { return nil }
        return pipeline.run(files: files)
    }()

    /// The record of the seed whose file name starts with `prefix` (its first article).
    static func seedRecord(_ prefix: String, index: Int = 0) throws -> ArticleRecord {
        let records = try seedSite().records.filter { $0.article.sourceFile.split(separator: "/").last?.hasPrefix(prefix) == true }
        guard index < records.count else { throw TestFailure("no record \(index) for seed \(prefix)") }
        return records[index]
    }

    /// Words of `english` with letters outside ASCII that are not capitalised words of `vietnamese`:
    /// Vietnamese left in an English text where only proper names may stay.
    static func vietnameseWords(in english: String, notNamedIn vietnamese: String) -> [String] {
        let names = Set(vietnamese.split(separator: " ").filter { $0.first?.isUppercase == true }.map(String.init))
        return english.split(separator: " ").map(String.init).filter { word in
            word.unicodeScalars.contains { !$0.isASCII } && !names.contains(word)
        }
    }
}
