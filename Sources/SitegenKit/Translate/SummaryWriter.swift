/// Writes the Markdown summaries of articles, units, officials and themes in each language,
/// from the extracted facts, or the editor's own summary where an overlay gives one.
///
/// Fact summaries say only what the record holds: what the article reports (when its lede
/// names an event that took place), where (the primary unit and its parent), when (event date,
/// else publication date, else year), who (officials with their roles, translated), how many
/// (the figures that are set), which themes, and the key sentences quoted in the Vietnamese
/// original with the outlet and author. Every piece of extracted text is Markdown-escaped, so
/// article text cannot add links, HTML or formatting. The output depends on nothing but the
/// record: no locale, time zone or clock.
public struct SummaryWriter: Sendable {
    public private(set) var translator: Translator
    let eventCues: [(kind: Glossary.EventKind, cues: PhraseMatcher, context: PhraseMatcher)]
    let eventVerbs: PhraseMatcher
    /// The glossary's figure nouns, Markdown-escaped once (`figurePhrase` escaped them for
    /// every figure of every summary and overview).
    private(set) var escapedFigureNouns: [KeyFigures.Kind: Glossary.FigureNoun]
    /// Which of the event matchers a phrase may start with each token key: one lookup per token
    /// instead of one per matcher (`event(of:)`).
    let eventStarts: [String: [EventMatcher]]

    /// One of the matchers `event(of:)` runs: the event verbs, or an event's cues or context.
    enum EventMatcher: Sendable {
        case verb
        case cue(Int)
        case context(Int)
    }

    /// A writer whose English comes from `translator`'s glossary and theme names.
    public init(translator: Translator) {
        self.translator = translator
        eventCues = translator.glossary.events.map { ($0, PhraseMatcher($0.cues), PhraseMatcher($0.context ?? [])) }
        eventVerbs = PhraseMatcher(translator.glossary.eventVerbs)
        escapedFigureNouns = Self.escaped(translator.glossary.figureNouns)
        var starts: [String: [EventMatcher]] = [:]
        for key in eventVerbs.firstKeys { starts[key, default: []].append(.verb) }
        for (index, entry) in eventCues.enumerated() {
            for key in entry.cues.firstKeys { starts[key, default: []].append(.cue(index)) }
            for key in entry.context.firstKeys { starts[key, default: []].append(.context(index)) }
        }
        eventStarts = starts
    }

    /// This writer with its roles translated by `translator` (the same glossary, such as one from
    /// `Translator.translatingAhead(_:jobs:)`).
    public func using(_ translator: Translator) -> SummaryWriter {
        var copy = self
        copy.translator = translator
        copy.escapedFigureNouns = Self.escaped(translator.glossary.figureNouns)
        return copy
    }

    /// Which kind of summary a page shows; the page says so.
    public enum Source: String, Sendable, Hashable { case editor, facts }

    /// A summary in Markdown and where it came from.
    public struct Summary: Sendable, Hashable {
        public var markdown: String
        public var source: Source
    }

    /// An article's summary in `language`: the editor's where there is one, else fact sentences.
    public func summary(of record: ArticleRecord, in language: Language) -> Summary {
        if let editor = record.editorSummary[language], !editor.trimmed.isEmpty {
            return Summary(markdown: editor, source: .editor)
        }
        return Summary(markdown: factSummary(of: record, in: language), source: .facts)
    }

    /// An article's summary in each language, as `summary(of:in:)` gives them, with the event
    /// it reports found once for both, and its key sentences (quoted, not translated) escaped once.
    public func summaries(of record: ArticleRecord) -> (vi: Summary, en: Summary) {
        var event: Glossary.EventKind??
        var quoted: [String]?
        func summary(_ language: Language) -> Summary {
            if let editor = record.editorSummary[language], !editor.trimmed.isEmpty {
                return Summary(markdown: editor, source: .editor)
            }
            let found = event ?? self.event(of: record)
            event = found
            let quotes = quoted ?? Self.quotedSentences(of: record)
            quoted = quotes
            return Summary(markdown: factSummary(of: record, in: language, event: found, quoted: quotes), source: .facts)
        }
        return (summary(.vi), summary(.en))
    }

    /// The fact sentences of an article in `language`, as Markdown paragraphs.
    public func factSummary(of record: ArticleRecord, in language: Language) -> String {
        factSummary(of: record, in: language, event: event(of: record))
    }

    /// The key sentences of `record` as the summaries quote them, in either language.
    static func quotedSentences(of record: ArticleRecord) -> [String] {
        record.keySentences.map { quoted($0.sentence) }
    }

