/// How long each step of one build took, in the order they ran: what `sitegen build --timings`
/// prints and what the benchmark reads to say where a build's time goes.
///
/// A value the build fills in as it goes; it never changes what the build writes.
public struct StageTimings: Sendable {
    /// One step and its wall time.
    public struct Stage: Sendable {
        public var name: String
        public var duration: Duration
    }

    public private(set) var stages: [Stage] = []
    private let clock = ContinuousClock()
    private var started: ContinuousClock.Instant

    /// Starts timing the first step now.
    public init() {
        started = clock.now
    }

    /// Ends the step that was running as `name`, and starts the next one.
    public mutating func end(_ name: String) {
        let now = clock.now
        stages.append(Stage(name: name, duration: now - started))
        started = now
    }

    /// The total of all steps.
    public var total: Duration { stages.reduce(.zero) { $0 + $1.duration } }

    /// One line per step, "  extract    41.20 s  62.1 %", then the total.
    public var text: String {
        let total = self.total.seconds
        let width = stages.map(\.name.count).max() ?? 0
        var lines = stages.map { stage in
            let seconds = stage.duration.seconds
            let share = total > 0 ? seconds / total * 100 : 0
            return "  " + stage.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + Self.format(seconds, decimals: 3) + " s  " + Self.format(share, decimals: 1, width: 5) + " %"
        }
        lines.append("  " + "total".padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Self.format(total, decimals: 3) + " s")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` with `decimals` digits after the point, right-aligned in `width` columns.
    private static func format(_ value: Double, decimals: Int, width: Int = 8) -> String {
        let scale = (0..<decimals).reduce(1.0) { value, _ in value * 10 }
        let rounded = Int((value * scale).rounded())
        let whole = rounded / Int(scale)
        let fraction = String(rounded % Int(scale))
        let text = "\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
