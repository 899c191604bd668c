import Dispatch
import Foundation

/// Maps `items` on up to `jobs` threads; the result is in the order of `items`, whatever the
/// order the work finished in, so output never depends on the thread count.
///
/// Each thread takes the next item not yet taken, so one slow item (a big index page, the open
/// data) keeps one thread busy while the others go on with the rest, instead of holding up a
/// fixed share of the items behind it.
func parallelMap<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int,
                                                   _ transform: @escaping @Sendable (Item) -> Result) -> [Result] {
    if jobs <= 1 || items.count <= 1 { return items.map(transform) }
    let box = ResultBox<Result>(count: items.count)
    let workers = min(jobs, items.count)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while let index = box.claim() {
            box.set(index, transform(items[index]))
        }
    }
    return box.values()
}

/// Results written by index from several threads, and the next index to take, behind a lock.
private final class ResultBox<Result: Sendable>: @unchecked Sendable {
    private var slots: [Result?]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index no thread has taken, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// Runs `first` and `second` at the same time when `jobs` allows two threads, one after the
/// other otherwise, and returns both results: for independent parts of one step.
func concurrently<First: Sendable, Second: Sendable>(jobs: Int, _ first: @escaping @Sendable () -> First,
                                                     _ second: @escaping @Sendable () -> Second) -> (First, Second) {
    if jobs <= 1 { return (first(), second()) }
    let firstResult = ResultBox<First>(count: 1), secondResult = ResultBox<Second>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { part in
        if part == 0 { firstResult.set(0, first()) } else { secondResult.set(0, second()) }
    }
    // Both slots are set once concurrentPerform returns.
    guard let a = firstResult.values().first, let b = secondResult.values().first else { return (first(), second()) }
    return (a, b)
}
