import DataTable
import Education
import Regression

/// The statewide context: every California school of the growth file, real data only (no survey), with API level and
/// API growth regressed on poverty.
///
/// It shows a board how its district sits among all schools and why growth, rather than level, is the fairer
/// outcome: poverty predicts a school's API level strongly and its growth hardly at all.
public struct BoardReportStatewide: Sendable {
    /// What the statewide merge left out (alternative schools and the like, with the report's own exclusion options).
    public let exclusions: ExclusionReport
    /// Schools in the statewide merge.
    public let mergedCount: Int
    /// Schools with growth, outcome API and poverty all present: the models' rows.
    public let sample: DataTable
    /// Merged schools without a poverty value (no single Base-file match).
    public let missingPoverty: Int
    /// Merged schools without API in one of the years (poverty present).
    public let missingAPI: Int
    /// Outcome-year API on poverty.
    public let levelModel: BoardReportModel
    /// Growth on poverty.
    public let growthModel: BoardReportModel
    /// CDS codes of the report district's schools in `sample` (highlighted in the figure).
    public let districtCodes: Set<String>

    /// Merges the whole growth file and fits the two models.
    ///
    /// - Throws: `EducationError` / `RegressionError` from the merge and the fits.
    public init(inputs: BoardReportInputs, options: BoardReportOptions, variables: BoardReportVariables,
                districtCodes: Set<String>) throws {
        var mergeOptions = options.merge
        mergeOptions.districtPrefix = nil
        let merge = try LaggedMerge.build(growth: inputs.growth, base: inputs.base, survey: nil, options: mergeOptions)
        let table = merge.table
        let growth = try table.numeric(variables.growth), outcome = try table.numeric(variables.outcomeAPI)
        let poverty = try table.numeric(variables.poverty)
        var kept: [Int] = []
        var noPoverty = 0, noAPI = 0
        for row in 0..<table.rowCount {
            if poverty[row] == nil {
                noPoverty += 1
            } else if growth[row] == nil || outcome[row] == nil {
                noAPI += 1
            } else {
                kept.append(row)
            }
        }
        let sample = table.rows(kept)
        self.exclusions = merge.exclusions
        self.mergedCount = table.rowCount
        self.sample = sample
        self.missingPoverty = noPoverty
        self.missingAPI = noAPI
        self.levelModel = try BoardReportModel(name: "API \(variables.outcomeYear)",
                                               formula: "\(variables.outcomeAPI) ~ \(variables.poverty)", data: sample,
                                               covariance: options.covariance, level: options.level)
        self.growthModel = try BoardReportModel(name: "API growth",
                                                formula: "\(variables.growth) ~ \(variables.poverty)", data: sample,
                                                covariance: options.covariance, level: options.level)
        let codes = try sample.text("cds")
        self.districtCodes = Set(codes.compactMap { $0 }.filter { districtCodes.contains($0) })
    }
}
