import Foundation

/// A set of name keys (`vietnameseKey`s and joined token keys, such as the names of the units an
/// article knows) with `Set<String>`'s answers, hashed on bytes: each key is kept in NFC, and a
/// plain key (`PlainText`, which is NFC) is looked up by its own UTF-8, without the Unicode
/// normalisation a `String`'s hash goes through. Keys of other text are composed first.
struct KeyNameSet: Sendable {
    private var keys: Set<KeyVocabulary.UTF8Key> = []

    init() {}

    init<Names: Sequence>(_ names: Names) where Names.Element == String {
        for name in names { insert(name) }
    }

    /// The key's bytes in NFC: its own when it is plain.
    private static func canonical(_ key: String) -> KeyVocabulary.UTF8Key {
        var copy = key
        let plain = copy.withUTF8 { KeyVocabulary.isPlain(utf8: $0) }
        return KeyVocabulary.UTF8Key(plain ? key : key.precomposedStringWithCanonicalMapping)
    }

    mutating func insert(_ key: String) {
        keys.insert(Self.canonical(key))
    }

    func contains(_ key: String) -> Bool {
        keys.contains(Self.canonical(key))
    }

    /// Whether the keys of `tokens`, joined with spaces, are one of the set's.
    func contains(keysOf tokens: ArraySlice<Token>) -> Bool {
        // Joined in one string, without an array of the keys between.
        var joined = ""
        joined.reserveCapacity(tokens.reduce(0) { $0 + $1.key.utf8.count + 1 })
        for index in tokens.indices {
            if index > tokens.startIndex { joined.append(" ") }
            joined.append(tokens[index].key)
        }
        return contains(joined)
    }

    func union<Names: Sequence>(_ names: Names) -> KeyNameSet where Names.Element == String {
        var result = self
        for name in names { result.insert(name) }
        return result
    }
}
