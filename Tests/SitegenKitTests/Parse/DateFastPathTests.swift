import Foundation
import Testing
@testable import SitegenKit

/// The quick answers of Parse held to the regular expressions they stand in front of.
@Suite struct DateFastPathTests {
    static let lines: [String] = SegmentFastPathTests.inputs + [
        "Ngày ٩/٨, đại hội", "Sáng ２５/７", "Thứ Hai 04/08/2025, 09:30 (GMT+7)", "10:08 | 18/08/2025", "nhiệm kỳ 2025 - 2030",
        "Từ ngày 02/01/2025 đến ngày 03/01/2025, Đại hội", "Trong 2 ngày 14 và 15/8", "9 giờ 30", "Chiều 3-9", "không có số",
        "Ngày \u{1D7D9}/8", "x\u{0660}", "",
    ]

    @Test func textWithoutDigitsMatchesNoDatePattern() {
        let dates = DateExpressions()
        let patterns = [dates.fullDate, dates.time, dates.opener, dates.range, dates.anyDayMonth, dates.term]
        var skipped = 0
        for line in Self.lines where !DateExpressions.mayHoldDigit(line) {
            skipped += 1
            for pattern in patterns {
                #expect(pattern.firstMatch(line) == nil, "\(line.debugDescription)")
            }
        }
        #expect(skipped > Self.lines.count / 4)
        for line in Self.lines where line.utf8.contains(where: { (0x30...0x39).contains($0) }) {
            #expect(DateExpressions.mayHoldDigit(line), "\(line.debugDescription)")
        }
    }

    /// Congress terms read without ICU are the regular expression's matches, for sentences of
    /// simple scalars; the others are left to it.
    @Test func termsWithoutICUAreTheRegularExpressionsMatches() {
        let parser = DateParser()
        let made = [
            "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ (2025 – 2030)", "NHIỆM KỲ 2020-2025", "nhiệm kỳ  2025 -2030", "nhiệm kỳ 20255-2030",
            "nhiệm kỳ 2025 - 203", "nhiệm kỳ2025-2030", "nhiệm  kỳ 2025-2030", "nhiệm kỳ ((2025-2030)", "nhiệm kỳ ( 2025 — 2030 )",
            "nhiệm kỳ 2025 - 2030 và nhiệm kỳ 2030-2035", "nhiệm kỳ 2025 - 20301", "nhiệm kỳ 2025 -- 2030", "nhiệm kỳ 2025 ‒ 2030",
            "nhiệm nhiệm kỳ 2025-2030", "Đại hội nhiệm kỳ 2025 - 2030, nhiệm kỳ 2020 - 2025.", "nhiệm kỳ ٢٠٢٥-٢٠٣٠ nhiệm kỳ 2025-2030",
            "nhiệm kỳ\t2025-2030", "nhiệm kỳ 2025\u{2009}-\u{2009}2030", "nhiệm kỳ 2025 - 2030ß", "nhiệm kỳ ²⁰²⁵ - 2030",
            "Nhiệm Kỳ 2025-2030", "nhiệm kỲ 2025-2030", "nhİệm kỳ 2025-2030", "nhiệm \u{212A}ỳ 2025-2030", "nhiệm kỳ",
        ]
        var sentences: [String] = []
        for text in DateFastPathTests.lines + made {
            sentences += [text, text.replacingOccurrences(of: " ", with: "\u{00A0}"), text.decomposedStringWithCanonicalMapping,
                          text.uppercased(), text.lowercased(), "Đại hội " + text + " thành công"]
        }
        var answered = 0
        var found = 0
        for sentence in sentences {
            guard let years = DateParser.termYears(inSimple: sentence) else { continue }
            answered += 1
            found += years.count
            let reference = parser.termYearsByICU(sentence)
            #expect(years.map(\.0) == reference.map(\.0) && years.map(\.1) == reference.map(\.1), "\(sentence.debugDescription)")
        }
        // Most sentences are answered without ICU, and they hold terms (the test can fail both ways).
        #expect(answered > sentences.count / 5 && found > 50, "\(answered) of \(sentences.count) answered, \(found) terms")
    }

    @Test func dateLinesAreTheThreeAnswers() {
        let parser = DateParser()
        var dateLines = 0
        for line in Self.lines + Self.lines.map({ "Lam Hàn - Đình Thiên " + $0 + " 11:15" }) {
            let dateLine = parser.dateLine(line)
            #expect((dateLine != nil) == parser.hasDateOrTime(line), "\(line.debugDescription)")
            guard let dateLine else { continue }
            dateLines += 1
            #expect(dateLine.publication == parser.publication(in: line), "\(line.debugDescription)")
            #expect(dateLine.offset == parser.dateOrTimeOffset(line), "\(line.debugDescription)")
        }
        #expect(dateLines > 10)
    }

