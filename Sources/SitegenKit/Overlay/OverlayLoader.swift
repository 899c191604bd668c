import Foundation
import Yams

/// Finds and reads the overlay of a seed (`seeds/<stem>.yml` next to `seeds/<stem>.txt`).
///
/// YAML is decoded into typed `Decodable` structs only, so `no` stays the text "no" in a title.
/// Because `Decodable` ignores keys it does not know, the loader first walks the YAML tree and
/// reports every unknown key at its line. Invalid YAML, a value of the wrong type or form, an
/// unknown unit kind or theme id are errors with the overlay's file and line; a seed whose
/// overlay has an error builds as if it had none.
public struct OverlayLoader: Sendable {
    /// The theme ids an overlay may name (`Lexicon.themes`); empty accepts any id.
    public var themeIDs: Set<String>

    /// A loader that checks theme ids against `themeIDs`.
    public init(themeIDs: Set<String> = []) {
        self.themeIDs = themeIDs
    }

    /// Overlays larger than this are refused unread.
    public static let maximumBytes = 1 << 20

    /// The keys an overlay (and each entry of its `articles:`) may have.
    public static let articleKeys = ["title", "published", "event_date", "units", "officials", "themes",
                                     "source_url", "exclude", "summary"]
    static let topKeys = articleKeys + ["articles"]
    static let unitKeys = ["name", "kind", "parent", "primary"]
    static let officialKeys = ["name", "roles"]
    static let summaryKeys = ["vi", "en"]

    /// The overlay path of a seed: the same folder and stem, with `.yml`.
    public static func overlayPath(forSeed path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let nameStart = slash.map { path.index(after: $0) } ?? path.startIndex
        if let dot = path[nameStart...].lastIndex(of: "."), dot > nameStart {
            return String(path[..<dot]) + ".yml"
        }
        return path + ".yml"
    }

    /// The seed's records with its overlay applied, if it has one, and what went wrong.
    public func apply(toSeed seedPath: String, _ records: [ArticleRecord]) -> (records: [ArticleRecord], diagnostics: [Diagnostic]) {
        let path = Self.overlayPath(forSeed: seedPath)
        guard FileManager.default.fileExists(atPath: path) else { return (records, []) }
        switch load(path: path) {
        case .failure(let errors):
            return (records, errors.diagnostics)
        case .success(let overlay):
            guard let overlay else { return (records, []) }
            return overlay.apply(to: records)
        }
    }

