extension Diagnostic {
    /// A template that does not parse: what is wrong, at the line where the parser stopped.
    public static func templateDoesNotParse(_ file: String, line: Int, _ reason: String, near text: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: line), "template does not parse: \(reason) near \"\(text)\"")
    }

    /// A `name(…)` transform the template engine does not know.
    public static func unknownTransform(_ file: String, line: Int, _ name: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: line),
                   "unknown transform \"\(name)\" (known: \(TemplateTransform.knownNames.joined(separator: ", ")))")
    }

    /// A `{{>name}}` or `{{<name}}` naming no template of the library.
    public static func unknownPartial(_ file: String, line: Int, _ name: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: line), "no template named \"\(name)\" for this partial")
    }

    /// A page asked for a template the library does not have.
    public static func noSuchTemplate(_ name: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: "Templates/\(name).mustache", line: 1), "no such template")
    }
}
