/// The rows of each cluster, found once: identifiers are numbered in order of first appearance and the rows are
/// listed cluster by cluster (a counting sort, O(n)), so the estimators can visit one cluster's rows at a time.
struct ClusterGroups: Sendable {
    /// The cluster number (0-based, order of first appearance) of every row.
    let clusterOfRow: [Int]
    /// Row indices grouped by cluster: cluster `g` owns `rows[starts[g]..<starts[g + 1]]`, in their original order.
    let rows: [Int]
    /// Where each cluster's rows begin in `rows`; one more entry than there are clusters.
    let starts: [Int]

    /// Groups the rows by their identifiers.
    init(_ identifiers: [String]) {
        var number: [String: Int] = [:]
        var clusterOfRow = [Int](repeating: 0, count: identifiers.count)
        var sizes: [Int] = []
        for (row, identifier) in identifiers.enumerated() {
            if let g = number[identifier] {
                clusterOfRow[row] = g
                sizes[g] += 1
            } else {
                number[identifier] = sizes.count
                clusterOfRow[row] = sizes.count
                sizes.append(1)
            }
        }
        var starts = [Int](repeating: 0, count: sizes.count + 1)
        for g in sizes.indices { starts[g + 1] = starts[g] + sizes[g] }
        var next = Array(starts.dropLast())
        var rows = [Int](repeating: 0, count: identifiers.count)
        for (row, g) in clusterOfRow.enumerated() {
            rows[next[g]] = row
            next[g] += 1
        }
        self.clusterOfRow = clusterOfRow
        self.rows = rows
        self.starts = starts
    }

    /// Number of clusters G.
    var count: Int { starts.count - 1 }

    /// The rows of cluster `g`.
    func rows(of g: Int) -> ArraySlice<Int> { rows[starts[g]..<starts[g + 1]] }
}
