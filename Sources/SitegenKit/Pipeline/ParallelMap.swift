import Dispatch
import Foundation

/// Maps `items` on up to `jobs` threads; the result is in the order of `items`, whatever the
/// order the work finished in, so output never depends on the thread count.
func parallelMap<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int,
                                                   _ transform: @escaping @Sendable (Item) -> Result) -> [Result] {
    if jobs <= 1 || items.count <= 1 { return items.map(transform) }
    let box = ResultBox<Result>(count: items.count)
    let workers = min(jobs, items.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var index = worker
        while index < items.count {
            box.set(index, transform(items[index]))
            index += workers
        }
    }
    return box.values()
}

/// Results written by index from several threads, behind a lock.
private final class ResultBox<Result: Sendable>: @unchecked Sendable {
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

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
