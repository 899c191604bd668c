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

    /// A path relative to the output root that stays inside it: no part empty, `.` or `..`, no
    /// backslash, no NUL.
    ///
    /// Read on bytes, as the kernel reads a path: a `/` followed by a combining mark is one
    /// `Character` to Swift but still separates two parts (so `"../\u{301}x"` is refused).
    public static func isSafeRelativePath(_ path: String) -> Bool {
        var length = 0  // bytes of the current part
        var onlyDots = true
        for byte in path.utf8 {
            switch byte {
            case 0x00, 0x5C:
                return false
            case 0x2F:
                if length == 0 || (onlyDots && length <= 2) { return false }
                length = 0
                onlyDots = true
            default:
                length += 1
                if byte != 0x2E { onlyDots = false }
            }
        }
        return length > 0 && !(onlyDots && length <= 2)
    }

    /// The manifest's text: a header line, then the paths sorted.
    public var text: String { Self.text(sortedPaths: paths.sorted()) }

    /// The text of a manifest whose paths, sorted, are `sortedPaths`.
    static func text(sortedPaths: [String]) -> String {
        "# Files written by sitegen; it removes them when no longer needed and touches nothing else.\n"
            + sortedPaths.map { $0 + "\n" }.joined()
    }
}
