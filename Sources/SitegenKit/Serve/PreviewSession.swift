import Dispatch
import Foundation

/// `sitegen serve` once the first build is done: serves the output folder on 127.0.0.1 with live
/// reload, and rebuilds when a watched input changes.
///
/// The build itself is the caller's closure (the command line prints its report); the session
/// calls it on its watcher thread, one build at a time, with the paths that changed, then bumps
/// the build number so that open pages reload.
public final class PreviewSession: @unchecked Sendable {
    /// The build number the live-reload script watches.
    public let generation = BuildGeneration()
    private let server: LoopbackServer
    private let watcher: SourceWatcher
    private let interval: TimeInterval
    private let rebuild: @Sendable ([String]) -> Void
    private let lock = NSLock()
    private var stopping = false
    private var started = false
    private let watcherDone = DispatchSemaphore(value: 0)

    /// The port the site is served on.
    public var port: UInt16 { server.port }

    /// Binds 127.0.0.1:`port` (0: any free port) for `output`; throws when it cannot.
    public init(output: URL, watching paths: [URL], port: UInt16, interval: TimeInterval = 0.5,
                rebuild: @escaping @Sendable ([String]) -> Void) throws {
        let responder = SiteResponder(root: output, generation: generation)
        server = try LoopbackServer(port: port) { responder.respond(to: $0) }
        watcher = SourceWatcher(paths: paths)
        self.interval = interval
        self.rebuild = rebuild
        generation.advance()
    }

    /// Starts serving and watching; returns at once. Calling it again does nothing.
    public func start() {
        lock.lock()
        let first = !started && !stopping
        started = true
        lock.unlock()
        guard first else { return }
        server.start()
        let baseline = watcher.snapshot()
        let thread = Thread { [self] in watch(from: baseline) }
        thread.name = "sitegen serve: watch"
        thread.start()
    }

    /// Lets a build under way finish, stops watching and serving. Calling it again does nothing.
    public func stop() {
        lock.lock()
        let watching = started && !stopping
        let alreadyStopped = stopping
        stopping = true
        lock.unlock()
        guard !alreadyStopped else { return }
        if watching { watcherDone.wait() }
        server.stop()
    }

    private var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    private func watch(from baseline: [String: SourceWatcher.Stamp]) {
        var known = baseline
        while !isStopping {
            Thread.sleep(forTimeInterval: interval)
            var current = watcher.snapshot()
            guard current != known, !isStopping else { continue }
            // Let an editor's save (or a copy of many files) finish before building.
            for _ in 0..<10 {
                Thread.sleep(forTimeInterval: 0.2)
                let again = watcher.snapshot()
                if again == current { break }
                current = again
            }
            let changed = SourceWatcher.changes(from: known, to: current)
            // What the build itself writes into a watched folder (the slug lock) shows up as one
            // more change, whose rebuild then writes nothing: a change during a build is never lost.
            known = current
            rebuild(changed)
            generation.advance()
        }
        watcherDone.signal()
    }
}
