import Foundation

/// Small, regex-based readers of generated markup, enough for link and hreflang checks.
enum HTMLInspector {
    /// Every value of `attribute` in `html` (`href`, `src`, `action`).
    static func values(of attribute: String, in html: String) -> [String] {
        let pattern = "\\s\(attribute)=\"([^\"]*)\""
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }

    /// The `hreflang` alternates of a page's head: hreflang → absolute URL.
    static func alternates(in html: String) -> [String: String] {
        guard let regex = try? NSRegularExpression(pattern: "<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">") else { return [:] }
        var result: [String: String] = [:]
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            if let lang = Range(match.range(at: 1), in: html), let href = Range(match.range(at: 2), in: html) {
                result[String(html[lang])] = String(html[href])
            }
        }
        return result
    }

    /// The canonical URL of a page.
    static func canonical(in html: String) -> String? {
        guard let start = html.range(of: "<link rel=\"canonical\" href=\"") else { return nil }
        let rest = html[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// A relative link from the file at `from` resolved to a path from the output root, without
    /// query or fragment; nil when it leaves the site.
    static func resolve(_ link: String, from: String) -> String? {
        var target = link
        if let cut = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = String(target[..<cut]) }
        if target.isEmpty { return from }
        var parts = from.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            case ".", "": continue
            default: parts.append(String(part))
            }
        }
        var path = parts.joined(separator: "/")
        if target.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        return path
    }
}
