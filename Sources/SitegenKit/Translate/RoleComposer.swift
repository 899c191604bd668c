/// Composes the English of one role from the glossary, in English word order.
///
/// A Vietnamese role reads head first, then the bodies it belongs to, each qualifying the one
/// before: "Ủy viên | Ban Thường vụ | Thành ủy" is a Member of the Standing Committee of the City
/// Party Committee. A unit or a proper name after a body names whose body it is, and English puts
/// it before the body: "UBND | TP Hà Nội" → "the Hà Nội City People's Committee".
///
/// Proper names are capitalised syllables that follow a head, a body, a unit kind or "của"; they
/// keep their Vietnamese spelling. Every other word the glossary does not know stays in the text
/// as written and is listed in `TranslatedText.untranslated`.
struct RoleComposer: Sendable {
    /// One group of glossary phrases: a matcher and the English of each phrase by its token keys.
    struct Vocabulary: Sendable {
        let matcher: PhraseMatcher
        let english: [String: String]

        init(_ entries: [String: String]) {
            var english: [String: String] = [:]
            var phrases: [String] = []
            for (phrase, value) in entries {
                let text = RoleComposer.withoutTrailingDots(phrase)
                let key = RoleComposer.key(Tokenizer.tokens(text))
                guard !key.isEmpty else { continue }
                english[key] = value
                phrases.append(text)
            }
            self.english = english
            matcher = PhraseMatcher(phrases.sorted())
        }

        /// The longest phrase at `index`: how many tokens it takes and its English.
        func match(_ tokens: [Token], at index: Int) -> (count: Int, english: String)? {
            guard let phrase = matcher.match(tokens, at: index),
                  let value = english[phrase.keys.joined(separator: " ")] else { return nil }
            return (phrase.keys.count, value)
        }

        /// The English of exactly `tokens[range]`, when the glossary has that phrase.
        func exact(_ tokens: ArraySlice<Token>) -> String? {
            english[RoleComposer.key(Array(tokens))]
        }
    }

    /// One noun group of a role: a body, a unit, a proper name, or words the glossary lacks.
    struct Nominal {
        var body: String?
        var kind: String?
        var name: String?
        var nameIsNumber = false
        var place: String?
        var number: String?
        var term: String?
        var formerUnit: String?
        var raw: String?
        /// The English word that joins this group to the one before: "of" or "and".
        var joiner = "of"

        var hasUnit: Bool { kind != nil || name != nil || place != nil }

        var english: String {
            if let raw { return raw }
            var words: [String] = []
            if let formerUnit { words.append(formerUnit) }
            if let place { words.append(place) }
            if let name, let kind, nameIsNumber {
                words += [kind, name]
            } else {
                if let name { words.append(name) }
                if let kind { words.append(kind) }
            }
            if let body { words.append(body) }
            if let number { words.append(number) }
            var text = words.joined(separator: " ")
            if let term { text += " (\(term))" }
            let takesArticle = body != nil && number == nil
            return takesArticle ? "the " + text : text
        }
    }

    let heads: Vocabulary
    let bodies: Vocabulary
    let kinds: Vocabulary
    let places: Vocabulary
    let former: Vocabulary
    let connectors: Vocabulary
    let numbering: Vocabulary
    let formerUnit: Vocabulary
    let terms: Vocabulary

    init(glossary: Glossary) {
        heads = Vocabulary(glossary.heads)
        bodies = Vocabulary(glossary.bodies)
        var kindWords: [String: String] = [:]
        for kind in UnitKind.allCases {
            kindWords[kind.rawValue] = glossary.unitKinds[kind] ?? kind.rawValue
        }
        for (word, kind) in glossary.unitKindWords {
            kindWords[word] = glossary.unitKinds[kind] ?? kind.rawValue
        }
        kinds = Vocabulary(kindWords)
        places = Vocabulary(glossary.placeAliases)
        former = Vocabulary(glossary.former)
        connectors = Vocabulary(glossary.connectors)
        numbering = Vocabulary(glossary.numbering)
        formerUnit = Vocabulary(glossary.formerUnit)
        terms = Vocabulary(glossary.terms)
    }

