/// The shape of a Vietnamese news title that names its place first: "Tân An: …",
/// "Quận Hoàn Kiếm: …", "Hà Nội - …", "TP.HCM: …".
enum TitlePattern {
    static let kindWords: Set<String> = ["phường", "xã", "quận", "huyện", "thị", "thành", "tp", "tp.", "tỉnh"]

    /// Whether the text starts with up to six capitalised words (a place, maybe with its kind)
    /// followed by ":" or a spaced dash, and more text after it.
    static func hasPlacePrefix(_ text: String) -> Bool {
        // Seven words and a separator are all it looks at.
        guard let first = text.first, first.isUppercase else { return false }
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
}