    @Test func longTextsAreNoAuthorNames() throws {
        let parser = ArticleParser(lexicon: try TestSupport.lexicon())
        let names = ["Thu Trang", "NGỌC HÀ", "Minh Anh (TTXVN)", "Lam Hàn - Đình Thiên", "Bài và ảnh: NGỌC HÀ",
                     "Bài và ảnh: Nguyễn Văn Minh Anh (TTXVN) - Trần Thị Thu Trang (VNA)"]
        var lines = Self.lines + names + ["bài:a b c d e f Minh Anh"]
        for count in 18...26 {
            lines.append(Array(repeating: "Anh", count: count).joined(separator: " "))
            lines.append("Bài và ảnh: " + Array(repeating: "( A )", count: count / 3).joined(separator: " - "))
        }
        for line in lines {
            #expect(parser.authorName(line) == parser.authorNameOfAnyLength(line), "\(line.debugDescription)")
            for limit in [0, 3, 21] {
                #expect(ArticleParser.hasMoreWords(than: limit, line) == (line.wordCount > limit), "\(line.debugDescription)")
            }
        }
        #expect(names.allSatisfy { parser.authorName($0) != nil })
    }

    @Test func digitCountsAreCounts() {
        for line in Self.lines {
            let digits = line.utf8.filter { (0x30...0x39).contains($0) }.count
            for minimum in [0, 1, 2, 8] {
                #expect(DateParser.asciiDigitCount(line, atLeast: minimum) == (digits >= minimum), "\(line.debugDescription)")
            }
        }
    }

    /// Lines around the term pattern: cases, tones, decomposed and wide forms.
    static let termLines = ["NHIỆM KỲ 2025 - 2030", "Nhiệm Kỳ 2020-2025", "nhiệm ky\u{300} 2025 - 2030",
                            "nhie\u{323}\u{302}m kỳ 2025 - 2030", "nhiệm kỳ (2025 — 2030)", "nhiệm kỳ 2025–2030 kỳ",
                            "kỳ 12345678", "nhiệm kì 2025 - 2030", "nhiệm kỹ 2025 - 2030", "ỳ", "Ỳ12345678", "\u{1EF2}",
                            "nhiệm kỳ ２０２５ - ２０３０ 12345678"]

    @Test func textThatMayNameNoTermMatchesNoTermPattern() throws {
        let dates = DateExpressions()
        var lines = Self.lines + Self.termLines
        for file in try TestSupport.seedFiles() {
            lines += try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        var skipped = 0
        var kept = 0
        for line in lines {
            if DateParser.mayNameTerm(line) {
                kept += 1
            } else {
                skipped += 1
                #expect(dates.term.firstMatch(line) == nil, "\(line.debugDescription)")
            }
            let hasTone = line.unicodeScalars.contains { $0.value == 0x1EF2 || $0.value == 0x1EF3 }
            #expect(DateParser.mayNameTerm(line) == (hasTone && DateParser.asciiDigitCount(line, atLeast: 8)), "\(line.debugDescription)")
        }
        #expect(skipped > 10 && kept > 3)
    }

    /// Sentences of the seeds, and made ones around "Đại hội" and "từ".
    static func sentencesOfSeeds() throws -> [String] {
        var sentences: [String] = []
        for file in try TestSupport.seedFiles() {
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
                sentences += SentenceSplitter.sentences(String(line)).map(String.init)
            }
        }
        let congress = ["Đại hội", "đại hội", "ĐẠI HỘI", "Đại Hội", "đẠi hỘi", "Đai hội", "Đại  hội", "Đại\u{A0}hội", "Đại\thội",
                        "Đa\u{323}i ho\u{323}\u{302}i", "D\u{335}ại hội", "Đại hİi", "Đại hộİ", "Đại hộı", "Đại hội\u{301}", "Ɖại hội",
                        "Đại hộ", "ại hội", "Đại hội\r\n", "\r\nĐại hội", "Đại ｈội", "Đại hội 😀", "Từ ngày", "TỪ", "tư\u{300}", "từ"]
        for made in congress {
            sentences += [made, "Nhiệm kỳ 2025 - 2030 của " + made + " lần thứ I", made + " nhiệm kỳ 2020-2025"]
        }
        return sentences
    }

    @Test func congressIsFoundAsFoundationFindsIt() throws {
        var plain = 0
        var found = 0
        for sentence in try Self.sentencesOfSeeds() {
            let foundation = sentence.range(of: "Đại hội", options: [.caseInsensitive]) != nil
            #expect(DateParser.namesCongress(sentence) == foundation, "\(sentence.debugDescription)")
            var copy = sentence
            let quick = copy.withUTF8 { DateParser.plainNamesCongress($0) }
            if let quick {
                plain += 1
                #expect(quick == foundation, "\(sentence.debugDescription)")
            }
            if foundation { found += 1 }
        }
        #expect(plain > 100 && found > 20)
    }

