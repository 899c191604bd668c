import Foundation
import Testing
@testable import SitegenKit

/// The byte paths of the tokenizer and of `vietnameseKey`, and matching by interned key numbers,
/// held to the general paths they stand in for.
@Suite struct TokenizerFastPathTests {
    /// Text that tests the edges: NFD and combining marks, Đ/đ, upper and lower case, white space
    /// other than the space, CR LF, letters outside Vietnamese, emoji, glued abbreviations.
    static let tricky: [String] = [
        "Bí thư Đảng uỷ phường Tân An Lê Thị Hồng phát biểu.",
        "Bí thư Đảng uỷ phường Tân An Lê Thị Hồng phát biểu.".decomposedStringWithCanonicalMapping,
        "ĐẢNG ỦY xã Đông Hòa; đảng ủy XÃ ĐÔNG HOÀ",
        "Hoa\u{0300} Tho\u{0323} Đông, hoà thọ tây và Khuê Trung",
        "TP.HCM, TPHCM, TP. Cần Thơ, P.Tân An, TP.Cần Thơ, Q.1, tp.hcm",
        "có 5.500 đảng viên, 1,5 triệu, 9/8/2025, 10:08, 2025-2030, 4.0-ready, 6-10",
        "chào cờ.Đồng chí Nguyễn Văn A... và ./.",
        "Hà\u{00A0}Nội\u{2009}–\u{2002}Đà Nẵng\u{202F}«Huế»\u{3000}Sài Gòn",
        "dòng một\r\ndòng hai\rdòng ba\n\tdòng bốn",
        "ǅemal ĸra İstanbul ß ẞ Ǆ ǆ ﬁ Straße ÆØÅ æøå",
        "Đ đ Ð ð ƒ ư Ư ơ Ơ ă Ă â Â ê Ê ô Ô",
        "ông O'Neil, bà D'Arc, Tân-Thành, Tân - Thành, Tân- Thành",
        "emoji 👍🏽 và 👨‍👩‍👧 và 🇻🇳 ở giữa chữ",
        "đ\u{0301}a e\u{0302}\u{0301} A\u{030A} ñ n\u{0303} ậ o\u{0323}\u{0302}",
        "Zero\u{200B}width\u{200C}non\u{200D}joiner\u{00AD}soft\u{2060}x",
        "한국어 日本語 Ελληνικά Русский हिन्दी ไทย",
        "“Trích dẫn” ‘đơn’ (ngoặc) [vuông] {nhọn} — … …… ‼ ⁉",
        "x²³ ¹/₂ ¼ ½ ¾ Ⅻ ⅻ ① ٣ ३",
        "",
        " ",
        ".",
        "a",
        "A.B.C.D",
        "UBND.HĐND-MTTQ/ĐTN:HLHPN'CĐ,X",
    ]

