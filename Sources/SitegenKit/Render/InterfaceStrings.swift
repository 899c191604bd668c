import Foundation

/// The interface strings of one language, from `Templates/i18n/<lang>.yml`: everything a page
/// says that is not content, so that a translator or designer changes words without Swift.
///
/// `strings` reach the templates as `t.<key>`; a few of them are patterns with `{name}`
/// placeholders that sitegen fills (`{count} articles`). `months` name the months, January first.
public struct InterfaceStrings: Sendable, Hashable, Decodable {
    public var language: Language
    public var months: [String]
    /// Short month names for chart labels: "T8", "Aug".
    public var monthsShort: [String]
    public var strings: [String: String]

    public init(language: Language, months: [String], monthsShort: [String], strings: [String: String]) {
        self.language = language
        self.months = months
        self.monthsShort = monthsShort
        self.strings = strings
    }

    /// The way this language writes numbers and dates.
    public var format: LocalFormat { LocalFormat(language: language, months: months, monthsShort: monthsShort) }

    /// Loads `<directory>/<language>.yml`; a wrong language tag or month list is an error.
    public static func load(from directory: URL, language: Language) throws -> InterfaceStrings {
        let name = language.rawValue + ".yml"
        let loaded = try DataFileLoader(directory: directory).decode(name, as: InterfaceStrings.self)
        let path = directory.appendingPathComponent(name).path
        guard loaded.language == language else {
            throw Diagnostic.badData(path, line: 1, "the file says language \(loaded.language.rawValue), expected \(language.rawValue)")
        }
        guard loaded.months.count == 12, loaded.monthsShort.count == 12 else {
            throw Diagnostic.badData(path, line: 1, "months and monthsShort must list 12 names each")
        }
        return loaded
    }

    /// The string for `key`, or the key itself in brackets so a missing string shows in review.
    public subscript(key: String) -> String { strings[key] ?? "[\(key)]" }

    /// The pattern `key` with each `{name}` replaced by its value.
    public func format(_ key: String, _ values: [String: String]) -> String {
        let pattern = self[key]
        return Self.filledInOnePass(pattern, values) ?? Self.filledByName(pattern, values)
    }

    /// The reference way to fill `pattern`: each name's placeholders replaced in turn, names sorted.
    static func filledByName(_ pattern: String, _ values: [String: String]) -> String {
        var text = pattern
        for name in values.keys.sorted() {
            if let value = values[name] { text = text.replacingBytes(of: "{\(name)}", with: value) }
        }
        return text
    }

    /// `pattern` filled in one scan, or nil when that could differ from `filledByName`: a brace in
    /// a name or value (a value could then make a placeholder with the text around it), braces
    /// in the pattern that are not separate `{name}` pairs, or a name that is not ASCII.
    static func filledInOnePass(_ pattern: String, _ values: [String: String]) -> String? {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        for (name, value) in values where name.utf8.contains(where: { $0 == open || $0 == close || $0 >= 0x80 })
            || value.utf8.contains(where: { $0 == open || $0 == close }) {
            return nil
        }
        let bytes = Array(pattern.utf8)
        guard bytes.contains(open) || bytes.contains(close) else { return pattern }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == close { return nil }
            guard byte == open else { index += 1; continue }
            guard let end = bytes[(index + 1)...].firstIndex(where: { $0 == open || $0 == close }),
                  bytes[end] == close else { return nil }
            // Names compare as bytes in `filledByName`, as Unicode text in a dictionary: ASCII only.
            guard !bytes[(index + 1)..<end].contains(where: { $0 >= 0x80 }) else { return nil }
            let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            if let value = values[name] {
                out.append(contentsOf: bytes[start..<index])
                out.append(contentsOf: value.utf8)
                start = end + 1
            }
            index = end + 1
        }
        out.append(contentsOf: bytes[start...])
        return String(decoding: out, as: UTF8.self)
    }

    /// A count with the singular or plural pattern: `<key>_one` / `<key>_other`.
    public func count(_ key: String, _ count: Int) -> String {
        let form = count == 1 && strings[key + "_one"] != nil ? key + "_one" : key + "_other"
        return format(form, ["count": format.number(count)])
    }
}
