/// Plain text: the characters Read produces for composed Vietnamese, on which the stages can answer
/// questions about characters by looking at scalars (or bytes).
///
/// A plain scalar is ASCII or one of U+00A0–U+02FF (Latin-1, Latin Extended-A and B, IPA, spacing
/// modifiers), U+1E00–U+1EFF (Latin Extended Additional: the precomposed Vietnamese letters),
/// U+2010–U+2027 and U+2030–U+205E (general punctuation without its format controls, separators
/// and wide spaces) or U+20A0–U+20BF (currency signs). None of them decomposes, composes with a
/// neighbour or joins a grapheme cluster (no combining mark, joiner or prepended character), so:
/// in text made only of plain scalars each `Character` is one scalar (or CR LF), and the text is
/// already NFC.
enum PlainText {
    /// Whether `value` is a plain scalar outside ASCII (see the type).
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF: true
        default: false
        }
    }

    /// White space among the plain scalars (Unicode's White_Space, as `Character.isWhitespace`).
    static func isPlainWhitespace(_ value: UInt32) -> Bool {
        value == 0x20 || (0x09...0x0D).contains(value) || value == 0xA0
    }

    /// Whether every scalar of `text` is plain.
    static func isPlain(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII || isPlain($0.value) }
    }

    /// Whether every scalar of `text` is plain: told on its UTF-8 (a test holds it to the scalars).
    static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlain(utf8:))
            ?? text.unicodeScalars.allSatisfy { $0.isASCII || isPlain($0.value) }
    }

    /// The value and length of the scalar whose UTF-8 starts at `index` of valid UTF-8 text,
    /// when it takes one to three bytes (every plain scalar does); nil for a four-byte scalar or
    /// one cut off by the end.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 {
            guard index + 1 < bytes.count else { return nil }
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        guard lead < 0xF0, index + 2 < bytes.count else { return nil }
        return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }

    /// The value and first byte of the scalar whose UTF-8 ends just before `end` in valid UTF-8
    /// text, read backwards, when it takes one to three bytes (every plain scalar does); nil for
    /// a four-byte scalar.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (value: UInt32, start: Int)? {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let lead = UInt32(bytes[start])
        switch end - start {
        case 1: return (lead, start)
        case 2: return ((lead & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F), start)
        case 3: return ((lead & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6 | UInt32(bytes[start + 2] & 0x3F), start)
        default: return nil
        }
    }

    /// Whether every scalar of valid UTF-8 text is plain.
    static func isPlain(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // Plain scalars are below U+20C0: two or three bytes.
            if lead < 0xE0 {
                guard index + 1 < count else { return false }
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                if !isPlain(value) { return false }
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { return false }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                if !isPlain(value) { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `trimmed` returns `text` unchanged, answered from its first and last scalars: true
    /// when both are plain and not white space (a cluster that starts or ends with such a scalar
    /// is not white space); false when they are not, or the text is empty, so that the caller
    /// trims.
    static func hasNoOuterWhitespace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return isPlainNonWhitespace(first.value) && isPlainNonWhitespace(last.value)
    }

    /// `text.trimmed`, without copying text that has no white space at either end.
    static func trimmed(_ text: String) -> String {
        hasNoOuterWhitespace(text) ? text : text.trimmed
    }

    /// Whether `value` is ASCII or plain, and not white space.
    static func isPlainNonWhitespace(_ value: UInt32) -> Bool {
        (value < 0x80 || isPlain(value)) && !isPlainWhitespace(value)
    }

    /// `text.wordCount`: counted on scalars when the text is plain, by characters otherwise.
    static func wordCount(_ text: some StringProtocol) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x80 || isPlain(value) else { return text.wordCount }
            if isPlainWhitespace(value) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }
}
