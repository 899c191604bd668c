/// A compact binary form of the extraction of one seed (its records and diagnostics), for the
/// build cache: written and read field by field, many times faster than JSON.
///
/// Every field of the models is written. A field added to a model and not added here would be
/// lost on the way through the cache, so `RecordCodec.layout` lists the fields this codec knows,
/// and the cache turns itself off when the models' fields (`RecordCodec.modelLayout`, read by
/// reflection) differ; a test keeps the two in step.
enum RecordCodec {
    /// Bumped when the encoding changes.
    static let version: UInt8 = 1

    static func encode(_ records: [ArticleRecord], _ diagnostics: [Diagnostic]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.byte(version)
        writer.count(records.count)
        for record in records { writer.record(record) }
        writer.count(diagnostics.count)
        for diagnostic in diagnostics { writer.diagnostic(diagnostic) }
        return writer.bytes
    }

    /// The records and diagnostics, or nil when the bytes are not a valid encoding.
    static func decode(_ bytes: ArraySlice<UInt8>) -> (records: [ArticleRecord], diagnostics: [Diagnostic])? {
        var reader = BinaryReader(bytes: bytes)
        do {
            guard try reader.byte() == version else { return nil }
            var records: [ArticleRecord] = []
            for _ in 0..<(try reader.count()) { records.append(try reader.record()) }
            var diagnostics: [Diagnostic] = []
            for _ in 0..<(try reader.count()) { diagnostics.append(try reader.diagnostic()) }
            return reader.isAtEnd ? (records, diagnostics) : nil
        } catch {
            return nil
        }
    }

    /// The fields of the models this codec writes, as `modelLayout` prints them.
    static let layout = """
        ArticleRecord.article: Article; ArticleRecord.units: Array<AdministrativeUnit>; ArticleRecord.officials: Array<Official>; \
        ArticleRecord.figures: KeyFigures; ArticleRecord.themes: Array<String>; ArticleRecord.keySentences: Array<Evidence>; \
        ArticleRecord.province: Optional<String>; ArticleRecord.editorSummary: Dictionary<Language, String>; \
        ArticleRecord.sourceURL: Optional<String>; Article.id: String; Article.sourceFile: String; Article.line: Int; \
        Article.title: String; Article.section: Optional<String>; Article.outlet: Optional<Outlet>; Article.author: Optional<String>; \
        Article.published: Optional<Publication>; Article.eventDate: Optional<CalendarDate>; Article.year: Optional<Int>; \
        Article.lede: Optional<Block>; Article.body: Array<Block>; Article.truncated: Bool; Article.titleFromText: Bool; \
        Outlet.name: String; Outlet.province: Optional<String>; Publication.date: CalendarDate; Publication.time: Optional<TimeOfDay>; \
        CalendarDate.year: Int; CalendarDate.month: Int; CalendarDate.day: Int; TimeOfDay.hour: Int; TimeOfDay.minute: Int; \
        Block.kind: Kind; Block.text: String; Block.line: Int; AdministrativeUnit.name: String; AdministrativeUnit.kind: UnitKind; \
        AdministrativeUnit.parent: Optional<String>; AdministrativeUnit.primary: Bool; AdministrativeUnit.former: Bool; \
        AdministrativeUnit.evidence: Evidence; Evidence.sentence: String; Evidence.line: Int; Official.name: String; \
        Official.roles: Array<RoleTitle>; RoleTitle.text: String; RoleTitle.evidence: Evidence; KeyFigures.values: Dictionary<Kind, Figure>; \
        Figure.value: Int; Figure.evidence: Evidence; Diagnostic.severity: Severity; Diagnostic.location: SourceLocation; \
        Diagnostic.message: String; SourceLocation.file: String; SourceLocation.line: Int
        """

