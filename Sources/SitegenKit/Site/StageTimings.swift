#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How long each step of one build took, in the order they ran: what `sitegen build --timings`
/// prints and what the benchmark reads to say where a build's time goes.
///
/// Each step has its wall time and the processor time the whole process spent in it (all
/// threads, user and system): their ratio says how many cores the step kept busy, so a step that
/// runs on one core while the others wait shows up at once.
///
/// A value the build fills in as it goes; it never changes what the build writes.
public struct StageTimings: Sendable {
    /// One step, its wall time and the process's processor time.
    public struct Stage: Sendable {
        public var name: String
        public var duration: Duration
        public var processorTime: Duration

        /// How many cores the step kept busy on average (processor time / wall time).
        public var cores: Double {
            duration.seconds > 0 ? processorTime.seconds / duration.seconds : 0
        }
    }

    public private(set) var stages: [Stage] = []
    private let clock = ContinuousClock()
    private var started: ContinuousClock.Instant
    private var startedProcessor: Duration

    /// Starts timing the first step now.
    public init() {
        started = clock.now
        startedProcessor = Self.processorTime()
    }

    /// Ends the step that was running as `name`, and starts the next one.
    public mutating func end(_ name: String) {
        let now = clock.now
        let processor = Self.processorTime()
        stages.append(Stage(name: name, duration: now - started, processorTime: processor - startedProcessor))
        started = now
        startedProcessor = processor
    }

    /// The processor time of the whole process so far (`CLOCK_PROCESS_CPUTIME_ID`: every thread,
    /// user and system).
    static func processorTime() -> Duration {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return .zero }
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// The total of all steps.
    public var total: Duration { stages.reduce(.zero) { $0 + $1.duration } }

    /// The processor time of all steps.
    public var totalProcessorTime: Duration { stages.reduce(.zero) { $0 + $1.processorTime } }

    /// One line per step, "  extract    6.960 s   53.3 %   13.510 s cpu  1.94 cores", then the
    /// total.
    public var text: String {
        let total = self.total.seconds
        let width = max(stages.map(\.name.count).max() ?? 0, "total".count)
        func line(_ name: String, _ wall: Double, share: String, _ processor: Duration, cores: Double) -> String {
            "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Self.format(wall, decimals: 3) + " s  "
                + share + "  " + Self.format(processor.seconds, decimals: 3) + " s cpu  " + Self.format(cores, decimals: 2, width: 4) + " cores"
        }
        var lines = stages.map { stage in
            let share = total > 0 ? stage.duration.seconds / total * 100 : 0
            return line(stage.name, stage.duration.seconds, share: Self.format(share, decimals: 1, width: 5) + " %", stage.processorTime, cores: stage.cores)
        }
        let processor = totalProcessorTime
        lines.append(line("total", total, share: "       ", processor, cores: total > 0 ? processor.seconds / total : 0))
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
