/// An ICU regular expression read into a tree, for the part of ICU's syntax the furniture patterns
/// use: literals, escaped punctuation, `.`, classes (`[…]`, `\d`, `\s`, `\w`, `\p{…}` and their
/// negations), groups (capturing, `(?:…)`, `(?<name>…)`), alternation, the quantifiers `?`, `*`,
/// `+`, `{n}`, `{n,}`, `{n,m}` (greedy, lazy or possessive, which match the same texts), `^` first
/// and `$` last, and a leading `(?i)`. Anything else (look-around, back references, `\b`, other
/// flags, nested sets) is not read: `PatternSyntax(pattern)` is nil, and the pattern is left to ICU
/// without a pre-check.
struct PatternSyntax: Sendable {
    /// A class of scalars: `[…]`, `.`, or a class escape.
    struct ScalarClass: Sendable {
        enum Item: Sendable {
            case scalar(UInt32)
            case range(UInt32, UInt32)
            case digit, space, word
            case category(Set<Unicode.GeneralCategory>)
            /// `.`: any scalar but a line terminator.
            case any
            /// An item negated on its own (`\D`, `\S`, `\W`, `\P{…}`).
            indirect case not(Item)
        }
        var items: [Item]
        var negated: Bool

        /// Whether the class, as written (before any case folding), holds `value`.
        func holds(_ value: UInt32) -> Bool {
            items.contains { Self.item($0, holds: value) } != negated
        }

        static func item(_ item: Item, holds value: UInt32) -> Bool {
            switch item {
            case .scalar(let scalar): return scalar == value
            case .range(let low, let high): return (low...high).contains(value)
            case .digit: return Unicode.Scalar(value)?.properties.numericType == .decimal
            case .space: return Unicode.Scalar(value)?.properties.isWhitespace ?? false
            case .word:
                guard let properties = Unicode.Scalar(value)?.properties else { return false }
                return properties.isAlphabetic || properties.numericType == .decimal || value == 0x200C || value == 0x200D
                    || [.nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation].contains(properties.generalCategory)
            case .category(let categories):
                guard let properties = Unicode.Scalar(value)?.properties else { return false }
                return categories.contains(properties.generalCategory)
            case .any:
                return ![0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(value)
            case .not(let inner): return !Self.item(inner, holds: value)
            }
        }
    }

    indirect enum Node: Sendable {
        case scalar(UInt32)
        case set(ScalarClass)
        /// A group: its alternatives, each a sequence.
        case group([[Node]])
        case repeated(Node, min: Int, max: Int?)
    }

    /// The pattern after its anchors and flags.
    var sequence: [Node]
    var caseInsensitive: Bool
    /// Opens with `^`: every match starts where the text starts.
    var anchoredAtStart: Bool
    /// Closes with `$`.
    var anchoredAtEnd: Bool

    init?(_ pattern: String) {
        var reader = Reader(Array(pattern.unicodeScalars.map(\.value)))
        caseInsensitive = false
        if reader.peek(0) == 0x28, reader.peek(1) == 0x3F, reader.peek(2) == 0x69, reader.peek(3) == 0x29 {  // "(?i)"
            caseInsensitive = true
            reader.index = 4
        }
        anchoredAtStart = reader.peek(0) == 0x5E  // "^"
        if anchoredAtStart { reader.index += 1 }
        guard let alternatives = reader.alternatives(), alternatives.count == 1, reader.atEnd else { return nil }
        sequence = alternatives[0]
        anchoredAtEnd = reader.endAnchored
    }

    /// Reads the pattern's scalars.
    struct Reader {
        let scalars: [UInt32]
        var index = 0
        /// Whether the `$` that closed the pattern was read.
        var endAnchored = false

        init(_ scalars: [UInt32]) { self.scalars = scalars }

        var atEnd: Bool { index >= scalars.count }

        func peek(_ offset: Int) -> UInt32? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        /// Alternatives up to a ")" (not read) or the end.
        mutating func alternatives() -> [[Node]]? {
            var alternatives: [[Node]] = []
            var current: [Node] = []
            while let next = peek(0), next != 0x29 {
                if next == 0x7C {  // "|"
                    alternatives.append(current)
                    current = []
                    index += 1
                    continue
                }
                if next == 0x24 {  // "$": only as the pattern's last scalar, outside any group
                    guard index == scalars.count - 1, !endAnchored else { return nil }
                    endAnchored = true
                    index += 1
                    continue
                }
                guard let atom = atom() else { return nil }
                guard let quantified = quantified(atom) else { return nil }
                current.append(quantified)
            }
            alternatives.append(current)
            return alternatives
        }

        mutating func atom() -> Node? {
            guard let next = peek(0) else { return nil }
            switch next {
            case 0x28:  // "("
                index += 1
                if peek(0) == 0x3F {  // "?"
                    if peek(1) == 0x3A {  // "(?:"
                        index += 2
                    } else if peek(1) == 0x3C, let letter = peek(2), isASCIILetter(letter) {  // "(?<name>"
                        index += 2
                        while let scalar = peek(0), isASCIILetter(scalar) || (0x30...0x39).contains(scalar) { index += 1 }
                        guard peek(0) == 0x3E else { return nil }
                        index += 1
                    } else {
                        return nil
                    }
                }
                let saved = endAnchored
                guard let inner = alternatives(), peek(0) == 0x29, endAnchored == saved else { return nil }
                index += 1
                return .group(inner)
            case 0x5B:  // "["
                index += 1
                return classBody().map(Node.set)
            case 0x2E:  // "."
                index += 1
                return .set(ScalarClass(items: [.any], negated: false))
            case 0x5C:  // "\"
                index += 1
                guard let item = escape() else { return nil }
                if case .scalar(let value) = item { return .scalar(value) }
                return .set(ScalarClass(items: [item], negated: false))
            case 0x2A, 0x2B, 0x3F, 0x7B, 0x7D, 0x5D, 0x5E, 0x7C, 0x29, 0x24:  // * + ? { } ] ^ | ) $
                return nil
            default:
                index += 1
                return .scalar(next)
            }
        }

