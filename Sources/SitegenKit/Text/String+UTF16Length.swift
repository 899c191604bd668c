extension String {
    /// `utf16.count`, counted on the UTF-8 bytes: one unit for each scalar (each byte that is not
    /// a continuation byte) and a second for each scalar of four bytes (beyond U+FFFF). Unlike
    /// `utf16.count` on non-ASCII text, it builds no UTF-16 index (breadcrumbs) for a long line
    /// that is bridged to Foundation only once.
    var utf16Length: Int {
        utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes {
                if byte & 0xC0 != 0x80 { count += 1 }
                if byte >= 0xF0 { count += 1 }
            }
            return count
        } ?? utf16.count
    }
}
