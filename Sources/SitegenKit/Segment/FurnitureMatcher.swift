import Foundation

/// Tells page furniture from article text, from the lists in `data/furniture.yml`.
///
/// Each question is asked of every line of every page, so each has a quick answer for the usual
/// line that asks less of Unicode and of Foundation (one regular expression instead of one per
/// pattern; a look at the first or last scalar; bytes instead of lower-cased characters). A quick
/// answer is given only where it is the one the full definition gives; `SegmentFastPathTests`
/// holds each to it.
public struct FurnitureMatcher: Sendable {
    private let lineKeys: Set<String>
    /// `lineKeys` by the UTF-8 of each key's NFC: plain keys (`PlainText`, which are NFC) are
    /// looked up here as bytes, not hashed through Unicode normalisation.
    private let plainLineKeys: Set<KeyVocabulary.UTF8Key>
    /// The most UTF-8 bytes of those: a longer plain key is none of them.
    private let longestPlainLineKey: Int
    /// The patterns that match only at the start of a line (`isStartAnchored`), as one
    /// alternation tried there: one pass over the line instead of one per pattern.
    private let startPatterns: Regex?
    /// The pre-checks of the patterns in `startPatterns`: it runs on a line one of them lets through.
    private let startPrechecks: [PatternPrecheck]
    /// Which of `startPrechecks` a line is put to, by its first scalar (nil: all, in order).
    private let startDispatch: PrecheckDispatch?
    /// The other patterns, each tried on its own as before, on a line its pre-check lets through.
    private let otherPatterns: [(pattern: Regex, precheck: PatternPrecheck)]
    private let tailMarkers: PhraseMatcher
    private let creditPrefixes: [String]
    /// "(" or " " and a credit prefix, lower case, as bytes: what `mayHaveCredit` looks for.
    private let creditNeedles: [[UInt8]]
    /// ASCII and plain scalars (`PlainText`) that begin, lower-cased and decomposed, as a credit
    /// prefix begins: a credit cannot start with any other plain scalar. Nil when a prefix is
    /// empty (then anything may be a credit).
    private let creditInitials: PlainScalarSet?
    /// The credit prefixes in NFC, as scalar values, to compare with lower-cased plain text; nil
    /// when one is empty or ends with white space (trimming would then matter).
    private let creditPrefixScalars: [[UInt32]]?
    /// The number of scalars of the longest of them.
    private let longestCreditPrefix: Int
    /// Each credit prefix as the NFC scalar of each of its characters, for `creditCutOnScalars`;
    /// nil when a character of one is not one scalar in NFC.
    private let creditPrefixCharacters: [[UInt32]]?

    /// The file name endings of images, lower case.
    static let imageSuffixes = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"]
    /// Their last bytes: a line that ends with another ASCII character names no image.
    static let imageSuffixEnds = Set(imageSuffixes.compactMap(\.utf8.last))

    /// A compiled regular expression; `NSRegularExpression` is immutable once made.
    struct Regex: @unchecked Sendable {
        let expression: NSRegularExpression
    }

    public init(_ list: FurnitureList) throws {
        lineKeys = Set(list.lines.map(\.vietnameseKey))
        plainLineKeys = Set(lineKeys.map { KeyVocabulary.UTF8Key($0.precomposedStringWithCanonicalMapping) })
        longestPlainLineKey = plainLineKeys.map(\.text.utf8.count).max() ?? 0
        let compiled = try list.patterns.map { pattern in
            do {
                return (pattern, Regex(expression: try NSRegularExpression(pattern: pattern)), PatternPrecheck(pattern: pattern))
            } catch {
                throw Diagnostic.badData("data/furniture.yml", line: 1, "invalid pattern \(pattern): \(error.localizedDescription)")
            }
        }
        let anchored = compiled.filter { Self.isStartAnchored($0.0) }
        let alternation = anchored.map { "(?:" + $0.0 + ")" }.joined(separator: "|")
        if !anchored.isEmpty, let combined = try? NSRegularExpression(pattern: alternation) {
            startPatterns = Regex(expression: combined)
            startPrechecks = anchored.map(\.2)
            startDispatch = PrecheckDispatch(startPrechecks)
            otherPatterns = compiled.filter { !Self.isStartAnchored($0.0) }.map { ($0.1, $0.2) }
        } else {
            // (Patterns that do not combine, such as two groups of one name, are tried one by one.)
            startPatterns = nil
            startPrechecks = []
            startDispatch = nil
            otherPatterns = compiled.map { ($0.1, $0.2) }
        }
        tailMarkers = PhraseMatcher(list.tailMarkers)
        creditPrefixes = list.creditPrefixes.map { $0.lowercased() }
        creditNeedles = creditPrefixes.flatMap { prefix in ["(", " "].map { Array(($0 + prefix).utf8) } }
        creditInitials = Self.initials(of: creditPrefixes).map(PlainScalarSet.init)
        let composed = creditPrefixes.map { $0.precomposedStringWithCanonicalMapping }
        creditPrefixScalars = composed.contains { $0.isEmpty || $0.last?.isWhitespace == true }
            ? nil : composed.map { $0.unicodeScalars.map(\.value) }
        longestCreditPrefix = composed.map(\.unicodeScalars.count).max() ?? 0
        creditPrefixCharacters = zip(creditPrefixes, composed).allSatisfy { $0.count == $1.unicodeScalars.count && $1.count == $0.count }
            ? composed.map { $0.unicodeScalars.map(\.value) } : nil
    }

