/// Measures of a valued network (tie values such as contact frequency or weights).
public struct ValuedMeasures: Sendable, Equatable {
    /// Sum of the tie values (each undirected edge once).
    public var sumOfValues: Double
    /// Mean value of the ties present (valued density in the survey sense).
    public var meanTieValue: Double?
    /// Sum of values over possible ties: sum(w) / (n(n-1)) directed, 2 sum(w) / (n(n-1)) undirected.
    public var valuedDensity: Double?
    /// `valuedDensity` divided by the largest value (the scale's top, or the largest value seen).
    public var valuedDensityOverMaximum: Double?
    /// Sum of values received per node (igraph `strength(mode = "in")`, networkx in_degree(weight=)).
    public var strengthIn: [Double]
    /// Sum of values sent per node.
    public var strengthOut: [Double]
    /// Freeman-style sum over nodes of (largest in-strength - in-strength), unnormalised.
    public var inStrengthDeviationSum: Double
}

extension Network {
    /// Whether the ties carry values.
    public var isValued: Bool { !values.isEmpty }

    /// The valued measures, or `nil` when ties carry no values. A tie without a value counts as 0 in sums.
    ///
    /// - Parameter scaleMaximum: the top of the value scale; default the largest value seen.
    public func valuedMeasures(scaleMaximum: Double? = nil) -> ValuedMeasures? {
        guard isValued else { return nil }
        var strengthIn = Array(repeating: 0.0, count: nodeCount), strengthOut = strengthIn
        var sum = 0.0
        for from in 0..<nodeCount {
            for to in successors[from] {
                let value = values[Arc(from, to)] ?? 0
                strengthOut[from] += value
                strengthIn[to] += value
                if isDirected || from < to { sum += value }
            }
        }
        let n = Double(nodeCount)
        let possible = n * (n - 1) / (isDirected ? 1 : 2)
        let density = nodeCount > 1 ? sum / possible : nil
        let top = scaleMaximum ?? values.values.max()
        let most = strengthIn.max() ?? 0
        return ValuedMeasures(
            sumOfValues: sum,
            meanTieValue: edgeCount > 0 ? sum / Double(edgeCount) : nil,
            valuedDensity: density,
            valuedDensityOverMaximum: density.flatMap { d in top.map { d / $0 } },
            strengthIn: strengthIn, strengthOut: strengthOut,
            inStrengthDeviationSum: strengthIn.reduce(0) { $0 + most - $1 })
    }
}
