/// The shape of a Vietnamese news title that names its place first: "Tân An: …",
/// "Quận Hoàn Kiếm: …", "Hà Nội - …", "TP.HCM: …".
enum TitlePattern {
    static let kindWords: Set<String> = ["phường", "xã", "quận", "huyện", "thị", "thành", "tp", "tp.", "tỉnh"]

    /// Whether the text starts with up to six capitalised words (a place, maybe with its kind)
    /// followed by ":" or a spaced dash, and more text after it.
    static func hasPlacePrefix(_ text: String) -> Bool {
        // Seven words and a separator are all it looks at.
        guard let first = text.first, first.isUppercase, !opensWithRunningText(text) else { return false }
        let tokens = Tokenizer.tokens(String(text.prefix(80)))
        var index = 0
        var words = 0
        while index < tokens.count, tokens[index].kind != .punctuation {
            let token = tokens[index]
            let isKind = words == 0 && kindWords.contains(token.text.lowercased())
                || words == 1 && ["trấn", "xã", "phố"].contains(token.text.lowercased())
            guard token.isCapitalized || token.kind == .number || isKind else { return false }
            words += 1
            index += 1
        }
        guard words >= 1, words <= 6, index < tokens.count - 1 else { return false }
        return [":", "-", "–", "—"].contains(tokens[index].text)
    }

    /// A quick, exact pre-check for `hasPlacePrefix`, on scalars: true when the text opens with
    /// words of letters and digits apart by spaces, and before any other character comes either a
    /// third or later word that starts with a lower-case letter, or a seventh word, or the end.
    ///
    /// Such words are one token each, so the token loop of `hasPlacePrefix` meets a word that is
    /// neither capitalised, nor a number, nor a kind word (those are first or second), or a
    /// seventh word, or no separator, before it could meet a separator: the answer is false.
    /// Letters here are ASCII and the precomposed Latin letters (`PlainText`), each its own
    /// character; any other character leaves the answer to the tokens.
    static func opensWithRunningText(_ text: String) -> Bool {
        var word = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                inWord = false
                continue
            }
            let isASCIIAlphanumeric = (0x30...0x39).contains(value) || (0x61...0x7A).contains(value | 0x20)
            let isLatinLetter = (0xC0...0x24F).contains(value) && value != 0xD7 && value != 0xF7
                || (0x1E00...0x1EFF).contains(value)
            guard isASCIIAlphanumeric || isLatinLetter else { return false }
            if inWord { continue }
            inWord = true
            word += 1
            if word >= 7 { return true }
            if word >= 3, isLowercaseInitial(scalar) { return true }
        }
        return true
    }

    /// A letter that makes the character it starts neither upper case nor a number.
    static func isLowercaseInitial(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x61...0x7A).contains(scalar.value) }
        return scalar.properties.isLowercase && scalar.properties.changesWhenUppercased
    }
}
