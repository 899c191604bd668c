/// Finds the administrative units an article names, which one it is about, and their parents.
///
/// A unit is named by a kind word and a name ("phường Tân An", "TP Hà Nội", "P.Tân An",
/// "phường 7"), by a party committee and a name ("Quận ủy Hoàn Kiếm"), in a list after one
/// kind word ("phường Hòa Thọ Đông, Hòa Thọ Tây và Khuê Trung"), or, in a title, by its bare name
/// ("Tân An: …"). A parent comes from an apposition ("thị trấn Phú Minh, huyện Phú Xuyên"), else
/// from the one district the article names (before the two-tier reform of 1 July 2025), else
/// from the province or city of the article's context.
struct UnitExtractor: Sendable {
    let kinds: UnitKindWords
    let provinceAliases: PhraseMatcher
    let provinceOfKey: [String: UnitLexicon.Province]
    /// The keys of `provinceOfKey`: names every article knows as units.
    let provinceKeys: KeyNameSet
    /// The province of each of `provinceAliases`' phrases, by the phrase's index.
    let provinceOfAlias: [UnitLexicon.Province?]
    /// Whether each of `provinceAliases`' phrases is written with the province's own abbreviation
    /// ("TP.HCM", "TPHCM": its text in lower case starts with "tp"), by the phrase's index.
    let isAbbreviatedAlias: [Bool]
    let notNames: PhraseMatcher
    let roleHeads: PhraseMatcher
    let splitter: NameSplitter
    /// The function words compared with tokens, held here rather than read from static constants.
    let functionWords = FunctionWordList()
    /// Keys of "Đảng bộ" and "Đảng ủy" (both spellings), which name whose organisation it is.
    let partyBodies: Set<String> = Set(["Đảng bộ", "Đảng ủy", "Đảng uỷ"].map {
        Tokenizer.tokens($0).map(\.key).joined(separator: " ")
    })

    init(lexicon: Lexicon) {
        let vocabulary = lexicon.vocabulary
        kinds = UnitKindWords(lexicon.units, vocabulary: vocabulary)
        var aliases: [String] = []
        var provinceOfKey: [String: UnitLexicon.Province] = [:]
        for province in lexicon.units.provinces {
            for name in [province.name] + (province.aliases ?? []) {
                aliases.append(name)
                provinceOfKey[Tokenizer.tokens(name).map(\.key).joined(separator: " ")] = province
            }
        }
        self.provinceAliases = PhraseMatcher(aliases, vocabulary: vocabulary)
        self.provinceOfKey = provinceOfKey
        self.provinceKeys = KeyNameSet(provinceOfKey.keys)
        self.provinceOfAlias = aliases.map { provinceOfKey[Tokenizer.tokens($0).map(\.key).joined(separator: " ")] }
        self.isAbbreviatedAlias = aliases.map { $0.lowercased().hasPrefix("tp") }
        self.notNames = PhraseMatcher(lexicon.units.notNames, vocabulary: vocabulary)
        self.roleHeads = PhraseMatcher(lexicon.roles.heads, vocabulary: vocabulary)
        self.splitter = NameSplitter(surnames: KeySet(lexicon.surnames, vocabulary: vocabulary))
    }

    /// What the extractor found: the units, and the names the article gives units (for
    /// telling a unit's name from the person named after it).
    struct Result: Sendable {
        var units: [AdministrativeUnit]
        var knownNames: KeyNameSet
        /// The province or city the article is set in, named or implied by its section or outlet.
        var province: String?
    }

    /// One naming of a unit in a sentence.
    struct Mention {
        let name: String
        /// `name.vietnameseKey`, made once.
        let folded: String
        var kind: UnitKind
        var sentence: Int
        var former = false
        var parent: (kind: UnitKind, name: String)?
        var inTitle: Bool
        var inLede: Bool
        /// Named by its party committee ("Tỉnh ủy Lâm Đồng"), as part of someone's role.
        var byCommittee = false
        /// Named in the title by its bare name, without a kind word: weaker than a unit named
        /// with one.
        var bare = false
        /// Named as the subject of a party organisation ("Đảng bộ phường X", "Đảng ủy xã Y"):
        /// whose congress or meeting it is.
        var ofPartyBody = false
        var key: UnitKey { UnitKey(kind: kind, folded: folded) }

