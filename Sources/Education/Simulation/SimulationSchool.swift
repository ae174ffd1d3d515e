import DataTable

/// A real school the simulator gives synthetic survey respondents to.
public struct SimulationSchool: Sendable, Equatable {
    /// The school's 14-digit CDS code.
    public var cds: String
    /// The school's name, if known (only echoed in the truth table).
    public var name: String?
    /// The real outcome (for example API12); needed when the simulated effect is not zero.
    public var outcome: Double?
    /// The real poverty control (for example MEALS, percent on free or reduced-price meals); needed likewise.
    public var poverty: Double?
    /// A size measure (for example NUM12, students tested), used only when respondents follow school size.
    public var size: Double?

    /// Creates a school.
    public init(cds: String, name: String? = nil, outcome: Double? = nil, poverty: Double? = nil, size: Double? = nil) {
        self.cds = cds
        self.name = name
        self.outcome = outcome
        self.poverty = poverty
        self.size = size
    }

    /// Reads schools from a table, naming each column to use; `name` and `size` are optional.
    ///
    /// - Parameters:
    ///   - table: the school table.
    ///   - cdsColumn: the column of CDS codes.
    ///   - nameColumn: the column of school names, if any.
    ///   - outcomeColumn: the achievement column, if any.
    ///   - povertyColumn: the poverty column, if any.
    ///   - sizeColumn: the school-size column, if any.
    ///   - requireOutcome: when true (a non-zero effect), every school needs its outcome and poverty values.
    ///   - requireSize: when true (respondents follow school size), every school needs a positive size.
    /// - Throws: `DataError` at the offending cell: a bad or repeated CDS code, a missing value that is needed.
    public static func load(from table: DataTable, cds cdsColumn: String, name nameColumn: String? = nil,
                            outcome outcomeColumn: String, poverty povertyColumn: String, size sizeColumn: String? = nil,
                            requireOutcome: Bool, requireSize: Bool = false) throws -> [SimulationSchool] {
        let codes = try table.text(cdsColumn)
        let names = try nameColumn.map { try table.text($0) }
        let outcomes = try table.numeric(outcomeColumn)
        let poverty = try table.numeric(povertyColumn)
        let sizes = try sizeColumn.map { try table.numeric($0) }
        var seen: [String: Int?] = [:]
        var schools: [SimulationSchool] = []
        for row in 0..<table.rowCount {
            let cds = codes[row] ?? ""
            guard SurveyResponses.isCDSCode(cds) else {
                throw DataError(cds.isEmpty ? "the school's CDS code is missing; give the 14-digit code"
                                            : SurveyResponses.cdsMessage(cds),
                                at: table.location(row: row, column: cdsColumn))
            }
            if let earlier = seen[cds] {
                let where_ = earlier.map { " (first on line \($0))" } ?? ""
                throw DataError("school \(cds) appears twice\(where_); list each school once",
                                at: table.location(row: row, column: cdsColumn))
            }
            seen[cds] = table.sourceLines?[row]
            if requireOutcome {
                for (column, values) in [(outcomeColumn, outcomes), (povertyColumn, poverty)] where values[row] == nil {
                    throw DataError("school \(cds) has no '\(column)' value, which a non-zero --effect needs; fill it "
                                    + "in or leave the school out", at: table.location(row: row, column: column))
                }
            }
            if requireSize, let sizeColumn, !((sizes?[row] ?? 0) > 0) {
                throw DataError("school \(cds) has no positive '\(sizeColumn)' value to size its staff by; fill it in "
                                + "or leave out the size option", at: table.location(row: row, column: sizeColumn))
            }
            schools.append(SimulationSchool(cds: cds, name: names?[row], outcome: outcomes[row], poverty: poverty[row],
                                            size: sizes?[row]))
        }
        return schools
    }
}
