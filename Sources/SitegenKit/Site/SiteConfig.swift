import Foundation

/// The site's own settings, from `sitegen.yml`: its name in both languages and its base URL.
///
/// The base URL is used only where a URL must be absolute (canonical links, hreflang alternates,
/// the sitemap, the feeds); every other link in the output is relative.
public struct SiteConfig: Sendable, Hashable, Decodable {
    /// The site's name, shown in every page's header and title.
    public var name: LocalizedText
    /// One line under the name on the home pages.
    public var tagline: LocalizedText
    /// The absolute URL `public/` is served at, always ending in `/`.
    public var baseURL: String

    enum CodingKeys: String, CodingKey {
        case name, tagline
        case baseURL = "base_url"
    }

    public init(name: LocalizedText, tagline: LocalizedText, baseURL: String) {
        self.name = name
        self.tagline = tagline
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(LocalizedText.self, forKey: .name),
                  tagline: try container.decode(LocalizedText.self, forKey: .tagline),
                  baseURL: try container.decode(String.self, forKey: .baseURL))
    }

    /// Loads `sitegen.yml` (or another file) with errors that name the file and line.
    public static func load(from path: String) throws -> SiteConfig {
        let url = URL(fileURLWithPath: path)
        let config = try DataFileLoader(directory: url.deletingLastPathComponent())
            .decode(url.lastPathComponent, as: SiteConfig.self)
        guard config.baseURL.hasPrefix("https://") || config.baseURL.hasPrefix("http://") else {
            throw Diagnostic.badData(path, line: 1, "base_url must be an absolute http(s) URL, found \"\(config.baseURL)\"")
        }
        return config
    }

    /// The absolute URL of a site path such as `vi/bai-viet/x/`.
    public func absoluteURL(_ sitePath: String) -> String { baseURL + sitePath }
}

/// A short text given in both languages.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`.
    public subscript(language: Language) -> String { language == .vi ? vi : en }
}
