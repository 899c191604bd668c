/// The open data under `data/`: articles, places (units), officials and themes as JSON, for
/// researchers. Paths in it are relative to the site root; keys and order never vary.
enum OpenData {
    /// The four files, written straight into bytes (`JSONWriter`), as `renderedAsTrees` prints them.
    static func render(builder: PageBuilder) -> [OutputFile] {
        let plan = builder.inputs.plan
        let translator = builder.inputs.translator
        func pages(_ route: Route, _ json: inout JSONWriter) {
            json.key("pages")
            json.beginObject()
            for language in Language.allCases { json.member(language.rawValue, route.path(in: language)) }
            json.end()
        }
        func file(_ name: String, _ write: (inout JSONWriter) -> Void) -> OutputFile {
            var json = JSONWriter(capacity: 1 << 16)
            json.beginArray()
            write(&json)
            json.end()
            return OutputFile(path: "data/\(name).json", bytes: json.out + [UInt8(ascii: "\n")])
        }
        let articles = file("articles") { json in
            for entry in plan.articles {
                let record = entry.record
                let article = record.article
                json.beginObject()
                json.member("id", article.id)
                json.member("slug", entry.slug)
                json.member("title", article.title)
                json.member("date", entry.date.iso.isEmpty ? nil : entry.date.iso)
                json.member("outlet", article.outlet?.name)
                json.member("author", article.author)
                json.member("source_file", article.sourceFile.lastPathPart)
                json.member("source_url", record.sourceURL)
                pages(.article(entry.slug), &json)
                json.key("places")
                json.beginArray()
                for unit in record.units { if let place = plan.unit(for: unit) { json.string(place.slug) } }
                json.end()
                json.key("officials")
                json.beginArray()
                for official in record.officials {
                    json.beginObject()
                    json.member("name", official.name)
                    json.key("roles")
                    json.beginArray()
                    for role in official.roles { json.string(role.text) }
                    json.end()
                    json.end()
                }
                json.end()
                json.key("figures")
                json.beginObject()
                for kind in KeyFigures.Kind.allCases {
                    guard let figure = record.figures[kind] else { continue }
                    json.key(kind.rawValue)
                    json.int(figure.value)
                }
                json.end()
                json.key("themes")
                json.strings(record.themes)
                json.end()
            }
        }
        let units = file("units") { json in
            for entry in plan.units {
                json.beginObject()
                json.member("slug", entry.slug)
                json.member("name", entry.unit.name)
                json.member("kind", entry.unit.kind.rawValue)
                json.member("label_en", translator.unitLabel(name: entry.unit.name, kind: entry.unit.kind, in: .en))
                json.key("parent")
                switch entry.parent {
                case .unit(let slug)?:
                    json.beginObject()
                    json.member("slug", slug)
                    json.end()
                case .name(let name)?:
                    json.beginObject()
                    json.member("name", name)
                    json.end()
                case nil:
                    json.null()
                }
                json.key("children")
                json.strings(entry.children)
                pages(.unit(entry.slug), &json)
                json.key("articles")
                json.strings(entry.articleIDs)
                json.end()
            }
        }
        let officials = file("officials") { json in
            for entry in plan.officials {
                json.beginObject()
                json.member("slug", entry.slug)
                json.member("name", entry.official.name)
                pages(.official(entry.slug), &json)
                json.key("roles")
                json.beginArray()
                for appointment in entry.official.roles {
                    json.beginObject()
                    json.member("role", appointment.role)
                    json.member("role_en", translator.role(appointment.role, in: .en).text)
                    json.member("article", appointment.article)
                    // The article's date read where it is (`plan.article(_:)` copies the whole entry).
                    json.member("date", builder.articleIndex(appointment.article).flatMap { index in
                        let iso = plan.articles[index].date.iso
                        return iso.isEmpty ? nil : iso
                    })
                    json.end()
                }
                json.end()
                json.end()
            }
        }
        let themes = file("themes") { json in
            for entry in plan.themes {
                json.beginObject()
                json.member("id", entry.theme.id)
                json.member("name_vi", entry.theme.nameVi)
                json.member("name_en", entry.theme.nameEn)
                pages(.theme(entry.theme.id), &json)
                json.key("articles")
                json.strings(entry.articleIDs)
                json.end()
            }
        }
        return [articles, units, officials, themes]
    }
}