        init(name: String, kind: UnitKind, sentence: Int, inTitle: Bool, inLede: Bool) {
            self.name = name
            self.folded = name.vietnameseKey
            self.kind = kind
            self.sentence = sentence
            self.inTitle = inTitle
            self.inLede = inLede
        }
    }

    /// What starts at each token of a sentence: a province alias, a unit's introduction. Both
    /// passes of the scan and the province count read them, so they are looked up once.
    struct Starts {
        /// The alias of `provinceAliases` matched at each token: its phrase index and length.
        var aliases: [(index: Int32, length: Int32)?]
        var introductions: [(kind: UnitKind, length: Int, by: UnitKindWords.Introduction)?]
    }

    func starts(_ tokens: [Token]) -> Starts {
        var aliases: [(index: Int32, length: Int32)?] = []
        var introductions: [(kind: UnitKind, length: Int, by: UnitKindWords.Introduction)?] = []
        aliases.reserveCapacity(tokens.count)
        introductions.reserveCapacity(tokens.count)
        for index in tokens.indices {
            if let alias = provinceAliases.matchSpan(tokens, at: index) {
                aliases.append((Int32(alias.index), Int32(alias.length)))
            } else {
                aliases.append(nil)
            }
            introductions.append(kinds.introduction(tokens, at: index))
        }
        return Starts(aliases: aliases, introductions: introductions)
    }

    /// `provinceAliases.matches(in:)` read from a sentence's starts: every non-overlapping alias,
    /// left to right, as (token index, phrase index).
    func aliasMatches(_ starts: Starts) -> [(index: Int, alias: Int)] {
        var found: [(index: Int, alias: Int)] = []
        var index = 0
        while index < starts.aliases.count {
            if let alias = starts.aliases[index] {
                found.append((index, Int(alias.index)))
                index += Int(alias.length)
            } else {
                index += 1
            }
        }
        return found
    }

    func extract(_ sentences: [AnalyzedSentence], article: Article) -> Result {
        let starts = sentences.map { self.starts($0.tokens) }
        // Pass 1: names that are surely units (no role before them to suggest a person follows).
        var known = provinceKeys
        for (index, sentence) in sentences.enumerated() {
            for mention in scan(sentence, index: 0, starts: starts[index], known: KeyNameSet(), surelyOnly: true) {
                known.insert(mention.folded)
            }
        }
        // Pass 2: every mention, splitting names from the people named after them.
        var mentions: [Mention] = []
        for (index, sentence) in sentences.enumerated() {
            mentions += scan(sentence, index: index, starts: starts[index], known: known, surelyOnly: false)
        }
        let province = provinceContext(sentences, starts: starts, article: article)
        if let titlePlace = titlePlace(sentences.first, starts: starts.first, mentions: mentions) { mentions.insert(titlePlace, at: 0) }
        return Result(units: assemble(mentions, sentences: sentences, article: article, province: province),
                      knownNames: known.union(mentions.map(\.folded)), province: province)
    }

    // MARK: - Scanning

    func scan(_ sentence: AnalyzedSentence, index sentenceIndex: Int, known: KeyNameSet, surelyOnly: Bool) -> [Mention] {
        scan(sentence, index: sentenceIndex, starts: starts(sentence.tokens), known: known, surelyOnly: surelyOnly)
    }

