import Foundation
@testable import SitegenKit

/// The open data as it was made before it was written as it comes (`OpenData.render`): the four
/// files built as `JSONValue` trees and printed. Kept here, in the tests, as the definition the
/// fast path is held to (`RenderStreamingTests`).
extension OpenData {
    /// The four files built as `JSONValue` trees and printed: the definition `render` is held to.
    static func renderedAsTrees(builder: PageBuilder) -> [OutputFile] {
        let plan = builder.inputs.plan
        let translator = builder.inputs.translator
        func pages(_ route: Route) -> JSONValue {
            .object(Language.allCases.map { ($0.rawValue, .string(route.path(in: $0))) })
        }
        let articles: [JSONValue] = plan.articles.map { entry in
            let record = entry.record
            let article = record.article
            let figures = KeyFigures.Kind.allCases.compactMap { kind in record.figures[kind].map { (kind.rawValue, JSONValue.int($0.value)) } }
            return .object([
                ("id", .string(article.id)),
                ("slug", .string(entry.slug)),
                ("title", .string(article.title)),
                ("date", .optional(entry.date.iso.isEmpty ? nil : entry.date.iso)),
                ("outlet", .optional(article.outlet?.name)),
                ("author", .optional(article.author)),
                ("source_file", .string(article.sourceFile.split(separator: "/").last.map(String.init) ?? article.sourceFile)),
                ("source_url", .optional(record.sourceURL)),
                ("pages", pages(.article(entry.slug))),
                ("places", .array(record.units.compactMap { plan.unit(for: $0).map { JSONValue.string($0.slug) } })),
                ("officials", .array(record.officials.map { official in
                    .object([("name", .string(official.name)), ("roles", .array(official.roles.map { .string($0.text) }))])
                })),
                ("figures", .object(figures)),
                ("themes", .array(record.themes.map(JSONValue.string))),
            ])
        }
        let units: [JSONValue] = plan.units.map { entry in
            var parent: JSONValue = .null
            switch entry.parent {
            case .unit(let slug)?: parent = .object([("slug", .string(slug))])
            case .name(let name)?: parent = .object([("name", .string(name))])
            case nil: break
            }
            return .object([
                ("slug", .string(entry.slug)),
                ("name", .string(entry.unit.name)),
                ("kind", .string(entry.unit.kind.rawValue)),
                ("label_en", .string(translator.unitLabel(name: entry.unit.name, kind: entry.unit.kind, in: .en))),
                ("parent", parent),
                ("children", .array(entry.children.map(JSONValue.string))),
                ("pages", pages(.unit(entry.slug))),
                ("articles", .array(entry.articleIDs.map(JSONValue.string))),
            ])
        }
        let officials: [JSONValue] = plan.officials.map { entry in
            .object([
                ("slug", .string(entry.slug)),
                ("name", .string(entry.official.name)),
                ("pages", pages(.official(entry.slug))),
                ("roles", .array(entry.official.roles.map { appointment in
                    .object([
                        ("role", .string(appointment.role)),
                        ("role_en", .string(translator.role(appointment.role, in: .en).text)),
                        ("article", .string(appointment.article)),
                        // The article's date read where it is (`plan.article(_:)` copies the whole entry).
                        ("date", .optional(builder.articleIndex(appointment.article).flatMap { index in
                            let iso = plan.articles[index].date.iso
                            return iso.isEmpty ? nil : iso
                        })),
                    ])
                })),
            ])
        }
        let themes: [JSONValue] = plan.themes.map { entry in
            .object([
                ("id", .string(entry.theme.id)),
                ("name_vi", .string(entry.theme.nameVi)),
                ("name_en", .string(entry.theme.nameEn)),
                ("pages", pages(.theme(entry.theme.id))),
                ("articles", .array(entry.articleIDs.map(JSONValue.string))),
            ])
        }
        return [("articles", articles), ("units", units), ("officials", officials), ("themes", themes)].map { name, values in
            OutputFile(path: "data/\(name).json", bytes: JSONValue.array(values).renderedBytes() + [UInt8(ascii: "\n")])
        }
    }
}
