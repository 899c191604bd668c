/// A theme of the digest's taxonomy (spec/THEMES.md), as listed in `data/themes.yml`.
public struct Theme: Sendable, Hashable, Codable {
    /// The stable id used in URLs and JSON: "digital-transformation".
    public var id: String
    public var nameVi: String
    public var nameEn: String

    public init(id: String, nameVi: String, nameEn: String) {
        self.id = id
        self.nameVi = nameVi
        self.nameEn = nameEn
    }
}