    func scan(_ sentence: AnalyzedSentence, index sentenceIndex: Int, starts: Starts, known: KeyNameSet, surelyOnly: Bool) -> [Mention] {
        let tokens = sentence.tokens
        var mentions: [Mention] = []
        var i = 0
        while i < tokens.count {
            // "TP.HCM", "TPHCM": a province written with its own abbreviation.
            if let alias = starts.aliases[i], isAbbreviatedAlias[Int(alias.index)],
               let province = provinceOfAlias[Int(alias.index)] {
                mentions.append(mention(province.name, province.kind, sentence, sentenceIndex))
                i += Int(alias.length)
                continue
            }
            var kind: UnitKind?
            var nameStart = i
            var byCommittee = false
            if let found = starts.introductions[i] {
                kind = found.kind
                nameStart = i + found.length
                byCommittee = found.by == .committee
                if !byCommittee, nameStart < tokens.count, tokens[nameStart].isText(".") { nameStart += 1 }
            }
            guard let kind else {
                i += 1
                continue
            }
            let roleBefore = hasRoleHead(tokens, before: i)
            if surelyOnly {
                // Only names that cannot run on into a person's: no role before, a short run.
                let run = nameRun(tokens, from: nameStart)
                if !roleBefore, (1...3).contains(run.count), notNames.match(tokens, at: nameStart) == nil {
                    mentions.append(mention(sentence.text(from: run.lowerBound, to: run.upperBound), kind, sentence, sentenceIndex))
                }
                i = max(run.upperBound, i + 1)
                continue
            }
            var names: [(String, Int)] = []  // name, end index
            var j = nameStart
            if let first = readName(tokens, from: j, kind: kind, known: known, roleBefore: roleBefore) {
                names.append(first)
                j = first.1
                // A list after one kind word: "phường Hòa Thọ Đông, Hòa Thọ Tây và Khuê Trung".
                while j + 1 < tokens.count, tokens[j].isText(",") || tokens[j].isLowercased(functionWords.and) {
                    let run = nameRun(tokens, from: j + 1)
                    guard (1...3).contains(run.count), !splitter.isPersonName(tokens[run]) || run.count <= 2,
                          run.upperBound >= tokens.count || !tokens[run.upperBound].isNameSyllable,
                          notNames.match(tokens, at: run.lowerBound) == nil, roleHeads.match(tokens, at: run.lowerBound) == nil,
                          run.upperBound >= tokens.count || closesListItem(tokens[run.upperBound])
                            || !tokens[run.upperBound].isCapitalized
                    else { break }
                    names.append((sentence.text(from: run.lowerBound, to: run.upperBound), run.upperBound))
                    j = run.upperBound
                }
            }
            // "(cũ)" or "cũ" after the name: a former unit.
            var former = false
            if j < tokens.count, tokens[j].isLowercased(functionWords.former) { former = true }
            if j + 2 < tokens.count, tokens[j].isText("("), tokens[j + 1].isLowercased(functionWords.former), tokens[j + 2].isText(")") { former = true }
            // "thị trấn Phú Minh, huyện Phú Xuyên": an apposition names the parent.
            var parent: (UnitKind, String)?
            var k = j + (former ? (tokens[j].isText("(") ? 3 : 1) : 0)
            if k < tokens.count, tokens[k].isText(",") || tokens[k].isText("(") { k += 1 }
            if k > j, k < tokens.count, let word = starts.introductions[k], word.by == .kindWord, word.kind.level < kind.level,
               let parentName = readName(tokens, from: k + word.length, kind: word.kind, known: known, roleBefore: false) {
                let parentKind = word.kind
                parent = (parentKind, parentName.0)
            }
            let ofPartyBody = i >= 2 && partyBodies.contains(tokens[i - 2].key + " " + tokens[i - 1].key)
            for (name, _) in names {
                var found = mention(name, kind, sentence, sentenceIndex)
                found.former = former
                found.parent = parent
                found.byCommittee = byCommittee
                found.ofPartyBody = ofPartyBody
                mentions.append(found)
            }
            i = max(j, i + 1)
        }
        return mentions
    }

    /// Whether a token after a name in a list ends that item: ",", "và", ".", ";" or ")".
    func closesListItem(_ token: Token) -> Bool {
        token.kind == .punctuation ? [",", ".", ";", ")"].contains(token.lowercased) : token.isLowercased(functionWords.and)
    }

    func mention(_ name: String, _ kind: UnitKind, _ sentence: AnalyzedSentence, _ index: Int) -> Mention {
        Mention(name: name, kind: kind, sentence: index, inTitle: sentence.place == .title, inLede: sentence.place == .lede)
    }

    /// The capitalised words (or a ward's number) from `start`.
    func nameRun(_ tokens: [Token], from start: Int) -> Range<Int> {
        var end = start
        while end < tokens.count, tokens[end].isNameSyllable, end - start < 9 { end += 1 }
        // "Mỹ Đình 1, Mỹ Đình 2": a ward's number ends its name when nothing but punctuation follows.
        if end > start, end < tokens.count, tokens[end].kind == .number, tokens[end].text.count <= 2,
           tokens[end].text.allSatisfy(\.isNumber),
           end + 1 >= tokens.count || tokens[end + 1].kind == .punctuation || tokens[end + 1].isLowercased(functionWords.and) {
            end += 1
        }
        return start..<end
    }

