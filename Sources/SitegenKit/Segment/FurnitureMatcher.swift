import Foundation

/// Tells page furniture from article text, from the lists in `data/furniture.yml`.
public struct FurnitureMatcher: Sendable {
    private let lineKeys: Set<String>
    private let patterns: [Regex]
    private let tailMarkers: PhraseMatcher
    private let creditPrefixes: [String]
    /// "(" or " " and a credit prefix, lower case, as bytes: what `mayHaveCredit` looks for.
    private let creditNeedles: [[UInt8]]

    /// A compiled regular expression; `NSRegularExpression` is immutable once made.
    struct Regex: @unchecked Sendable {
        let expression: NSRegularExpression
    }

    public init(_ list: FurnitureList) throws {
        lineKeys = Set(list.lines.map(\.vietnameseKey))
        patterns = try list.patterns.map { pattern in
            do {
                return Regex(expression: try NSRegularExpression(pattern: pattern))
            } catch {
                throw Diagnostic.badData("data/furniture.yml", line: 1, "invalid pattern \(pattern): \(error.localizedDescription)")
            }
        }
        tailMarkers = PhraseMatcher(list.tailMarkers)
        creditPrefixes = list.creditPrefixes.map { $0.lowercased() }
        creditNeedles = creditPrefixes.flatMap { prefix in ["(", " "].map { Array(($0 + prefix).utf8) } }
    }

    /// Whether the whole line is furniture (a login link, an image file name, a poll option).
    public func isFurniture(_ line: String) -> Bool {
        let text = line.trimmed
        if text.isEmpty { return false }
        if lineKeys.contains(text.vietnameseKey) { return true }
        let range = NSRange(text.startIndex..., in: text)
        return patterns.contains { $0.expression.firstMatch(in: text, range: range) != nil }
    }

    /// Whether the line is an image's file name ("h1.jpg").
    public func isImageFileName(_ line: String) -> Bool {
        let lower = line.lowercased()
        return !line.contains(" ") && [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"].contains { lower.hasSuffix($0) }
    }

    /// Whether the line opens the trailing furniture (comments, polls, related articles).
    public func isTailMarker(_ line: String) -> Bool {
        guard line.utf8.count <= 120, line.wordCount <= 8 else { return false }
        let tokens = Tokenizer.tokens(line)
        guard tokens.count <= 8, let phrase = tailMarkers.match(tokens, at: 0) else { return false }
        // The marker is the whole line, or the line is a short label that starts with it.
        return phrase.keys.count == tokens.count || tokens.count <= phrase.keys.count + 3
    }

    /// Where `pattern` last starts in `characters`, searching by hand: this runs on every line.
    static func lastIndex(of pattern: [Character], in characters: [Character]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= characters.count else { return nil }
        var start = characters.count - pattern.count
        while start >= 0 {
            if characters[start] == pattern[0], characters[start..<(start + pattern.count)].elementsEqual(pattern) { return start }
            start -= 1
        }
        return nil
    }

    /// Whether the text is, or starts with, a photo credit ("Ảnh: NGỌC HÀ").
    public func isCredit(_ text: String) -> Bool {
        let lower = text.trimmed.lowercased()
        return creditPrefixes.contains { lower.hasPrefix($0) }
    }

    /// The text without a photo credit at its end ("… đại hội. Ảnh: NGỌC HÀ", "(Ảnh: …)",
    /// "… hội nghị. ẢNH QUANG HUY").
    public func removingCredit(_ text: String) -> String {
        // A credit stands at the end of a caption: only the tail is searched, so a long
        // paragraph costs no more than a short one.
        let head = text.prefix(24).lowercased()
        if creditPrefixes.contains(where: { head.hasPrefix($0) }), text.utf8.count <= 240 {
            return ""
        }
        let tailStart = text.index(text.endIndex, offsetBy: -160, limitedBy: text.startIndex) ?? text.startIndex
        if !mayHaveCredit(text[tailStart...]) { return Self.trimmingTrailingDashes(text.trimmed) }
        let tail = Array(text[tailStart...])
        let lowerTail = tail.map { Character($0.lowercased()) }
        var cutOffset = tail.count
        // "ẢNH QUANG HUY": the word for photo in capitals, then a name in capitals, to the end.
        if let start = Self.lastIndex(of: Array(" ẢNH "), in: tail),
           tail[(start + 5)...].allSatisfy({ !$0.isLowercase }) {
            cutOffset = start
        }
        for prefix in creditPrefixes {
            let pattern = Array(prefix)
            for opener in ["(", " "] as [Character] {
                if let start = Self.lastIndex(of: [opener] + pattern, in: lowerTail), start < cutOffset { cutOffset = start }
            }
        }
        let cut = text.index(tailStart, offsetBy: cutOffset)
        return Self.trimmingTrailingDashes(String(text[..<cut]).trimmed)
    }

    static func trimmingTrailingDashes(_ text: String) -> String {
        var kept = text
        while let last = kept.last, "-–—|".contains(last) { kept.removeLast(); kept = kept.trimmed }
        return kept
    }

    /// A quick, exact pre-check for `removingCredit`: false only when the character search could
    /// not find a credit in `tail` (no " ẢNH " and no opener + prefix in its lower-cased bytes),
    /// so most paragraphs skip building and lower-casing arrays of characters.
    func mayHaveCredit(_ tail: Substring) -> Bool {
        // Composed text only: with combining marks, characters may match where bytes do not.
        if tail.unicodeScalars.contains(where: { (0x0300...0x036F).contains($0.value) }) { return true }
        if Self.containsBytes(tail.utf8, Array(" ẢNH ".utf8)) { return true }
        let lower = Array(String(tail).lowercased().utf8)
        return creditNeedles.contains { Self.containsBytes(lower, $0) }
    }

    static func containsBytes<Bytes: Collection<UInt8>>(_ haystack: Bytes, _ needle: [UInt8]) -> Bool {
        let bytes = Array(haystack)
        guard !needle.isEmpty, needle.count <= bytes.count else { return false }
        var start = 0
        while start + needle.count <= bytes.count {
            if bytes[start] == needle[0] {
                var offset = 1
                while offset < needle.count, bytes[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
