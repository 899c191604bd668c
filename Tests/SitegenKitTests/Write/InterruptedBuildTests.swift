import Foundation
import Testing
@testable import SitegenKit
#if canImport(Glibc)
import Glibc
#endif

/// The `sitegen` binary killed with SIGKILL while it writes: the previous output must be exactly
/// as it was, and the next build must finish cleanly.
@Suite("A build killed mid-way leaves the previous output intact", .serialized)
struct InterruptedBuildTests {
    let manager = FileManager.default

    /// A corpus of `count` short articles, each with its own ward, official and figures; `edition`
    /// changes every article's figures, so every article page differs between two editions.
    static func writeCorpus(into seeds: URL, count: Int, edition: Int) throws {
        let wards = ["Tân An", "Hòa Phú", "Bình Minh", "An Khánh", "Phú Lợi", "Thanh Xuân", "Long Biên", "Tây Hồ",
                     "Hải Châu", "Sơn Trà", "Liên Chiểu", "Phước Mỹ", "Mỹ An", "Thạch Thang", "Hòa Cường", "Khuê Trung"]
        let surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
        let middles = ["Văn", "Thị", "Đức", "Minh", "Thanh"]
        let givens = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm"]
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        for index in 0..<count {
            let ward = wards[index % wards.count]
            let name = "\(surnames[index % surnames.count]) \(middles[index / 8 % middles.count]) \(givens[(index / 40 + index) % givens.count])"
            let text = """
                Phường \(ward) bàn giải pháp phát triển kinh tế số, bản tin số \(index + 1)

                Ngày \(index % 28 + 1)/8/2025, Đảng bộ phường \(ward) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Bí thư Đảng ủy phường \(ward) \(name) phát biểu khai mạc Đại hội.

                Đại hội có \(100 + index + edition) đại biểu, đại diện cho \(2000 + index * 7 + edition) đảng viên của Đảng bộ phường tham dự.

                Thu Trang

                """
            try Data(text.utf8).write(to: seeds.appendingPathComponent(String(format: "gen_%04d.txt", index)))
        }
    }

    func arguments(_ workspace: URL) -> [String] {
        ["build", "--input", workspace.appendingPathComponent("seeds").path, "--output", workspace.appendingPathComponent("public").path,
         "--data", workspace.appendingPathComponent("data").path, "--templates", SiteFixture.templates.path,
         "--config", SiteFixture.config.path, "--jobs", "2", "--quiet"]
    }

    func run(_ binary: URL, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func aBuildKilledWhileWritingLeavesThePreviousOutputAndTheNextBuildIsClean() throws {
        let binary = try #require(DeterminismTests.binary, "build the sitegen binary first (swift build)")
        let workspace = try SiteFixture.temporaryDirectory("sitegen-kill")
        defer { try? manager.removeItem(at: workspace) }
        // The lock file is written into --data, so the test gets its own copy.
        try manager.copyItem(at: TestSupport.dataDirectory, to: workspace.appendingPathComponent("data"))
        let seeds = workspace.appendingPathComponent("seeds")
        let output = workspace.appendingPathComponent("public")
        try Self.writeCorpus(into: seeds, count: 160, edition: 0)
        #expect(try run(binary, arguments(workspace)) == 0)
        let previous = try AtomicOutputTests.Snapshot(output)
        #expect(previous.files.count > 500)

        // A new edition changes every article; the build is killed once it is writing.
        try Self.writeCorpus(into: seeds, count: 160, edition: 1)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments(workspace)
        process.standardError = FileHandle.nullDevice
        try process.run()
        var killedWhileWriting = false
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning, Date() < deadline {
            let staging = try manager.contentsOfDirectory(atPath: workspace.path).filter { $0.contains(StagingDirectory.marker) }
            if let folder = staging.first,
               let entries = try? manager.subpathsOfDirectory(atPath: workspace.appendingPathComponent(folder).path), entries.count > 20 {
                kill(process.processIdentifier, SIGKILL)
                killedWhileWriting = true
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        try #require(killedWhileWriting, "the build finished before it could be killed; make the corpus larger")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)

        // The previous output, byte for byte, time for time, inode for inode.
        let afterKill = try AtomicOutputTests.Snapshot(output)
        #expect(afterKill.files.count == previous.files.count)
        #expect(afterKill == previous)
        let leftBehind = try manager.contentsOfDirectory(atPath: workspace.path).filter { $0.contains(StagingDirectory.marker) }
        #expect(leftBehind.count == 1, "the killed build's staging folder is left for the next build to remove")

        // The next build removes the staging folder and leaves the new edition, complete.
        #expect(try run(binary, arguments(workspace)) == 0)
        #expect(try manager.contentsOfDirectory(atPath: workspace.path).filter { $0.contains(StagingDirectory.marker) }.isEmpty)
        #expect(try run(binary, arguments(workspace) + ["--check"]) == 0)
        let page = try String(contentsOf: output.appendingPathComponent(Manifest.fileName), encoding: .utf8)
        #expect(page.contains("vi/index.html"))
        #expect(try AtomicOutputTests.Snapshot(output) != previous)
    }
}
