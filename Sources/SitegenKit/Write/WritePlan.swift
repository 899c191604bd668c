/// What a build would do to the output folder, worked out before anything is written: the
/// answer to `--check`, and the list `OutputWriter.apply` carries out.
public struct WritePlan: Sendable {
    /// Files that do not exist yet.
    public var added: [OutputFile] = []
    /// Files that exist with other bytes.
    public var changed: [OutputFile] = []
    /// Paths whose bytes are already right.
    public var unchanged: [String] = []
    /// Paths sitegen wrote before and no longer produces.
    public var removed: [String] = []
    /// Paths sitegen would write where a file it did not write stands: never overwritten.
    public var conflicts: [String] = []
    /// The manifest after the build, and whether its file must be (re)written.
    public var manifest = Manifest() {
        didSet {
            manifestPaths = manifest.paths.sorted()
            manifestText = Manifest.text(sortedPaths: manifestPaths)
        }
    }
    /// The manifest's paths, sorted once (27,000 at N = 10,000): for its text and the cache.
    public private(set) var manifestPaths: [String] = []
    /// `manifest.text`, made once.
    public private(set) var manifestText = Manifest().text
    public var manifestStale = false

    public init() {}

    /// Whether the output folder already holds exactly this build.
    public var isUpToDate: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty && !manifestStale }

    /// One line per file that differs, as `--check` prints them.
    public var differences: [String] {
        (added.map { "missing: \($0.path)" } + changed.map { "stale: \($0.path)" } + removed.map { "extra: \($0)" }
            + (manifestStale ? ["stale: \(Manifest.fileName)"] : [])).sorted { $0.split(separator: " ").last ?? "" < $1.split(separator: " ").last ?? "" }
    }
}
