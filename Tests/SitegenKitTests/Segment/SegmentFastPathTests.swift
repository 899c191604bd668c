import Foundation
import Testing
@testable import SitegenKit

/// The quick answers of Segment (on scalars, one regular expression for many) held to the full
/// definitions they stand for: the character-level code they replaced, kept here as the reference.
@Suite struct SegmentFastPathTests {
    // MARK: - Inputs

    /// Lines that probe the edges: credits, image names, place titles, date openers, closing
    /// marks, furniture, white space, marks.
    static let samples: [String] = [
        "", " ", "\u{00A0}", "\t", "x", "Ảnh", "ả",
        "Ảnh: NGỌC HÀ", "ảnh: ngọc hà", "ẢNH: X", "Ảnh - TTXVN", "(Ảnh: Quang Huy)", "Ảnh, video: Minh Anh",
        "Đại biểu dự đại hội. Ảnh: NGỌC HÀ", "Các đại biểu biểu quyết thông qua nghị quyết đại hội. ẢNH QUANG HUY",
        "Các đại biểu biểu quyết. ẢNH QUANG huy", "Bài và ảnh: NGỌC HÀ", "Đồ họa: Minh Anh", "Đồ hoạ: X",
        "Video: VTV", "Clip: Hà Nội", "Nguồn ảnh: Internet", "Quang cảnh đại hội (Ảnh: Tuấn Anh)",
        "Quang cảnh đại hội (ẢNH: TUẤN ANH) –", "Quang cảnh đại hội - Ảnh: T.A |", "Quang cảnh đại hội —",
        "Quang cảnh đại hội (video: VTV)", "hình ảnh đẹp và ảnh hưởng lớn", "İstanbul Ảnh: x", "\u{212A}lip: x",
        "h1.jpg", "H1.JPG", "anh-dai-hoi.jpeg", "ảnh 1.jpeg", "x.webp", "X.AVIF", "a b.gif", "bai.png ",
        "Tân An: Đại hội đại biểu Đảng bộ phường lần thứ I", "Phường Tân An: Đại hội thành công",
        "Hà Nội - Sáng 25/7, Đảng bộ phường tổ chức đại hội", "TP.HCM: Khai mạc đại hội", "Thị trấn Phố Mới – Đại hội",
        "Xã Tân Hòa — Đại hội", "Quận 1: Đại hội", "Tại đại hội, các đại biểu đã thảo luận", "Đồng chí Nguyễn Văn A phát biểu: đại hội",
        "Tân An Tân An Tân An Tân An Tân An Tân An Tân An: x", "Tân An Tân An Tân An Tân An Tân An Tân: x", "P.Tân An: x",
        "Ông Bà cháu: x", "Ông Bà ĸon: x", "Ông Bà ª: x", "Ông Bà ǅa: x", "Ông Bà ßa: x", "Ông 2025 đại: x", "Ông\tBà con: x",
        "Hà Nội  -  x", "Hà Nội -", "Hà Nội", "Hà Nội đẹp", "Tân An: ",
        "… chuyển đổi số ĐNO - Sáng 25/7, Đảng bộ thành phố tổ chức đại hội", "Kinhtedothi – Ngày 9/8, đại hội",
        "Hôm nay (٦/٨), đại hội khai mạc", "Sáng ２５/７, đại hội", "Đại hội không có ngày tháng", "Trong hai ngày, đại hội",
        "Kết thúc./.", "Kết thúc/.", "Kết thúc. /.", "Kết thúc./.\u{0301}", "./.", "/.", ".",
        "Chia sẻ", "Đăng nhập", "BÌNH LUẬN (0)", "Bình luận (12)", "#tag #tag2", "Tags: đại hội", "Từ khóa: x",
        "Trang chủ > Tin tức", "A- A A+", "• Chia sẻ:", "Tăng tương phản Giảm tương phản", "Cỡ chữ: 16", "Theo Minh Anh",
        "Theo Minh Anh (VnExpress)", "Nguồn: VnExpress", "Ảnh 3", "(Nguồn: abc)", "12 ý kiến", "(3) bình luận", "5 lượt xem",
        "3 Sep, 10:05 AM", "Video", "Logo", "►►", "-", "Đọc nhiều", "Dòng sự kiện:", "Tin liên quan", "BÌNH LUẬN",
        "Đại hội đại biểu Đảng bộ phường Tân An lần thứ I, nhiệm kỳ 2025 - 2030...", "Đại hội đang diễn ra…",
        "Một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười",
        "ª là", "² ba", "½ x y", "Đ", "đ đ", "Ǆ Ǉ", "\u{0600}Ảnh: x", "\u{0600} x", "x \u{0600}", "x\r\n", "\r\nX y",
        "Emoji 👨‍👩‍👧 ở đây", "‼ Chú ý!", "한국어 텍스트", "日本語 テキスト",
    ]

