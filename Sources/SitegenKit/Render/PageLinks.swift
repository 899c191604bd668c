/// Relative links from one page of the site to the others.
public struct PageLinks: Sendable {
    /// The file the links start from, relative to the output root (`vi/bai-viet/x/index.html`).
    public var file: String

    public init(file: String) {
        self.file = file
    }

    /// The link to `route` in `language`.
    public func to(_ route: Route, _ language: Language) -> String {
        RelativeLink.from(file, to: route.file(in: language))
    }

    /// The link to any file of the site, given relative to the output root.
    public func to(file target: String) -> String { RelativeLink.from(file, to: target) }

    /// The prefix back to the output root.
    public var root: String { RelativeLink.root(from: file) }
}
