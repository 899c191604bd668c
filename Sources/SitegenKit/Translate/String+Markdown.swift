extension StringProtocol {
    /// The text as literal Markdown: every character that Markdown or HTML could read as syntax
    /// is backslash-escaped and line breaks become spaces, so extracted article text can add
    /// no link, emphasis, heading, list, HTML tag or entity to a summary.
    ///
    /// Works on UTF-8 bytes: every character it escapes is ASCII, and the two line and paragraph
    /// separators (U+2028, U+2029) are the only other bytes it changes. A "\r\n" pair is one
    /// line break and one space. Comparing `Character`s instead normalised every non-ASCII one.
    public var markdownEscaped: String {
        let bytes = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\r"):
                out.append(UInt8(ascii: " "))
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\n"):
                out.append(UInt8(ascii: " "))
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                out.append(UInt8(ascii: " "))
                index += 2
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "!"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"),
                 UInt8(ascii: "="), UInt8(ascii: ":"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            default:
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
