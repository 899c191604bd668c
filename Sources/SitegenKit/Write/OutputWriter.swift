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
        let previous = PreviousManifest(reading: self)
        let rootPath = root.path
        // Into an output folder that does not exist (a first build), every file is absent: not
        // one open is tried.
        let states: [Bool?] = Self.isFolder(rootPath)
            ? parallelMap(files, jobs: jobs) { file -> Bool? in Self.compare(atPath: rootPath + "/" + file.path, with: file.bytes) }
            : Array(repeating: nil, count: files.count)
        return plan(files, states: states, previous: previous)
    }

    /// The plan for `files` whose states are known: nil absent, true the same bytes, false
    /// other bytes (`compare(atPath:with:)`), each against the output as `previous` found it.
    func plan(_ files: [OutputFile], states: [Bool?], previous: PreviousManifest) -> WritePlan {
        var plan = WritePlan()
        var produced: Set<String> = []
        produced.reserveCapacity(files.count)
        for (file, state) in zip(files, states) {
            produced.insert(file.path)
            switch previous.decision(for: state, path: file.path) {
            case .add: plan.added.append(file)
            case .keep: plan.unchanged.append(file.path)
            case .replace: plan.changed.append(file)
            case .refuse: plan.conflicts.append(file.path)
            }
        }
        let manager = FileManager.default
        plan.removed = previous.manifest.paths.subtracting(produced).filter { manager.fileExists(atPath: url($0).path) }.sorted()
        plan.manifest = Manifest(paths: produced.subtracting(plan.conflicts))
        plan.manifestStale = previous.text != plan.manifestText
        return plan
    }

    /// The manifest the output folder holds before the build, and what it says of one file.
    struct PreviousManifest: Sendable {
        /// Its text; nil when there is none.
        let text: String?
        let manifest: Manifest

        init(reading writer: OutputWriter) {
            text = FileManager.default.contents(atPath: writer.url(Manifest.fileName).path).map { String(decoding: $0, as: UTF8.self) }
            manifest = text.map(Manifest.parse) ?? Manifest()
        }

        /// What becomes of a file the build produces.
        enum Decision {
            /// Not there yet: written.
            case add
            /// Already there with these bytes: left alone.
            case keep
            /// There with other bytes, and sitegen wrote it: rewritten.
            case replace
            /// There with other bytes, and sitegen did not write it: never overwritten.
            case refuse
        }

        /// The decision for a file whose comparison with the output gave `state`.
        func decision(for state: Bool?, path: String) -> Decision {
            guard let same = state else { return .add }
            if same { return .keep }
            return manifest.paths.contains(path) ? .replace : .refuse
        }
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
        let staging = try stage()
        defer { staging.release() }
        do {
            let files = plan.added.map { ($0, false) } + plan.changed.map { ($0, true) }
            let failures = parallelMap(files, jobs: jobs) { file, replacing -> Diagnostic? in
                do { try staging.stage(file, replacing: replacing) } catch { return error as? Diagnostic ?? Diagnostic.stagingFailed(file.path, reason: "\(error)") }
                return nil
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            try finish(plan, in: staging)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// A locked staging folder that holds, as links, every entry of the output but its manifest:
    /// new and changed files are then staged into it (`StagingDirectory.stage`), and `finish`
    /// removes what went, places the manifest and swaps it in.
    func stage() throws -> StagingDirectory {
        let tree = try OutputTree(scanning: root)
        // Into an output folder that is not there (a first build, or one removed by hand), a
        // kept previous output would only have to be emptied first: a fresh folder is cheaper.
        let staging = try StagingDirectory.create(for: root, reusing: tree.entries.isEmpty ? nil : spare)
        do {
            try staging.populate(from: tree, dropping: [Manifest.fileName])
        } catch {
            staging.discard()
            staging.release()
            throw error
        }
        return staging
    }

    /// Ends a staging folder whose new and changed files are in: the files of `plan.removed`
    /// go, the manifest is placed, and the folder is swapped in for the output.
    func finish(_ plan: WritePlan, in staging: StagingDirectory) throws {
        try staging.remove(plan.removed)
        try staging.placeManifest(plan.manifestText, stale: plan.manifestStale)
        try staging.swapIn(keepingPreviousAt: spare)
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
