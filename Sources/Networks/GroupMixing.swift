/// How ties fall within and between groups (roles, departments, offices): block densities and
/// Krackhardt and Stern's E-I index.
///
/// People whose group is unknown (`nil`) are left out, with every tie that touches them.
public struct GroupMixing: Sendable, Equatable {
    /// The groups, sorted.
    public var groups: [String]
    /// People per group.
    public var groupSizes: [String: Int]
    /// Ties between groups (arcs when directed).
    public var external: Int
    /// Ties within groups.
    public var `internal`: Int
    /// Krackhardt and Stern (1988): (E - I) / (E + I); `nil` without ties. Not adjusted for group sizes.
    public var eiIndex: Double?
    /// Ties within groups over possible ties within groups.
    public var densityWithin: Double?
    /// Ties between groups over possible ties between groups.
    public var densityBetween: Double?
    /// Block densities, keyed "a->b": ties from group a to group b over possible ordered pairs (no diagonal, so
    /// a one-person group's own block is `nil`), as sna `blockmodel`. Undirected: both orders hold the same value.
    public var blockDensity: [String: Double?]
    /// Newman's nominal assortativity of the groups (igraph `assortativity_nominal`, directed when the network
    /// is): (sum e_ii - sum a_i b_i) / (1 - sum a_i b_i).
    public var assortativity: Double?

    /// The key of the block from `from` to `to` in `blockDensity`.
    public static func blockKey(_ from: String, _ to: String) -> String { "\(from)->\(to)" }
}

extension Network {
    /// Mixing of ties among the groups `group` (one label per node, `nil` when unknown).
    public func groupMixing(_ group: [String?]) -> GroupMixing {
        precondition(group.count == nodeCount, "one group label per person")
        let groups = Array(Set(group.compactMap { $0 })).sorted()
        let sizes = group.compactMap { $0 }.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        var ties: [String: Int] = [:]
        var external = 0, within = 0
        for from in 0..<nodeCount {
            guard let a = group[from] else { continue }
            for to in successors[from] {
                guard let b = group[to] else { continue }
                ties[GroupMixing.blockKey(a, b), default: 0] += 1
                if isDirected || from < to {
                    if a == b { within += 1 } else { external += 1 }
                }
            }
        }
        var blocks: [String: Double?] = [:]
        var possibleWithin = 0, possibleBetween = 0
        for a in groups {
            for b in groups {
                let pairs = a == b ? sizes[a]! * (sizes[a]! - 1) : sizes[a]! * sizes[b]!
                if a == b { possibleWithin += pairs } else { possibleBetween += pairs }
                let key = GroupMixing.blockKey(a, b)
                blocks[key] = pairs == 0 ? Double?.none : Double(ties[key] ?? 0) / Double(pairs)
            }
        }
        // Undirected ties were counted in both orders above, and so were the possible pairs.
        let total = external + within
        return GroupMixing(
            groups: groups, groupSizes: sizes, external: external, internal: within,
            eiIndex: total == 0 ? nil : Double(external - within) / Double(total),
            densityWithin: possibleWithin == 0 ? nil : Double(within * (isDirected ? 1 : 2)) / Double(possibleWithin),
            densityBetween: possibleBetween == 0 ? nil
                : Double(external * (isDirected ? 1 : 2)) / Double(possibleBetween),
            blockDensity: blocks,
            assortativity: Self.assortativity(ties: ties, groups: groups))
    }

    /// Newman's r from the mixing counts (arcs, or both directions of each edge).
    private static func assortativity(ties: [String: Int], groups: [String]) -> Double? {
        let total = Double(ties.values.reduce(0, +))
        guard total > 0 else { return nil }
        var diagonal = 0.0, expected = 0.0
        for a in groups {
            diagonal += Double(ties[GroupMixing.blockKey(a, a)] ?? 0) / total
            let out = groups.reduce(0.0) { $0 + Double(ties[GroupMixing.blockKey(a, $1)] ?? 0) } / total
            let into = groups.reduce(0.0) { $0 + Double(ties[GroupMixing.blockKey($1, a)] ?? 0) } / total
            expected += out * into
        }
        return expected == 1 ? nil : (diagonal - expected) / (1 - expected)
    }
}
