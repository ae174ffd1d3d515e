/// Places point labels so that they overlap neither each other nor the points, as far as a simple greedy search can.
///
/// Each label tries a fixed list of positions around its point (right, left, above, below, then further out) and
/// takes the first whose box is free; when none is, it takes the first position (a crowded chart still labels every
/// point). Text width is estimated from the character count, since an SVG writer cannot measure fonts; the estimate
/// (0.55 em per character, Helvetica's average) errs wide so real text fits inside its box.
struct LabelPlacement {
    /// A box in pixels.
    struct Box {
        var x: Double, y: Double, width: Double, height: Double

        func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }
    }

    /// Where a label's text goes: its anchor point and SVG text-anchor.
    struct Placed {
        var x: Double, y: Double, anchor: String
    }

    /// The estimated width of `text` at `fontSize` pixels.
    static func width(of text: String, fontSize: Double) -> Double { Double(text.count) * fontSize * 0.55 }

    /// Positions for `labels` attached to `points` (pixels), inside `bounds`; `nil` labels get `nil`.
    static func place(labels: [String?], points: [(x: Double, y: Double)], fontSize: Double, pointRadius: Double,
                      bounds: Box) -> [Placed?] {
        var taken: [Box] = points.map {
            Box(x: $0.x - pointRadius, y: $0.y - pointRadius, width: 2 * pointRadius, height: 2 * pointRadius)
        }
        let gap = pointRadius + 2
        // Candidate offsets: (dx, dy of the text baseline, anchor). Baseline sits ~0.3 em below the point's centre
        // for a label to its side.
        let side = fontSize * 0.35
        let candidates: [(Double, Double, String)] = [
            (gap, side, "start"), (-gap, side, "end"),
            (gap, -gap, "start"), (-gap, -gap, "end"),
            (gap, gap + fontSize * 0.8, "start"), (-gap, gap + fontSize * 0.8, "end"),
            (0, -gap - 1, "middle"), (0, gap + fontSize, "middle"),
            (gap, -gap - fontSize, "start"), (-gap, -gap - fontSize, "end"),
            (gap, gap + fontSize * 1.8, "start"), (-gap, gap + fontSize * 1.8, "end"),
        ]
        var result: [Placed?] = Array(repeating: nil, count: labels.count)
        // Place labels left to right: neighbours then compete in a predictable order, so output is deterministic.
        let order = labels.indices.filter { labels[$0] != nil }.sorted { (points[$0].x, $0) < (points[$1].x, $1) }
        for index in order {
            let text = labels[index]!
            let textWidth = width(of: text, fontSize: fontSize)
            var free: (Placed, Box)?
            var fallback: (Placed, Box)?
            for (dx, dy, anchor) in candidates {
                let x = points[index].x + dx, baseline = points[index].y + dy
                let left = anchor == "start" ? x : anchor == "end" ? x - textWidth : x - textWidth / 2
                let box = Box(x: left, y: baseline - fontSize * 0.8, width: textWidth, height: fontSize)
                let inside = box.x >= bounds.x && box.x + box.width <= bounds.x + bounds.width
                    && box.y >= bounds.y && box.y + box.height <= bounds.y + bounds.height
                guard inside else { continue }
                if fallback == nil { fallback = (Placed(x: x, y: baseline, anchor: anchor), box) }
                if !taken.contains(where: { $0.overlaps(box) }) {
                    free = (Placed(x: x, y: baseline, anchor: anchor), box)
                    break
                }
            }
            if let (placed, box) = free ?? fallback {
                taken.append(box)
                result[index] = placed
            } else {
                // No position inside the plot (a label wider than the plot): put it to the right of its point.
                result[index] = Placed(x: points[index].x + gap, y: points[index].y + side, anchor: "start")
            }
        }
        return result
    }
}
