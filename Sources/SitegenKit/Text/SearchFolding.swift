/// `String.foldedForSearch` for text of simple scalars, one scalar at a time.
///
/// Canonical decomposition works scalar by scalar, and only reorders runs of combining marks; a
/// simple scalar decomposes into a base letter and marks of U+0300–U+036F (which folding drops),
/// so the fold of such text is the folds of its scalars one after another. Each scalar's fold is
/// taken from `generalFoldedForSearch` once.
enum SearchFolding {
    /// The UTF-8 of each simple scalar's fold, in `SimpleScalars.table`'s order; ASCII is
    /// lower-cased without the table.
    static let table: [[UInt8]] = SimpleScalars.blocks.flatMap { block in
        (0..<block.count).map { offset -> [UInt8] in
            let value = block.first + UInt32(offset)
            guard let scalar = Unicode.Scalar(value), SimpleScalars.traits(of: value).contains(.simple) else { return [] }
            return Array(String(scalar).generalFoldedForSearch.utf8)
        }
    }

    /// The fold of valid UTF-8 text, or nil when a scalar is not simple.
    static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                out.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
                index += 1
                continue
            }
            let value: UInt32
            if byte & 0xE0 == 0xC0, index + 1 < bytes.count {
                value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if byte & 0xF0 == 0xE0, index + 2 < bytes.count {
                value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return nil
            }
            guard let slot = SimpleScalars.slot(of: value) else { return nil }
            out.append(contentsOf: table[slot])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