    /// The samples and the lines of the seeds, each also in NFD, upper and lower case, with wide and
    /// zero-width spaces, with white space or a combining mark at either end.
    static let inputs: [String] = {
        var lines = samples
        for file in (try? TestSupport.seedFiles()) ?? [] {
            let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            lines += text.split(separator: "\n").map(String.init)
        }
        var all: [String] = []
        for line in lines {
            all += [line, line.decomposedStringWithCanonicalMapping, line.uppercased(), line.lowercased(),
                    line.replacingOccurrences(of: " ", with: "\u{00A0}"), line.replacingOccurrences(of: " ", with: " \u{200B}"),
                    " " + line + " ", "\u{00A0}" + line + "\u{3000}", line + "\u{0301}", "\u{0301}" + line, "\u{0085}" + line,
                    line.replacingOccurrences(of: "Đ", with: "D\u{0335}").replacingOccurrences(of: "đ", with: "đ")]
        }
        return all
    }()

    static let lexicon: Lexicon? = try? TestSupport.lexicon()

    // MARK: - Read's plain text and line shapes

    @Test func plainWordCountIsWordCount() {
        for text in Self.inputs {
            #expect(PlainText.wordCount(text) == text.wordCount, "\(text.debugDescription)")
        }
    }

    @Test func plainTrimmingIsTrimming() {
        for text in Self.inputs {
            #expect(Array(PlainText.trimmed(text).utf8) == Array(text.trimmed.utf8), "\(text.debugDescription)")
        }
    }

    @Test func lineShapeOnScalarsIsLineShapeOnCharacters() {
        for text in Self.inputs {
            let fast = LineShape(text), slow = LineShape(characters: text)
            #expect(fast.words == slow.words && fast.isHeadingLike == slow.isHeadingLike, "\(text.debugDescription)")
        }
    }

    // MARK: - Furniture

    @Test func furnitureInOnePassIsFurniturePatternByPattern() throws {
        let list = try #require(Self.lexicon).furniture
        let matcher = try FurnitureMatcher(list)
        let keys = Set(list.lines.map(\.vietnameseKey))
        let patterns = try list.patterns.map { try NSRegularExpression(pattern: $0) }
        for line in Self.inputs {
            let text = line.trimmed
            let range = NSRange(text.startIndex..., in: text)
            let expected = !text.isEmpty
                && (keys.contains(text.vietnameseKey) || patterns.contains { $0.firstMatch(in: text, range: range) != nil })
            #expect(matcher.isFurniture(line) == expected, "\(line.debugDescription)")
            #expect(matcher.isFurniture(line, key: line.vietnameseKey) == expected, "\(line.debugDescription)")
        }
    }

    @Test(arguments: [
        ("^abc", true), ("(?i)^abc$", true), ("(?i)^(a|b)c$", true), ("^[|]x", true), ("^[\\]|]x", true),
        ("^[^)]*\\)$", true), ("^\\|", true), ("^(?:a)(?<n>b)", true),
        ("abc", false), ("^a|b", false), ("(?i)^a|b", false), ("(?m)^a", false), ("(?im)^a", false), ("(?x)^a # c", false),
        ("^a(?m)b", false), ("^(a)\\1", false), ("^(?<n>a)\\k<n>", false), ("^\\Qa|b\\E", false), ("^a(?#c)", false),
        ("^[]a]", false), ("^[^]a]", false), (" ^a", false), ("(?i) ^a", false), ("^(a", false),
    ])
    func startAnchoredPatternsAreTold(pattern: String, anchored: Bool) {
        #expect(FurnitureMatcher.isStartAnchored(pattern) == anchored)
    }

