import Foundation

/// A minimal SVG writer: elements appended in order, text escaped, numbers printed with fixed precision.
///
/// Fixed two-decimal coordinates keep the files byte-for-byte reproducible across runs and platforms.
public struct SVGDocument: Sendable {
    /// Width in pixels.
    public let width: Double
    /// Height in pixels.
    public let height: Double
    private var elements: [String] = []

    /// An empty drawing of the given size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A coordinate or length as text.
    static func number(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 2) }

    /// Escapes text for XML content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#333",
                              width strokeWidth: Double = 1, dashed: Bool = false) {
        let dash = dashed ? " stroke-dasharray=\"4 3\"" : ""
        elements.append("<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" "
            + "y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(strokeWidth))\"\(dash)/>")
    }

    /// A filled circle, with an optional tooltip.
    public mutating func circle(cx: Double, cy: Double, radius: Double, fill: String = "#1f77b4", title: String? = nil) {
        let open = "<circle cx=\"\(Self.number(cx))\" cy=\"\(Self.number(cy))\" r=\"\(Self.number(radius))\" "
            + "fill=\"\(fill)\" fill-opacity=\"0.8\""
        if let title {
            elements.append(open + "><title>\(Self.escape(title))</title></circle>")
        } else {
            elements.append(open + "/>")
        }
    }

    /// A closed polygon through `points`, filled and optionally outlined.
    public mutating func polygon(_ points: [(x: Double, y: Double)], fill: String, stroke: String? = nil,
                                 strokeWidth: Double = 1) {
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        let strokeText = stroke.map { " stroke=\"\($0)\" stroke-width=\"\(Self.number(strokeWidth))\"" } ?? ""
        elements.append("<polygon points=\"\(list)\" fill=\"\(fill)\"\(strokeText)/>")
    }

    /// A circle filled with `fill` and outlined with `stroke` (no transparency: markers of a sociogram).
    public mutating func ring(cx: Double, cy: Double, radius: Double, fill: String, stroke: String,
                              strokeWidth: Double = 1.5) {
        elements.append("<circle cx=\"\(Self.number(cx))\" cy=\"\(Self.number(cy))\" r=\"\(Self.number(radius))\" "
            + "fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(strokeWidth))\"/>")
    }

    /// A rectangle.
    public mutating func rectangle(x: Double, y: Double, width w: Double, height h: Double, fill: String = "none",
                                   stroke: String? = nil) {
        let strokeText = stroke.map { " stroke=\"\($0)\"" } ?? ""
        elements.append("<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(w))\" "
            + "height=\"\(Self.number(h))\" fill=\"\(fill)\"\(strokeText)/>")
    }

    /// Text; `anchor` is start, middle or end; `rotate` turns it about its anchor point (degrees).
    public mutating func text(_ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
                              rotate: Double? = nil, weight: String? = nil, fill: String = "#222") {
        let rotation = rotate.map { " transform=\"rotate(\(Self.number($0)) \(Self.number(x)) \(Self.number(y)))\"" } ?? ""
        let bold = weight.map { " font-weight=\"\($0)\"" } ?? ""
        elements.append("<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\" "
            + "text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(bold)\(rotation)>\(Self.escape(content))</text>")
    }

    /// The finished SVG file.
    public func rendered(title: String, description: String) -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
        out += "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" font-family=\"Helvetica, Arial, sans-serif\" "
        out += "role=\"img\" aria-labelledby=\"title desc\">\n"
        out += "<title id=\"title\">\(Self.escape(title))</title>\n<desc id=\"desc\">\(Self.escape(description))</desc>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += elements.joined(separator: "\n")
        out += "\n</svg>\n"
        return out
    }
}
