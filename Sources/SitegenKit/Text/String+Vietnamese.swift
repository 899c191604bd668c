import Foundation

extension String {
    /// A key under which two spellings of one Vietnamese name agree.
    ///
    /// Lower-cased, with each syllable's tone mark moved to a fixed place, so that the old and new
    /// tone placements ("uỷ"/"ủy", "hoà"/"hòa", "thuý"/"thúy") and NFD input give the same key,
    /// while different tones ("Hòa"/"Hoa") still differ. White space is folded to single spaces.
    ///
    /// Precomposed text (what the Read stage produces) takes a table-driven path; text with
    /// combining marks is composed first. Both give the same key.
    public var vietnameseKey: String {
        if let key = utf8.withContiguousStorageIfAvailable({ VietnameseLetters.key(utf8: $0) }) { return key }
        var copy = String(self)
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { VietnameseLetters.key(utf8: $0) } ?? copy.generalVietnameseKey
    }

    /// `vietnameseKey`, and whether the key is plain (`PlainText.isPlain`): told by the byte path
    /// as it writes the key (from the table's bit for each letter), else by looking at the key.
    var vietnameseKeyAndPlainness: (key: String, plain: Bool) {
        if let found = utf8.withContiguousStorageIfAvailable({ VietnameseLetters.keyAndPlainness(utf8: $0, numberIn: nil) }) {
            return (found.key, found.plain ?? PlainText.isPlain(found.key))
        }
        let key = vietnameseKey
        return (key, PlainText.isPlain(key))
    }

