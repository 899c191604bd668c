import Foundation
import Testing
@testable import SitegenKit

/// The shortcuts rendering takes (links counted once per page, replacements on bytes, roles
/// translated ahead) answer exactly what the longer way does.
@Suite struct RenderShortcutsTests {
    @Test(arguments: ["index.html", "404.html", "en/index.html", "vi/bai-viet/x/index.html", "vi/chu-de/y/2025/index.html", "a//b/index.html"])
    func pageLinksAreRelativeLinks(file: String) {
        let links = PageLinks(file: file)
        #expect(links.to(file: "assets/site.css") == RelativeLink.from(file, to: "assets/site.css"))
        #expect(links.to(.article("z"), .en) == RelativeLink.from(file, to: Route.article("z").file(in: .en)))
        #expect(links.root == RelativeLink.root(from: file))
        var moved = PageLinks(file: "index.html")
        moved.file = file
        #expect(moved.to(file: "x.html") == links.to(file: "x.html"))
    }

    @Test(arguments: [
        ("<blockquote>\n<p>a</p>\n</blockquote>\n<blockquote>", "<blockquote>"),
        ("{place} và {place}: {placeX}", "{place}"),
        ("Phường Cầu Giấy {date}", "{date}"),
        ("no match", "{date}"),
        ("", "{date}"),
        ("{d", "{date}"),
        ("aaa", "aa"),
    ])
    func bytesReplaceAsFoundationDoes(text: String, target: String) {
        #expect(text.replacingBytes(of: target, with: "«đ»") == text.replacingOccurrences(of: target, with: "«đ»"))
    }

    @Test func rolesTranslatedAheadAreTheComposedOnes() throws {
        let translator = try TranslateFixtures.translator()
        let roles = TranslateRoleTests.seedRoles.map(\.vi) + ["Bí thư Đảng ủy phường Cầu Giấy"]
        let ahead = translator.translatingAhead(roles, jobs: 2)
        for role in roles + ["Chủ tịch xã Chưa Biết", "Bi\u{0301} thư Đảng ủy phường Cầu Giấy"] {
            #expect(ahead.role(role, in: .en) == translator.role(role, in: .en))
            #expect(ahead.role(role, in: .vi) == translator.role(role, in: .vi))
        }
    }
}

extension RenderShortcutsTests {
    @Test(arguments: ["", "Cầu Giấy", "a \"b\" \\ c", "line\nbreak\r\ttab\u{1}", "x\u{2028}y\u{2029}z", "\u{E2}\u{80}", "€ ‘’ \u{2027}\u{202A}", " edge ", "é\u{301}"])
    func searchIndexLinesAreTrimmedJSON(text: String) {
        let members = [("t", text), ("k", "kind"), ("f", text + " " + text)]
        let json = JSONValue.object(members.map { ($0.0, JSONValue.string($0.1)) })
        let expected = json.rendered().split(separator: "\n").map { $0.trimmed }.joined(separator: " ")
        #expect(SearchIndex.line(members.map { (key: $0.0, value: $0.1) }) == expected)
    }
}
