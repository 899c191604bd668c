/// `sitemap.xml`: every page with its absolute URL and its hreflang alternates.
enum Sitemap {
    static func render(routes: [Route], config: SiteConfig) -> OutputFile {
        var urls: [(loc: String, route: Route)] = []
        for route in routes {
            if route.isLocalized {
                for language in Language.allCases { urls.append((config.absoluteURL(route.path(in: language)), route)) }
            } else {
                urls.append((config.absoluteURL(route.path(in: .vi)), route))
            }
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for url in urls.sorted(by: { $0.loc < $1.loc }) {
            out += "<url>\n<loc>\(url.loc.htmlEscaped)</loc>\n"
            for alternate in PageBuilder.alternates(url.route) {
                out += "<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.hreflang)\" href=\"\(config.absoluteURL(alternate.path).htmlEscaped)\"/>\n"
            }
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
