/// The tokenizer's path over UTF-8 bytes, for text whose every scalar is a character of its own.
extension Tokenizer {
    /// The tokens of `text` (whose UTF-8 is `bytes`), read scalar by scalar; nil when a scalar
    /// is not one of `SimpleScalars`, where a character may be more than one scalar.
    static func simpleTokens(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>, vocabulary: KeyVocabulary? = nil) -> [Token]? {
        guard let decoded = SimpleScalars.decode(bytes) else { return nil }
        return simpleTokens(text, decoded: decoded, scalars: 0..<decoded.values.count, utf8: bytes, vocabulary: vocabulary)
    }

    /// The tokens of the scalars `scalars` of decoded text (whose UTF-8 is `bytes`): a sentence
    /// of a paragraph decoded once for splitting and tokenizing. `text` is that sentence alone
    /// (the bytes of `scalars`), and the tokens' ranges are its indices. Given a vocabulary, the
    /// tokens are interned in it as they are made (a plain key is looked up on the bytes it is
    /// written in), as `Token.intern(in:)` would intern them.
    static func simpleTokens(_ text: String, decoded: SimpleScalars.Decoded, scalars: Range<Int>,
                             utf8 bytes: UnsafeBufferPointer<UInt8>, vocabulary: KeyVocabulary? = nil) -> [Token] {
        decoded.values.withUnsafeBufferPointer { allValues in
            decoded.offsets.withUnsafeBufferPointer { allOffsets in
                decoded.traits.withUnsafeBufferPointer { allTraits in
                    simpleTokens(text, values: UnsafeBufferPointer(rebasing: allValues[scalars]),
                                 offsets: UnsafeBufferPointer(rebasing: allOffsets[scalars.lowerBound...scalars.upperBound]),
                                 traits: UnsafeBufferPointer(rebasing: allTraits[scalars]), utf8: bytes, vocabulary: vocabulary)
                }
            }
        }
    }

    /// The tokens of decoded scalars: `offsets` holds where each scalar's bytes start in `bytes`,
    /// and one more, where the last ends; `text`'s UTF-8 is `bytes` from `offsets[0]`.
    private static func simpleTokens(_ text: String, values: UnsafeBufferPointer<UInt32>, offsets: UnsafeBufferPointer<Int>,
                                     traits: UnsafeBufferPointer<SimpleScalars.Traits>,
                                     utf8 bytes: UnsafeBufferPointer<UInt8>, vocabulary: KeyVocabulary?) -> [Token] {
        let count = values.count
        let utf8 = text.utf8
        let origin = offsets[0]
        func stringIndex(_ scalar: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offsets[scalar] - origin) }
        func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[offsets[start]..<offsets[end]])
        }
        var tokens: [Token] = []
        // About one token in five scalars of prose; reserving saves most regrowing.
        tokens.reserveCapacity(count / 4 + 1)
        func append(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let bytes = slice(start, end)
            let range = stringIndex(start)..<stringIndex(end)
            let tokenText: String
            let key: String
            var keyID = KeyID.none
            if kind != .punctuation, let surface = vocabulary?.surface(utf8: bytes) {
                // A word of the lists as they write it: its text, key and id made once.
                tokenText = surface.text
                key = surface.key
                keyID = surface.id
            } else if kind == .punctuation {
                tokenText = String(decoding: bytes, as: UTF8.self)
                key = tokenText
                if let vocabulary { keyID = vocabulary.id(of: key) }
            } else {
                tokenText = String(decoding: bytes, as: UTF8.self)
                let found = VietnameseLetters.key(utf8: bytes, numberIn: vocabulary?.plainNumbers, text: tokenText)
                key = found.key
                if let vocabulary {
                    if let number = found.number { keyID = KeyID(stamp: vocabulary.stamp, number: number ?? 0) } else { keyID = vocabulary.id(of: key) }
                }
            }
            var tokenTraits: Token.Traits = []
            if traits[start].contains(.uppercase) {
                tokenTraits.insert(.capitalized)
                if kind == .word {
                    let rest = (start + 1)..<end
                    if rest.isEmpty ? traits[start].contains(.letter)
                        : rest.allSatisfy({ traits[$0].contains(.lowercase) || values[$0] == 0x27 }) {
                        tokenTraits.insert(.nameSyllable)
                    }
                }
            }
            if values[end - 1] == 0x2E { tokenTraits.insert(.endsWithDot) }
            tokens.append(Token(text: tokenText, kind: kind, range: range, key: key, traits: tokenTraits,
                                keyID: keyID))
        }

        func appendWord(_ start: Int, _ end: Int) {
            let isNumber = traits[start].contains(.number)
                && (start..<end).allSatisfy { traits[$0].contains(.number) || Self.isNumberMark(values[$0]) }
            // "P.Tân", "TP.Cần": a dotted upper-case abbreviation glued to a capitalised name.
            if !isNumber, let dot = (start..<end).first(where: { values[$0] == 0x2E }), dot > start {
                let tail = (dot + 1)..<end
                if dot - start <= 2, (start..<dot).allSatisfy({ traits[$0].contains(.uppercase) }),
                   let first = tail.first, traits[first].contains(.uppercase),
                   tail.dropFirst().contains(where: { traits[$0].contains(.lowercase) }),
                   !tail.contains(where: { values[$0] == 0x2E }) {
                    append(start, dot + 1, .word)
                    append(dot + 1, end, .word)
                    return
                }
            }
            append(start, end, isNumber ? .number : .word)
        }

        var position = 0
        while position < count {
            let scalarTraits = traits[position]
            if scalarTraits.contains(.space) {
                position += 1
                continue
            }
            if scalarTraits.contains(.word) {
                let start = position
                var end = position + 1
                while end < count {
                    if traits[end].contains(.word) {
                        end += 1
                    } else if Self.isJoiner(values[end]), end + 1 < count, traits[end + 1].contains(.word),
                              Self.joins(values[end], lastBefore: traits[end - 1], after: traits[end + 1]) {
                        end += 1
                    } else {
                        break
                    }
                }
                appendWord(start, end)
                position = end
            } else {
                // "..." is one mark; so is "./." that closes an article.
                var end = position + 1
                if values[position] == 0x2E {
                    while end < count, values[end] == 0x2E { end += 1 }
                }
                append(position, end, .punctuation)
                position = end
            }
        }

        return tokens
    }

    /// ".", ",", "/", "-", "'" or ":": the marks that may join two letters or digits into one word.
    @inline(__always)
    static func isJoiner(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x2C, 0x2F, 0x2D, 0x27, 0x3A: return true
        default: return false
        }
    }

    /// ".", "/", ",", "-" or ":": the marks a number may hold ("5.500", "9/8", "2025-2030").
    @inline(__always)
    static func isNumberMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x2F, 0x2C, 0x2D, 0x3A: return true
        default: return false
        }
    }

    /// `joins(_:before:after:)` on scalars.
    @inline(__always)
    static func joins(_ separator: UInt32, lastBefore: SimpleScalars.Traits, after: SimpleScalars.Traits) -> Bool {
        switch separator {
        case 0x2C, 0x3A:
            return lastBefore.contains(.number) && after.contains(.number)
        case 0x2E:
            return lastBefore.contains(.number) && after.contains(.number) || lastBefore.contains(.uppercase)
                || lastBefore.contains(.letter) && after.contains(.lowercase)
        case 0x2D:
            return lastBefore.contains(.number) && after.contains(.number) || lastBefore.contains(.letter) && after.contains(.letter)
        default:
            return true
        }
    }
}
