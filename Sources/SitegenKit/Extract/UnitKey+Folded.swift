/// A unit key made from a name's key already computed (`UnitExtractor.Mention.folded`).
extension UnitKey {
    /// The key of a unit whose name's `vietnameseKey` is `folded`: `UnitKey(kind:name:)` without
    /// computing the key again.
    init(kind: UnitKind, folded: String) {
        self.kind = kind
        self.folded = folded
    }
}
