/// What the English pages lack: role words the glossary does not know, with the file and line
/// they come from, and articles that show generated sentences because no editor wrote a summary.
public struct TranslationGaps: Sendable {
    public var untranslated: [BuildReport.Item]
    public var withoutEditorSummary: [BuildReport.Item]

    /// Looks at every role and article of `plan`. The build passes a translator that has the
    /// plan's roles translated ahead (`RenderInputs.translatingRolesAhead`), so each role is
    /// composed once for the pages and this report together.
    public init(plan: SitePlan, translator: Translator) {
        var untranslated: Set<BuildReport.Item> = []
        for official in plan.officials {
            for appointment in official.official.roles {
                guard let file = plan.article(appointment.article)?.record.article.sourceFile else { continue }
                for word in translator.role(appointment.role, in: .en).untranslated {
                    untranslated.insert(BuildReport.Item(
                        location: SourceLocation(file: file, line: appointment.evidence.line),
                        text: "\"\(word)\" in \"\(appointment.role)\""))
                }
            }
        }
        self.untranslated = untranslated.sorted()
        withoutEditorSummary = plan.articles.compactMap { entry in
            let missing = Language.allCases.filter { entry.record.editorSummary[$0] == nil }
            guard !missing.isEmpty else { return nil }
            let article = entry.record.article
            return BuildReport.Item(location: SourceLocation(file: article.sourceFile, line: article.line),
                                    text: "\(article.id) (\(missing.map(\.rawValue).joined(separator: ", ")))")
        }.sorted()
    }
}
