/// The templates of a library compiled into one flat list of instructions.
///
/// `TemplateNode` is a tree of indirect enums: walking it copied each node (retaining its box
/// and payload) and a frame of arrays per node. Here every instruction is a few integers, a
/// section's body is the run of instructions up to its `end`, texts are ranges of one byte
/// array and names are rows of flat tables, so rendering reads plain values and counts no
/// references until it reaches a value of the context. The nesting, and so every rule of the
/// tree renderer (the stack, list positions, indentation per piece, overrides), is kept as is.
struct TemplateProgram: Sendable {
    /// One step of a template.
    enum Instruction: Sendable {
        /// `bytes[start..<end]`.
        case text(start: Int32, end: Int32)
        /// A variable: `names` row `name`.
        case variable(name: Int32, escaped: Bool)
        /// A section whose body is the instructions after this one up to `end`.
        case section(name: Int32, inverted: Bool, end: Int32)
        /// A partial: `partials[index]`.
        case partial(Int32)
        /// A block: `blocks[index]`, its default body the instructions after this one up to `end`.
        case block(Int32, end: Int32)
    }

    /// Where a name's value comes from (`TemplateName.Path` with its parts in `parts`).
    enum NameSource: Sendable {
        case current
        case sequencePosition
        /// `parts[start..<end]`, looked up on the whole stack or only on its top.
        case path(start: Int32, end: Int32, topOnly: Bool)
    }

    /// A compiled name: where its value comes from and its transforms, `transforms[start..<end]`.
    struct Name: Sendable {
        var source: NameSource
        var transformStart: Int32
        var transformEnd: Int32
    }

    /// A `{{>name}}` or `{{<name}}…{{/name}}` call.
    struct PartialCall: Sendable {
        var template: String
        /// The instructions of `template`.
        var body: Range<Int>
        var indentation: [UInt8]?
        /// The bodies of the blocks it overrides, by block name.
        var overrides: [String: Range<Int>]?
    }

    /// A `{{$name}}…{{/name}}` block.
    struct Block: Sendable {
        var name: String
        var indentation: [UInt8]?
    }

    /// Bytes that stay where they are for the program's life, so that rendering appends a text
    /// from a pointer (an `ArraySlice` of an array retained and released the array each time).
    final class Texts: @unchecked Sendable {
        /// Never written after `init`.
        let start: UnsafeMutablePointer<UInt8>
        let count: Int

        init(_ bytes: [UInt8]) {
            count = bytes.count
            start = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
            bytes.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { start.initialize(from: base, count: count) }
            }
        }

        deinit { start.deallocate() }
    }

    private(set) var instructions: [Instruction] = []
    private(set) var bytes: [UInt8] = []
    /// `bytes`, fixed in memory.
    private(set) var texts = Texts([])
    private(set) var names: [Name] = []
    private(set) var parts: [String] = []
    private(set) var transforms: [TemplateTransform] = []
    private(set) var partials: [PartialCall] = []
    private(set) var blocks: [Block] = []
    /// Each template's instructions, by name.
    private(set) var templates: [String: Range<Int>] = [:]

    /// The program of `templates`; a partial naming a missing template renders nothing (the
    /// library refuses such templates before).
    init(_ templates: [String: [TemplateNode]]) {
        var pending: [(partial: Int, block: String, body: [TemplateNode])] = []
        for name in templates.keys.sorted() {
            let start = instructions.count
            emit(templates[name] ?? [], pending: &pending)
            self.templates[name] = start..<instructions.count
        }
        // Override bodies after all templates (they may hold partials with overrides in turn).
        while let (partial, block, body) = pending.popLast() {
            let start = instructions.count
            emit(body, pending: &pending)
            partials[partial].overrides?[block] = start..<instructions.count
        }
        for index in partials.indices {
            partials[index].body = self.templates[partials[index].template] ?? 0..<0
        }
        texts = Texts(bytes)
    }

    private mutating func emit(_ nodes: [TemplateNode], pending: inout [(partial: Int, block: String, body: [TemplateNode])]) {
        for node in nodes {
            switch node {
            case .text(let text):
                let start = bytes.count
                bytes += text
                instructions.append(.text(start: Int32(start), end: Int32(bytes.count)))

            case .variable(let name, let escaped):
                instructions.append(.variable(name: add(name), escaped: escaped))

            case .section(let name, let body, let inverted):
                let at = instructions.count
                let row = add(name)
                instructions.append(.section(name: row, inverted: inverted, end: 0))
                emit(body, pending: &pending)
                instructions[at] = .section(name: row, inverted: inverted, end: Int32(instructions.count))

            case .partial(let name, let indentation, let overrides):
                let index = partials.count
                partials.append(PartialCall(template: name, body: 0..<0, indentation: indentation, overrides: overrides.map { _ in [:] }))
                for (block, body) in (overrides ?? [:]).sorted(by: { $0.key < $1.key }) { pending.append((index, block, body)) }
                instructions.append(.partial(Int32(index)))

            case .block(let name, let content, let indentation):
                let index = Int32(blocks.count)
                blocks.append(Block(name: name, indentation: indentation))
                let at = instructions.count
                instructions.append(.block(index, end: 0))
                emit(content, pending: &pending)
                instructions[at] = .block(index, end: Int32(instructions.count))
            }
        }
    }

    private mutating func add(_ name: TemplateName) -> Int32 {
        let source: NameSource
        switch name.path {
        case .current: source = .current
        case .sequencePosition: source = .sequencePosition
        case .path(let parts, let topOnly):
            let start = self.parts.count
            self.parts += parts
            source = .path(start: Int32(start), end: Int32(self.parts.count), topOnly: topOnly)
        }
        let transformStart = transforms.count
        transforms += name.transforms
        names.append(Name(source: source, transformStart: Int32(transformStart), transformEnd: Int32(transforms.count)))
        return Int32(names.count - 1)
    }
}
