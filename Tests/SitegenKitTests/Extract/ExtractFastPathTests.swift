import Foundation
import Testing
@testable import SitegenKit

/// The quick answers of the extractors and of the lexicon's tables, held to the plain code they
/// stand in for, on the seed files (as written and in NFD), the word lists themselves and edge
/// cases: combining marks, Đ/đ, upper case, odd numbers, empty text.
@Suite struct ExtractFastPathTests {
    /// Lines to read: every line of the seeds, in NFD too, the edge cases of the tokenizer's
    /// tests, a synthetic article, and the phrases of the word lists in a sentence.
    static func lines() throws -> [String] {
        let lexicon = try TestSupport.lexicon()
        let phrases = lexicon.roles.heads + lexicon.roles.bodies.map(\.name) + lexicon.units.notNames
            + lexicon.themes.flatMap { $0.cues + ($0.exclude ?? []) } + lexicon.figures.flatMap(\.nouns)
        let numbers = ["5..500 đại biểu", "00 đảng viên", "99999999999999999999 người", "1.000.000 đồng", "1.00 và 1.0000",
                       "٣ đại biểu", "5,5 triệu", "Ba đảng bộ, BA ủy viên, bA người, ba\u{0301} và bà", "Mươì và mười, MƯỜI",
                       "12/8 và 10:08 và 2025-2030", "0", "1.", ".5"]
        return try TokenizerFastPathTests.seedLines() + TokenizerFastPathTests.tricky + numbers
            + SyntheticCorpus.article(number: 7, place: "Tân An", person: "Lê Văn Bình", date: "Ngày 3/4/2025, ").split(separator: "\n").map(String.init)
            + phrases.map { "Ông A, \($0), y tế, \($0) và giáo dục, \($0) – văn hóa - \($0)" }
    }

    /// The sentences of the lines, tokenized as the extractor tokenizes them (interned in the
    /// lexicon's vocabulary) and not interned.
    static func tokenLists() throws -> [[Token]] {
        let vocabulary = try TestSupport.lexicon().vocabulary
        return try lines().flatMap { line in
            [Tokenizer.tokens(line, vocabulary: vocabulary), Tokenizer.tokens(line)]
        }
    }

