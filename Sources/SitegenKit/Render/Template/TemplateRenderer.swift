import Foundation

/// Renders a compiled `TemplateProgram` into UTF-8 bytes, with swift-mustache's semantics.
///
/// The context stack holds `TemplateValue`s; a name's first part is looked up from the top of
/// the stack down (a missing or nil field goes on to the next level), the other parts inside what
/// was found. Sections iterate lists, show or hide on Booleans, and push any other value; inverted
/// sections render for nil, false and empty lists. Partials and blocks follow swift-mustache's
/// indentation and override rules.
struct TemplateRenderer {
    /// Where a section's list stands, for `first()`, `last()`, `index()`, `even()`, `odd()`.
    struct ListPosition {
        var index: Int
        var count: Int
    }

    private let program: TemplateProgram
    /// `program.texts.start`; `program` keeps it alive.
    private let texts: UnsafePointer<UInt8>
    var out: [UInt8]
    private var stack: [TemplateValue]
    // The frame the instructions being run render in (swift-mustache's `MustacheContext`):
    // set for a partial, a block or a list item and put back after it.
    private var indentation: [UInt8]?
    private var overrides: [String: Range<Int>]?
    private var position: ListPosition?

    init(program: TemplateProgram, context: TemplateValue, capacity: Int) {
        self.program = program
        texts = UnsafePointer(program.texts.start)
        out = []
        out.reserveCapacity(capacity)
        stack = [context]
        stack.reserveCapacity(16)
    }

    /// Renders the instructions `body` of the program at the end of `out`.
    mutating func render(_ body: Range<Int>) {
        run(body.lowerBound, body.upperBound)
    }

    /// Runs the instructions `start..<end`, one level of the template (a section's instructions
    /// run inside it).
    private mutating func run(_ start: Int, _ end: Int) {
        guard let indentation, !indentation.isEmpty else {
            var index = start
            while index < end { index = step(index) }
            return
        }
        // swift-mustache indents a piece when something was rendered and the body's own output
        // so far ends with a line feed (a whole "\n" character, not "\r\n").
        let first = out.count
        var index = start
        while index < end {
            let pieceStart = out.count
            index = step(index)
            if out.count > pieceStart, pieceStart > first, out[pieceStart - 1] == 0x0A,
               !(pieceStart - 2 >= first && out[pieceStart - 2] == 0x0D) {
                out.insert(contentsOf: indentation, at: pieceStart)
            }
        }
    }

    /// Renders the instruction at `index`; answers the index of the next one on its level.
    private mutating func step(_ index: Int) -> Int {
        switch program.instructions[index] {
        case .text(let start, let end):
            out.append(contentsOf: UnsafeBufferPointer(start: texts + Int(start), count: Int(end - start)))
            return index + 1

        case .variable(let name, let escaped):
            guard let value = lookup(Int(name)) else { return index + 1 }
            switch value {
            case .text(let text):
                if escaped {
                    HTMLEscape.append(text, to: &out)
                } else {
                    out.append(contentsOf: text.utf8)
                }
            case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .number(let number): out.append(contentsOf: String(number).utf8)
            // swift-mustache prints Swift's description of a list or object; no template prints one.
            case .list, .object, .strings, .withField: break
            }
            return index + 1

        case .section(let name, let inverted, let end):
            let value = lookup(Int(name))
            let body = index + 1, end = Int(end)
            if inverted {
                switch value {
                case .list(let items)?:
                    if items.isEmpty { push(value, body, end) }
                case .bool(let flag)?:
                    if !flag { run(body, end) }
                case .some:
                    break
                case nil:
                    run(body, end)
                }
            } else {
                switch value {
                case .list(let items)?:
                    let outer = position
                    for (itemIndex, item) in items.enumerated() {
                        position = ListPosition(index: itemIndex, count: items.count)
                        stack.append(item)
                        run(body, end)
                        stack.removeLast()
                    }
                    position = outer
                case .bool(let flag)?:
                    if flag { run(body, end) }
                case .some:
                    push(value, body, end)
                case nil:
                    break
                }
            }
            return end

        case .partial(let partial):
            let call = program.partials[Int(partial)]
            let saved = (indentation, overrides, position)
            indentation = Self.indent(indentation, call.indentation)
            if let added = call.overrides {
                // The outer template's overrides win, as in swift-mustache.
                overrides = overrides.map { $0.merging(added) { outer, _ in outer } } ?? added
            }
            position = nil
            run(call.body.lowerBound, call.body.upperBound)
            (indentation, overrides, position) = saved
            return index + 1

        case .block(let block, let end):
            let slot = program.blocks[Int(block)]
            let body = overrides?[slot.name] ?? (index + 1)..<Int(end)
            let saved = (indentation, position)
            indentation = Self.indent(indentation, slot.indentation)
            position = nil
            run(body.lowerBound, body.upperBound)
            (indentation, position) = saved
            return Int(end)
        }
    }

