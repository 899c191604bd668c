import Foundation

/// Where a build reads and writes, and how.
public struct BuildOptions: Sendable {
    public var input: URL
    public var output: URL
    public var config: URL
    public var templates: URL
    public var data: URL
    /// The slug lock file; `<data>/slugs.lock` unless given.
    public var lock: URL
    public var check: Bool
    public var jobs: Int
    /// Build into an output folder that holds files the manifest does not list (they are kept).
    public var force: Bool
    /// Use the build cache beside the output (`BuildCache`): extractions are reused by content
    /// hash, and a rebuild whose inputs and output are as the last build left them does nothing.
    public var cache: Bool

    public init(input: URL, output: URL, config: URL, templates: URL, data: URL, lock: URL? = nil,
                check: Bool = false, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false,
                cache: Bool = false) {
        self.input = input
        self.output = output
        self.config = config
        self.templates = templates
        self.data = data
        self.lock = lock ?? data.appendingPathComponent(SlugLock.fileName)
        self.check = check
        self.jobs = max(1, jobs)
        self.force = force
        self.cache = cache
    }
}

/// What a build did: its diagnostics, its report, and for `--check` the files that differ.
public struct BuildOutcome: Sendable {
    public var diagnostics: [Diagnostic]
    public var report: BuildReport?
    /// `--check` only: one line per stale, missing or extra file (empty when up to date).
    public var differences: [String]
    /// The files of the site, in memory.
    public var files: [OutputFile]
    /// How long each step took.
    public var timings = StageTimings()

    /// 0 when all went well, 1 when the build had errors or `--check` found differences.
    public var exitCode: Int32 {
        diagnostics.contains { $0.severity == .error } || !differences.isEmpty ? 1 : 0
    }
}

