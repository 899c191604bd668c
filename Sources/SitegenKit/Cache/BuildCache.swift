import Foundation

/// sitegen's cache, kept beside the output folder in `.sitegen-cache/<output name>/` (so that
/// it is never part of the site, never in the manifest, and survives the output folder being
/// swapped for a staging copy). Ignored by git.
///
/// It holds two things:
/// - `records.bin`: each seed's extraction (records and diagnostics), under a content hash of
///   the seed's path and bytes, its overlay, the word lists of `data/` and the sitegen
///   executable itself. A changed seed, overlay, word list or sitegen misses; the rest is
///   decoded instead of extracted.
/// - `build.bin`: the last build's input stamp (all of the above plus the templates, the
///   configuration and the slug lock), the size and modification time of every file it left in
///   the output folder, and its diagnostics and report. When the stamp and every file are the
///   same, a rebuild has nothing to do and says so without extracting or rendering anything.
///
/// Everything in it can be deleted at any time; a damaged file is ignored.
public struct BuildCache: Sendable {
    public let folder: URL

    public init(output: URL) {
        let output = output.standardizedFileURL
        folder = output.deletingLastPathComponent()
            .appendingPathComponent(Self.folderName, isDirectory: true)
            .appendingPathComponent(output.lastPathComponent, isDirectory: true)
    }

    /// The cache's folder name, beside the output folder.
    public static let folderName = ".sitegen-cache"

    var recordsFile: URL { folder.appendingPathComponent("records.bin") }
    /// The previous output, kept after a build that changed the output, for the next build to
    /// bring up to date instead of making every folder again (`OutputWriter.spare`).
    public var previousOutput: URL { folder.appendingPathComponent("previous-output", isDirectory: true) }
    var stateFile: URL { folder.appendingPathComponent("build.bin") }

    // MARK: - Keys

    /// A hash of what every extraction depends on besides its seed: the codec, the sitegen
    /// executable, and the files of `data/` except the slug lock (which only planning reads).
    static func extractionSalt(data: URL, lockName: String) -> String {
        var hash = ContentHash()
        hash.combine("sitegen extraction cache \(RecordCodec.version)")
        if let executable = FileManager.default.contents(atPath: "/proc/self/exe") ?? Bundle.main.executablePath.flatMap({ FileManager.default.contents(atPath: $0) }) {
            hash.combine(executable)
        } else {
            hash.combine("no executable: \(UUID().uuidString)")
        }
        for (path, bytes) in treeContents(data) where path != lockName {
            hash.combine(path)
            hash.combine(bytes)
        }
        return hash.hex
    }

    /// Every regular file under `folder`, by relative path, sorted.
    static func treeContents(_ folder: URL) -> [(String, Data)] {
        let manager = FileManager.default
        // Listed where it leads: FileManager does not walk into a folder given as a symbolic link.
        guard let enumerator = manager.enumerator(atPath: folder.resolvingSymlinksInPath().path) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator { paths.append(path) }
        return paths.sorted().compactMap { path in
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            guard manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = manager.contents(atPath: full) else { return nil }
            return (path, data)
        }
    }

    /// The key of one seed's extraction: salt, path, bytes, and the overlay's bytes.
    static func seedKey(salt: String, path: String, maximumBytes: Int = SourceReader().maximumBytes) -> String {
        var hash = ContentHash()
        hash.combine(salt)
        hash.combine(path)
        hash.combine(safeContents(path, limit: maximumBytes))
        hash.combine(safeContents(OverlayLoader.overlayPath(forSeed: path), limit: OverlayLoader.maximumBytes))
        return hash.hex
    }

