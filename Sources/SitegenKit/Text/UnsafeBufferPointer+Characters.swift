extension UnsafeBufferPointer<UInt8> {
    /// Whether the ASCII byte at `index` of this UTF-8 text is a `Character` of its own: no
    /// grapheme cluster joins it to the scalar before it (a prepended concatenation mark) or after
    /// it (a combining mark, a joiner). Only a non-ASCII neighbour can join an ASCII byte other
    /// than CR and LF, so the check costs nothing in ASCII context.
    func isLoneCharacter(at index: Int) -> Bool {
        if index > 0, self[index - 1] >= 0x80 {
            var start = index - 1
            while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
            if String(decoding: UnsafeBufferPointer(rebasing: self[start...index]), as: UTF8.self).count != 2 { return false }
        }
        if index + 1 < count, self[index + 1] >= 0x80 {
            var end = index + 2
            while end < count, self[end] & 0xC0 == 0x80 { end += 1 }
            if String(decoding: UnsafeBufferPointer(rebasing: self[index..<end]), as: UTF8.self).count != 2 { return false }
        }
        return true
    }
}
