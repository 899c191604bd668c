/// The article slugs sitegen has published, kept in `data/slugs.lock` and committed with
/// `public/`, so that a corrected title never moves a published URL.
///
/// One line per article: its id, a tab, its slug; sorted by id; `#` starts a comment. Entries of
/// removed articles stay, so that their URLs are never reused for something else.
public struct SlugLock: Sendable, Hashable {
    /// Article id → slug.
    public var articles: [String: String]

    public init(articles: [String: String] = [:]) {
        self.articles = articles
    }

    /// The lock file's conventional name under `data/`.
    public static let fileName = "slugs.lock"

    /// Parses the text of a lock file; a line that does not read is a diagnostic and is skipped.
    public static func parse(_ text: String, file: String) -> (lock: SlugLock, diagnostics: [Diagnostic]) {
        var lock = SlugLock()
        var diagnostics: [Diagnostic] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t").map { $0.trimmed }
            guard fields.count == 2, !fields[0].isEmpty, fields[1] == fields[1].slug, !fields[1].isEmpty else {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: index + 1),
                                              "expected \"<article id><TAB><ascii-slug>\", found \"\(line)\"; the line is ignored"))
                continue
            }
            if let earlier = lock.articles[fields[0]], earlier != fields[1] {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: index + 1),
                                              "article \(fields[0]) is locked twice (\(earlier), \(fields[1])); the first is kept"))
                continue
            }
            lock.articles[fields[0]] = fields[1]
        }
        return (lock, diagnostics)
    }

    /// The lock file's text: a header, then one sorted line per article.
    public var text: String {
        var out = "# sitegen: the published slug of every article (id<TAB>slug). Commit this file with public/.\n"
        out += "# A slug here is reused even when the article's title changes, so its URL never moves.\n"
        for id in articles.keys.sorted() {
            if let slug = articles[id] { out += id + "\t" + slug + "\n" }
        }
        return out
    }
}
