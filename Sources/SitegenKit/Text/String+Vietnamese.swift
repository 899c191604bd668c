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