    @Test func patternsThatCannotCombineAreTriedOneByOne() throws {
        // Two groups of one name do not compile as one alternation; a back reference is left alone.
        let list = FurnitureList(lines: [], patterns: ["^(?<n>a)b$", "^(?<n>c)d$", "^(x)\\1$", "e$"], tailMarkers: [], creditPrefixes: [])
        let matcher = try FurnitureMatcher(list)
        for (line, expected) in [("ab", true), ("cd", true), ("xx", true), ("xe", true), ("ad", false), ("xy", false)] {
            #expect(matcher.isFurniture(line) == expected, "\(line)")
        }
    }

    @Test func imageFileNamesAreTheCharacterAnswer() throws {
        let matcher = try FurnitureMatcher(try #require(Self.lexicon).furniture)
        for line in Self.inputs + Self.inputs.map({ $0 + ".JPG" }) + Self.inputs.map({ $0.filter { $0 != " " } + ".png" }) {
            let lower = line.lowercased()
            let expected = !line.contains(" ") && [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"].contains { lower.hasSuffix($0) }
            #expect(matcher.isImageFileName(line) == expected, "\(line.debugDescription)")
        }
    }

    // MARK: - Credits

    /// `isCredit` as it was, character by character.
    static func referenceIsCredit(_ text: String, prefixes: [String]) -> Bool {
        let lower = text.trimmed.lowercased()
        return prefixes.contains { lower.hasPrefix($0) }
    }

    /// `removingCredit` as it was, without the scalar pre-checks.
    static func referenceRemovingCredit(_ text: String, _ matcher: FurnitureMatcher, prefixes: [String]) -> String {
        let head = text.prefix(24).lowercased()
        if prefixes.contains(where: { head.hasPrefix($0) }), text.utf8.count <= 240 { return "" }
        let tailStart = text.index(text.endIndex, offsetBy: -160, limitedBy: text.startIndex) ?? text.startIndex
        let tail = Array(text[tailStart...])
        let lowerTail = tail.map { Character($0.lowercased()) }
        var cutOffset = tail.count
        if let start = FurnitureMatcher.lastIndex(of: Array(" ẢNH "), in: tail), tail[(start + 5)...].allSatisfy({ !$0.isLowercase }) {
            cutOffset = start
        }
        for prefix in prefixes {
            for opener in ["(", " "] as [Character] {
                if let start = FurnitureMatcher.lastIndex(of: [opener] + Array(prefix), in: lowerTail), start < cutOffset { cutOffset = start }
            }
        }
        var kept = String(text[..<text.index(tailStart, offsetBy: cutOffset)]).trimmed
        while let last = kept.last, "-–—|".contains(last) { kept.removeLast(); kept = kept.trimmed }
        return kept
    }

    @Test func creditsAreTheCharacterAnswer() throws {
        let list = try #require(Self.lexicon).furniture
        let matcher = try FurnitureMatcher(list)
        let prefixes = list.creditPrefixes.map { $0.lowercased() }
        // Long captions too, so that the credit is in the searched tail and the head is not.
        let filler = String(repeating: "Đại biểu dự đại hội ", count: 12)
        for line in Self.inputs + Self.samples.map({ filler + $0 }) + Self.samples.map({ $0 + " " + filler }) {
            #expect(matcher.isCredit(line) == Self.referenceIsCredit(line, prefixes: prefixes), "\(line.debugDescription)")
            #expect(Array(matcher.removingCredit(line).utf8) == Array(Self.referenceRemovingCredit(line, matcher, prefixes: prefixes).utf8),
                    "\(line.debugDescription)")
        }
    }

    /// The credit search on scalars gives the character search's cut wherever it answers: on the
    /// inputs, and on tails around its limits (CR LF, a joiner or a combining mark before the
    /// tail, letters outside `SimpleScalars` after " ẢNH ", "İ").
    @Test func creditCutsOnScalarsAreTheCharacterAnswer() throws {
        let list = try #require(Self.lexicon).furniture
        let matcher = try FurnitureMatcher(list)
        let prefixes = list.creditPrefixes.map { $0.lowercased() }
        let filler = String(repeating: "Đại biểu dự đại hội ", count: 12)
        let tails = ["Ảnh: NGỌC HÀ", " ẢNH QUANG HUY", " ẢNH QUANG ɐ", " ẢNH QUANG Ɐ", " ẢNH Quang", "(Ảnh: TTXVN)", "(ẢNH: İ)", "Ảnh:\r\nX",
                     "ảnh: x\r", "Nguồn: Internet - ", "Ảnh - TTXVN |", "Đồ họa: Minh Anh", "Video: VTV. Ảnh: ", "không có gì"]
        var lines = Self.inputs + Self.samples.map { filler + $0 }
        for tail in tails {
            let padded = String(repeating: "x", count: 150) + " " + tail
            lines += [filler + tail, tail, "👨\u{200D}" + padded, "a\u{301}" + padded, "\r" + padded.dropFirst(),
                      "\r\n" + String(repeating: "y", count: 159 - tail.count) + " " + tail, "Ảnh: x " + filler + tail]
        }
        var answered = 0
        for line in lines {
            if let cut = matcher.creditCutOnScalars(line) {
                answered += 1
                let kept = String(decoding: line.utf8.prefix(cut), as: UTF8.self)
                var reference = kept.trimmed
                while let last = reference.last, "-–—|".contains(last) { reference.removeLast(); reference = reference.trimmed }
                let expected = Self.referenceRemovingCredit(line, matcher, prefixes: prefixes)
                // (The head's answer comes first in `removingCredit`; the cut is the tail's.)
                let head = line.prefix(24).lowercased()
                if !(prefixes.contains(where: { head.hasPrefix($0) }) && line.utf8.count <= 240) {
                    #expect(Array(reference.utf8) == Array(expected.utf8), "\(line.debugDescription)")
                }
            }
            #expect(Array(matcher.removingCredit(line).utf8) == Array(Self.referenceRemovingCredit(line, matcher, prefixes: prefixes).utf8),
                    "\(line.debugDescription)")
        }
        #expect(answered > 200)
    }

