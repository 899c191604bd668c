/// A problem found in the input, with where it was found.
///
/// Every stage reports problems as `Diagnostic` values instead of throwing or crashing, so that one
/// bad file never stops the rest of the site from building. The messages are typed statics below,
/// so the wording of a diagnostic lives in one place.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line: severity: message`, the form editors and CI read.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
    public static func invalidUTF8(_ file: String, line: Int, byteOffset: Int) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: line),
                   "invalid UTF-8 at byte offset \(byteOffset); the file is skipped")
    }

    public static func emptyFile(_ file: String) -> Diagnostic {
        Diagnostic(.warning, SourceLocation(file: file, line: 1), "the file is empty; nothing to extract")
    }

    public static func binaryFile(_ file: String, byteOffset: Int) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: 1),
                   "the file looks binary (a NUL byte at offset \(byteOffset)); the file is skipped")
    }

    public static func fileTooLarge(_ file: String, bytes: Int, limit: Int) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: 1),
                   "the file is \(bytes) bytes, over the limit of \(limit) bytes for one seed; the file is skipped")
    }

    public static func unreadable(_ file: String, reason: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: 1), "cannot read the file: \(reason)")
    }

    public static func linkOutsideInput(_ file: String, destination: String, folder: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: 1),
                   "the file is a symbolic link to \(destination), outside the input folder \(folder); it is not followed and the file is skipped")
    }

    public static func notARegularFile(_ file: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: 1), "not a regular file (a folder, pipe or device); the file is skipped")
    }

    public static func noTitle(_ location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, location, "no title found for the article starting here; it is skipped")
    }

    public static func titleFromFirstSentence(_ location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, location,
                   "no heading found; the lede's first sentence is used as the title (give the real one in the seed's overlay)")
    }

    public static func truncatedTeaser(_ location: SourceLocation, title: String) -> Diagnostic {
        Diagnostic(.note, location,
                   "\"\(title)\" is a teaser cut off mid-sentence; it is recorded as truncated and gets no page")
    }

    public static func badData(_ file: String, line: Int, _ message: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: line), message)
    }
}
