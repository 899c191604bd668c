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

    static let width = 320
    static let row = 42

    /// The SVG element, one element per line; empty when there is nothing to draw. Each label
    /// stands above its bar, so the chart stays legible in a narrow column.
    public var svg: String {
        guard !bars.isEmpty, let maximum = bars.map(\.value).max(), maximum > 0 else { return "" }
        let height = bars.count * Self.row + 4
        let barSpace = Self.width - 64
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(label.htmlEscaped)\">\n"
        for (index, bar) in bars.enumerated() {
            let y = index * Self.row
            let length = max(2, bar.value * barSpace / maximum)
            out += "<text class=\"chart-label\" x=\"0\" y=\"\(y + 16)\">\(bar.label.htmlEscaped)</text>\n"
            out += "<rect class=\"chart-bar\" x=\"0\" y=\"\(y + 22)\" width=\"\(length)\" height=\"14\" rx=\"3\"></rect>\n"
            out += "<text class=\"chart-value\" x=\"\(length + 6)\" y=\"\(y + 34)\">\(bar.valueText.htmlEscaped)</text>\n"
        }
        out += "</svg>\n"
        return out
    }
}
