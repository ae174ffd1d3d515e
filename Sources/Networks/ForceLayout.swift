/// Places a network's people in the unit square for a sociogram: Fruchterman and Reingold's (1991) force-directed
/// layout from a seeded random start, so the same network and seed give the same picture.
///
/// Ties pull (force d^2/k along each tie of the symmetrised network), everyone pushes everyone (k^2/d), with
/// k = sqrt(1/n); each step moves a person at most the current temperature, which falls linearly from 0.1 to 0.
/// People stay inside the square, so isolates do not drift away. The result is rescaled to fill [0, 1] x [0, 1].
public struct ForceLayout: Sendable {
    /// The seed of the random start.
    public var seed: UInt64
    /// Number of steps.
    public var iterations: Int

    /// A layout with `seed` and `iterations` steps (default 300).
    public init(seed: UInt64, iterations: Int = 300) {
        self.seed = seed
        self.iterations = iterations
    }

    /// A point of the layout.
    public struct Point: Sendable, Equatable {
        /// Horizontal position in [0, 1].
        public var x: Double
        /// Vertical position in [0, 1].
        public var y: Double
    }

    /// One point per person, in roster order.
    public func positions(_ network: Network) -> [Point] {
        let n = network.nodeCount
        var random = SeededRandom(seed: seed)
        var points = (0..<n).map { _ in Point(x: random.uniform(), y: random.uniform()) }
        guard n > 1 else { return points.map { _ in Point(x: 0.5, y: 0.5) } }
        let neighbors = network.undirectedNeighbors.map(Set.init)
        let k = (1 / Double(n)).squareRoot()
        for step in 0..<iterations {
            let temperature = 0.1 * (1 - Double(step) / Double(iterations))
            var shift = Array(repeating: (x: 0.0, y: 0.0), count: n)
            for i in 0..<n {
                for j in 0..<n where j != i {
                    var dx = points[i].x - points[j].x, dy = points[i].y - points[j].y
                    var distance = (dx * dx + dy * dy).squareRoot()
                    if distance < 1e-9 {
                        // Two people on the same spot: push them apart along a fixed direction.
                        dx = 1e-3 * Double(i - j)
                        dy = 1e-3
                        distance = (dx * dx + dy * dy).squareRoot()
                    }
                    var force = k * k / distance
                    if neighbors[i].contains(j) { force -= distance * distance / k }
                    shift[i].x += dx / distance * force
                    shift[i].y += dy / distance * force
                }
            }
            for i in 0..<n {
                let length = (shift[i].x * shift[i].x + shift[i].y * shift[i].y).squareRoot()
                guard length > 0 else { continue }
                let move = min(length, temperature)
                points[i].x = min(1, max(0, points[i].x + shift[i].x / length * move))
                points[i].y = min(1, max(0, points[i].y + shift[i].y / length * move))
            }
        }
        return Self.rescaled(points)
    }

    /// The points stretched to fill the unit square (a direction with no spread is centred).
    static func rescaled(_ points: [Point]) -> [Point] {
        let xs = points.map(\.x), ys = points.map(\.y)
        let (x0, x1) = (xs.min() ?? 0, xs.max() ?? 1), (y0, y1) = (ys.min() ?? 0, ys.max() ?? 1)
        return points.map { p in
            Point(x: x1 > x0 ? (p.x - x0) / (x1 - x0) : 0.5, y: y1 > y0 ? (p.y - y0) / (y1 - y0) : 0.5)
        }
    }
}
