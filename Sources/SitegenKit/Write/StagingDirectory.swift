import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A build's private copy of the output folder, made beside it and swapped in whole when the
/// build has succeeded, so that a build killed at any moment leaves the previous output as it was.
///
/// It is named `<output>.sitegen-staging-<pid>` in the output's parent folder, so the swap is a
/// rename within one file system: `renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)`
/// on macOS, which exchange the two folders in one step; where neither works, two renames with a
/// recoverable gap. While a build runs it holds an exclusive `flock` on its staging folder; a
/// staging folder whose lock is free belongs to a build that died and is removed by the next one.
///
/// Copy-on-write: the staging folder starts as hard links to the entries of the current output
/// that stay (unchanged pages, files sitegen did not write, sitegen's own `.sitegen-*` files), so
/// they keep their bytes, inode and modification time at the cost of one link each; only new and
/// changed files are written. Files are not `fsync`ed: the swap survives a killed process, not a
/// power cut in the same second.
///
/// Kept spare: with a build cache, the previous output is not removed after the swap but kept
/// in the cache (`spare`), and the next build takes it as its staging folder and only brings it
/// up to date (removes what changed or went, links what is new, by inode). Making and removing
/// a folder per page on every rebuild cost more than rendering the site: ext4 without a journal
/// also scans past every inode freed in the last minutes on each new one.
///
/// Sendable by discipline: what it holds changes only while it is made and populated, and when it
/// is swapped in, discarded or released, one thread each time; in between, files are staged into
/// it from any thread (`stage`), which only reads.
final class StagingDirectory: @unchecked Sendable {
    /// The output folder, symbolic links resolved.
    let output: URL
    /// The staging folder.
    let url: URL
    /// The open staging folder, locked while this build runs.
    private var descriptor: Int32
    /// Symbolic links carried over from the output: nothing is written through them.
    private var links: Set<String> = []
    /// Whether the folder is a kept previous output (not empty at the start).
    private let reused: Bool

    private init(output: URL, url: URL, descriptor: Int32, reused: Bool) {
        self.output = output
        self.url = url
        self.descriptor = descriptor
        self.reused = reused
    }

    static let marker = ".sitegen-staging-"

