import Foundation

/// Prints generated markup one element per line: each line trimmed, blank lines dropped.
///
/// Templates may indent as a designer likes; the output is the same. With one block element per
/// line, a one-fact change in the input is a one-line change in the diff of `public/`.
public enum HTMLLines {
    /// `bytes` (UTF-8, as the template engine renders a page) with every line trimmed and blank
    /// lines removed, ending in one newline; without a detour through `String` for the usual page.
    public static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        if let fast = bytes.withUnsafeBufferPointer({ normalizeASCIIEdges($0) }) { return fast }
        return Array(normalize(String(decoding: bytes, as: UTF8.self)).utf8)
    }

    /// `text` with every line trimmed and blank lines removed, ending in one newline.
    public static func normalize(_ text: String) -> String {
        var copy = text
        if let fast = copy.withUTF8({ normalizeASCIIEdges($0) }) { return String(decoding: fast, as: UTF8.self) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmed
            if trimmed.isEmpty { continue }
            out += trimmed
            out += "\n"
        }
        return out
    }

    /// `normalize` on bytes, for the usual page: no carriage return, no combining mark, and no
    /// white space beyond ASCII at the end of a line. Nil when the text has any of these, where
    /// lines and white space must be found character by character.
    static func normalizeASCIIEdges(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        let count = bytes.count
        // A carriage return, or the lead byte of U+0300–U+036F (a combining mark may join the
        // white space before it), anywhere: each is in some line, which the byte path cannot
        // answer. Looked for over the whole page at once (memchr), not line by line.
        if memchr(base, 0x0D, count) != nil || memchr(base, 0xCC, count) != nil || memchr(base, 0xCD, count) != nil { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(count)
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var lineStart = 0
        // Lines kept whole with their line feed, one after the other, are copied as one run:
        // `bytes[runStart..<runEnd]` is still to be appended.
        var runStart = 0, runEnd = 0
        while lineStart < count {
            let lineEnd = memchr(base + lineStart, 0x0A, count - lineStart).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? count
            var start = lineStart, end = lineEnd
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            if start < end {
                // A non-ASCII character at either end may be white space (U+00A0, U+3000…).
                if bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 {
                    if mayBeSpace(bytes, at: start) || endsInMaybeSpace(bytes, before: end) { return nil }
                }
                let endsInLineFeed = end < count && bytes[end] == 0x0A
                if start == runEnd, runEnd > runStart, endsInLineFeed {
                    runEnd = end + 1
                } else {
                    if runEnd > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd])) }
                    if endsInLineFeed {
                        runStart = start
                        runEnd = end + 1
                    } else {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                        out.append(0x0A)
                        runStart = 0
                        runEnd = 0
                    }
                }
            }
            lineStart = lineEnd + 1
        }
        if runEnd > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd])) }
        return out
    }

    /// Whether the character starting at `index` is one of Unicode's white spaces beyond ASCII.
    private static func mayBeSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes[index] >= 0x80 else { return false }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).unicodeScalars.first
        else { return true }
        return scalar.properties.isWhitespace || Character(scalar).isWhitespace
    }

    /// Whether the character ending just before `end` is one of Unicode's white spaces beyond ASCII.
    private static func endsInMaybeSpace(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        guard end > 0, bytes[end - 1] >= 0x80 else { return false }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return mayBeSpace(bytes, at: start)
    }
}
