extension Diagnostic {
    /// A key an overlay may not have, with the keys it may.
    public static func overlayUnknownKey(_ location: SourceLocation, key: String, allowed: [String]) -> Diagnostic {
        Diagnostic(.error, location, "unknown key '\(key)' in the overlay (expected one of: \(allowed.joined(separator: ", "))); the overlay is ignored")
    }

    /// A value of the wrong type or form.
    public static func overlayInvalidValue(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, "\(message); the overlay is ignored")
    }

    /// Text that is not YAML.
    public static func overlayInvalidYAML(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, "invalid YAML in the overlay: \(message); the overlay is ignored")
    }

    /// An `articles:` entry for an id the seed does not hold.
    public static func overlayUnknownArticle(_ location: SourceLocation, id: String, known: [String]) -> Diagnostic {
        Diagnostic(.error, location, "the overlay corrects article '\(id)', which the seed does not hold (its articles: \(known.joined(separator: ", ")))")
    }

    /// An article the overlay leaves out of the site.
    public static func overlayExcluded(_ location: SourceLocation, id: String, title: String) -> Diagnostic {
        Diagnostic(.note, location, "article \(id) \"\(title)\" is excluded by its overlay")
    }
}
