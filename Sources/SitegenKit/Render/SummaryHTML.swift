/// The HTML of an article's summary, the one place pages and feeds render it.
enum SummaryHTML {
    /// cmark's HTML for the summary. In a generated English summary every quotation is a key
    /// sentence in its Vietnamese original, so it is marked `lang="vi"` for screen readers,
    /// hyphenation and the validator; an editor's summary is left as the editor wrote it.
    static func render(_ summary: SummaryWriter.Summary, in language: Language) -> String? {
        // `markdown.trimmed.isEmpty`, without copying the text to trim it.
        guard summary.markdown.contains(where: { !$0.isWhitespace }) else { return nil }
        guard language == .en, summary.source == .facts else { return Markdown.html(summary.markdown) }
        // Replaced on cmark's bytes: one `String` made, not one and then its changed copy.
        return Markdown.html(summary.markdown) { bytes in
            String.replacingBytes(in: bytes, of: "<blockquote>", with: "<blockquote lang=\"vi\">") ?? String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `render` replacing the tag in the `String` cmark's HTML makes: the definition.
    static func renderedThenReplaced(_ summary: SummaryWriter.Summary, in language: Language) -> String? {
        guard summary.markdown.contains(where: { !$0.isWhitespace }) else { return nil }
        let html = Markdown.html(summary.markdown)
        guard language == .en, summary.source == .facts else { return html }
        return html.replacingBytes(of: "<blockquote>", with: "<blockquote lang=\"vi\">")
    }
}
