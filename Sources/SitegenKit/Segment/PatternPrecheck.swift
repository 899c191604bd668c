import Foundation

/// What a line must have for ICU to find a match of one furniture pattern, worked out from the
/// pattern itself: a quick test that skips the regular expression (a fixed 2–3 µs of bridging the
/// line to UTF-16, and a scan of the line) for the many lines that cannot match.
///
/// It is sound, never skipping a line the pattern would match: it only says "no" when ICU would.
/// Four facts are drawn from the pattern (`PatternSyntax`, so only patterns it can read get a
/// pre-check; any other pattern always runs):
/// - the strings one of which begins every match of a pattern anchored with `^`;
/// - the strings one of which ends every match of a pattern anchored with `$`;
/// - that a pattern that matches the whole line (`^…$`) takes no space (U+0020) anywhere;
/// - runs of literal scalars that every match holds.
/// Under `(?i)` text is compared folded (`PrecheckFold`). A line with a scalar whose folding the
/// pre-check cannot answer for (not "simple") where it would have to compare it is left to ICU.
/// `PatternPrecheckTests` holds every answer to ICU's on the seeds, the corpus and made-up lines.
struct PatternPrecheck: Sendable {
    /// Whether text is compared folded.
    let caseInsensitive: Bool
    /// Every match starts the text with one of these strings of simple scalars (folded under
    /// `(?i)`); nil when the pattern says nothing so definite.
    let prefixes: [[UInt32]]?
    /// Every match ends the text with one of these strings (as `prefixes`), each written last
    /// scalar first.
    let suffixes: [[UInt32]]?
    /// The first scalar of each prefix, and the last of each suffix: most lines fail there.
    let prefixInitials: [UInt32]
    let suffixFinals: [UInt32]
    /// The pattern matches the whole text and takes no space: a text with one has no match.
    let forbidsSpace: Bool
    /// The UTF-8 of scalar runs every match holds (folded under `(?i)`).
    let literals: [[UInt8]]

    /// The pre-check of a pattern it cannot read: every line may match.
    static let none = PatternPrecheck(caseInsensitive: false, prefixes: nil, suffixes: nil, forbidsSpace: false, literals: [])

    /// At most this many prefixes (or suffixes) are kept, each at most `longestKept` scalars.
    static let prefixLimit = 64
    static let longestKept = 12

    init(caseInsensitive: Bool, prefixes: [[UInt32]]?, suffixes: [[UInt32]]?, forbidsSpace: Bool, literals: [[UInt8]]) {
        self.caseInsensitive = caseInsensitive
        self.prefixes = prefixes
        self.suffixes = suffixes
        prefixInitials = Array(Set(prefixes?.compactMap(\.first) ?? [])).sorted()
        suffixFinals = Array(Set(suffixes?.compactMap(\.first) ?? [])).sorted()
        self.forbidsSpace = forbidsSpace
        self.literals = literals
    }

    /// The pre-check of an ICU pattern (compiled with no options).
    init(pattern: String) {
        guard let syntax = PatternSyntax(pattern) else {
            self = .none
            return
        }
        let analysis = Analysis(caseInsensitive: syntax.caseInsensitive)
        let steps = syntax.sequence.map(analysis.step)
        let prefixes = syntax.anchoredAtStart ? analysis.strings(opening: steps) : nil
        let suffixes = syntax.anchoredAtEnd ? analysis.strings(opening: Analysis.reversed(steps)) : nil
        let forbidsSpace = syntax.anchoredAtStart && syntax.anchoredAtEnd
            && !syntax.sequence.contains { analysis.mayTakeSpace($0) }
        // The two longest runs of three scalars or more.
        let runs = analysis.runs(in: syntax.sequence).filter { $0.count >= 3 }.sorted { $0.count > $1.count }.prefix(2)
        let literals = runs.map { run in
            var bytes: [UInt8] = []
            for value in run { if let scalar = Unicode.Scalar(value) { UTF8.encode(scalar) { bytes.append($0) } } }
            return bytes
        }
        self.init(caseInsensitive: syntax.caseInsensitive, prefixes: prefixes, suffixes: suffixes,
                  forbidsSpace: forbidsSpace, literals: literals)
    }

