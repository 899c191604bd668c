/// Everything rendering reads, shared read-only by every page rendered in parallel.
public struct RenderInputs: Sendable {
    public var config: SiteConfig
    public var plan: SitePlan
    public var translator: Translator
    public var summaries: SummaryWriter
    public var strings: Bilingual<InterfaceStrings>
    public var templates: TemplateLibrary
    /// The stylesheet, script and other files copied from `Templates/assets/` to `assets/`.
    public var assets: [OutputFile]
    /// The themes of the plan by id.
    public let themes: [String: Theme]

    public init(config: SiteConfig, plan: SitePlan, translator: Translator, summaries: SummaryWriter,
                strings: Bilingual<InterfaceStrings>, templates: TemplateLibrary, assets: [OutputFile]) {
        self.config = config
        self.plan = plan
        self.translator = translator
        self.summaries = summaries
        self.strings = strings
        self.templates = templates
        self.assets = assets
        self.themes = Dictionary(plan.themes.map { ($0.theme.id, $0.theme) }, uniquingKeysWith: { first, _ in first })
    }
}

extension RenderInputs {
    /// These inputs with every role of the plan translated once, up front, on `jobs` threads,
    /// for the translator and the summary writer alike: pages ask for the same roles again and
    /// again, and answer them from the table (the same text as composing them each time).
    func translatingRolesAhead(jobs: Int) -> RenderInputs {
        var roles: [String] = []
        for entry in plan.officials { roles += entry.official.roles.map(\.role) }
        for entry in plan.articles {
            for official in entry.record.officials { roles += official.roles.map(\.text) }
        }
        var copy = self
        copy.translator = translator.translatingAhead(roles, jobs: jobs)
        copy.summaries = summaries.using(copy.translator)
        return copy
    }
}
