import Foundation

/// The `Content-Type` `sitegen serve` sends for a file, from its extension; text types say
/// `charset=utf-8`, since everything sitegen writes is UTF-8.
public enum MediaType {
    public static let html = "text/html; charset=utf-8"
    public static let plainText = "text/plain; charset=utf-8"
    public static let fallback = "application/octet-stream"

    static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "atom": "application/atom+xml; charset=utf-8",
        "txt": plainText, "md": "text/markdown; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf", "webmanifest": "application/manifest+json; charset=utf-8",
    ]

    /// The media type of a file name (`feed.xml` → `application/xml; charset=utf-8`);
    /// `application/octet-stream` for an unknown extension.
    public static func forFile(named name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }
}