    /// The unit's name after a kind word: the name run, less a person's name that follows it.
    func readName(_ tokens: [Token], from start: Int, kind: UnitKind, known: KeyNameSet, roleBefore: Bool) -> (String, Int)? {
        guard start < tokens.count else { return nil }
        if tokens[start].kind == .number, tokens[start].text.count <= 2, tokens[start].text.allSatisfy(\.isNumber) {
            return (tokens[start].text, start + 1)
        }
        if notNames.match(tokens, at: start) != nil { return nil }
        var run = nameRun(tokens, from: start)
        guard !run.isEmpty else { return nil }
        // "Xã Dân chủ" where the article names "xã Dân Chủ": a known name written with a
        // lower-case syllable is still that name.
        for extra in 1...2 where run.upperBound + extra <= tokens.count {
            // (The kinds first: they rule out most runs without joining keys.)
            if tokens[run.upperBound..<(run.upperBound + extra)].allSatisfy({ $0.kind == .word }),
               known.contains(keysOf: tokens[start..<(run.upperBound + extra)]) {
                run = start..<(run.upperBound + extra)
                break
            }
        }
        var length = run.count
        if run.count <= 4, known.contains(keysOf: tokens[run]) {
            length = run.count
        } else if let split = splitter.split(tokens[run], knownUnits: known) {
            if split.unitCount > 0 {
                length = split.unitCount
            } else if kind.level == 0 && provinceOfKey[tokens[run].map(\.key).joined(separator: " ")] == nil || roleBefore {
                // "UBND thành phố Hồ Văn Nam": the city is unnamed; the person follows.
                return nil
            }
        }
        length = min(length, 4)
        let name = tokens[start..<(start + length)].map(\.text).joined(separator: " ")
        return (name, start + length)
    }

    func hasRoleHead(_ tokens: [Token], before index: Int) -> Bool {
        let from = max(0, index - 8)
        for position in from..<index where roleHeads.match(tokens, at: position) != nil { return true }
        return false
    }

    // MARK: - Context

