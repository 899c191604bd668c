import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the output folder holds now: every entry under it, by relative path, without following
/// symbolic links (a link to a folder is an entry, not a folder to walk into).
struct OutputTree {
    /// What kind of entry a path is.
    enum Kind: Sendable, Hashable {
        case file, directory, symbolicLink, other
    }

    /// One entry: its path relative to the output root, its kind, for a folder whether it is
    /// empty, and its inode number (two paths with the same inode are one file, hard-linked).
    struct Entry: Sendable, Hashable {
        var path: String
        var kind: Kind
        var isEmpty = false
        var inode: UInt64 = 0
    }

    /// Every entry, parents before their children, sorted by name within a folder.
    var entries: [Entry] = []

    /// Scans `root`; an absent root is an empty tree.
    init(scanning root: URL) throws {
        try walk(root.path, relative: "")
    }

    private mutating func walk(_ folder: String, relative: String) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            if relative.isEmpty, !FileManager.default.fileExists(atPath: folder) { return }
            throw Diagnostic.stagingFailed(folder, reason: "cannot list the folder: \(error.localizedDescription)")
        }
        for name in names.sorted() {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = folder + "/" + name
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }  // gone since the listing
            let inode = UInt64(status.st_ino)
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let index = entries.count
                entries.append(Entry(path: path, kind: .directory, inode: inode))
                try walk(full, relative: path)
                entries[index].isEmpty = entries.count == index + 1
            case S_IFREG:
                entries.append(Entry(path: path, kind: .file, inode: inode))
            case S_IFLNK:
                entries.append(Entry(path: path, kind: .symbolicLink, inode: inode))
            default:
                entries.append(Entry(path: path, kind: .other, inode: inode))
            }
        }
    }

    /// Whether `path` (relative to the output root) is sitegen's own bookkeeping: the manifest and
    /// any other `.sitegen-*` entry at the root, such as a build cache.
    static func isSitegenOwned(_ path: String) -> Bool {
        let first = path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? path
        return first.hasPrefix(".sitegen-")
    }

    /// Files (not folders) that neither the manifest lists nor sitegen owns.
    func foreignFiles(manifest: Manifest) -> [String] {
        entries.filter { $0.kind != .directory && !manifest.paths.contains($0.path) && !Self.isSitegenOwned($0.path) }.map(\.path)
    }
}
