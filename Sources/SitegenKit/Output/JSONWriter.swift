/// Writes JSON exactly as `JSONValue.renderedBytes()` prints it (two-space indents, `": "`,
/// `[]` and `{}` when empty), straight into a byte buffer as values come, without building a
/// `JSONValue` tree first (the open data made one for every article, place and official, and
/// tore it down after printing it).
///
/// A container is opened with `beginArray()` or `beginObject()` and closed with `end()`; inside
/// an object each value follows its `key(_:)`.
struct JSONWriter {
    /// The text written so far.
    private(set) var out: [UInt8] = []
    /// For each open container, how many members it has so far.
    private var counts: [Int] = []
    /// Whether the innermost open container is an object (its values follow their keys).
    private var inObject: [Bool] = []

    init(capacity: Int = 0) {
        out.reserveCapacity(capacity)
        counts.reserveCapacity(8)
        inObject.reserveCapacity(8)
    }

    /// Opens an array (as a value).
    mutating func beginArray() {
        valuePrefix()
        out.append(UInt8(ascii: "["))
        counts.append(0)
        inObject.append(false)
    }

    /// Opens an object (as a value).
    mutating func beginObject() {
        valuePrefix()
        out.append(UInt8(ascii: "{"))
        counts.append(0)
        inObject.append(true)
    }

    /// Closes the innermost container: `]` or `}` on its own line, or right after the bracket
    /// when it is empty.
    mutating func end() {
        guard let count = counts.popLast(), let object = inObject.popLast() else { return }
        if count > 0 {
            out.append(UInt8(ascii: "\n"))
            appendSpaces(2 * counts.count)
        }
        out.append(object ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// The key of the next member of the innermost object.
    mutating func key(_ name: String) {
        memberPrefix()
        JSONValue.writeString(name, to: &out)
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: " "))
    }

    mutating func string(_ value: String) {
        valuePrefix()
        JSONValue.writeString(value, to: &out)
    }

    /// `value`, or `null`.
    mutating func string(_ value: String?) {
        guard let value else { return null() }
        string(value)
    }

    mutating func int(_ value: Int) {
        valuePrefix()
        out.append(contentsOf: String(value).utf8)
    }

    mutating func null() {
        valuePrefix()
        out.append(contentsOf: "null".utf8)
    }

    /// An array of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        end()
    }

    /// `key(name)` then `string(value)`.
    mutating func member(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    /// Before a value: a new member line when the value is an element of an array (a value in an
    /// object follows its key on the key's line).
    private mutating func valuePrefix() {
        guard let object = inObject.last, !object else { return }
        memberPrefix()
    }

    /// `\n` (after `[` or `{`) or `,\n` (after a member), and the member's indent.
    private mutating func memberPrefix() {
        guard !counts.isEmpty else { return }
        if counts[counts.count - 1] > 0 { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\n"))
        counts[counts.count - 1] += 1
        appendSpaces(2 * counts.count)
    }

    private mutating func appendSpaces(_ count: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }
}
