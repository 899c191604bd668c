import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so that `sitegen serve` can stop cleanly instead of
/// being killed: the signals are taken from their default action and delivered through Dispatch.
final class StopSignal: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]
    private let lock = NSLock()
    private var received = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(signals: [Int32]) {
        var sources: [DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            sources.append(DispatchSource.makeSignalSource(signal: number, queue: .global()))
        }
        self.sources = sources
        for source in sources {
            source.setEventHandler { [weak self] in self?.fire() }
            source.resume()
        }
    }

    /// Returns when one of the signals arrived (at once if one already has).
    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.lock()
            if received {
                lock.unlock()
                continuation.resume()
            } else {
                waiters.append(continuation)
                lock.unlock()
            }
        }
    }

    private func fire() {
        lock.lock()
        received = true
        let ready = waiters
        waiters = []
        lock.unlock()
        for waiter in ready { waiter.resume() }
    }
}
