/// The records of some of the plan's articles, read where they are: what the overviews of an
/// entity's page read, without copying each record into an array of its own (a theme page named
/// thousands).
struct PlanRecords: RandomAccessCollection {
    let articles: [ArticleEntry]
    /// Positions in `articles`.
    let indexes: [Int]

    var startIndex: Int { 0 }
    var endIndex: Int { indexes.count }

    subscript(position: Int) -> ArticleRecord {
        _read { yield articles[indexes[position]].record }
    }
}
