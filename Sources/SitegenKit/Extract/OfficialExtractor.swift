/// Finds the officials an article names, with every role the text gives each of them.
///
/// A role stands before the name ("Bí thư Đảng uỷ phường Tân An Lê Thị Hồng"), after
/// it with a comma or a dash ("Đỗ Văn Toàn, Phó Bí thư Thành ủy Hà Nội chủ trì"), after an
/// appointment ("Nguyễn Văn An chỉ định giữ chức Bí thư Đảng ủy"), or before several people
/// who share it ("2 phó bí thư là ông … và bà …"). Roles listed together share the unit named
/// at the end of the list ("Bí thư Đảng ủy, Chủ tịch HĐND phường Tân An" → two roles of
/// phường Tân An). A person named with no role (a quoted resident, a photo credit, a byline)
/// is not an official.
struct OfficialExtractor: Sendable {
    let heads: PhraseMatcher
    let bodies: PhraseMatcher
    let bodyOfKey: [String: RoleLexicon.Body]
    /// `bodyOfKey` of each of `bodies`' phrases (their keys joined), by the phrase's index: a
    /// match is answered without copying its phrase or joining and hashing its keys.
    let bodyOfPhrase: [RoleLexicon.Body?]
    let titles: PhraseMatcher
    let stops: PhraseMatcher
    let former: PhraseMatcher
    let joiners: PhraseMatcher
    let connectors: PhraseMatcher
    let notHeads: PhraseMatcher
    let appointments: PhraseMatcher
    let sharing: PhraseMatcher
    let kinds: UnitKindWords
    let roleWords: KeySet
    let splitter: NameSplitter
    /// The function words compared with tokens, held here rather than read from static constants.
    let functionWords = FunctionWordList()
    /// The lexicon's vocabulary, in which the roles found are tokenized again to be completed.
    let vocabulary: KeyVocabulary

    init(lexicon: Lexicon) {
        let roles = lexicon.roles
        let vocabulary = lexicon.vocabulary
        heads = PhraseMatcher(roles.heads, vocabulary: vocabulary)
        bodies = PhraseMatcher(roles.bodies.map(\.name), vocabulary: vocabulary)
        var bodyOfKey: [String: RoleLexicon.Body] = [:]
        for body in roles.bodies { bodyOfKey[Self.key(body.name)] = body }
        self.bodyOfKey = bodyOfKey
        bodyOfPhrase = roles.bodies.map { bodyOfKey[Self.key($0.name)] }
        titles = PhraseMatcher(roles.titles, vocabulary: vocabulary)
        stops = PhraseMatcher(roles.stops, vocabulary: vocabulary)
        former = PhraseMatcher(roles.former, vocabulary: vocabulary)
        joiners = PhraseMatcher(roles.joiners, vocabulary: vocabulary)
        connectors = PhraseMatcher(roles.connectors, vocabulary: vocabulary)
        notHeads = PhraseMatcher(roles.notHeads, vocabulary: vocabulary)
        appointments = PhraseMatcher(roles.appointments, vocabulary: vocabulary)
        sharing = PhraseMatcher(roles.sharing, vocabulary: vocabulary)
        kinds = UnitKindWords(lexicon.units, vocabulary: vocabulary)
        let words = lexicon.units.kinds.flatMap(\.words)
        let roleVocabulary = roles.heads + roles.bodies.map(\.name) + roles.connectors + words + roles.former + roles.joiners
        roleWords = KeySet(Set(Tokenizer.keys(of: roleVocabulary)), vocabulary: vocabulary)
        splitter = NameSplitter(surnames: KeySet(lexicon.surnames, vocabulary: vocabulary))
        self.vocabulary = vocabulary
    }

    static func key(_ text: String) -> String { Tokenizer.tokens(text).map(\.key).joined(separator: " ") }

    /// One role as found in a sentence, before it is merged with the person's other roles.
    struct FoundRole {
        var text: String
        var evidence: Evidence
    }

