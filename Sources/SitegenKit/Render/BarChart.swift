/// A horizontal bar chart as inline SVG: one labelled bar per item, its value at the end.
///
/// Colours come from the stylesheet (`.chart-bar`, `.chart-label`), so the chart follows light
/// and dark mode; the SVG carries a text label for screen readers, and the page shows the same
/// numbers as text, so nothing depends on seeing the picture.
public struct BarChart: Sendable, Hashable {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Int
        public var valueText: String

        public init(label: String, value: Int, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    public var label: String
    public var bars: [Bar]

    public init(label: String, bars: [Bar]) {
        self.label = label
        self.bars = bars
    }

    static let width = 640
    static let labelWidth = 230
    static let row = 30

    /// The SVG element, one element per line; empty when there is nothing to draw.
    public var svg: String {
        guard !bars.isEmpty, let maximum = bars.map(\.value).max(), maximum > 0 else { return "" }
        let height = bars.count * Self.row + 4
        let barSpace = Self.width - Self.labelWidth - 80
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(label.htmlEscaped)\">\n"
        for (index, bar) in bars.enumerated() {
            let y = index * Self.row + 4
            let length = max(2, bar.value * barSpace / maximum)
            out += "<text class=\"chart-label\" x=\"\(Self.labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\">\(bar.label.htmlEscaped)</text>\n"
            out += "<rect class=\"chart-bar\" x=\"\(Self.labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(Self.row - 10)\" rx=\"3\"></rect>\n"
            out += "<text class=\"chart-value\" x=\"\(Self.labelWidth + length + 6)\" y=\"\(y + 17)\">\(bar.valueText.htmlEscaped)</text>\n"
        }
        out += "</svg>\n"
        return out
    }
}
