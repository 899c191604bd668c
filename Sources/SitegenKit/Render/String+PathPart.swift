extension String {
    /// The last part of a `/`-separated path that is not empty, or the text itself when it has
    /// none: `split(separator: "/").last.map(String.init) ?? self`, on bytes for an ASCII path
    /// (where each byte is a character, so `/` splits exactly as the characters do).
    var lastPathPart: String {
        var text = self
        let ascii: String?? = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let slash = UInt8(ascii: "/")
            var end = bytes.count
            while end > 0, bytes[end - 1] == slash { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != slash { start -= 1 }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        if let ascii { return ascii ?? self }
        return lastPathPartByCharacters
    }

    /// `lastPathPart` on characters: the definition.
    var lastPathPartByCharacters: String {
        split(separator: "/").last.map(String.init) ?? self
    }
}
