#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed map from byte strings to numbers, for `KeyVocabulary`'s plain keys: open addressing
/// over one buffer of key bytes, hashed with FNV-1a and compared with `memcmp`, so that a lookup
/// neither builds a `String` nor goes through `Hasher`.
///
/// Made once from its keys and read only afterwards; a key given twice keeps its first number.
struct UTF8KeyTable: Sendable {
    /// Where each key's bytes start in `bytes`, its length, number and full hash.
    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var number: UInt32
        var hash: UInt32
    }

    private let bytes: [UInt8]
    private let entries: [Entry]
    /// Index into `entries` plus one per slot; 0 for an empty slot. A power of two long.
    private let slots: [Int32]
    private let mask: Int

    /// The table of `keys` (their UTF-8) with their numbers.
    init(_ keys: [(key: String, number: UInt32)]) {
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, number) in keys {
            let keyBytes = Array(key.utf8)
            let hash = keyBytes.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(hash) & mask
            var present = false
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash, bytes[Int(entry.start)..<Int(entry.start + entry.length)].elementsEqual(keyBytes) {
                    present = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if present { continue }
            entries.append(Entry(start: Int32(bytes.count), length: Int32(keyBytes.count), number: number, hash: hash))
            bytes += keyBytes
            slots[slot] = Int32(entries.count)
        }
        self.bytes = bytes
        self.entries = entries
        self.slots = slots
        self.mask = mask
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// The number of the key whose UTF-8 is `key`, or nil.
    func number(of key: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let hash = Self.hash(key)
        var slot = Int(hash) & mask
        return bytes.withUnsafeBufferPointer { stored -> UInt32? in
            entries.withUnsafeBufferPointer { entries -> UInt32? in
                slots.withUnsafeBufferPointer { slots -> UInt32? in
                    while case let index = slots[slot], index != 0 {
                        let entry = entries[Int(index) - 1]
                        if entry.hash == hash, Int(entry.length) == key.count, Self.same(stored, from: Int(entry.start), key) {
                            return entry.number
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// Whether `stored` holds `key`'s bytes from `start` (which leaves room for them).
    @inline(__always)
    private static func same(_ stored: UnsafeBufferPointer<UInt8>, from start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return key.isEmpty }
        return memcmp(storedBase + start, keyBase, key.count) == 0
    }

    /// The number of `key`, by its UTF-8.
    func number(of key: String) -> UInt32? {
        var key = key
        return key.withUTF8 { number(of: $0) }
    }
}
