import Foundation

extension String {
    /// The text with every occurrence of `target` replaced by `replacement`, left to right,
    /// compared on UTF-8 bytes: no bridging to `NSString` for the placeholders of interface
    /// strings and cmark's tags, which are ASCII.
    func replacingBytes(of target: String, with replacement: String) -> String {
        var text = self
        return text.withUTF8 { source in Self.replacingBytes(in: source, of: target, with: replacement) } ?? self
    }

    /// The UTF-8 `source` with every occurrence of `target` replaced by `replacement`, as
    /// `replacingBytes(of:with:)` does, or nil when `target` does not occur (or is empty).
    static func replacingBytes(in source: UnsafeBufferPointer<UInt8>, of target: String, with replacement: String) -> String? {
        var target = target
        var replacement = replacement
        return target.withUTF8 { pattern -> String? in
            guard !pattern.isEmpty, source.count >= pattern.count,
                  let first = pattern.first else { return nil }
            var out: [UInt8] = []
            var start = 0
            var index = 0
            let last = source.count - pattern.count
            while index <= last {
                // The next place the pattern's first byte occurs, found by memchr.
                guard let base = source.baseAddress,
                      let found = memchr(base + index, Int32(first), last - index + 1) else { break }
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if UnsafeBufferPointer(rebasing: source[index..<(index + pattern.count)]).elementsEqual(pattern) {
                    if out.isEmpty { out.reserveCapacity(source.count + 64) }
                    out.append(contentsOf: source[start..<index])
                    replacement.withUTF8 { out.append(contentsOf: $0) }
                    index += pattern.count
                    start = index
                } else {
                    index += 1
                }
            }
            guard start > 0 else { return nil }
            out.append(contentsOf: source[start...])
            return String(decoding: out, as: UTF8.self)
        }
    }
}