    /// The English of a role; a list of roles ("Bí thư Đảng ủy, Chủ tịch HĐND …", "… kiêm …") is
    /// translated part by part and joined with commas.
    func translate(_ text: String) -> TranslatedText {
        let tokens = Tokenizer.tokens(text).filter { !($0.kind == .punctuation && ($0.text == "." || $0.text == "..." )) }
        var parts: [[Token]] = [[]]
        for token in tokens {
            if token.kind == .punctuation && (token.text == "," || token.text == ";") || token.key == "kiêm".vietnameseKey {
                parts.append([])
            } else {
                parts[parts.count - 1].append(token)
            }
        }
        var english: [String] = []
        var untranslated: [String] = []
        for part in parts where !part.isEmpty {
            let translated = translatePart(part, in: text)
            english.append(translated.text)
            untranslated += translated.untranslated
        }
        return TranslatedText(text: english.joined(separator: ", "), untranslated: untranslated)
    }

    /// One role: [former] head, then the noun groups it is "of".
    private func translatePart(_ tokens: [Token], in source: String) -> TranslatedText {
        var index = 0
        var formerWord: String?
        if let match = former.match(tokens, at: index) {
            formerWord = match.english
            index += match.count
        }
        var head: String?
        if let match = heads.match(tokens, at: index) {
            head = match.english
            let rest = index + match.count
            var split = false
            // "Trưởng ban | Tuyên giáo" is "Trưởng | Ban Tuyên giáo": when the head's last words
            // begin a longer body, the body takes them.
            if bodies.match(tokens, at: rest) == nil {
                for cut in stride(from: match.count - 1, through: 1, by: -1) {
                    if let shorter = heads.exact(tokens[index..<(index + cut)]),
                       let body = bodies.match(tokens, at: index + cut), body.count > match.count - cut {
                        head = shorter
                        index += cut
                        split = true
                        break
                    }
                }
            }
            if !split { index = rest }
        }

        var nominals: [Nominal] = []
        var untranslated: [String] = []
        var startsNew = true
        var pendingJoiner = "of"
        var mayName = head != nil
        func append(_ nominal: Nominal) {
            var nominal = nominal
            nominal.joiner = pendingJoiner
            pendingJoiner = "of"
            nominals.append(nominal)
            startsNew = false
        }
        // A unit goes on the body before it ("UBND" + "TP Hà Nội"), or makes a group of its own.
        func attachUnit(_ unit: Nominal) {
            if !startsNew, let last = nominals.indices.last, nominals[last].body != nil, !nominals[last].hasUnit {
                nominals[last].kind = unit.kind
                nominals[last].name = unit.name
                nominals[last].nameIsNumber = unit.nameIsNumber
                nominals[last].place = unit.place
            } else {
                append(unit)
            }
            startsNew = false
        }
        while index < tokens.count {
            if let match = connectors.match(tokens, at: index) {
                pendingJoiner = match.english
                startsNew = true
                mayName = true
                index += match.count
                continue
            }
            if let match = bodies.match(tokens, at: index) {
                append(Nominal(body: match.english))
                mayName = true
                index += match.count
                continue
            }
            if let match = places.match(tokens, at: index) {
                attachUnit(Nominal(place: match.english))
                startsNew = false
                mayName = false
                index += match.count
                continue
            }
            if let match = kinds.match(tokens, at: index) {
                index += match.count
                let name = nameRun(tokens, from: &index, allowNumber: true)
                var unit = Nominal(kind: match.english)
                unit.name = name?.text
                unit.nameIsNumber = name?.isNumber ?? false
                attachUnit(unit)
                startsNew = false
                mayName = false
                continue
            }
            if let match = numbering.match(tokens, at: index), index + match.count < tokens.count,
               let last = nominals.indices.last, nominals[last].number == nil {
                let number = tokens[index + match.count]
                nominals[last].number = match.english + " " + number.text
                index += match.count + 1
                continue
            }
            if let match = terms.match(tokens, at: index), index + match.count < tokens.count,
               let last = nominals.indices.last {
                let value = tokens[index + match.count]
                nominals[last].term = value.kind == .number ? "\(value.text) \(match.english)" : "\(match.english) \(value.text)"
                index += match.count + 1
                continue
            }
            if let match = formerUnit.match(tokens, at: index), let last = nominals.indices.last, nominals[last].hasUnit {
                nominals[last].formerUnit = match.english
                index += match.count
                continue
            }
            if mayName, let name = nameRun(tokens, from: &index, allowNumber: false) {
                if !startsNew, let last = nominals.indices.last, !nominals[last].hasUnit, nominals[last].raw == nil {
                    nominals[last].name = name.text
                } else {
                    append(Nominal(name: name.text))
                }
                mayName = false
                continue
            }
            // A run of words the glossary does not know: kept as written, and reported.
            let start = index
            index += 1
            while index < tokens.count, !startsKnownPhrase(tokens, at: index) { index += 1 }
            let raw = Self.text(of: tokens[start..<index], in: source)
            untranslated.append(raw)
            append(Nominal(raw: raw))
            mayName = false
        }

        var text = head ?? ""
        for (offset, nominal) in nominals.enumerated() {
            if text.isEmpty {
                text = nominal.english
            } else {
                text += " " + (offset == 0 && head != nil ? "of" : nominal.joiner) + " " + nominal.english
            }
        }
        if let formerWord {
            text = text.isEmpty ? formerWord : formerWord + " " + text
        }
        return TranslatedText(text: text, untranslated: untranslated)
    }

