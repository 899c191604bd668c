import Foundation
import Testing
@testable import SitegenKit

/// `PlainText` on UTF-8 held to its definition on scalars.
@Suite struct PlainTextTests {
    static let edges = ["", "a", "\u{9F}", "\u{A0}", "\u{2FF}", "\u{300}", "a\u{301}", "\u{1DFF}", "\u{1E00}", "\u{1EFF}",
                        "\u{1F00}", "\u{200F}", "\u{2010}", "\u{2027}", "\u{2028}", "\u{202F}", "\u{2030}", "\u{205E}",
                        "\u{205F}", "\u{20A0}", "\u{20BF}", "\u{20C0}", "\u{FEFF}", "😀", "Đại hội 😀", "x\u{10FFFF}", "한국어"]

    @Test func plainOnBytesIsPlainOnScalars() {
        for text in SegmentFastPathTests.inputs + Self.edges + Self.edges.map({ "Đại hội " + $0 + " x" }) {
            let scalars = text.unicodeScalars.allSatisfy { $0.isASCII || PlainText.isPlain($0.value) }
            #expect(PlainText.isPlain(text) == scalars, "\(text.debugDescription)")
            #expect(PlainText.isPlain(text[...]) == scalars, "\(text.debugDescription)")
        }
    }
}

/// `SourceReader.readBytes` (open/read) held to Foundation's `Data(contentsOf:)`.
@Suite struct SourceReaderBytesTests {
    @Test func readBytesAreTheFilesBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-readbytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = try TestSupport.seedFiles()
        for (name, size) in [("empty.txt", 0), ("one.txt", 1), ("page.txt", 4096), ("big.txt", 70_001)] {
            let path = folder.appendingPathComponent(name).path
            try Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        for file in files {
            let expected = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            // Sized right, too small (the file grew) and too large (it shrank).
            for guess in [expected.count, 0, expected.count / 2, expected.count + 100] {
                #expect(SourceReader.readBytes(file, expected: guess) == expected, "\(file) \(guess)")
            }
        }
        #expect(SourceReader.readBytes(folder.appendingPathComponent("missing.txt").path, expected: 10) == nil)
    }
}
