import Foundation

/// One build's writing of the output folder while the site renders: each file is compared with
/// the output as it is made, and a new or changed one is written into the staging folder at
/// once, on the thread that rendered it. Rendering and writing then share the cores: the kernel's
/// folder and file creation (a third of the build's time when it came after the render, and
/// slower on two threads than on one, both waiting on the same parent folder) runs while the
/// other thread renders.
///
/// The result is the same as `OutputWriter.plan` then `apply`: the same plan, the same staging
/// folder swapped in at the end, nothing written when nothing differs (the staging folder is made
/// only when the first file that differs comes), and on any failure — a file that cannot be
/// written, or a render that fails after some files were staged — the output is left as it was.
final class OutputSession: @unchecked Sendable {
    private let writer: OutputWriter
    private let previous: OutputWriter.PreviousManifest
    /// Whether the output folder exists; into one that does not, every file is new.
    private let outputExists: Bool
    private let lock = NSLock()
    /// Behind `lock`: the staging folder once one was needed, or why it could not be made.
    private var staging: Result<StagingDirectory, Diagnostic>?
    /// Behind `lock`: each file's comparison with the output (`OutputWriter.compare`), by path,
    /// and the failures of the files that could not be staged.
    private var states: [String: Bool?] = [:]
    private var failures: [String: Diagnostic] = [:]

    init(writer: OutputWriter) {
        self.writer = writer
        previous = OutputWriter.PreviousManifest(reading: writer)
        outputExists = OutputWriter.isFolder(writer.root.path)
    }

    /// Compares `files` with the output and stages those to be written; from any thread.
    func accept(_ files: [OutputFile]) {
        for file in files {
            let state = outputExists ? OutputWriter.compare(atPath: writer.root.path + "/" + file.path, with: file.bytes) : nil
            var failure: Diagnostic?
            let decision = previous.decision(for: state, path: file.path)
            if decision == .add || decision == .replace {
                do {
                    try stagingFolder().stage(file, replacing: decision == .replace)
                } catch {
                    failure = error as? Diagnostic ?? Diagnostic.stagingFailed(file.path, reason: "\(error)")
                }
            }
            lock.lock()
            states[file.path] = state
            if let failure { failures[file.path] = failure }
            lock.unlock()
        }
    }

    /// The staging folder, made and populated by the first file that needs it.
    private func stagingFolder() throws -> StagingDirectory {
        lock.lock()
        defer { lock.unlock() }
        if staging == nil {
            do {
                staging = .success(try writer.stage())
            } catch {
                staging = .failure(error as? Diagnostic ?? Diagnostic.stagingFailed(writer.root.path, reason: "\(error)"))
            }
        }
        guard let staging else { throw Diagnostic.stagingFailed(writer.root.path, reason: "no staging folder") }
        return try staging.get()
    }

    /// The plan of the build whose files are `files` (every file accepted, in any order):
    /// what `OutputWriter.plan(files)` answers.
    func plan(_ files: [OutputFile]) -> WritePlan {
        lock.lock()
        let known = states
        lock.unlock()
        let rootPath = writer.root.path
        let states = files.map { file -> Bool? in
            if let state = known[file.path] { return state }
            return outputExists ? OutputWriter.compare(atPath: rootPath + "/" + file.path, with: file.bytes) : nil
        }
        return writer.plan(files, states: states, previous: previous)
    }

    /// Carries out the rest of `plan` (made by `plan(_:)`): removes what went, places the
    /// manifest and swaps the staging folder in; or does nothing but sweep when nothing differs.
    /// Throws the failure of the first file of `files` that could not be staged; the output is
    /// then as it was.
    func finish(_ plan: WritePlan, files: [OutputFile]) throws {
        lock.lock()
        let failures = failures, made = staging
        lock.unlock()
        if let failure = files.lazy.compactMap({ failures[$0.path] }).first {
            abandon()
            throw failure
        }
        if made == nil, plan.isUpToDate {
            StagingDirectory.sweep(beside: writer.root.resolvingSymlinksInPath())
            return
        }
        let staging = try stagingFolder()
        defer { staging.release() }
        do {
            try writer.finish(plan, in: staging)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Removes the staging folder, if one was made: for a build that failed after files were
    /// staged. The output is untouched.
    func abandon() {
        lock.lock()
        let made = staging
        staging = nil
        lock.unlock()
        if case .success(let folder) = made {
            folder.discard()
            folder.release()
        }
    }
}
