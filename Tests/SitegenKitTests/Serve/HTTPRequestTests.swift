import Testing
@testable import SitegenKit

@Suite("HTTP request heads")
struct HTTPRequestTests {
    @Test func parsesARequestHead() throws {
        let head = "GET /vi/tim-kiem/index.html?q=cau+giay#top HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept:  text/html \r\n"
        let request = try #require(HTTPRequest.parse(head: Array(head.utf8)))
        #expect(request.method == "GET")
        #expect(request.path == "/vi/tim-kiem/index.html")
        #expect(request.query == "?q=cau+giay")
        #expect(request.header("ACCEPT") == "text/html")
        #expect(request.header("host") == "127.0.0.1:8000")
    }

    @Test func anAbsoluteTargetKeepsItsPath() throws {
        let request = try #require(HTTPRequest.parse(head: Array("GET http://127.0.0.1:8000/en/?x=1 HTTP/1.1".utf8)))
        #expect(request.path == "/en/")
        #expect(request.query == "?x=1")
    }

    @Test(arguments: ["", "GET", "GET /", "GET / HTTP/2.0", "GET / HTTP/1.1 extra", "G(T / HTTP/1.1",
                      "GET / HTTP/1.1\r\nno colon here", "GET / HTTP/1.1\r\nbad name: x"])
    func malformedHeadsAreRejected(head: String) {
        #expect(HTTPRequest.parse(head: Array(head.utf8)) == nil)
    }

    @Test func invalidUTF8IsRejected() {
        #expect(HTTPRequest.parse(head: Array("GET /".utf8) + [0xFF, 0xFE] + Array(" HTTP/1.1".utf8)) == nil)
    }

    @Test func responsesSayTheirLengthAndClose() {
        let response = HTTPResponse(status: 404, headers: [("Content-Type", MediaType.html)], body: Array("<p>ư</p>".utf8))
        let text = String(decoding: response.serialized(), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 404 Not Found\r\n"))
        #expect(text.contains("Content-Length: 9\r\n"))
        #expect(text.contains("Connection: close\r\n\r\n<p>ư</p>"))
        #expect(String(decoding: response.serialized(includeBody: false), as: UTF8.self).hasSuffix("\r\n\r\n"))
    }
}