    /// Whether a glossary phrase or a connector starts at `index`, which ends a run of unknown words.
    private func startsKnownPhrase(_ tokens: [Token], at index: Int) -> Bool {
        [heads, bodies, kinds, places, connectors, numbering, terms].contains { $0.match(tokens, at: index) != nil }
    }

    /// A proper name at `index`: capitalised syllables ("Hoàn Kiếm"), all-capital words ("HCM"),
    /// joined by " - " ("Bà Rịa - Vũng Tàu"), or a number after a unit kind ("phường 7").
    private func nameRun(_ tokens: [Token], from index: inout Int, allowNumber: Bool) -> (text: String, isNumber: Bool)? {
        if allowNumber, index < tokens.count, tokens[index].kind == .number {
            index += 1
            return (tokens[index - 1].text, true)
        }
        var words: [String] = []
        var cursor = index
        while cursor < tokens.count {
            let token = tokens[cursor]
            if !words.isEmpty, startsKnownPhrase(tokens, at: cursor) { break }
            if token.kind == .word, token.isNameSyllable || token.isAllCaps {
                words.append(token.text)
                cursor += 1
            } else if token.text == "-", !words.isEmpty, cursor + 1 < tokens.count, tokens[cursor + 1].isNameSyllable {
                words.append("-")
                cursor += 1
            } else {
                break
            }
        }
        if words.last == "-" { words.removeLast(); cursor -= 1 }
        guard !words.isEmpty else { return nil }
        // Every syllable of a proper name is capitalised: "Trung tâm …" is a common noun.
        if cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].text.first?.isLowercase == true,
           !startsKnownPhrase(tokens, at: cursor) {
            return nil
        }
        index = cursor
        return (words.joined(separator: " "), false)
    }

    /// The text of some tokens as the source writes it.
    static func text(of tokens: ArraySlice<Token>, in source: String) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return String(source[first.range.lowerBound..<last.range.upperBound])
    }

    /// The matching key of a phrase: its tokens' keys, without dots, joined by spaces.
    static func key(_ tokens: [Token]) -> String {
        tokens.filter { !($0.kind == .punctuation && $0.text == ".") }.map(\.key).joined(separator: " ")
    }

    /// "TP." → "TP": role text is matched without dots.
    static func withoutTrailingDots(_ phrase: String) -> String {
        var text = phrase
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