    @Test func textWithoutTuHasNoRangeOfDays() throws {
        let dates = DateExpressions()
        var skipped = 0
        for sentence in try Self.sentencesOfSeeds() {
            let hasTu = sentence.unicodeScalars.contains { $0.value == 0x1EEB || $0.value == 0x1EEA }
            #expect(DateParser.mayHoldFrom(sentence) == hasTu, "\(sentence.debugDescription)")
            if !DateParser.mayHoldFrom(sentence) {
                skipped += 1
                #expect(dates.range.firstMatch(sentence) == nil, "\(sentence.debugDescription)")
            }
        }
        #expect(skipped > 100)
        #expect(dates.range.firstMatch("Từ ngày 02/01/2025 đến ngày 03/01/2025") != nil)
        #expect(DateParser.mayHoldFrom("Từ ngày 02/01/2025 đến ngày 03/01/2025"))
    }

    /// The first accepted opener is the first of all the matches that gives a day, and the
    /// event day is the one found from all matches.
    @Test func firstAcceptedOpenersAreTheFirstOfAllMatches() throws {
        let parser = DateParser()
        let made = ["Sáng 25/7, chiều 26/7", "Từ ngày 1/7 đến ngày 3/7, sáng 2/7", "Nghị quyết số 57-NQ/TW ngày 22/12/2024. Sáng 3/8, đại hội",
                    "từ ngày 9/8, Ngày 10/8", "Trong 2 ngày 14 và 15/8", "Chiều nay (6-10)", "Hôm nay 31/13, sáng 2/9"]
        var found = 0
        for text in try Self.sentencesOfSeeds() + Self.lines + made {
            let accepted = parser.expressions.opener.firstAccepted(text) { DateParser.partial($0, in: text, dayGroup: 1) }
            let all = parser.expressions.opener.matches(text).lazy.compactMap { DateParser.partial($0, in: text, dayGroup: 1) }.first
            #expect(accepted == all, "\(text.debugDescription)")
            if accepted != nil { found += 1 }
        }
        #expect(found > 10)
    }

    @Test func termYearsFromBlocksWithEightDigitsAreTheTermYearsOfAll() throws {
        let parser = DateParser()
        var texts: [[String]] = []
        for file in try TestSupport.seedFiles() {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            texts.append(text.split(separator: "\n").map(String.init))
        }
        texts.append(["Đại hội nhiệm kỳ 2020 - 2025. Nhiệm kỳ 2025-2030 mở ra", "nhiệm kỳ 2025 – 2030, Đại hội", "12345678"])
        texts.append(Self.termLines)
        texts.append(Self.termLines.reversed() + ["ĐẠI HỘI nhiệm kỳ 2015 - 2020"])
        texts.append(try Self.sentencesOfSeeds())
        var found = 0
        for blocks in texts {
            let all = blocks.flatMap { SentenceSplitter.sentences($0).map(String.init) }
            let some = blocks.flatMap { DateParser.mayNameTerm($0) ? SentenceSplitter.sentences($0).map(String.init) : [] }
            #expect(parser.termStartYear(in: all) == parser.termStartYear(in: some))
            #expect(parser.termStartYear(in: all) == Self.termStartYearOfEverySentence(all, parser: parser))
            if parser.termStartYear(in: all) != nil { found += 1 }
        }
        #expect(found >= 3)
    }

    /// `termStartYear` with the term pattern run on every sentence: the definition.
    static func termStartYearOfEverySentence(_ sentences: [String], parser: DateParser) -> Int? {
        var counts: [Int: Int] = [:]
        var withCongress: [Int] = []
        for sentence in sentences {
            for match in parser.expressions.term.matches(sentence) {
                guard let start = DateExpressions.group(match, 1, in: sentence).flatMap({ Int($0) }),
                      let end = DateExpressions.group(match, 2, in: sentence).flatMap({ Int($0) }),
                      end > start, end - start <= 10 else { continue }
                counts[start, default: 0] += 1
                if sentence.range(of: "Đại hội", options: [.caseInsensitive]) != nil { withCongress.append(start) }
            }
        }
        if let latest = withCongress.max() { return latest }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}

/// The byline shortcuts of `ArticleParser` held to the Foundation answers they replace.
@Suite struct BylineFastPathTests {
    @Test func namePartsAreComponents() {
        let made = ["a - b", "a - - b", " - ", "- a -", "a -b", "a- b", "Thu Trang - Minh Anh", "Thu Trang – Minh Anh", "a  -  b",
                    " - a - ", "a - b - c", "a -\u{301} b", "a - \u{301}b", "a\u{301} - b", ""]
        for text in DateFastPathTests.lines + made {
            #expect(ArticleParser.nameParts(text) == text.components(separatedBy: " - "), "\(text.debugDescription)")
        }
    }

