import Foundation

/// Read → Segment → Parse → Extract → Resolve over a list of seed files.
///
/// Each file goes through the first four stages on its own, in parallel; resolution then joins
/// them. Files are taken in sorted order and results never depend on the number of jobs.
public struct ExtractionPipeline: Sendable {
    public let reader: SourceReader
    let segmenter: Segmenter
    let parser: ArticleParser
    let extractor: Extractor
    let resolver = EntityResolver()
    /// Editors' corrections from `seeds/<stem>.yml`, applied after extraction.
    let overlays: OverlayLoader
    public var jobs: Int

    public init(lexicon: Lexicon, reader: SourceReader = SourceReader(),
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        self.reader = reader
        segmenter = try Segmenter(lexicon: lexicon)
        parser = ArticleParser(lexicon: lexicon)
        extractor = Extractor(lexicon: lexicon, furniture: segmenter.furniture)
        overlays = OverlayLoader(themeIDs: Set(lexicon.themes.map(\.id)))
        self.jobs = jobs
    }

    /// One file through Read, Segment, Parse and Extract, with its overlay (`<stem>.yml`) applied.
    public func records(forFile path: String) -> (records: [ArticleRecord], diagnostics: [Diagnostic]) {
        switch reader.read(path: path) {
        case .failure(let diagnostic):
            return ([], [diagnostic])
        case .success(let document):
            let extracted = records(for: document)
            let overlaid = overlays.apply(toSeed: path, extracted.records)
            return (overlaid.records, extracted.diagnostics + overlaid.diagnostics)
        }
    }

    /// One decoded document through Segment, Parse and Extract.
    public func records(for document: SourceDocument) -> (records: [ArticleRecord], diagnostics: [Diagnostic]) {
        let segmented = segmenter.segment(document)
        let parsed = parser.parse(segmented)
        return (parsed.articles.map(extractor.extract), parsed.diagnostics)
    }

    /// Every file, resolved together.
    public func run(files: [String]) -> ResolvedSite {
        let sorted = files.sorted()
        let perFile = parallelMap(sorted, jobs: jobs) { self.records(forFile: $0) }
        let records = perFile.flatMap(\.records)
        var site = resolver.resolve(records)
        site.diagnostics = perFile.flatMap(\.diagnostics) + site.diagnostics
        return site
    }
}
