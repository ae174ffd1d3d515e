import DataTable
import Foundation

/// One measure summarized over a group of respondents.
public struct MeasureSummary: Sendable, Equatable {
    /// Respondents in the group with a score on the measure.
    public var respondentCount: Int
    /// The mean score; `nil` when suppressed (or nobody has a score).
    public var mean: Double?
    /// The standard deviation (n - 1 denominator); `nil` when suppressed or with fewer than two scores.
    public var standardDeviation: Double?

    /// Creates a summary.
    public init(respondentCount: Int, mean: Double?, standardDeviation: Double?) {
        self.respondentCount = respondentCount
        self.mean = mean
        self.standardDeviation = standardDeviation
    }
}

/// A school, or one role group within a school, as the outputs show it after suppression.
public struct SurveyGroupSummary: Sendable, Equatable {
    /// The school's CDS code.
    public var cds: String
    /// The role group, or `nil` for all the school's respondents.
    public var role: SurveyRole?
    /// Respondents in the group; `nil` where even the count is suppressed (small role groups).
    public var respondentCount: Int?
    /// Whether the group's scores are withheld under the suppression rule.
    public var isSuppressed: Bool
    /// One summary per measure of `SurveySchoolSummary.measures`; `nil` when the group is suppressed.
    public var measures: [MeasureSummary]?

    /// Creates a group summary.
    public init(cds: String, role: SurveyRole?, respondentCount: Int?, isSuppressed: Bool, measures: [MeasureSummary]?) {
        self.cds = cds
        self.role = role
        self.respondentCount = respondentCount
        self.isSuppressed = isSuppressed
        self.measures = measures
    }
}

/// School-level survey results: per school (all roles) and per school and role, with small groups suppressed
/// under a `SuppressionRule`.
///
/// This is the survey's contribution to the merged school table: `schoolTable()` is keyed by `cds`.
public struct SurveySchoolSummary: Sendable, Equatable {
    /// The measures summarized: the PAL index, then each area.
    public var measures: [SurveyMeasure]
    /// The rule applied.
    public var suppression: SuppressionRule
    /// One entry per school, sorted by CDS code.
    public var schools: [SurveyGroupSummary]
    /// One entry per school and role present, sorted by CDS code then role.
    public var schoolRoles: [SurveyGroupSummary]

    /// Aggregates respondents' scores by school and by school and role, then applies `suppression`.
    public init(scores: ScaleScores, suppression: SuppressionRule) {
        let measures = scores.measures
        let columns = measures.map { scores.scores($0) }
        var rowsBySchool: [String: [Int]] = [:]
        for (row, respondent) in scores.respondents.enumerated() {
            rowsBySchool[respondent.cds, default: []].append(row)
        }
        self.measures = measures
        self.suppression = suppression
        var schools: [SurveyGroupSummary] = []
        var schoolRoles: [SurveyGroupSummary] = []
        for cds in rowsBySchool.keys.sorted() {
            let rows = rowsBySchool[cds]!
            let schoolShown = suppression.allows(rows.count)
            let schoolMeasures = columns.map { SurveySchoolSummary.summarize(rows, $0) }
            schools.append(SurveyGroupSummary(
                cds: cds, role: nil, respondentCount: rows.count, isSuppressed: !schoolShown,
                measures: schoolShown ? schoolMeasures.map { suppression.withheld($0) } : nil))

            let roles = SurveyRole.allCases.filter { role in rows.contains { scores.respondents[$0].role == role } }
            let rowsByRole = roles.map { role in rows.filter { scores.respondents[$0].role == role } }
            let rolesShown = schoolShown && rowsByRole.allSatisfy { suppression.allows($0.count) }
            let roleMeasures = rowsByRole.map { roleRows in columns.map { SurveySchoolSummary.summarize(roleRows, $0) } }
            // Per measure: shown in the role rows only if every role group scored on it is large enough (rule 3).
            let measureShown = measures.indices.map { m in
                roleMeasures.allSatisfy { $0[m].respondentCount == 0 || suppression.allows($0[m].respondentCount) }
            }
            for (index, role) in roles.enumerated() {
                schoolRoles.append(SurveyGroupSummary(
                    cds: cds, role: role, respondentCount: rolesShown ? rowsByRole[index].count : nil,
                    isSuppressed: !rolesShown,
                    measures: rolesShown ? roleMeasures[index].enumerated().map { m, summary in
                        measureShown[m] ? summary : MeasureSummary(respondentCount: summary.respondentCount,
                                                                   mean: nil, standardDeviation: nil)
                    } : nil))
            }
        }
        self.schools = schools
        self.schoolRoles = schoolRoles
    }

    /// Mean and SD of `values` over `rows`, skipping missing scores.
    static func summarize(_ rows: [Int], _ values: [Double?]) -> MeasureSummary {
        let present = rows.compactMap { values[$0] }
        guard !present.isEmpty else { return MeasureSummary(respondentCount: 0, mean: nil, standardDeviation: nil) }
        let mean = present.reduce(0, +) / Double(present.count)
        var sd: Double?
        if present.count >= 2 {
            let squares = present.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            sd = (squares / Double(present.count - 1)).squareRoot()
        }
        return MeasureSummary(respondentCount: present.count, mean: mean, standardDeviation: sd)
    }

    /// The column names of `schoolTable()` after `cds`, `n_respondents` and `suppressed`: for each measure its key
    /// (the mean), `<key>_sd` and `<key>_n`.
    public var measureColumnNames: [String] {
        measures.flatMap { [$0.key, "\($0.key)_sd", "\($0.key)_n"] }
    }

    /// The school table, one row per school keyed by `cds` (text): `n_respondents`, `suppressed` (1 or 0), then for
    /// each measure (`pal_index`, then the areas) the mean, `_sd` and `_n`. Suppressed values are missing.
    public func schoolTable() throws -> DataTable {
        try table(schools, withRole: false)
    }

    /// The school x role table: as `schoolTable()` with a `role` column after `cds`; suppressed role rows have every
    /// value but the keys and the flag missing.
    public func roleTable() throws -> DataTable {
        try table(schoolRoles, withRole: true)
    }

    private func table(_ groups: [SurveyGroupSummary], withRole: Bool) throws -> DataTable {
        var columns: [(name: String, values: Column)] = [("cds", .text(groups.map(\.cds)))]
        if withRole { columns.append(("role", .text(groups.map { $0.role?.rawValue }))) }
        columns.append(("n_respondents", .numeric(groups.map { $0.respondentCount.map(Double.init) })))
        columns.append(("suppressed", .numeric(groups.map { $0.isSuppressed ? 1 : 0 })))
        for (m, measure) in measures.enumerated() {
            columns.append((measure.key, .numeric(groups.map { $0.measures?[m].mean })))
            columns.append(("\(measure.key)_sd", .numeric(groups.map { $0.measures?[m].standardDeviation })))
            columns.append(("\(measure.key)_n", .numeric(groups.map { $0.measures.map { Double($0[m].respondentCount) } })))
        }
        return try DataTable(columns: columns)
    }
}

extension SuppressionRule {
    /// The summary with mean and SD withheld when fewer than the threshold are scored on the measure (rule 2).
    func withheld(_ summary: MeasureSummary) -> MeasureSummary {
        allows(summary.respondentCount) ? summary
            : MeasureSummary(respondentCount: summary.respondentCount, mean: nil, standardDeviation: nil)
    }
}
