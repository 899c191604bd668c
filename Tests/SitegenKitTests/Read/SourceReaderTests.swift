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

    /// The lines as the character-level definition gives them: `splitLines`, then `clean`.
    static func referenceLines(_ text: String) -> [[UInt8]] {
        SourceReader.splitLines(text).map { Array(SourceReader.clean($0).utf8) }
    }

    /// What `lines(of:)` gives for the bytes of `text`.
    static func byteLines(_ text: String) -> [[UInt8]] {
        Array(text.utf8).withUnsafeBufferPointer { SourceReader.lines(of: $0) }.map { Array($0.text.utf8) }
    }

    @Test(arguments: [
        "Dòng\u{00A0}một\r\nHai\u{200B} ba\rBốn\t\t  năm  \n",
        "Ho\u{300}a Tho\u{323} \u{110}ông",  // NFD, Đ
        "Hòa Thọ Đông đ Đ".decomposedStringWithCanonicalMapping,
        "trailing space then a mark \u{301}\nand a mark alone\u{301} \n \u{301}lead",
        "\u{0600} \n\u{0600}  x \u{0600}",  // Arabic number sign: a prepend, clustered with what follows
        "a\u{200D}b \u{200C}c\u{2060}d\u{FEFF}e\u{00AD}f \u{1680}g\u{2003}h\u{202F}i\u{205F}j\u{3000}k",
        "\u{2028}line\u{2029}para\u{2028}\u{2028}\r\r\n\n\r",
        "\u{0085}NEL\u{0085} \u{009F}c1 \u{0007}bell\u{007F}",
        "emoji 👨‍👩‍👧 ‼\u{FE0F} © ®\u{FE0F} 🇻🇳",
        "한국어 \u{1100}\u{1161}\u{11A8} 日本語\u{3000}テキスト",
        "Ảnh: NGỌC HÀ – “Đại hội” … ‰ € ₫ — ·•",
        "\u{212B}ngström \u{2126} \u{0344} \u{0958} \u{2000}\u{2001}",  // singletons and exclusions
        "A\u{0345}\u{0301} ε\u{0313}\u{0300} Q\u{0323}\u{0307} q\u{0307}\u{0323}",  // marks to reorder
        "",
        "   \t  ",
        "\r\n",
        "x\r",
    ])
    func byteLinesAreTheCharacterLines(text: String) {
        #expect(Self.byteLines(text) == Self.referenceLines(text))
    }

    @Test func byteLinesAreTheCharacterLinesForEverySeed() throws {
        for file in try TestSupport.seedFiles() {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for variant in [text, text.decomposedStringWithCanonicalMapping, text.replacingOccurrences(of: "\n", with: "\r\n"),
                            text.replacingOccurrences(of: " ", with: "\u{00A0}\u{200B}")] {
                #expect(Self.byteLines(variant) == Self.referenceLines(variant), "\(file)")
            }
        }
    }

    /// What `read(path:)` answered before it asked stat(2): FileManager's attributes of the
    /// resolved path, then the bytes.
    static func referenceRead(_ reader: SourceReader, path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
            return Diagnostic.notARegularFile(path).description
        }
        if let size = attributes?[.size] as? Int, size > reader.maximumBytes {
            return Diagnostic.fileTooLarge(path, bytes: size, limit: reader.maximumBytes).description
        }
        do {
            let data = try Data(contentsOf: url)
            switch reader.decode(file: path, bytes: [UInt8](data)) {
            case .success(let document): return "\(document.lines.count) lines"
            case .failure(let diagnostic): return diagnostic.description
            }
        } catch {
            return Diagnostic.unreadable(path, reason: error.localizedDescription).description
        }
    }

    @Test func readingAPathAnswersAsFileManagerDid() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-read-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: folder) }
        try Data("Dòng một\nDòng hai\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        try Data(repeating: 0x41, count: 2_000).write(to: URL(fileURLWithPath: folder + "/big.txt"))
        try manager.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: "a.txt")
        try manager.createSymbolicLink(atPath: folder + "/dir-link", withDestinationPath: "sub")
        try manager.createSymbolicLink(atPath: folder + "/broken.txt", withDestinationPath: "missing.txt")
        let reader = SourceReader(maximumBytes: 1_000)
        for name in ["a.txt", "big.txt", "link.txt", "dir-link", "broken.txt", "sub", "missing.txt", "sub/../a.txt"] {
            let path = folder + "/" + name
            let answer: String
            switch reader.read(path: path) {
            case .success(let document): answer = "\(document.lines.count) lines"
            case .failure(let diagnostic): answer = diagnostic.description
            }
            #expect(answer == Self.referenceRead(reader, path: path), "\(name)")
        }
        #expect(reader.read(path: "/dev/null").failureDescription == Self.referenceRead(reader, path: "/dev/null"))
        // A link is told as a link, and one leading out of the folder is refused.
        #expect(SourceReader.linkLeaving(folder + "/sub", path: folder + "/link.txt") != nil)
        #expect(SourceReader.linkLeaving(folder, path: folder + "/link.txt") == nil)
        #expect(SourceReader.linkLeaving(folder + "/sub", path: folder + "/a.txt") == nil)
    }
}

extension Result where Failure == Diagnostic {
    var failureDescription: String {
        if case .failure(let diagnostic) = self { return diagnostic.description }
        return "success"
    }
}
