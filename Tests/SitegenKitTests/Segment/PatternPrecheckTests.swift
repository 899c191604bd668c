import Foundation
import Testing
@testable import SitegenKit

/// The furniture patterns' pre-checks (`PatternPrecheck`) held to ICU: a line a pre-check turns
/// away must be one the pattern does not match.
@Suite struct PatternPrecheckTests {
    /// Patterns that probe the reading: case folding that is not one scalar for one ("ß", "ſ",
    /// the Kelvin sign), classes, repeats, alternatives, anchors at one end only.
    static let probePatterns = [
        "(?i)^straße$", "(?i)^ss", "(?i)^s\\d", "(?i)^k", "(?i)^[a-z]+$", "^\\p{Lu}\\p{Ll}+$", "(?i)^[^a]b", "(?i)x$",
        "(?i)^(ab|cd)*e", "(?i)^.{2,3}z", "(?i)^a?b?c?$", "(?i)\\d+ lượt$", "(?i)^(Ảnh|ảnh) \\d+$", "(?i)^[ß]", "(?i)^[k-m]x",
        "(?i)^\\w+$", "(?i)^\\S+ \\d", "(?i)^i", "(?i)^ı", "(?i)^İ", "^Đ", "(?i)^đ", "(?i)^[Đđ]x", "(?i)ẞ", "(?i)^\\s*x",
        "(?i)^(?:a|)b$", "(?i)^(a*)*b", "(?i)^\\(?\\d+\\)?\\s*(ý kiến|bình luận)$", "(?i)^[•·▪►»|-]+$", "(?i)^#\\S+( #\\S+)*$",
        "(?i)ǅx", "(?i)^ǆ", "(?i)^µ", "(?i)^ﬅ", "(?i)^st", "(?i)^Ω", "(?i)^ω", "(?i)^å", "(?i)^a\\u0301", "(?i)^á",
        "(?i)^.*Tăng tương phản.*$", "(?i)^x{2}y{0,3}z$", "(?<n>a)b", "(?i)^(?<n>a)b$",
    ]

    /// Lines to ask about: the fast-path samples in every variant (NFD, case, wide spaces, marks)
    /// and the lines of the seeds, plus lines made to match each kind of pattern.
    static let lines: [String] = {
        let made = [
            "BÌNH LUẬN (12)", "bình luận", "Bình Luận (0)", "h1.JPG", "anh.webp", "(Ảnh minh họa)", "VIDEO", "12 lượt xem",
            "#tag #tag2", "•••", "»", "Tags: x", "TỪ KHÓA: y", "3 Sep, 10:05 AM", "03 sep, 1:05 pm", "Trang chủ > Tin",
            "A- A A+", "A-AA+", "• Chia sẻ:", "share", " in", "Tăng tương phản Giảm tương phản", "xx TĂNG TƯƠNG PHẢN yy GIẢM TƯƠNG PHẢN",
            "Cỡ chữ | 16", "FONT", "Theo Minh Anh", "Nguồn: VnExpress", "Theo VTV (Hà Nội)", "ảnh 3", "(nguồn: abc)",
            "(12) ý kiến", "12 BÌNH LUẬN", "STRASSE", "straße", "STRAẞE", "ſs", "ß", "ss", "Ss", "\u{212A}x", "kx", "Kx",
            "s1", "ſ1", "ab", "cdcde", "xyz", "xyyz", "xxz", "xxyyyz", "ABC", "abc", "aBc", "İ", "i", "I", "ı", "đx", "Đx",
            "ǅx", "ǆx", "Ǆx", "µ", "μ", "Μ", "ﬅ", "st", "ST", "Ω", "ω", "\u{2126}", "å", "Å", "\u{212B}", "á", "a\u{0301}",
            "Á", "A\u{0301}", "lx", "LX", "b", "B", "ab", "aab", "Minh Anh", "Minh anh", "\u{0085}", "x\n", "x\u{2028}",
        ]
        var all = SegmentFastPathTests.inputs
        for line in made {
            all += [line, line.uppercased(), line.lowercased(), line.decomposedStringWithCanonicalMapping, line + "\u{0301}",
                    "\u{0301}" + line, line + "\n", line + "\u{0085}", line.replacingOccurrences(of: " ", with: "\u{00A0}")]
        }
        return all
    }()

