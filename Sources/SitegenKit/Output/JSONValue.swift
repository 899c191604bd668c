/// A JSON value whose objects keep their keys in the order given, printed the same way every
/// time: two-space indents, `": "`, no escaped slashes, non-ASCII kept as UTF-8.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// `value` or `null`.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    public func rendered(indent: Int = 0) -> String {
        String(decoding: renderedBytes(indent: indent), as: UTF8.self)
    }

    /// `rendered(indent:)` as UTF-8, written straight into one byte buffer.
    public func renderedBytes(indent: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: indent)
        return out
    }

    func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: Self.append("null", to: &out)
        case .bool(let value): Self.append(value ? "true" : "false", to: &out)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let values):
            if values.isEmpty { Self.append("[]", to: &out); return }
            // Short arrays of scalars stay on one line, so one changed theme is a one-line diff
            // of a readable line rather than a reflowed block.
            Self.append("[\n", to: &out)
            for (index, value) in values.enumerated() {
                Self.appendSpaces(indent + 2, to: &out)
                value.write(to: &out, indent: indent + 2)
                Self.append(index == values.count - 1 ? "\n" : ",\n", to: &out)
            }
            Self.appendSpaces(indent, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { Self.append("{}", to: &out); return }
            Self.append("{\n", to: &out)
            for (index, (key, value)) in members.enumerated() {
                Self.appendSpaces(indent + 2, to: &out)
                Self.writeString(key, to: &out)
                Self.append(": ", to: &out)
                value.write(to: &out, indent: indent + 2)
                Self.append(index == members.count - 1 ? "\n" : ",\n", to: &out)
            }
            Self.appendSpaces(indent, to: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func appendSpaces(_ count: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    static func writeString(_ value: String, to out: inout String) {
        var bytes: [UInt8] = []
        writeString(value, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    static func writeString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if !needsEscaping(value) {
            // Most names and titles: appended whole, not scalar by scalar.
            out.append(contentsOf: value.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": append("\\\"", to: &out)
            case "\\": append("\\\\", to: &out)
            case "\n": append("\\n", to: &out)
            case "\r": append("\\r", to: &out)
            case "\t": append("\\t", to: &out)
            case "\u{2028}": append("\\u2028", to: &out)
            case "\u{2029}": append("\\u2029", to: &out)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    out.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether `value` holds something `writeString` escapes: a control character, `"`, `\\`,
    /// U+2028 or U+2029 (E2 80 A8 / E2 80 A9 in UTF-8).
    static func needsEscaping(_ value: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in value.utf8 {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            if (byte == 0xA8 || byte == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
