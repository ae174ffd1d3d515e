extension Network {
    /// Unnormalised betweenness per node (Brandes 2001): the sum over pairs of other people of the share of
    /// shortest paths between them that pass through the node.
    ///
    /// Directed: every ordered pair counts (networkx `normalized=False`, igraph, sna `cmode = "directed"`).
    /// Undirected: each unordered pair counts once (networkx halves its count; the same as igraph).
    ///
    /// - Parameter distances: a length per arc for weighted shortest paths (each must be positive; an arc without
    ///   one counts 1); `nil` counts steps. Note that R igraph uses an edge attribute named `weight` as a length unless told `weights = NA`;
    ///   this function never does so on its own.
    public func betweenness(distances: [Arc: Double]? = nil) -> [Double] {
        var score = Array(repeating: 0.0, count: nodeCount)
        for source in 0..<nodeCount {
            let paths = distances.map { shortestPaths(from: source, lengths: $0) } ?? shortestSteps(from: source)
            var dependency = Array(repeating: 0.0, count: nodeCount)
            for node in paths.order.reversed() {
                for before in paths.predecessors[node] {
                    dependency[before] += paths.count[before] / paths.count[node] * (1 + dependency[node])
                }
                if node != source { score[node] += dependency[node] }
            }
        }
        return isDirected ? score : score.map { $0 / 2 }
    }

    /// Mean betweenness normalised as networkx does: times 1/((n-1)(n-2)) directed, 2/((n-1)(n-2)) undirected.
    public func normalizedBetweennessMean(_ mean: Double) -> Double? {
        let n = Double(nodeCount)
        guard nodeCount > 2 else { return nil }
        return mean * (isDirected ? 1 : 2) / ((n - 1) * (n - 2))
    }

    /// Shortest paths from one node: nodes in order of distance, path counts, and predecessors on shortest paths.
    private struct ShortestPaths {
        var order: [Int]
        var count: [Double]
        var predecessors: [[Int]]
    }

    /// Breadth-first search counting shortest paths in steps.
    private func shortestSteps(from source: Int) -> ShortestPaths {
        var distance = Array(repeating: -1, count: nodeCount)
        var paths = ShortestPaths(order: [], count: Array(repeating: 0, count: nodeCount),
                                  predecessors: Array(repeating: [], count: nodeCount))
        distance[source] = 0
        paths.count[source] = 1
        var queue = [source], head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            paths.order.append(node)
            for next in successors[node] {
                if distance[next] < 0 {
                    distance[next] = distance[node] + 1
                    queue.append(next)
                }
                if distance[next] == distance[node] + 1 {
                    paths.count[next] += paths.count[node]
                    paths.predecessors[next].append(node)
                }
            }
        }
        return paths
    }

    /// Dijkstra's search counting shortest paths by length (a simple O(n^2) scan: school networks are small).
    private func shortestPaths(from source: Int, lengths: [Arc: Double]) -> ShortestPaths {
        var distance = Array(repeating: Double.infinity, count: nodeCount)
        var done = Array(repeating: false, count: nodeCount)
        var paths = ShortestPaths(order: [], count: Array(repeating: 0, count: nodeCount),
                                  predecessors: Array(repeating: [], count: nodeCount))
        distance[source] = 0
        paths.count[source] = 1
        while true {
            var node = -1
            for candidate in 0..<nodeCount where !done[candidate] && distance[candidate].isFinite {
                if node < 0 || distance[candidate] < distance[node] { node = candidate }
            }
            guard node >= 0 else { break }
            done[node] = true
            paths.order.append(node)
            for next in successors[node] where !done[next] {
                let through = distance[node] + (lengths[Arc(node, next)] ?? 1)
                if through < distance[next] {
                    distance[next] = through
                    paths.count[next] = paths.count[node]
                    paths.predecessors[next] = [node]
                } else if through == distance[next] {
                    paths.count[next] += paths.count[node]
                    paths.predecessors[next].append(node)
                }
            }
        }
        return paths
    }
}