    /// Whether every match of `pattern` starts where the text starts, so that it can be tried
    /// only there, as one branch of an alternation: it opens with `^`, maybe after flags without
    /// `m` (multi-line) or `x` (comments), and has no `|` outside a group or a set, no back
    /// reference (the alternation numbers groups anew), no `\Q` quotation and no comment. A
    /// pattern this cannot tell is treated as not anchored.
    static func isStartAnchored(_ pattern: String) -> Bool {
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        if scalars.starts(with: ["(", "?"]) {
            guard let close = scalars.firstIndex(of: ")") else { return false }
            let flags = scalars[2..<close]
            guard !flags.isEmpty, flags.allSatisfy({ "isuw-".unicodeScalars.contains($0) }) else { return false }
            index = close + 1
        }
        guard index < scalars.count, scalars[index] == "^" else { return false }
        var depth = 0
        var setDepth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                guard index + 1 < scalars.count else { return false }
                let escaped = scalars[index + 1]
                if ("1"..."9").contains(escaped) || escaped == "k" || escaped == "Q" || escaped == "E" { return false }
                index += 2
                continue
            case "[":
                // "[]…" and "[^]…" are read differently by different engines: not told.
                var first = index + 1
                if first < scalars.count, scalars[first] == "^" { first += 1 }
                if first < scalars.count, scalars[first] == "]" { return false }
                setDepth += 1
            case "]" where setDepth > 0:
                setDepth -= 1
            case "(" where setDepth == 0:
                depth += 1
                // Flags further on ("(?m)", "(?x:…)") and comments "(?#…)" are not told.
                if index + 1 < scalars.count, scalars[index + 1] == "?" {
                    var flag = index + 2
                    while flag < scalars.count, scalars[flag] != ")", scalars[flag] != ":" {
                        if "mx#".unicodeScalars.contains(scalars[flag]) { return false }
                        flag += 1
                    }
                }
            case ")" where setDepth == 0:
                depth -= 1
            case "|" where setDepth == 0 && depth == 0:
                return false
            default:
                break
            }
            index += 1
        }
        return depth == 0 && setDepth == 0
    }

    /// The ASCII and plain scalars whose lower case, decomposed, starts with the scalar that one of
    /// `prefixes` (lower case) starts with, decomposed; nil when a prefix is empty.
    static func initials(of prefixes: [String]) -> Set<UInt32>? {
        var starts: Set<UInt32> = []
        for prefix in prefixes {
            guard let first = prefix.decomposedStringWithCanonicalMapping.unicodeScalars.first else { return nil }
            starts.insert(first.value)
        }
        var initials: Set<UInt32> = []
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0xA0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let lower = String(scalar).lowercased()
            let initial = lower.unicodeScalars.allSatisfy(\.isASCII)
                ? lower.unicodeScalars.first : lower.decomposedStringWithCanonicalMapping.unicodeScalars.first
            if let initial, starts.contains(initial.value) { initials.insert(value) }
        }
        return initials
    }

    /// Whether the whole line is furniture (a login link, an image file name, a poll option).
    public func isFurniture(_ line: String) -> Bool {
        let text = PlainText.trimmed(line)
        return isFurniture(trimmed: text, key: text.vietnameseKey)
    }

    /// `isFurniture(line)`, given the line's `vietnameseKey` (used when the line needs no trimming).
    /// `keyIsPlain`: `PlainText.isPlain(key)` when known (nil: it is looked at).
    func isFurniture(_ line: String, key: String, keyIsPlain: Bool? = nil) -> Bool {
        PlainText.hasNoOuterWhitespace(line) ? isFurniture(trimmed: line, key: key, keyIsPlain: keyIsPlain) : isFurniture(line)
    }

    /// `isFurniture` of a trimmed line whose `vietnameseKey` is `key`.
    func isFurniture(trimmed text: String, key: String, keyIsPlain: Bool? = nil) -> Bool {
        if text.isEmpty { return false }
        if isLineKey(key, isPlain: keyIsPlain) { return true }
        return matchesPattern(text)
    }

    /// Whether one of the patterns matches the text: each is tried only where its pre-check
    /// (`PatternPrecheck`) lets the text through.
    func matchesPattern(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var probe = PatternPrecheck.LineProbe(bytes)
            if let startPatterns, mayMatchStart(&probe),
               startPatterns.expression.firstMatch(in: text, options: .anchored, range: NSRange(location: 0, length: text.utf16Length)) != nil {
                return true
            }
            return otherPatterns.contains {
                $0.precheck.mayMatch(&probe)
                    && $0.pattern.expression.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16Length)) != nil
            }
        } ?? matchesEveryPattern(text)
    }

    /// Whether one of the pre-checks of the start patterns lets the line through: those its first
    /// scalar can open (`PrecheckDispatch`), or all of them.
    func mayMatchStart(_ probe: inout PatternPrecheck.LineProbe) -> Bool {
        if let startDispatch { return startDispatch.mayMatch(startPrechecks, &probe) }
        return mayMatchStartAskingAll(&probe)
    }

    /// `mayMatchStart`, asking every pre-check in turn: the reference of the dispatch.
    func mayMatchStartAskingAll(_ probe: inout PatternPrecheck.LineProbe) -> Bool {
        startPrechecks.contains { $0.mayMatch(&probe) }
    }

    /// Whether one of the patterns matches the text, each tried without its pre-check.
    func matchesEveryPattern(_ text: String) -> Bool {
        let range = NSRange(location: 0, length: text.utf16Length)
        if let startPatterns, startPatterns.expression.firstMatch(in: text, options: .anchored, range: range) != nil {
            return true
        }
        return otherPatterns.contains { $0.pattern.expression.firstMatch(in: text, range: range) != nil }
    }

    /// Whether `key` is the key of one of the furniture lines: `lineKeys.contains(key)`.
    /// `isPlain`: `PlainText.isPlain(key)` when known (nil: it is looked at).
    func isLineKey(_ key: String, isPlain: Bool? = nil) -> Bool {
        guard isPlain ?? PlainText.isPlain(key) else { return lineKeys.contains(key) }
        return key.utf8.count <= longestPlainLineKey && plainLineKeys.contains(KeyVocabulary.UTF8Key(key))
    }

    /// Whether the line is an image's file name ("h1.jpg").
    public func isImageFileName(_ line: String) -> Bool {
        // Most lines end with a character no image suffix ends with, or, in plain text, hold a space.
        if let last = line.unicodeScalars.last, last.isASCII {
            let byte = UInt8(last.value)
            if !Self.imageSuffixEnds.contains((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) { return false }
        }
        if line.utf8.contains(0x20), PlainText.isPlain(line) { return false }
        let lower = line.lowercased()
        return !line.contains(" ") && Self.imageSuffixes.contains { lower.hasSuffix($0) }
    }

    /// Whether the line opens the trailing furniture (comments, polls, related articles).
    public func isTailMarker(_ line: String) -> Bool {
        isTailMarker(line, words: line.utf8.count <= 120 ? PlainText.wordCount(line) : .max)
    }

    /// `isTailMarker(line)`, given the line's `wordCount` (as its `LineShape` has it).
    func isTailMarker(_ line: String, words: Int) -> Bool {
        guard line.utf8.count <= 120, words <= 8 else { return false }
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
        // Text that starts with a plain character needs no trimming at its start (and, no prefix
        // ending with white space, none at its end): its scalars can tell.
        if let first = text.unicodeScalars.first, PlainText.isPlainNonWhitespace(first.value) {
            if !mayStartCredit(first) { return false }
            if let answer = creditPrefix(at: 0, in: Self.leadingScalars(of: text, count: longestCreditPrefix + 1)) {
                return answer
            }
        }
        let lower = text.trimmed.lowercased()
        return creditPrefixes.contains { lower.hasPrefix($0) }
    }


    /// The values of the first `count` scalars of `text` (fewer if it is shorter).
    static func leadingScalars(of text: String, count: Int) -> [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(count)
        for scalar in text.unicodeScalars {
            guard values.count < count else { break }
            values.append(scalar.value)
        }
        return values
    }

    /// Whether the lower case of the text `values` has a credit prefix at `index` (only prefixes
    /// of at most `limit` scalars count): told on scalars when the text there is plain, since each
    /// plain character is one scalar and so is its lower case, compared with the prefix in NFC.
    /// Nil when the scalars cannot tell: one of those a prefix could cover, or the one after, is
    /// not plain, or its lower case is not one plain scalar, or the prefixes are not comparable
    /// (`creditPrefixScalars`). `allPlain`: the caller knows every value to be plain.
    func creditPrefix(at index: Int, in values: [UInt32], limit: Int = .max, allPlain: Bool = false) -> Bool? {
        guard let creditPrefixScalars else { return nil }
        let end = min(values.count, index + longestCreditPrefix + 1)
        guard index <= end else { return nil }
        if !allPlain, !values[index..<end].allSatisfy({ $0 < 0x80 || PlainText.isPlain($0) }) { return nil }
        for prefix in creditPrefixScalars where prefix.count <= limit {
            var matches = true
            for (offset, expected) in prefix.enumerated() {
                guard index + offset < values.count else {
                    matches = false
                    break
                }
                guard let lower = Self.plainLowercase(values[index + offset]) else { return nil }
                if lower != expected {
                    matches = false
                    break
                }
            }
            if matches { return true }
        }
        return false
    }

    /// The lower case of an ASCII or plain scalar when it is one such scalar; nil otherwise.
    static func plainLowercase(_ value: UInt32) -> UInt32? {
        if value < 0x80 { return (0x41...0x5A).contains(value) ? value + 0x20 : value }
        guard value < UInt32(plainLowercases.count) else { return nil }
        let lower = plainLowercases[Int(value)]
        return lower == 0 ? nil : lower
    }

    /// The plain scalars outside ASCII whose lower case is one ASCII or plain scalar: that lower
    /// case, by value (up to U+20BF, the last plain scalar); 0 for the others.
    static let plainLowercases: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x20C0)
        for range: ClosedRange<UInt32> in [0xA0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF] {
            for value in range {
                guard PlainText.isPlain(value), let scalar = Unicode.Scalar(value) else { continue }
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                if lower.count == 1, let first = lower.first, first.isASCII || PlainText.isPlain(first.value) {
                    table[Int(value)] = first.value
                }
            }
        }
        return table
    }()

    /// False when a credit prefix cannot start with the character that starts with `scalar`, a
    /// plain scalar: the lower case of that character, decomposed, starts as the prefix's does.
    func mayStartCredit(_ scalar: Unicode.Scalar) -> Bool {
        guard let creditInitials else { return true }
        return creditInitials.contains(scalar.value)
    }

    /// The text without a photo credit at its end ("… đại hội. Ảnh: NGỌC HÀ", "(Ảnh: …)",
    /// "… hội nghị. ẢNH QUANG HUY").
    public func removingCredit(_ text: String) -> String {
        removingCredit(text, isPlain: false)
    }

    /// `removingCredit(text)`; `isPlain`: every scalar of the text is known to be ASCII or plain
    /// (`PlainText`), so its tail is searched without telling each scalar (false: not known).
    func removingCredit(_ text: String, isPlain: Bool) -> String {
        // Whether the first 24 characters, lower-cased, start with a credit prefix: told from
        // the first scalars when they can tell.
        var headIsCredit: Bool?
        if let first = text.unicodeScalars.first, first.isASCII || PlainText.isPlain(first.value) {
            headIsCredit = mayStartCredit(first)
                ? creditPrefix(at: 0, in: Self.leadingScalars(of: text, count: min(longestCreditPrefix, 24) + 1), limit: 24)
                : false
        }
        let head = headIsCredit ?? {
            let head = text.prefix(24).lowercased()
            return creditPrefixes.contains(where: { head.hasPrefix($0) })
        }()
        if head, text.utf8.count <= 240 {
            return ""
        }
        // A credit stands at the end of a caption: only the tail is searched, so a long
        // paragraph costs no more than a short one.
        if isPlain ? knownPlainTailHasNoCredit(text) : plainTailHasNoCredit(text) {
            return Self.trimmingTrailingDashes(PlainText.trimmed(text))
        }
        if let cut = creditCutOnScalars(text) {
            let kept = cut == text.utf8.count ? text : String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: cut)])
            return Self.trimmingTrailingDashes(kept.trimmed)
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

    /// The character search of `removingCredit` on the scalars of a plain tail: the UTF-8 offset
    /// where the text is cut (its length when it is not). Nil when the scalars cannot tell: the
    /// last 160 scalars, or the one before them, are not all plain or hold a CR (then characters
    /// are not scalars), a lower case is not one plain scalar, the letters after " ẢNH " are not
    /// simple (`SimpleScalars`, whose traits tell lower case), or a prefix is not one NFC scalar a
    /// character. Otherwise each character is one scalar, equal to another exactly when the
    /// scalars are, and lower-cased to one: the same search, scalar for character.
    func creditCutOnScalars(_ text: String) -> Int? {
        guard let prefixes = creditPrefixCharacters else { return nil }
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let start = Self.plainTailStart(utf8: bytes, count: 160) else { return nil }
            if start > 0 {
                // The scalar before the tail is plain and no CR: the tail starts a character.
                var before = start - 1
                while before > 0, bytes[before] & 0xC0 == 0x80 { before -= 1 }
                let (value, _) = Self.plainScalar(bytes, at: before)
                guard value < 0x80 || PlainText.isPlain(value), value != 0x0D else { return nil }
            }
            var tail: [UInt32] = []
            var lowerTail: [UInt32] = []
            var offsets: [Int] = []
            tail.reserveCapacity(160)
            lowerTail.reserveCapacity(160)
            offsets.reserveCapacity(161)
            var index = start
            while index < bytes.count {
                let (value, width) = Self.plainScalar(bytes, at: index)
                guard value != 0x0D, let lower = Self.plainLowercase(value) else { return nil }
                tail.append(value)
                lowerTail.append(lower)
                offsets.append(index)
                index += width
            }
            offsets.append(bytes.count)
            var cut = tail.count
            // "ẢNH QUANG HUY": the word for photo in capitals, then a name in capitals, to the end.
            if let photo = Self.lastIndex(of: [0x20, 0x1EA2, 0x4E, 0x48, 0x20], in: tail) {
                var noLowercase = true
                for value in tail[(photo + 5)...] {
                    let traits = SimpleScalars.traits(of: value)
                    guard traits.contains(.simple) else { return nil }
                    if traits.contains(.lowercase) {
                        noLowercase = false
                        break
                    }
                }
                if noLowercase { cut = photo }
            }
            for prefix in prefixes {
                for opener: UInt32 in [0x28, 0x20] {
                    if let found = Self.lastIndex(of: [opener] + prefix, in: lowerTail), found < cut { cut = found }
                }
            }
            return offsets[cut]
        }
        return answer ?? nil
    }

    /// `lastIndex(of:in:)` on scalar values.
    static func lastIndex(of pattern: [UInt32], in values: [UInt32]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= values.count else { return nil }
        var start = values.count - pattern.count
        while start >= 0 {
            if values[start] == pattern[0], values[start..<(start + pattern.count)].elementsEqual(pattern) { return start }
            start -= 1
        }
        return nil
    }

    /// The text without dashes and bars (and white space before them) at its end.
    static func trimmingTrailingDashes(_ text: String) -> String {
        // A plain last scalar that is no dash ends a character that is none.
        if let last = text.unicodeScalars.last, last.isASCII || PlainText.isPlain(last.value),
           !["-", "–", "—", "|"].contains(last) { return text }
        var kept = text
        while let last = kept.last, "-–—|".contains(last) { kept.removeLast(); kept = kept.trimmed }
        return kept
    }

    /// A quick, exact pre-check for `removingCredit` on scalars: true only when the end of `text`
    /// is plain (`PlainText`) and the character search could not find a credit in its last 160
    /// characters (no " ẢNH ", and no "(" or " " before a credit prefix in lower case). Those
    /// characters are within the last 320 scalars of plain text (a character is one scalar there,
    /// or CR LF). Told on the UTF-8 in place when it is contiguous.
    func plainTailHasNoCredit(_ text: String) -> Bool {
        guard let creditInitials, let creditPrefixScalars else { return false }
        if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            Self.plainTailHasNoCredit(utf8: bytes, count: 320, initials: creditInitials, prefixes: creditPrefixScalars)
        }) {
            return answer
        }
        return plainTailHasNoCreditOnScalars(text)
    }

    /// `plainTailHasNoCredit` of text known to be plain (`PlainText`): its last 320 scalars are
    /// found by counting the bytes that start a scalar, not by decoding and telling each.
    func knownPlainTailHasNoCredit(_ text: String) -> Bool {
        guard let creditInitials, let creditPrefixScalars else { return false }
        if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            Self.bytesHaveNoCredit(bytes, from: Self.tailStart(utf8: bytes, count: 320), initials: creditInitials,
                                   prefixes: creditPrefixScalars)
        }) {
            return answer
        }
        return plainTailHasNoCreditOnScalars(text)
    }

    /// Where the last `count` scalars of valid UTF-8 text start (0 if it has fewer): each scalar
    /// has one byte that is not a continuation byte; text of at most `count` bytes starts at 0.
    /// For plain text it is `plainTailStart`.
    static func tailStart(utf8 bytes: UnsafeBufferPointer<UInt8>, count: Int) -> Int {
        guard bytes.count > count else { return 0 }
        var start = bytes.count
        var scalars = 0
        while start > 0, scalars < count {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { scalars += 1 }
        }
        return start
    }

    /// `plainTailHasNoCredit` on the decoded values of the tail's scalars: for text without
    /// contiguous UTF-8, and the reference the byte scan is tested against.
    func plainTailHasNoCreditOnScalars(_ text: String) -> Bool {
        guard let creditInitials, creditPrefixScalars != nil,
              let tail = Self.plainTail(scalars: text.unicodeScalars, count: 320) else { return false }
        return scalarsHaveNoCredit(tail, initials: creditInitials)
    }

    /// `plainTailHasNoCredit` on the values of the tail's scalars (all plain).
    func scalarsHaveNoCredit(_ tail: [UInt32], initials creditInitials: PlainScalarSet) -> Bool {
        let photo: [UInt32] = [0x20, 0x1EA2, 0x4E, 0x48, 0x20]  // " ẢNH "
        for index in tail.indices where tail[index] == 0x20 || tail[index] == 0x28 {
            if tail[index] == photo[0], index + photo.count <= tail.count, tail[index + 1] == photo[1], tail[index + 2] == photo[2],
               tail[index + 3] == photo[3], tail[index + 4] == photo[4] { return false }
            guard index + 1 < tail.count, creditInitials.contains(tail[index + 1]) else { continue }
            if creditPrefix(at: index + 1, in: tail, allPlain: true) != false { return false }
        }
        return true
    }

    /// `scalarsHaveNoCredit` on the UTF-8 of plain text from byte `start` (where a scalar starts)
    /// to its end: " ẢNH " as bytes, and each credit prefix compared scalar by scalar after a "("
    /// or " " (neither byte is ever part of a longer scalar).
    static func bytesHaveNoCredit(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, initials: PlainScalarSet,
                                  prefixes: [[UInt32]]) -> Bool {
        let count = bytes.count
        var index = start
        while index + 1 < count {
            let byte = bytes[index]
            if (byte == 0x20 || byte == 0x28), mayOpenCredit(bytes, at: index, initials: initials, prefixes: prefixes) { return false }
            index += 1
        }
        return true
    }

    /// `plainTailStart` and then `bytesHaveNoCredit` from there, in one pass from the end: each of
    /// the last `count` scalars is decoded once, told plain, and, when it is "(" or " " with a
    /// scalar after it, asked about (`mayOpenCredit`, which reads only scalars after it, already
    /// told plain). The same openers are asked about; the order does not change the answer.
    static func plainTailHasNoCredit(utf8 bytes: UnsafeBufferPointer<UInt8>, count: Int, initials: PlainScalarSet,
                                     prefixes: [[UInt32]]) -> Bool {
        let length = bytes.count
        var end = length
        var scalars = 0
        while end > 0, scalars < count {
            let last = bytes[end - 1]
            if last < 0x80 {
                end -= 1
                scalars += 1
                if (last == 0x20 || last == 0x28), end + 1 < length,
                   mayOpenCredit(bytes, at: end, initials: initials, prefixes: prefixes) { return false }
                continue
            }
            // Four bytes (nil): beyond U+FFFF, where no scalar is plain.
            guard let (value, start) = PlainText.scalar(bytes, endingAt: end), PlainText.isPlain(value) else { return false }
            scalars += 1
            end = start
        }
        return true
    }

    /// Whether the "(" or " " at byte `index` of plain text, with a scalar after it, may open a
    /// credit, as the character search would see it: " ẢNH " as bytes, and each credit prefix
    /// compared scalar by scalar after it.
    @inline(__always)
    static func mayOpenCredit(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, initials: PlainScalarSet,
                              prefixes: [[UInt32]]) -> Bool {
        let count = bytes.count
        // " ẢNH ": 20 E1 BA A2 4E 48 20.
        if bytes[index] == 0x20, index + 7 <= count, bytes[index + 1] == 0xE1, bytes[index + 2] == 0xBA, bytes[index + 3] == 0xA2,
           bytes[index + 4] == 0x4E, bytes[index + 5] == 0x48, bytes[index + 6] == 0x20 { return true }
        let (initial, initialWidth) = plainScalar(bytes, at: index + 1)
        guard initials.contains(initial) else { return false }
        // As `creditPrefix(at:in:allPlain:)`: a prefix that matches, or a scalar whose lower
        // case is not one plain scalar met before the prefix stops matching, may be a credit.
        // The first scalar is lower-cased once: a prefix that starts otherwise stops there.
        guard let lowerInitial = plainLowercase(initial) else { return true }
        for prefix in prefixes where prefix.first == lowerInitial {
            var position = index + 1 + initialWidth
            var mayBeCredit = true
            for expected in prefix.dropFirst() {
                guard position < count else {
                    mayBeCredit = false
                    break
                }
                let (value, width) = plainScalar(bytes, at: position)
                guard let lower = plainLowercase(value) else { break }
                if lower != expected {
                    mayBeCredit = false
                    break
                }
                position += width
            }
            if mayBeCredit { return true }
        }
        return false
    }

    /// The value and width of the scalar whose UTF-8 starts at `index` in valid plain text (one to
    /// three bytes).
    @inline(__always)
    static func plainScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }

    /// Where the last `count` scalars of valid UTF-8 text start (0 if it has fewer), found from the
    /// end; nil when one of them is neither ASCII nor plain (`PlainText`).
    static func plainTailStart(utf8 bytes: UnsafeBufferPointer<UInt8>, count: Int) -> Int? {
        var end = bytes.count
        var scalars = 0
        while end > 0, scalars < count {
            if bytes[end - 1] < 0x80 {
                scalars += 1
                end -= 1
                continue
            }
            // Four bytes (nil): beyond U+FFFF, where no scalar is plain.
            guard let (value, start) = PlainText.scalar(bytes, endingAt: end), value < 0x80 || PlainText.isPlain(value) else { return nil }
            scalars += 1
            end = start
        }
        return end
    }

    /// The values of the last `count` scalars of `scalars` (all of them if it has fewer), in
    /// order; nil when one of them is neither ASCII nor plain (`PlainText`). The definition
    /// `plainTailStart` answers on bytes, and the path for text without contiguous UTF-8.
    static func plainTail(scalars: String.UnicodeScalarView, count: Int) -> [UInt32]? {
        var tail: [UInt32] = []
        tail.reserveCapacity(count)
        var index = scalars.endIndex
        while index > scalars.startIndex, tail.count < count {
            index = scalars.index(before: index)
            let value = scalars[index].value
            guard value < 0x80 || PlainText.isPlain(value) else { return nil }
            tail.append(value)
        }
        tail.reverse()
        return tail
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
