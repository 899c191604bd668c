import Foundation

/// Notices changed inputs by polling: the size and modification time of every file under the
/// watched folders and files (seeds and their overlays, templates, data, the config), hidden
/// names skipped. Polling is portable and, for a few thousand files twice a second, cheap.
public struct SourceWatcher: Sendable {
    /// What is known of one file: enough to notice an edit, a new file or a removed one.
    public struct Stamp: Sendable, Equatable {
        public var size: Int
        public var modified: TimeInterval
    }

    /// The watched folders and files.
    public var paths: [URL]

    public init(paths: [URL]) { self.paths = paths }

    /// Every watched file's stamp, by path.
    public func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
        for path in paths {
            if let stamp = Self.stamp(of: path, keys: keys) { stamps[path.path] = stamp; continue }
            guard let files = FileManager.default.enumerator(at: path, includingPropertiesForKeys: keys,
                                                             options: [.skipsHiddenFiles]) else { continue }
            for case let file as URL in files {
                if let stamp = Self.stamp(of: file, keys: keys) { stamps[file.path] = stamp }
            }
        }
        return stamps
    }

    /// The paths that were added, removed or changed between two snapshots, sorted.
    public static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
    }

    private static func stamp(of url: URL, keys: [URLResourceKey]) -> Stamp? {
        guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { return nil }
        return Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
    }
}
