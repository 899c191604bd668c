import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 only, one request per connection, for `sitegen serve`.
///
/// An accept thread polls the listening socket (so `stop()` needs no signal to wake it) and hands
/// each connection to a worker; at most `maximumConnections` are served at once, each with read
/// and write time-outs, and a request head over `HTTPRequest.maximumHeadSize` bytes is refused.
/// What to answer is the `handler`'s business (a `SiteResponder`).
public final class LoopbackServer: @unchecked Sendable {
    /// The port listened on (the one the system chose when asked for port 0).
    public let port: UInt16
    public static let maximumConnections = 32
    /// Seconds a connection may take to send its request or receive its response.
    public static let timeout = 5

    private let listener: Int32
    private let handler: @Sendable (HTTPRequest) -> HTTPResponse
    private let lock = NSLock()
    private var stopping = false
    private var started = false
    private let acceptLoopDone = DispatchSemaphore(value: 0)
    private let slots = DispatchSemaphore(value: LoopbackServer.maximumConnections)
    private let inFlight = DispatchGroup()

    /// Binds 127.0.0.1:`port` (0: any free port) and listens; throws when the port is taken.
    public init(port: UInt16, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) throws {
        #if os(Linux)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw ServeError.system("socket", port: port) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)  // 127.0.0.1, never any other address
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 64) == 0 else {
            let error = ServeError.system(bound == 0 ? "listen" : "bind", port: port)
            close(descriptor)
            throw error
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        self.listener = descriptor
        self.handler = handler
    }

    /// Starts accepting connections on a thread of its own; returns at once.
    public func start() {
        lock.lock()
        let first = !started
        started = true
        lock.unlock()
        guard first else { return }
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "sitegen serve: accept"
        thread.start()
    }

    /// Stops accepting, waits for the requests being answered, and closes the socket. Safe to call
    /// more than once.
    public func stop() {
        lock.lock()
        let wasRunning = started && !stopping
        let neverStarted = !started && !stopping
        stopping = true
        lock.unlock()
        if wasRunning {
            acceptLoopDone.wait()
        } else if neverStarted {
            close(listener)
        }
    }

    private var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    private func acceptLoop() {
        while !isStopping {
            var ready = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 200) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            slots.wait()
            inFlight.enter()
            DispatchQueue.global().async { [self] in
                serve(client)
                close(client)
                slots.signal()
                inFlight.leave()
            }
        }
        _ = inFlight.wait(timeout: .now() + .seconds(Self.timeout + 1))
        close(listener)
        acceptLoopDone.signal()
    }

    /// Reads one request head from `client`, answers it, and returns (the caller closes).
    private func serve(_ client: Int32) {
        var time = timeval(tv_sec: Self.timeout, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        #if !os(Linux)
        var yes: Int32 = 1
        setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let terminator: [UInt8] = [13, 10, 13, 10]
        while true {
            if let end = head.firstRange(of: terminator) {
                head.removeSubrange(end.lowerBound...)
                break
            }
            if head.count > HTTPRequest.maximumHeadSize {
                reply(.text(431, "The request head is too large."), to: client, includeBody: true)
                return
            }
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if count <= 0 {
                // Closed, or timed out: a head that never finished gets 408 (if the peer still listens).
                if count < 0 && !head.isEmpty { reply(.text(408, "The request took too long."), to: client, includeBody: true) }
                return
            }
            head += buffer[0..<count]
        }
        guard let request = HTTPRequest.parse(head: head) else {
            reply(.text(400, "Not an HTTP/1.1 request."), to: client, includeBody: true)
            return
        }
        reply(handler(request), to: client, includeBody: request.method != "HEAD")
    }

    private func reply(_ response: HTTPResponse, to client: Int32, includeBody: Bool) {
        let bytes = response.serialized(includeBody: includeBody)
        var offset = 0
        #if os(Linux)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return send(client, base + offset, raw.count - offset, flags)
            }
            guard sent > 0 else { return }
            offset += sent
        }
    }
}
