import CCmark
import Foundation

/// Markdown → HTML through the cmark C library: the one place that talks to cmark.
///
/// Safe mode only (cmark's default): raw HTML is replaced by a comment and `javascript:`,
/// `vbscript:`, `file:` and most `data:` links are dropped. Smart punctuation and UTF-8 validation
/// are on; source positions are off, because they make every diff noisy.
public enum Markdown {
    /// The HTML for `markdown`, or an empty string when cmark returns nothing.
    public static func html(_ markdown: String) -> String {
        html(markdown) { String(decoding: $0, as: UTF8.self) }
    }

    /// The HTML for `markdown` made into text by `make`, which reads cmark's UTF-8 where cmark
    /// left it (a caller that changes the HTML makes one `String`, not two); `make` of no bytes
    /// when cmark returns nothing.
    static func html(_ markdown: String, _ make: (UnsafeBufferPointer<UInt8>) -> String) -> String {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        let length = markdown.utf8.count
        let rendered: UnsafeMutablePointer<CChar>? = markdown.withCString { pointer in
            cmark_markdown_to_html(pointer, length, options)
        }
        guard let rendered else { return make(UnsafeBufferPointer(start: nil, count: 0)) }
        defer { free(rendered) }
        return UnsafeRawPointer(rendered).withMemoryRebound(to: UInt8.self, capacity: strlen(rendered) + 1) { bytes in
            make(UnsafeBufferPointer(start: bytes, count: strlen(rendered)))
        }
    }
}
