extension StringProtocol {
    /// The text as literal Markdown: every character that Markdown or HTML could read as syntax
    /// is backslash-escaped and line breaks become spaces, so extracted article text can add
    /// no link, emphasis, heading, list, HTML tag or entity to a summary.
    public var markdownEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for character in self {
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
