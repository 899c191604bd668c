import Foundation

/// The number of the build the server shows: 1 after the first build, one more after each
/// rebuild. The live-reload script compares it with the number its page was served with.
///
/// Read by every request thread and bumped by the watcher, so it sits behind a lock.
public final class BuildGeneration: @unchecked Sendable {
    private let lock = NSLock()
    private var number = 0

    public init() {}

    /// The current build's number.
    public var current: Int {
        lock.lock()
        defer { lock.unlock() }
        return number
    }

    /// Counts one more finished build and returns its number.
    @discardableResult
    public func advance() -> Int {
        lock.lock()
        defer { lock.unlock() }
        number += 1
        return number
    }
}
