/// One compiled piece of a Mustache template: text as bytes, or a tag with its name already
/// split on dots and its transforms resolved.
indirect enum TemplateNode: Sendable {
    /// Literal text, as UTF-8.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides.
    case partial(String, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}` in a template that a page may override.
    case block(String, default: [TemplateNode], indentation: [UInt8]?)
}

/// The name of a tag: what to look up and which transforms to apply to what is found.
struct TemplateName: Sendable, Equatable {
    /// Where the value comes from.
    enum Path: Sendable, Equatable {
        /// `{{.}}` (or an empty name): the object on top of the context stack.
        case current
        /// `{{first()}}`, `{{index()}}`…: the position in the list being rendered.
        case sequencePosition
        /// `a.b.c`: `a` looked up on the stack (or only on its top when `topOnly`), then `b` in it, then `c`.
        case path([String], topOnly: Bool)
    }

    var path: Path
    /// In the order they apply: `empty(count(x))` is `[.count, .empty]`.
    var transforms: [TemplateTransform]
}

/// The transforms swift-mustache offers that sitegen's engine implements, with its semantics:
/// a transform that does not apply to a value answers no value.
enum TemplateTransform: String, Sendable, CaseIterable {
    case empty, count, first, last, reversed
    case capitalized, lowercased, uppercased
    case equalzero, plusone, minusone, even, odd
    /// Only on the list position: `{{index()}}`.
    case index

    /// Every name a template may use, for the diagnostic of an unknown one.
    static var knownNames: [String] { allCases.map(\.rawValue) }
}
