import Foundation

/// Renders compiled templates into UTF-8 bytes, with swift-mustache's semantics.
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

    /// What a template body renders in besides the stack (swift-mustache's `MustacheContext`).
    struct Frame {
        var indentation: [UInt8]?
        var overrides: [String: [TemplateNode]]?
        var position: ListPosition?
    }

    let templates: [String: [TemplateNode]]
    var out: [UInt8]
    private var stack: [TemplateValue]

    init(templates: [String: [TemplateNode]], context: TemplateValue, capacity: Int) {
        self.templates = templates
        out = []
        out.reserveCapacity(capacity)
        stack = [context]
        stack.reserveCapacity(16)
    }

    /// Renders `nodes` at the end of `out`.
    mutating func render(_ nodes: [TemplateNode], _ frame: Frame) {
        guard let indentation = frame.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, frame) }
            return
        }
        // swift-mustache indents a piece when something was rendered and the body's own output
        // so far ends with a line feed (a whole "\n" character, not "\r\n").
        let start = out.count
        for node in nodes {
            let pieceStart = out.count
            render(node, frame)
            if out.count > pieceStart, pieceStart > start, out[pieceStart - 1] == 0x0A,
               !(pieceStart - 2 >= start && out[pieceStart - 2] == 0x0D) {
                out.insert(contentsOf: indentation, at: pieceStart)
            }
        }
    }

    private mutating func render(_ node: TemplateNode, _ frame: Frame) {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)

        case .variable(let name, let escaped):
            guard let value = lookup(name, frame) else { return }
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
            case .list, .object, .strings: break
            }

        case .section(let name, let body, let inverted):
            let value = lookup(name, frame)
            if inverted {
                switch value {
                case .list(let items)?:
                    guard items.isEmpty else { return }
                    push(value, body, frame)
                case .bool(let flag)?:
                    if !flag { render(body, frame) }
                case .some:
                    return
                case nil:
                    render(body, frame)
                }
            } else {
                switch value {
                case .list(let items)?:
                    var inner = frame
                    for (index, item) in items.enumerated() {
                        inner.position = ListPosition(index: index, count: items.count)
                        stack.append(item)
                        render(body, inner)
                        stack.removeLast()
                    }
                case .bool(let flag)?:
                    if flag { render(body, frame) }
                case .some:
                    push(value, body, frame)
                case nil:
                    return
                }
            }

        case .partial(let name, let indentation, let overrides):
            guard let template = templates[name] else { return }
            var inner = Frame(indentation: Self.indent(frame.indentation, indentation), overrides: frame.overrides, position: nil)
            if let overrides {
                // The outer template's overrides win, as in swift-mustache.
                inner.overrides = frame.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
            }
            render(template, inner)

        case .block(let name, let content, let indentation):
            let inner = Frame(indentation: Self.indent(frame.indentation, indentation), overrides: frame.overrides, position: nil)
            render(frame.overrides?[name] ?? content, inner)
        }
    }

    private mutating func push(_ value: TemplateValue?, _ body: [TemplateNode], _ frame: Frame) {
        guard let value else { return }
        var inner = frame
        inner.position = nil
        stack.append(value)
        render(body, inner)
        stack.removeLast()
    }

    private static func indent(_ outer: [UInt8]?, _ added: [UInt8]?) -> [UInt8]? {
        guard let added else { return outer }
        return (outer ?? []) + added
    }

    // MARK: - Lookup

    private func lookup(_ name: TemplateName, _ frame: Frame) -> TemplateValue? {
        var value: TemplateValue?
        var applied = 0
        switch name.path {
        case .current:
            value = stack.last
        case .sequencePosition:
            guard let position = frame.position, let first = name.transforms.first else { return nil }
            value = Self.apply(first, to: position)
            applied = 1
        case .path(let parts, let topOnly):
            if topOnly {
                value = stack.last.flatMap { Self.descend($0, parts, from: 0) }
            } else {
                let head = parts[0]
                var level = stack.count - 1
                while level >= 0 {
                    if let found = stack[level].field(head) {
                        value = parts.count == 1 ? found : Self.descend(found, parts, from: 1)
                        break
                    }
                    level -= 1
                }
            }
        }
        let transforms = name.transforms
        while applied < transforms.count {
            guard let current = value else { return nil }
            value = Self.apply(transforms[applied], to: current)
            applied += 1
        }
        return value
    }

    /// The value at `parts[start...]` inside `value`.
    private static func descend(_ value: TemplateValue, _ parts: [String], from start: Int) -> TemplateValue? {
        var value = value
        var index = start
        while index < parts.count {
            guard let child = value.field(parts[index]) else { return nil }
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
