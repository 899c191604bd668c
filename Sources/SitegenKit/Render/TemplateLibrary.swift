import Foundation
import Mustache

/// The Mustache templates of `Templates/`, compiled once: the layout, the partials and one
/// template per page kind. Files are read in sorted order; a template that does not parse is an
/// error naming its file.
public struct TemplateLibrary: Sendable {
    public let library: MustacheLibrary
    public let names: [String]

    /// Compiles every `*.mustache` file under `directory` (by path without the extension).
    public static func load(from directory: URL) throws -> TemplateLibrary {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory.path) else {
            throw Diagnostic.badData(directory.path, line: 1, "the templates folder is missing")
        }
        var paths: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".mustache") { paths.append(path) }
        var library = MustacheLibrary()
        var names: [String] = []
        for path in paths.sorted() {
            let file = directory.appendingPathComponent(path).path
            guard let data = manager.contents(atPath: file) else {
                throw Diagnostic.badData(file, line: 1, "cannot read the template")
            }
            let name = String(path.dropLast(".mustache".count))
            do {
                try library.register(String(decoding: data, as: UTF8.self), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw Diagnostic.badData(file, line: error.context.lineNumber, "template does not parse: \(error.error) near \"\(error.context.line)\"")
            } catch {
                throw Diagnostic.badData(file, line: 1, "template does not parse: \(error)")
            }
            names.append(name)
        }
        return TemplateLibrary(library: library, names: names)
    }

    /// Renders `template` with `context`; a missing template is an error naming it.
    ///
    /// The context's fields are looked up through `ReflectedView`, each value reflected once.
    public func render(_ template: String, _ context: Any) throws -> String {
        guard let text = library.render(ReflectedView.wrap(context), withTemplate: template) else {
            throw Diagnostic.badData("Templates/\(template).mustache", line: 1, "no such template")
        }
        return text
    }
}
