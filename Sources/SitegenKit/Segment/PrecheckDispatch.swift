/// Which of a list of pattern pre-checks (`PatternPrecheck`, at most 64) may let a line through,
/// told from the line's first scalar alone, so that a line is put to the few pre-checks whose
/// opening strings it can start, not to every one of them.
///
/// A pre-check with opening strings (`prefixes`) turns away a line whose first scalar is simple
/// (`PrecheckFold`) and, folded under `(?i)` or as it is otherwise, is none of their first
/// scalars (`LineProbe.mayOpen`). So a line's candidates are the pre-checks without opening
/// strings and those with one of them starting with that scalar; a line whose first scalar is not
/// simple (or an empty line) is put to all. `PatternPrecheckTests` holds it to asking every one.
struct PrecheckDispatch: Sendable {
    /// The pre-checks every line is put to, one bit each (bit `i`: the `i`th pre-check).
    private let always: UInt64
    /// By the value of a line's first scalar, as it is: the case-sensitive pre-checks it can open.
    private let byScalar: [UInt64]
    /// By the fold of a line's first scalar: the case-insensitive pre-checks it can open.
    private let byFold: [UInt64]
    /// Every pre-check.
    let all: UInt64

    /// The dispatch of `prechecks`; nil when there are more than 64.
    init?(_ prechecks: [PatternPrecheck]) {
        guard prechecks.count <= 64 else { return nil }
        let size = PrecheckFold.table.count
        var always: UInt64 = 0
        var byScalar = [UInt64](repeating: 0, count: size)
        var byFold = [UInt64](repeating: 0, count: size)
        for (index, precheck) in prechecks.enumerated() {
            let bit: UInt64 = 1 << UInt64(index)
            guard precheck.prefixes != nil else {
                always |= bit
                continue
            }
            for initial in precheck.prefixInitials {
                guard initial < UInt32(size) else {
                    always |= bit
                    continue
                }
                if precheck.caseInsensitive {
                    byFold[Int(initial)] |= bit
                } else {
                    byScalar[Int(initial)] |= bit
                }
            }
        }
        self.always = always
        self.byScalar = byScalar
        self.byFold = byFold
        all = prechecks.count == 64 ? .max : (1 << UInt64(prechecks.count)) - 1
    }

    /// The pre-checks that may let the line (its UTF-8) through: at least every one that does.
    func candidates(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard !bytes.isEmpty, let (value, _) = PatternPrecheck.LineProbe.decode(bytes, at: 0),
              let folded = PrecheckFold.fold(value), Int(folded) < byFold.count else { return all }
        // A simple scalar is below the fold table's size.
        return always | byScalar[Int(value)] | byFold[Int(folded)]
    }

    /// Whether one of `prechecks` (those this dispatch was made of) may let the line `probe` looks
    /// at through: asks only the candidates, in order.
    func mayMatch(_ prechecks: [PatternPrecheck], _ probe: inout PatternPrecheck.LineProbe) -> Bool {
        var remaining = candidates(probe.bytes)
        while remaining != 0 {
            let index = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            if prechecks[index].mayMatch(&probe) { return true }
        }
        return false
    }
}
