import DataTable

/// One network: the people of one school (or one node file) and the ties of one relation among them.
///
/// Nodes are numbered 0..<n in roster order. A directed network keeps each arc once; an undirected one keeps each
/// edge in both `successors` lists and once in `edgeCount`. Self-ties, duplicate ties and ties to people not on the
/// roster are refused when the network is built, so the measures never see them.
public struct Network: Sendable {
    /// The people, in roster order (node i is `people[i]`).
    public let people: [RosterPerson]
    /// Whether ties have a direction (a nomination survey: yes).
    public let isDirected: Bool
    /// The relation (topic) the ties are about.
    public let relation: String
    /// The school (empty for a single network).
    public let school: String
    /// For each node, the nodes it sends a tie to, ascending.
    public let successors: [[Int]]
    /// For each node, the nodes that send it a tie, ascending.
    public let predecessors: [[Int]]
    /// Tie values (frequency or weight) by arc; empty when the ties carry none.
    public let values: [Arc: Double]
    /// Tie modes by arc; empty when the file has none.
    public let modes: [Arc: TieMode]
    /// Tie lengths by arc, for weighted betweenness; empty unless the ties carry distances.
    public let distances: [Arc: Double]

    /// An ordered pair of nodes.
    public struct Arc: Sendable, Hashable {
        /// Sender.
        public var from: Int
        /// Receiver.
        public var to: Int
        /// Creates an arc.
        public init(_ from: Int, _ to: Int) {
            self.from = from
            self.to = to
        }
    }

    /// Number of nodes.
    public var nodeCount: Int { people.count }

    /// Number of arcs (directed) or edges (undirected).
    public var edgeCount: Int {
        let arcs = successors.reduce(0) { $0 + $1.count }
        return isDirected ? arcs : arcs / 2
    }

    /// Whether `from` sends a tie to `to` (either way when undirected).
    public func hasTie(_ from: Int, _ to: Int) -> Bool { arcSet.contains(Arc(from, to)) }

    private let arcSet: Set<Arc>

    /// Builds the network of `ties` among `people`.
    ///
    /// - Parameters:
    ///   - people: the roster of this school (node order).
    ///   - ties: this school's ties of this relation.
    ///   - directed: `false` makes every tie an edge; a pair named both ways is then one edge (its value the
    ///     larger of the two, its distance the smaller) and not a duplicate.
    ///   - relation: the relation the ties are about (a topic such as `student data`), for messages and outputs.
    ///   - school: the school the network is of, for messages and outputs.
    /// - Throws: `PartnershipError` (`.badData`, at the tie's file:line) for a tie to or from someone not on the
    ///   roster, a self-tie, the same tie twice, or a distance that is not positive.
    public init(people: [RosterPerson], ties: [Tie], directed: Bool = true, relation: String = "",
                school: String = "") throws {
        self.people = people
        self.isDirected = directed
        self.relation = relation
        self.school = school
        var index: [String: Int] = [:]
        for (i, person) in people.enumerated() { index[person.id] = i }
        var seen: [Arc: CellLocation] = [:]
        var values: [Arc: Double] = [:], modes: [Arc: TieMode] = [:], distances: [Arc: Double] = [:]
        let place = school.isEmpty ? "the node file" : "school \(school)'s roster"
        for tie in ties {
            guard let a = index[tie.from] else {
                throw PartnershipError("tie from '\(tie.from)', who is not on \(place); add them or remove the tie",
                                       at: tie.location)
            }
            guard let b = index[tie.to] else {
                throw PartnershipError("tie to '\(tie.to)', who is not on \(place); add them or remove the tie",
                                       at: tie.location)
            }
            if let length = tie.distance, !(length > 0) {
                throw PartnershipError("tie length \(length) is not positive; shortest paths need lengths above 0",
                                       at: tie.location)
            }
            guard a != b else {
                throw PartnershipError("self-tie: '\(tie.from)' names themself; remove the row", at: tie.location)
            }
            if let first = seen[Arc(a, b)] {
                throw PartnershipError("duplicate tie '\(tie.from)' -> '\(tie.to)'"
                                       + (tie.relation.isEmpty ? "" : " about '\(tie.relation)'")
                                       + " (also on line \(first.line.map(String.init) ?? "?")); keep one row",
                                       at: tie.location)
            }
            seen[Arc(a, b)] = tie.location
            let arcs = directed ? [Arc(a, b)] : [Arc(a, b), Arc(b, a)]
            for arc in arcs {
                if let value = tie.value { values[arc] = max(values[arc] ?? value, value) }
                if let mode = tie.mode { modes[arc] = mode }
                // An undirected pair named twice keeps its shorter length, as its larger value.
                if let length = tie.distance { distances[arc] = min(distances[arc] ?? length, length) }
            }
        }
        var successors = Array(repeating: [Int](), count: people.count)
        var predecessors = successors
        var arcSet = Set<Arc>()
        // An undirected pair named both ways is one edge (each naming was checked for duplicates above).
        let arcs = directed ? Array(seen.keys) : seen.keys.flatMap { [$0, Arc($0.to, $0.from)] }
        for arc in arcs.sorted(by: { ($0.from, $0.to) < ($1.from, $1.to) }) where arcSet.insert(arc).inserted {
            successors[arc.from].append(arc.to)
            predecessors[arc.to].append(arc.from)
        }
        self.successors = successors
        self.predecessors = predecessors
        self.arcSet = arcSet
        self.values = values
        self.modes = modes
        self.distances = distances
    }
}
