import Foundation

/// The Write stage: the only code that touches the output folder.
///
/// It compares before it writes, so a no-op build rewrites nothing and leaves file times alone;
/// it writes each file through a temporary file and a rename, so no reader sees half a file;
/// it removes only files its manifest lists; and it refuses an output folder that is the input
/// folder or holds it.
public struct OutputWriter: Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Refuses to write into `output` when it is `input` or contains it.
    public static func validate(output: URL, input: URL) throws {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        let into = input.standardizedFileURL.resolvingSymlinksInPath().path
        if out == into {
            throw Diagnostic.badData(output.path, line: 1, "the output folder is the input folder; choose another --output")
        }
        if into.hasPrefix(out.hasSuffix("/") ? out : out + "/") {
            throw Diagnostic.badData(output.path, line: 1, "the output folder contains the input folder (\(input.path)); choose another --output")
        }
        if out == "/" {
            throw Diagnostic.badData(output.path, line: 1, "the output folder cannot be the file system root")
        }
    }

    /// Compares `files` with what the folder holds now.
    public func plan(_ files: [OutputFile]) -> WritePlan {
        var plan = WritePlan()
        let manager = FileManager.default
        let oldText = manager.contents(atPath: url(Manifest.fileName).path).map { String(decoding: $0, as: UTF8.self) }
        let old = oldText.map(Manifest.parse) ?? Manifest()
        var produced: Set<String> = []
        for file in files {
            produced.insert(file.path)
            let target = url(file.path).path
            guard let existing = manager.contents(atPath: target) else {
                plan.added.append(file)
                continue
            }
            if existing.elementsEqual(file.bytes) {
                plan.unchanged.append(file.path)
            } else if old.paths.contains(file.path) {
                plan.changed.append(file)
            } else {
                plan.conflicts.append(file.path)
            }
        }
        plan.removed = old.paths.subtracting(produced).filter { manager.fileExists(atPath: url($0).path) }.sorted()
        plan.manifest = Manifest(paths: produced.subtracting(plan.conflicts))
        plan.manifestStale = oldText != plan.manifest.text
        return plan
    }

    /// Carries out `plan`: writes new and changed files, removes files no longer produced (and
    /// the folders they leave empty), and writes the manifest when it changed.
    public func apply(_ plan: WritePlan) throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for file in plan.added + plan.changed {
            try write(file.bytes, to: url(file.path))
        }
        for path in plan.removed {
            try remove(path)
        }
        if plan.manifestStale {
            try write(Array(plan.manifest.text.utf8), to: url(Manifest.fileName))
        }
    }

    /// Writes `bytes` to `target` only when its content differs; true when it wrote.
    @discardableResult
    public static func writeIfChanged(_ bytes: [UInt8], to target: URL) throws -> Bool {
        if let existing = FileManager.default.contents(atPath: target.path), existing.elementsEqual(bytes) { return false }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try atomicWrite(bytes, to: target)
        return true
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ bytes: [UInt8], to target: URL) throws {
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.atomicWrite(bytes, to: target)
        } catch {
            throw Diagnostic.badData(target.path, line: 1, "cannot write: \(error.localizedDescription)")
        }
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

    func remove(_ path: String) throws {
        guard Manifest.isSafeRelativePath(path) else { return }
        let manager = FileManager.default
        do {
            try manager.removeItem(at: url(path))
        } catch {
            throw Diagnostic.badData(url(path).path, line: 1, "cannot remove: \(error.localizedDescription)")
        }
        var folder = url(path).deletingLastPathComponent().standardizedFileURL
        while folder.path.count > root.path.count, folder.path.hasPrefix(root.path),
              let contents = try? manager.contentsOfDirectory(atPath: folder.path), contents.isEmpty {
            try? manager.removeItem(at: folder)
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
    }
}
