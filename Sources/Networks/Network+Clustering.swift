extension Network {
    /// Each node's neighbours in the symmetrised network (a tie either way makes an edge), ascending.
    public var undirectedNeighbors: [[Int]] {
        (0..<nodeCount).map { Array(Set(successors[$0]).union(predecessors[$0])).sorted() }
    }

    /// For each node, the number of edges among its neighbours (symmetrised) and its degree there.
    private var neighbourhoodLinks: [(links: Int, degree: Int)] {
        let neighbors = undirectedNeighbors
        let sets = neighbors.map(Set.init)
        return neighbors.map { around in
            var links = 0
            for (k, a) in around.enumerated() {
                for b in around[(k + 1)...] where sets[a].contains(b) { links += 1 }
            }
            return (links, around.count)
        }
    }

    /// Global transitivity of the symmetrised network: 3 x triangles / connected triples. `nil` without triples.
    ///
    /// Same as igraph `transitivity(type = "global")` and networkx `transitivity(G.to_undirected())`; not sna's
    /// directed `gtrans`.
    public var transitivity: Double? {
        var closed = 0, triples = 0
        for (links, degree) in neighbourhoodLinks {
            closed += links
            triples += degree * (degree - 1) / 2
        }
        return triples == 0 ? nil : Double(closed) / Double(triples)
    }

    /// Each node's local clustering in the symmetrised network; 0 for nodes of degree below 2.
    public var localClustering: [Double] {
        neighbourhoodLinks.map { links, degree in
            degree < 2 ? 0 : Double(links) / Double(degree * (degree - 1) / 2)
        }
    }

    /// Average local clustering over the nodes of degree 2 or more only (igraph `isolates = "nan"`, the
    /// python-igraph default). Kept to name the difference; the study's measure is `averageClustering`.
    public var averageClusteringExcludingLowDegree: Double? {
        let pairs = zip(localClustering, undirectedNeighbors.map(\.count)).filter { $0.1 >= 2 }
        return pairs.isEmpty ? nil : pairs.reduce(0) { $0 + $1.0 } / Double(pairs.count)
    }

    /// Average local clustering, nodes of degree below 2 counting as 0 (networkx `average_clustering`, igraph
    /// `transitivity(type = "average", isolates = "zero")`). `nil` for an empty network.
    public var averageClustering: Double? {
        let local = localClustering
        return local.isEmpty ? nil : local.reduce(0, +) / Double(local.count)
    }
}

extension Network {
    /// sna's directed `gtrans(measure = "weak")`: of the ordered two-paths i -> j -> k (i, j, k distinct), the
    /// share closed by i -> k. Kept to name the difference from `transitivity`, which symmetrises first.
    public var transitivitySNAWeak: Double? {
        var paths = 0, closed = 0
        for i in 0..<nodeCount {
            for j in successors[i] {
                for k in successors[j] where k != i {
                    paths += 1
                    if hasTie(i, k) { closed += 1 }
                }
            }
        }
        return paths == 0 ? nil : Double(closed) / Double(paths)
    }
}
