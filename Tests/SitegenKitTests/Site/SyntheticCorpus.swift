import Foundation
@testable import SitegenKit

/// A corpus of many small seed texts written into a temporary folder: one busy ward (more
/// articles than `SitePlan.yearSplitThreshold`, over two years and some undated) and one quiet
/// ward, so that tests see how long lists are split without touching the repository's seeds.
struct SyntheticCorpus {
    /// Articles about phường Tân An dated in 2025, 2024, and with no date at all.
    var in2025 = 20
    var in2024 = 12
    var undated = 2
    /// Articles about phường Hòa Bình, all in 2025: too few to split.
    var quiet = 3

    var busyCount: Int { in2025 + in2024 + undated }

    /// The seed texts by file name.
    var seeds: [String: String] {
        var seeds: [String: String] = [:]
        for index in 0..<in2025 {
            seeds[String(format: "a%03d.txt", index)] = Self.article(number: index, place: "Tân An", person: "Lê Văn Bình",
                                                                      date: "Ngày \(index % 28 + 1)/\(index % 10 + 1)/2025, ")
        }
        for index in 0..<in2024 {
            let number = in2025 + index
            seeds[String(format: "a%03d.txt", number)] = Self.article(number: number, place: "Tân An", person: "Lê Văn Bình",
                                                                       date: "Ngày \(index % 28 + 1)/\(index % 12 + 1)/2024, ")
        }
        for index in 0..<undated {
            // Numbered apart from the dated ones, so adding a dated article leaves these unchanged.
            let number = 200 + index
            seeds[String(format: "c%03d.txt", index)] = Self.article(number: number, place: "Tân An", person: "Lê Văn Bình", date: "Mới đây, ")
        }
        for index in 0..<quiet {
            seeds[String(format: "b%03d.txt", index)] = Self.article(number: 100 + index, place: "Hòa Bình", person: "Phạm Thị Thu",
                                                                      date: "Ngày \(index + 1)/6/2025, ")
        }
        return seeds
    }

    /// A short article: a title, a dated lede, a sentence naming the ward's chair.
    static func article(number: Int, place: String, person: String, date: String) -> String {
        """
        Phường \(place) đẩy mạnh chuyển đổi số, bài số \(number)

        \(date)UBND phường \(place) tổ chức hội nghị về chuyển đổi số và cải cách hành chính, với sự tham dự của nhiều cán bộ.

        Phát biểu tại hội nghị, Chủ tịch UBND phường \(place) \(person) nhấn mạnh chuyển đổi số là nhiệm vụ trọng tâm của phường \(place).

        """
    }

    /// Writes the seeds into `workspace/seeds` and returns that folder.
    func write(into workspace: URL) throws -> URL {
        let folder = workspace.appendingPathComponent("seeds", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in seeds {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// The site built from the corpus, in memory, with a fresh slug lock.
    func build(workspace: URL) throws -> BuildOutcome {
        let input = try write(into: workspace)
        return try SiteBuild.run(SiteFixture.options(workspace: workspace, input: input, check: true, copyLock: false))
    }
}