    /// The bytes of a regular file within `limit`; for anything the Read stage would refuse
    /// unread (a symlink, a pipe, a folder, an oversized file) only what `lstat` says of it, so
    /// the cache never reads more, or follows further, than the reader would.
    ///
    /// `lstat(2)` directly: Foundation's `attributesOfItem` also looks up the owner's and group's
    /// names, a read of the user and group databases for every seed and overlay.
    static func safeContents(_ path: String, limit: Int) -> Data {
        var info = stat()
        guard lstat(path, &info) == 0 else { return Data("(absent)".utf8) }
        let type = info.st_mode & S_IFMT
        let size = Int(info.st_size)
        guard type == S_IFREG, size >= 0, size <= limit, let data = FileManager.default.contents(atPath: path) else {
            let modified = Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)
            return Data("(not read: \(type) \(size) \(modified))".utf8)
        }
        return data
    }

    // MARK: - Extractions

    /// The stored extractions made under `salt`, by seed key (empty when there are none).
    func loadRecords(salt: String) -> [String: ArraySlice<UInt8>] {
        guard RecordCodec.isCurrent, let data = FileManager.default.contents(atPath: recordsFile.path) else { return [:] }
        let bytes = [UInt8](data)
        var reader = BinaryReader(bytes: bytes[...])
        var entries: [String: ArraySlice<UInt8>] = [:]
        do {
            guard try reader.string() == "sitegen records 1", try reader.string() == salt else { return [:] }
            for _ in 0..<(try reader.count()) {
                let key = try reader.string()
                let length = try reader.count()
                guard length <= bytes.count - reader.position else { return [:] }
                entries[key] = bytes[reader.position..<(reader.position + length)]
                reader.position += length
            }
        } catch {
            return [:]
        }
        return entries
    }

    /// Replaces the stored extractions with `entries` (the seeds of this build only).
    ///
    /// Streamed to the file a chunk at a time through one reused buffer: at N = 10,000 the file
    /// is 70 MB, and building it whole in memory first cost more (fresh pages to clear, a second
    /// copy) than writing it.
    func saveRecords(_ entries: [(key: String, bytes: ArraySlice<UInt8>)], salt: String, chunkSize: Int = 1 << 20) {
        save(to: recordsFile) { sink in
            var writer = BinaryWriter()
            writer.bytes.reserveCapacity(chunkSize + 64)
            writer.string("sitegen records 1")
            writer.string(salt)
            writer.count(entries.count)
            for entry in entries {
                writer.string(entry.key)
                writer.count(entry.bytes.count)
                if writer.bytes.count + entry.bytes.count > chunkSize {
                    // A long entry goes out from where it is, not through the buffer.
                    guard sink(writer.bytes[...]), sink(entry.bytes) else { return false }
                    writer.bytes.removeAll(keepingCapacity: true)
                } else {
                    writer.bytes.append(contentsOf: entry.bytes)
                }
            }
            return sink(writer.bytes[...])
        }
    }

    // MARK: - The last build

    /// What a build left behind: its input stamp, the files it left, its diagnostics and report.
    struct State {
        struct FileState: Equatable {
            var path: String
            var size: Int
            var modified: Int
        }

        var stamp: String
        var files: [FileState]
        var diagnostics: [Diagnostic]
        var report: BuildReport
    }

    /// The size and modification time (nanoseconds) of `path`, or nil when it is not a file.
    static func fileState(_ path: String, under root: URL) -> State.FileState? {
        fileState(path, under: root.path)
    }

    /// `fileState(path, under:)` with the root's path: joined as strings, not a URL per file.
    static func fileState(_ path: String, under root: String) -> State.FileState? {
        var info = stat()
        guard stat(root + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return State.FileState(path: path, size: Int(info.st_size),
                               modified: Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec))
    }

    func loadState() -> State? {
        guard let data = FileManager.default.contents(atPath: stateFile.path) else { return nil }
        let bytes = [UInt8](data)
        var reader = BinaryReader(bytes: bytes[...])
        do {
            guard try reader.string() == "sitegen build 1" else { return nil }
            let stamp = try reader.string()
            var files: [State.FileState] = []
            for _ in 0..<(try reader.count()) {
                files.append(State.FileState(path: try reader.string(), size: try reader.int(), modified: try reader.int()))
            }
            var diagnostics: [Diagnostic] = []
            for _ in 0..<(try reader.count()) { diagnostics.append(try reader.diagnostic()) }
            let report = try reader.report()
            return State(stamp: stamp, files: files, diagnostics: diagnostics, report: report)
        } catch {
            return nil
        }
    }

    func saveState(_ state: State) {
        var writer = BinaryWriter()
        writer.string("sitegen build 1")
        writer.string(state.stamp)
        writer.count(state.files.count)
        for file in state.files {
            writer.string(file.path)
            writer.int(file.size)
            writer.int(file.modified)
        }
        writer.count(state.diagnostics.count)
        for diagnostic in state.diagnostics { writer.diagnostic(diagnostic) }
        writer.report(state.report)
        save(writer.bytes, to: stateFile)
    }

    /// Forgets the last build (before a build that may change the output).
    func clearState() {
        try? FileManager.default.removeItem(at: stateFile)
    }

    /// Writes through a temporary file and a rename; a cache that cannot be written is no error.
    private func save(_ bytes: [UInt8], to target: URL) {
        save(to: target) { sink in sink(bytes[...]) }
    }

    /// `save(_:to:)` for a file written in parts: `body` hands each part to the sink it is given,
    /// in order, and returns false (as soon as the sink does) when writing failed.
    private func save(to target: URL, _ body: (_ sink: (ArraySlice<UInt8>) -> Bool) -> Bool) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return }
        let written = body { part in part.withUnsafeBytes { StagingDirectory.writeAll($0, to: descriptor) == nil } }
        if close(descriptor) != 0 || !written || rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}

extension BinaryWriter {
    mutating func report(_ report: BuildReport) {
        string(report.output)
        for number in [report.pages, report.otherFiles, report.written, report.unchanged, report.removed, report.errors, report.warnings] {
            int(number)
        }
        count(report.conflicts.count)
        for path in report.conflicts { string(path) }
        for items in [report.truncated, report.untranslated, report.withoutEditorSummary] {
            count(items.count)
            for item in items {
                string(item.location.file)
                int(item.location.line)
                string(item.text)
            }
        }
    }
}

extension BinaryReader {
    mutating func report() throws -> BuildReport {
        let output = try string()
        let pages = try int(), otherFiles = try int(), written = try int(), unchanged = try int(), removed = try int()
        let errors = try int(), warnings = try int()
        var conflicts: [String] = []
        for _ in 0..<(try count()) { conflicts.append(try string()) }
        var lists: [[BuildReport.Item]] = []
        for _ in 0..<3 {
            var items: [BuildReport.Item] = []
            for _ in 0..<(try count()) {
                items.append(BuildReport.Item(location: SourceLocation(file: try string(), line: try int()), text: try string()))
            }
            lists.append(items)
        }
        return BuildReport(output: output, pages: pages, otherFiles: otherFiles, written: written, unchanged: unchanged,
                           removed: removed, conflicts: conflicts, truncated: lists[0], untranslated: lists[1],
                           withoutEditorSummary: lists[2], errors: errors, warnings: warnings)
    }
}
