/// The scalars that are always a character of their own, whatever stands next to them, with
/// what the tokenizer asks of them, taken from `Character` itself: ASCII but for CR (which makes
/// one character with a following LF), Latin-1 Supplement, Latin Extended-A and -B, Latin
/// Extended Additional, and General Punctuation but for the zero-width joiner and non-joiner.
/// A test checks that no two of them make one character.
enum SimpleScalars {
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt8
        /// One of the simple scalars; no other trait is set without it.
        static let simple = Traits(rawValue: 1)
        /// `Tokenizer.isWordCharacter`
        static let word = Traits(rawValue: 2)
        /// `Tokenizer.isSpace`
        static let space = Traits(rawValue: 4)
        static let letter = Traits(rawValue: 8)
        static let number = Traits(rawValue: 16)
        static let uppercase = Traits(rawValue: 32)
        static let lowercase = Traits(rawValue: 64)
        /// `Character.isWhitespace`
        static let whitespace = Traits(rawValue: 128)
    }

    /// Text decoded scalar by scalar: each scalar's value, where its bytes start (and, last, the
    /// number of bytes), and its traits.
    struct Decoded {
        var values: [UInt32]
        var offsets: [Int]
        var traits: [Traits]
    }

    /// The scalars of valid UTF-8 text, or nil if one of them is not simple. The table is read
    /// once here, not through its global accessor for every scalar.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Decoded? {
        let table = Self.table
        var decoded = Decoded(values: [], offsets: [], traits: [])
        decoded.values.reserveCapacity(bytes.count)
        decoded.offsets.reserveCapacity(bytes.count + 1)
        decoded.traits.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let value: UInt32
            let width: Int
            if byte < 0x80 {
                value = UInt32(byte)
                width = 1
            } else if byte & 0xE0 == 0xC0, index + 1 < bytes.count {
                value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                width = 2
            } else if byte & 0xF0 == 0xE0, index + 2 < bytes.count {
                value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                width = 3
            } else {
                return nil
            }
            let traits = Self.traits(of: value, in: table)
            guard traits.contains(.simple) else { return nil }
            decoded.values.append(value)
            decoded.offsets.append(index)
            decoded.traits.append(traits)
            index += width
        }
        decoded.offsets.append(bytes.count)
        return decoded
    }

    /// The blocks, each as (first scalar, number of scalars); `table` holds them one after another.
    static let blocks: [(first: UInt32, count: Int)] = [(0x0000, 0x0250), (0x1E00, 0x0100), (0x2000, 0x0070)]

    static let table: [Traits] = blocks.flatMap { block in
        (0..<block.count).map { offset -> Traits in
            let value = block.first + UInt32(offset)
            guard let scalar = Unicode.Scalar(value), value != 0x0D, value != 0x200C, value != 0x200D else { return [] }
            let character = Character(scalar)
            var traits: Traits = .simple
            if Tokenizer.isWordCharacter(character) { traits.insert(.word) }
            if Tokenizer.isSpace(character) { traits.insert(.space) }
            if character.isLetter { traits.insert(.letter) }
            if character.isNumber { traits.insert(.number) }
            if character.isUppercase { traits.insert(.uppercase) }
            if character.isLowercase { traits.insert(.lowercase) }
            if character.isWhitespace { traits.insert(.whitespace) }
            return traits
        }
    }

    /// The traits of a scalar; empty (not even `.simple`) outside the blocks.
    @inline(__always)
    static func traits(of value: UInt32) -> Traits {
        table.withUnsafeBufferPointer { traits(of: value, in: $0) }
    }

    /// `traits(of:)` read from `table`, given.
    @inline(__always)
    static func traits(of value: UInt32, in table: [Traits]) -> Traits {
        if value < 0x0250 { return table[Int(value)] }
        if value >= 0x1E00, value < 0x1F00 { return table[0x0250 + Int(value - 0x1E00)] }
        if value >= 0x2000, value < 0x2070 { return table[0x0350 + Int(value - 0x2000)] }
        return []
    }

    /// `traits(of:)` read from `table`, given as a buffer.
    @inline(__always)
    static func traits(of value: UInt32, in table: UnsafeBufferPointer<Traits>) -> Traits {
        if value < 0x0250 { return table[Int(value)] }
        if value >= 0x1E00, value < 0x1F00 { return table[0x0250 + Int(value - 0x1E00)] }
        if value >= 0x2000, value < 0x2070 { return table[0x0350 + Int(value - 0x2000)] }
        return []
    }

    /// Where a simple scalar's entry stands in `table` (and in tables made in its order), or nil
    /// for any other scalar.
    @inline(__always)
    static func slot(of value: UInt32) -> Int? {
        let slot: Int
        if value < 0x0250 {
            slot = Int(value)
        } else if value >= 0x1E00, value < 0x1F00 {
            slot = 0x0250 + Int(value - 0x1E00)
        } else if value >= 0x2000, value < 0x2070 {
            slot = 0x0350 + Int(value - 0x2000)
        } else {
            return nil
        }
        return table[slot].contains(.simple) ? slot : nil
    }

    /// Every simple scalar.
    static var all: [Unicode.Scalar] {
        blocks.flatMap { block in
            (0..<block.count).compactMap { offset in
                let value = block.first + UInt32(offset)
                return traits(of: value).contains(.simple) ? Unicode.Scalar(value) : nil
            }
        }
    }
}
