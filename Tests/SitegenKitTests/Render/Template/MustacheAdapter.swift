import Mustache
@testable import SitegenKit

/// A `TemplateValue` as swift-mustache sees values: text as `String`, Booleans as `Bool`,
/// numbers as `Int`, lists as arrays, string tables as dictionaries and objects as a
/// `MustacheParent` that answers its fields (absent fields answer nil, as `ReflectedView` did
/// for nil optionals).
enum MustacheAdapter {
    static func value(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): return text
        case .bool(let flag): return flag
        case .number(let number): return number
        case .list(let items): return items.map(Self.value)
        case .object(let fields): return Object(fields: fields)
        case .strings(let table): return table
        case .withField(let field, let object): return Object(fields: [field], parent: object)
        }
    }

    final class Object: MustacheParent {
        let fields: [TemplateField]
        /// The object `fields` are added to (`TemplateValue.withField`), asked when none matches.
        let parent: TemplateValue?

        init(fields: [TemplateField], parent: TemplateValue? = nil) {
            self.fields = fields
            self.parent = parent
        }

        func child(named name: String) -> Any? {
            if let field = fields.first(where: { $0.name == name }) { return MustacheAdapter.value(field.value) }
            return parent.flatMap { $0.field(name) }.map(MustacheAdapter.value)
        }
    }

    /// `sources` compiled by swift-mustache, and `template` rendered with `context`.
    static func render(_ sources: [String: String], _ template: String, _ context: TemplateValue) throws -> String? {
        var library = MustacheLibrary()
        for (name, text) in sources { try library.register(text, named: name) }
        return library.render(value(context), withTemplate: template)
    }
}
