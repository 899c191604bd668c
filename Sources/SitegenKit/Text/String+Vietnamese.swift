import Foundation

extension String {
    /// A key under which two spellings of one Vietnamese name agree.
    ///
    /// Lower-cased, with each syllable's tone mark moved to a fixed place, so that the old and new
    /// tone placements ("uỷ"/"ủy", "hoà"/"hòa", "thuý"/"thúy") and NFD input give the same key,
    /// while different tones ("Hòa"/"Hoa") still differ. White space is folded to single spaces.
    public var vietnameseKey: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var syllable = String.UnicodeScalarView()
        var tone: Character?
        func flush() {
            guard !syllable.isEmpty else { return }
            result += String(syllable).precomposedStringWithCanonicalMapping
            if let tone { result.append(tone) }
            syllable = String.UnicodeScalarView()
            tone = nil
        }
        for scalar in self.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if let mark = Self.toneMarks[scalar.value] {
                tone = mark
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || (0x0300...0x036F).contains(scalar.value) {
                syllable.append(scalar)
            } else {
                flush()
                if !result.isEmpty, result.last != " " { result.append(" ") }
            }
        }
        flush()
        while result.last == " " { result.removeLast() }
        return result
    }

    /// Folded for search and slugs: no diacritics (đ → d too), lower case, words kept apart.
    public var foldedForSearch: String {
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

    /// The five Vietnamese tone marks as combining characters, each with a digit for the key.
    private static let toneMarks: [UInt32: Character] = [
        0x0300: "2",  // huyền
        0x0301: "1",  // sắc
        0x0309: "3",  // hỏi
        0x0303: "4",  // ngã
        0x0323: "5",  // nặng
    ]
}
