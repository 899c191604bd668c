extension Diagnostic {
    /// `--output` names the input folder.
    public static func outputIsInput(_ output: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: output, line: 1),
                   "the output folder is the input folder; the build would overwrite the seeds; choose another --output")
    }

    /// `--output` names a folder that holds the input folder.
    public static func outputContainsInput(_ output: String, input: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: output, line: 1),
                   "the output folder contains the input folder (\(input)); a build replaces the whole output folder; choose another --output")
    }

    /// `--output` names the file system root.
    public static func outputIsFileSystemRoot(_ output: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: output, line: 1), "the output folder cannot be the file system root; choose another --output")
    }

    /// `--output` names a repository or package root (it holds `.git` or `Package.swift`).
    public static func outputIsRepositoryRoot(_ output: String, marker: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: output, line: 1),
                   "the output folder is a repository root (it holds \(marker)); a build replaces the whole output folder; choose another --output such as public")
    }

    /// `--output` names something that is not a folder.
    public static func outputIsNotAFolder(_ output: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: output, line: 1), "the output path exists and is not a folder; choose another --output")
    }

    /// The output folder holds files that sitegen's manifest does not list.
    public static func outputHoldsForeignFiles(_ output: String, paths: [String]) -> Diagnostic {
        let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? ", … (\(paths.count) in all)" : "")
        return Diagnostic(.error, SourceLocation(file: output, line: 1),
                          "the output folder holds files sitegen did not write (not in its manifest \(Manifest.fileName)): \(shown); "
                              + "move them away, choose another --output, or pass --force to build around them (they are kept, never overwritten)")
    }

    /// A staging folder next to the output could not be made or filled.
    public static func stagingFailed(_ staging: String, reason: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: staging, line: 1),
                   "cannot prepare the new site next to the output folder: \(reason); the output folder is left as it was")
    }

    /// The finished staging folder could not be swapped in.
    public static func swapFailed(_ output: String, reason: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: output, line: 1),
                   "cannot swap the new site into place: \(reason); the output folder is left as it was")
    }
}