    private mutating func push(_ value: TemplateValue?, _ start: Int, _ end: Int) {
        guard let value else { return }
        let outer = position
        position = nil
        stack.append(value)
        run(start, end)
        stack.removeLast()
        position = outer
    }

    private static func indent(_ outer: [UInt8]?, _ added: [UInt8]?) -> [UInt8]? {
        guard let added else { return outer }
        return (outer ?? []) + added
    }

    // MARK: - Lookup

    private func lookup(_ row: Int) -> TemplateValue? {
        let name = program.names[row]
        var value: TemplateValue?
        var applied = Int(name.transformStart)
        switch name.source {
        case .current:
            value = stack.last
        case .sequencePosition:
            guard let position, name.transformStart < name.transformEnd else { return nil }
            value = Self.apply(program.transforms[applied], to: position)
            applied += 1
        case .path(let start, let end, let topOnly):
            let start = Int(start), end = Int(end)
            if topOnly {
                value = stack.last.flatMap { descend($0, from: start, to: end) }
            } else {
                let head = program.parts[start]
                var level = stack.count - 1
                while level >= 0 {
                    if let found = stack[level].field(head) {
                        value = end - start == 1 ? found : descend(found, from: start + 1, to: end)
                        break
                    }
                    level -= 1
                }
            }
        }
        let last = Int(name.transformEnd)
        while applied < last {
            guard let current = value else { return nil }
            value = Self.apply(program.transforms[applied], to: current)
            applied += 1
        }
        return value
    }

    /// The value at `parts[start..<end]` inside `value`.
    private func descend(_ value: TemplateValue, from start: Int, to end: Int) -> TemplateValue? {
        var value = value
        var index = start
        while index < end {
            guard let child = value.field(program.parts[index]) else { return nil }
            value = child
            index += 1
        }
        return value
    }

    private static func apply(_ transform: TemplateTransform, to position: ListPosition) -> TemplateValue? {
        switch transform {
        case .first: return .bool(position.index == 0)
        case .last: return .bool(position.index == position.count - 1)
        case .index: return .number(position.index)
        case .even: return .bool(position.index & 1 == 0)
        case .odd: return .bool(position.index & 1 == 1)
        default: return nil
        }
    }

    /// swift-mustache's transforms of strings, arrays, dictionaries and integers; any other
    /// pairing answers no value.
    static func apply(_ transform: TemplateTransform, to value: TemplateValue) -> TemplateValue? {
        switch (value, transform) {
        case (.text(let text), .empty): return .bool(text.isEmpty)
        case (.text(let text), .capitalized): return .text(text.capitalized)
        case (.text(let text), .lowercased): return .text(text.lowercased())
        case (.text(let text), .uppercased): return .text(text.uppercased())
        case (.text(let text), .reversed): return .text(String(text.reversed()))
        case (.list(let items), .first): return items.first
        case (.list(let items), .last): return items.last
        case (.list(let items), .reversed): return .list(items.reversed())
        case (.list(let items), .count): return .number(items.count)
        case (.list(let items), .empty): return .bool(items.isEmpty)
        case (.strings(let table), .count): return .number(table.count)
        case (.strings(let table), .empty): return .bool(table.isEmpty)
        case (.number(let number), .equalzero): return .bool(number == 0)
        case (.number(let number), .plusone): return .number(number &+ 1)
        case (.number(let number), .minusone): return .number(number &- 1)
        case (.number(let number), .even): return .bool(number & 1 == 0)
        case (.number(let number), .odd): return .bool(number & 1 == 1)
        default: return nil
        }
    }
}