    /// Whether ICU finds a match of `pattern` in `text`.
    static func icuMatches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Every line a pre-check turns away, ICU does not match; returns how many were turned away.
    @discardableResult
    static func expectSound(_ patterns: [String], on lines: [String]) throws -> Int {
        var skipped = 0
        for pattern in patterns {
            let expression = try NSRegularExpression(pattern: pattern)
            let precheck = PatternPrecheck(pattern: pattern)
            for line in lines {
                var text = line
                text.makeContiguousUTF8()
                let may = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                    var probe = PatternPrecheck.LineProbe(bytes)
                    return precheck.mayMatch(&probe)
                }
                guard may == false else { continue }
                skipped += 1
                #expect(!icuMatches(expression, line), "\(pattern) skips \(line.debugDescription)")
            }
        }
        return skipped
    }

    @Test func furniturePatternsSkipOnlyLinesICUDoesNotMatch() throws {
        let patterns = try #require(SegmentFastPathTests.lexicon).furniture.patterns
        let skipped = try Self.expectSound(patterns, on: Self.lines)
        // The pre-checks do turn most lines away (the test can fail both ways).
        #expect(skipped > Self.lines.count * patterns.count / 2)
    }

    @Test func probePatternsSkipOnlyLinesICUDoesNotMatch() throws {
        try Self.expectSound(Self.probePatterns, on: Self.lines)
    }

    /// The corpus named by `SITEGEN_PRECHECK_CORPUS` (a folder of seed files), when set: every
    /// line of it, as the release check of the pre-checks on a large text.
    /// The pre-checks a line is put to by its first scalar (`PrecheckDispatch`) let it through
    /// exactly when asking every pre-check does, for the furniture patterns and the probe patterns.
    @Test func dispatchByFirstScalarIsAskingEveryPreCheck() throws {
        let furniture = try #require(SegmentFastPathTests.lexicon).furniture
        let probes = FurnitureList(lines: [], patterns: Self.probePatterns.filter(FurnitureMatcher.isStartAnchored),
                                   tailMarkers: [], creditPrefixes: [])
        var letThrough = 0
        var asked = 0
        for list in [furniture, probes] {
            let matcher = try FurnitureMatcher(list)
            for line in Self.lines + Self.lines.map(\.trimmed) {
                var text = line
                text.makeContiguousUTF8()
                let answers = text.utf8.withContiguousStorageIfAvailable { bytes -> (Bool, Bool) in
                    var probe = PatternPrecheck.LineProbe(bytes)
                    var again = PatternPrecheck.LineProbe(bytes)
                    return (matcher.mayMatchStart(&probe), matcher.mayMatchStartAskingAll(&again))
                }
                let (dispatched, mayMatch) = try #require(answers)
                #expect(dispatched == mayMatch, "\(line.debugDescription)")
                if mayMatch { letThrough += 1 }
                asked += 1
            }
        }
        // Both answers occur (the test can fail both ways).
        #expect(letThrough > 50 && letThrough < asked, "\(letThrough) of \(asked) let through")
    }

    @Test func corpusLinesSkipOnlyLinesICUDoesNotMatch() throws {
        guard let folder = ProcessInfo.processInfo.environment["SITEGEN_PRECHECK_CORPUS"] else { return }
        let patterns = try #require(SegmentFastPathTests.lexicon).furniture.patterns
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".txt") {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            lines += text.split(separator: "\n").map { String($0).trimmed }
        }
        let skipped = try Self.expectSound(patterns, on: lines)
        print("corpus: \(lines.count) lines, \(skipped) pattern checks skipped")
    }

    @Test func simpleFoldsAreICUsCaseInsensitiveMatches() throws {
        // Every simple scalar, apart by NUL (which no pattern here matches).
        let simple = PrecheckFold.simpleScalars
        let haystack = String(String.UnicodeScalarView(simple.flatMap { [Unicode.Scalar($0)!, "\u{0}"] }))
        let offsets = Dictionary(uniqueKeysWithValues: simple.enumerated().map { ($0.offset * 2, $0.element) })
        for value in simple {
            let scalar = try #require(Unicode.Scalar(value))
            let expression = try NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: String(scalar)),
                                                     options: [.caseInsensitive])
            // UTF-16 offsets: every simple scalar is one UTF-16 unit.
            let matched = Set(expression.matches(in: haystack, range: NSRange(location: 0, length: haystack.utf16.count))
                .compactMap { offsets[$0.range.location] })
            let expected = Set(simple.filter { PrecheckFold.fold($0) == PrecheckFold.fold(value) })
            #expect(matched == expected, "U+\(String(value, radix: 16))")
        }
        #expect(simple.count > 400)
    }

    @Test func digitsAndWhiteSpaceHaveNoCase() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            guard properties.numericType == .decimal || properties.isWhitespace else { continue }
            #expect(PrecheckFold.isCaseless(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        ("(?i)^BÌNH LUẬN( \\(\\d+\\))?$", true), ("^a|b", false), ("(?m)^a", false), ("^(?=a)b", false), ("^(a)\\1", false),
        ("\\bword", false), ("^[[:alpha:]]", false), ("^[a&&b]", false), ("^a{,2}", false), ("(?i:a)b", false), ("^a(?i)b", false),
        ("^\\x41", false), ("^\\Qa\\E", false), ("a^b", false), ("a$b", false), ("^(a$)", false), ("^[]a]", false), ("^a**", false),
        ("(?i)^\\p{Lu}[\\p{L}.]*$", true), ("^\\p{Greek}", false), ("(?<n>a)", true),
    ])
    func patternsAreReadOrLeftAlone(pattern: String, read: Bool) {
        #expect((PatternSyntax(pattern) != nil) == read)
    }

    @Test func preChecksSayWhatMatchesNeed() throws {
        let comment = PatternPrecheck(pattern: "(?i)^Bình luận( \\(\\d+\\))?$")
        #expect(comment.prefixes?.contains(Array("bình luận".unicodeScalars.map(\.value))) == true)
        #expect(comment.suffixes != nil)
        let image = PatternPrecheck(pattern: "(?i)^\\S+\\.(jpe?g|png)$")
        #expect(image.forbidsSpace)
        let contrast = PatternPrecheck(pattern: "(?i)^.*Tăng tương phản.*$")
        #expect(contrast.prefixes == nil && contrast.literals == [Array("tăng tương phản".utf8)])
        let unread = PatternPrecheck(pattern: "\\bx")
        #expect(unread.prefixes == nil && unread.suffixes == nil && !unread.forbidsSpace && unread.literals.isEmpty)
    }
}
