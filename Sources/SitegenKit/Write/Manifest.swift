/// The list of files sitegen wrote into the output folder, kept there as `.sitegen-manifest`.
///
/// Only files it lists are ever rewritten or removed: a file sitegen no longer produces is
/// removed on the next build, and a file someone else put there is never touched.
public struct Manifest: Sendable, Hashable {
    public var paths: Set<String>

    public init(paths: Set<String> = []) {
        self.paths = paths
    }

    /// The manifest's file name inside the output folder.
    public static let fileName = ".sitegen-manifest"

    /// Reads a manifest's text: one path per line, `#` comments. A line that is not a plain
    /// relative path (absolute, `..`, empty parts) is ignored, so a tampered manifest can never
    /// make sitegen delete outside the output folder.
    public static func parse(_ text: String) -> Manifest {
        var paths: Set<String> = []
        for line in text.split(separator: "\n") {
            let path = line.trimmed
            if path.isEmpty || path.hasPrefix("#") { continue }
            guard isSafeRelativePath(path) else { continue }
            paths.insert(path)
        }
        return Manifest(paths: paths)
    }

    /// A path relative to the output root that stays inside it.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.hasPrefix("/"), !path.contains("\\") else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.isEmpty && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// The manifest's text: a header line, then the paths sorted.
    public var text: String {
        "# Files written by sitegen; it removes them when no longer needed and touches nothing else.\n"
            + paths.sorted().map { $0 + "\n" }.joined()
    }
}
