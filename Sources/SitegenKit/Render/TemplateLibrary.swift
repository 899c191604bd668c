import Foundation

/// The Mustache templates of `Templates/`, compiled once: the layout, the partials and one
/// template per page kind. Files are read in sorted order; a template that does not parse, uses
/// an unknown transform or names a missing partial is an error naming its file and line.
///
/// Templates are compiled by sitegen's own engine (`Render/Template/`): names are split on dots
/// and transforms resolved at compile time, and pages render typed `TemplateValue`s straight
/// into UTF-8 bytes, with swift-mustache's semantics (a differential test holds the two engines
/// to the same bytes). The library is immutable and shared by the render threads.
public struct TemplateLibrary: Sendable {
    let templates: [String: [TemplateNode]]
    /// The same templates as one flat program, which pages render.
    let program: TemplateProgram
    /// The names of the templates (their paths under the folder, without `.mustache`), sorted.
    public let names: [String]

    /// Compiles every `*.mustache` file under `directory` (by path without the extension).
    public static func load(from directory: URL) throws -> TemplateLibrary {
        let manager = FileManager.default
        // Listed where it leads: FileManager does not walk into a folder given as a symbolic link.
        guard let enumerator = manager.enumerator(atPath: directory.resolvingSymlinksInPath().path) else {
            throw Diagnostic.badData(directory.path, line: 1, "the templates folder is missing")
        }
        var paths: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".mustache") { paths.append(path) }
        var sources: [(name: String, file: String, text: String)] = []
        for path in paths.sorted() {
            let file = directory.appendingPathComponent(path).path
            guard let data = manager.contents(atPath: file) else {
                throw Diagnostic.badData(file, line: 1, "cannot read the template")
            }
            sources.append((String(path.dropLast(".mustache".count)), file, String(decoding: data, as: UTF8.self)))
        }
        return try TemplateLibrary(compiling: sources)
    }

    /// Compiles templates given as text, by name; `folder` names their files in diagnostics.
    public init(sources: [String: String], folder: String = "Templates") throws {
        try self.init(compiling: sources.keys.sorted().map { name in
            (name, folder + "/" + name + ".mustache", sources[name] ?? "")
        })
    }

    private init(compiling sources: [(name: String, file: String, text: String)]) throws {
        var templates: [String: [TemplateNode]] = [:]
        for source in sources {
            templates[source.name] = try TemplateParser.compile(source.text, file: source.file)
        }
        for source in sources {
            if let missing = Self.missingPartial(in: templates[source.name] ?? [], of: templates) {
                let line = Self.line(ofPartial: missing, in: source.text)
                throw Diagnostic.unknownPartial(source.file, line: line, missing)
            }
        }
        self.templates = templates
        program = TemplateProgram(templates)
        names = sources.map(\.name)
    }

    /// Renders `template` with `context` as UTF-8; a missing template is an error naming it.
    public func render(_ template: String, _ context: TemplateValue) throws -> [UInt8] {
        guard let body = program.templates[template] else { throw Diagnostic.noSuchTemplate(template) }
        var renderer = TemplateRenderer(program: program, context: context, capacity: 32 * 1024)
        renderer.render(body)
        return renderer.out
    }

    /// The first partial `nodes` name that the library does not have.
    private static func missingPartial(in nodes: [TemplateNode], of templates: [String: [TemplateNode]]) -> String? {
        for node in nodes {
            switch node {
            case .text, .variable:
                continue
            case .section(_, let body, _):
                if let missing = missingPartial(in: body, of: templates) { return missing }
            case .block(_, let body, _):
                if let missing = missingPartial(in: body, of: templates) { return missing }
            case .partial(let name, _, let overrides):
                if templates[name] == nil { return name }
                for body in (overrides ?? [:]).values {
                    if let missing = missingPartial(in: body, of: templates) { return missing }
                }
            }
        }
        return nil
    }

    /// The line (from 1) of the first `{{>name}}` or `{{<name}}` tag in `text`, or 1.
    private static func line(ofPartial name: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let squeezed = line.replacingOccurrences(of: " ", with: "")
            if squeezed.contains("{{>" + name + "}}") || squeezed.contains("{{<" + name + "}}") { return index + 1 }
        }
        return 1
    }
}
