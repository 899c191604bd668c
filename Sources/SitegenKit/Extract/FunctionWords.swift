/// The plain words the extractors compare tokens with (`Token.isLowercased(_:)`), each with its
/// key computed once.
enum FunctionWords {
    /// "và", and: joins list items and people.
    static let and = StaticWord("và")
    /// "cũ", former: "quận 5 (cũ)".
    static let former = StaticWord("cũ")
}

extension FunctionWords {
    /// "Phó", deputy: before any role head.
    static let deputy = StaticWord("phó")
    /// The counts written as words before an office several people share ("hai phó bí thư là …").
    static let sharedCounts = ["hai", "ba", "bốn", "năm"].map(StaticWord.init)
}

/// `FunctionWords` held by value, for an extractor to keep in a stored property: reading a static
/// constant checks its one-time initialisation at every access, in the extractors' inner loops.
struct FunctionWordList: Sendable {
    let and = FunctionWords.and
    let former = FunctionWords.former
    let deputy = FunctionWords.deputy
    let sharedCounts = FunctionWords.sharedCounts
}
