extension StringProtocol {
    /// The text as literal Markdown: every character that Markdown or HTML could read as syntax
    /// is backslash-escaped and line breaks become spaces, so extracted article text can add
    /// no link, emphasis, heading, list, HTML tag or entity to a summary.
    ///
    /// Works on UTF-8 bytes, copying runs of ordinary text whole, with the same result as going
    /// character by character: a syntax character that a combining mark (or a prepended mark)
    /// makes part of another `Character` is left as it is.
    public var markdownEscaped: String {
        if let bytes = utf8.withContiguousStorageIfAvailable({ MarkdownEscape.escaped($0) }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return MarkdownEscape.escapedByCharacter(self)
    }
}

/// The two ways of `markdownEscaped`: on bytes, and by `Character` (the rule the bytes keep).
enum MarkdownEscape {
    /// Whether `byte` is one of the ASCII characters Markdown or HTML could read as syntax.
    private static func isSyntax(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"), UInt8(ascii: "+"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"),
             UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    /// The UTF-8 `bytes` escaped.
    static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                // U+2028 and U+2029 are line breaks too (controls: always characters of their own).
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                out.append(UInt8(ascii: " "))
                index += 3
                runStart = index
                continue
            }
            if byte == 0x0A || byte == 0x0D {
                // A line break is a space; "\r\n" is one character, so one space.
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                out.append(UInt8(ascii: " "))
                index += byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                runStart = index
                continue
            }
            guard isSyntax(byte) else {
                index += 1
                continue
            }
            if (index > 0 && bytes[index - 1] >= 0x80) || (index + 1 < count && bytes[index + 1] >= 0x80),
               !bytes.isLoneCharacter(at: index) {
                index += 1
                continue
            }
            if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            out.append(UInt8(ascii: "\\"))
            out.append(byte)
            index += 1
            runStart = index
        }
        if runStart < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        return out
    }

    /// The escaping rule, one `Character` at a time.
    static func escapedByCharacter<Text: StringProtocol>(_ text: Text) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}":
                out.append(" ")
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "<", ">", "|", "~", "&", "=", ":":
                out.append("\\")
                out.append(character)
            default:
                out.append(character)
            }
        }
        return out
    }
}
