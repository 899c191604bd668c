/// A column chart over time as inline SVG: one column per period, oldest on the left.
///
/// Like `BarChart`, colours come from the stylesheet and the SVG carries a text label.
public struct ColumnChart: Sendable, Hashable {
    /// One column.
    public struct Column: Sendable, Hashable {
        public var label: String
        public var value: Int

        public init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }

    public var label: String
    public var columns: [Column]

    public init(label: String, columns: [Column]) {
        self.label = label
        self.columns = columns
    }

    static let step = 72
    static let plotHeight = 140

    /// The SVG element, one element per line; empty when there is nothing to draw.
    public var svg: String {
        guard !columns.isEmpty, let maximum = columns.map(\.value).max(), maximum > 0 else { return "" }
        let width = max(320, columns.count * Self.step + 16)
        let height = Self.plotHeight + 48
        let base = Self.plotHeight + 20
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(label.htmlEscaped)\">\n"
        out += "<line class=\"chart-axis\" x1=\"8\" y1=\"\(base)\" x2=\"\(width - 8)\" y2=\"\(base)\"></line>\n"
        for (index, column) in columns.enumerated() {
            let x = 8 + index * Self.step + 12
            let length = max(2, column.value * Self.plotHeight / maximum)
            let center = x + (Self.step - 24) / 2
            out += "<rect class=\"chart-bar\" x=\"\(x)\" y=\"\(base - length)\" width=\"\(Self.step - 24)\" height=\"\(length)\" rx=\"3\"></rect>\n"
            out += "<text class=\"chart-value\" x=\"\(center)\" y=\"\(base - length - 6)\" text-anchor=\"middle\">\(column.value)</text>\n"
            out += "<text class=\"chart-label\" x=\"\(center)\" y=\"\(base + 18)\" text-anchor=\"middle\">\(column.label.htmlEscaped)</text>\n"
        }
        out += "</svg>\n"
        return out
    }
}
