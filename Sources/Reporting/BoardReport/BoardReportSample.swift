import DataTable
import Education

/// A merged school that the models could not use, and why.
public struct LeftOutSchool: Sendable, Equatable {
    /// CDS code.
    public var cds: String
    /// School name.
    public var school: String
    /// Why, in words a reader understands.
    public var reason: String
    /// The kind of reason, for counting many schools at once (e.g. "no survey responses").
    public var category: String
}

/// The schools every model of the report is fitted on: the merged schools with a partnership score and complete API
/// and poverty values.
///
/// All four models use the same schools on purpose: coefficients side by side are comparable only when they come
/// from the same schools, and the nested F test needs the same rows in both models. So a school missing any value a
/// model needs leaves every model, and the report says which schools and why.
public struct BoardReportSample: Sendable {
    /// The complete rows of the merged table.
    public let table: DataTable
    /// The merged schools left out, in the merged table's order.
    public let leftOut: [LeftOutSchool]
    /// Schools in the merged table.
    public let mergedCount: Int

    /// Schools in the sample.
    public var count: Int { table.rowCount }

    /// Selects the complete rows of `merged`, giving each school left out its first reason in the order: survey
    /// (no responses, suppressed, no PAL index), API of either year, poverty.
    public init(merged: DataTable, variables: BoardReportVariables, suppression: SuppressionRule) throws {
        let cds = try merged.text("cds"), names = try merged.text(variables.schoolName)
        let respondents = merged.hasColumn("n_respondents") ? try merged.numeric("n_respondents")
            : Array(repeating: nil, count: merged.rowCount)
        let suppressed = merged.hasColumn("suppressed") ? try merged.numeric("suppressed")
            : Array(repeating: nil, count: merged.rowCount)
        let indexCounts = merged.hasColumn(variables.partnership + "_n") ? try merged.numeric(variables.partnership + "_n")
            : Array(repeating: nil, count: merged.rowCount)
        let partnership = merged.hasColumn(variables.partnership) ? try merged.numeric(variables.partnership)
            : Array(repeating: nil, count: merged.rowCount)
        let before = try merged.numeric(variables.baseAPI), after = try merged.numeric(variables.outcomeAPI)
        let growth = try merged.numeric(variables.growth), poverty = try merged.numeric(variables.poverty)
        let threshold = suppression.threshold

        var kept: [Int] = []
        var leftOut: [LeftOutSchool] = []
        for row in 0..<merged.rowCount {
            var reason: String?
            var category = ""
            if respondents[row] == nil {
                reason = "no survey responses from this school"
                category = "no survey responses"
            } else if suppressed[row] == 1 {
                let n = Int(respondents[row]!)
                reason = "survey results suppressed: \(n) " + (n == 1 ? "respondent" : "respondents")
                    + ", fewer than \(threshold)"
                category = "survey results suppressed (fewer than \(threshold) respondents)"
            } else if partnership[row] == nil {
                let n = indexCounts[row].map { Int($0) } ?? 0
                reason = "no PAL index: only \(n) " + (n == 1 ? "respondent" : "respondents")
                    + " answered enough items in every area (fewer than \(threshold))"
                category = "no PAL index (too few complete answers)"
            } else if before[row] == nil || after[row] == nil || growth[row] == nil {
                let years = [(variables.surveyYear, before[row]), (variables.outcomeYear, after[row])]
                    .filter { $0.1 == nil }.map { String($0.0) }
                reason = "no API for " + years.joined(separator: " and ")
                category = "no API in one of the years"
            } else if poverty[row] == nil {
                reason = "no poverty (MEALS) value: the school's names matched no single school of the Base API file"
                category = "no poverty (MEALS) value"
            }
            if let reason {
                leftOut.append(LeftOutSchool(cds: cds[row] ?? "", school: names[row] ?? "", reason: reason,
                                             category: category))
            } else {
                kept.append(row)
            }
        }
        self.table = merged.rows(kept)
        self.leftOut = leftOut
        self.mergedCount = merged.rowCount
    }
}
