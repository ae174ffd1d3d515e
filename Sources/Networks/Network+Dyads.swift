/// Counts of the three kinds of dyad (unordered pairs of people) in a directed network.
public struct DyadCensus: Sendable, Equatable {
    /// Pairs tied both ways.
    public var mutual: Int
    /// Pairs tied one way only.
    public var asymmetric: Int
    /// Pairs not tied.
    public var null: Int
}

extension Network {
    /// Density: ties present over ties possible, m / (n(n-1)) directed and 2m / (n(n-1)) undirected (no loops).
    /// `nil` for fewer than two people.
    ///
    /// Same as networkx `density`, igraph `edge_density(loops = FALSE)` and sna `gden`.
    public var density: Double? {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return nil }
        let m = Double(edgeCount)
        return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
    }

    /// The dyad census (an undirected network has only mutual and null dyads).
    public var dyadCensus: DyadCensus {
        var mutual = 0, asymmetric = 0
        for from in 0..<nodeCount {
            for to in successors[from] where to > from || !hasTie(to, from) {
                if hasTie(to, from) { mutual += 1 } else { asymmetric += 1 }
            }
        }
        let pairs = nodeCount * (nodeCount - 1) / 2
        return DyadCensus(mutual: mutual, asymmetric: asymmetric, null: pairs - mutual - asymmetric)
    }

    /// Reciprocity as the share of arcs that are reciprocated, 2M / (2M + A). `nil` without arcs.
    ///
    /// networkx `reciprocity`, igraph `reciprocity(mode = "default")`, sna `grecip(measure = "edgewise")`.
    /// An undirected network is fully reciprocal (1).
    public var reciprocity: Double? {
        let census = dyadCensus
        let arcs = 2 * census.mutual + census.asymmetric
        return arcs == 0 ? nil : Double(2 * census.mutual) / Double(arcs)
    }

    /// Reciprocity over connected dyads, M / (M + A). `nil` without ties.
    ///
    /// igraph `reciprocity(mode = "ratio")`, sna `grecip(measure = "dyadic.nonnull")`. Not sna's default
    /// `"dyadic"`, which counts null dyads as symmetric (`reciprocitySNADyadic`).
    public var reciprocityDyadic: Double? {
        let census = dyadCensus
        let connected = census.mutual + census.asymmetric
        return connected == 0 ? nil : Double(census.mutual) / Double(connected)
    }

    /// sna's default `grecip(measure = "dyadic")`: (M + N) / all dyads, null dyads counting as symmetric. Kept to
    /// name the difference; the study's reciprocity is `reciprocity` or `reciprocityDyadic`.
    public var reciprocitySNADyadic: Double? {
        let census = dyadCensus
        let pairs = census.mutual + census.asymmetric + census.null
        return pairs == 0 ? nil : Double(census.mutual + census.null) / Double(pairs)
    }
}
