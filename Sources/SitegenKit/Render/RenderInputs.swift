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
