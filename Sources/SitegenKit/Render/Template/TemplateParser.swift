/// Compiles the text of one Mustache template into `TemplateNode`s.
///
/// The algorithm is swift-mustache 2's parser (`MustacheTemplate+Parser`), ported step by step so
/// that text, white space and the standalone-line rules come out exactly as swift-mustache
/// renders them: a line holding only a section, inverted section, closing, comment, partial or
/// block tag (and white space) is removed, and the white space before a standalone partial
/// becomes its indentation. What sitegen's templates do not use — set delimiters, `{{%…}}`
/// configuration, dynamic partials, lambdas — is an error, as is an unknown transform.
struct TemplateParser {
    /// A parse error: what went wrong and where (a character offset in the template).
    struct Failure: Error {
        var reason: String
        var position: Int
        /// Set when the problem is a transform the engine does not know.
        var unknownTransform: String?
    }

    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var partialDefinitionIndent: String?

        func withSectionName(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    private let characters: [Character]
    private var position = 0

    private init(_ text: String) {
        characters = Array(text)
    }

    /// The nodes of `text`, or the diagnostic of the first problem, naming `file` and its line.
    static func compile(_ text: String, file: String) throws(Diagnostic) -> [TemplateNode] {
        var parser = TemplateParser(text)
        do {
            return try parser.parse(State())
        } catch {
            let (line, lineText) = parser.lineAndText(at: error.position)
            if let transform = error.unknownTransform { throw Diagnostic.unknownTransform(file, line: line, transform) }
            throw Diagnostic.templateDoesNotParse(file, line: line, error.reason, near: lineText)
        }
    }

    // MARK: - Reading characters

    private var reachedEnd: Bool { position == characters.count }

    /// The current character, or NUL at the end (as swift-mustache's parser answers).
    private var current: Character { reachedEnd ? "\0" : characters[position] }

    @discardableResult
    private mutating func read(while accept: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, accept(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    private mutating func readSpacesAndTabs() -> String {
        read { $0 == " " || $0 == "\t" }
    }

    /// Whether the next characters are `string`; consumes them if so. Fewer characters left than
    /// `string` has is an error, as in swift-mustache.
    private mutating func read(string: String) throws(Failure) -> Bool {
        let expected = Array(string)
        guard characters.count - position >= expected.count else { throw Failure(reason: "unexpected end of the template", position: position) }
        guard Array(characters[position..<position + expected.count]) == expected else { return false }
        position += expected.count
        return true
    }

    /// Whether the current character is `character`; consumes it if so. At the end, an error.
    private mutating func read(_ character: Character) throws(Failure) -> Bool {
        guard !reachedEnd else { throw Failure(reason: "unexpected end of the template", position: position) }
        guard characters[position] == character else { return false }
        position += 1
        return true
    }

    // MARK: - Parsing

    private mutating func parse(_ initial: State) throws(Failure) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !reachedEnd {
            if state.newLine {
                let whiteSpace = readSpacesAndTabs()
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline()
            if current.isNewline {
                nodes.append(.text(Array((whiteSpaceBefore + text + String(current)).utf8)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array((whiteSpaceBefore + text).utf8)))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reachedEnd { break }
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(Array(whiteSpaceBefore.utf8)))
                    whiteSpaceBefore = ""
                }
            }
            var setNewLine = false
            let tagStart = position
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let (name, transforms) = try parseName()
                if isStandalone(state) { setNewLine = true } else { flushWhiteSpace() }
                let compiledName = try Self.compileName(name, transforms, at: tagStart)
                let body = try parse(state.withSectionName(name, newLine: setNewLine, transforms: transforms))
                nodes.append(.section(compiledName, body, inverted: inverted))

            case "/":
                position += 1
                let nameStart = position
                let (name, transforms) = try parseName()
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    throw Failure(reason: "the closing tag does not match the open section \"\(state.sectionName ?? "")\"", position: nameStart)
                }
                if !isStandalone(state) { flushWhiteSpace() }
                return nodes

            case "!":
                position += 1
                try skipComment()
                setNewLine = isStandalone(state)

            case "{":
                flushWhiteSpace()
                position += 1
                let (name, transforms) = try parseName()
                guard try read("}") else { throw Failure(reason: "a triple-brace tag must end with \"}}}\"", position: position) }
                nodes.append(.variable(try Self.compileName(name, transforms, at: tagStart), escaped: false))

            case "&":
                flushWhiteSpace()
                position += 1
                let (name, transforms) = try parseName()
                nodes.append(.variable(try Self.compileName(name, transforms, at: tagStart), escaped: false))

            case ">":
                position += 1
                read(while: \.isWhitespace)
                if current == "*" { throw Failure(reason: "dynamic partials are not supported", position: position) }
                let name = try parsePartialName()
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: Array(whiteSpaceBefore.utf8), overrides: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                whiteSpaceBefore = ""

            case "<":
                position += 1
                read(while: \.isWhitespace)
                let name = try parsePartialName()
                if name.first == "*" { throw Failure(reason: "dynamic partials are not supported", position: tagStart) }
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))) }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.withInheritancePartial(name))
                var overrides: [String: [TemplateNode]] = [:]
                for node in body {
                    switch node {
                    case .block(let blockName, let content, indentation: nil): overrides[blockName] = content
                    case .text: break
                    default: throw Failure(reason: "only blocks {{$name}}…{{/name}} may stand inside {{<\(name)}}", position: tagStart)
                    }
                }
                nodes.append(.partial(name, indentation: Array(whiteSpaceBefore.utf8), overrides: overrides))
                whiteSpaceBefore = ""

            case "$":
                position += 1
                let (name, transforms) = try parseName()
                guard transforms.isEmpty else { throw Failure(reason: "a block cannot have a transform", position: tagStart) }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSectionName(name, newLine: setNewLine))
                    // A definition inside {{<…}}: no indentation marks it apart from an expansion.
                    nodes.append(.block(name, default: body, indentation: nil))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.block(name, default: body, indentation: Array(whiteSpaceBefore.utf8)))
                    whiteSpaceBefore = ""
                }

            case "=":
                throw Failure(reason: "set delimiters {{=…=}} are not supported", position: tagStart)

            case "%":
                throw Failure(reason: "configuration tags {{%…}} are not supported", position: tagStart)

            default:
                flushWhiteSpace()
                let (name, transforms) = try parseName()
                nodes.append(.variable(try Self.compileName(name, transforms, at: tagStart), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else {
            throw Failure(reason: "the section \"\(state.sectionName ?? "")\" is not closed", position: position)
        }
        return nodes
    }

    /// Text up to the next `{{` (consumed) or line break (not consumed).
    private mutating func readUntilDelimiterOrNewline() throws(Failure) -> String {
        var text = ""
        while !reachedEnd {
            let start = position
            while !reachedEnd, characters[position] != "\n", characters[position] != "\r\n", characters[position] != "{" {
                position += 1
            }
            text += String(characters[start..<position])
            if current.isNewline {
                break
            } else if current == "{" {
                if try read(string: "{{") { break }
                text += "{"
                position += 1
            }
        }
        return text
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return ".-_?*".utf8.contains(ascii)
        }
    }

    /// A tag's name and transforms: `empty(figures)` is `("figures", ["empty"])`; the closing
    /// `}}` is consumed.
    private mutating func parseName() throws(Failure) -> (String, [String]) {
        read(while: \.isWhitespace)
        let start = position
        let text = read { Self.isNameCharacter($0) || $0 == "(" || $0 == ")" }
        read(while: \.isWhitespace)
        guard try read(string: "}}") else { throw Failure(reason: "the tag is not closed by \"}}\"", position: position) }
        let parts = Array(text)
        var index = 0
        func readName() -> String {
            let begin = index
            while index < parts.count, Self.isNameCharacter(parts[index]) { index += 1 }
            return String(parts[begin..<index])
        }
        let first = readName()
        if index == parts.count { return (text, []) }
        let malformed = Failure(reason: "malformed transform in \"\(text)\"", position: start)
        guard parts[index] == "(" else { throw malformed }
        index += 1
        var transforms = [first]
        while true {
            let name = readName()
            guard index < parts.count else { throw malformed }
            if parts[index] == ")" {
                index += 1
                var closing = 0
                while index < parts.count, parts[index] == ")" { index += 1; closing += 1 }
                guard closing + 1 == transforms.count, index == parts.count else { throw malformed }
                return (name, transforms)
            } else if parts[index] == "(" {
                index += 1
                transforms.append(name)
            } else {
                throw malformed
            }
        }
    }

    private mutating func parsePartialName() throws(Failure) -> String {
        read(while: \.isWhitespace)
        let name = read { Self.isNameCharacter($0) || "()/".contains($0) }
        read(while: \.isWhitespace)
        guard try read(string: "}}") else { throw Failure(reason: "the tag is not closed by \"}}\"", position: position) }
        return name
    }

    private mutating func skipComment() throws(Failure) {
        let start = position
        while position + 1 < characters.count {
            if characters[position] == "}", characters[position + 1] == "}" {
                position += 2
                return
            }
            position += 1
        }
        throw Failure(reason: "the comment is not closed by \"}}\"", position: start)
    }

    /// Whether the tag just read stands alone on its line; if so, the rest of the line (white
    /// space and the line break) is consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var look = position
        while look < characters.count, characters[look] == " " || characters[look] == "\t" { look += 1 }
        guard look < characters.count, characters[look].isNewline else { return false }
        position = look + 1
        return true
    }

    /// The tag's name compiled: split on dots, transforms resolved (innermost first).
    private static func compileName(_ name: String, _ transforms: [String], at position: Int) throws(Failure) -> TemplateName {
        var resolved: [TemplateTransform] = []
        for transform in transforms.reversed() {
            guard let known = TemplateTransform(rawValue: transform) else {
                throw Failure(reason: "unknown transform", position: position, unknownTransform: transform)
            }
            resolved.append(known)
        }
        let path: TemplateName.Path
        if name == "." {
            path = .current
        } else if name.isEmpty, !resolved.isEmpty {
            path = .sequencePosition
        } else {
            let parts = name.split(separator: ".").map(String.init)
            path = parts.isEmpty ? .current : .path(parts, topOnly: name.first == ".")
        }
        return TemplateName(path: path, transforms: resolved)
    }

    /// The line number (from 1) of `offset` and the text of that line.
    private func lineAndText(at offset: Int) -> (Int, String) {
        let end = min(offset, characters.count)
        let line = characters[..<end].filter(\.isNewline).count + 1
        var start = end
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        var stop = end
        while stop < characters.count, characters[stop] != "\n" { stop += 1 }
        return (line, String(characters[start..<stop]))
    }
}
