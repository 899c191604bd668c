/// What the segmenter asks of a line again and again — how many words it has, whether it reads as a
/// heading or as running text — worked out once, in one pass over its scalars.
///
/// Plain text (`PlainText`: each character one scalar) is measured on its scalars; any other text
/// character by character, as `wordCount` and `Character` do. Both give the same answers
/// (`SegmentFastPathTests` holds them to it).
struct LineShape: Sendable {
    /// The number of words separated by white space (`wordCount`).
    let words: Int
    /// A line that reads as a heading: no closing punctuation, 2 to 40 words, starting with a
    /// capital or a digit.
    let isHeadingLike: Bool
    /// Whether every scalar of the line is ASCII or plain (`PlainText`): measured on its scalars.
    let isPlain: Bool

    /// A line that reads as a paragraph of running text.
    var isParagraphLike: Bool { !isHeadingLike || words > 40 }

    /// The marks that close a sentence or a clause: a line ending in one is not a heading.
    static let closingMarks: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B, 0x2C]  // . ! ? … : ; ,

    init(_ text: String) {
        if let shape = Self.plainShape(text) { self = shape } else { self.init(characters: text) }
    }

    /// A shape already measured.
    init(words: Int, isHeadingLike: Bool, isPlain: Bool = false) {
        self.words = words
        self.isHeadingLike = isHeadingLike
        self.isPlain = isPlain
    }

    /// The shape of plain text, measured on its UTF-8 (as `plainShape(scalars:)`); nil for text
    /// that is not plain.
    static func plainShape(_ text: String) -> LineShape? {
        text.utf8.withContiguousStorageIfAvailable(plainShape(utf8:)) ?? plainShape(scalars: text)
    }

    /// `plainShape(scalars:)` of valid UTF-8 text, decoded byte by byte.
    static func plainShape(utf8 bytes: UnsafeBufferPointer<UInt8>) -> LineShape? {
        var words = 0
        var inWord = false
        var first: UInt32?
        var last: UInt32 = 0
        var index = 0
        let count = bytes.count
        while index < count {
            guard let (value, length) = PlainText.scalar(bytes, at: index) else { return nil }  // four bytes: not plain
            index += length
            guard value < 0x80 || PlainText.isPlain(value) else { return nil }
            if first == nil { first = value }
            last = value
            if PlainText.isPlainWhitespace(value) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        guard let first, let firstScalar = Unicode.Scalar(first), isCapitalOrDigit(firstScalar),
              !closingMarks.contains(last) else {
            return LineShape(words: words, isHeadingLike: false, isPlain: true)
        }
        return LineShape(words: words, isHeadingLike: words >= 2 && words <= 40, isPlain: true)
    }

    /// The shape of plain text, measured on its scalars; nil for text that is not plain.
    static func plainShape(scalars text: String) -> LineShape? {
        var words = 0
        var inWord = false
        var first: Unicode.Scalar?
        var last: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x80 || PlainText.isPlain(value) else { return nil }
            if first == nil { first = scalar }
            last = scalar
            if PlainText.isPlainWhitespace(value) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        // Each character is one scalar: the first and last characters are the first and last
        // scalars (CR LF, one character, is neither a capital nor a closing mark either way).
        guard let first, let last, isCapitalOrDigit(first), !closingMarks.contains(last.value) else {
            return LineShape(words: words, isHeadingLike: false, isPlain: true)
        }
        return LineShape(words: words, isHeadingLike: words >= 2 && words <= 40, isPlain: true)
    }

    /// The shape measured character by character: the definition the scalar path follows.
    init(characters text: String) {
        let words = text.wordCount
        guard let first = text.first, first.isUppercase || first.isNumber, let last = text.last,
              !".!?…:;,".contains(last) else {
            self.init(words: words, isHeadingLike: false)
            return
        }
        self.init(words: words, isHeadingLike: words >= 2 && words <= 40)
    }

    /// Whether the character that is this one scalar is upper case or a number.
    static func isCapitalOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (0x41...0x5A).contains(scalar.value) || (0x30...0x39).contains(scalar.value)
        }
        let character = Character(scalar)
        return character.isUppercase || character.isNumber
    }
}
