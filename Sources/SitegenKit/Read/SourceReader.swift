import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Read stage: bytes of a seed file → a `SourceDocument`, or a diagnostic saying why not.
///
/// Decodes strict UTF-8 (a BOM is dropped), refuses binary and oversized files, unifies line
/// endings, turns non-breaking and other wide spaces into plain spaces, drops zero-width
/// characters, trims each line and normalises it to NFC. Normalisation runs per line, because
/// Foundation's normalisation is quadratic on one large string.
public struct SourceReader: Sendable {
    /// Files larger than this are refused with a diagnostic instead of being parsed.
    public var maximumBytes: Int
    /// The folder seeds must stay in: a symbolic link that leads outside it is refused, not
    /// followed (nil: links are followed, as for files named on the command line).
    public var confinement: String?

    public init(maximumBytes: Int = 4 << 20, confinedTo folder: String? = nil) {
        self.maximumBytes = maximumBytes
        self.confinement = folder
    }

    /// Reads the file at `path` from disk: a regular file, no larger than `maximumBytes` (checked
    /// before a byte is read), inside `confinement` when it is a symbolic link.
    public func read(path: String) -> Result<SourceDocument, Diagnostic> {
        if let confinement, let destination = Self.linkLeaving(confinement, path: path) {
            return .failure(.linkOutsideInput(path, destination: destination, folder: confinement))
        }
        // The type and size of what the path leads to: from stat(2), which follows links, or, when
        // that fails, from FileManager (whose attributesOfItem does not follow a link, and which
        // also looks up the owner's and group's names: the slower way, kept for odd paths).
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT != S_IFREG {
                return .failure(.notARegularFile(path))
            }
            if Int(info.st_size) > maximumBytes {
                return .failure(.fileTooLarge(path, bytes: Int(info.st_size), limit: maximumBytes))
            }
        } else {
            let url = URL(fileURLWithPath: path)
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
            if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
                return .failure(.notARegularFile(path))
            }
            if let size = attributes?[.size] as? Int, size > maximumBytes {
                return .failure(.fileTooLarge(path, bytes: size, limit: maximumBytes))
            }
        }
        // A regular file stat(2) could size: read with read(2) into the array (Foundation's way,
        // kept for the rest and for the message of an error, goes through Data and a URL).
        if info.st_mode & S_IFMT == S_IFREG, let bytes = Self.readBytes(path, expected: Int(info.st_size)) {
            return decode(file: path, bytes: bytes)
        }
        // (The URL is made only here and above: making it for every file cost a tenth of Read.)
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return decode(file: path, bytes: [UInt8](data))
        } catch {
            return .failure(.unreadable(path, reason: error.localizedDescription))
        }
    }

    /// The bytes of the file at `path` through open(2) and read(2), reading to its end however
    /// long it has become since it was sized; nil when it cannot be opened or read.
    static func readBytes(_ path: String, expected: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var length = 0
        while true {
            if length == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let capacity = bytes.count - length
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                #if canImport(Glibc)
                return Glibc.read(descriptor, base + length, capacity)
                #else
                return Darwin.read(descriptor, base + length, capacity)
                #endif
            }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            length += got
        }
        bytes.removeLast(bytes.count - length)
        return bytes
    }

    /// Where `path` leads when it is a symbolic link whose destination (fully resolved) is not
    /// inside `folder`; nil for a plain file or a link that stays inside.
    public static func linkLeaving(_ folder: String, path: String) -> String? {
        // lstat(2) does not follow a link: the type is the link's own.
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let destination = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return destination.hasPrefix(root.hasSuffix("/") ? root : root + "/") ? nil : destination
    }

    /// Decodes the bytes of one file.
    public func decode(file: String, bytes: [UInt8]) -> Result<SourceDocument, Diagnostic> {
        if bytes.count > maximumBytes {
            return .failure(.fileTooLarge(file, bytes: bytes.count, limit: maximumBytes))
        }
        let nul = bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        if let nul {
            return .failure(.binaryFile(file, byteOffset: nul))
        }
        if let bad = bytes.withUnsafeBufferPointer(Self.firstInvalidUTF8Offset) {
            let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(.invalidUTF8(file, line: line, byteOffset: bad))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let lines = body.withUnsafeBufferPointer { Self.lines(of: $0) }
        if lines.allSatisfy(\.isBlank) {
            return .failure(.emptyFile(file))
        }
        return .success(SourceDocument(file: file, lines: lines))
    }

    /// The cleaned, numbered lines of well-formed UTF-8 text (without a BOM), split on LF, CRLF, CR
    /// and the Unicode line and paragraph separators.
    ///
    /// Works on bytes: each of those separators is a grapheme cluster of its own (or CRLF, one
    /// cluster), so splitting the bytes splits where `splitLines` splits the characters.
    static func lines(of text: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = 0
        var index = 0
        let count = text.count
        func endLine(at end: Int) {
            let raw = UnsafeBufferPointer(rebasing: text[start..<end])
            lines.append(SourceLine(number: lines.count + 1, text: cleanedLine(raw)))
        }
        while index < count {
            let byte = text[index]
            if byte == 0x0A || byte == 0x0D {
                endLine(at: index)
                index += byte == 0x0D && index + 1 < count && text[index + 1] == 0x0A ? 2 : 1
                start = index
            } else if byte == 0xE2, index + 2 < count, text[index + 1] == 0x80,
                      text[index + 2] == 0xA8 || text[index + 2] == 0xA9 {
                // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                endLine(at: index)
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        if start < count { endLine(at: count) }
        return lines
    }

    /// One line's bytes (well-formed UTF-8, no line break), cleaned as `clean` does: on bytes when
    /// the line holds only plain text, through `clean` otherwise.
    static func cleanedLine(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        cleanedPlainLine(raw) ?? clean(Substring(String(decoding: raw, as: UTF8.self)))
    }

    /// `clean` on bytes, for a line whose kept characters are all plain (`PlainText`); nil for any
    /// other line.
    ///
    /// Plain characters are their own grapheme clusters and plain text is NFC, so the spaces can
    /// be folded and trimmed byte by byte and normalisation is skipped: the answer is the one
    /// `clean` gives (`SourceReaderTests` holds it to that).
    static func cleanedPlainLine(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        // The cleaned line is never longer than the raw one.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count + 1) { buffer in
            cleanedPlainLine(raw, into: buffer)
        }
    }

    /// `cleanedPlainLine`, writing the kept bytes into `kept` (at least as long as `raw`).
    private static func cleanedPlainLine(_ raw: UnsafeBufferPointer<UInt8>, into kept: UnsafeMutableBufferPointer<UInt8>) -> String? {
        var length = 0
        var lastWasSpace = true
        var index = 0
        let count = raw.count
        while index < count {
            let lead = raw[index]
            if lead < 0x80 {
                switch lead {
                case 0x09, 0x20:
                    if !lastWasSpace { kept[length] = 0x20; length += 1 }
                    lastWasSpace = true
                case 0x00...0x1F, 0x7F:
                    break
                default:
                    kept[length] = lead
                    length += 1
                    lastWasSpace = false
                }
                index += 1
                continue
            }
            // The precomposed Vietnamese letters (U+1E00–U+1EFF: E1 B8–BB xx) and U+00C0–U+02FF
            // (C3–CB xx) are plain and none is a space or dropped: copied as they are.
            if lead == 0xE1, index + 2 < count, raw[index + 1] & 0xFC == 0xB8 {
                kept[length] = lead
                kept[length + 1] = raw[index + 1]
                kept[length + 2] = raw[index + 2]
                length += 3
                index += 3
                lastWasSpace = false
                continue
            }
            if lead >= 0xC3, lead <= 0xCB, index + 1 < count {
                kept[length] = lead
                kept[length + 1] = raw[index + 1]
                length += 2
                index += 2
                lastWasSpace = false
                continue
            }
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + width <= count else { return nil }
            var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for offset in 1..<width { value = value << 6 | UInt32(raw[index + offset] & 0x3F) }
            switch value {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                break
            case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                if !lastWasSpace { kept[length] = 0x20; length += 1 }
                lastWasSpace = true
            default:
                guard PlainText.isPlain(value) else { return nil }
                for offset in 0..<width { kept[length + offset] = raw[index + offset] }
                length += width
                lastWasSpace = false
            }
            index += width
        }
        while length > 0, kept[length - 1] == 0x20 { length -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: kept[..<length]), as: UTF8.self)
    }

    /// Splits on LF, CRLF, CR and the Unicode line and paragraph separators.
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            // "\r\n" is one Character in Swift, so a CRLF pair is seen once here.
            if character == "\n" || character == "\r" || character == "\r\n"
                || character == "\u{2028}" || character == "\u{2029}" {
                lines.append(text[start..<index])
                index = text.index(after: index)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }

    /// One line: spaces unified, zero-width characters dropped, runs of spaces folded, trimmed, NFC.
    static func clean(_ raw: Substring) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                continue
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
            case 0x00...0x1F, 0x7F:
                continue
            default:
                scalars.append(scalar)
                lastWasSpace = false
            }
        }
        var line = String(scalars)
        while line.last == " " { line.removeLast() }
        return line.precomposedStringWithCanonicalMapping
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstInvalidUTF8Offset)
    }

    /// `firstInvalidUTF8Offset` of the bytes in a buffer.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var minimumSecond: UInt8 = 0x80
            var maximumSecond: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minimumSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maximumSecond = 0x9F
            case 0xF0: length = 4; minimumSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maximumSecond = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= minimumSecond, second <= maximumSecond else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