    @Test func plainBytesAreThePlainScalars() {
        var values = Array(UInt32(0)..<0x3000).filter { !(0xD800..<0xE000).contains($0) }
        values += [0x1_F44D, 0xFFFD, 0xFEFF, 0x10_FFFF, 0x2100, 0x20C0]
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)", "\(scalar)ộ", "Đ\(scalar)\(scalar)"] {
                var copy = text
                let bytePlain = copy.withUTF8 { PlainText.isPlain(utf8: $0) }
                // The definition, scalar by scalar (not `PlainText.isPlain(_:)`, which reads the bytes too).
                let scalarPlain = text.unicodeScalars.allSatisfy { $0.isASCII || PlainText.isPlain($0.value) }
                #expect(bytePlain == scalarPlain, "\(text.debugDescription)")
            }
        }
        var empty = ""
        #expect(empty.withUTF8 { PlainText.isPlain(utf8: $0) })
    }

    @Test func theByteTableFindsWhatADictionaryFinds() throws {
        let lexicon = try TestSupport.lexicon()
        let keys = Tokenizer.keys(of: lexicon.roles.heads + lexicon.units.notNames) + Array(lexicon.surnames).sorted() + ["", " ", "a"]
        var reference: [[UInt8]: UInt32] = [:]
        var entries: [(key: String, number: UInt32)] = []
        for (index, key) in keys.enumerated() {
            entries.append((key, UInt32(index + 1)))
            if reference[Array(key.utf8)] == nil { reference[Array(key.utf8)] = UInt32(index + 1) }
        }
        let table = UTF8KeyTable(entries)
        let asked = keys + keys.map(\.decomposedStringWithCanonicalMapping) + keys.map { $0.uppercased() }
            + (try Self.lines()).flatMap { Tokenizer.tokens($0).map(\.key) } + ["zzzz", "\u{0}", "aa"]
        for key in asked {
            #expect(table.number(of: key) == reference[Array(key.utf8)], "\(key.debugDescription)")
        }
        #expect(UTF8KeyTable([]).number(of: "a") == nil)
        #expect(UTF8KeyTable([]).number(of: "") == nil)
    }

    @Test func figureValuesAreReadAsBefore() throws {
        var seen = 0
        for tokens in try Self.tokenLists() {
            for token in tokens {
                let general = FigureExtractor.generalValue(of: token)
                #expect(FigureExtractor.value(of: token) == general, "\(token.text.debugDescription)")
                if general != nil { seen += 1 }
            }
        }
        #expect(seen > 50)
    }

    /// Number words told by the tokens' key numbers in the lexicon's vocabulary: the values
    /// read the long way, for tokens interned there, elsewhere and not at all, NFD ones too.
    @Test func figureValuesOfInternedTokensAreReadAsBefore() throws {
        let lexicon = try TestSupport.lexicon()
        let extractor = FigureExtractor(lexicon: lexicon)
        let words = FigureExtractor.numberWords.keys.sorted()
        let made = words + words.map { $0.uppercased() } + words.map { $0.capitalized } + words.map(\.decomposedStringWithCanonicalMapping)
            + ["mươi", "Mười hai", "ba-bốn", "tư.", "năm 2025", "hai\u{0301}"]
        var seen = 0
        let other = KeyVocabulary(keys: ["mot5", "hai"])
        for line in try Self.lines() + made {
            for text in [line, line.decomposedStringWithCanonicalMapping] {
                for tokens in [Tokenizer.tokens(text, vocabulary: lexicon.vocabulary), Tokenizer.tokens(text, vocabulary: other),
                               Tokenizer.tokens(text)] {
                    for token in tokens {
                        let general = FigureExtractor.generalValue(of: token)
                        #expect(FigureExtractor.value(of: token, numberWords: extractor.numberWordKeys) == general, "\(token.text.debugDescription)")
                        if general != nil { seen += 1 }
                    }
                }
            }
        }
        #expect(seen > 100)
    }

    @Test func enumerationsAreFoundAsBefore() throws {
        var enumerated = 0
        for tokens in try Self.tokenLists() {
            for index in tokens.indices {
                let general = ThemeClassifier.generalIsEnumerated(tokens, at: index)
                #expect(ThemeClassifier.isEnumerated(tokens, at: index) == general)
                if general { enumerated += 1 }
            }
        }
        #expect(enumerated > 20)
    }

    /// Every matcher the extractors use answers through its start bits as it does without them,
    /// for interned tokens, tokens not interned, and a mix of both.
    @Test func startBitsRejectOnlyWhatCannotMatch() throws {
        let lexicon = try TestSupport.lexicon()
        let vocabulary = lexicon.vocabulary
        let roles = lexicon.roles
        var matchers = [roles.heads, roles.bodies.map(\.name), roles.titles, roles.stops, roles.former, roles.joiners,
                        roles.connectors, roles.notHeads, roles.appointments, roles.sharing, lexicon.units.notNames,
                        lexicon.units.kinds.flatMap(\.words), lexicon.units.kinds.flatMap { $0.partyCommittee ?? [] },
                        lexicon.units.provinces.flatMap { [$0.name] + ($0.aliases ?? []) }]
            .map { PhraseMatcher($0, vocabulary: vocabulary) }
        matchers += lexicon.themes.map { PhraseMatcher($0.cues, vocabulary: vocabulary) }
        matchers += lexicon.figures.map { PhraseMatcher($0.nouns, vocabulary: vocabulary) }
        var found = 0
        for line in try Self.lines() {
            let interned = Tokenizer.tokens(line, vocabulary: vocabulary)
            let plain = Tokenizer.tokens(line)
            let mixed = interned.indices.map { $0 % 2 == 0 ? interned[$0] : plain[$0] }
            for tokens in [interned, plain, mixed] {
                for matcher in matchers {
                    for index in 0...tokens.count {
                        let quick = matcher.match(tokens, at: index)
                        #expect(quick == matcher.fullMatch(tokens, at: index), "\(line) at \(index)")
                        if quick != nil { found += 1 }
                    }
                }
            }
        }
        #expect(found > 1000)
    }

    /// A paragraph decoded once for splitting and tokenizing gives the sentences and tokens of
    /// splitting it and tokenizing each sentence, ranges included (each within its sentence).
    @Test func paragraphsDecodedOnceSplitAndTokenizeAsBefore() throws {
        let vocabulary = try TestSupport.lexicon().vocabulary
        let lines = try Self.lines()
        let paragraphs = lines + zip(lines, lines.dropFirst()).map { "\($0) \($1)" }
        var sentences = 0
        for paragraph in paragraphs {
            let once = AnalyzedSentence.paragraphSentences(paragraph, line: 3, place: .body, vocabulary: vocabulary)
            let apart = SentenceSplitter.sentences(paragraph).map {
                AnalyzedSentence(text: String($0), line: 3, place: .body, vocabulary: vocabulary)
            }
            #expect(once.map(\.text) == apart.map(\.text), "\(paragraph.debugDescription)")
            #expect(once.map { $0.text.utf8.count } == apart.map { $0.text.utf8.count }, "\(paragraph.debugDescription)")
            for (left, right) in zip(once, apart) {
                #expect(left.tokens == right.tokens, "\(left.text.debugDescription)")
                #expect(left.tokens.map(\.keyID) == right.tokens.map(\.keyID))
                #expect(left.tokens.map { String(left.text[$0.range]) } == right.tokens.map(\.text))
            }
            sentences += once.count
        }
        #expect(sentences > 500)
    }

    /// A token's "ends with a dot" trait is its text's last byte, on both tokenizer paths.
    @Test func tokensKnowWhetherTheyEndWithADot() throws {
        for line in try Self.lines() {
            for tokens in [Tokenizer.tokens(line), Tokenizer.generalTokens(line)] {
                for token in tokens { #expect(token.endsWithDot == (token.text.utf8.last == 0x2E), "\(token.text)") }
            }
        }
    }

    /// The set of known names answers as a `Set<String>` of the same keys would, for keys in NFD,
    /// upper case and with combining marks, and for joined token keys.
    @Test func knownNamesAnswerAsAStringSet() throws {
        let lexicon = try TestSupport.lexicon()
        let names = lexicon.units.provinces.flatMap { [$0.name] + ($0.aliases ?? []) } + Array(lexicon.surnames).sorted()
            + ["Tân An", "Hòa Thọ Đông", "hoa\u{0300} tho\u{0323}", "Đ\u{0301}", ""]
        let keys = names.map(\.vietnameseKey) + names
        let asked = keys + keys.map(\.decomposedStringWithCanonicalMapping) + keys.map { $0.uppercased() }
            + (try Self.lines()).flatMap { Tokenizer.tokens($0).map(\.key) } + ["hòa thọ đông", "hoà thọ đông"]
        for stored in [keys, keys.map(\.decomposedStringWithCanonicalMapping)] {
            let set = KeyNameSet(stored)
            let reference = Set(stored)
            var hits = 0
            for key in asked {
                #expect(set.contains(key) == reference.contains(key), "\(key.debugDescription)")
                if reference.contains(key) { hits += 1 }
            }
            #expect(hits > 100)
        }
        let tokens = Tokenizer.tokens("phường Hòa Thọ Đông và Tân An")
        let known = KeyNameSet(["Hòa Thọ Đông".vietnameseKey])
        #expect(known.contains(keysOf: tokens[1..<4]))
        #expect(known.contains(keysOf: tokens[1..<4]) == Set(["Hòa Thọ Đông".vietnameseKey]).contains(tokens[1..<4].map(\.key).joined(separator: " ")))
    }

    /// Themes scored in one pass over each sentence get the scores of scoring theme by theme,
    /// to the bit, on the seeds' articles and on the lines read as sentences in every place.
    @Test func themesScoreAsBefore() throws {
        let lexicon = try TestSupport.lexicon()
        let classifier = ThemeClassifier(lexicon: lexicon)
        let furniture = try FurnitureMatcher(lexicon.furniture)
        var articles: [[AnalyzedSentence]] = []
        for file in try TestSupport.seedFiles() {
            for record in try TestSupport.records(try String(contentsOfFile: file, encoding: .utf8)) {
                articles.append(AnalyzedSentence.sentences(of: record.article, furniture: furniture, vocabulary: lexicon.vocabulary))
                articles.append(AnalyzedSentence.sentences(of: record.article, furniture: furniture))
            }
        }
        let places: [AnalyzedSentence.Place] = [.title, .lede, .subheading, .body, .caption]
        let lines = try Self.lines()
        articles.append(lines.enumerated().map { AnalyzedSentence(text: $1, line: $0, place: places[$0 % places.count], vocabulary: lexicon.vocabulary) })
        articles.append(lines.enumerated().map { AnalyzedSentence(text: $1, line: $0, place: places[$0 % places.count]) })
        var scored = 0
        for sentences in articles {
            let scores = classifier.scores(sentences)
            #expect(scores.map(\.bitPattern) == classifier.generalScores(sentences).map(\.bitPattern))
            scored += scores.filter { $0 > 0 }.count
        }
        #expect(articles.count > 4)
        #expect(scored > 20)
    }

    /// Tokens interned as they are made (their plain keys looked up on the bytes they are
    /// written in) carry the ids `Token.intern(in:)` gives, in the lexicon's vocabulary and in
    /// vocabularies of NFD and upper-case keys; and the key written with a number is the key.
    @Test func tokensInternedAsMadeGetTheIdsOfInterning() throws {
        let lexicon = try TestSupport.lexicon()
        let keys = Tokenizer.keys(of: lexicon.roles.heads + lexicon.units.notNames) + Array(lexicon.surnames).sorted()
        let lines = try Self.lines() + SimpleScalars.all.map { "a\($0)b \($0) Đ\($0)ộ" }
        for vocabulary in [lexicon.vocabulary, KeyVocabulary(keys: keys.map(\.decomposedStringWithCanonicalMapping)),
                           KeyVocabulary(keys: keys.map { $0.uppercased() } + ["ø", "ɓ", "a b"])] {
            var found = 0
            for line in lines {
                let made = Tokenizer.tokens(line, vocabulary: vocabulary)
                let interned = Tokenizer.tokens(line).map { token -> Token in
                    var token = token
                    token.intern(in: vocabulary)
                    return token
                }
                #expect(made == interned, "\(line.debugDescription)")
                #expect(made.map(\.keyID) == interned.map(\.keyID), "\(line.debugDescription)")
                found += made.filter { $0.keyID.number != 0 }.count
            }
            // (Upper-case keys are no token's: only the lexicon's vocabulary is sure to number many.)
            #expect(found > 100 || vocabulary.stamp != lexicon.vocabulary.stamp)
        }
        for scalar in SimpleScalars.all {
            var text = "A\(scalar)ộ"
            let (key, number) = text.withUTF8 { VietnameseLetters.key(utf8: $0, numberIn: lexicon.vocabulary.plainNumbers) }
            #expect(key.utf8.elementsEqual(text.vietnameseKey.utf8), "\(text.debugDescription)")
            if let number { #expect(number == lexicon.vocabulary.number(of: key), "\(text.debugDescription)") }
        }
    }
}
