/// The two languages of the site.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case vi, en

    /// The other language, for the language switcher.
    public var other: Language { self == .vi ? .en : .vi }
}
