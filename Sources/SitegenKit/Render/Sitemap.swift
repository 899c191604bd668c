/// `sitemap.xml`: every page with its absolute URL and its hreflang alternates.
enum Sitemap {
    static func render(routes: [Route], config: SiteConfig) -> OutputFile {
        // The alternates of a route are the same for its page in each language: written once.
        var urls: [(loc: String, links: Int)] = []
        var links: [String] = []
        for route in routes {
            let paths = Bilingual { route.path(in: $0) }
            var block = ""
            for alternate in PageBuilder.alternates(route, paths: paths) {
                block += "<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.hreflang)\" href=\"\(config.absoluteURL(alternate.path).htmlEscaped)\"/>\n"
            }
            links.append(block)
            for language in route.isLocalized ? Language.allCases : [.vi] {
                urls.append((config.absoluteURL(paths[language]), links.count - 1))
            }
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for url in urls.sorted(by: { $0.loc < $1.loc }) {
            out += "<url>\n<loc>\(url.loc.htmlEscaped)</loc>\n"
            out += links[url.links]
            out += "</url>\n"
        }
        out += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: out)
    }

    /// `robots.txt`: everything may be crawled; where the sitemap is.
    static func robots(config: SiteConfig) -> OutputFile {
        OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(config.absoluteURL("sitemap.xml"))\n")
    }
}