    /// Creates a locked staging folder for `output`, first removing stale ones: the kept
    /// previous output at `spare` when there is one that no other build holds, else an empty one.
    static func create(for output: URL, reusing spare: URL? = nil) throws -> StagingDirectory {
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        sweep(beside: output)
        let url = output.deletingLastPathComponent()
            .appendingPathComponent(output.lastPathComponent + marker + String(getpid()), isDirectory: true)
        let manager = FileManager.default
        if manager.fileExists(atPath: url.path) { try? manager.removeItem(at: url) }
        if let spare, let taken = take(spare, to: url, output: output) { return taken }
        do {
            try manager.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw Diagnostic.stagingFailed(url.path, reason: error.localizedDescription)
        }
        if let permissions = try? manager.attributesOfItem(atPath: output.path)[.posixPermissions] {
            try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: url.path)
        }
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = String(cString: strerror(errno))
            if descriptor >= 0 { close(descriptor) }
            try? manager.removeItem(at: url)
            throw Diagnostic.stagingFailed(url.path, reason: "cannot lock it: \(reason)")
        }
        return StagingDirectory(output: output, url: url, descriptor: descriptor, reused: false)
    }

    /// The kept previous output at `spare`, locked (the lock stays with the folder when it is
    /// renamed) and moved to `url`; nil when there is none or another build holds it.
    private static func take(_ spare: URL, to url: URL, output: URL) -> StagingDirectory? {
        let descriptor = open(spare.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0, rename(spare.path, url.path) == 0 else {
            close(descriptor)
            return nil
        }
        return StagingDirectory(output: output, url: url, descriptor: descriptor, reused: true)
    }

    /// Removes the staging folders of builds that died (their lock is free), and puts back an
    /// output folder that a two-rename swap had moved aside when it was killed.
    static func sweep(beside output: URL) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let prefix = output.lastPathComponent + marker
        guard let names = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) {
            let path = parent.appendingPathComponent(name).path
            let descriptor = open(path, O_RDONLY | O_DIRECTORY)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }  // a running build's
            if name.hasSuffix(previousSuffix), !manager.fileExists(atPath: output.path) {
                _ = rename(path, output.path)
            } else {
                try? manager.removeItem(atPath: path)
            }
        }
    }

    static let previousSuffix = "-previous"

    /// Hard-links (or copies) every entry of the current output into the staging folder except
    /// the paths in `dropping`; empty folders are kept too. Folders left empty are not made.
    func populate(from tree: OutputTree, dropping: Set<String>) throws {
        // Folders are made with mkdir(2) as the first entry inside them needs them (the tree
        // lists parents first), not by asking FileManager to make every file's folder again.
        var made: Set<Substring> = []
        // What a kept previous output already holds as it should: those entries stay.
        let kept = reused ? try keepOnly(tree, dropping: dropping) : [:]
        for (path, kind) in kept where kind == .directory { made.insert(path[...]) }
        for entry in tree.entries where !dropping.contains(entry.path) {
            if entry.kind == .symbolicLink { links.insert(entry.path) }
            if entry.kind != .directory, kept[entry.path] != nil { continue }
            let source = output.path + "/" + entry.path
            let target = url.path + "/" + entry.path
            switch entry.kind {
            case .directory:
                if entry.isEmpty { try makeFolder(entry.path[...], made: &made, for: entry.path) }
            case .file, .symbolicLink, .other:
                try makeFolder(Self.folder(of: entry.path[...]), made: &made, for: entry.path)
                if linkat(AT_FDCWD, source, AT_FDCWD, target, 0) != 0 {
                    do {
                        try copy(source, to: URL(fileURLWithPath: target), kind: entry.kind)
                    } catch let diagnostic as Diagnostic {
                        throw diagnostic
                    } catch {
                        throw Diagnostic.stagingFailed(target, reason: error.localizedDescription)
                    }
                }
            }
        }
    }

    /// Removes from a kept previous output every entry that the output does not hold as it is
    /// now (`tree` less `dropping`): another kind, another file (inode), or not there at all;
    /// children before their folders. Returns the entries left, by path.
    private func keepOnly(_ tree: OutputTree, dropping: Set<String>) throws -> [String: OutputTree.Kind] {
        var wanted: [String: OutputTree.Entry] = [:]
        wanted.reserveCapacity(tree.entries.count)
        for entry in tree.entries where !dropping.contains(entry.path) { wanted[entry.path] = entry }
        let present = try OutputTree(scanning: url).entries
        var kept: [String: OutputTree.Kind] = [:]
        kept.reserveCapacity(present.count)
        for entry in present.reversed() {
            if let want = wanted[entry.path], want.kind == entry.kind, entry.kind == .directory || want.inode == entry.inode {
                kept[entry.path] = entry.kind
                continue
            }
            let path = url.path + "/" + entry.path
            if (entry.kind == .directory ? rmdir(path) : unlink(path)) != 0 {
                throw Diagnostic.stagingFailed(path, reason: "cannot remove it from the kept previous output: \(String(cString: strerror(errno)))")
            }
        }
        return kept
    }

    /// The folder part of a relative path; empty for a path at the root.
    static func folder(of path: Substring) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[path.endIndex...] }
        return path[..<slash]
    }

    /// Makes the staging folder's `folder` (relative) and those above it that `made` does not
    /// hold yet, parents first; a folder that exists already is fine. `path`: the relative path
    /// a failure is reported for.
    private func makeFolder(_ folder: Substring, made: inout Set<Substring>, for path: String) throws {
        guard !folder.isEmpty, !made.contains(folder) else { return }
        try makeFolder(Self.folder(of: folder), made: &made, for: path)
        if let code = Self.makeFolder(url.path + "/" + folder) {
            throw Diagnostic.stagingFailed(url.path + "/" + path, reason: "cannot write: \(String(cString: strerror(code)))")
        }
        made.insert(folder)
    }

    /// mkdir(2) with the permissions FileManager gives (0777 less the umask); the `errno` of a
    /// failure, or nil when the folder was made or a folder is there already.
    private static func makeFolder(_ path: String) -> Int32? {
        if mkdir(path, 0o777) == 0 { return nil }
        let code = errno
        if code == EEXIST {
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return nil }
        }
        return code
    }

    /// Where a hard link is refused (another file system, a link limit): a copy with the same
    /// modification time, or the same symbolic link.
    private func copy(_ source: String, to target: URL, kind: OutputTree.Kind) throws {
        let manager = FileManager.default
        switch kind {
        case .symbolicLink:
            try manager.createSymbolicLink(atPath: target.path, withDestinationPath: manager.destinationOfSymbolicLink(atPath: source))
        case .file:
            try manager.copyItem(atPath: source, toPath: target.path)
            if let date = try? manager.attributesOfItem(atPath: source)[.modificationDate] {
                try? manager.setAttributes([.modificationDate: date], ofItemAtPath: target.path)
            }
        case .directory, .other:
            throw Diagnostic.stagingFailed(target.path, reason: "cannot link or copy \(source) (errno \(errno))")
        }
    }

    /// Writes one new or changed file into the staging folder, making its missing folders.
    /// `replacing`: the folder holds the output's file at that path (a hard link, or the kept
    /// previous output's copy of it), which is unlinked first. A file is always created anew
    /// (`O_EXCL`), never written through: a link would carry the new bytes into the live output.
    ///
    /// Safe to call from several threads at once once the folder is populated (it then reads
    /// only what `populate` left); two files of one folder may both make it.
    func stage(_ file: OutputFile, replacing: Bool) throws {
        let target = url.path + "/" + file.path
        try check(file.path, target: target)
        if replacing, unlink(target) != 0, errno != ENOENT {
            throw Diagnostic.stagingFailed(target, reason: "cannot replace it: \(String(cString: strerror(errno)))")
        }
        var code = Self.createFile(file.bytes, at: target)
        if code == ENOENT {
            // A page's own folder, most often: made by the thread that writes its file.
            if let failure = Self.makeFolders(Self.folder(of: file.path[...]), in: url.path) {
                throw Diagnostic.stagingFailed(target, reason: "cannot write: \(String(cString: strerror(failure)))")
            }
            code = Self.createFile(file.bytes, at: target)
        } else if code == EEXIST {
            // Something the output did not hold at that path (it was compared as absent): not
            // written through, replaced.
            if unlink(target) == 0 { code = Self.createFile(file.bytes, at: target) }
        }
        if let code { throw Diagnostic.stagingFailed(target, reason: "cannot write: \(String(cString: strerror(code)))") }
    }

    /// Removes from the staging folder the files the build no longer produces, and the folders
    /// that held nothing else (so the output has no empty folder that only they kept).
    func remove(_ paths: [String]) throws {
        for path in paths {
            let target = url.path + "/" + path
            if unlink(target) != 0, errno != ENOENT {
                throw Diagnostic.stagingFailed(target, reason: "cannot remove it: \(String(cString: strerror(errno)))")
            }
            var folder = Self.folder(of: path[...])
            while !folder.isEmpty, rmdir(url.path + "/" + folder) == 0 { folder = Self.folder(of: folder) }
        }
    }

    /// Puts the manifest into the staging folder: `text` written anew when `stale`, else the
    /// output's own manifest linked, so its time stays (`populate` leaves it out).
    func placeManifest(_ text: String, stale: Bool) throws {
        let target = url.path + "/" + Manifest.fileName
        if !stale, linkat(AT_FDCWD, output.path + "/" + Manifest.fileName, AT_FDCWD, target, 0) == 0 { return }
        try stage(OutputFile(path: Manifest.fileName, bytes: Array(text.utf8)), replacing: true)
    }

    /// Makes `folder` (relative to `root`) and the folders above it that are missing, parents
    /// first; the `errno` of a failure, or nil. A folder that is there already is fine.
    private static func makeFolders(_ folder: Substring, in root: String) -> Int32? {
        guard !folder.isEmpty else { return nil }
        let path = root + "/" + folder
        if mkdir(path, 0o777) == 0 { return nil }
        guard errno == ENOENT else { return makeFolder(path) }
        if let failure = makeFolders(Self.folder(of: folder), in: root) { return failure }
        return makeFolder(path)
    }

    /// Refuses a path that is not plain or that leads through a symbolic link sitegen did not make.
    private func check(_ path: String, target: @autoclosure () -> String) throws {
        guard Manifest.isSafeRelativePath(path) else {
            throw Diagnostic.stagingFailed(target(), reason: "\"\(path)\" is not a plain path inside the output folder")
        }
        // A symbolic link someone put in the output must not lead a page outside it.
        guard !links.isEmpty else { return }
        let parts = path.split(separator: "/")
        for depth in parts.indices.dropLast() where links.contains(parts[...depth].joined(separator: "/")) {
            throw Diagnostic.stagingFailed(target(), reason: "\(parts[...depth].joined(separator: "/")) is a symbolic link sitegen did not make; it does not write through it")
        }
    }

    /// Creates the file at `path`, which must not exist yet, and writes `bytes` to it; the
    /// `errno` of the failure, or nil when it succeeded.
    static func createFile(_ bytes: [UInt8], at path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        var failure = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
        if close(descriptor) != 0, failure == nil { failure = errno }
        return failure
    }

    /// Writes all of `buffer` to the open file `descriptor`, again after a short or interrupted
    /// write; the `errno` of a failure, or nil.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let count = systemWrite(descriptor, base + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return nil
    }

    /// Puts the staging folder in the output's place, and keeps the previous output at `spare`
    /// for the next build (when given and the folders could be exchanged) or removes it.
    func swapIn(keepingPreviousAt spare: URL? = nil) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if !manager.fileExists(atPath: output.path, isDirectory: &isFolder) {
            guard rename(url.path, output.path) == 0 else {
                throw Diagnostic.swapFailed(output.path, reason: String(cString: strerror(errno)))
            }
            return
        }
        if Self.exchange(url.path, output.path) {
            // The staging path now holds the previous output.
            if let spare {
                try? manager.createDirectory(at: spare.deletingLastPathComponent(), withIntermediateDirectories: true)
                if manager.fileExists(atPath: spare.path) { try? manager.removeItem(at: spare) }
                if rename(url.path, spare.path) == 0 { return }
            }
            try? manager.removeItem(at: url)
            return
        }
        // Two renames; a build killed between them leaves `…-previous`, which `sweep` puts back.
        let aside = url.path + Self.previousSuffix
        guard rename(output.path, aside) == 0 else {
            throw Diagnostic.swapFailed(output.path, reason: String(cString: strerror(errno)))
        }
        guard rename(url.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside, output.path)
            throw Diagnostic.swapFailed(output.path, reason: reason)
        }
        try? manager.removeItem(atPath: aside)
    }

    /// Removes the staging folder of a build that failed; the output is untouched.
    func discard() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Releases the lock; called once the staging folder is swapped in or discarded.
    func release() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    /// Exchanges two folders in one step where the system can; false when it cannot.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if canImport(Darwin)
        return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #elseif canImport(Glibc)
        // glibc has renameat2 since 2.28, but Swift's Glibc module does not import it.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = renameat2Symbol else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #else
        return false
        #endif
    }

    /// The system's `write(2)`, named apart from this class's own `write` methods.
    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, buffer, count)
        #elseif canImport(Darwin)
        return Darwin.write(descriptor, buffer, count)
        #else
        return -1
        #endif
    }

    #if canImport(Glibc)
    private nonisolated(unsafe) static let renameat2Symbol: UnsafeMutableRawPointer? = dlsym(dlopen(nil, RTLD_NOW), "renameat2")
    #endif
}
