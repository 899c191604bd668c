extension StringProtocol {
    /// The text as literal Markdown: every character that Markdown or HTML could read as syntax
    /// is backslash-escaped and line breaks become spaces, so extracted article text can add
    /// no link, emphasis, heading, list, HTML tag or entity to a summary.
    ///
    /// Works on UTF-8 bytes: every character it escapes is ASCII, and the two line and paragraph
    /// separators (U+2028, U+2029) are the only other bytes it changes. A "\r\n" pair is one
    /// line break and one space. Comparing `Character`s instead normalised every non-ASCII one.
    public var markdownEscaped: String {
        var out = ""
        appendMarkdownEscaped(to: &out)
        return out
    }

    /// Appends `markdownEscaped` to `out` without making it first; text with no byte to change
    /// (most names, roles and places) is appended whole.
    public func appendMarkdownEscaped(to out: inout String) {
        let plain = utf8.withContiguousStorageIfAvailable { MarkdownEscape.firstChange(in: $0) == nil }
        if plain == true {
            out += String(self)
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 8)
        if utf8.withContiguousStorageIfAvailable({ MarkdownEscape.append($0, to: &bytes) }) == nil {
            let copy = Array(utf8)
            copy.withUnsafeBufferPointer { MarkdownEscape.append($0, to: &bytes) }
        }
        out += String(decoding: bytes, as: UTF8.self)
    }
}

/// The byte rules of `markdownEscaped`.
enum MarkdownEscape {
    /// Per byte: 1 when it is escaped with a backslash, 2 when it may be (part of) a line break.
    static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in "\\`*_{}[]()#+-.!<>|~&=:".utf8 { table[Int(byte)] = 1 }
        for byte: UInt8 in [0x0D, 0x0A, 0xE2] { table[Int(byte)] = 2 }
        return table
    }()

    /// The index of the first byte that may change, or nil when the text is left as it is.
    static func firstChange(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        classes.withUnsafeBufferPointer { table in
            for index in bytes.indices where table[Int(bytes[index])] != 0 {
                if bytes[index] != 0xE2 || isSeparator(bytes, at: index) { return index }
            }
            return nil
        }
    }

    /// Whether the bytes at `index` are U+2028 or U+2029 (E2 80 A8 / E2 80 A9).
    static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
    }

    /// Appends `bytes`, escaped, to `out`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\r"):
                out.append(UInt8(ascii: " "))
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\n"):
                out.append(UInt8(ascii: " "))
            case 0xE2 where isSeparator(bytes, at: index):
                out.append(UInt8(ascii: " "))
                index += 2
            default:
                if classes[Int(byte)] == 1 { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
            index += 1
        }
    }
}
