/// Component counts of a network (isolates count as components).
public struct ComponentCounts: Sendable, Equatable {
    /// Weak components (ties taken either way).
    public var weak: Int
    /// Strong components (following ties' direction; equal to `weak` when undirected).
    public var strong: Int
    /// People in the largest weak component.
    public var largestWeak: Int
    /// People in the largest strong component.
    public var largestStrong: Int
}

extension Network {
    /// Weak and strong components, as networkx `number_weakly/strongly_connected_components`, igraph
    /// `components(mode)` and sna `components(connected =)`.
    public var components: ComponentCounts {
        let weak = weakComponentLabels
        let strong = strongComponentLabels
        func sizes(_ labels: [Int]) -> [Int: Int] { labels.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        return ComponentCounts(weak: Set(weak).count, strong: Set(strong).count,
                               largestWeak: sizes(weak).values.max() ?? 0,
                               largestStrong: sizes(strong).values.max() ?? 0)
    }

    /// A component number per node, ties taken either way.
    public var weakComponentLabels: [Int] {
        let neighbors = undirectedNeighbors
        var label = Array(repeating: -1, count: nodeCount)
        var next = 0
        for start in 0..<nodeCount where label[start] < 0 {
            var stack = [start]
            label[start] = next
            while let node = stack.popLast() {
                for other in neighbors[node] where label[other] < 0 {
                    label[other] = next
                    stack.append(other)
                }
            }
            next += 1
        }
        return label
    }

    /// A strong-component number per node (Kosaraju: finishing order on the ties, then search on the reversed ties).
    public var strongComponentLabels: [Int] {
        var visited = Array(repeating: false, count: nodeCount)
        var order: [Int] = []
        for start in 0..<nodeCount where !visited[start] {
            // Iterative depth-first search recording each node when all its successors are done.
            var stack: [(node: Int, next: Int)] = [(start, 0)]
            visited[start] = true
            while let top = stack.last {
                let out = successors[top.node]
                if top.next < out.count {
                    stack[stack.count - 1].next += 1
                    let other = out[top.next]
                    if !visited[other] {
                        visited[other] = true
                        stack.append((other, 0))
                    }
                } else {
                    order.append(top.node)
                    stack.removeLast()
                }
            }
        }
        var label = Array(repeating: -1, count: nodeCount)
        var next = 0
        for start in order.reversed() where label[start] < 0 {
            var stack = [start]
            label[start] = next
            while let node = stack.popLast() {
                for other in predecessors[node] where label[other] < 0 {
                    label[other] = next
                    stack.append(other)
                }
            }
            next += 1
        }
        return label
    }
}
