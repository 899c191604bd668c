/// The one-screen summary of a build printed on stderr: what was written, what was left out,
/// and what still needs an editor.
public struct BuildReport: Sendable {
    /// A finding with its place in the input.
    public struct Item: Sendable, Hashable, Comparable {
        public var location: SourceLocation
        public var text: String

        public static func < (lhs: Item, rhs: Item) -> Bool { (lhs.location, lhs.text) < (rhs.location, rhs.text) }
    }

    public var output: String
    public var pages: Int
    public var otherFiles: Int
    public var written: Int
    public var unchanged: Int
    public var removed: Int
    public var conflicts: [String]
    public var truncated: [Item]
    public var untranslated: [Item]
    public var withoutEditorSummary: [Item]
    public var errors: Int
    public var warnings: Int

    /// How many items of each list fit on one screen; `--verbose` prints them all.
    static let shown = 6

    /// The report's lines.
    public func text(verbose: Bool) -> String {
        var lines = ["sitegen build → \(output): \(pages) pages and \(otherFiles) other files; "
            + "\(written) written, \(unchanged) unchanged, \(removed) removed"]
        func list(_ title: String, _ items: [Item]) {
            guard !items.isEmpty else { return }
            lines.append("  \(title): \(items.count)")
            let limit = verbose ? items.count : Self.shown
            for item in items.prefix(limit) { lines.append("    \(item.location): \(item.text)") }
            if items.count > limit { lines.append("    … and \(items.count - limit) more (--verbose lists all)") }
        }
        if !conflicts.isEmpty {
            lines.append("  files sitegen did not write, left alone (not overwritten): \(conflicts.count)")
            for path in conflicts.prefix(verbose ? conflicts.count : Self.shown) { lines.append("    \(path)") }
        }
        list("truncated teasers (no page)", truncated)
        list("role words the glossary lacks (English left incomplete)", untranslated)
        list("articles without an editor summary (showing generated fact sentences)", withoutEditorSummary)
        lines.append("  \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }
}
