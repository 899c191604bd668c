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
        // Extracting the five seeds takes processor time; no step takes a negative amount.
        #expect(outcome.timings.stages.allSatisfy { $0.processorTime >= .zero })
        #expect(outcome.timings.stages[1].processorTime > .zero)
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
            #expect(line.contains(" s "))
            #expect(line.contains(" % "))
        }
        for line in lines {
            #expect(line.hasSuffix(" cores"))
        }
        // The wall time, the share and the processor time stand in the same columns on every line.
        #expect(Set(lines.map { $0.firstRange(of: " s ")?.lowerBound.utf16Offset(in: $0) ?? -1 }).count == 1)
        #expect(Set(lines.map { $0.firstRange(of: " s cpu")?.lowerBound.utf16Offset(in: $0) ?? -1 }).count == 1)
    }
}
