import Foundation

/// Answers one request from the files of a folder, as `sitegen serve` does: a pure function of the
/// request and what is on disk, so it is tested without a socket.
///
/// - `GET` and `HEAD` only (405 otherwise);
/// - a folder's URL serves its `index.html`; a folder without its `/` is redirected (301) to it;
/// - what is missing gets the folder's `404.html` with status 404;
/// - no path leaves the folder: `..`, encoded or not, is refused (403), and a file reached through
///   a symbolic link that points outside it is not served;
/// - with a `generation`, HTML gets the live-reload script and `LiveReload.endpoint` answers with
///   the build number.
public struct SiteResponder: Sendable {
    /// The served folder.
    public var root: URL
    /// The build counter for live reload; nil serves the files exactly as written.
    public var generation: BuildGeneration?

    public init(root: URL, generation: BuildGeneration? = nil) {
        self.root = root.standardizedFileURL
        self.generation = generation
    }

    /// The response to `request`.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(405, "Only GET and HEAD are served.", headers: [("Allow", "GET, HEAD")])
        }
        if let generation, request.path == LiveReload.endpoint {
            return .text(200, String(generation.current), headers: [("Cache-Control", "no-store")])
        }
        switch SitePath.resolve(request.path) {
        case .refused(let reason):
            return .text(403, "Refused: \(reason).")
        case .hidden:
            return notFound()
        case .file(let segments, let trailingSlash):
            let url = segments.reduce(root) { $0.appendingPathComponent($1) }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return notFound() }
            if isDirectory.boolValue {
                if !trailingSlash && !segments.isEmpty {
                    return .text(301, "Moved to \(request.path)/", headers: [("Location", request.path + "/" + request.query)])
                }
                return file(url.appendingPathComponent("index.html"), status: 200) ?? notFound()
            }
            return file(url, status: 200) ?? notFound()
        }
    }

    /// The folder's `404.html` with status 404, or a plain 404 when there is none.
    func notFound() -> HTTPResponse {
        guard var page = file(root.appendingPathComponent("404.html"), status: 404) else {
            return .text(404, "Not found.")
        }
        // The page's links are relative to the site root; a base keeps them working at any depth.
        page.body = Self.insertBase(into: page.body)
        return page
    }

    /// A regular file inside the folder as a response, or nil when it is missing, unreadable, or
    /// (through a symbolic link) outside the folder.
    func file(_ url: URL, status: Int) -> HTTPResponse? {
        let resolved = url.resolvingSymlinksInPath().path
        let rootPath = root.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: resolved) else { return nil }
        let type = MediaType.forFile(named: url.lastPathComponent)
        var body = [UInt8](data)
        if type == MediaType.html, let generation { body = LiveReload.inject(into: body, generation: generation.current) }
        return HTTPResponse(status: status, headers: [
            ("Content-Type", type), ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"),
        ], body: body)
    }

    /// `html` with `<base href="/">` after its `<head>`, for a page served at another URL than its own.
    static func insertBase(into html: [UInt8]) -> [UInt8] {
        let head = Array("<head>".utf8)
        guard html.count >= head.count else { return html }
        for index in 0...(html.count - head.count) where html[index] == head[0] && Array(html[index..<index + head.count]) == head {
            let end = index + head.count
            return Array(html[..<end]) + Array("\n<base href=\"/\">".utf8) + Array(html[end...])
        }
        return html
    }
}
