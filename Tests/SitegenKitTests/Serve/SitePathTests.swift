import Testing
@testable import SitegenKit

@Suite("Request paths: never outside the served folder")
struct SitePathTests {
    @Test(arguments: [
        "/../etc/passwd", "/../../../../etc/passwd", "/vi/../../sitegen.yml", "/%2e%2e/sitegen.yml",
        "/%2E%2E/%2e%2E/etc/passwd", "/vi/..%2f..%2fsitegen.yml", "/vi/%2e%2e%2f%2e%2e%2fsitegen.yml",
        "/..%5csitegen.yml", "/vi\\..\\sitegen.yml", "/vi/index.html%00.css", "/%zz", "/./vi/", "vi/index.html",
    ])
    func traversalIsRefused(path: String) {
        guard case .refused = SitePath.resolve(path) else {
            Issue.record("\(path) was not refused: \(SitePath.resolve(path))")
            return
        }
    }

    @Test(arguments: ["/.sitegen-manifest", "/.git/config", "/vi/.hidden/index.html"])
    func hiddenNamesAreNotServed(path: String) {
        #expect(SitePath.resolve(path) == .hidden)
    }

    @Test func pathsBecomeSegments() {
        #expect(SitePath.resolve("/") == .file(segments: [], trailingSlash: true))
        #expect(SitePath.resolve("/vi") == .file(segments: ["vi"], trailingSlash: false))
        #expect(SitePath.resolve("//etc/passwd") == .file(segments: ["etc", "passwd"], trailingSlash: false))
        #expect(SitePath.resolve("/vi/c%E1%BA%A7u%20gi%E1%BA%A5y/") == .file(segments: ["vi", "cầu giấy"], trailingSlash: true))
        #expect(SitePath.resolve("/a..b/x...y") == .file(segments: ["a..b", "x...y"], trailingSlash: false))
    }
}