    func extract(_ sentences: [AnalyzedSentence], units: UnitExtractor.Result,
                 primary: AdministrativeUnit?) -> [Official] {
        // Each person once, in the order first named, with their roles and the roles' keys (made
        // once per role, not again for every role merged after it).
        var indexOfKey: [String: Int] = [:]
        var people: [(name: String, roles: GatheredRoles)] = []
        for sentence in sentences {
            for (name, found) in self.people(in: sentence, knownUnits: units.knownNames, primary: primary) {
                let key = name.vietnameseKey
                let index: Int
                if let known = indexOfKey[key] {
                    index = known
                } else {
                    index = people.count
                    indexOfKey[key] = index
                    people.append((name, GatheredRoles()))
                }
                for role in found {
                    people[index].roles.merge(RoleTitle(text: role.text, evidence: role.evidence))
                }
            }
        }
        return people.compactMap { person in
            person.roles.list.isEmpty ? nil : Official(name: person.name, roles: person.roles.list)
        }
    }

    /// A person's roles as `extract` gathers them, with their keys.
    struct GatheredRoles {
        var list: [RoleTitle] = []
        /// `list[i].key` at `keys[i]`.
        var keys: [String] = []

        mutating func merge(_ role: RoleTitle) { OfficialExtractor.merge(role, into: &list, keys: &keys) }
    }

    /// `merge(_:into:)` with the list's keys kept beside it (`keys[i]` is `list[i].key`).
    static func merge(_ role: RoleTitle, into list: inout [RoleTitle], keys: inout [String]) {
        let key = role.key
        for index in list.indices {
            let existing = keys[index]
            if existing == key { return }
            if key.hasPrefix(existing + " ") {
                list[index] = role
                keys[index] = key
                return
            }
            if existing.hasPrefix(key + " ") { return }
        }
        list.append(role)
        keys.append(key)
    }

    /// Adds a role unless the person has it already; a fuller wording of a role they have
    /// ("… của Thành ủy Hà Nội" for "… của Thành ủy") takes its place.
    static func merge(_ role: RoleTitle, into list: inout [RoleTitle]) {
        let key = role.key
        for index in list.indices {
            let existing = list[index].key
            if existing == key { return }
            if key.hasPrefix(existing + " ") {
                list[index] = role
                return
            }
            if existing.hasPrefix(key + " ") { return }
        }
        list.append(role)
    }

    // MARK: - People in a sentence

    func people(in sentence: AnalyzedSentence, knownUnits: KeyNameSet, primary: AdministrativeUnit?) -> [(String, [FoundRole])] {
        let tokens = sentence.tokens
        var result: [(String, [FoundRole])] = []
        var floor = 0
        var i = 0
        while i < tokens.count {
            // (The head after `i` first, here: it rules out nearly every position without a call.)
            if heads.matchSpan(tokens, at: i + 1) != nil, let shared = sharedRole(tokens, at: i, sentence: sentence) {
                result += shared.people.map { ($0, [FoundRole(text: shared.role, evidence: sentence.evidence)]) }
                floor = shared.end
                i = shared.end
                continue
            }
            guard tokens[i].isNameSyllable else {
                i += 1
                continue
            }
            var runEnd = i
            while runEnd < tokens.count, tokens[runEnd].isNameSyllable, runEnd - i < 10 { runEnd += 1 }
            // "Bà Bùi Thị Mai", "Đồng chí Nguyễn Văn An": a title is not part of the name.
            var start = i
            while let title = titles.match(tokens, at: start), start + title.keys.count < runEnd { start += title.keys.count }
            let titled = start > i || i > 0 && titlesEnding(tokens, at: i - 1) != nil
            let split: (unitCount: Int, personCount: Int)
            if titled, (2...5).contains(runEnd - start), splitter.surnames.contains(tokens[start]) {
                // "ông Lương Nguyễn Minh Triết", "bà Huỳnh Ngọc Nữ Phương Hồng": after a title, a
                // run that starts with a family name is one person's whole name.
                split = (0, runEnd - start)
            } else if let found = splitter.split(tokens[start..<runEnd], knownUnits: knownUnits) {
                split = found
            } else {
                i = runEnd
                continue
            }
            let personStart = start + split.unitCount
            // "Đoàn Thư ký", "Đoàn Chủ tịch": the run ends inside a role word, not a name.
            if runEnd < tokens.count, !tokens[runEnd].isCapitalized,
               (heads.match(tokens, at: runEnd - 1)?.keys.count ?? 0) > 1 || (bodies.match(tokens, at: runEnd - 1)?.keys.count ?? 0) > 1
                || (notHeads.match(tokens, at: runEnd - 2)?.keys.count ?? 0) > 2 {
                i = runEnd
                continue
            }
            // "Phó Chủ tịch UBND TP Hà Nội đề nghị": a unit's name, not a person's.
            if knownUnits.contains(keysOf: tokens[personStart..<runEnd]) {
                i = runEnd
                continue
            }
            let name = sentence.text(from: personStart, to: runEnd)
            // Roles that describe the person, and offices the text says they were given now.
            var described: [String] = []
            var appointed: [String] = []
            if let roleStart = roleStart(tokens, before: personStart, floor: floor) {
                described += splitRoles(tokens, from: roleStart, to: trimmedEnd(tokens, personStart, from: roleStart), in: sentence)
            }
            var end = runEnd
            if let after = rolesAfter(tokens, from: runEnd, in: sentence) {
                described += after.roles
                end = after.end
                // "…, Bí thư Quận ủy quận 5 (cũ), được chỉ định giữ chức vụ Bí thư Đảng ủy phường X",
                // "…, Bí thư quận 5 cũ làm Bí thư phường X".
                let next = end < tokens.count && tokens[end].isText(",") ? end + 1 : end
                if let found = appointedRoles(tokens, from: next, in: sentence) {
                    appointed += found.roles
                    end = found.end
                }
            } else if let found = appointedRoles(tokens, from: runEnd, in: sentence) {
                appointed += found.roles
                end = found.end
            }
            if !described.isEmpty || !appointed.isEmpty {
                // Only an appointment is to the article's own unit when it names none ("… chỉ định
                // giữ chức Bí thư Đảng ủy" at a ward's congress); a visitor's "Bí thư Đảng ủy" is
                // some other body's.
                let completed = complete(described, primary: nil) + complete(appointed, primary: primary)
                result.append((name, completed.map { FoundRole(text: $0, evidence: sentence.evidence) }))
                floor = end
            }
            i = max(end, runEnd)
        }
        return result
    }

