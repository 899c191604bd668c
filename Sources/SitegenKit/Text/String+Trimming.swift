extension StringProtocol {
    /// The text without white space at either end.
    ///
    /// Text that starts with a scalar that is not white space and ends with an ASCII one that
    /// is not, or with a letter of `SimpleScalars`, has nothing to trim: a `Character` is white
    /// space when its first scalar is, the first character starts with the text's first scalar,
    /// and the last one with its last scalar or with a Prepend scalar before it (which is never
    /// white space), as such a scalar extends no character before it. The text is then kept
    /// whole instead of found again character by character (`generalTrimmed`, the definition).
    public var trimmed: String {
        let scalars = unicodeScalars
        if let first = scalars.first, let last = scalars.last, !first.properties.isWhitespace,
           last.isASCII ? !last.properties.isWhitespace : SimpleScalars.traits(of: last.value).contains(.letter) {
            return String(self)
        }
        return generalTrimmed
    }

    /// `trimmed`, character by character.
    var generalTrimmed: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }

    /// The number of words separated by white space.
    public var wordCount: Int { split(whereSeparator: \.isWhitespace).count }
}