    /// Whether ICU may find a match in the line `probe` looks at; false only when it cannot.
    func mayMatch(_ probe: inout LineProbe) -> Bool {
        if forbidsSpace, probe.hasSpace { return false }
        if let prefixes, !probe.mayOpen(with: prefixes, initials: prefixInitials, folded: caseInsensitive) { return false }
        if let suffixes, !probe.mayClose(with: suffixes, finals: suffixFinals, folded: caseInsensitive) { return false }
        if !literals.isEmpty {
            if caseInsensitive { return probe.mayHoldFolded(literals) }
            return literals.allSatisfy { Self.contains(probe.bytes, $0) }
        }
        return true
    }

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { needleBytes -> Bool in
            guard let needleBase = needleBytes.baseAddress else { return true }
            let first = Int32(needleBase.pointee)
            let lastStart = haystack.count - needle.count
            var start = 0
            // The first byte by memchr, then the rest by memcmp.
            while start <= lastStart {
                guard let found = memchr(base + start, first, lastStart - start + 1) else { return false }
                let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if memcmp(base + offset, needleBase, needle.count) == 0 { return true }
                start = offset + 1
            }
            return false
        }
    }

    // MARK: - Lines

    /// One line's UTF-8, with what the pre-checks ask of it worked out once.
    struct LineProbe {
        let bytes: UnsafeBufferPointer<UInt8>
        private var space: Bool?
        /// The first and last scalars, as they are and folded (0: not simple); nil before asked,
        /// and for an empty line.
        private var first: (raw: UInt32, folded: UInt32)??
        private var last: (raw: UInt32, folded: UInt32)??

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var hasSpace: Bool {
            mutating get {
                if let space { return space }
                let found = bytes.baseAddress.map { memchr($0, 0x20, bytes.count) != nil } ?? false
                space = found
                return found
            }
        }

        /// False when the line starts with none of `strings` (simple scalars, folded or not) and
        /// its scalars as far as the comparison goes are simple; true otherwise. `initials`: the
        /// strings' first scalars, in order.
        mutating func mayOpen(with strings: [[UInt32]], initials: [UInt32], folded: Bool) -> Bool {
            if first == nil {
                first = .some(bytes.isEmpty ? nil : Self.decode(bytes, at: 0).map { ($0.0, PrecheckFold.fold($0.0) ?? 0) })
            }
            guard let scalar = first.flatMap({ $0 }) else { return !bytes.isEmpty }
            if scalar.folded == 0 { return true }
            guard Self.has(initials, folded ? scalar.folded : scalar.raw) else { return false }
            for string in strings {
                var index = 0
                var matched = true
                for expected in string {
                    guard index < bytes.count else { matched = false; break }
                    guard let (value, width) = Self.decode(bytes, at: index), let fold = PrecheckFold.fold(value) else { return true }
                    if (folded ? fold : value) != expected { matched = false; break }
                    index += width
                }
                if matched { return true }
            }
            return false
        }

        /// `mayOpen` at the end of the line, for strings written last scalar first.
        mutating func mayClose(with strings: [[UInt32]], finals: [UInt32], folded: Bool) -> Bool {
            if last == nil {
                last = .some(bytes.isEmpty ? nil : Self.decode(bytes, before: bytes.count).map { ($0.0, PrecheckFold.fold($0.0) ?? 0) })
            }
            guard let scalar = last.flatMap({ $0 }) else { return !bytes.isEmpty }
            if scalar.folded == 0 { return true }
            guard Self.has(finals, folded ? scalar.folded : scalar.raw) else { return false }
            for string in strings {
                var end = bytes.count
                var matched = true
                for expected in string {
                    guard end > 0 else { matched = false; break }
                    guard let (value, width) = Self.decode(bytes, before: end), let fold = PrecheckFold.fold(value) else { return true }
                    if (folded ? fold : value) != expected { matched = false; break }
                    end -= width
                }
                if matched { return true }
            }
            return false
        }

        /// False when the line, folded, lacks one of `literals` (folded UTF-8) and all its scalars
        /// are simple; true otherwise.
        func mayHoldFolded(_ literals: [[UInt8]]) -> Bool {
            // The fold table read once, not through its global accessor for every scalar.
            let table = PrecheckFold.table
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { out -> Bool in
                var length = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        guard byte >= 0x20, byte < 0x7F else { return true }
                        out[length] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                        length += 1
                        index += 1
                        continue
                    }
                    guard let (value, width) = Self.decode(bytes, at: index), value < UInt32(table.count),
                          case let fold = table[Int(value)], fold != 0 else { return true }
                    // The fold's UTF-8 (a fold is below U+20C0: one to three bytes), if it fits.
                    if fold < 0x80 {
                        guard length < bytes.count else { return true }
                        out[length] = UInt8(fold)
                        length += 1
                    } else if fold < 0x800 {
                        guard length + 2 <= bytes.count else { return true }
                        out[length] = UInt8(0xC0 | fold >> 6)
                        out[length + 1] = UInt8(0x80 | fold & 0x3F)
                        length += 2
                    } else {
                        guard fold < 0x10000, length + 3 <= bytes.count else { return true }
                        out[length] = UInt8(0xE0 | fold >> 12)
                        out[length + 1] = UInt8(0x80 | fold >> 6 & 0x3F)
                        out[length + 2] = UInt8(0x80 | fold & 0x3F)
                        length += 3
                    }
                    index += width
                }
                let folded = UnsafeBufferPointer(rebasing: out[..<length])
                return literals.allSatisfy { PatternPrecheck.contains(folded, $0) }
            }
        }

        @inline(__always)
        static func has(_ sorted: [UInt32], _ value: UInt32) -> Bool {
            // A handful of values: a linear look is as quick as any.
            for element in sorted where element >= value { return element == value }
            return false
        }

        /// The scalar whose UTF-8 starts at `index`, and its number of bytes.
        @inline(__always)
        static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
            let lead = bytes[index]
            if lead < 0x80 { return (UInt32(lead), 1) }
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
            guard width > 0, index + width <= bytes.count else { return nil }
            var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            return (value, width)
        }

        /// The scalar whose UTF-8 ends just before `end`, and its number of bytes.
        @inline(__always)
        static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> (UInt32, Int)? {
            var start = end - 1
            while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard let (value, width) = decode(bytes, at: start), start + width == end else { return nil }
            return (value, width)
        }
    }

    // MARK: - Reading a pattern

    /// The facts drawn from a pattern's tree, with or without case folding.
    struct Analysis {
        typealias Node = PatternSyntax.Node
        let caseInsensitive: Bool

        /// The one scalar a literal stands for in compared text (folded under `(?i)`); nil when
        /// under `(?i)` it has a case that `PrecheckFold` cannot answer for (it might match more
        /// than one scalar, as "ß" matches "ss").
        func literal(_ value: UInt32) -> UInt32? {
            guard caseInsensitive else { return value }
            if let folded = PrecheckFold.fold(value) { return folded }
            guard let scalar = Unicode.Scalar(value), PrecheckFold.isCaseless(scalar) else { return nil }
            return value
        }

        /// A node with its one-scalar parts reduced to the simple scalars they may take.
        indirect enum Step {
            /// One scalar of these (nil: more than the limit, or something that may not be one
            /// simple scalar).
            case one([UInt32]?)
            case group([[Step]])
            case repeated(Step, min: Int, max: Int?)
        }

        func step(_ node: Node) -> Step {
            switch node {
            case .scalar, .set: .one(symbols(node))
            case .group(let alternatives): .group(alternatives.map { $0.map(step) })
            case .repeated(let inner, let min, let max): .repeated(step(inner), min: min, max: max)
            }
        }

        /// The steps matched from the end: each sequence read backwards.
        static func reversed(_ steps: [Step]) -> [Step] {
            steps.reversed().map { step in
                switch step {
                case .one: step
                case .group(let alternatives): .group(alternatives.map(reversed))
                case .repeated(let inner, let min, let max): .repeated(reversed([inner])[0], min: min, max: max)
                }
            }
        }

        /// The simple scalars (`PrecheckFold`, folded under `(?i)`) that a node which takes one
        /// scalar may take, in order; nil when there are more than the limit or the node may take
        /// something else.
        func symbols(_ node: Node) -> [UInt32]? {
            switch node {
            case .scalar(let value):
                return literal(value).map { [$0] }
            case .set(let set):
                let folds = caseInsensitive && !set.negated ? listedFolds(set) : nil
                var found: Set<UInt32> = []
                for value in PrecheckFold.simpleScalars where takes(set, value, listedFolds: folds) {
                    found.insert(caseInsensitive ? PrecheckFold.fold(value) ?? value : value)
                    if found.count > PatternPrecheck.prefixLimit { return nil }
                }
                return found.sorted()
            default:
                return nil
            }
        }

        /// Whether the class takes the simple scalar `value`. Under `(?i)` ICU closes the class
        /// over case: a scalar without case is taken as written; one with a case is taken when a
        /// listed scalar folds as it does (digits and white space have no case), and always for
        /// a class that is more than such a list (a letter property, a negation), whose closure is
        /// not worked out here.
        func takes(_ set: PatternSyntax.ScalarClass, _ value: UInt32, listedFolds folds: Set<UInt32>?) -> Bool {
            if !caseInsensitive || PrecheckFold.isSimpleCaseless(value) { return set.holds(value) }
            guard !set.negated, let folded = PrecheckFold.fold(value), let folds else { return true }
            return folds.contains(folded)
        }

        /// The folds of the scalars a class lists (its single scalars and ranges; its digits and
        /// white space, which have no case, add none); nil when it holds anything else, when one
        /// has a case `PrecheckFold` cannot answer for, or when a range is too long to go through.
        func listedFolds(_ set: PatternSyntax.ScalarClass) -> Set<UInt32>? {
            var folds: Set<UInt32> = []
            for item in set.items {
                let values: ClosedRange<UInt32>
                switch item {
                case .scalar(let value): values = value...value
                case .range(let low, let high): values = low...high
                case .digit, .space: continue
                default: return nil
                }
                guard values.count <= 0x3000 else { return nil }
                for value in values {
                    if let folded = PrecheckFold.fold(value) {
                        folds.insert(folded)
                    } else if let scalar = Unicode.Scalar(value), !PrecheckFold.isCaseless(scalar) {
                        return nil
                    }
                }
            }
            return folds
        }

        /// Whether some match of the node may take U+0020 (which has no case).
        func mayTakeSpace(_ node: Node) -> Bool {
            switch node {
            case .scalar(let value): value == 0x20
            case .set(let set): set.holds(0x20)
            case .group(let alternatives): alternatives.contains { $0.contains { mayTakeSpace($0) } }
            case .repeated(let inner, _, let max): max != 0 && mayTakeSpace(inner)
            }
        }

        /// The strings of simple scalars one of which starts every match of the steps, as many
        /// scalars long as can be kept under the limit; nil when nothing so definite is known.
        func strings(opening steps: [Step]) -> [[UInt32]]? {
            for length in [PatternPrecheck.longestKept, 4, 1] {
                var budget = 5_000
                if let found = starts(of: steps[...], length: length, depth: 64, budget: &budget),
                   found.count <= PatternPrecheck.prefixLimit {
                    // An empty string says nothing.
                    return found.contains(where: \.isEmpty) ? nil : found.sorted { $0.lexicographicallyPrecedes($1) }
                }
            }
            return nil
        }

        /// The strings, of at most `length` scalars, one of which starts every match of the
        /// sequence (an empty string: nothing is known). Nil when there would be more than
        /// `PatternPrecheck.prefixLimit` of them or the work runs out of `budget`. `depth` bounds
        /// the steps taken without reading a scalar (a repeat of what may be empty).
        func starts(of sequence: ArraySlice<Step>, length: Int, depth: Int, budget: inout Int) -> Set<[UInt32]>? {
            budget -= 1
            guard budget > 0 else { return nil }
            guard length > 0, depth > 0, let step = sequence.first else { return [[]] }
            let rest = sequence.dropFirst()
            switch step {
            case .one(let symbols):
                guard let symbols else { return [[]] }
                // Too many ways on from here: the strings end with this scalar.
                guard let tails = starts(of: rest, length: length - 1, depth: 64, budget: &budget),
                      symbols.count * tails.count <= PatternPrecheck.prefixLimit else {
                    guard budget > 0 else { return nil }
                    return Set(symbols.map { [$0] })
                }
                var result: Set<[UInt32]> = []
                for symbol in symbols {
                    for tail in tails { result.insert([symbol] + tail) }
                }
                return result
            case .group(let alternatives):
                var result: Set<[UInt32]> = []
                for alternative in alternatives {
                    guard let found = starts(of: (alternative + rest)[...], length: length, depth: depth - 1, budget: &budget)
                    else { return nil }
                    result.formUnion(found)
                    if result.count > PatternPrecheck.prefixLimit { return nil }
                }
                return result
            case .repeated(let inner, let min, let max):
                if max == 0 { return starts(of: rest, length: length, depth: depth - 1, budget: &budget) }
                let again = Step.repeated(inner, min: Swift.max(min - 1, 0), max: max.map { $0 - 1 })
                guard let once = starts(of: ([inner, again] + rest)[...], length: length, depth: depth - 1, budget: &budget)
                else { return nil }
                if min > 0 { return once }
                guard let none = starts(of: rest, length: length, depth: depth - 1, budget: &budget) else { return nil }
                let result = once.union(none)
                return result.count > PatternPrecheck.prefixLimit ? nil : result
            }
        }

        /// Runs of literals (as `literal` gives them) that every match of the sequence holds, one
        /// after the other: literals in a row, looking into groups of one alternative, and into a
        /// repeat that must happen at least once (as runs of their own).
        func runs(in sequence: [Node]) -> [[UInt32]] {
            var runs: [[UInt32]] = []
            var current: [UInt32] = []
            func close() {
                if !current.isEmpty { runs.append(current) }
                current = []
            }
            func walk(_ nodes: [Node]) {
                for node in nodes {
                    switch node {
                    case .scalar(let value):
                        if let symbol = literal(value) { current.append(symbol) } else { close() }
                    case .group(let alternatives) where alternatives.count == 1:
                        walk(alternatives[0])
                    case .repeated(let inner, let min, _) where min >= 1:
                        close()
                        runs += self.runs(in: [inner])
                    default:
                        close()
                    }
                }
            }
            walk(sequence)
            close()
            return runs
        }
    }
}