    /// `"> " + sentence.trimmed.markdownEscaped`, made in one buffer: the white space at its
    /// ends trimmed on bytes when both ends are ASCII (a non-ASCII byte there may be white
    /// space, or a mark joined to the space before it, which `trimmed` reads as Characters).
    static func quoted(_ sentence: String) -> String {
        var text = sentence
        let made: String? = text.withUTF8 { bytes in
            @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
            var start = 0, end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 { return nil }
            var out: [UInt8] = [UInt8(ascii: ">"), UInt8(ascii: " ")]
            out.reserveCapacity(end - start + 16)
            MarkdownEscape.append(UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        return made ?? "> " + sentence.trimmed.markdownEscaped
    }

    /// `factSummary(of:in:)` given the event the article reports (`event(of:)`) and, when made
    /// already, its `quotedSentences`.
    func factSummary(of record: ArticleRecord, in language: Language, event: Glossary.EventKind?, quoted: [String]? = nil) -> String {
        let en = language == .en
        var blocks: [String] = []

        // What, where, when.
        var opening: [String] = []
        let place = placePhrase(of: record, in: language)
        let eventDate = record.article.eventDate.map { FactFormat.date($0, in: language) }
        if let event {
            var sentence = en ? "The article reports on \(Self.indefinite(event.en))" : "Bài viết đưa tin về \(event.vi.markdownEscaped)"
            if let place { sentence += en ? " in \(place)" : " tại \(place)" }
            if let eventDate { sentence += en ? " on \(eventDate)" : " ngày \(eventDate)" }
            opening.append(sentence + ".")
        } else {
            if let place { opening.append(en ? "The article is about \(place)." : "Bài viết nói về \(place).") }
            if let eventDate {
                opening.append(en ? "The events it reports took place on \(eventDate)." : "Sự kiện được đưa tin diễn ra ngày \(eventDate).")
            }
        }
        if let published = record.article.published?.date {
            let date = FactFormat.date(published, in: language)
            opening.append(en ? "It was published on \(date)." : "Bài đăng ngày \(date).")
        } else if record.article.eventDate == nil, let year = record.article.year {
            opening.append(en ? "The events date from \(year)." : "Sự kiện diễn ra năm \(year).")
        }
        if !opening.isEmpty { blocks.append(opening.joined(separator: " ")) }

        // Who.
        if !record.officials.isEmpty {
            blocks.append(en ? "Officials named:" : "Cán bộ được nêu tên:")
            blocks.append(record.officials.map { official in
                let roles = official.roles.map { translator.role($0.text, in: language).text.markdownEscaped }
                return "- " + official.name.markdownEscaped + (roles.isEmpty ? "" : " — " + roles.joined(separator: "; "))
            }.joined(separator: "\n"))
        }

        // How many.
        if let figures = figurePhrase(record.figures, in: language) {
            blocks.append((en ? "Figures stated in the article: " : "Số liệu trong bài: ") + figures + ".")
        }

        // Which themes.
        if !record.themes.isEmpty {
            let names = record.themes.map { translator.themeName($0, in: language).text.markdownEscaped }
            blocks.append((en ? "Themes: " : "Chủ đề: ") + FactFormat.list(names, in: language) + ".")
        }

        // The evidence, quoted, never translated.
        if !record.keySentences.isEmpty {
            var source: [String] = []
            if let outlet = record.article.outlet?.name { source.append((en ? "from " : "từ ") + outlet.markdownEscaped) }
            if let author = record.article.author { source.append((en ? "by " : "tác giả ") + author.markdownEscaped) }
            let from = source.isEmpty ? "" : ", " + source.joined(separator: ", ")
            blocks.append(en ? "Key sentences quoted in the Vietnamese original (not translated)\(from):"
                             : "Các câu chính, trích nguyên văn\(from):")
            blocks.append(contentsOf: quoted ?? Self.quotedSentences(of: record))
        }

        if let url = record.sourceURL, let link = Self.safeLink(url) {
            blocks.append((en ? "Source: " : "Nguồn: ") + link)
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The kind of event the article reports: the glossary event named first in its lede's
    /// sentence (the first key sentence), else its title, in a sentence that says it took place.
    public func event(of record: ArticleRecord) -> Glossary.EventKind? {
        var sentences = [record.article.title]
        if let first = record.keySentences.first { sentences.insert(first.sentence, at: 0) }
        for sentence in sentences {
            let tokens = Tokenizer.tokens(sentence)
            // Where each matcher first matches, trying only at tokens one of its phrases starts
            // with: a matcher's first match is the first index where one of its phrases matches.
            var hasVerb = false
            var firstCue = [Int?](repeating: nil, count: eventCues.count)
            var hasContext = [Bool](repeating: false, count: eventCues.count)
            for index in tokens.indices {
                guard let matchers = eventStarts[tokens[index].key] else { continue }
                for matcher in matchers {
                    switch matcher {
                    case .verb:
                        if !hasVerb, eventVerbs.match(tokens, at: index) != nil { hasVerb = true }
                    case .cue(let event):
                        if firstCue[event] == nil, eventCues[event].cues.match(tokens, at: index) != nil { firstCue[event] = index }
                    case .context(let event):
                        if !hasContext[event], eventCues[event].context.match(tokens, at: index) != nil { hasContext[event] = true }
                    }
                }
            }
            guard hasVerb else { continue }
            // The event named first: "tổ chức họp báo thông tin về Đại hội" is a press conference.
            var best: (index: Int, kind: Glossary.EventKind)?
            for (event, entry) in eventCues.enumerated() {
                guard let first = firstCue[event], entry.context.isEmpty || hasContext[event] else { continue }
                if best == nil || first < (best?.index ?? Int.max) { best = (first, entry.kind) }
            }
            if let best { return best.kind }
        }
        return nil
    }

    /// `event(of:)` running every matcher over every token: the definition, for tests.
    func eventScanningEveryMatcher(of record: ArticleRecord) -> Glossary.EventKind? {
        var sentences = [record.article.title]
        if let first = record.keySentences.first { sentences.insert(first.sentence, at: 0) }
        for sentence in sentences {
            let tokens = Tokenizer.tokens(sentence)
            guard !eventVerbs.matches(in: tokens).isEmpty else { continue }
            var best: (index: Int, kind: Glossary.EventKind)?
            for entry in eventCues {
                guard let first = entry.cues.matches(in: tokens).first,
                      entry.context.isEmpty || !entry.context.matches(in: tokens).isEmpty else { continue }
                if best == nil || first.index < (best?.index ?? Int.max) { best = (first.index, entry.kind) }
            }
            if let best { return best.kind }
        }
        return nil
    }

    /// "Tân An Ward (Hà Nội City)" / "phường Tân An (thành phố Hà Nội)", escaped; the
    /// province when no unit is the article's subject.
    func placePhrase(of record: ArticleRecord, in language: Language) -> String? {
        guard let unit = record.primaryUnit else { return record.province?.markdownEscaped }
        var text = translator.unitLabel(name: unit.name, kind: unit.kind, in: language).markdownEscaped
        if let parent = unit.parent {
            let parentKey = parent.vietnameseKey
            let parentUnit = record.units.first { $0.kind.level < unit.kind.level && $0.name.vietnameseKey == parentKey }
            let label = parentUnit.map { translator.unitLabel(name: $0.name, kind: $0.kind, in: language) } ?? parent
            text += " (" + label.markdownEscaped + ")"
        }
        return text
    }

    /// "250 delegates, 5,500 Party members and 3 breakthroughs": only the figures that are set.
    static func escaped(_ nouns: [KeyFigures.Kind: Glossary.FigureNoun]) -> [KeyFigures.Kind: Glossary.FigureNoun] {
        nouns.mapValues { Glossary.FigureNoun(vi: $0.vi.markdownEscaped, en: $0.en.markdownEscaped, enPlural: $0.enPlural.markdownEscaped) }
    }

    func figurePhrase(_ figures: KeyFigures, in language: Language) -> String? {
        let parts: [String] = KeyFigures.Kind.allCases.compactMap { kind in
            guard let figure = figures[kind] else { return nil }
            let noun = escapedFigureNouns[kind]?.noun(count: figure.value, in: language) ?? kind.rawValue.markdownEscaped
            return FactFormat.number(figure.value, in: language) + " " + noun
        }
        return parts.isEmpty ? nil : FactFormat.list(parts, in: language)
    }

    /// `figurePhrase` escaping each noun where it is used: the definition, for tests.
    func figurePhraseEscapingEachNoun(_ figures: KeyFigures, in language: Language) -> String? {
        let parts: [String] = KeyFigures.Kind.allCases.compactMap { kind in
            guard let figure = figures[kind] else { return nil }
            let noun = translator.glossary.figureNouns[kind]?.noun(count: figure.value, in: language) ?? kind.rawValue
            return FactFormat.number(figure.value, in: language) + " " + noun.markdownEscaped
        }
        return parts.isEmpty ? nil : FactFormat.list(parts, in: language)
    }

    /// "a congress", "an announcement ceremony".
    static func indefinite(_ noun: String) -> String {
        let vowel = noun.first.map { "aeiouAEIOU".contains($0) } ?? false
        return (vowel ? "an " : "a ") + noun.markdownEscaped
    }

    /// An autolink for an http(s) address with no character that could end it early; nil for
    /// anything else (`javascript:`, spaces, angle brackets).
    static func safeLink(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), url.count > 8,
              url.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && !"<>\"`\\".unicodeScalars.contains($0) })
        else { return nil }
        return "<" + url + ">"
    }
}
