import Mustache

/// A view model as Mustache sees it, with each value's fields looked up by name in a table made
/// once, instead of through a `Mirror` on every lookup.
///
/// swift-mustache finds `{{name}}` by reflecting the value anew for each lookup, at each level
/// of the context stack, and scanning its fields: on a page of fifty list items that was most of
/// the time of a build. `ReflectedView` keeps Mustache's rules exactly: a field that is `nil` is
/// missing (the lookup goes on up the stack), an optional is unwrapped one level, arrays stay
/// sequences (with their elements wrapped), and dictionaries, strings, numbers, Booleans and
/// Mustache's own protocol types are passed through untouched.
final class ReflectedView: MustacheParent, CustomStringConvertible {
    private let value: Any
    private var table: [String: Any]?

    private init(_ value: Any) {
        self.value = value
    }

    /// `value` ready for Mustache: structs and classes wrapped, arrays mapped, the rest as is.
    static func wrap(_ value: Any) -> Any {
        // Concrete types first: casts to them are cheap, casts to protocols are not.
        switch value {
        case is String, is Bool, is Int, is Double, is Substring, is ReflectedView:
            return value
        default:
            break
        }
        switch Mirror(reflecting: value).displayStyle {
        case .collection?:
            return (value as? [Any]).map { $0.map(wrap) } ?? value
        case .struct?, .class?:
            switch value {
            case is MustacheParent, is MustacheLambda, is MustacheCustomRenderable, is MustacheTemplate:
                return value
            default:
                return ReflectedView(value)
            }
        default:
            return value
        }
    }

    func child(named name: String) -> Any? {
        if let table { return table[name] }
        var built: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, built[label] == nil, let unwrapped = Self.unwrapOptional(child.value) else { continue }
            built[label] = Self.wrap(unwrapped)
        }
        table = built
        return built[name]
    }

    var description: String { String(describing: value) }

    /// Mustache's own rule: an optional is unwrapped one level, and `nil` is no value.
    private static func unwrapOptional(_ object: Any) -> Any? {
        let mirror = Mirror(reflecting: object)
        guard mirror.displayStyle == .optional else { return object }
        return mirror.children.first?.value
    }
}
