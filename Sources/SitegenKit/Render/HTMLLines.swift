/// Prints generated markup one element per line: each line trimmed, blank lines dropped.
///
/// Templates may indent as a designer likes; the output is the same. With one block element per
/// line, a one-fact change in the input is a one-line change in the diff of `public/`.
public enum HTMLLines {
    /// `text` with every line trimmed and blank lines removed, ending in one newline.
    public static func normalize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmed
            if trimmed.isEmpty { continue }
            out += trimmed
            out += "\n"
        }
        return out
    }
}
