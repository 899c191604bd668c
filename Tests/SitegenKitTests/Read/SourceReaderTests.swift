import Foundation
import Testing
@testable import SitegenKit

/// Reading seed files: what is accepted, cleaned, or refused with a diagnostic.
@Suite struct SourceReaderTests {
    let reader = SourceReader(maximumBytes: 1 << 20)

    @Test func invalidUTF8IsRefusedWithItsByteOffsetAndLine() {
        let bytes = Array("Dòng một\nDòng hai ".utf8) + [0xC3, 0x28] + Array(" tiếp".utf8)
        guard case .failure(let diagnostic) = reader.decode(file: "bad.txt", bytes: bytes) else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "bad.txt", line: 2))
        #expect(diagnostic.message.contains("byte offset \(Array("Dòng một\nDòng hai ".utf8).count)"))
        #expect(diagnostic.description.hasPrefix("bad.txt:2: error: invalid UTF-8"))
    }

    @Test(arguments: [
        [0xED, 0xA0, 0x80],  // an encoded surrogate
        [0xC0, 0xAF],        // an overlong "/"
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0xE1, 0xBA],        // cut short
    ] as [[UInt8]])
    func malformedSequencesAreRefused(bytes: [UInt8]) {
        #expect(SourceReader.firstInvalidUTF8Offset(Array("ok ".utf8) + bytes) == 3)
    }

    @Test func emptyAndBinaryFilesAreRefused() {
        guard case .failure(let empty) = reader.decode(file: "empty.txt", bytes: Array(" \n\n \r\n".utf8)) else {
            Issue.record("an empty file was accepted")
            return
        }
        #expect(empty.message.contains("empty"))
        guard case .failure(let binary) = reader.decode(file: "x.bin", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) else {
            Issue.record("a binary file was accepted")
            return
        }
        #expect(binary.message.contains("binary"))
    }

    @Test func anOversizedFileIsRefusedBeforeItIsParsed() {
        let small = SourceReader(maximumBytes: 10)
        guard case .failure(let diagnostic) = small.decode(file: "big.txt", bytes: Array(repeating: 0x41, count: 11)) else {
            Issue.record("an oversized file was accepted")
            return
        }
        #expect(diagnostic.message.contains("over the limit"))
    }

    @Test func linesAreCleanedAndNormalised() throws {
        // CRLF and CR endings, a BOM, non-breaking and zero-width spaces, NFD text, tabs.
        let nfd = "Ho\u{300}a Tho\u{323} \u{110}ông".decomposedStringWithCanonicalMapping
        let text = "\u{FEFF}Dòng\u{00A0}một\r\nHai\u{200B} ba\rBốn\t\t  năm  \n" + nfd
        let document = try reader.decode(file: "x.txt", bytes: Array(text.utf8)).get()
        #expect(document.lines.map(\.text) == ["Dòng một", "Hai ba", "Bốn năm", "Hòa Thọ Đông"])
        #expect(document.lines.map(\.number) == [1, 2, 3, 4])
        #expect(document.lines[3].text == "Hòa Thọ Đông".precomposedStringWithCanonicalMapping)
    }
}
