/// Density when some people did not answer the network questions.
///
/// The rule (stated in README): a non-respondent's own nominations are unknown, not absent. So
/// - `respondentDensity` counts only the ties respondents sent, out of respondents x (n - 1) possible: every
///   respondent could name anyone on the roster, respondent or not;
/// - `symmetrisedDensity` treats a pair as tied when either person named the other, over the pairs in which at
///   least one person answered (C(n,2) - C(n-r,2)): a tie between two non-respondents can never be seen, so those
///   pairs are left out.
/// With everyone answering both reduce to the ordinary directed density and the density of the symmetrised graph.
public struct RespondentDensity: Sendable, Equatable {
    /// People on the roster.
    public var rosterSize: Int
    /// People who answered the network questions.
    public var respondents: Int
    /// respondents / roster size: the network response rate.
    public var responseRate: Double?
    /// Ties sent by respondents over respondents x (n - 1).
    public var respondentDensity: Double?
    /// Symmetrised ties over pairs with at least one respondent.
    public var symmetrisedDensity: Double?
}

extension Network {
    /// Density under the missing-respondent rule, with the response rate (see `RespondentDensity`).
    public var respondentDensity: RespondentDensity {
        let answered = people.map(\.answered)
        let n = nodeCount, r = answered.filter { $0 }.count
        var sent = 0
        for from in 0..<n where answered[from] { sent += successors[from].count }
        var seenPairs = 0
        let neighbors = undirectedNeighbors
        for a in 0..<n {
            for b in neighbors[a] where b > a && (answered[a] || answered[b]) { seenPairs += 1 }
        }
        let observable = n * (n - 1) / 2 - (n - r) * (n - r - 1) / 2
        return RespondentDensity(
            rosterSize: n, respondents: r,
            responseRate: n == 0 ? nil : Double(r) / Double(n),
            respondentDensity: r == 0 || n < 2 ? nil : Double(sent) / Double(r * (n - 1)),
            symmetrisedDensity: observable == 0 ? nil : Double(seenPairs) / Double(observable))
    }
}
