import DataTable
import Education
import Networks

/// One school's collaboration network drawn as an SVG sociogram: people placed by `ForceLayout`, shown only by
/// role (colour and shape, with a legend), never by id or name; people who did not answer the network questions
/// are drawn hollow, because their own ties are unknown.
///
/// Arrowheads show who named whom in a directed network; a pair that named each other gets one line with a head
/// at each end.
public struct Sociogram: Sendable {
    /// The chart title.
    public var title: String
    /// The network (its people's roles and answered flags are what is shown).
    public var network: Network
    /// The layout's seed.
    public var seed: UInt64
    /// Canvas size in pixels (square drawing area plus the legend below).
    public var size: Double = 520

    /// A sociogram of `network` laid out from `seed`, refused when fewer people answered the network questions than
    /// `suppression` allows (small schools are never drawn).
    ///
    /// - Throws: `PartnershipError` (`.usage`) naming the school and its respondent count.
    public init(title: String, network: Network, seed: UInt64, suppression: SuppressionRule) throws {
        let respondents = network.people.filter(\.answered).count
        guard suppression.allows(respondents) else {
            let place = network.school.isEmpty ? "the network" : "school \(network.school)"
            let count = "\(respondents) respondent" + (respondents == 1 ? "" : "s")
            throw PartnershipError("\(place) has \(count) to the network questions, fewer than the "
                                   + "suppression threshold \(suppression.threshold); its sociogram is not drawn",
                                   kind: .usage)
        }
        self.title = title
        self.network = network
        self.seed = seed
    }

    /// Colour (Okabe-Ito, readable with colour blindness) and shape of each role.
    static func style(_ role: NetworkRole?) -> (colour: String, shape: Shape) {
        switch role {
        case .teacher: return ("#0072B2", .circle)
        case .administrator: return ("#D55E00", .square)
        case .unionRepresentative: return ("#009E73", .triangle)
        case .other, nil: return ("#7F7F7F", .diamond)
        }
    }

    /// Marker shapes.
    enum Shape { case circle, square, triangle, diamond }

    /// The SVG file; `description` is its accessible description.
    public func svg(description: String) -> String {
        let margin = 30.0, area = size - 2 * margin
        let legendHeight = 74.0
        var doc = SVGDocument(width: size, height: size + legendHeight)
        doc.text(title, x: size / 2, y: 20, size: 14, anchor: "middle", weight: "bold")
        let points = ForceLayout(seed: seed).positions(network).map { (x: margin + $0.x * area, y: margin + 10 + $0.y * area) }
        drawTies(on: &doc, points)
        for (i, person) in network.people.enumerated() {
            marker(on: &doc, at: points[i], role: person.role, answered: person.answered)
        }
        drawLegend(on: &doc, top: size + 6)
        return doc.rendered(title: title, description: description)
    }

    private func drawTies(on doc: inout SVGDocument, _ points: [(x: Double, y: Double)]) {
        let radius = 7.0
        for from in 0..<network.nodeCount {
            for to in network.successors[from] where !network.hasTie(to, from) || from < to {
                let (a, b) = (points[from], points[to])
                let dx = b.x - a.x, dy = b.y - a.y, length = (dx * dx + dy * dy).squareRoot()
                guard length > 2 * radius else { continue }
                let (ux, uy) = (dx / length, dy / length)
                let start = (x: a.x + ux * radius, y: a.y + uy * radius), end = (x: b.x - ux * radius, y: b.y - uy * radius)
                doc.line(x1: start.x, y1: start.y, x2: end.x, y2: end.y, stroke: "#9a9a9a", width: 0.8)
                guard network.isDirected else { continue }
                arrowhead(on: &doc, tip: end, direction: (ux, uy))
                if network.hasTie(to, from) { arrowhead(on: &doc, tip: start, direction: (-ux, -uy)) }
            }
        }
    }

    private func arrowhead(on doc: inout SVGDocument, tip: (x: Double, y: Double), direction: (Double, Double)) {
        let (ux, uy) = direction, length = 6.0, half = 2.5
        let base = (x: tip.x - ux * length, y: tip.y - uy * length)
        doc.polygon([tip, (base.x - uy * half, base.y + ux * half), (base.x + uy * half, base.y - ux * half)],
                    fill: "#7a7a7a")
    }

    private func marker(on doc: inout SVGDocument, at p: (x: Double, y: Double), role: NetworkRole?, answered: Bool) {
        let (colour, shape) = Self.style(role)
        let fill = answered ? colour : "white", r = 6.5
        switch shape {
        case .circle: doc.ring(cx: p.x, cy: p.y, radius: r, fill: fill, stroke: colour)
        case .square: doc.polygon([(p.x - r, p.y - r), (p.x + r, p.y - r), (p.x + r, p.y + r), (p.x - r, p.y + r)],
                                  fill: fill, stroke: colour, strokeWidth: 1.5)
        case .triangle: doc.polygon([(p.x, p.y - r * 1.2), (p.x + r * 1.1, p.y + r * 0.8), (p.x - r * 1.1, p.y + r * 0.8)],
                                    fill: fill, stroke: colour, strokeWidth: 1.5)
        case .diamond: doc.polygon([(p.x, p.y - r * 1.2), (p.x + r, p.y), (p.x, p.y + r * 1.2), (p.x - r, p.y)],
                                   fill: fill, stroke: colour, strokeWidth: 1.5)
        }
    }

    private func drawLegend(on doc: inout SVGDocument, top: Double) {
        let present = Set(network.people.map(\.role))
        var x = 20.0
        for role in NetworkRole.allCases.map(Optional.some) + [nil] where present.contains(role) {
            let label = role?.label ?? "role not given"
            marker(on: &doc, at: (x, top + 12), role: role, answered: true)
            doc.text(label, x: x + 12, y: top + 16, size: 11)
            x += 24 + Double(label.count) * 6
        }
        if network.people.contains(where: { !$0.answered }) {
            marker(on: &doc, at: (20, top + 36), role: .other, answered: false)
            doc.text("hollow: did not answer the network questions (their own ties are unknown)", x: 32, y: top + 40, size: 11)
        }
        let what = network.isDirected ? "arrow: who named whom" : "line: a tie"
        doc.text("\(what); people shown by role only; layout: Fruchterman-Reingold, seed \(seed)",
                 x: 20, y: top + 58, size: 10, fill: "#555")
    }
}
