/// The sentence an extracted fact came from, and where it stands.
public struct Evidence: Sendable, Hashable, Codable {
    public var sentence: String
    public var line: Int

    public init(sentence: String, line: Int) {
        self.sentence = sentence
        self.line = line
    }
}
