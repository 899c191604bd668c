import Foundation

/// A request path turned into folder names under the served folder, or the reason it is refused.
///
/// The path is percent-decoded once, then split on `/`. Any `..` or `.` segment (however it was
/// encoded: `%2e%2e`, `%2E.`), a backslash, a NUL byte or malformed percent-encoding is refused,
/// so no request can name a file outside the served folder. Hidden names (`.sitegen-manifest`,
/// `.git`) are not served either.
public enum SitePath: Sendable, Equatable {
    /// The path's segments, in order, and whether it ended with `/` (a folder's URL).
    case file(segments: [String], trailingSlash: Bool)
    /// A path that would leave the served folder, or that cannot be decoded.
    case refused(reason: String)
    /// A hidden file or folder: answered as not found.
    case hidden

    /// Resolves the still percent-encoded path of a request target (`/vi/index.html`).
    public static func resolve(_ encodedPath: String) -> SitePath {
        guard encodedPath.hasPrefix("/") else { return .refused(reason: "the path does not start with /") }
        guard let decoded = encodedPath.removingPercentEncoding else { return .refused(reason: "malformed percent-encoding") }
        if decoded.contains("\0") { return .refused(reason: "a NUL byte in the path") }
        if decoded.contains("\\") { return .refused(reason: "a backslash in the path") }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.contains(where: { $0 == ".." || $0 == "." }) { return .refused(reason: "a . or .. segment in the path") }
        if parts.contains(where: { $0.hasPrefix(".") }) { return .hidden }
        return .file(segments: parts, trailingSlash: decoded.hasSuffix("/"))
    }
}
