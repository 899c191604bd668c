import Foundation

/// Numbers for the words of plain keys (`PlainText`, NFC: two words are the same exactly when
/// their bytes are), given in the order the words are first met, as `Segmenter.wordPairs` gives
/// them with a dictionary of `Segmenter.PlainWord`s: an open-addressing table on each word's FNV-1a
/// digest (no `Hasher` per word), the words' bytes kept in one array to compare on equal digests,
/// and no array of words made per key.
struct PlainWordNumbering {
    /// For each slot, the number of the word there plus one; 0 for an empty slot. A power of two
    /// long, at most half full.
    private var slots: [Int32]
    /// By number: each word's digest, where its bytes start in `bytes`, and how many there are.
    private var digests: [UInt64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var bytes: [UInt8] = []

    /// How many words have a number.
    var count: Int { digests.count }

    init() {
        slots = [Int32](repeating: 0, count: 256)
    }

    /// The word pairs of `key` (its words split at spaces, empty ones left out), numbered here:
    /// `Segmenter.wordPairs(Segmenter.PlainWord.words(key), numbering:)`.
    mutating func pairs(of key: String) -> [Int] {
        let numbers: [Int]
        if let found = key.utf8.withContiguousStorageIfAvailable({ bytes -> [Int] in wordNumbers(of: bytes) }) {
            numbers = found
        } else {
            numbers = Array(key.utf8).withUnsafeBufferPointer { bytes -> [Int] in self.wordNumbers(of: bytes) }
        }
        return Segmenter.sortedPairs(numbers)
    }

    /// The number of each word of the UTF-8 `key`, split at its spaces; none, and no word
    /// numbered, for a key of fewer than two words (as `Segmenter.wordPairs` numbers none then).
    private mutating func wordNumbers(of key: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard Self.hasTwoWords(key) else { return [] }
        var numbers: [Int] = []
        numbers.reserveCapacity(key.count / 4 + 1)
        let basis: UInt64 = 0xCBF2_9CE4_8422_2325
        var digest = basis
        var start = 0
        for index in 0..<key.count {
            let byte = key[index]
            if byte == 0x20 {
                if index > start { numbers.append(number(of: UnsafeBufferPointer(rebasing: key[start..<index]), digest: digest)) }
                start = index + 1
                digest = basis
            } else {
                // FNV-1a, as `Segmenter.PlainWord`.
                digest = (digest ^ UInt64(byte)) &* 0x100_0000_01B3
            }
        }
        if key.count > start { numbers.append(number(of: UnsafeBufferPointer(rebasing: key[start...]), digest: digest)) }
        return numbers
    }

    /// Whether the UTF-8 `key` has a space with a byte other than a space on either side of it.
    private static func hasTwoWords(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var seenWord = false
        var spaceAfterWord = false
        for byte in key {
            if byte == 0x20 {
                if seenWord { spaceAfterWord = true }
            } else if spaceAfterWord {
                return true
            } else {
                seenWord = true
            }
        }
        return false
    }

    /// The number of the word `word` whose digest is `digest`: the one it was given, or the next.
    private mutating func number(of word: UnsafeBufferPointer<UInt8>, digest: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Self.home(digest, mask: mask)
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if digests[number] == digest, lengths[number] == word.count, sameBytes(number, word) { return number }
            slot = (slot + 1) & mask
        }
        let number = digests.count
        digests.append(digest)
        starts.append(bytes.count)
        lengths.append(word.count)
        bytes.append(contentsOf: word)
        slots[slot] = Int32(number + 1)
        if digests.count * 2 > slots.count { grow() }
        return number
    }

    /// Whether the word numbered `number` has the bytes of `word` (as long as it).
    private func sameBytes(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let wordBase = word.baseAddress, !word.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress else { return false }
            return memcmp(base + starts[number], wordBase, word.count) == 0
        }
    }

    /// The first slot to look in for `digest`.
    @inline(__always)
    private static func home(_ digest: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (digest ^ digest >> 29) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    /// Twice the slots, every word placed again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for number in digests.indices {
            var slot = Self.home(digests[number], mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}