    /// Reads the overlay at `path`: nil for an empty file, the diagnostics when it has errors.
    public func load(path: String) -> Result<SeedOverlay?, OverlayErrors> {
        let start = SourceLocation(file: path, line: 1)
        // Like a seed, an overlay is not followed out of its folder, and is read only when small.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if let destination = SourceReader.linkLeaving(folder, path: path) {
            return .failure(OverlayErrors([.overlayInvalidValue(start, "the overlay is a symbolic link to \(destination), outside its folder; it is not followed")]))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > Self.maximumBytes {
            return .failure(OverlayErrors([.overlayInvalidValue(start, "the overlay is \(size) bytes, over the limit of \(Self.maximumBytes) bytes")]))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(OverlayErrors([Diagnostic.overlayInvalidValue(SourceLocation(file: path, line: 1), "cannot read the overlay")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(OverlayErrors([.overlayInvalidYAML(SourceLocation(file: path, line: 1), "the file is not UTF-8")]))
        }
        return decode(text, file: path)
    }

    /// Decodes overlay text; `file` names it in diagnostics.
    public func decode(_ text: String, file: String) -> Result<SeedOverlay?, OverlayErrors> {
        func at(_ line: Int?) -> SourceLocation { SourceLocation(file: file, line: max(1, line ?? 1)) }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return .success(nil) }
            root = node
        } catch let error as YamlError {
            return .failure(OverlayErrors([.overlayInvalidYAML(at(DataFileLoader.line(of: error)), Self.describe(error))]))
        } catch {
            return .failure(OverlayErrors([.overlayInvalidYAML(at(1), "\(error)")]))
        }

        var diagnostics = checkKeys(root, file: file)
        guard diagnostics.isEmpty else { return .failure(OverlayErrors(diagnostics)) }

        let fields: OverlayFields
        do {
            fields = try YAMLDecoder().decode(OverlayFields.self, from: root)
        } catch let error as DecodingError {
            let line = Self.node(at: Self.path(of: error), in: root)?.mark?.line
            return .failure(OverlayErrors([.overlayInvalidValue(at(line), DataFileLoader.describe(error))]))
        } catch {
            return .failure(OverlayErrors([.overlayInvalidValue(at(1), "\(error)")]))
        }

        let first = overlay(fields, path: [], root: root, file: file, diagnostics: &diagnostics)
        var byArticle: [String: ArticleOverlay] = [:]
        for (id, entry) in fields.articles ?? [:] {
            byArticle[id] = overlay(entry, path: [.key("articles"), .key(id)], root: root, file: file, diagnostics: &diagnostics)
        }
        guard diagnostics.isEmpty else { return .failure(OverlayErrors(diagnostics.sorted { $0.location < $1.location })) }
        return .success(SeedOverlay(file: file, first: first, byArticle: byArticle))
    }

    /// The typed overlay of one set of fields, with its values checked.
    private func overlay(_ fields: OverlayFields, path: [PathStep], root: Node, file: String,
                         diagnostics: inout [Diagnostic]) -> ArticleOverlay {
        func at(_ steps: PathStep...) -> SourceLocation {
            SourceLocation(file: file, line: Self.node(at: path + steps, in: root)?.mark?.line ?? 1)
        }
        // An `articles:` entry starts at its id's line, the top-level overlay at its first key.
        var start = at()
        if case .key(let id)? = path.last, let entries = Self.node(at: path.dropLast(), in: root)?.mapping,
           let key = entries.first(where: { $0.key.string == id })?.key, let line = key.mark?.line {
            start = SourceLocation(file: file, line: line)
        }
        var overlay = ArticleOverlay(location: start)
        overlay.title = fields.title?.trimmed
        if let text = fields.published {
            if let publication = Self.publication(text) {
                overlay.published = publication
            } else {
                diagnostics.append(.overlayInvalidValue(at(.key("published")), "published: expected a date as YYYY-MM-DD or YYYY-MM-DD HH:MM, found \"\(text)\""))
            }
        }
        if let text = fields.event_date {
            if let date = Self.date(text) {
                overlay.eventDate = date
            } else {
                diagnostics.append(.overlayInvalidValue(at(.key("event_date")), "event_date: expected a date as YYYY-MM-DD, found \"\(text)\""))
            }
        }
        if let units = fields.units {
            overlay.units = units.enumerated().compactMap { offset, unit in
                guard let kind = UnitKind.allCases.first(where: { $0.rawValue.vietnameseKey == unit.kind.vietnameseKey }) else {
                    diagnostics.append(.overlayInvalidValue(at(.key("units"), .index(offset), .key("kind")),
                                                            "units[\(offset)].kind: unknown unit kind \"\(unit.kind)\" (expected one of: \(UnitKind.allCases.map(\.rawValue).joined(separator: ", ")))"))
                    return nil
                }
                return ArticleOverlay.Unit(name: unit.name.trimmed, kind: kind, parent: unit.parent?.trimmed, primary: unit.primary ?? false)
            }
        }
        if let officials = fields.officials {
            overlay.officials = officials.map { ArticleOverlay.Person(name: $0.name.trimmed, roles: $0.roles.map(\.trimmed)) }
        }
        if let themes = fields.themes {
            for (offset, id) in themes.enumerated() where !themeIDs.isEmpty && !themeIDs.contains(id) {
                diagnostics.append(.overlayInvalidValue(at(.key("themes"), .index(offset)),
                                                        "themes: unknown theme id \"\(id)\" (expected one of: \(themeIDs.sorted().joined(separator: ", ")))"))
            }
            overlay.themes = themes
        }
        if let url = fields.source_url {
            if SummaryWriter.safeLink(url) != nil {
                overlay.sourceURL = url
            } else {
                diagnostics.append(.overlayInvalidValue(at(.key("source_url")), "source_url: expected an http:// or https:// address without spaces, found \"\(url)\""))
            }
        }
        overlay.exclude = fields.exclude ?? false
        if let vi = fields.summary?.vi, !vi.trimmed.isEmpty { overlay.summary[.vi] = vi }
        if let en = fields.summary?.en, !en.trimmed.isEmpty { overlay.summary[.en] = en }
        return overlay
    }

    /// Every key the overlay may not have, at its line; mappings and lists where they belong.
    func checkKeys(_ root: Node, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func location(_ node: Node) -> SourceLocation { SourceLocation(file: file, line: node.mark?.line ?? 1) }
        func check(_ node: Node, allowed: [String], what: String, nested: (String, Node) -> Void = { _, _ in }) {
            guard let mapping = node.mapping else {
                diagnostics.append(.overlayInvalidValue(location(node), "\(what): expected a mapping of keys to values"))
                return
            }
            for (key, value) in mapping {
                let name = key.string ?? ""
                if allowed.contains(name) { nested(name, value) } else {
                    diagnostics.append(.overlayUnknownKey(location(key), key: name, allowed: allowed))
                }
            }
        }
        func checkList(_ node: Node, allowed: [String], what: String) {
            guard let sequence = node.sequence else { return }  // the typed decoder reports the type
            for item in sequence { check(item, allowed: allowed, what: what) }
        }
        func checkArticle(_ name: String, _ value: Node) {
            switch name {
            case "units": checkList(value, allowed: Self.unitKeys, what: "units")
            case "officials": checkList(value, allowed: Self.officialKeys, what: "officials")
            case "summary": if value.mapping != nil { check(value, allowed: Self.summaryKeys, what: "summary") }
            default: break
            }
        }
        check(root, allowed: Self.topKeys, what: "the overlay") { name, value in
            if name == "articles", let entries = value.mapping {
                for (_, entry) in entries { check(entry, allowed: Self.articleKeys, what: "articles entry", nested: checkArticle) }
            } else {
                checkArticle(name, value)
            }
        }
        return diagnostics
    }

    /// One step of a path into the YAML tree.
    enum PathStep: Hashable {
        case key(String)
        case index(Int)
    }

    static func path(of error: DecodingError) -> [PathStep] {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c), .keyNotFound(_, let c): context = c
        @unknown default: return []
        }
        return context.codingPath.map { key in key.intValue.map(PathStep.index) ?? .key(key.stringValue) }
    }

    /// The node at `path`, or the deepest node on the way there.
    static func node(at path: some Collection<PathStep>, in root: Node) -> Node? {
        var current = root
        for step in path {
            switch step {
            case .key(let key):
                guard let mapping = current.mapping, let next = mapping[key] else { return current }
                current = next
            case .index(let index):
                guard let sequence = current.sequence, index < sequence.count else { return current }
                current = sequence[index]
            }
        }
        return current
    }

    static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        default:
            return "\(error)"
        }
    }

    /// "2025-08-18", "2025-08-18 10:08" or "2025-08-18T10:08".
    static func publication(_ text: String) -> Publication? {
        let parts = text.trimmed.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard let first = parts.first, parts.count <= 2, let date = date(String(first)) else { return nil }
        guard parts.count == 2 else { return Publication(date: date) }
        let clock = parts[1].split(separator: ":").map { Int($0) }
        guard clock.count == 2, let hour = clock[0], let minute = clock[1], let time = TimeOfDay(hour: hour, minute: minute) else { return nil }
        return Publication(date: date, time: time)
    }

    /// "2025-08-18".
    static func date(_ text: String) -> CalendarDate? {
        let parts = text.trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// The fields of an overlay as YAML writes them; decoded, then checked into an `ArticleOverlay`.
struct OverlayFields: Decodable {
    struct UnitFields: Decodable {
        var name: String
        var kind: String
        var parent: String?
        var primary: Bool?
    }

    struct PersonFields: Decodable {
        var name: String
        var roles: [String]
    }

    struct SummaryFields: Decodable {
        var vi: String?
        var en: String?
    }

    var title: String?
    var published: String?
    var event_date: String?
    var units: [UnitFields]?
    var officials: [PersonFields]?
    var themes: [String]?
    var source_url: String?
    var exclude: Bool?
    var summary: SummaryFields?
    var articles: [String: OverlayFields]?
}
