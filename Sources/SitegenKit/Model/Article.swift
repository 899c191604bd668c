/// One news article parsed from a seed: its fields and its text, before extraction.
public struct Article: Sendable, Hashable {
    /// Stable id: the seed's stem, plus `-2`, `-3` … for the second and later articles of a file.
    public var id: String
    /// The seed file's path.
    public var sourceFile: String
    /// The line the article starts on.
    public var line: Int
    public var title: String
    public var section: String?
    public var outlet: Outlet?
    public var author: String?
    public var published: Publication?
    /// The day of the event the article reports, when the text gives one.
    public var eventDate: CalendarDate?
    /// The year of the event: from the event date, the publication date, the congress term, or
    /// the other articles of the same file, in that order.
    public var year: Int?
    /// The first paragraph of the body, which sets the scene.
    public var lede: Block?
    /// The body after the lede: paragraphs, subheadings and photo captions, in order, each once.
    public var body: [Block]
    /// A teaser cut off mid-sentence: reported, recorded, but given no page of its own.
    public var truncated: Bool
    /// The page had no heading: the title is the lede's first sentence.
    public var titleFromText = false

    public init(id: String, sourceFile: String, line: Int, title: String, section: String? = nil,
                outlet: Outlet? = nil, author: String? = nil, published: Publication? = nil,
                eventDate: CalendarDate? = nil, year: Int? = nil, lede: Block? = nil, body: [Block] = [],
                truncated: Bool = false) {
        self.id = id
        self.sourceFile = sourceFile
        self.line = line
        self.title = title
        self.section = section
        self.outlet = outlet
        self.author = author
        self.published = published
        self.eventDate = eventDate
        self.year = year
        self.lede = lede
        self.body = body
        self.truncated = truncated
    }

    /// The lede and the body, in order.
    public var blocks: [Block] { (lede.map { [$0] } ?? []) + body }
}

/// The news outlet an article came from, named by the mark it prints ("ĐNO - ", "Kinhtedothi –").
public struct Outlet: Sendable, Hashable, Codable {
    public var name: String
    /// The province or city whose paper it is, when the outlet is a local one.
    public var province: String?

    public init(name: String, province: String? = nil) {
        self.name = name
        self.province = province
    }
}

/// When an article was published, as its byline line prints it.
public struct Publication: Sendable, Hashable, Codable {
    public var date: CalendarDate
    public var time: TimeOfDay?

    public init(date: CalendarDate, time: TimeOfDay? = nil) {
        self.date = date
        self.time = time
    }
}
