/// A value as a template sees it: text, a Boolean, a number, a list, or an object whose fields
/// are looked up by name.
///
/// Views build their `TemplateValue` once per render, so the renderer never reflects or casts:
/// a lookup is a scan of a few short ASCII names (or one dictionary lookup for a table of
/// strings). A field that is `nil` in a view is simply absent from its object, which is
/// Mustache's rule for `nil`: the lookup goes on up the context stack.
public enum TemplateValue: Sendable {
    /// Text, HTML-escaped by `{{name}}`, printed as is by `{{{name}}}`.
    case text(String)
    /// A Boolean: a section renders once when true, an inverted section when false.
    case bool(Bool)
    /// A whole number (what the `count` transform answers).
    case number(Int)
    /// A list: a section renders once per element, an inverted section when it is empty.
    case list([TemplateValue])
    /// An object with named fields, in the order the view declares them.
    case object([TemplateField])
    /// A table of strings by key, such as the interface strings of a language.
    case strings([String: String])
    /// An object with one more field, looked up before the object's own: a value shared by many
    /// pages (an article's list item) with what differs on each (its link), without copying the
    /// shared fields.
    indirect case withField(TemplateField, TemplateValue)

    /// The field `name` of an object or table, or nil when there is none (or this is no object).
    @inline(__always)
    func field(_ name: String) -> TemplateValue? {
        switch self {
        case .object(let fields):
            // By index, so that only the matching field's value is copied out.
            // The byte count first: field names are short, and most differ in length, which
            // answers without the string comparison.
            let count = name.utf8.count
            for index in fields.indices where fields[index].name.utf8.count == count && fields[index].name == name {
                return fields[index].value
            }
            return nil
        case .strings(let table):
            return table[name].map(TemplateValue.text)
        case .withField(let field, let object):
            return field.name == name ? field.value : object.field(name)
        default:
            return nil
        }
    }

    /// An object from `(name, value)` pairs; pairs whose value is nil are left out.
    public static func fields(_ pairs: KeyValuePairs<String, TemplateValue?>) -> TemplateValue {
        var fields: [TemplateField] = []
        fields.reserveCapacity(pairs.count)
        for (name, value) in pairs {
            if let value { fields.append(TemplateField(name: name, value: value)) }
        }
        return .object(fields)
    }

    /// An object whose fields `build` adds in order, into one array of `capacity`: unlike
    /// `fields(_:)`, no array of pairs is made (and torn down) first. A nil value is left out.
    @inline(__always)
    static func object(capacity: Int, _ build: (inout TemplateObjectFields) -> Void) -> TemplateValue {
        var object = TemplateObjectFields(capacity: capacity)
        build(&object)
        return .object(object.fields)
    }

    /// A list of views' values.
    public static func list<View: TemplateView>(_ views: [View]) -> TemplateValue {
        .list(views.map(\.templateValue))
    }

    /// Optional text: nil stays nil (the field is absent).
    public static func maybe(_ text: String?) -> TemplateValue? {
        text.map(TemplateValue.text)
    }

    /// An optional view's value: nil stays nil (the field is absent).
    public static func view<View: TemplateView>(_ view: View?) -> TemplateValue? {
        view.map(\.templateValue)
    }
}

/// The fields of an object being built by `TemplateValue.object(capacity:_:)`.
struct TemplateObjectFields {
    fileprivate var fields: [TemplateField]

    fileprivate init(capacity: Int) {
        fields = []
        fields.reserveCapacity(capacity)
    }

    /// Adds the field `name` with `value`; a nil value is left out, as `fields(_:)` does.
    @inline(__always)
    mutating func add(_ name: String, _ value: TemplateValue?) {
        if let value { fields.append(TemplateField(name: name, value: value)) }
    }
}

/// One named field of a `TemplateValue.object`.
public struct TemplateField: Sendable {
    /// The name templates use: `{{name}}`.
    public var name: String
    /// Its value.
    public var value: TemplateValue

    /// A field `name` with `value`.
    public init(name: String, value: TemplateValue) {
        self.name = name
        self.value = value
    }
}

/// A view model templates can render: it answers its fields as one `TemplateValue`.
public protocol TemplateView {
    /// The view as a template sees it, usually a `.object` of its fields.
    var templateValue: TemplateValue { get }
}