    /// Where a role written before the name starts: the first role head in the run of role
    /// words that ends at the name, not reaching back past `floor` (the last person found).
    func roleStart(_ tokens: [Token], before personStart: Int, floor: Int) -> Int? {
        var k = personStart - 1
        // "…, ông Nguyễn Văn A": skip a title and a comma before the name. Without a title, a
        // comma right before the name ends whatever came before ("… Đoàn Chủ tịch, Đoàn Thư").
        var titled = false
        while k >= floor, let title = titlesEnding(tokens, at: k) {
            k -= title
            titled = true
        }
        if k >= floor, tokens[k].isText(",") {
            guard titled else { return nil }
            k -= 1
        }
        guard k >= floor else { return nil }
        var first = k + 1
        while k >= floor {
            let allowed = tokens[k].kind == .number || tokens[k].isCapitalized || roleWords.contains(tokens[k])
                || Self.isRoleSeparator(tokens[k])
            guard allowed else { break }
            first = k
            k -= 1
        }
        var position = first
        while position < personStart {
            if head(tokens, at: position) != nil {
                if position > first, former.match(tokens, at: position - 1) != nil { return position - 1 }
                return position
            }
            position += 1
        }
        return nil
    }

    /// The length of a title that ends at `index`, if one does. A capitalised one-word title
    /// inside a run of name syllables ("Đông Anh") is part of a name, not a title.
    func titlesEnding(_ tokens: [Token], at index: Int) -> Int? {
        for length in (1...3).reversed() where index - length + 1 >= 0 {
            let start = index - length + 1
            guard let title = titles.match(tokens, at: start), title.keys.count == length else { continue }
            if length == 1, tokens[start].isNameSyllable, start > 0, tokens[start - 1].isNameSyllable { continue }
            return length
        }
        return nil
    }

    /// The end of a role before a name, less a title and a comma between them.
    func trimmedEnd(_ tokens: [Token], _ personStart: Int, from roleStart: Int) -> Int {
        var end = personStart
        while end > roleStart, let title = titlesEnding(tokens, at: end - 1) { end -= title }
        while end > roleStart, tokens[end - 1].isText(",") || tokens[end - 1].isText("-") || tokens[end - 1].isText("–") { end -= 1 }
        return end
    }

