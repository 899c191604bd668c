/// Gives every article a URL slug: the locked one if it was published before, else one made
/// from its title, unique across the site.
///
/// Pure: the same records and lock give the same slugs whatever the order of the records.
public struct ArticleSlugAssigner: Sendable {
    /// Slugs are cut to about this many characters, at a hyphen.
    public var maximumLength: Int

    public init(maximumLength: Int = 80) {
        self.maximumLength = maximumLength
    }

    /// The slug of each article id, the updated lock, and a warning for each collision.
    ///
    /// The titles' slugs (Unicode folding: most of the work) are made on up to `jobs` threads
    /// first; the slugs are then given out one article after the other, by id, so the result
    /// does not depend on `jobs`.
    public func assign(_ articles: [Article], lock: SlugLock, jobs: Int = 1) -> (slugs: [String: String], lock: SlugLock, diagnostics: [Diagnostic]) {
        var lock = lock
        var slugs: [String: String] = [:]
        var owner: [String: String] = [:]  // slug → article id
        for (id, slug) in lock.articles { owner[slug] = id }
        var diagnostics: [Diagnostic] = []
        // Positions sorted by id, not the articles themselves (large values to move).
        let sorted = articles.indices.sorted { articles[$0].id < articles[$1].id }
        // The first article of each id, for the collision warning (a lookup, not a scan per
        // collision: two thirds of a generated corpus's titles collide).
        var byID: [String: Int] = [:]
        for index in sorted where byID[articles[index].id] == nil { byID[articles[index].id] = index }
        let locked = lock
        let bases = parallelMap(articles.indices.map { $0 }, jobs: jobs) { index -> String? in
            locked.articles[articles[index].id] == nil ? baseSlug(for: articles[index].title) : nil
        }
        // For each base slug taken, the number its next numbered slug is tried from: every
        // smaller number was found taken, and slugs are never released while assigning, so the
        // search resumes there instead of starting again from 2 (quadratic for a common title).
        var nextNumber: [String: Int] = [:]
        for index in sorted {
            let article = articles[index]
            if let locked = lock.articles[article.id] {
                slugs[article.id] = locked
                continue
            }
            let base = bases[index] ?? baseSlug(for: article.title)
            var slug = base
            if owner[base] != nil {
                var number = nextNumber[base] ?? 2
                repeat {
                    slug = base + "-" + String(number)
                    number += 1
                } while owner[slug] != nil
                nextNumber[base] = number
            }
            if slug != base, let other = owner[base] {
                let otherArticle = byID[other].map { articles[$0] }
                let otherPlace = otherArticle.map { "\($0.sourceFile):\($0.line)" } ?? "an earlier article (\(other)), in \(SlugLock.fileName)"
                diagnostics.append(Diagnostic(.warning, SourceLocation(file: article.sourceFile, line: article.line),
                                              "the title's slug \"\(base)\" is taken by \(otherPlace); this article gets \"\(slug)\""))
            }
            owner[slug] = article.id
            slugs[article.id] = slug
            lock.articles[article.id] = slug
        }
        return (slugs, lock, diagnostics)
    }

    /// The title's slug, cut at a hyphen, never empty, never a bare number (those name archive pages).
    func baseSlug(for title: String) -> String {
        var slug = title.slug
        if slug.count > maximumLength {
            let cut = slug.prefix(maximumLength)
            slug = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(cut)
        }
        if slug.isEmpty { return "bai-viet" }
        if slug.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) { return "bai-viet-" + slug }
        return slug
    }
}
