/// A token key's number in one `KeyVocabulary` (`Token.keyID`).
public struct KeyID: Sendable, Hashable {
    /// The vocabulary's stamp, or 0 for a token that was not interned.
    let stamp: UInt32
    /// The key's number, or 0 for a key the vocabulary does not hold.
    let number: UInt32

    /// Not interned: matchers compare the key itself.
    public static let none = KeyID(stamp: 0, number: 0)
}

/// Numbers for the token keys of the word lists, given once when a `Lexicon` is made, so that
/// phrase matching and key sets compare integers instead of hashing and comparing Unicode
/// strings for every token.
///
/// A token interned in a vocabulary (`Token.intern(in:)`) carries its key's number and the
/// vocabulary's stamp, a hash of its keys in order: a matcher or key set uses the number only
/// when the stamps agree, and compares keys otherwise, so a token interned elsewhere, or not at
/// all, gives the same answer, only slower. Two vocabularies of the same keys number them alike.
public struct KeyVocabulary: Sendable {
    private let numbers: [String: UInt32]
    /// `numbers` by the UTF-8 of each key in NFC: plain keys (`PlainText`, which are NFC) are
    /// looked up here, hashed as bytes instead of through Unicode normalisation. A plain key is
    /// equal to a key exactly when its bytes are those of the key's NFC.
    let plainNumbers: UTF8KeyTable
    /// A hash of the keys in number order; never 0.
    let stamp: UInt32
    /// Words as text writes them (`surfaces` given at init): each one's UTF-8 → its index in
    /// `surfaceEntries`, so that a token of those bytes takes its text, key and id from there.
    let surfaces: UTF8KeyTable
    let surfaceEntries: [Surface]

    /// A word as text writes it, with the key (`vietnameseKey` of its bytes) and id a token of
    /// those bytes gets here.
    struct Surface: Sendable {
        let text: String
        let key: String
        let id: KeyID
    }

    /// Numbers the keys in the order given, from 1; a repeated key keeps its first number.
    public init<Keys: Sequence>(keys: Keys) where Keys.Element == String {
        self.init(keys: keys, surfaces: [])
    }

    /// Numbers the keys in the order given, from 1, and keeps the key and id of each of
    /// `surfaces` (words as text writes them) for `surface(utf8:)`.
    init<Keys: Sequence>(keys: Keys, surfaces: [String]) where Keys.Element == String {
        var numbers: [String: UInt32] = [:]
        var hash: UInt32 = 2_166_136_261  // FNV-1a
        for key in keys where numbers[key] == nil {
            numbers[key] = UInt32(numbers.count + 1)
            for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            hash = (hash ^ 0xFF) &* 16_777_619
        }
        self.numbers = numbers
        // Canonically equal keys are one key of `numbers`, so their NFCs do not collide.
        self.plainNumbers = UTF8KeyTable(numbers.map { ($0.key.precomposedStringWithCanonicalMapping, $0.value) })
        self.stamp = hash == 0 ? 1 : hash
        var entries: [Surface] = []
        var seen: Set<[UInt8]> = []
        entries.reserveCapacity(surfaces.count)
        var table: [(key: String, number: UInt32)] = []
        for var text in surfaces where !text.isEmpty && seen.insert(Array(text.utf8)).inserted {
            text.makeContiguousUTF8()
            let key = text.vietnameseKey
            table.append((text, UInt32(entries.count)))
            entries.append(Surface(text: text, key: key, id: KeyID(stamp: self.stamp, number: Self.number(of: key, numbers: numbers,
                                                                                                       plainNumbers: plainNumbers) ?? 0)))
        }
        self.surfaces = UTF8KeyTable(table)
        self.surfaceEntries = entries
    }

