import Foundation
import SitegenKit

/// The fuzz harness: arbitrary bytes through Read → Segment → Parse → Extract → Resolve, exactly
/// as `sitegen build` sends a seed file through them.
///
/// Built with `-sanitize=fuzzer` and `-D FUZZING` (see `scripts/fuzz`), libFuzzer supplies `main`
/// and calls `LLVMFuzzerTestOneInput`; built normally (`swift build`), `sitegen-fuzz FILE…` runs
/// the same harness once over each file, which is how a crash file is replayed without sanitizers.
enum FuzzHarness {
    /// The pipeline, built once from the project's `data/` (or `$SITEGEN_DATA`).
    static let pipeline: ExtractionPipeline = {
        let data = dataDirectory()
        do {
            return try ExtractionPipeline(lexicon: Lexicon.load(from: data), jobs: 1)
        } catch {
            FileHandle.standardError.write(Data("sitegen-fuzz: cannot load the word lists from \(data.path): \(error)\n".utf8))
            exit(2)
        }
    }()

    /// `$SITEGEN_DATA`, else `data/` in the working folder, else `data/` above the executable.
    static func dataDirectory() -> URL {
        if let path = ProcessInfo.processInfo.environment["SITEGEN_DATA"] { return URL(fileURLWithPath: path) }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("data")
        if FileManager.default.fileExists(atPath: here.appendingPathComponent("roles.yml").path) { return here }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("data")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("roles.yml").path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return here
    }

    /// One input: decoded as a seed file, and when it decodes, segmented, parsed, extracted and
    /// resolved. Every diagnostic must carry a line inside the input.
    static func run(_ bytes: [UInt8]) {
        let pipeline = Self.pipeline
        switch pipeline.reader.decode(file: "fuzz.txt", bytes: bytes) {
        case .failure(let diagnostic):
            precondition(diagnostic.location.line >= 1, "a diagnostic without a line: \(diagnostic)")
        case .success(let document):
            let extracted = pipeline.records(for: document)
            let lines = document.lines.count
            for diagnostic in extracted.diagnostics {
                precondition((1...max(1, lines)).contains(diagnostic.location.line), "a diagnostic outside the input: \(diagnostic)")
            }
            _ = EntityResolver().resolve(extracted.records)
        }
    }
}

#if FUZZING
/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer's driver (compiler-rt's `FuzzerDriver.cpp`), declared here because no header is
/// imported for it.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The program's entry point. SwiftPM links an executable target on Linux with
/// `--defsym main=<module>_main` (so tests can link it), a symbol `-parse-as-library` never emits;
/// this defines it and hands over to libFuzzer's driver, as libFuzzer's own `main` would.
@_cdecl("sitegen_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Load the word lists before libFuzzer starts counting allocations per input, so that the
    // one-time set-up is not taken for a leak of the first input.
    _ = FuzzHarness.pipeline
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Without libFuzzer: replays each file named on the command line through the harness.
@main
struct FuzzReplay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: sitegen-fuzz FILE… (built with scripts/fuzz, it fuzzes instead)\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("sitegen-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            FuzzHarness.run([UInt8](data))
            print("ok: \(path)")
        }
    }
}
#endif
