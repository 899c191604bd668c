import Foundation
@testable import SitegenKit

/// Paths and shared, immutable fixtures for the tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static var dataDirectory: URL { root.appendingPathComponent("data") }
    static var seedsDirectory: URL { root.appendingPathComponent("seeds") }
    static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }

    /// The project's own word lists; loading them is itself under test.
    static func lexicon() throws -> Lexicon { try Lexicon.load(from: dataDirectory) }

    /// The seed files, sorted.
    static func seedFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { seedsDirectory.appendingPathComponent($0).path }
    }

    /// Raw text through Read, Segment, Parse and Extract, as if it were a seed file.
    static func records(_ text: String, file: String = "test.txt") throws -> [ArticleRecord] {
        let pipeline = try ExtractionPipeline(lexicon: lexicon(), jobs: 1)
        let document = try pipeline.reader.decode(file: file, bytes: Array(text.utf8)).get()
        return pipeline.records(for: document).records
    }

    /// The one record of a text that holds one article.
    static func record(_ text: String) throws -> ArticleRecord {
        let all = try records(text)
        guard all.count == 1, let first = all.first else {
            throw TestFailure("expected one article, found \(all.count): \(all.map(\.article.title))")
        }
        return first
    }

    /// A short article around `sentence`: a title, a lede and the sentence as body text.
    static func article(title: String = "Phường Tân An tổ chức Đại hội đại biểu Đảng bộ lần thứ I",
                        lede: String = "Ngày 12/8, Đảng bộ phường Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, với sự tham dự của nhiều đại biểu.",
                        body: [String]) -> String {
        ([title, "", lede, ""] + body.flatMap { [$0, ""] }).joined(separator: "\n")
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
