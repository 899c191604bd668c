import Foundation
import Testing
@testable import SitegenKit

@Suite("Answering requests from the output folder")
struct SiteResponderTests {
    let manager = FileManager.default

    /// A small site beside a secret file, which no request may reach.
    func makeSite() throws -> (workspace: URL, root: URL) {
        let workspace = try SiteFixture.temporaryDirectory("sitegen-serve")
        let root = workspace.appendingPathComponent("public")
        let files: [String: String] = [
            "index.html": "<!DOCTYPE html><html><head><title>x</title></head><body><p>Cầu Giấy</p></body></html>",
            "404.html": "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"assets/site.css\"></head><body>Không tìm thấy</body></html>",
            "vi/index.html": "<html><body>Phường</body></html>",
            "assets/site.css": "body{}", "assets/search.js": "//", "vi/search-index.js": "x", "sitemap.xml": "<urlset/>",
            "data/articles.json": "[]", "robots.txt": "User-agent: *", "chart.svg": "<svg/>", "logo.png": "png",
            "blob.bin": "?", ".sitegen-manifest": "index.html",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data("secret".utf8).write(to: workspace.appendingPathComponent("secret.txt"))
        return (workspace, root)
    }

    func get(_ responder: SiteResponder, _ target: String, method: String = "GET") -> HTTPResponse {
        responder.respond(to: HTTPRequest(method: method, target: target))
    }

    @Test(arguments: [
        ("/index.html", "text/html; charset=utf-8"), ("/assets/site.css", "text/css; charset=utf-8"),
        ("/assets/search.js", "text/javascript; charset=utf-8"), ("/vi/search-index.js", "text/javascript; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"), ("/data/articles.json", "application/json; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"), ("/chart.svg", "image/svg+xml; charset=utf-8"),
        ("/logo.png", "image/png"), ("/blob.bin", "application/octet-stream"),
    ])
    func contentTypeFollowsTheExtension(target: String, type: String) throws {
        let site = try makeSite()
        defer { try? manager.removeItem(at: site.workspace) }
        let response = get(SiteResponder(root: site.root), target)
        #expect(response.status == 200)
        #expect(response.header("content-type") == type)
        #expect(response.header("x-content-type-options") == "nosniff")
    }

    @Test func foldersServeTheirIndexAndRedirectWithoutTheirSlash() throws {
        let site = try makeSite()
        defer { try? manager.removeItem(at: site.workspace) }
        let responder = SiteResponder(root: site.root)
        let home = get(responder, "/")
        #expect(home.status == 200)
        #expect(String(decoding: home.body, as: UTF8.self).contains("Cầu Giấy"))
        #expect(get(responder, "/vi/").status == 200)
        let redirect = get(responder, "/vi?q=x")
        #expect(redirect.status == 301)
        #expect(redirect.header("location") == "/vi/?q=x")
        // A folder with no index.html is not listed.
        #expect(get(responder, "/assets/").status == 404)
    }

    @Test func missingPagesGetThe404PageWithStatus404() throws {
        let site = try makeSite()
        defer { try? manager.removeItem(at: site.workspace) }
        let response = get(SiteResponder(root: site.root), "/vi/khong-co/trang-nay/")
        #expect(response.status == 404)
        #expect(response.header("content-type") == MediaType.html)
        let body = String(decoding: response.body, as: UTF8.self)
        #expect(body.contains("Không tìm thấy"))
        // Its relative links are relative to the root, wherever the missing page was.
        #expect(body.contains("<base href=\"/\">"))
        #expect(get(SiteResponder(root: site.root), "/.sitegen-manifest").status == 404)
    }

    @Test(arguments: ["/../secret.txt", "/%2e%2e/secret.txt", "/vi/..%2F..%2Fsecret.txt", "/..%5Csecret.txt", "/vi/%2E%2E/%2E%2E/secret.txt"])
    func traversalNeverReachesFilesOutside(target: String) throws {
        let site = try makeSite()
        defer { try? manager.removeItem(at: site.workspace) }
        let response = get(SiteResponder(root: site.root), target)
        #expect(response.status == 403)
        #expect(!String(decoding: response.body, as: UTF8.self).contains("secret"))
    }

    @Test func aSymbolicLinkOutOfTheFolderIsNotFollowed() throws {
        let site = try makeSite()
        defer { try? manager.removeItem(at: site.workspace) }
        try manager.createSymbolicLink(at: site.root.appendingPathComponent("leak.txt"),
                                       withDestinationURL: site.workspace.appendingPathComponent("secret.txt"))
        try manager.createSymbolicLink(at: site.root.appendingPathComponent("up"), withDestinationURL: site.workspace)
        let responder = SiteResponder(root: site.root)
        for target in ["/leak.txt", "/up/secret.txt"] {
            let response = get(responder, target)
            #expect(response.status == 404, "\(target)")
            #expect(!String(decoding: response.body, as: UTF8.self).contains("secret"))
        }
    }

    @Test func onlyGetAndHeadAreAnswered() throws {
        let site = try makeSite()
        defer { try? manager.removeItem(at: site.workspace) }
        let responder = SiteResponder(root: site.root)
        #expect(get(responder, "/", method: "HEAD").status == 200)
        let post = get(responder, "/", method: "POST")
        #expect(post.status == 405)
        #expect(post.header("allow") == "GET, HEAD")
        #expect(get(responder, "/", method: "DELETE").status == 405)
    }

    @Test func liveReloadIsAddedToServedPagesOnlyNeverToFiles() throws {
        let site = try makeSite()
        defer { try? manager.removeItem(at: site.workspace) }
        let generation = BuildGeneration()
        generation.advance()
        let responder = SiteResponder(root: site.root, generation: generation)
        let page = String(decoding: get(responder, "/").body, as: UTF8.self)
        #expect(page.contains(LiveReload.marker))
        #expect(page.hasSuffix("</script>\n</body></html>"))
        #expect(!String(decoding: get(responder, "/assets/search.js").body, as: UTF8.self).contains(LiveReload.marker))
        let onDisk = try String(contentsOf: site.root.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains(LiveReload.marker))
        #expect(String(decoding: get(responder, LiveReload.endpoint).body, as: UTF8.self) == "1\n")
        generation.advance()
        #expect(String(decoding: get(responder, LiveReload.endpoint).body, as: UTF8.self) == "2\n")
        // Without a generation (a plain server), pages are served exactly as written.
        #expect(!String(decoding: get(SiteResponder(root: site.root), "/").body, as: UTF8.self).contains(LiveReload.marker))
        #expect(get(SiteResponder(root: site.root), LiveReload.endpoint).status == 404)
    }

    @Test func theWatcherNoticesNewChangedAndRemovedFiles() throws {
        let site = try makeSite()
        defer { try? manager.removeItem(at: site.workspace) }
        let watcher = SourceWatcher(paths: [site.root.appendingPathComponent("vi"), site.workspace.appendingPathComponent("secret.txt")])
        let before = watcher.snapshot()
        #expect(before.count == 3)  // index.html, search-index.js, secret.txt
        try Data("longer secret".utf8).write(to: site.workspace.appendingPathComponent("secret.txt"))
        try Data("new".utf8).write(to: site.root.appendingPathComponent("vi/new.html"))
        try manager.removeItem(at: site.root.appendingPathComponent("vi/index.html"))
        let changed = SourceWatcher.changes(from: before, to: watcher.snapshot())
        #expect(changed.map { URL(fileURLWithPath: $0).lastPathComponent } == ["index.html", "new.html", "secret.txt"])
    }
}
