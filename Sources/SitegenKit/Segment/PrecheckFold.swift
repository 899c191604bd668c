/// The case folding a pattern pre-check (`PatternPrecheck`) compares text by, for the scalars whose
/// folding is simple enough to answer for ICU's: printable ASCII, the precomposed letters of
/// Vietnamese (each one of an upper- and lower-case pair, folded to the lower case) and the plain
/// scalars (`PlainText`) that have no case at all (punctuation, signs, spaces). Each of these folds
/// to one scalar, and under `(?i)` ICU matches one of them with another exactly when both fold to
/// the same (`PatternPrecheckTests` asks ICU about every pair). Any other scalar is "not simple":
/// a line holding one is left to ICU.
enum PrecheckFold {
    /// The fold of every scalar below `table.count`: 0 where the scalar is not simple.
    static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x20C0)
        for value in UInt32(0x20)...0x7E {
            table[Int(value)] = (0x41...0x5A).contains(value) ? value + 0x20 : value
        }
        for value in vietnameseLetters {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let first = lower.first { table[Int(value)] = first.value }
        }
        for value in UInt32(0xA0)..<0x20C0 where PlainText.isPlain(value) && table[Int(value)] == 0 {
            guard let scalar = Unicode.Scalar(value), isCaseless(scalar) else { continue }
            table[Int(value)] = value
        }
        return table
    }()

    /// The precomposed letters of Vietnamese, upper and lower case: those of Latin-1 and Latin
    /// Extended-A and -B it uses, and U+1EA0–U+1EF9 (Latin Extended Additional).
    static let vietnameseLetters: [UInt32] =
        Array("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư".unicodeScalars.map(\.value)) + Array(0x1EA0...0x1EF9)

    /// A scalar with no case: no case mapping changes it and it is not cased, so that no other
    /// scalar folds to it or from it.
    static func isCaseless(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return !properties.isCased && !properties.changesWhenCaseMapped && !properties.changesWhenCaseFolded
    }

    /// The fold of `value`, or nil when it is not simple.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32? {
        guard value < UInt32(table.count) else { return nil }
        let folded = table[Int(value)]
        return folded == 0 ? nil : folded
    }

    /// Whether `value` is simple and has no case: it matches itself only, with or without `(?i)`.
    static func isSimpleCaseless(_ value: UInt32) -> Bool {
        guard let folded = fold(value), folded == value, let scalar = Unicode.Scalar(value) else { return false }
        return isCaseless(scalar)
    }

    /// The simple scalars, in order.
    static let simpleScalars: [UInt32] = (0..<UInt32(table.count)).filter { table[Int($0)] != 0 }
}
