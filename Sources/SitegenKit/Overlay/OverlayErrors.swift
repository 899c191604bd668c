/// The errors of one overlay file, in line order.
public struct OverlayErrors: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]

    /// Errors found in one overlay file.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
