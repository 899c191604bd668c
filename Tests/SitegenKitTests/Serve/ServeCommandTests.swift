import Foundation
import Testing
@testable import SitegenKit

/// `sitegen serve` as an editor runs it: a subprocess in a copy of the project, on a free port of
/// 127.0.0.1, asked over real sockets, edited under its feet, and stopped with Ctrl-C (SIGINT).
@Suite("sitegen serve, end to end", .serialized)
struct ServeCommandTests {
    let manager = FileManager.default

    /// The `sitegen` executable that `swift build` put beside the test bundle.
    static func executable() throws -> URL {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL { candidates.append(bundle.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for bundle in Bundle.allBundles { candidates.append(bundle.bundleURL.deletingLastPathComponent()) }
        for folder in candidates {
            let url = folder.appendingPathComponent("sitegen")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw TestFailure("no sitegen executable beside the tests in \(candidates.map(\.path)); run `swift build --build-tests` first")
    }

    /// A copy of the project's inputs (seeds, templates, data, config) in a temporary folder.
    func projectCopy() throws -> URL {
        let workspace = try SiteFixture.temporaryDirectory("sitegen-serve-project")
        for name in ["seeds", "Templates", "data", "sitegen.yml"] {
            try manager.copyItem(at: TestSupport.root.appendingPathComponent(name), to: workspace.appendingPathComponent(name))
        }
        return workspace
    }

    /// Polls `condition` every 0.2 s for at most `seconds`.
    func eventually(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return condition()
    }

    @Test func servesRebuildsOnChangeAndStopsOnControlC() throws {
        let project = try projectCopy()
        defer { try? manager.removeItem(at: project) }
        let out = project.appendingPathComponent("serve.out"), err = project.appendingPathComponent("serve.err")
        _ = manager.createFile(atPath: out.path, contents: nil)
        _ = manager.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = ["serve", "--port", "0", "--jobs", "2"]
        process.currentDirectoryURL = project
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        func log() -> String { ((try? String(contentsOf: err, encoding: .utf8)) ?? "") }

        // The first line on stdout is the address, once the first build is done.
        var port: UInt16 = 0
        let started = eventually(180) {
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            guard let match = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression) else { return false }
            port = UInt16(text[match].dropFirst("127.0.0.1:".count).dropLast()) ?? 0
            return port != 0 || !process.isRunning
        }
        try #require(started && port != 0, "serve did not start: \(log())")

        // Pages, assets, types, UTF-8.
        let home = try #require(RawHTTPClient.get(port: port, "/vi/"))
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(String(bytes: home.body, encoding: .utf8)?.contains("Cầu Giấy") == true)
        #expect(home.text.contains(LiveReload.marker))
        let written = try String(contentsOf: project.appendingPathComponent("public/vi/index.html"), encoding: .utf8)
        #expect(!written.contains(LiveReload.marker), "the live-reload script leaked into public/")
        let expectedTypes = ["/assets/site.css": "text/css; charset=utf-8", "/en/search-index.js": "text/javascript; charset=utf-8",
                             "/sitemap.xml": "application/xml; charset=utf-8", "/data/articles.json": "application/json; charset=utf-8",
                             "/robots.txt": "text/plain; charset=utf-8", "/en/feed.xml": "application/xml; charset=utf-8"]
        for (target, type) in expectedTypes {
            let response = RawHTTPClient.get(port: port, target)
            #expect(response?.status == 200, "\(target)")
            #expect(response?.headers["content-type"] == type, "\(target)")
        }
        let redirect = try #require(RawHTTPClient.get(port: port, "/en"))
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/en/")
        let missing = try #require(RawHTTPClient.get(port: port, "/vi/khong-co-trang-nay/"))
        #expect(missing.status == 404)
        #expect(missing.text.contains("Page not found"))
        #expect(RawHTTPClient.get(port: port, "/", method: "HEAD")?.body.isEmpty == true)

        // Nothing outside public/: sitegen.yml sits right beside it.
        for target in ["/../sitegen.yml", "/%2e%2e/sitegen.yml", "/vi/..%2f..%2fsitegen.yml", "/..%5csitegen.yml", "/../../../../etc/passwd"] {
            let response = try #require(RawHTTPClient.get(port: port, target))
            #expect(response.status == 403, "\(target)")
            #expect(!response.text.contains("base_url") && !response.text.contains("root:"), "\(target) leaked a file")
        }

        // Editing a seed rebuilds, and the page shows the edit.
        let generation = try #require(RawHTTPClient.get(port: port, LiveReload.endpoint)).text
        let seed = project.appendingPathComponent("seeds/000_30e825224153fafb.txt")
        let text = try String(contentsOf: seed, encoding: .utf8)
        try text.replacingOccurrences(of: "Phường Cầu Giấy: tập trung xây dựng", with: "Phường Cầu Giấy: kiên trì xây dựng")
            .write(to: seed, atomically: true, encoding: .utf8)
        let page = "/vi/bai-viet/phuong-cau-giay-tap-trung-xay-dung-chinh-quyen-so-kinh-te-so-va-xa-hoi-so/"
        let rebuilt = eventually(120) {
            RawHTTPClient.get(port: port, LiveReload.endpoint)?.text != generation
                && RawHTTPClient.get(port: port, page)?.text.contains("kiên trì xây dựng") == true
        }
        #expect(rebuilt, "the edited seed did not show: \(log())")

        // So does a new overlay (an editor's correction).
        try "title: \"Cầu Giấy: tiêu đề do biên tập viên sửa\"\n"
            .write(to: project.appendingPathComponent("seeds/000_30e825224153fafb.yml"), atomically: true, encoding: .utf8)
        #expect(eventually(120) { RawHTTPClient.get(port: port, page)?.text.contains("tiêu đề do biên tập viên sửa") == true },
                "the overlay did not show: \(log())")

        // Ctrl-C stops it cleanly.
        kill(process.processIdentifier, SIGINT)
        #expect(eventually(20) { !process.isRunning }, "serve did not stop on SIGINT")
        if !process.isRunning {
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 0)
        }
        #expect(RawHTTPClient.get(port: port, "/vi/", timeout: 2) == nil, "still answering after SIGINT")
    }

    @Test func aTakenPortIsAClearError() throws {
        let holder = try LoopbackServer(port: 0) { _ in .text(200, "busy") }
        defer { holder.stop() }
        let project = try projectCopy()
        defer { try? manager.removeItem(at: project) }
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = ["serve", "--port", String(holder.port), "--jobs", "2"]
        process.currentDirectoryURL = project
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("cannot serve on 127.0.0.1:\(holder.port)"))
    }
}
