import Foundation

/// `sitegen-bench corpus`: writes a deterministic corpus of raw Vietnamese news pages (and,
/// with `--hugo`, the same articles as a Hugo site) for the benchmark in `scripts/bench`.
///
///     sitegen-bench corpus --count N --out DIR [--seed S] [--from I] [--variant V] [--hugo DIR]
///
/// Article `i` depends only on the seed and `i` (and `--variant`, which rewrites it as an
/// editor's correction would): a corpus of 1,000 is the first 1,000 of a corpus of 10,000, and
/// `--from 1000 --count 1001` adds one article to it.
struct Options {
    var count = 1000
    var from = 0
    var seed: UInt64 = 2025
    var variant = 0
    var out: String?
    var hugo: String?

    init(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        func value(_ name: String) throws -> String {
            guard let value = iterator.next() else { throw UsageError("\(name) needs a value") }
            return value
        }
        while let argument = iterator.next() {
            switch argument {
            case "--count": count = try Int(value(argument)).orThrow("--count needs a number")
            case "--from": from = try Int(value(argument)).orThrow("--from needs a number")
            case "--seed": seed = try UInt64(value(argument)).orThrow("--seed needs a number")
            case "--variant": variant = try Int(value(argument)).orThrow("--variant needs a number")
            case "--out": out = try value(argument)
            case "--hugo": hugo = try value(argument)
            default: throw UsageError("unknown argument \(argument)")
            }
        }
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Optional {
    func orThrow(_ message: String) throws -> Wrapped {
        guard let value = self else { throw UsageError(message) }
        return value
    }
}

let englishThemes = ["Chuyển đổi số": "Digital transformation", "Chính quyền địa phương 2 cấp": "Two-tier local government",
                     "Cải cách hành chính": "Administrative reform", "Xây dựng Đảng": "Party building",
                     "Phát triển đô thị": "Urban development", "Môi trường": "Environment",
                     "An ninh trật tự": "Security and public order", "Văn hóa": "Culture"]

func run(_ arguments: [String]) throws {
    guard arguments.first == "corpus" else {
        throw UsageError("usage: sitegen-bench corpus --count N --out DIR [--seed S] [--from I] [--variant V] [--hugo DIR]")
    }
    let options = try Options(Array(arguments.dropFirst()))
    let world = World(seed: options.seed)
    let writer = ArticleWriter(world: world, seed: options.seed)
    let manager = FileManager.default
    let out = options.out.map { URL(fileURLWithPath: $0) }
    let hugo = options.hugo.map { URL(fileURLWithPath: $0) }
    if let out { try manager.createDirectory(at: out, withIntermediateDirectories: true) }
    if let hugo { try HugoSite.writeSkeleton(to: hugo) }
    var bytes = 0
    for index in options.from..<max(options.from, options.count) {
        let article = writer.article(index, variant: options.variant)
        if let out {
            let data = Data(article.raw.utf8)
            bytes += data.count
            try data.write(to: out.appendingPathComponent(article.fileName))
        }
        if let hugo { try HugoSite.writeContent(article, englishThemes: englishThemes, to: hugo) }
    }
    let written = max(0, options.count - options.from)
    FileHandle.standardError.write(Data("sitegen-bench: \(written) articles (\(bytes / 1024) KiB), \(world.places.count) places, \(world.officialCount) officials, seed \(options.seed)\n".utf8))
}

do {
    try run(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("sitegen-bench: \(error)\n".utf8))
    exit(2)
}