    @Test func leadingTokensAreTheFirstTokensOfAll() throws {
        let made = ["ĐNO - Sáng 25/7, Đảng bộ phường tổ chức đại hội", "Hà Nội (TTXVN) - Ngày 9/8, đại hội lần thứ I khai mạc",
                    "a b c d e f g h i j", "a b c d e f g h", "a  b   c d e f g h i j k", "- - - - - - - - - - -",
                    "a,b,c d e f g h i j k l", "\u{A0} \u{A0} \u{A0} \u{A0} \u{A0} \u{A0} \u{A0} \u{A0} \u{A0} x",
                    "a b c d e f g h \u{301}i j k", "a b c d e f g h\u{301} i j", "a b c d e f g\u{301} h i j", "e\u{301} b c d e f g h i j",
                    "P.Tân TP.Cần a b c d e f g h", "1.500 2-3 4/5 a b c d e f g", "\r\n \r\n a b c d e f g h i", "", "a"]
        var cut = 0
        for text in try DateFastPathTests.sentencesOfSeeds() + DateFastPathTests.lines + made {
            let all = Tokenizer.tokens(text)
            for count in [1, 6] {
                let leading = ArticleParser.leadingTokens(of: text, count: count)
                if leading.count < all.count { cut += 1 }
                #expect(leading.count >= min(count, all.count), "\(text.debugDescription)")
                let (left, right) = (leading.prefix(count), all.prefix(count))
                #expect(left.map(\.text) == right.map(\.text) && left.map(\.key) == right.map(\.key)
                        && left.map(\.kind) == right.map(\.kind) && left.map(\.isCapitalized) == right.map(\.isCapitalized)
                        && left.map(\.isAllCaps) == right.map(\.isAllCaps), "\(text.debugDescription)")
            }
        }
        #expect(cut > 100)
    }

    /// A text of more than seven words is no single name: the count answers as the tokens do.
    @Test func longTextsAreNoSingleName() throws {
        let parser = ArticleParser(lexicon: try #require(SegmentFastPathTests.lexicon))
        let made = ["Thu Trang", "NGỌC HÀ", "Minh Anh (TTXVN)", "Lê Văn Tám Chín (TTXVN)", "Lê Văn Tám Chín Mười (TTXVN)",
                    "A B C D E F G", "A B C D E F G H", "A B C D ( X )", "A B C D E ( X )", "A  B\u{A0}C\u{2003}D ( X )"]
        var long = 0
        for text in try DateFastPathTests.sentencesOfSeeds() + DateFastPathTests.lines + made {
            #expect(parser.singleAuthorName(text) == parser.singleAuthorNameByTokens(text), "\(text.debugDescription)")
            if ArticleParser.hasMoreWords(than: 7, text) { long += 1 }
        }
        #expect(long > 100)
    }

    /// The last component of a path on bytes is the split's, and so is the stem made of it.
    @Test func lastComponentsAreTheSplitOnes() {
        let paths = ["", "/", "//", "a", "a/", "a//", "/a", "seeds/000_x.txt", "/tmp/ref/c1k/seeds/00001_e08c.txt", "x/.txt",
                     "x/a.b.txt", "x/.", "đại/hội.txt", "a/\u{301}b", "a/b\u{301}", "a\r\n/b", "a/\r\n", " / ", "a/b/c/", "ａ/ｂ"]
        for path in paths + paths.map({ "dir/" + $0 }) + paths.map({ $0 + "/x.txt" }) {
            #expect(ArticleParser.lastComponent(of: path) == (path.split(separator: "/").last.map(String.init) ?? path),
                    "\(path.debugDescription)")
        }
    }

    @Test func bylinePrefixesAreToldFromTheHead() {
        let heads = ArticleParser.bylinePrefixes + ArticleParser.bylinePrefixes.map { $0.uppercased() }
            + ArticleParser.bylinePrefixes.map { $0.decomposedStringWithCanonicalMapping }
        for text in DateFastPathTests.lines + heads.map({ $0 + " Thu Trang" }) + heads {
            let trimmed = text.trimmed
            let whole = ArticleParser.bylinePrefixes.first { trimmed.lowercased().hasPrefix($0) }
            let head = ArticleParser.bylinePrefixes.first {
                trimmed.prefix(ArticleParser.longestBylinePrefix + 1).lowercased().hasPrefix($0)
            }
            #expect(whole == head, "\(text.debugDescription)")
        }
    }
}