    /// The fields of the models as they are now, found by reflecting a record with every part
    /// present: "Type.field: FieldType; …".
    static let modelLayout: String = {
        let evidence = Evidence(sentence: "s", line: 1)
        let date = CalendarDate(year: 2025, month: 1, day: 1)
        let article = Article(id: "a", sourceFile: "f", line: 1, title: "t", section: "s", outlet: Outlet(name: "o", province: "p"),
                              author: "a", published: date.map { Publication(date: $0, time: TimeOfDay(hour: 1, minute: 1)) },
                              eventDate: date, year: 2025, lede: Block(.paragraph, "l", line: 1), body: [Block(.paragraph, "b", line: 2)])
        let record = ArticleRecord(article: article, units: [AdministrativeUnit(name: "n", kind: .xa, parent: "p", evidence: evidence)],
                                   officials: [Official(name: "n", roles: [RoleTitle(text: "r", evidence: evidence)])],
                                   figures: KeyFigures(values: [.delegates: KeyFigures.Figure(value: 1, evidence: evidence)]),
                                   themes: ["t"], keySentences: [evidence], province: "p", editorSummary: [.vi: "s"], sourceURL: "u")
        var seen: Set<String> = []
        var fields: [String] = []
        func walk(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .struct?:
                let typeName = "\(type(of: value))"
                guard seen.insert(typeName).inserted else { return }
                for child in mirror.children {
                    fields.append("\(typeName).\(child.label ?? "?"): \(type(of: child.value))")
                }
                for child in mirror.children { walk(child.value) }
            case .optional?, .collection?:
                for child in mirror.children { walk(child.value) }
            case .dictionary?:
                for child in mirror.children {
                    for part in Mirror(reflecting: child.value).children { walk(part.value) }
                }
            default:
                return
            }
        }
        walk(record)
        walk(Diagnostic(.warning, SourceLocation(file: "f", line: 1), "m"))
        return fields.joined(separator: "; ")
    }()

    /// Whether the codec carries every field of the models.
    static var isCurrent: Bool { modelLayout == layout }
}

/// Bytes out: integers as little-endian variable-length numbers, strings as length and UTF-8.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func count(_ value: Int) { unsigned(UInt64(max(0, value))) }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func int(_ value: Int) {
        // Zig-zag, so small negative numbers stay small.
        unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        let utf8 = value.utf8
        count(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        if let value {
            bytes.append(1)
            write(&self, value)
        } else {
            bytes.append(0)
        }
    }

    mutating func evidence(_ value: Evidence) {
        string(value.sentence)
        int(value.line)
    }

    mutating func block(_ value: Block) {
        string(value.kind.rawValue)
        string(value.text)
        int(value.line)
    }

    mutating func date(_ value: CalendarDate) {
        int(value.year)
        int(value.month)
        int(value.day)
    }

    mutating func record(_ record: ArticleRecord) {
        let article = record.article
        string(article.id)
        string(article.sourceFile)
        int(article.line)
        string(article.title)
        optional(article.section) { $0.string($1) }
        optional(article.outlet) { $0.string($1.name); $0.optional($1.province) { $0.string($1) } }
        optional(article.author) { $0.string($1) }
        optional(article.published) { writer, publication in
            writer.date(publication.date)
            writer.optional(publication.time) { $0.int($1.hour); $0.int($1.minute) }
        }
        optional(article.eventDate) { $0.date($1) }
        optional(article.year) { $0.int($1) }
        optional(article.lede) { $0.block($1) }
        count(article.body.count)
        for block in article.body { self.block(block) }
        bool(article.truncated)
        bool(article.titleFromText)

        count(record.units.count)
        for unit in record.units {
            string(unit.name)
            string(unit.kind.rawValue)
            optional(unit.parent) { $0.string($1) }
            bool(unit.primary)
            bool(unit.former)
            evidence(unit.evidence)
        }
        count(record.officials.count)
        for official in record.officials {
            string(official.name)
            count(official.roles.count)
            for role in official.roles {
                string(role.text)
                evidence(role.evidence)
            }
        }
        let figures = KeyFigures.Kind.allCases.compactMap { kind in record.figures[kind].map { (kind, $0) } }
        count(figures.count)
        for (kind, figure) in figures {
            string(kind.rawValue)
            int(figure.value)
            evidence(figure.evidence)
        }
        count(record.themes.count)
        for theme in record.themes { string(theme) }
        count(record.keySentences.count)
        for sentence in record.keySentences { evidence(sentence) }
        optional(record.province) { $0.string($1) }
        let summaries = Language.allCases.compactMap { language in record.editorSummary[language].map { (language, $0) } }
        count(summaries.count)
        for (language, text) in summaries {
            string(language.rawValue)
            string(text)
        }
        optional(record.sourceURL) { $0.string($1) }
    }

    mutating func diagnostic(_ value: Diagnostic) {
        string(value.severity.rawValue)
        string(value.location.file)
        int(value.location.line)
        string(value.message)
    }
}

