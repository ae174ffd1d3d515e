/// The study's dyad: the union site representative and the principal, in one school and relation.
///
/// A school may list more than one person in either role. Then every representative-administrator pair is
/// looked at: a direction counts as tied when any pair is tied that way, its frequency is the largest value among
/// those ties, and its mode is informal when any of them is informal (the study asks whether they talk
/// informally at all).
public struct RepresentativePrincipalDyad: Sendable, Equatable {
    /// The tie each way: whether present, its value (frequency) and mode when the file gives them.
    public struct Direction: Sendable, Equatable {
        /// Whether the tie is there.
        public var present: Bool
        /// Its largest value, when valued.
        public var frequency: Double?
        /// Formal or informal, when known.
        public var mode: TieMode?
    }

    /// Representative to principal (the representative named the principal).
    public var representativeToPrincipal: Direction
    /// Principal to representative.
    public var principalToRepresentative: Direction
    /// Whether both directions are tied.
    public var mutual: Bool { representativeToPrincipal.present && principalToRepresentative.present }
}

extension Network {
    /// The representative-principal dyad, or `nil` when the roster has no union representative or no
    /// administrator (roles are needed).
    public var representativePrincipalDyad: RepresentativePrincipalDyad? {
        let reps = people.indices.filter { people[$0].role == .unionRepresentative }
        let heads = people.indices.filter { people[$0].role == .administrator }
        guard !reps.isEmpty, !heads.isEmpty else { return nil }
        func direction(_ pairs: [Arc]) -> RepresentativePrincipalDyad.Direction {
            let tied = pairs.filter { hasTie($0.from, $0.to) }
            let kinds = tied.compactMap { self.modes[$0] }
            return .init(present: !tied.isEmpty, frequency: tied.compactMap { values[$0] }.max(),
                         mode: kinds.contains(.informal) ? .informal : kinds.first)
        }
        let outward = reps.flatMap { r in heads.map { Arc(r, $0) } }
        return RepresentativePrincipalDyad(representativeToPrincipal: direction(outward),
                                           principalToRepresentative: direction(outward.map { Arc($0.to, $0.from) }))
    }
}
