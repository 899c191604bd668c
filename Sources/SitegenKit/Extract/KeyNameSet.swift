import Foundation

/// A set of name keys (`vietnameseKey`s and joined token keys, such as the names of the units an
/// article knows) with `Set<String>`'s answers, hashed on bytes: each key is kept in NFC, and a
/// plain key (`PlainText`, which is NFC) is looked up by its own UTF-8, without the Unicode
/// normalisation a `String`'s hash goes through. Keys of other text are composed first.
///
/// A run of token keys is first looked for in `filter`, a bit per FNV-1a hash of every stored key's
/// bytes: a run of plain keys whose hash has no bit is not in the set, answered without joining
/// the keys (most runs asked for are not names the article knows).
struct KeyNameSet: Sendable {
    private var keys: Set<KeyVocabulary.UTF8Key> = []
    /// `Self.filterBits` bits, one set for each stored key's hash (`filterBit(of:)`).
    private var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
    private static let filterBits = 4096

    init() {}

    init<Names: Sequence>(_ names: Names) where Names.Element == String {
        for name in names { insert(name) }
    }

    /// The key's bytes in NFC: its own when it is plain.
    private static func canonical(_ key: String) -> KeyVocabulary.UTF8Key {
        var copy = key
        let plain = copy.withUTF8 { PlainText.isPlain(utf8: $0) }
        return KeyVocabulary.UTF8Key(plain ? key : key.precomposedStringWithCanonicalMapping)
    }

    mutating func insert(_ key: String) {
        let canonical = Self.canonical(key)
        keys.insert(canonical)
        var hash = Self.hashStart
        for byte in canonical.text.utf8 { Self.hash(&hash, byte) }
        let bit = Self.filterBit(of: hash)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private static let hashStart: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    private static func hash(_ hash: inout UInt64, _ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    @inline(__always)
    private static func filterBit(of hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash ^ (hash >> 32)) & UInt64(filterBits - 1)) }

    /// Whether the filter rules out the keys of `tokens` joined with spaces: nil when some key is
    /// not plain (its NFC may differ from its bytes), else whether the run's hash has no bit.
    private func filterRulesOut(keysOf tokens: ArraySlice<Token>) -> Bool? {
        var hash = Self.hashStart
        for index in tokens.indices {
            if index > tokens.startIndex { Self.hash(&hash, 0x20) }
            let plain = tokens[index].key.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard PlainText.isPlain(utf8: bytes) else { return false }
                for byte in bytes { Self.hash(&hash, byte) }
                return true
            }
            guard plain == true else { return nil }
        }
        let bit = Self.filterBit(of: hash)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0
    }

    func contains(_ key: String) -> Bool {
        keys.contains(Self.canonical(key))
    }

    /// Whether the keys of `tokens`, joined with spaces, are one of the set's.
    func contains(keysOf tokens: ArraySlice<Token>) -> Bool {
        if filterRulesOut(keysOf: tokens) == true { return false }
        return joinedContains(keysOf: tokens)
    }

    /// `contains(keysOf:)` without the filter: the definition.
    func joinedContains(keysOf tokens: ArraySlice<Token>) -> Bool {
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
