/// The Atom feed of one language (`vi/feed.xml`, `en/feed.xml`): the latest articles, newest
/// first, each with its summary. `updated` is the newest article's date, never the clock.
enum AtomFeed {
    /// How many articles a feed carries.
    static let limit = 50

    static func path(_ language: Language) -> String { language.rawValue + "/feed.xml" }

    static func render(_ language: Language, builder: PageBuilder) -> OutputFile {
        let inputs = builder.inputs
        let config = inputs.config
        let entries = inputs.plan.articles.prefix(limit)
        let updated = entries.map { timestamp($0) }.max() ?? "2000-01-01T00:00:00+07:00"
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language.rawValue)\">\n"
        out += "<title>\(config.name[language].htmlEscaped)</title>\n"
        out += "<subtitle>\(config.tagline[language].htmlEscaped)</subtitle>\n"
        out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(config.absoluteURL(path(language)).htmlEscaped)\"/>\n"
        out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(config.absoluteURL(Route.home.path(in: language)).htmlEscaped)\"/>\n"
        out += "<id>\(config.absoluteURL(Route.home.path(in: language)).htmlEscaped)</id>\n"
        out += "<updated>\(updated)</updated>\n"
        out += "<author><name>\(config.name[language].htmlEscaped)</name></author>\n"
        for entry in entries {
            let url = config.absoluteURL(Route.article(entry.slug).path(in: language))
            out += "<entry>\n"
            out += "<title>\(builder.headline(entry, language).htmlEscaped)</title>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(url.htmlEscaped)\"/>\n"
            out += "<id>\(url.htmlEscaped)</id>\n"
            out += "<updated>\(timestamp(entry))</updated>\n"
            if let author = entry.record.article.author { out += "<author><name>\(author.htmlEscaped)</name></author>\n" }
            for theme in entry.record.themes {
                out += "<category term=\"\(theme.htmlEscaped)\" label=\"\(builder.themeName(theme, language).htmlEscaped)\"/>\n"
            }
            if let rendered = builder.summary(of: entry, language).html {
                let html = rendered.split(separator: "\n").joined(separator: " ")
                out += "<summary type=\"html\">\(html.htmlEscaped)</summary>\n"
            }
            out += "</entry>\n"
        }
        out += "</feed>\n"
        return OutputFile(path: path(language), text: out)
    }

    /// RFC 3339 time of an article, in Vietnam's time zone (+07:00), from its date alone.
    static func timestamp(_ entry: ArticleEntry) -> String {
        let date = entry.date
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let year = date.year ?? 2000
        var time = "00:00"
        if let published = entry.record.article.published, published.date == date.calendarDate, let clock = published.time {
            time = clock.description
        }
        return "\(year)-\(pad(date.month ?? 1))-\(pad(date.day ?? 1))T\(time):00+07:00"
    }
}
