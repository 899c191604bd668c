import Foundation

/// The Hugo side of the benchmark: the same corpus as ready-made content with front matter,
/// in both languages, with the taxonomies place, official and theme, feeds and a sitemap.
enum HugoSite {
    static let config = """
    baseURL = "https://digest.example.org/"
    title = "Local Government Digest"
    defaultContentLanguage = "vi"
    defaultContentLanguageInSubdir = true
    disableKinds = []
    enableRobotsTXT = true
    # sitegen's Atom feeds hold the latest 50 articles; Hugo's feeds the same.
    rssLimit = 50

    [taxonomies]
      place = "places"
      official = "officials"
      theme = "themes"

    [languages.vi]
      contentDir = "content/vi"
      languageName = "Tiếng Việt"
      title = "Bản tin Chính quyền cơ sở"
      weight = 1
    [languages.en]
      contentDir = "content/en"
      languageName = "English"
      title = "Local Government Digest"
      weight = 2

    """

    static let layouts: [String: String] = [
        "_default/baseof.html": """
        <!doctype html>
        <html lang="{{ .Site.Language.Lang }}">
        <head>
        <meta charset="utf-8">
        <title>{{ .Title }} · {{ .Site.Title }}</title>
        <link rel="canonical" href="{{ .Permalink }}">
        {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
        {{ end }}{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
        </head>
        <body>
        <nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
        {{ range .Translations }}<a hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}</nav>
        <main>{{ block "main" . }}{{ end }}</main>
        </body>
        </html>

        """,
        "_default/single.html": """
        {{ define "main" }}
        <article>
        <h1>{{ .Title }}</h1>
        <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2/1/2006" }}</time></p>
        <p class="lede">{{ .Description }}</p>
        {{ .Content }}
        {{ with .Params.places }}<h2>Places</h2><ul>{{ range . }}<li><a href="{{ printf "places/%s/" (urlize .) | relLangURL }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}
        {{ with .Params.officials }}<h2>Officials</h2><ul>{{ range . }}<li><a href="{{ printf "officials/%s/" (urlize .) | relLangURL }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}
        {{ with .Params.themes }}<h2>Themes</h2><ul>{{ range . }}<li><a href="{{ printf "themes/%s/" (urlize .) | relLangURL }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}
        </article>
        {{ end }}

        """,
        "_default/list.html": """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>
        {{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>
        {{ end }}</ul>
        {{ end }}

        """,
        "_default/terms.html": """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>
        {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
        {{ end }}</ul>
        {{ end }}

        """,
        "index.html": """
        {{ define "main" }}
        <h1>{{ .Site.Title }}</h1>
        <ul>
        {{ range first 30 (where .Site.RegularPages "Type" "in" .Site.Params.mainSections).ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{ end }}</ul>
        {{ end }}

        """,
    ]

    /// Writes the site skeleton (config and layouts) into `root`.
    static func writeSkeleton(to root: URL) throws {
        try write(config, to: root.appendingPathComponent("config.toml"))
        for (path, text) in layouts {
            try write(text, to: root.appendingPathComponent("layouts").appendingPathComponent(path))
        }
    }

    /// The article as a Vietnamese and an English content file.
    static func writeContent(_ article: GeneratedArticle, englishThemes: [String: String], to root: URL) throws {
        let date = "\(article.date.iso)T\(article.time):00+07:00"
        func list(_ values: [String]) -> String { "[" + values.map(quoted).joined(separator: ", ") + "]" }
        let body = article.paragraphs.joined(separator: "\n\n")
        let vi = """
        ---
        title: \(quoted(article.title))
        date: \(date)
        description: \(quoted(article.lede))
        translationKey: \(quoted(article.slug))
        places: \(list(article.places))
        officials: \(list(article.officials))
        themes: \(list(article.themes))
        ---

        \(body)

        """
        let en = """
        ---
        title: \(quoted(article.titleEnglish))
        date: \(date)
        description: \(quoted(article.titleEnglish))
        translationKey: \(quoted(article.slug))
        places: \(list(article.places))
        officials: \(list(article.officials))
        themes: \(list(article.themes.map { englishThemes[$0] ?? $0 }))
        ---

        \(body)

        """
        try write(vi, to: root.appendingPathComponent("content/vi/bai-viet/\(article.slug).md"))
        try write(en, to: root.appendingPathComponent("content/en/articles/\(article.slug).md"))
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
