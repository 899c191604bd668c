import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Write stage: the only code that touches the output folder.
///
/// It compares before it writes, so a no-op build rewrites nothing and leaves file times alone.
/// A build that changes anything is made whole in a staging folder beside the output, which
/// starts as hard links to the files that stay, and is swapped in in one step
/// (`StagingDirectory`): a build that fails or is killed leaves the previous output exactly as it
/// was, and unchanged files keep their bytes and modification times. It removes only files its
/// manifest lists; files it did not write are carried over untouched. It refuses an output folder
/// that is the input folder or holds it, the file system root or a repository root.
public struct OutputWriter: Sendable {
    public var root: URL
    /// How many threads compare and write files at once; the result does not depend on it.
    public var jobs: Int
    /// Where the previous output is kept after a build that changed it, to be brought up to date
    /// as the next build's staging folder (`StagingDirectory`); nil: it is removed.
    public var spare: URL?

    /// A writer for the output folder `root`, comparing and writing on up to `jobs` threads,
    /// keeping the previous output at `spare` (see `spare`).
    public init(root: URL, jobs: Int = 1, spare: URL? = nil) {
        self.root = root.standardizedFileURL
        self.jobs = max(1, jobs)
        self.spare = spare
    }

    /// Refuses to write into `output` when it is `input`, contains it, is the file system root,
    /// a repository root (holds `.git` or `Package.swift`), or is not a folder.
    public static func validate(output: URL, input: URL) throws {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        let into = input.standardizedFileURL.resolvingSymlinksInPath().path
        if out == "/" { throw Diagnostic.outputIsFileSystemRoot(output.path) }
        if out == into { throw Diagnostic.outputIsInput(output.path) }
        if into.hasPrefix(out + "/") { throw Diagnostic.outputContainsInput(output.path, input: input.path) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isFolder) else { return }
        if !isFolder.boolValue { throw Diagnostic.outputIsNotAFolder(output.path) }
        for marker in [".git", "Package.swift"] where FileManager.default.fileExists(atPath: out + "/" + marker) {
            throw Diagnostic.outputIsRepositoryRoot(output.path, marker: marker)
        }
    }

    /// Refuses an output folder that holds files its manifest does not list (and that are not
    /// sitegen's own `.sitegen-*` files): they may be someone's work, or the folder may be the
    /// wrong one. `sitegen build --force` skips this check; such files are then kept untouched.
    public func refuseForeignFiles() throws {
        let foreign = try OutputTree(scanning: root).foreignFiles(manifest: readManifest())
        if !foreign.isEmpty { throw Diagnostic.outputHoldsForeignFiles(root.path, paths: foreign) }
    }

    /// The manifest of the last build, empty when there is none.
    func readManifest() -> Manifest {
        FileManager.default.contents(atPath: url(Manifest.fileName).path).map { Manifest.parse(String(decoding: $0, as: UTF8.self)) } ?? Manifest()
    }

    /// Compares `files` with what the folder holds now.
    public func plan(_ files: [OutputFile]) -> WritePlan {
        var plan = WritePlan()
        let manager = FileManager.default
        let oldText = manager.contents(atPath: url(Manifest.fileName).path).map { String(decoding: $0, as: UTF8.self) }
        let old = oldText.map(Manifest.parse) ?? Manifest()
        var produced: Set<String> = []
        let rootPath = root.path
        // nil: absent; true: same bytes; false: other bytes. Paths joined as strings: a URL per
        // file cost more than the failed open of a file not written yet. Into an output folder
        // that does not exist (a first build), every file is absent: not one open is tried.
        let states: [Bool?] = Self.isFolder(rootPath)
            ? parallelMap(files, jobs: jobs) { file -> Bool? in
                Self.compare(atPath: rootPath + "/" + file.path, with: file.bytes)
            }
            : Array(repeating: nil, count: files.count)
        for (file, state) in zip(files, states) {
            produced.insert(file.path)
            guard let same = state else {
                plan.added.append(file)
                continue
            }
            if same {
                plan.unchanged.append(file.path)
            } else if old.paths.contains(file.path) {
                plan.changed.append(file)
            } else {
                plan.conflicts.append(file.path)
            }
        }
        plan.removed = old.paths.subtracting(produced).filter { manager.fileExists(atPath: url($0).path) }.sorted()
        plan.manifest = Manifest(paths: produced.subtracting(plan.conflicts))
        plan.manifestStale = oldText != plan.manifestText
        return plan
    }

    /// Carries out `plan` through a staging folder: the entries that stay are linked into it,
    /// new and changed files and the manifest are written into it, and it is swapped in for the
    /// output. Nothing is done when the output is up to date, except removing the staging
    /// folders of builds that died. On any error the output is left as it was.
    public func apply(_ plan: WritePlan) throws {
        guard !plan.isUpToDate else {
            StagingDirectory.sweep(beside: root.resolvingSymlinksInPath())
            return
        }
        let tree = try OutputTree(scanning: root)
        // Into an output folder that is not there (a first build, or one removed by hand), a
        // kept previous output would only have to be emptied first: a fresh folder is cheaper.
        let staging = try StagingDirectory.create(for: root, reusing: tree.entries.isEmpty ? nil : spare)
        defer { staging.release() }
        do {
            var dropping = Set(plan.changed.map(\.path)).union(plan.removed)
            if plan.manifestStale { dropping.insert(Manifest.fileName) }
            try staging.populate(from: tree, dropping: dropping)
            try staging.write(plan.added + plan.changed, jobs: jobs)
            if plan.manifestStale {
                try staging.write(Array(plan.manifestText.utf8), to: Manifest.fileName)
            }
            try staging.swapIn(keepingPreviousAt: spare)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Writes `bytes` to `target` only when its content differs; true when it wrote.
    @discardableResult
    public static func writeIfChanged(_ bytes: [UInt8], to target: URL) throws -> Bool {
        if Self.compare(atPath: target.path, with: bytes) == true { return false }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try atomicWrite(bytes, to: target)
        return true
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Whether the file at `path` holds exactly `bytes`: nil when there is no file to read,
    /// false at once when its size differs, else its bytes compared with `memcmp` (a `Data`
    /// compared through its iterator took a tenth of a rebuild at N = 10,000).
    static func compare(atPath path: String, with bytes: [UInt8]) -> Bool? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        guard Int(status.st_size) == bytes.count else { return false }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var filled = 0
        while filled < existing.count {
            let count = existing.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }  // shorter than it said: not the same bytes
            filled += count
        }
        return existing.withUnsafeBytes { old in
            bytes.withUnsafeBytes { new in
                guard let oldBase = old.baseAddress, let newBase = new.baseAddress else { return true }  // both empty
                return memcmp(oldBase, newBase, new.count) == 0
            }
        }
    }

    /// Whether `path` is a folder, following symbolic links (as opening a file inside it would).
    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Writes through a temporary file beside the target, then renames it into place.
    static func atomicWrite(_ bytes: [UInt8], to target: URL) throws {
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-tmp")
        try Data(bytes).write(to: temporary)
        if rename(temporary.path, target.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw Diagnostic.badData(target.path, line: 1, "cannot move the new file into place (errno \(code))")
        }
    }
}