/// `sitegen build`, as named steps over one build: load, extract, plan, render, write.
///
/// Every step but the last is a pure function of what it reads; only the last (through
/// `OutputWriter`) touches the output folder, and with `check` nothing is written at all.
public enum SiteBuild {
    /// Runs the build; problems that stop it (missing templates, bad config) are thrown as
    /// diagnostics, problems with single inputs are collected in the outcome.
    public static func run(_ options: BuildOptions) throws -> BuildOutcome {
        var timings = StageTimings()
        try OutputWriter.validate(output: options.output, input: options.input)
        // Cache: hash the inputs; a rebuild with nothing to do ends here.
        let seeds = try seedFiles(in: options.input)
        let cached = options.cache ? CachedBuild.prepare(options, seeds: seeds) : nil
        if !options.check, var outcome = cached?.upToDate() {
            timings.end("cache check")
            outcome.timings = timings
            return outcome
        }
        if !options.check { cached?.cache.clearState() }
        if !options.check && !options.force { try OutputWriter(root: options.output).refuseForeignFiles() }
        var diagnostics: [Diagnostic] = []

        // Load.
        let config = try SiteConfig.load(from: options.config.path)
        let lexicon = try Lexicon.load(from: options.data)
        let glossary: Glossary
        do {
            glossary = try Glossary.load(from: options.data)
        } catch let diagnostic as Diagnostic {
            // The rest of the site still builds, but English without a glossary is a failed build.
            diagnostics.append(Diagnostic(.error, diagnostic.location, diagnostic.message + "; the English pages are built without a glossary"))
            glossary = Glossary(unitKinds: [:], bodies: [:], heads: [:])
        }
        let translator = Translator(glossary: glossary)
        let strings = try Bilingual { try InterfaceStrings.load(from: options.templates.appendingPathComponent("i18n"), language: $0) }
        let templates = try TemplateLibrary.load(from: options.templates)
        let assets = try SiteRenderer.loadAssets(from: options.templates.appendingPathComponent("assets"))
        let lockText = FileManager.default.contents(atPath: options.lock.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let parsedLock = SlugLock.parse(lockText, file: options.lock.path)
        diagnostics += parsedLock.diagnostics
        timings.end("load")

        // Extract.
        let pipeline = try ExtractionPipeline(lexicon: lexicon, reader: SourceReader(confinedTo: options.input.path), jobs: options.jobs)
        let extraction = cached?.extract(pipeline, save: !options.check) ?? (site: pipeline.run(files: seeds), saving: nil)
        // Every way out of the build waits for the cache to be stored, not only the last.
        defer { extraction.saving?.wait() }
        let site = extraction.site
        diagnostics += site.diagnostics
        timings.end("extract")

        // Plan.
        let plan = SitePlan(site: site, themes: lexicon.themes.map(\.theme), lock: parsedLock.lock, jobs: options.jobs)
        diagnostics += plan.diagnostics
        timings.end("plan")

        // Render, with every role of the plan translated once for the pages and the report.
        let inputs = RenderInputs(config: config, plan: plan, translator: translator, summaries: SummaryWriter(translator: translator),
                                  strings: strings, templates: templates, assets: assets).translatingRolesAhead(jobs: options.jobs)
        // Each file is compared with the output and, when it differs, written into the staging
        // folder as soon as it is rendered (`OutputSession`): the kernel's file creation then
        // overlaps the rendering of other pages. `--check` only compares, after.
        let writer = OutputWriter(root: options.output, jobs: options.jobs, spare: cached?.cache.previousOutput)
        let session = options.check ? nil : OutputSession(writer: writer)
        var delivering: (@Sendable ([OutputFile]) -> Void)?
        if let session { delivering = { files in session.accept(files) } }
        let files: [OutputFile]
        do {
            files = try SiteRenderer(inputs: inputs, jobs: options.jobs).render(delivering: delivering)
        } catch {
            session?.abandon()
            throw error
        }
        timings.end("render")

        // Write the rest (or compare). The slug lock's text (10,000 entries sorted) is made while
        // the plan is made.
        let lock = plan.lock
        let (writePlan, newLockText) = concurrently(jobs: options.jobs, { session?.plan(files) ?? writer.plan(files) }, { lock.text })
        let lockStale = lockText != newLockText
        var differences: [String] = []
        if let session {
            try session.finish(writePlan, files: files)
            if lockStale { try OutputWriter.writeIfChanged(Array(newLockText.utf8), to: options.lock) }
        } else {
            differences = writePlan.differences + (lockStale ? ["stale: \(options.lock.path)"] : [])
        }
        diagnostics += writePlan.conflicts.map {
            Diagnostic(.error, SourceLocation(file: options.output.appendingPathComponent($0).path, line: 1),
                       "a file sitegen did not write stands where it would write a page; it is left alone")
        }
        timings.end(options.check ? "compare" : "write")

        // What the report says of the English pages, while the files just written are looked
        // at for the cache.
        let rolesTranslated = inputs.translator, recording = options.check ? nil : cached, manifestPaths = writePlan.manifestPaths
        let (gaps, leftFiles) = concurrently(jobs: options.jobs, { TranslationGaps(plan: plan, translator: rolesTranslated) },
                                             { recording?.fileStates(manifestPaths) })
        let pages = files.reduce(0) { $0 + ($1.isHTML ? 1 : 0) }
        let report = BuildReport(
            output: options.output.path, pages: pages, otherFiles: files.count - pages,
            written: options.check ? 0 : writePlan.added.count + writePlan.changed.count,
            unchanged: writePlan.unchanged.count, removed: options.check ? 0 : writePlan.removed.count,
            conflicts: writePlan.conflicts,
            truncated: plan.truncated.map { BuildReport.Item(location: SourceLocation(file: $0.article.sourceFile, line: $0.article.line),
                                                             text: "\"\($0.article.title)\"") },
            untranslated: gaps.untranslated, withoutEditorSummary: gaps.withoutEditorSummary,
            errors: diagnostics.filter { $0.severity == .error }.count,
            warnings: diagnostics.filter { $0.severity == .warning }.count)
        var outcome = BuildOutcome(diagnostics: diagnostics, report: report, differences: differences, files: files)
        extraction.saving?.wait()  // before the state that says the cache is complete
        recording?.record(outcome: outcome, files: leftFiles, lock: newLockText)
        timings.end("report")
        outcome.timings = timings
        return outcome
    }

    /// The seed files of `folder` (`*.txt`, not hidden), sorted by name.
    public static func seedFiles(in folder: URL) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw Diagnostic.badData(folder.path, line: 1, "cannot list the input folder: \(error.localizedDescription)")
        }
        let seeds = names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
        if folder.path == "." { return seeds }
        // The folder's part of each path, taken once: a URL per seed costs more than listing them.
        let probe = folder.appendingPathComponent("p").relativePath
        guard probe.hasSuffix("/p") else { return seeds.map { folder.appendingPathComponent($0).relativePath } }
        let prefix = probe.dropLast()
        return seeds.map { prefix + $0 }
    }
}