        /// After "\": a class escape or an escaped punctuation scalar.
        mutating func escape() -> ScalarClass.Item? {
            guard let next = peek(0) else { return nil }
            index += 1
            switch next {
            case 0x64: return .digit  // d
            case 0x44: return .not(.digit)  // D
            case 0x73: return .space  // s
            case 0x53: return .not(.space)  // S
            case 0x77: return .word  // w
            case 0x57: return .not(.word)  // W
            case 0x70, 0x50:  // p, P
                guard peek(0) == 0x7B else { return nil }
                index += 1
                var name = ""
                while let scalar = peek(0), scalar != 0x7D, let character = Unicode.Scalar(scalar) {
                    name.unicodeScalars.append(character)
                    index += 1
                }
                guard peek(0) == 0x7D, let categories = Self.categories[name] else { return nil }
                index += 1
                return next == 0x70 ? .category(categories) : .not(.category(categories))
            default:
                // Escaped ASCII punctuation stands for itself; letters, digits and the rest mean
                // more than this reader knows.
                guard next < 0x80, !isASCIILetter(next), !(0x30...0x39).contains(next), next > 0x20 else { return nil }
                return .scalar(next)
            }
        }

        /// After "[": the class up to its "]".
        mutating func classBody() -> ScalarClass? {
            var negated = false
            if peek(0) == 0x5E { negated = true; index += 1 }
            // "[]…", "[^]…", "[:…" and nested or combined sets are read differently by engines.
            if peek(0) == 0x5D || peek(0) == 0x3A { return nil }
            var items: [ScalarClass.Item] = []
            while let next = peek(0), next != 0x5D {
                if next == 0x5B { return nil }
                if next == 0x26, peek(1) == 0x26 { return nil }  // "&&"
                if next == 0x2D, peek(1) == 0x2D { return nil }  // "--"
                let item: ScalarClass.Item
                if next == 0x5C {
                    index += 1
                    guard let escaped = escape() else { return nil }
                    item = escaped
                } else {
                    index += 1
                    item = .scalar(next)
                }
                // A range "a-z" (a "-" before "]" stands for itself).
                if case .scalar(let low) = item, peek(0) == 0x2D, let after = peek(1), after != 0x5D {
                    index += 1
                    let high: UInt32
                    if after == 0x5C {
                        index += 1
                        guard case .scalar(let value) = escape() else { return nil }
                        high = value
                    } else if after == 0x5B {
                        return nil
                    } else {
                        index += 1
                        high = after
                    }
                    guard low <= high else { return nil }
                    items.append(.range(low, high))
                    continue
                }
                items.append(item)
            }
            guard peek(0) == 0x5D, !items.isEmpty else { return nil }
            index += 1
            return ScalarClass(items: items, negated: negated)
        }

        /// The atom with the quantifier after it, if any.
        mutating func quantified(_ atom: Node) -> Node? {
            var node = atom
            guard let next = peek(0) else { return node }
            var bounds: (Int, Int?)?
            switch next {
            case 0x3F: bounds = (0, 1)
            case 0x2A: bounds = (0, nil)
            case 0x2B: bounds = (1, nil)
            case 0x7B:
                index += 1
                guard let low = number() else { return nil }
                var high: Int? = low
                if peek(0) == 0x2C {
                    index += 1
                    high = peek(0) == 0x7D ? nil : number()
                    if peek(0) != 0x7D { return nil }
                }
                guard peek(0) == 0x7D, high.map({ $0 >= low }) ?? true else { return nil }
                bounds = (low, high)
            default:
                return node
            }
            index += 1
            if let (low, high) = bounds { node = .repeated(atom, min: low, max: high) }
            // Lazy and possessive forms match the same texts as far as a pre-check can tell.
            if peek(0) == 0x3F || peek(0) == 0x2B { index += 1 }
            // A second quantifier is ICU's error, or more than this reader knows.
            if let after = peek(0), [0x3F, 0x2A, 0x2B, 0x7B].contains(after) { return nil }
            return node
        }

        mutating func number() -> Int? {
            var value = 0
            var digits = 0
            while let scalar = peek(0), (0x30...0x39).contains(scalar), digits < 4 {
                value = value * 10 + Int(scalar - 0x30)
                digits += 1
                index += 1
            }
            return digits == 0 || (peek(0).map { (0x30...0x39).contains($0) } ?? false) ? nil : value
        }

        func isASCIILetter(_ value: UInt32) -> Bool { (0x61...0x7A).contains(value | 0x20) }

        /// The general categories `\p{…}` may name.
        static let categories: [String: Set<Unicode.GeneralCategory>] = [
            "L": [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter],
            "Lu": [.uppercaseLetter], "Ll": [.lowercaseLetter], "Lt": [.titlecaseLetter], "Lm": [.modifierLetter],
            "Lo": [.otherLetter],
            "M": [.nonspacingMark, .spacingMark, .enclosingMark], "Mn": [.nonspacingMark],
            "N": [.decimalNumber, .letterNumber, .otherNumber], "Nd": [.decimalNumber],
            "P": [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                  .finalPunctuation, .otherPunctuation],
            "Z": [.spaceSeparator, .lineSeparator, .paragraphSeparator], "Zs": [.spaceSeparator],
        ]
    }
}