/// Bytes in: the reverse of `BinaryWriter`; any inconsistency throws.
struct BinaryReader {
    struct Malformed: Error {}

    let bytes: ArraySlice<UInt8>
    var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    var isAtEnd: Bool { position == bytes.endIndex }

    mutating func byte() throws -> UInt8 {
        guard position < bytes.endIndex else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Malformed() }
            value |= UInt64(next & 0x7F) << shift
            if next & 0x80 == 0 { return value }
            shift += 7
        }
    }

    mutating func count() throws -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count) * 8 + 16 else { throw Malformed() }
        return Int(value)
    }

    mutating func int() throws -> Int {
        let raw = try unsigned()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func bool() throws -> Bool { try byte() != 0 }

    mutating func string() throws -> String {
        let length = try count()
        guard length <= bytes.endIndex - position else { throw Malformed() }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func evidence() throws -> Evidence {
        Evidence(sentence: try string(), line: try int())
    }

    mutating func block() throws -> Block {
        guard let kind = Block.Kind(rawValue: try string()) else { throw Malformed() }
        return Block(kind, try string(), line: try int())
    }

    mutating func date() throws -> CalendarDate {
        guard let date = CalendarDate(year: try int(), month: try int(), day: try int()) else { throw Malformed() }
        return date
    }

    mutating func record() throws -> ArticleRecord {
        let id = try string(), sourceFile = try string(), line = try int(), title = try string()
        let section = try optional { try $0.string() }
        let outlet = try optional { Outlet(name: try $0.string(), province: try $0.optional { try $0.string() }) }
        let author = try optional { try $0.string() }
        let published = try optional { reader -> Publication in
            let date = try reader.date()
            let time = try reader.optional { reader -> TimeOfDay in
                guard let time = TimeOfDay(hour: try reader.int(), minute: try reader.int()) else { throw Malformed() }
                return time
            }
            return Publication(date: date, time: time)
        }
        let eventDate = try optional { try $0.date() }
        let year = try optional { try $0.int() }
        let lede = try optional { try $0.block() }
        var body: [Block] = []
        for _ in 0..<(try count()) { body.append(try block()) }
        var article = Article(id: id, sourceFile: sourceFile, line: line, title: title, section: section, outlet: outlet,
                              author: author, published: published, eventDate: eventDate, year: year, lede: lede, body: body,
                              truncated: try bool())
        article.titleFromText = try bool()

        var units: [AdministrativeUnit] = []
        for _ in 0..<(try count()) {
            let name = try string()
            guard let kind = UnitKind(rawValue: try string()) else { throw Malformed() }
            units.append(AdministrativeUnit(name: name, kind: kind, parent: try optional { try $0.string() }, primary: try bool(),
                                            former: try bool(), evidence: try evidence()))
        }
        var officials: [Official] = []
        for _ in 0..<(try count()) {
            let name = try string()
            var roles: [RoleTitle] = []
            for _ in 0..<(try count()) { roles.append(RoleTitle(text: try string(), evidence: try evidence())) }
            officials.append(Official(name: name, roles: roles))
        }
        var figures = KeyFigures()
        for _ in 0..<(try count()) {
            guard let kind = KeyFigures.Kind(rawValue: try string()) else { throw Malformed() }
            figures[kind] = KeyFigures.Figure(value: try int(), evidence: try evidence())
        }
        var themes: [String] = []
        for _ in 0..<(try count()) { themes.append(try string()) }
        var keySentences: [Evidence] = []
        for _ in 0..<(try count()) { keySentences.append(try evidence()) }
        let province = try optional { try $0.string() }
        var summaries: [Language: String] = [:]
        for _ in 0..<(try count()) {
            guard let language = Language(rawValue: try string()) else { throw Malformed() }
            summaries[language] = try string()
        }
        let sourceURL = try optional { try $0.string() }
        return ArticleRecord(article: article, units: units, officials: officials, figures: figures, themes: themes,
                             keySentences: keySentences, province: province, editorSummary: summaries, sourceURL: sourceURL)
    }

    mutating func diagnostic() throws -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Malformed() }
        return Diagnostic(severity, SourceLocation(file: try string(), line: try int()), try string())
    }
}
