extension Diagnostic {
    /// A role whose English the glossary cannot complete: the words it lacks.
    public static func untranslatedRole(_ location: SourceLocation, role: String, words: [String]) -> Diagnostic {
        let list = words.map { "\"\($0)\"" }.joined(separator: ", ")
        return Diagnostic(.warning, location,
                          "the glossary (data/glossary.yml) has no English for \(list) in the role \"\(role)\"")
    }
}
