/// One input file after page furniture is dropped and it is split into articles.
public struct SegmentedDocument: Sendable, Hashable {
    public var file: String
    public var segments: [ArticleSegment]

    public init(file: String, segments: [ArticleSegment]) {
        self.file = file
        self.segments = segments
    }
}

/// The lines of one article, classified but not yet parsed into fields.
///
/// `header` holds the lines before the body (section, title, byline, date); `blocks` holds the
/// body, in order, without furniture and without repeated paragraphs.
public struct ArticleSegment: Sendable, Hashable {
    public var header: [SourceLine]
    public var blocks: [Block]
    /// The title when segmentation found it elsewhere than in the header: image text repeated
    /// through the page.
    public var titleHint: SourceLine?
    /// A teaser cut off mid-sentence: one or two short paragraphs ending in an ellipsis.
    public var truncated: Bool

    public init(header: [SourceLine], blocks: [Block], titleHint: SourceLine? = nil, truncated: Bool = false) {
        self.header = header
        self.blocks = blocks
        self.titleHint = titleHint
        self.truncated = truncated
    }

    /// The first line of the segment in the file, for diagnostics.
    public var firstLine: Int {
        header.first?.number ?? titleHint?.number ?? blocks.first?.line ?? 1
    }
}

/// One block of article text.
public struct Block: Sendable, Hashable, Codable {
    /// What a block is in the article.
    public enum Kind: String, Sendable, Hashable, Codable {
        case paragraph, subheading, caption
    }

    public var kind: Kind
    public var text: String
    public var line: Int

    public init(_ kind: Kind, _ text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}