    /// Whether a role starts at `index`: a head, maybe after "nguyên".
    func startsRole(_ tokens: [Token], at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        if head(tokens, at: index) != nil { return true }
        if let word = former.match(tokens, at: index) { return head(tokens, at: index + word.keys.count) != nil }
        return false
    }

    /// The role head at `index`, written as a title is: with a capital ("Phó Chủ tịch", "Phó bí
    /// thư"), and not the head word of a body's name ("Đoàn Chủ tịch", "đoàn chủ tịch").
    func head(_ tokens: [Token], at index: Int) -> PhraseMatcher.Phrase? {
        guard index < tokens.count, tokens[index].isCapitalized else { return nil }
        var found = heads.match(tokens, at: index)
        // "Phó" before any head is a deputy's head: "Phó Chỉ huy trưởng", "Phó Tổng Biên tập".
        if tokens[index].isLowercased(functionWords.deputy), let deputy = heads.match(tokens, at: index + 1),
           deputy.keys.count + 1 > found?.keys.count ?? 0 {
            found = PhraseMatcher.Phrase(keys: [tokens[index].key] + deputy.keys, text: tokens[index].text + " " + deputy.text)
        }
        guard let phrase = found else { return nil }
        for start in max(0, index - 2)..<index {
            if let body = notHeads.match(tokens, at: start), start + body.keys.count > index { return nil }
        }
        return phrase
    }

    /// Splits a list of roles at commas, dashes and "kiêm" that come before another head. What
    /// follows a comma that starts no role is an apposition ("…, tỉnh Hưng Yên, bà …") and is
    /// left out.
    func splitRoles(_ tokens: [Token], from start: Int, to end: Int, in sentence: AnalyzedSentence) -> [String] {
        var roles: [String] = []
        var pieceStart = start
        var pieceEnd: Int?
        var k = start
        while k < end {
            let isSeparator = Self.isRoleSeparator(tokens[k]) || tokens[k].isSemicolon
            let joiner = joiners.match(tokens, at: k)
            if isSeparator || joiner != nil {
                let next = k + (joiner?.keys.count ?? 1)
                if startsRole(tokens, at: next) {
                    roles.append(sentence.text(from: pieceStart, to: pieceEnd ?? k))
                    pieceStart = next
                    pieceEnd = nil
                    k = next
                    continue
                }
                if tokens[k].isText(","), pieceEnd == nil { pieceEnd = k }
            }
            k += 1
        }
        roles.append(sentence.text(from: pieceStart, to: pieceEnd ?? end))
        return roles.map { Self.clean($0) }.filter { !$0.isEmpty }
    }

    /// Roles written after the name: ", Phó Bí thư Thành ủy Hà Nội", " - Uỷ viên …, Bí thư …".
    func rolesAfter(_ tokens: [Token], from end: Int, in sentence: AnalyzedSentence) -> (roles: [String], end: Int)? {
        guard end + 1 < tokens.count, Self.isRoleSeparator(tokens[end]) || tokens[end].isText("("),
              startsRole(tokens, at: end + 1) else { return nil }
        return readRoles(tokens, from: end + 1, in: sentence)
    }

    /// Roles after an appointment: "… chỉ định giữ chức Bí thư Đảng ủy".
    func appointedRoles(_ tokens: [Token], from end: Int, in sentence: AnalyzedSentence) -> (roles: [String], end: Int)? {
        var k = end
        var steps = 0
        while k < tokens.count, steps < 5, let word = appointments.match(tokens, at: k) {
            k += word.keys.count
            steps += 1
        }
        guard steps > 0, startsRole(tokens, at: k) else { return nil }
        return readRoles(tokens, from: k, in: sentence)
    }

