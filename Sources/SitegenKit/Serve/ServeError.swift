import Foundation

/// Why `sitegen serve` could not start serving: the port is taken, the socket could not be made.
public struct ServeError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) { self.description = description }

    /// The error for a failed socket call, with the system's reason.
    static func system(_ call: String, port: UInt16) -> ServeError {
        let reason = String(cString: strerror(errno))
        return ServeError("cannot serve on 127.0.0.1:\(port): \(call) failed: \(reason)")
    }
}