    /// The lines of the seed files, and each of them in NFD.
    static func seedLines() throws -> [String] {
        var lines: [String] = []
        for file in try TestSupport.seedFiles() {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) { lines.append(String(line)) }
        }
        return lines + lines.map(\.decomposedStringWithCanonicalMapping)
    }

    static func describe(_ tokens: [Token]) -> [String] {
        tokens.map { "\($0.text)|\($0.key)|\($0.kind)|\($0.isCapitalized)|\($0.isNameSyllable)" }
    }

    func expectSameTokens(_ text: String) {
        let fast = Tokenizer.tokens(text)
        let general = Tokenizer.generalTokens(text)
        #expect(Self.describe(fast) == Self.describe(general), "\(text.debugDescription)")
        #expect(fast.map(\.range) == general.map(\.range), "\(text.debugDescription)")
        // The traits kept with a token are those of their definitions.
        for token in fast {
            #expect(token.isCapitalized == (token.text.first?.isUppercase ?? false), "\(token.text)")
            #expect(token.isNameSyllable == Token.isNameSyllable(token.text, kind: token.kind), "\(token.text)")
        }
    }

    @Test(arguments: tricky)
    func theByteTokenizerAgreesWithTheGeneralOne(text: String) {
        expectSameTokens(text)
        // Inside a longer sentence too, and once the text is composed.
        expectSameTokens("Ông \(text) phát biểu.")
        expectSameTokens(text.precomposedStringWithCanonicalMapping)
    }

    @Test func theByteTokenizerAgreesOnEverySeedLine() throws {
        for line in try Self.seedLines() { expectSameTokens(line) }
    }

    @Test func plainVietnameseTakesTheBytePath() {
        let text = "Đồng chí Nguyễn Văn An, Bí thư Đảng uỷ phường Tân An, phát biểu tại Đại hội."
        #expect(text.utf8.withContiguousStorageIfAvailable { Tokenizer.simpleTokens(text, utf8: $0) } != nil)
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(nfd.utf8.withContiguousStorageIfAvailable { Tokenizer.simpleTokens(nfd, utf8: $0) } == .some(nil))
    }

    /// The byte tokenizer takes a simple scalar for a whole character: no two of them, in either
    /// order, may make one character together.
    @Test func simpleScalarsAreCharactersOfTheirOwn() {
        let scalars = SimpleScalars.all
        #expect(scalars.count > 900)
        var text = String.UnicodeScalarView()
        for first in scalars {
            for second in scalars {
                text.append(first)
                text.append(second)
            }
        }
        let string = String(text)
        #expect(string.count == string.unicodeScalars.count)
    }

    func expectSameSentences(_ text: String) {
        let fast = SentenceSplitter.sentences(text)
        let general = SentenceSplitter.generalSentences(text)
        #expect(fast.map(String.init) == general.map(String.init), "\(text.debugDescription)")
        #expect(fast.map(\.startIndex) == general.map(\.startIndex) && fast.map(\.endIndex) == general.map(\.endIndex))
    }

    static let paragraphs: [String] = tricky + [
        "Lãnh đạo TP. Cần Thơ dự. Đại hội thành công... Nhân dân phấn khởi! Còn TS. Lê Văn A thì không.",
        "Ông A. Nguyễn dự. ThS. Lê B phát biểu? “Đúng vậy.” (Ảnh: X) 5 người… 6 người.",
        "chào cờ.Đồng chí A.B. Cả nhà.\tĐúng! \"Trích.\" ‘Đơn’. (Mở). 1. Hai.   ",
        "Kết thúc./. Hết.  \u{00A0}",
        "Câu một.\u{00A0}Câu hai. Câu ba.\u{2003}",
    ]

    @Test(arguments: paragraphs)
    func theByteSplitterAgreesWithTheGeneralOne(text: String) {
        expectSameSentences(text)
        expectSameSentences(text.decomposedStringWithCanonicalMapping)
        expectSameSentences("Mở đầu. \(text) Kết thúc.")
    }

    @Test func theByteSplitterAgreesOnEverySeedLine() throws {
        for line in try Self.seedLines() { expectSameSentences(line) }
    }

    @Test(arguments: tricky)
    func theByteKeyAgreesWithTheGeneralOne(text: String) {
        #expect(text.vietnameseKey == text.generalVietnameseKey, "\(text.debugDescription)")
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(nfd.vietnameseKey == nfd.generalVietnameseKey, "\(nfd.debugDescription)")
        #expect(text.vietnameseKey.utf8.elementsEqual(text.generalVietnameseKey.utf8), "\(text.debugDescription)")
        #expect(text.foldedForSearch.utf8.elementsEqual(text.generalFoldedForSearch.utf8), "\(text.debugDescription)")
        #expect(nfd.foldedForSearch.utf8.elementsEqual(nfd.generalFoldedForSearch.utf8), "\(nfd.debugDescription)")
    }

    @Test func theByteKeyAgreesOnEveryScalarBelowU10000() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)b", "Hoà\(scalar)", "\(scalar)ụ"] {
                let fast = text.vietnameseKey
                let general = text.generalVietnameseKey
                #expect(fast.utf8.elementsEqual(general.utf8), "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test func theByteKeyAgreesOnEverySeedLine() throws {
        for line in try Self.seedLines() {
            #expect(line.vietnameseKey.utf8.elementsEqual(line.generalVietnameseKey.utf8), "\(line)")
            #expect(line.foldedForSearch.utf8.elementsEqual(line.generalFoldedForSearch.utf8), "\(line)")
        }
    }

    @Test(arguments: ["và", "VÀ", "Và", "va\u{0300}", "VA\u{0300}", "vả", "va", "cũ", "CŨ", "cu\u{0303}", "phó", "PHÓ",
                      "pho\u{0301}", "Phó", "hai", "HAI", "bốn", "BÔ\u{0301}N", "năm", "NĂM", "nam", ",", "và.", "İ", "ĸ"])
    func aPlainWordIsFoundByKeyAsByLowerCase(text: String) {
        for word in [FunctionWords.and, FunctionWords.former, FunctionWords.deputy] + FunctionWords.sharedCounts {
            for token in Tokenizer.tokens(text) {
                #expect(token.isLowercased(word) == (token.lowercased == word.text), "\(text) \(word.text)")
            }
        }
    }

    /// Every phrase matcher of the extractors finds the same phrases in interned tokens as in
    /// plain ones, and in tokens interned in another vocabulary.
    @Test func internedTokensMatchAsKeysDo() throws {
        let lexicon = try TestSupport.lexicon()
        let vocabulary = lexicon.vocabulary
        let other = KeyVocabulary(keys: ["đang3", "uy3"])
        let lists: [[String]] = [lexicon.roles.heads, lexicon.roles.bodies.map(\.name), lexicon.roles.titles, lexicon.roles.stops,
                                 lexicon.units.notNames, lexicon.units.kinds.flatMap(\.words)]
            + lexicon.themes.map(\.cues) + lexicon.figures.map(\.nouns)
        let matchers = lists.map { (PhraseMatcher($0), PhraseMatcher($0, vocabulary: vocabulary)) }
        let lines = try Self.seedLines() + Self.tricky
        for line in lines {
            let plain = Tokenizer.tokens(line)
            let interned = Tokenizer.tokens(line, vocabulary: vocabulary)
            let elsewhere = Tokenizer.tokens(line, vocabulary: other)
            // Half interned, half not.
            let mixed = plain.indices.map { $0 % 2 == 0 ? interned[$0] : plain[$0] }
            for (byKey, byNumber) in matchers {
                let expected = byKey.matches(in: plain).map { "\($0.index) \($0.phrase.text)" }
                for tokens in [interned, elsewhere, mixed] {
                    #expect(byNumber.matches(in: tokens).map { "\($0.index) \($0.phrase.text)" } == expected, "\(line)")
                }
            }
            let surnames = KeySet(lexicon.surnames, vocabulary: vocabulary)
            for token in interned + elsewhere {
                #expect(surnames.contains(token) == lexicon.surnames.contains(token.key))
            }
        }
    }

    /// `matchesWhole` skips text of more words than its longest phrase: the answer of
    /// tokenizing every text, for the lexicon's lists, on seed lines, tricky text and the phrases.
    @Test func wholeMatchesAreTheTokenizedAnswer() throws {
        let lexicon = try TestSupport.lexicon()
        let lists: [[String]] = [lexicon.sections, lexicon.roles.heads, lexicon.units.notNames, lexicon.furniture.tailMarkers, [], [""]]
        var matched = 0
        for list in lists {
            let matcher = PhraseMatcher(list)
            let texts = try Self.seedLines() + Self.tricky + list + list.map { $0 + " x" } + list.map { $0.uppercased() }
                + list.map { " " + $0 + "\u{A0}" } + list.map { $0.replacingOccurrences(of: " ", with: "\u{2003}") }
            for text in texts {
                let tokens = Tokenizer.tokens(text)
                let reference = matcher.match(tokens, at: 0)?.keys.count == tokens.count && !tokens.isEmpty
                #expect(matcher.matchesWhole(text) == reference, "\(text.debugDescription)")
                if reference { matched += 1 }
            }
        }
        #expect(matched > 50)
    }

    /// The plainness the byte path tells with a key is `PlainText.isPlain` of that key.
    @Test func keysTellWhetherTheyArePlain() throws {
        var plain = 0
        var other = 0
        let made = ["ǅemal", "Ωmega", "x²", "Đ\u{0335}", "ꞌ", "ƀ ȹ ɏ", "Ǆ ǆ", "ß ẞ", "Æ æ Ø ø Þ þ", "\u{1E9E}\u{1E9C}",
                    "Привет", "Ελλάδα", "日本", "Ⅻ", "ﬁ", "a\u{0301}", "한국어"]
        for line in try Self.seedLines() + Self.tricky + made + SimpleScalars.all.map({ "a\($0)b" }) {
            let found = line.vietnameseKeyAndPlainness
            #expect(found.key.utf8.elementsEqual(line.vietnameseKey.utf8) && found.plain == PlainText.isPlain(found.key),
                    "\(line.debugDescription)")
            if found.plain { plain += 1 } else { other += 1 }
        }
        #expect(plain > 100 && other >= 5)
    }

    /// Tokens of the lexicon's words take text, key and id from the vocabulary's surfaces: the
    /// same tokens, byte for byte, as made the long way and interned afterwards.
    @Test func surfaceWordsGiveTheTokensTheLongWayGives() throws {
        let lexicon = try TestSupport.lexicon()
        let vocabulary = lexicon.vocabulary
        #expect(vocabulary.surfaceEntries.count > 1000)
        let surfaces = vocabulary.surfaceEntries.map(\.text)
        let made = ["Đảng ỦY đảng uỷ ĐẢNG UỶ Ủy Uỷ", "Bí Thư BÍ THƯ bí thư", "phường PHƯỜNG Phường xã XÃ Xã"]
        var hits = 0
        for line in try Self.seedLines() + Self.tricky + made + [surfaces.joined(separator: " "), surfaces.joined(separator: ", ")] {
            let fast = Tokenizer.tokens(line, vocabulary: vocabulary)
            var slow = Tokenizer.generalTokens(line)
            for index in slow.indices { slow[index].intern(in: vocabulary) }
            #expect(fast.count == slow.count, "\(line.debugDescription)")
            for (quick, long) in zip(fast, slow) {
                #expect(quick.text.utf8.elementsEqual(long.text.utf8) && quick.key.utf8.elementsEqual(long.key.utf8)
                        && quick.keyID == long.keyID && quick.kind == long.kind && quick.range == long.range
                        && quick.isCapitalized == long.isCapitalized && quick.isNameSyllable == long.isNameSyllable
                        && quick.endsWithDot == long.endsWithDot, "\(quick.text) in \(line.debugDescription)")
            }
            var copy = line
            copy.makeContiguousUTF8()
            hits += fast.filter { token in
                var text = token.text
                return text.withUTF8 { vocabulary.surface(utf8: $0) } != nil
            }.count
        }
        #expect(hits > 5000)
        // Each surface's key and id are those of its text.
        for surface in vocabulary.surfaceEntries {
            #expect(surface.key.utf8.elementsEqual(surface.text.vietnameseKey.utf8) && surface.id == vocabulary.id(of: surface.key))
        }
    }

    /// Plain keys are looked up by their bytes: the same numbers as the string dictionary gives,
    /// for keys stored or asked for in NFD, with combining marks, Đ/đ or in upper case.
    @Test func keysLookedUpByBytesGetTheirNumbers() throws {
        let lexicon = try TestSupport.lexicon()
        var keys = Tokenizer.keys(of: lexicon.roles.heads + lexicon.units.notNames) + Array(lexicon.surnames).sorted()
        keys += ["hoa\u{0300}", "ho\u{00E0}", "đang3", "d\u{0335}ang", "Đang", "uy\u{0309}", "ủy", "a\u{0301}\u{0323}", "", " "]
        let lines = try Self.seedLines() + Self.tricky
        let asked = keys + lines.flatMap { Tokenizer.tokens($0).map(\.key) }
        for stored in [keys, keys.map(\.decomposedStringWithCanonicalMapping), keys.reversed()] {
            let vocabulary = KeyVocabulary(keys: stored)
            var reference: [String: UInt32] = [:]
            for key in stored where reference[key] == nil { reference[key] = UInt32(reference.count + 1) }
            for key in asked + asked.map(\.decomposedStringWithCanonicalMapping) + asked.map({ $0.uppercased() }) {
                #expect(vocabulary.number(of: key) == reference[key], "\(key.debugDescription)")
            }
        }
    }

    @Test func theLexiconNumbersEveryKeyItMatches() throws {
        let lexicon = try TestSupport.lexicon()
        let vocabulary = lexicon.vocabulary
        for key in Tokenizer.keys(of: lexicon.roles.heads + lexicon.units.notNames) + lexicon.surnames {
            #expect(vocabulary.number(of: key) != nil, "\(key)")
        }
        // The same keys, the same numbers and stamp; other keys, another stamp.
        #expect(KeyVocabulary(keys: ["a", "b"]).stamp == KeyVocabulary(keys: ["a", "b", "a"]).stamp)
        #expect(KeyVocabulary(keys: ["a", "b"]).stamp != KeyVocabulary(keys: ["b", "a"]).stamp)
        #expect(vocabulary.stamp == (try TestSupport.lexicon()).vocabulary.stamp)
    }

    /// Random text over an alphabet of the edges (a fixed seed, so a failure repeats): letters of
    /// both cases with and without tone marks, combining marks, digits, the joining marks, end
    /// marks, quotes, spaces of several kinds, CR and LF, and a letter outside Latin.
    @Test func theBytePathsAgreeOnRandomText() {
        let alphabet: [String] = ["a", "A", "đ", "Đ", "ư", "Ư", "ờ", "Ờ", "ộ", "Ộ", "\u{0300}", "\u{0323}", "\u{0302}", "5", "0",
                                  ".", ",", "/", "-", "'", ":", "!", "?", "…", "\"", "“", "”", "(", ")", " ", " ", " ", "\u{00A0}",
                                  "\u{2003}", "\t", "\r", "\n", "T", "P", "h", "S", "ß", "ǅ", "ĸ", "Ω", "👍", "\u{200D}", "²"]
        var state: UInt64 = 2025
        func next(_ bound: Int) -> Int {
            // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        // Half of the texts only of simple scalars, which take the byte paths.
        let simple = alphabet.filter { $0.unicodeScalars.allSatisfy { SimpleScalars.traits(of: $0.value).contains(.simple) } }
        #expect(simple.count > 30)
        for round in 0..<4000 {
            let letters = round % 2 == 0 ? simple : alphabet
            let text = (0..<next(30)).map { _ in letters[next(letters.count)] }.joined()
            expectSameTokens(text)
            expectSameSentences(text)
            #expect(text.vietnameseKey.utf8.elementsEqual(text.generalVietnameseKey.utf8), "\(text.debugDescription)")
            #expect(text.foldedForSearch.utf8.elementsEqual(text.generalFoldedForSearch.utf8), "\(text.debugDescription)")
        }
    }

    /// Folding scalar by scalar is folding the whole: for every simple scalar, alone and between
    /// letters, and for every scalar below U+10000 after a simple one (which sends the text the
    /// general way unless it is simple too).
    @Test func theTableFoldAgreesOnEveryScalar() {
        for scalar in SimpleScalars.all {
            for text in [String(scalar), "A\(scalar)b", "Đ\(scalar)\(scalar)ộ"] {
                #expect(text.foldedForSearch.utf8.elementsEqual(text.generalFoldedForSearch.utf8), "\(text.debugDescription)")
            }
        }
        for value in UInt32(0x80)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "Ầ\(scalar)"
            #expect(text.foldedForSearch.utf8.elementsEqual(text.generalFoldedForSearch.utf8), "U+\(String(value, radix: 16))")
        }
    }
}
