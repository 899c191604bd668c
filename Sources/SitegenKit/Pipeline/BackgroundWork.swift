import Dispatch

/// Work started on another thread while the build goes on, such as storing the cache: the build
/// calls `wait()` before it ends, so nothing is left half done when the command returns.
final class BackgroundWork: Sendable {
    private let done = DispatchGroup()

    /// Starts `work` now on a global queue.
    init(_ work: @escaping @Sendable () -> Void) {
        done.enter()
        DispatchQueue.global().async { [done] in
            work()
            done.leave()
        }
    }

    /// Returns when the work has finished.
    func wait() {
        done.wait()
    }
}