    /// The surface whose UTF-8 is `bytes`, if it is one of those given at init.
    @inline(__always)
    func surface(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Surface? {
        guard !surfaceEntries.isEmpty, let index = surfaces.number(of: bytes) else { return nil }
        return surfaceEntries[Int(index)]
    }

    /// The token keys of `phrases`, each tokenized as text is.
    public init(phrases: [String]) {
        self.init(keys: Tokenizer.keys(of: phrases))
    }

    /// One more than the highest number: the size of a table indexed by number.
    var tableSize: Int { numbers.count + 1 }

    /// The key's number here, or nil.
    func number(of key: String) -> UInt32? {
        Self.number(of: key, numbers: numbers, plainNumbers: plainNumbers)
    }

    private static func number(of key: String, numbers: [String: UInt32], plainNumbers: UTF8KeyTable) -> UInt32? {
        var key = key
        let plain = key.withUTF8 { bytes -> UInt32?? in PlainText.isPlain(utf8: bytes) ? .some(plainNumbers.number(of: bytes)) : nil }
        if let plain { return plain }
        return numbers[key]
    }

    /// The id a token with this key gets here.
    public func id(of key: String) -> KeyID { KeyID(stamp: stamp, number: number(of: key) ?? 0) }

    /// A string hashed and compared by its UTF-8 bytes.
    struct UTF8Key: Hashable {
        let text: String

        init(_ text: String) { self.text = text }

        static func == (left: UTF8Key, right: UTF8Key) -> Bool {
            let (leftBytes, rightBytes) = (left.text.utf8, right.text.utf8)
            guard leftBytes.count == rightBytes.count else { return false }
            let onBuffers = leftBytes.withContiguousStorageIfAvailable { leftBuffer in
                rightBytes.withContiguousStorageIfAvailable { leftBuffer.elementsEqual($0) }
            }
            return (onBuffers ?? nil) ?? leftBytes.elementsEqual(rightBytes)
        }

        func hash(into hasher: inout Hasher) {
            if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
                Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
            }
        }
    }
}

/// A value per token key (a theme's start mask, set membership) that answers by number for
/// tokens interned in its vocabulary — an array index — and by key for others, with the same
/// answer either way.
struct KeyTable<Value: Sendable>: Sendable {
    let byKey: [String: Value]
    /// The value of a key not in the table.
    let absent: Value
    /// By number; empty when some key has no number in the vocabulary (then only keys are used).
    private let byNumber: [Value]
    private let stamp: UInt32

    init(_ byKey: [String: Value], absent: Value, vocabulary: KeyVocabulary?) {
        self.byKey = byKey
        self.absent = absent
        var byNumber: [Value] = []
        var stamp: UInt32 = 0
        if let vocabulary {
            byNumber = [Value](repeating: absent, count: vocabulary.tableSize)
            stamp = vocabulary.stamp
            for (key, value) in byKey {
                guard let number = vocabulary.number(of: key) else {
                    byNumber = []
                    stamp = 0
                    break
                }
                byNumber[Int(number)] = value
            }
        }
        self.byNumber = byNumber
        self.stamp = stamp
    }

    /// The value of the token's key.
    func value(for token: Token) -> Value {
        // (A number past the table can only come from another vocabulary with the same stamp.)
        if stamp != 0, token.keyID.stamp == stamp, case let number = Int(token.keyID.number), number < byNumber.count {
            return byNumber[number]
        }
        return byKey[token.key] ?? absent
    }

    /// The value of `key`.
    func value(forKey key: String) -> Value { byKey[key] ?? absent }
}

/// A set of token keys (surnames, role words) that answers by number for tokens interned in its
/// vocabulary, and by key for others.
struct KeySet: Sendable {
    private let table: KeyTable<Bool>

    init(_ keys: Set<String>, vocabulary: KeyVocabulary? = nil) {
        table = KeyTable(Dictionary(uniqueKeysWithValues: keys.map { ($0, true) }), absent: false, vocabulary: vocabulary)
    }

    var keys: Set<String> { Set(table.byKey.keys) }

    func contains(_ token: Token) -> Bool { table.value(for: token) }

    func contains(_ key: String) -> Bool { table.value(forKey: key) }
}