    @Test func lineKeysByBytesAreTheStringAnswer() throws {
        let list = try #require(Self.lexicon).furniture
        let matcher = try FurnitureMatcher(list)
        let lineKeys = Set(list.lines.map(\.vietnameseKey))
        let keys = (Self.inputs + list.lines + list.lines.map(\.decomposedStringWithCanonicalMapping)).map(\.vietnameseKey)
        for key in keys + keys.map(\.decomposedStringWithCanonicalMapping) {
            #expect(matcher.isLineKey(key) == lineKeys.contains(key), "\(key.debugDescription)")
            #expect(matcher.isLineKey(key, isPlain: PlainText.isPlain(key)) == lineKeys.contains(key), "\(key.debugDescription)")
        }
    }

    @Test func utf16LengthOnBytesIsTheUTF16Count() {
        for line in Self.inputs + ["\u{10FFFF}a\u{1F600}", "𝔸𝔹 x", String(repeating: "Đại 👨‍👩‍👧 ", count: 50)] {
            #expect(line.utf16Length == line.utf16.count, "\(line.debugDescription)")
        }
    }

    @Test func plainTailsOnBytesAreTheScalarAnswer() {
        let filler = String(repeating: "Đại biểu dự đại hội ", count: 20)
        for line in Self.inputs + Self.samples.map({ filler + $0 }) + ["a\u{10000}" + filler, filler + "\u{1F600}"] {
            for count in [0, 1, 5, 320] {
                // The scalars from where `plainTailStart` says the tail starts.
                let onBytes = line.utf8.withContiguousStorageIfAvailable { bytes in
                    FurnitureMatcher.plainTailStart(utf8: bytes, count: count).map {
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[$0...]), as: UTF8.self).unicodeScalars.map(\.value)
                    }
                }
                #expect(onBytes == .some(FurnitureMatcher.plainTail(scalars: line.unicodeScalars, count: count)), "\(line.debugDescription)")
            }
        }
    }

    @Test func creditTailsOnBytesAreTheScalarAnswer() throws {
        let matcher = try FurnitureMatcher(try #require(Self.lexicon).furniture)
        let filler = String(repeating: "Đại biểu dự đại hội ", count: 20)
        let lines = Self.inputs + Self.samples.map { filler + $0 } + Self.samples.map { $0 + " " + filler }
            + ["a\u{10000}" + filler, filler + "\u{1F600}", "x (Ảnh", "x (", "x ẢNH", " ẢNH ", "Ảnh minh họ", "İ", "(İ", " \u{0130}nh:"]
        var noCredit = 0
        for line in lines {
            let onBytes = matcher.plainTailHasNoCredit(line)
            #expect(onBytes == matcher.plainTailHasNoCreditOnScalars(line), "\(line.debugDescription)")
            if onBytes { noCredit += 1 }
        }
        // The byte scan answers for most lines, and says "maybe" for some.
        #expect(noCredit > lines.count / 4 && noCredit < lines.count)
    }

    /// The one backward pass over a tail is `plainTailStart` and then `bytesHaveNoCredit`.
    @Test func creditTailsInOnePassAreTheTwoPassAnswer() throws {
        let initials = PlainScalarSet(try #require(FurnitureMatcher.initials(of: ["ảnh:", "ảnh -", "nguồn ảnh:", "video:", "đồ họa:", "clip:"])))
        let prefixes = ["ảnh:", "ảnh -", "nguồn ảnh:", "video:", "đồ họa:", "clip:"].map { $0.unicodeScalars.map(\.value) }
        let filler = String(repeating: "Đại biểu dự đại hội ", count: 20)
        let lines = Self.inputs + Self.samples.map { filler + $0 } + Self.samples.map { $0 + " " + filler }
            + ["a\u{10000}" + filler, filler + "\u{1F600}", "x (Ảnh", "x (", "x ẢNH", " ẢNH ", "Ảnh minh họ", "(", " ", "x (ả"]
        var answers: Set<Bool> = []
        for line in lines {
            for count in [0, 1, 3, 160, 320] {
                let pair = line.utf8.withContiguousStorageIfAvailable { bytes -> (Bool, Bool) in
                    let twoPasses = FurnitureMatcher.plainTailStart(utf8: bytes, count: count).map {
                        FurnitureMatcher.bytesHaveNoCredit(bytes, from: $0, initials: initials, prefixes: prefixes)
                    } ?? false
                    return (FurnitureMatcher.plainTailHasNoCredit(utf8: bytes, count: count, initials: initials, prefixes: prefixes),
                            twoPasses)
                }
                // (Native strings have contiguous UTF-8: a nil here fails the comparison.)
                let (onePass, twoPasses) = pair ?? (true, false)
                #expect(onePass == twoPasses, "\(line.debugDescription) \(count)")
                answers.insert(onePass)
            }
        }
        #expect(answers == [true, false])
    }

    /// A line's shape says whether it is plain; for plain text, the tail found by counting bytes
    /// gives the answers of the tail told scalar by scalar.
    @Test func creditsOfKnownPlainTextAreTheToldAnswer() throws {
        let matcher = try FurnitureMatcher(try #require(Self.lexicon).furniture)
        let filler = String(repeating: "Đại biểu dự đại hội ", count: 20)
        let lines = Self.inputs + Self.samples.map { filler + $0 } + Self.samples.map { $0 + " " + filler }
            + ["x (Ảnh", "x (", "x ẢNH", " ẢNH ", "Ảnh minh họ", "(", " ", "x (ả", filler + "(Ảnh: X)", filler + filler]
        var plain = 0
        for line in lines {
            #expect(LineShape(line).isPlain == PlainText.isPlain(line), "\(line.debugDescription)")
            guard LineShape(line).isPlain else { continue }
            plain += 1
            #expect(matcher.knownPlainTailHasNoCredit(line) == matcher.plainTailHasNoCredit(line), "\(line.debugDescription)")
            #expect(matcher.removingCredit(line, isPlain: true) == matcher.removingCredit(line), "\(line.debugDescription)")
            let counted = line.utf8.withContiguousStorageIfAvailable { bytes in
                [0, 1, 5, 320].map { FurnitureMatcher.tailStart(utf8: bytes, count: $0) == FurnitureMatcher.plainTailStart(utf8: bytes, count: $0) }
            }
            #expect(counted == [true, true, true, true], "\(line.debugDescription)")
        }
        #expect(plain > lines.count / 3 && plain < lines.count)
    }

    @Test func creditInitialsAreWhereCreditsStart() throws {
        let initials = try #require(FurnitureMatcher.initials(of: ["ảnh:", "đồ họa:", "video:"]))
        for letter in ["A", "a", "Ả", "ả", "Á", "à", "Â", "ấ", "Đ", "đ", "V", "v"] {
            #expect(initials.contains(try #require(letter.unicodeScalars.first).value), "\(letter)")
        }
        for letter in ["T", "t", "Ư", "D", "d", "("] {
            #expect(!initials.contains(try #require(letter.unicodeScalars.first).value), "\(letter)")
        }
        #expect(FurnitureMatcher.initials(of: ["ảnh:", ""]) == nil)
    }

    // MARK: - Titles, ledes, closing marks

    /// `hasPlacePrefix` as it was, with tokens only.
    static func referenceHasPlacePrefix(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase else { return false }
        let tokens = Tokenizer.tokens(String(text.prefix(80)))
        var index = 0
        var words = 0
        while index < tokens.count, tokens[index].kind != .punctuation {
            let token = tokens[index]
            let isKind = words == 0 && TitlePattern.kindWords.contains(token.text.lowercased())
                || words == 1 && ["trấn", "xã", "phố"].contains(token.text.lowercased())
            guard token.isCapitalized || token.kind == .number || isKind else { return false }
            words += 1
            index += 1
        }
        guard words >= 1, words <= 6, index < tokens.count - 1 else { return false }
        return [":", "-", "–", "—"].contains(tokens[index].text)
    }

    @Test func placePrefixesAreTheTokenAnswer() {
        for text in Self.inputs {
            #expect(TitlePattern.hasPlacePrefix(text) == Self.referenceHasPlacePrefix(text), "\(text.debugDescription)")
        }
    }

    @Test func ledeOpenersAreLookedForWhereTheyCanBe() {
        let dates = DateExpressions()
        for text in Self.inputs where !Segmenter.mayHoldLedeOpener(text) {
            #expect(dates.markedOpener.firstMatch(text) == nil && dates.opener.firstMatch(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test func closingMarksAreTheCharacterAnswer() {
        let edges = ["\u{0600}/.", "x\u{0600}/.", "/.", ".", "\r/.", "\n/.", "\u{1F600}/.", "\u{0301}/.", "x/.\u{0301}", "x/\u{0301}.", "ạ/.", "x./."]
        for text in Self.inputs + Self.inputs.map({ $0 + "./." }) + Self.inputs.map({ $0 + "/." }) + edges {
            #expect(Segmenter.endsWithClosingMark(text) == (text.hasSuffix("./.") || text.hasSuffix("/.")), "\(text.debugDescription)")
        }
    }

    // MARK: - Repeats

    /// `removingRepeats` as it was, making keys and word pairs in every comparison.
    static func referenceRemovingRepeats(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var seen: Set<String> = []
        for block in blocks {
            let key = Segmenter.normalisedKey(block.text)
            if !seen.insert(key).inserted { continue }
            if block.kind == .paragraph, result.count < 4,
               let index = result.firstIndex(where: { $0.kind == .paragraph && referenceNearlySame($0.text, block.text) }) {
                if block.text.count > result[index].text.count { result[index].text = block.text }
                continue
            }
            result.append(block)
        }
        return result
    }

    /// `nearlySame` as it was, with a string for each word pair.
    static func referenceNearlySame(_ a: String, _ b: String) -> Bool {
        func pairs(_ text: String) -> Set<String> {
            let words = text.vietnameseKey.split(separator: " ")
            guard words.count >= 2 else { return [] }
            return Set((0..<(words.count - 1)).map { words[$0] + " " + words[$0 + 1] })
        }
        let left = pairs(a), right = pairs(b)
        guard left.count >= 8, right.count >= 8 else { return false }
        let shared = left.intersection(right).count
        return Double(shared) / Double(min(left.count, right.count)) >= 0.8
    }

    @Test func nearRepeatsAreTheStringPairAnswer() {
        let long = "Đại hội đại biểu Đảng bộ phường Tân An lần thứ I, nhiệm kỳ 2025 - 2030 đã thành công tốt đẹp với sự tham dự của các đại biểu"
        let texts = [long, long + " và khách mời", "Khai mạc: " + long, long.decomposedStringWithCanonicalMapping,
                     String(long.reversed()), long.replacingOccurrences(of: "đại", with: "Đại"), "Ngắn thôi", "a a a a a a a a a a a a",
                     "a b a b a b a b a b a b a b a b a b", "a b c d e f g h i j", "a b c d e f g h i j k l m"]
        for a in texts {
            for b in texts {
                #expect(Segmenter.nearlySame(a, b) == Self.referenceNearlySame(a, b), "\(a) | \(b)")
            }
        }
    }

    @Test func plainWordsAreTheSplitWords() {
        let keys = Self.inputs.map(\.vietnameseKey).filter(PlainText.isPlain) + ["", " ", "a  b ", " đại  hội ", "x"]
        var numbering: [Segmenter.PlainWord: Int] = [:]
        var reference: [Substring: Int] = [:]
        for key in keys {
            let words = Segmenter.PlainWord.words(key)
            let split = key.split(separator: " ", omittingEmptySubsequences: true)
            #expect(words.map { String(decoding: $0.bytes, as: UTF8.self) } == split.map(String.init), "\(key.debugDescription)")
            // Words number alike exactly when their text is the same.
            #expect(Segmenter.wordPairs(words, numbering: &numbering) == Segmenter.wordPairs(split, numbering: &reference),
                    "\(key.debugDescription)")
        }
        #expect(numbering.count == reference.count && numbering.count > 100)
    }

    @Test func wordNumberingsOnBytesAreTheDictionaryAnswer() {
        // Keys of the inputs, words made to collide in length and first bytes, and a table that grows.
        let made = (0..<600).map { "từ\($0 % 97) x\($0) từ\($0 % 97) đại hội \($0 * 7919 % 1000)" }
        let keys = Self.inputs.map(\.vietnameseKey).filter(PlainText.isPlain) + made
            + ["", " ", "a  b ", " đại  hội ", "x", "a a a a", "ab ba ab ba"]
        var numbering = PlainWordNumbering()
        var reference: [Substring: Int] = [:]
        for key in keys {
            let split = key.split(separator: " ", omittingEmptySubsequences: true)
            // (Made before the expectation, which may evaluate its operands more than once.)
            let pairs = numbering.pairs(of: key)
            let expected = Segmenter.wordPairs(split, numbering: &reference)
            #expect(pairs == expected, "\(key.debugDescription)")
        }
        #expect(numbering.count == reference.count && numbering.count > 1_000)
    }

    @Test func repeatsAreRemovedAsTheyWere() throws {
        let segmenter = try Segmenter(lexicon: try #require(Self.lexicon))
        let reader = SourceReader()
        var cases: [[Block]] = []
        for file in try TestSupport.seedFiles() {
            guard case .success(let document) = reader.read(path: file) else { continue }
            cases += segmenter.segment(document).segments.map(\.blocks)
        }
        let long = "Đại hội đại biểu Đảng bộ phường Tân An lần thứ I, nhiệm kỳ 2025 - 2030 đã thành công tốt đẹp với sự tham dự của các đại biểu"
        let paragraphs = [long, long + "./.", " " + long + " ", long.decomposedStringWithCanonicalMapping, long.uppercased(),
                          long + " và khách mời", "Khai mạc: " + long, long + "\u{0301}", "\u{00A0}" + long + "/.", long + " . / .",
                          "Ngắn thôi", "Ngắn thôi./.", "\u{0085}Ngắn thôi"]
        cases.append(paragraphs.map { Block(.paragraph, $0, line: 1) })
        cases.append(paragraphs.reversed().map { Block(.paragraph, $0, line: 1) })
        cases.append(paragraphs.enumerated().map { Block($0.offset % 3 == 0 ? .caption : .paragraph, $0.element, line: $0.offset) })
        for blocks in cases {
            #expect(Segmenter.removingRepeats(blocks) == Self.referenceRemovingRepeats(blocks))
            #expect(Segmenter.removingRepeats(blocks).map { Array($0.text.utf8) } == Self.referenceRemovingRepeats(blocks).map { Array($0.text.utf8) })
        }
    }
}
