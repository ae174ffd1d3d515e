import DataTable

/// A roster and its tie file together: the networks they hold, one per school and relation.
public struct NetworkSurvey: Sendable {
    /// Who could be named.
    public let roster: Roster
    /// What was said.
    public let ties: TieList
    /// Whether ties are directed.
    public let directed: Bool

    /// Pairs a roster with its ties.
    public init(roster: Roster, ties: TieList, directed: Bool = true) {
        self.roster = roster
        self.ties = ties
        self.directed = directed
    }

    /// The schools (the roster's, in its order; a tie file without schools is one network of everyone).
    public var schools: [String] { roster.schools }

    /// The relations to measure: `only`, or every relation in the tie file in order of appearance.
    public func relations(only: String? = nil) throws -> [String] {
        let all = ties.relations
        guard let only else { return all.isEmpty ? [""] : all }
        // A tie file without ties has one network: everyone, no ties.
        guard all.contains(only) || (all.isEmpty && only.isEmpty) else {
            throw PartnershipError("no ties about '\(only)'; the relations are: \(all.joined(separator: ", "))",
                                   kind: .usage)
        }
        return [only]
    }

    /// The network of one school and relation.
    ///
    /// A tie naming a school that is not on the roster is bad data; so is any tie `Network` refuses.
    public func network(school: String, relation: String) throws -> Network {
        let people = roster.people(in: school).map(\.person)
        let chosen = ties.ties.filter { $0.school == school && $0.relation == relation }
        return try Network(people: people, ties: chosen, directed: directed, relation: relation, school: school)
    }

    /// Every network, school by school and relation by relation, after checking that every tie's school is on
    /// the roster.
    public func networks(relation: String? = nil) throws -> [Network] {
        // Ties made in code (no file) name their schools in the ties themselves.
        let tiesHaveSchools = ties.schoolColumn != nil || ties.ties.contains { !$0.school.isEmpty }
        if (roster.schoolColumn != nil) != tiesHaveSchools {
            let (with, without) = roster.schoolColumn == nil ? ("tie", "node") : ("node", "tie")
            throw PartnershipError("the \(with) file names schools but the \(without) file does not; give both files "
                                   + "a school column (--school COLUMN) or neither",
                                   at: CellLocation(file: roster.schoolColumn == nil ? roster.attributes.source : ties.source,
                                                    line: 1))
        }
        let known = Set(schools)
        if let stray = ties.ties.first(where: { !known.contains($0.school) }) {
            throw PartnershipError("tie in school '\(stray.school)', which has no one on the roster; "
                                   + "add the school's people or fix the school", at: stray.location)
        }
        let relations = try relations(only: relation)
        return try schools.flatMap { school in try relations.map { try network(school: school, relation: $0) } }
    }

    /// The group label of each person of `school` from the roster's column `column` (text; missing stays `nil`).
    /// The role column gives the roles' labels, however the file spelled them.
    public func groups(column: String, school: String) throws -> [String?] {
        if Roster.Columns.role.contains(column), roster.attributes.hasColumn(column) {
            return roster.people(in: school).map { $0.person.role?.label }
        }
        guard roster.attributes.hasColumn(column) else {
            throw PartnershipError("no column '\(column)' in the node file; the columns are: "
                                   + roster.attributes.columnNames.joined(separator: ", "), kind: .usage)
        }
        let labels = try roster.attributes.text(column)
        return roster.people(in: school).map { labels[$0.row] }
    }
}
