/// Which degree a measure uses.
public enum DegreeMode: String, Sendable, CaseIterable {
    /// Ties received.
    case `in`
    /// Ties sent.
    case out
    /// Ties received plus ties sent (the degree of an undirected network).
    case all
}

extension Network {
    /// Ties received per node (the degree when undirected).
    public var inDegree: [Int] { predecessors.map(\.count) }
    /// Ties sent per node (the degree when undirected).
    public var outDegree: [Int] { successors.map(\.count) }
    /// In- plus out-degree per node (the degree when undirected).
    public var allDegree: [Int] {
        isDirected ? zip(inDegree, outDegree).map { $0 + $1 } : outDegree
    }

    /// The degrees of `mode`.
    public func degree(_ mode: DegreeMode) -> [Int] {
        switch mode {
        case .in: return inDegree
        case .out: return outDegree
        case .all: return allDegree
        }
    }

    /// Freeman's degree centralization, sum over nodes of (max degree - degree), over the largest value that sum
    /// can take, as igraph's `centr_degree(normalized = TRUE, loops = FALSE)` and sna's `centralization(degree)`.
    ///
    /// The largest sum (igraph `centr_degree_tmax`): (n-1)^2 for directed in or out, 2(n-1)(n-2) for directed all,
    /// (n-1)(n-2) for any mode of an undirected network. Degrees are raw counts, not networkx's degree/(n-1).
    /// `nil` for fewer than three people (the largest sum is 0 for all-degree).
    public func centralization(_ mode: DegreeMode) -> Double? {
        let n = Double(nodeCount)
        guard nodeCount > 2 else { return nil }
        let degrees = degree(mode)
        let top = degrees.max() ?? 0
        let sum = Double(degrees.reduce(0) { $0 + top - $1 })
        let largest: Double
        if !isDirected {
            largest = (n - 1) * (n - 2)
        } else {
            largest = mode == .all ? 2 * (n - 1) * (n - 2) : (n - 1) * (n - 1)
        }
        return sum / largest
    }
}
