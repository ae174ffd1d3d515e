import DataTable

/// The ties of a tie file: `from,to[,relation][,weight]` (the general form) or a survey's
/// `school,from,to,topic,value,mode`.
///
/// Reading checks each row on its own (ids present, value a number, mode formal/informal, topic known when a list of
/// topics is given); checks against the roster (unknown people, self-ties, duplicates) are `Network`'s, because
/// they need the roster.
public struct TieList: Sendable {
    /// The ties in file order.
    public var ties: [Tie]
    /// The file, for messages.
    public var source: String?
    /// The column schools were read from (`nil`: no schools).
    public var schoolColumn: String?

    /// Column names the reader looks for (the first the file has is used).
    public enum Columns {
        /// Reporter columns.
        public static let from = ["from", "source", "ego"]
        /// Named-person columns.
        public static let to = ["to", "target", "alter"]
        /// Relation columns.
        public static let relation = ["relation", "topic"]
        /// Value columns, when `--weight` names none.
        public static let value = ["weight", "value", "frequency"]
        /// Mode columns.
        public static let mode = ["mode"]
        /// School columns, when `--school` names none.
        public static let school = ["school"]
    }

    /// Creates a list from ties already made.
    public init(ties: [Tie], source: String? = nil, schoolColumn: String? = nil) {
        self.ties = ties
        self.source = source
        self.schoolColumn = schoolColumn
    }

    /// Reads the ties of a table.
    ///
    /// - Parameters:
    ///   - table: the tie table, one row per tie (columns `from`, `to`, and optionally a value, school and topic).
    ///   - weightColumn: the value column (default: the first of `Columns.value` the file has).
    ///   - schoolColumn: the school column (default `school` when present).
    ///   - topics: the relations the codebook allows; a tie about any other is bad data. `nil` allows any.
    ///   - distanceColumn: a column of tie lengths for weighted betweenness (none by default: tie values are never
    ///     taken as lengths on their own).
    /// - Throws: `PartnershipError`: `.usage` for a named column the file lacks, `.badData` (file:line:column) for
    ///   a missing id, a value that is not a number, a mode other than formal/informal, an unknown topic.
    public init(table: DataTable, weightColumn: String? = nil, schoolColumn: String? = nil,
                topics: Set<String>? = nil, distanceColumn: String? = nil) throws {
        func find(_ names: [String], _ what: String) throws -> String {
            guard let name = names.first(where: table.hasColumn) else {
                throw PartnershipError("the tie file has no \(what) column (looked for \(names.joined(separator: ", ")))",
                                       at: CellLocation(file: table.source, line: 1))
            }
            return name
        }
        for name in [weightColumn, schoolColumn, distanceColumn].compactMap({ $0 }) where !table.hasColumn(name) {
            throw PartnershipError("no column '\(name)' in the tie file; the columns are: "
                                   + table.columnNames.joined(separator: ", "),
                                   at: CellLocation(file: table.source, line: 1), kind: .usage)
        }
        let fromName = try find(Columns.from, "from"), toName = try find(Columns.to, "to")
        let relationName = Columns.relation.first(where: table.hasColumn)
        let valueName = weightColumn ?? Columns.value.first(where: table.hasColumn)
        let modeName = Columns.mode.first(where: table.hasColumn)
        let schoolName = schoolColumn ?? Columns.school.first(where: table.hasColumn)
        let from = try table.text(fromName), to = try table.text(toName)
        let relations = try relationName.map { try table.text($0) }
        let values = try valueName.map { try table.numeric($0) }
        let lengths = try distanceColumn.map { try table.numeric($0) }
        let modes = try modeName.map { try table.text($0) }
        let schools = try schoolName.map { try table.text($0) }
        source = table.source
        self.schoolColumn = schoolName
        ties = []
        for row in 0..<table.rowCount {
            guard let a = from[row]?.trimmed, !a.isEmpty else {
                throw PartnershipError("a tie without a 'from' id; give every tie both ends",
                                       at: table.location(row: row, column: fromName))
            }
            guard let b = to[row]?.trimmed, !b.isEmpty else {
                throw PartnershipError("a tie without a 'to' id; give every tie both ends",
                                       at: table.location(row: row, column: toName))
            }
            let relation = relations?[row] ?? ""
            if let topics, let relationName, !topics.contains(relation) {
                throw PartnershipError("unknown topic '\(relation)'; the codebook's topics are "
                                       + topics.sorted().joined(separator: ", "),
                                       at: table.location(row: row, column: relationName))
            }
            var mode: TieMode?
            if let modeName, let text = modes?[row] {
                guard let parsed = TieMode(rawValue: text.lowercased()) else {
                    throw PartnershipError("mode '\(text)' is neither formal nor informal; write one of them or leave it empty",
                                           at: table.location(row: row, column: modeName))
                }
                mode = parsed
            }
            ties.append(Tie(school: schools?[row] ?? "", from: a, to: b, relation: relation,
                            value: values?[row], mode: mode, distance: lengths?[row], location: table.location(row: row)))
        }
    }

    /// Reads a tie file (CSV) with the DataTable reader; ids, relations, modes and schools are kept as text.
    public init(file path: String, weightColumn: String? = nil, schoolColumn: String? = nil,
                topics: Set<String>? = nil, distanceColumn: String? = nil) throws {
        let text = Set(Columns.from + Columns.to + Columns.relation + Columns.mode + Columns.school
                       + [schoolColumn].compactMap { $0 })
        try self.init(table: CSVReader.read(file: path, options: CSVOptions(textColumns: text)),
                      weightColumn: weightColumn, schoolColumn: schoolColumn, topics: topics,
                      distanceColumn: distanceColumn)
    }

    /// Reads a tie file and checks it against the codebook's network questions: every topic must be one of its
    /// topics and every value a point of its frequency scale (when it has one).
    ///
    /// - Throws: as `init(file:weightColumn:schoolColumn:topics:)`, and `.badData` at the tie's line for a value
    ///   off the scale.
    public init(file path: String, questions: NetworkQuestions, weightColumn: String? = nil,
                schoolColumn: String? = nil, distanceColumn: String? = nil) throws {
        try self.init(file: path, weightColumn: weightColumn, schoolColumn: schoolColumn, topics: questions.topicKeys,
                      distanceColumn: distanceColumn)
        try checkValues(against: questions)
    }

    /// Checks that every tie value is a point of the frequency scale (no scale: nothing to check).
    public func checkValues(against questions: NetworkQuestions) throws {
        guard !questions.frequencyScale.isEmpty else { return }
        for tie in ties {
            guard let value = tie.value, questions.label(of: value) == nil else { continue }
            let points = questions.frequencyScale.map { "\(formatValue($0.value)) (\($0.label))" }
            throw PartnershipError("frequency \(formatValue(value)) is not on the codebook's scale: "
                                   + points.joined(separator: ", "), at: tie.location)
        }
    }

    /// The relations, in order of first appearance.
    public var relations: [String] {
        var seen = Set<String>()
        return ties.map(\.relation).filter { seen.insert($0).inserted }
    }

    /// The schools, in order of first appearance.
    public var schools: [String] {
        var seen = Set<String>()
        return ties.map(\.school).filter { seen.insert($0).inserted }
    }
}

/// A scale value as people write it: `3`, not `3.0`.
private func formatValue(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
}
