/// One input file after reading: decoded, NFC-normalised, with unified line endings and spaces.
public struct SourceDocument: Sendable, Hashable {
    /// The file's path as given on the command line or found in the input folder.
    public var file: String
    /// The file's lines, each with its 1-based line number in the original file.
    public var lines: [SourceLine]

    public init(file: String, lines: [SourceLine]) {
        self.file = file
        self.lines = lines
    }

    /// The file name without folders, as the gold records name it (`000_….txt`).
    public var fileName: String { file.split(separator: "/").last.map(String.init) ?? file }
}

/// One line of an input file.
public struct SourceLine: Sendable, Hashable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
