import Foundation

/// The Render stage: the page model → every file of the site, in memory, sorted by path.
///
/// Pages render in parallel on `jobs` threads; each is a pure function of the inputs and results
/// are put in path order, so the output is byte-identical whatever the thread count.
public struct SiteRenderer: Sendable {
    public var inputs: RenderInputs
    public var jobs: Int

    public init(inputs: RenderInputs, jobs: Int) {
        self.inputs = inputs
        self.jobs = jobs
    }

    /// Every file of the site, or the first template or data problem met.
    public func render() throws -> [OutputFile] {
        let builder = PageBuilder(inputs: inputs)
        var work: [(Route, Language)] = []
        for route in inputs.plan.routes {
            if route.isLocalized { work += Language.allCases.map { (route, $0) } } else { work.append((route, .vi)) }
        }
        let pages = parallelMap(work, jobs: jobs) { route, language -> Result<OutputFile, Diagnostic> in
            do {
                return .success(try builder.render(route, language))
            } catch let diagnostic as Diagnostic {
                return .failure(diagnostic)
            } catch {
                return .failure(Diagnostic.badData(route.file(in: language), line: 1, "cannot render: \(error)"))
            }
        }
        var files: [OutputFile] = []
        for page in pages { files.append(try page.get()) }
        files.append(try notFound(builder))
        files.append(Sitemap.render(routes: inputs.plan.routes, config: inputs.config))
        files.append(Sitemap.robots(config: inputs.config))
        for language in Language.allCases {
            files.append(AtomFeed.render(language, builder: builder))
            files.append(SearchIndex.render(language, builder: builder))
        }
        files += OpenData.render(builder: builder)
        files += inputs.assets
        return files.sorted { $0.path < $1.path }
    }

    /// The bilingual `404.html` at the root; its links assume it is served from the root.
    func notFound(_ builder: PageBuilder) throws -> OutputFile {
        let html = try inputs.templates.render("404", notFoundContext())
        return OutputFile(path: "404.html", bytes: HTMLLines.normalize(html))
    }

    /// What the `404` template renders: both languages' strings and the links to the home pages.
    func notFoundContext() -> TemplateValue {
        TemplateValue.fields([
            "vi": .strings(inputs.strings.vi.strings), "en": .strings(inputs.strings.en.strings),
            "siteNameVi": .text(inputs.config.name.vi), "siteNameEn": .text(inputs.config.name.en),
            "cssHref": .text("assets/site.css"), "viHref": .text(Route.home.file(in: .vi)), "enHref": .text(Route.home.file(in: .en)),
        ])
    }

    /// The files under `Templates/assets/`, to be copied to `assets/`, sorted.
    public static func loadAssets(from directory: URL) throws -> [OutputFile] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory.path) else { return [] }
        var files: [OutputFile] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = directory.appendingPathComponent(path).path
            guard manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            guard let data = manager.contents(atPath: full) else {
                throw Diagnostic.badData(full, line: 1, "cannot read the asset")
            }
            files.append(OutputFile(path: "assets/" + path, bytes: [UInt8](data)))
        }
        return files.sorted { $0.path < $1.path }
    }
}
