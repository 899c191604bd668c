import Foundation

/// One build's use of the `BuildCache`: the content keys of its inputs, the rebuild that has
/// nothing to do, extraction that decodes what it extracted before, and what it leaves for the
/// next build.
struct CachedBuild {
    let cache: BuildCache
    let options: BuildOptions
    /// The seeds, sorted, and the content key of each.
    let seeds: [String]
    let keys: [String: String]
    let salt: String
    /// The hash of every input but the slug lock, which `stamp(lock:)` adds.
    let inputs: String

    /// Hashes the inputs of a build: the seeds (in parallel), their overlays, `data/`, the
    /// templates, the configuration and the sitegen executable.
    static func prepare(_ options: BuildOptions, seeds: [String]) -> CachedBuild {
        let salt = BuildCache.extractionSalt(data: options.data, lockName: options.lock.lastPathComponent)
        let seedKeys = parallelMap(seeds, jobs: options.jobs) { BuildCache.seedKey(salt: salt, path: $0) }
        var hash = ContentHash()
        hash.combine("sitegen build stamp")
        hash.combine(salt)
        hash.combine(options.input.standardizedFileURL.path)
        hash.combine(options.output.standardizedFileURL.path)
        hash.combine(FileManager.default.contents(atPath: options.config.path) ?? Data())
        for (path, bytes) in BuildCache.treeContents(options.templates) {
            hash.combine(path)
            hash.combine(bytes)
        }
        for (seed, key) in zip(seeds, seedKeys) {
            hash.combine(seed)
            hash.combine(key)
        }
        return CachedBuild(cache: BuildCache(output: options.output), options: options, seeds: seeds,
                           keys: Dictionary(zip(seeds, seedKeys), uniquingKeysWith: { first, _ in first }),
                           salt: salt, inputs: hash.hex)
    }

    /// The input stamp with the slug lock's text.
    func stamp(lock: Data) -> String {
        var hash = ContentHash()
        hash.combine(inputs)
        hash.combine(lock)
        return hash.hex
    }

    /// The last build's outcome again, when the inputs are the same and every file it left in
    /// the output folder is still there untouched; nil when there is work to do.
    func upToDate() -> BuildOutcome? {
        guard let state = cache.loadState() else { return nil }
        let lock = FileManager.default.contents(atPath: options.lock.path) ?? Data()
        guard state.stamp == stamp(lock: lock) else { return nil }
        let root = options.output.standardizedFileURL.path
        let current = parallelMap(state.files, jobs: options.jobs) { BuildCache.fileState($0.path, under: root) }
        guard zip(state.files, current).allSatisfy({ $0 == $1 }) else { return nil }
        var report = state.report
        report.unchanged += report.written
        report.written = 0
        report.removed = 0
        return BuildOutcome(diagnostics: state.diagnostics, report: report, differences: [], files: [])
    }

    /// `pipeline.run(files:)`, decoding each seed's extraction from the cache when its key is
    /// there and extracting (and storing) it otherwise. The same result as `run(files:)`.
    ///
    /// The extractions are stored on another thread while the build goes on (resolving and
    /// planning use one core); the build waits for `saving` before it ends. Fresh extractions
    /// are encoded, and stored only when the encoding decodes to exactly what was extracted, on
    /// the storing thread too, not on the extracting ones that every core is busy with.
    func extract(_ pipeline: ExtractionPipeline, save: Bool) -> (site: ResolvedSite, saving: BackgroundWork?) {
        let stored = cache.loadRecords(salt: salt)
        let keys = self.keys
        let perFile = parallelMap(seeds, jobs: pipeline.jobs) { path -> CachedExtraction in
            let key = keys[path] ?? ""
            if let bytes = stored[key], let decoded = RecordCodec.decode(bytes) {
                return CachedExtraction(records: decoded.records, diagnostics: decoded.diagnostics, key: key, bytes: bytes, hit: true)
            }
            let fresh = pipeline.records(forFile: path)
            return CachedExtraction(records: fresh.records, diagnostics: fresh.diagnostics, key: key, bytes: nil, hit: false)
        }
        var saving: BackgroundWork?
        if save, RecordCodec.isCurrent, perFile.contains(where: { !$0.hit }) || stored.count != perFile.count {
            let (cache, salt) = (self.cache, self.salt)
            saving = BackgroundWork { cache.saveRecords(perFile.compactMap(\.storable), salt: salt) }
        }
        var site = pipeline.resolver.resolve(perFile.flatMap(\.records))
        site.diagnostics = perFile.flatMap(\.diagnostics) + site.diagnostics
        return (site, saving)
    }

    /// One seed's extraction, decoded from the cache (`hit`, with the bytes it came from) or
    /// made now (its encoding made when it is stored, unless given).
    struct CachedExtraction: Sendable {
        var records: [ArticleRecord]
        var diagnostics: [Diagnostic]
        var key: String
        var bytes: ArraySlice<UInt8>?
        var hit: Bool

        /// The entry to store: what the cache gave, or the encoding of a fresh extraction when
        /// it decodes to exactly what was extracted; nil otherwise.
        var storable: (key: String, bytes: ArraySlice<UInt8>)? {
            if hit { return bytes.map { (key, $0) } }
            let encoded = bytes ?? RecordCodec.encode(records, diagnostics)[...]
            guard let decoded = RecordCodec.decode(encoded), decoded.records == records, decoded.diagnostics == diagnostics else { return nil }
            return (key, encoded)
        }
    }

    /// The size and time of every file the manifest lists (`sortedPaths`) and of the manifest,
    /// once the build has written them; nil when one is not a file.
    func fileStates(_ sortedPaths: [String]) -> [BuildCache.State.FileState]? {
        let root = options.output.standardizedFileURL.path
        let states = parallelMap(sortedPaths + [Manifest.fileName], jobs: options.jobs) { BuildCache.fileState($0, under: root) }
        guard states.allSatisfy({ $0 != nil }) else { return nil }
        return states.compactMap { $0 }
    }

    /// Records what this build left: its stamp (with the slug lock as written), the size and
    /// time of every file it left (`fileStates`), its diagnostics and report.
    func record(outcome: BuildOutcome, files: [BuildCache.State.FileState]?, lock: String) {
        guard let report = outcome.report, let files else { return }
        cache.saveState(BuildCache.State(stamp: stamp(lock: Data(lock.utf8)), files: files,
                                         diagnostics: outcome.diagnostics, report: report))
    }
}
