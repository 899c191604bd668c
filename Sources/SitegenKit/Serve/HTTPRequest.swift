import Foundation

/// One HTTP/1.x request head, as `sitegen serve` reads it: method, target, version and headers.
///
/// Only what a static file server needs; a request body is never read.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    /// The request target as sent: `/vi/index.html?q=x`, still percent-encoded.
    public var target: String
    public var version: String
    /// Header fields with lower-cased names, in the order sent.
    public var headers: [(name: String, value: String)]

    public init(method: String, target: String, version: String = "HTTP/1.1", headers: [(name: String, value: String)] = []) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
    }

    /// The largest request head accepted, in bytes; a longer one is answered with 431.
    public static let maximumHeadSize = 16 * 1024

    /// The target's path, before any `?` or `#`, still percent-encoded.
    public var path: String {
        var path = target
        if let absolute = path.range(of: "://") {
            // Absolute form (`http://host/path`): keep the path only.
            let rest = path[absolute.upperBound...]
            path = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
        }
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
        return path
    }

    /// The target's query with its `?`, or the empty string.
    public var query: String {
        guard let start = target.firstIndex(of: "?") else { return "" }
        let query = target[start...]
        return String(query.prefix { $0 != "#" })
    }

    /// The value of the first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let name = name.lowercased()
        return headers.first { $0.name == name }?.value
    }

    /// Parses a request head (everything up to and without the blank line); nil when it is not
    /// HTTP/1.x.
    public static func parse(head: [UInt8]) -> HTTPRequest? {
        guard let text = String(bytes: head, encoding: .utf8) else { return nil }
        var lines = text.components(separatedBy: "\r\n")
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: false)
        guard requestLine.count == 3 else { return nil }
        let method = String(requestLine[0]), target = String(requestLine[1]), version = String(requestLine[2])
        guard !method.isEmpty, method.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }),
              !target.isEmpty, version == "HTTP/1.1" || version == "HTTP/1.0" else { return nil }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].lowercased()
            guard !name.isEmpty, !name.contains(" ") else { return nil }
            headers.append((name, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return HTTPRequest(method: method, target: target, version: version, headers: headers)
    }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.version == rhs.version
            && lhs.headers.map(\.name) == rhs.headers.map(\.name) && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }
}
