import Foundation
import Testing
@testable import SitegenKit

/// `sitegen build --timings`: every step of a real build is timed, in the order it ran.
@Suite struct StageTimingsTests {
    @Test func aCheckBuildOfTheSeedsTimesEachStep() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let outcome = try SiteBuild.run(SiteFixture.options(workspace: workspace, check: true))
        #expect(outcome.timings.stages.map(\.name) == ["load", "extract", "plan", "render", "compare", "report"])
    }

    @Test func theTextHasOneAlignedLinePerStepAndTheTotal() {
        var timings = StageTimings()
        timings.end("load")
        timings.end("extract")
        let lines = timings.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("  load     "))
        #expect(lines[1].hasPrefix("  extract  "))
        #expect(lines[2].hasPrefix("  total    "))
        for line in lines.prefix(2) {
            #expect(line.hasSuffix(" %"))
            #expect(line.contains(" s "))
        }
        #expect(Set(lines.map { $0.firstRange(of: " s")?.lowerBound.utf16Offset(in: $0) ?? -1 }).count == 1)
    }
}
