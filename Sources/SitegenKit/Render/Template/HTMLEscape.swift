/// HTML escaping on UTF-8 bytes: every `&`, `<`, `>`, `"` and `'` becomes `&amp;`, `&lt;`,
/// `&gt;`, `&quot;` or `&#39;`, with the entities swift-mustache uses.
///
/// Most text has none of the five: the bytes are appended in whole runs. Unlike swift-mustache,
/// which compares `Character`s, a special byte is escaped even when a combining mark follows it:
/// HTML's tokenizer reads bytes, not graphemes, so `"` joined to U+0301 still closes an
/// attribute value, and text pasted from the web could open one of its own.
enum HTMLEscape {
    /// Appends `text`, escaped, to `out`.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &out) }
    }

    /// Appends the UTF-8 `bytes`, escaped, to `out`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default:
                index += 1
                continue
            }
            if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            replacement.withUTF8Buffer { out.append(contentsOf: $0) }
            index += 1
            runStart = index
        }
        if runStart < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }
}