    /// `vietnameseKey` scalar by scalar, the definition the byte path (`VietnameseLetters.key(utf8:)`)
    /// is held to by tests.
    var generalVietnameseKey: String {
        var result = String.UnicodeScalarView()
        var tone: Unicode.Scalar?
        var inSyllable = false
        var pendingSpace = false
        func endSyllable() {
            if let tone { result.append(tone) }
            tone = nil
            inSyllable = false
        }
        let source = unicodeScalars.contains { (0x0300...0x036F).contains($0.value) }
            ? precomposedStringWithCanonicalMapping : self
        for scalar in source.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let isLetter = (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
                if isLetter || (0x30...0x39).contains(value) {
                    if pendingSpace, !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    let lower = (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20) ?? scalar : scalar
                    result.append(lower)
                    inSyllable = true
                } else {
                    if inSyllable { endSyllable() }
                    pendingSpace = true
                }
                continue
            }
            if let folded = VietnameseLetters.table[value] {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(folded.base)
                if let mark = folded.tone { tone = mark }
                inSyllable = true
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                inSyllable = true
            } else {
                if inSyllable { endSyllable() }
                pendingSpace = true
            }
        }
        if inSyllable { endSyllable() }
        return String(result)
    }

    /// Folded for search and slugs: no diacritics (đ → d too), lower case, words kept apart.
    ///
    /// Text of simple scalars (`SimpleScalars`) is folded scalar by scalar from a table made with
    /// `generalFoldedForSearch` itself, without decomposing the whole string (a test holds the two
    /// to the same answer); other text is decomposed.
    public var foldedForSearch: String {
        if let folded = utf8.withContiguousStorageIfAvailable({ SearchFolding.fold(utf8: $0) }), let folded { return folded }
        return generalFoldedForSearch
    }

    /// `foldedForSearch` by decomposing the text: the definition.
    var generalFoldedForSearch: String {
        var out = String.UnicodeScalarView()
        for scalar in self.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111, 0x0110: out.append("d")
            default: out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    /// An ASCII URL slug: diacritics folded (đ → d), lower case, words joined by hyphens.
    public var slug: String {
        var out = ""
        var pendingHyphen = false
        for scalar in foldedForSearch.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}

/// The precomposed Latin letters Vietnamese uses, each as its lower-case letter without the tone
/// mark (keeping â, ă, ê, ô, ơ, ư, đ) and the tone as a digit: the table behind `vietnameseKey`.
enum VietnameseLetters {
    struct Folded: Sendable {
        var base: Unicode.Scalar
        var tone: Unicode.Scalar?
    }

    /// The five tone marks as combining characters, each with its digit in the key.
    static let tones: [UInt32: Unicode.Scalar] = [
        0x0300: "2",  // huyền
        0x0301: "1",  // sắc
        0x0309: "3",  // hỏi
        0x0303: "4",  // ngã
        0x0323: "5",  // nặng
    ]

    /// `table` as a flat array over U+00C0–U+024F and then U+1E00–U+1EFF: the base's UTF-8
    /// bytes (one or two) in the low bits, the tone digit in bits 24–31; 0 where `table` has no entry.
    static let packed: [UInt32] = {
        var packed = [UInt32](repeating: 0, count: (0x024F - 0x00C0 + 1) + 0x100)
        for (value, folded) in table {
            guard let slot = slot(of: value) else { continue }
            var bytes: [UInt8] = []
            UTF8.encode(folded.base) { bytes.append($0) }
            guard bytes.count <= 2 else { continue }
            var entry = UInt32(bytes[0]) | UInt32(bytes.count == 2 ? bytes[1] : 0) << 8 | 1 << 16
            // Bit 17: the base is plain (`PlainText`), so a key of such bases is NFC as it stands.
            if folded.base.isASCII || PlainText.isPlain(folded.base.value) { entry |= 1 << 17 }
            if let tone = folded.tone { entry |= tone.value << 24 }
            packed[slot] = entry
        }
        return packed
    }()

    /// Where a scalar's entry stands in `packed`, if it is in one of the two blocks.
    @inline(__always)
    static func slot(of value: UInt32) -> Int? {
        if value >= 0x00C0 && value <= 0x024F { return Int(value - 0x00C0) }
        if value >= 0x1E00 && value <= 0x1EFF { return Int(value - 0x1E00) + (0x024F - 0x00C0 + 1) }
        return nil
    }

    /// `vietnameseKey` of valid UTF-8 text, written byte by byte into one buffer: the same key as
    /// `generalVietnameseKey` (a test holds it to that on NFD text, combining marks, Đ/đ, upper
    /// and lower case and non-breaking spaces). Text with combining marks (U+0300–U+036F) and
    /// letters outside the table take the general path.
    static func key(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        key(utf8: bytes, numberIn: nil).key
    }

    /// `key(utf8:)`, and the key's number in `table` (`KeyVocabulary`'s plain keys) looked up on
    /// the bytes just written: `.some` when the key is plain (its bytes are then its NFC, as the
    /// table's keys are), nil when it is not or took the general path, or without a table.
    ///
    /// `text`, when given, is a string of `bytes`: a key of the same bytes is that string, not a
    /// new one made (and checked) from them.
    static func key(utf8 bytes: UnsafeBufferPointer<UInt8>, numberIn table: UTF8KeyTable?,
                    text: String? = nil) -> (key: String, number: UInt32??) {
        let found = keyAndPlainness(utf8: bytes, numberIn: table, text: text)
        return (found.key, found.number)
    }

    /// `key(utf8:numberIn:text:)`, and whether the key is plain (`PlainText.isPlain`) when the byte
    /// path made it (nil when the general path did): every byte it writes is ASCII or a letter's
    /// base, and the table marks the plain bases.
    @inline(__always)
    static func keyAndPlainness(utf8 bytes: UnsafeBufferPointer<UInt8>, numberIn table: UTF8KeyTable?,
                                text: String? = nil) -> (key: String, number: UInt32??, plain: Bool?) {
        let count = bytes.count
        // The tables taken once, not through their global accessors for every scalar.
        let packed = Self.packed
        let separators = Self.separators
        // Worst case of the fast path: each byte kept, plus one tone digit per syllable and a space.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 2 + 2) { out -> (key: String, number: UInt32??, plain: Bool?) in
            var length = 0
            var plain = true
            var tone: UInt8 = 0
            var inSyllable = false
            var pendingSpace = false
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    let lower = byte | 0x20
                    if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(byte) {
                        if pendingSpace, length > 0 { out[length] = 0x20; length += 1 }
                        pendingSpace = false
                        out[length] = (0x41...0x5A).contains(byte) ? lower : byte
                        length += 1
                        inSyllable = true
                    } else {
                        if inSyllable {
                            if tone != 0 { out[length] = tone; length += 1 }
                            tone = 0
                            inSyllable = false
                        }
                        pendingSpace = true
                    }
                    continue
                }
                // Decode one scalar of two or three bytes; anything else goes the general way.
                var value: UInt32
                var width: Int
                if byte & 0xE0 == 0xC0, index + 1 < count {
                    value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    width = 2
                } else if byte & 0xF0 == 0xE0, index + 2 < count {
                    value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    width = 3
                } else {
                    return (String(decoding: bytes, as: UTF8.self).generalVietnameseKey, nil, nil)
                }
                if let slot = slot(of: value), case let entry = packed[slot], entry != 0 {
                    if pendingSpace, length > 0 { out[length] = 0x20; length += 1 }
                    pendingSpace = false
                    out[length] = UInt8(truncatingIfNeeded: entry)
                    length += 1
                    if entry & 1 << 17 == 0 { plain = false }
                    let second = UInt8(truncatingIfNeeded: entry >> 8)
                    if second != 0 { out[length] = second; length += 1 }
                    let digit = UInt8(truncatingIfNeeded: entry >> 24)
                    if digit != 0 { tone = digit }
                    inSyllable = true
                } else if value < 0x10000 && separators[Int(value)] {
                    if inSyllable {
                        if tone != 0 { out[length] = tone; length += 1 }
                        tone = 0
                        inSyllable = false
                    }
                    pendingSpace = true
                } else {
                    // A combining mark, or a letter or digit outside the table.
                    return (String(decoding: bytes, as: UTF8.self).generalVietnameseKey, nil, nil)
                }
                index += width
            }
            if inSyllable, tone != 0 { out[length] = tone; length += 1 }
            let written = UnsafeBufferPointer(rebasing: out[..<length])
            let number: UInt32?? = plain ? table.map { $0.number(of: written) } : nil
            if let text, length == count, let outBase = out.baseAddress, let base = bytes.baseAddress,
               memcmp(outBase, base, count) == 0 {
                return (text, number, plain)
            }
            return (String(decoding: written, as: UTF8.self), number, plain)
        }
    }

    /// Whether a scalar of two or three UTF-8 bytes with no entry in `table` separates syllables
    /// in a key, as the general path decides: neither alphabetic nor numeric, and not a combining
    /// mark of U+0300–U+036F (which sends text through composition first).
    @inline(__always)
    static func isSeparator(_ value: UInt32) -> Bool {
        value < 0x10000 && separators[Int(value)]
    }

    /// `isSeparator` for every scalar below U+10000, from Unicode's own properties.
    static let separators: [Bool] = (0..<0x10000).map { value -> Bool in
        guard let scalar = Unicode.Scalar(UInt32(value)), value >= 0x80, !(0x0300...0x036F).contains(value),
              table[UInt32(value)] == nil else { return false }
        return !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
    }

    /// Built once from Unicode's own decompositions of U+00C0–U+024F and U+1E00–U+1EFF.
    static let table: [UInt32: Folded] = {
        var table: [UInt32: Folded] = [:]
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { continue }
                let decomposed = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                var tone: Unicode.Scalar?
                var kept = String.UnicodeScalarView()
                for part in decomposed {
                    if let digit = tones[part.value] { tone = digit } else { kept.append(part) }
                }
                let base = String(kept).precomposedStringWithCanonicalMapping.unicodeScalars
                guard base.count == 1, let first = base.first else { continue }
                table[UInt32(value)] = Folded(base: first, tone: tone)
            }
        }
        return table
    }()
}
