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

    /// One piece of rendering work: a page, or one of the files made from the whole site.
    enum Job: Sendable {
        case page(Route, Language)
        case searchIndex(Language)
        case feed(Language)
        case openData
        case sitemap
        case notFound
    }

    /// Every file of the site, or the first template or data problem met.
    ///
    /// The site-wide files (search indexes, feeds, open data, sitemap) render on the same threads
    /// as the pages, first, instead of on one thread after them. `delivering`, when given, is
    /// handed each file as soon as it is made, on the thread that made it and in no set order
    /// (the build writes them meanwhile, `OutputSession`); the files returned are the same.
    public func render(delivering: (@Sendable ([OutputFile]) -> Void)? = nil) throws -> [OutputFile] {
        let builder = PageBuilder(inputs: inputs, jobs: jobs)
        var work: [Job] = [.searchIndex(.vi), .searchIndex(.en), .openData, .feed(.vi), .feed(.en), .sitemap, .notFound]
        let siteWide = work.count
        for route in inputs.plan.routes {
            if route.isLocalized { work += Language.allCases.map { .page(route, $0) } } else { work.append(.page(route, .vi)) }
        }
        let results = parallelMap(work, jobs: jobs) { job -> Result<[OutputFile], Diagnostic> in
            do {
                let files = try render(job, builder)
                delivering?(files)
                return .success(files)
            } catch let diagnostic as Diagnostic {
                return .failure(diagnostic)
            } catch {
                let file = if case .page(let route, let language) = job { route.file(in: language) } else { "(render)" }
                return .failure(Diagnostic.badData(file, line: 1, "cannot render: \(error)"))
            }
        }
        var files: [OutputFile] = []
        // Pages first, so the problem reported is the first page's, as before.
        for result in results[siteWide...] + results[..<siteWide] { files += try result.get() }
        let fixed = [Sitemap.robots(config: inputs.config)] + inputs.assets
        delivering?(fixed)
        files += fixed
        return files.sorted { $0.path < $1.path }
    }

    private func render(_ job: Job, _ builder: PageBuilder) throws -> [OutputFile] {
        switch job {
        case .page(let route, let language): return [try builder.render(route, language)]
        case .searchIndex(let language): return [SearchIndex.render(language, builder: builder)]
        case .feed(let language): return [AtomFeed.render(language, builder: builder)]
        case .openData: return OpenData.render(builder: builder)
        case .sitemap: return [Sitemap.render(routes: inputs.plan.routes, config: inputs.config)]
        case .notFound: return [try notFound(builder)]
        }
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
        // Listed where it leads: FileManager does not walk into a folder given as a symbolic link.
        guard let enumerator = manager.enumerator(atPath: directory.resolvingSymlinksInPath().path) else { return [] }
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
