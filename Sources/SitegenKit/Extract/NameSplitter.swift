/// Splits a run of capitalised words into a unit's name and the person's name after it:
/// "Tân An Lê Thị Hồng" → "Tân An" + "Lê Thị Hồng".
///
/// A person's name has two to four syllables and starts with a family name. Where several
/// splits are possible, one whose first part is a unit the article names elsewhere wins; then a
/// three-syllable name, then four, then two.
struct NameSplitter: Sendable {
    let surnames: KeySet

    /// The number of leading tokens that belong to a unit's name, and the person's tokens after
    /// them; nil when no part of the run can be a person's name.
    func split(_ run: ArraySlice<Token>, knownUnits: KeyNameSet) -> (unitCount: Int, personCount: Int)? {
        let count = run.count
        guard count >= 2 else { return nil }
        var candidates: [Int] = []
        for length in [3, 4, 2] where length <= count {
            let start = run.startIndex + count - length
            if surnames.contains(run[start]) { candidates.append(length) }
        }
        guard !candidates.isEmpty else { return nil }
        for length in candidates {
            let prefix = run.prefix(count - length)
            if prefix.isEmpty || knownUnits.contains(keysOf: prefix) { return (count - length, length) }
        }
        let length = candidates[0]
        return (count - length, length)
    }

    /// Whether the tokens read as a person's name on their own.
    func isPersonName(_ run: ArraySlice<Token>) -> Bool {
        (2...4).contains(run.count) && run.first.map { surnames.contains($0) } == true
    }
}