    /// Reads roles forward from a head until the clause ends: punctuation that closes it, a verb
    /// ("chủ trì", "tặng hoa"), or a separator that is not followed by another head.
    func readRoles(_ tokens: [Token], from start: Int, in sentence: AnalyzedSentence) -> (roles: [String], end: Int) {
        var roles: [String] = []
        var pieceStart = start
        var k = start
        let maximumLength = 24
        while k < tokens.count {
            let token = tokens[k]
            // A piece's head is read whole, and so is a lower-case connector of several words:
            // neither stops at a word of its own that is also a verb ("Ủy viên dự khuyết": "dự").
            if k == pieceStart, let head = head(tokens, at: k) {
                k += head.keys.count
                continue
            }
            if !token.isCapitalized, let connector = connectors.match(tokens, at: k), connector.keys.count > 1 {
                k += connector.keys.count
                continue
            }
            // "quận 5 (cũ)": a former unit stays in the role.
            if token.isText("("), k + 2 < tokens.count, tokens[k + 1].isLowercased(functionWords.former), tokens[k + 2].isText(")") {
                k += 3
                continue
            }
            if token.kind == .punctuation, Self.closesRoles(token) { break }
            if k > pieceStart, !token.isCapitalized, heads.match(tokens, at: k) == nil, bodies.match(tokens, at: k) == nil,
               stops.match(tokens, at: k) != nil {
                break
            }
            if Self.isRoleSeparator(token) || joiners.match(tokens, at: k) != nil {
                let next = k + (joiners.match(tokens, at: k)?.keys.count ?? 1)
                guard startsRole(tokens, at: next) else { break }
                roles.append(sentence.text(from: pieceStart, to: k))
                pieceStart = next
                k = next
                continue
            }
            // "… và ông Nguyễn Văn B": the next person; "… UBND TP X và 200 đại biểu": the clause
            // goes on. "và" stays in a role between two body names ("Ban Tuyên giáo và Dân vận") or
            // inside a description that has not named its body yet ("… khu dân cư và đô thị …").
            if token.isLowercased(functionWords.and) {
                guard k + 1 < tokens.count else { break }
                let next = tokens[k + 1]
                let namedBody = tokens[(pieceStart + 1)..<k].contains { $0.isCapitalized }
                if next.kind == .number || titles.match(tokens, at: k + 1) != nil
                    || next.isNameSyllable && splitter.isPersonName(tokens[(k + 1)..<min(tokens.count, k + 4)])
                    || !next.isCapitalized && namedBody {
                    break
                }
            }
            if k - pieceStart >= maximumLength { break }
            k += 1
        }
        roles.append(sentence.text(from: pieceStart, to: k))
        return (roles.map { Self.clean($0) }.filter { !$0.isEmpty }, k)
    }

    /// "2 phó bí thư là ông Nguyễn Văn A và bà Trần Thị B": one office, several people.
    func sharedRole(_ tokens: [Token], at index: Int, sentence: AnalyzedSentence) -> (role: String, people: [String], end: Int)? {
        // The head first: it rejects most positions without comparing any text.
        guard index < tokens.count, heads.match(tokens, at: index + 1) != nil,
              tokens[index].kind == .number || functionWords.sharedCounts.contains(where: tokens[index].isLowercased) else { return nil }
        var k = index + 1
        while k < tokens.count, sharing.match(tokens, at: k) == nil, k - index < 12 {
            let token = tokens[k]
            guard token.isCapitalized || roleWords.contains(token) else { return nil }
            k += 1
        }
        guard k < tokens.count, let word = sharing.match(tokens, at: k) else { return nil }
        let role = Self.clean(sentence.text(from: index + 1, to: k))
        var people: [String] = []
        var j = k + word.keys.count
        while j < tokens.count {
            if tokens[j].isText(":") { j += 1 }
            while let title = titles.match(tokens, at: j) { j += title.keys.count }
            var end = j
            while end < tokens.count, tokens[end].isNameSyllable, end - j < 4 { end += 1 }
            guard splitter.isPersonName(tokens[j..<end]) else { break }
            people.append(sentence.text(from: j, to: end))
            j = end
            guard j < tokens.count, tokens[j].isText(",") || tokens[j].isLowercased(functionWords.and) else { break }
            j += 1
        }
        guard people.count >= 2 else { return nil }
        return (Self.capitalizingFirst(role), people, j)
    }

    // MARK: - Completing roles

