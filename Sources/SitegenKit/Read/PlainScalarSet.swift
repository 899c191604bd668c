/// A set of ASCII and plain scalars (`PlainText`, all below U+20C0) as a flat table: a look-up
/// without hashing, for questions asked of every scalar of a line.
struct PlainScalarSet: Sendable {
    private let members: [Bool]

    /// The set of `values`; any value from U+20C0 on is left out.
    init(_ values: Set<UInt32>) {
        members = (0..<UInt32(0x20C0)).map { values.contains($0) }
    }

    func contains(_ value: UInt32) -> Bool {
        value < UInt32(members.count) && members[Int(value)]
    }
}
