/// Relative links from one page of the site to the others.
public struct PageLinks: Sendable {
    /// The file the links start from, relative to the output root (`vi/bai-viet/x/index.html`).
    public var file: String {
        didSet { up = Self.prefix(from: file) }
    }
    /// `RelativeLink.from(file, to: "")`, counted once: a page makes dozens of links.
    private var up: String

    public init(file: String) {
        self.file = file
        up = Self.prefix(from: file)
    }

    /// The link to `route` in `language`.
    public func to(_ route: Route, _ language: Language) -> String {
        up + route.file(in: language)
    }

    /// The link to any file of the site, given relative to the output root.
    public func to(file target: String) -> String { up + target }

    /// The prefix back to the output root.
    public var root: String { up.isEmpty ? "./" : up }

    /// One `../` per folder of `file`, on its bytes (as `RelativeLink.from(_:to:)` counts them).
    private static func prefix(from file: String) -> String {
        String(repeating: "../", count: file.utf8.count { $0 == UInt8(ascii: "/") })
    }
}