    /// The units a list of roles shares: a role with a body that needs a unit and names none
    /// takes the unit of the next role in the list that names one ("Bí thư Đảng ủy, Chủ tịch
    /// HĐND phường X"); one still without takes `primary`, the ward or commune the article is
    /// about, when one is given (for offices given at its congress).
    func complete(_ texts: [String], primary: AdministrativeUnit?) -> [String] {
        // (A closure, not `map(analyse)`, which would copy the extractor.)
        // Each role is tokenized once: its tokens serve both its analysis and, when nothing is
        // added to it, the test for a head at its start.
        let tokenized = texts.map { Tokenizer.tokens($0, vocabulary: vocabulary) }
        let analysed = texts.indices.map { analyse(texts[$0], tokens: tokenized[$0]) }
        var result: [String] = []
        for (index, role) in analysed.enumerated() {
            var text = texts[index]
            var extended = false
            if role.unit == nil, !role.hasKindWord, let body = role.body {
                // Only a unit named with its kind word is shared back ("…, Chủ tịch HĐND phường X");
                // a committee's name deep in a later role ("… của Thành ủy Hà Nội") is that role's own.
                let donor = analysed[(index + 1)...].first { $0.unit != nil && $0.hasKindWord }?.unit
                switch body.attach {
                case .unit:
                    if let donor {
                        text += " " + donor.phrase
                        extended = true
                    } else if let primary, primary.kind.level == 2 {
                        text += " " + primary.kind.rawValue + " " + primary.name
                        extended = true
                    }
                case .name:
                    if let donor, donor.kind == body.kind {
                        text += " " + donor.name
                        extended = true
                    }
                case .none:
                    break
                }
            }
            let tokens = extended ? Tokenizer.tokens(text, vocabulary: vocabulary) : tokenized[index]
            result.append(heads.matchSpan(tokens, at: 0) != nil ? Self.capitalizingFirst(text) : text)
        }
        return result
    }

    /// What a role's words say of its body and unit.
    struct RoleShape {
        var body: RoleLexicon.Body?
        var hasKindWord = false
        var unit: (kind: UnitKind, name: String, phrase: String)?
    }

    func analyse(_ text: String) -> RoleShape {
        analyse(text, tokens: Tokenizer.tokens(text, vocabulary: vocabulary))
    }

    /// `analyse(_:)` of `text`, given its tokens.
    func analyse(_ text: String, tokens: [Token]) -> RoleShape {
        var shape = RoleShape()
        var k = 0
        while k < tokens.count {
            if let body = bodies.matchSpan(tokens, at: k), let entry = bodyOfPhrase[body.index] {
                shape.body = entry
                k += body.length
                if entry.attach == .name, k < tokens.count, tokens[k].isNameSyllable, let kind = entry.kind {
                    let name = tokens[k...].prefix { $0.isNameSyllable }.map(\.text).joined(separator: " ")
                    shape.unit = (kind, name, name)
                }
                continue
            }
            if let (kind, length) = kinds.kindWord(tokens, at: k) {
                shape.hasKindWord = true
                let nameStart = k + length
                let run = tokens[nameStart...].prefix { $0.isNameSyllable || $0.kind == .number && $0.text.count <= 2 }
                if let last = run.last {
                    let name = run.map(\.text).joined(separator: " ")
                    let phrase = String(text[tokens[k].range.lowerBound..<last.range.upperBound])
                    shape.unit = (kind, name, phrase)
                }
                k = nameStart + run.count
                continue
            }
            k += 1
        }
        return shape
    }

    /// `[",", "-", "–", "—"].contains(token.text)`, on bytes (`Token.isText(_:)`).
    @inline(__always)
    static func isRoleSeparator(_ token: Token) -> Bool {
        token.isText(",") || token.isText("-") || token.isText("–") || token.isText("—")
    }

    /// `[".", ";", ":", ")", "(", "\"", "“", "”", "!", "?", "..."].contains(token.text)`, on bytes.
    static func closesRoles(_ token: Token) -> Bool {
        token.isText(".") || token.isSemicolon || token.isText(":") || token.isText(")") || token.isText("(") || token.isText("\"")
            || token.isText("“") || token.isText("”") || token.isText("!") || token.isText("?") || token.isText("...")
    }

    static func clean(_ text: String) -> String {
        var text = text.trimmed
        while let last = text.last, ",-–—;:".contains(last) { text.removeLast(); text = text.trimmed }
        return text
    }

    static func capitalizingFirst(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
