import Testing
@testable import SitegenKit

/// `JSONValue` written straight into bytes gives what it gave when it was written into a
/// `String` piece by piece (the writer of before, kept here as the reference).
@Suite struct JSONBytesTests {
    /// The `String` writer `JSONValue` had before it wrote bytes.
    static func writtenAsText(_ value: JSONValue, indent: Int = 0) -> String {
        var out = ""
        func string(_ text: String) {
            out += "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{2028}": out += "\\u2028"
                case "\u{2029}": out += "\\u2029"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            out += "\""
        }
        func write(_ value: JSONValue, _ indent: Int) {
            switch value {
            case .null: out += "null"
            case .bool(let flag): out += flag ? "true" : "false"
            case .int(let number): out += String(number)
            case .string(let text): string(text)
            case .array(let values):
                if values.isEmpty { out += "[]"; return }
                out += "[\n"
                for (index, value) in values.enumerated() {
                    out += String(repeating: " ", count: indent + 2)
                    write(value, indent + 2)
                    out += index == values.count - 1 ? "\n" : ",\n"
                }
                out += String(repeating: " ", count: indent) + "]"
            case .object(let members):
                if members.isEmpty { out += "{}"; return }
                out += "{\n"
                for (index, (key, value)) in members.enumerated() {
                    out += String(repeating: " ", count: indent + 2)
                    string(key)
                    out += ": "
                    write(value, indent + 2)
                    out += index == members.count - 1 ? "\n" : ",\n"
                }
                out += String(repeating: " ", count: indent) + "}"
            }
        }
        write(value, indent)
        return out
    }

    static let edgeValues: [JSONValue] = [
        .null, .bool(true), .bool(false), .int(0), .int(-42), .int(Int.max), .int(Int.min), .string(""), .array([]), .object([]),
        .string("a\"b\\c\n\r\t\u{1}\u{1F}\u{7F} x\u{2028}y\u{2029}z \u{2027} e\u{301} 😀 Đ"),
        .array([.array([]), .object([]), .array([.null, .object([("k", .array([.int(1)]))])])]),
        .object([("", .null), ("k\"ey\n", .string("v")), ("nested", .object([("a", .array([.string("Cầu Giấy"), .bool(true)]))]))]),
    ]

    @Test func edgeValuesAreWrittenAsBefore() {
        for value in Self.edgeValues {
            for indent in [0, 2, 5] {
                let expected = Self.writtenAsText(value, indent: indent)
                #expect(value.rendered(indent: indent) == expected)
                #expect(value.renderedBytes(indent: indent) == Array(expected.utf8))
            }
        }
        #expect(JSONValue.array(Self.edgeValues).rendered() == Self.writtenAsText(.array(Self.edgeValues)))
    }

    @Test func theSeedsExtractionIsWrittenAsBefore() throws {
        let site = try TranslateFixtures.seedSite()
        for evidence in [false, true] {
            let document = ExtractionJSON.document(site, evidence: evidence)
            #expect(document.rendered() == Self.writtenAsText(document))
        }
    }
}
