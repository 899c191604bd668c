import Foundation
import Testing
@testable import SitegenKit

/// The unit scan's shared lookups and the known-name filter, held to the plain code they stand in
/// for on the lines of `ExtractFastPathTests` (the seeds as written and in NFD, edge cases).
@Suite struct UnitScanFastPathTests {
    /// Every token run of up to five tokens of the lines, and of the phrases the sets hold.
    static func runs() throws -> [ArraySlice<Token>] {
        var runs: [ArraySlice<Token>] = []
        for tokens in try ExtractFastPathTests.tokenLists() {
            for start in tokens.indices {
                for end in (start + 1)...min(tokens.count, start + 5) { runs.append(tokens[start..<end]) }
            }
        }
        return runs
    }

    /// A run's keys are in the set exactly when their join is: the filter rules out no name the
    /// set holds, whether stored or asked for in NFC, NFD or upper case.
    @Test func theFilterRulesOutNoKnownName() throws {
        let lexicon = try TestSupport.lexicon()
        let runs = try Self.runs()
        let joined = runs.map { $0.map(\.key).joined(separator: " ") }
        // Every third run is a name the set knows, the rest only sometimes.
        var names = stride(from: 0, to: joined.count, by: 3).map { joined[$0] }
        names += lexicon.units.provinces.flatMap { [$0.name] + ($0.aliases ?? []) }.map(\.vietnameseKey)
        names += ["hoa\u{0300} tho\u{0323} đông", "Đ\u{0301}", ""]
        let nfdRuns = ["phường Hòa Thọ Đông và Tân An".decomposedStringWithCanonicalMapping, "HÒA THỌ ĐÔNG"].map { Tokenizer.tokens($0) }
        var hits = 0
        for stored in [names, names.map(\.decomposedStringWithCanonicalMapping)] {
            let set = KeyNameSet(stored)
            for (run, key) in zip(runs, joined) {
                let answer = set.contains(keysOf: run)
                #expect(answer == set.joinedContains(keysOf: run), "\(key.debugDescription)")
                #expect(answer == set.contains(key))
                if answer { hits += 1 }
            }
            for tokens in nfdRuns {
                for start in tokens.indices {
                    for end in (start + 1)...tokens.count {
                        #expect(set.contains(keysOf: tokens[start..<end]) == set.joinedContains(keysOf: tokens[start..<end]))
                    }
                }
            }
        }
        #expect(hits > 1000)
        // A set that holds nothing rules out everything; one made of one name finds it.
        #expect(!KeyNameSet().contains(keysOf: runs[0]))
        #expect(KeyNameSet([joined[0]]).contains(keysOf: runs[0]))
    }

    /// The lookups made once per sentence are those of the matchers at each token, and the
    /// aliases read from them are `provinceAliases.matches(in:)`.
    @Test func startsAreTheMatchersAnswers() throws {
        let lexicon = try TestSupport.lexicon()
        let extractor = UnitExtractor(lexicon: lexicon)
        var aliasCount = 0
        var introductionCount = 0
        for tokens in try ExtractFastPathTests.tokenLists() {
            let starts = extractor.starts(tokens)
            #expect(starts.aliases.count == tokens.count && starts.introductions.count == tokens.count)
            for index in tokens.indices {
                let alias = extractor.provinceAliases.match(tokens, at: index)
                #expect(starts.aliases[index].map { Int($0.index) } == alias?.index)
                #expect(starts.aliases[index].map { Int($0.length) } == alias?.keys.count)
                let introduction = extractor.kinds.introduction(tokens, at: index)
                #expect(starts.introductions[index]?.kind == introduction?.kind)
                #expect(starts.introductions[index]?.length == introduction?.length)
                #expect(starts.introductions[index]?.by == introduction?.by)
                if introduction != nil { introductionCount += 1 }
            }
            let matches = extractor.aliasMatches(starts)
            let reference = extractor.provinceAliases.matches(in: tokens)
            #expect(matches.map(\.index) == reference.map(\.index))
            #expect(matches.map(\.alias) == reference.map(\.phrase.index))
            aliasCount += matches.count
        }
        #expect(aliasCount > 10 && introductionCount > 100)
        for (index, alias) in lexicon.units.provinces.flatMap({ [$0.name] + ($0.aliases ?? []) }).enumerated() {
            #expect(extractor.isAbbreviatedAlias[index] == alias.lowercased().hasPrefix("tp"))
        }
    }
}

/// `PhraseMatcher.matchSpan` gives `match`'s phrase index and length for every matcher of the
/// lexicon, on tokens interned in its vocabulary and not.
@Suite struct PhraseMatcherSpanTests {
    @Test func spansAreTheMatchesIndexAndLength() throws {
        let lexicon = try TestSupport.lexicon()
        let vocabulary = lexicon.vocabulary
        let units = UnitExtractor(lexicon: lexicon)
        let themes = ThemeClassifier(lexicon: lexicon)
        let matchers = [units.provinceAliases, units.notNames, units.roleHeads, units.kinds.words, units.kinds.committees]
            + themes.themes.flatMap { [$0.cues, $0.exclude] }
            + [PhraseMatcher(lexicon.roles.heads), PhraseMatcher(lexicon.units.provinces.map(\.name), vocabulary: vocabulary), PhraseMatcher([])]
        var found = 0
        for tokens in try ExtractFastPathTests.tokenLists() + [[]] {
            for matcher in matchers {
                for index in 0...tokens.count {
                    let phrase = matcher.match(tokens, at: index)
                    let span = matcher.matchSpan(tokens, at: index)
                    #expect(span?.index == phrase?.index && span?.length == phrase?.keys.count)
                    if span != nil { found += 1 }
                }
            }
        }
        #expect(found > 1000)
    }
}