    /// The province or city the article is set in: the one it names most, else its section's,
    /// else its outlet's.
    func provinceContext(_ sentences: [AnalyzedSentence], starts: [Starts], article: Article) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for sentenceStarts in starts {
            for (_, alias) in aliasMatches(sentenceStarts) {
                guard let province = provinceOfAlias[alias] else { continue }
                if counts[province.name] == nil { order.append(province.name) }
                counts[province.name, default: 0] += 1
            }
        }
        if let best = order.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }) { return best }
        if let section = article.section, let province = provinceOfKey[Tokenizer.tokens(section).map(\.key).joined(separator: " ")] {
            return province.name
        }
        return article.outlet?.province
    }

    /// The place a title names before ":" or " - " without a kind word ("Tân An: …").
    func titlePlace(_ title: AnalyzedSentence?, starts: Starts?, mentions: [Mention]) -> Mention? {
        guard let title else { return nil }
        guard TitlePattern.hasPlacePrefix(title.text) else { return titleProvince(title, starts: starts ?? self.starts(title.tokens)) }
        let tokens = title.tokens
        let run = nameRun(tokens, from: 0)
        guard !run.isEmpty else { return nil }
        let key = tokens[run].map(\.key).joined(separator: " ")
        // A kind word at the start is found by the scan already.
        let firstIntroduction = starts.map { $0.introductions.first ?? nil } ?? kinds.introduction(tokens, at: 0)
        if firstIntroduction?.by == .kindWord { return nil }
        let named = mentions.filter { $0.folded == key }
        if !named.isEmpty {
            var counts: [UnitKind: Int] = [:]
            for mention in named { counts[mention.kind, default: 0] += 1 }
            let kind = counts.max { ($0.value, -$0.key.level) < ($1.value, -$1.key.level) }?.key ?? named[0].kind
            let name = named.first { $0.kind == kind }?.name ?? named[0].name
            return Mention(name: name, kind: kind, sentence: 0, inTitle: true, inLede: false)
        }
        if let province = provinceOfKey[key] {
            return Mention(name: province.name, kind: province.kind, sentence: 0, inTitle: true, inLede: false)
        }
        return nil
    }

    /// A province or city a title names by its bare name ("Trụ sở các phường mới của Hà Nội"),
    /// not right after a kind word or a committee, which the scan reads already.
    func titleProvince(_ title: AnalyzedSentence, starts: Starts) -> Mention? {
        for (index, alias) in aliasMatches(starts) {
            if index > 0, starts.introductions[index - 1] != nil
                || index > 1 && starts.introductions[index - 2] != nil { continue }
            guard let province = provinceOfAlias[alias] else { continue }
            var mention = Mention(name: province.name, kind: province.kind, sentence: 0, inTitle: true, inLede: false)
            mention.bare = true
            return mention
        }
        return nil
    }

    // MARK: - Assembly

    func assemble(_ mentions: [Mention], sentences: [AnalyzedSentence], article: Article, province: String?) -> [AdministrativeUnit] {
        // The mentions grouped by unit, in the order the units are first named: an article names
        // few units, so a key is looked for among them by `==` (a dictionary hashed each key's
        // non-ASCII text, normalising it, several times per mention).
        var order: [UnitKey] = []
        var groups: [[Mention]] = []
        for mention in mentions {
            let key = mention.key
            if let index = order.firstIndex(of: key) {
                groups[index].append(mention)
            } else {
                order.append(key)
                groups.append([mention])
            }
        }
        guard !order.isEmpty else { return [] }
        let primaryKey = primary(order: order, groups: groups)
        // After the two-tier reform (1 July 2025) wards belong to their province directly.
        let twoTier = Self.isTwoTier(article)
        let districts = order.indices.filter { index in
            order[index].kind.level == 1 && !groups[index].allSatisfy(\.former)
        }
        var units: [AdministrativeUnit] = []
        for (index, key) in order.enumerated() {
            let group = groups[index]
            guard let first = group.first else { continue }
            var parent: String?
            if let explicit = group.first(where: { $0.parent != nil })?.parent {
                parent = explicit.name
            } else if key.kind.level == 2, !twoTier, districts.count == 1, let district = groups[districts[0]].first {
                parent = district.name
            } else if key.kind.level > 0 {
                parent = province
            }
            if let parentName = parent, parentName.vietnameseKey == key.folded { parent = nil }
            let sentence = sentences[min(first.sentence, sentences.count - 1)]
            units.append(AdministrativeUnit(
                name: first.name, kind: key.kind, parent: parent, primary: key == primaryKey,
                former: group.allSatisfy(\.former), evidence: sentence.evidence))
        }
        // A unit named only as another's parent is still a unit of the article.
        units.sort { ($0.primary ? 0 : 1) < ($1.primary ? 0 : 1) }
        return units
    }

    /// The unit the article is about: the first its title names (a unit named only inside
    /// someone's role, "Bí thư Tỉnh ủy X", comes after one named for itself), else the one
    /// whose party organisation the lede reports on ("Đảng bộ phường X tổ chức …"), else the
    /// first the lede names below province level, else the one the article names most.
    func primary(order: [UnitKey], groups: [[Mention]]) -> UnitKey? {
        func first(_ test: (Mention) -> Bool, level: ((UnitKey) -> Bool)? = nil) -> UnitKey? {
            order.indices.first { index in groups[index].contains { test($0) && !$0.former } && (level?(order[index]) ?? true) }
                .map { order[$0] }
        }
        return first { $0.inTitle && !$0.byCommittee && !$0.bare }
            ?? first { $0.inTitle && $0.bare }
            ?? first { $0.inTitle }
            ?? first { $0.inLede && $0.ofPartyBody }
            ?? first({ $0.inLede }, level: { $0.kind.level > 0 })
            ?? order.indices.max { groups[$0].count < groups[$1].count }.map { order[$0] }
    }

    static func isTwoTier(_ article: Article) -> Bool {
        let date = article.eventDate ?? article.published?.date
        if let date, let reform = CalendarDate(year: 2025, month: 7, day: 1) { return date >= reform }
        return (article.year ?? 0) >= 2025
    }
}
