import DataTable
import Education
import Regression

/// Every number the board report shows: the scored survey, the merge with API data, the four core models, the
/// nested test, standardized coefficients, diagnostics and the statewide context.
public struct BoardReportAnalysis: Sendable {
    /// The options used.
    public let options: BoardReportOptions
    /// The input files' names.
    public let fileNames: BoardReportInputs.FileNames
    /// Column names and labels for the merge's years.
    public let variables: BoardReportVariables
    /// Scores, reliability, ICCs and the suppressed school summaries.
    public let survey: SurveyAnalysis
    /// Whether the survey responses are synthetic (file name says so): the report then carries a banner.
    public let isSynthetic: Bool
    /// Respondents in the responses file.
    public let respondentCount: Int
    /// Respondents by role, in role order (roles with none left out).
    public let roleCounts: [(role: SurveyRole, count: Int)]
    /// The survey instrument's name (from the codebook).
    public let instrument: String
    /// The merged school table and its exclusion report.
    public let merge: LaggedMerge
    /// The district's name as the API file spells it (most frequent among the merged schools), if any.
    public let districtName: String?
    /// The schools the models are fitted on.
    public let sample: BoardReportSample
    /// The four core models: (1) outcome API on partnership; (2) adding poverty; (3) growth on partnership and
    /// poverty; (4) outcome API on partnership, poverty and survey-year API.
    public let models: [BoardReportModel]
    /// Outcome API on poverty alone: the restricted model of the nested test.
    public let povertyOnly: BoardReportModel
    /// Does partnership add to poverty? The classical F test of R's `anova(povertyOnly, model 2)`.
    public let partnershipBeyondPoverty: NestedModelTest
    /// The same question as a Wald test under the report's covariance (HC3 by default).
    public let partnershipBeyondPovertyRobust: NestedModelTest
    /// Diagnostics: VIF, influential schools, leave-one-out ranges.
    public let diagnostics: BoardReportDiagnostics
    /// The statewide context, when asked for.
    public let statewide: BoardReportStatewide?

    /// Index of the model whose diagnostics and residuals the report shows: (2), partnership holding poverty
    /// constant, the model the nested test is about.
    public static let focusModel = 1

    /// Runs the whole analysis.
    ///
    /// - Throws: `BoardReportError` for options out of range or too few complete schools; errors of the survey,
    ///   merge and regression steps as they come.
    public init(inputs: BoardReportInputs, options: BoardReportOptions) throws {
        guard options.level > 0, options.level < 1 else {
            throw BoardReportError("the confidence level must be between 0 and 1 (got \(options.level)); 0.95 gives "
                                   + "95% intervals", kind: .usage)
        }
        guard options.influentialSchools >= 1 else {
            throw BoardReportError("the number of influential schools to name must be at least 1", kind: .usage)
        }
        let responses = inputs.responses
        let scale = responses.codebook.scale
        let variables = BoardReportVariables(surveyYear: options.merge.surveyYear, outcomeYear: options.merge.outcomeYear,
                                             index: responses.codebook.index,
                                             scaleRange: "\(scale.minimum)-\(scale.maximum)")
        let survey = try SurveyAnalysis(responses: responses, minimumAnsweredShare: options.minimumAnsweredShare,
                                        suppression: options.suppression, confidenceLevel: options.level)
        let merge = try LaggedMerge.build(growth: inputs.growth, base: inputs.base,
                                          survey: try survey.summary.schoolTable(), options: options.merge)
        let sample = try BoardReportSample(merged: merge.table, variables: variables, suppression: options.suppression)
        guard sample.count >= BoardReportOptions.minimumSchools else {
            throw BoardReportError(
                "only \(sample.count) of the \(merge.table.rowCount) merged schools have a partnership score and "
                    + "complete API and poverty values; the report's models need at least "
                    + "\(BoardReportOptions.minimumSchools) (check that the survey's CDS codes are in the district and "
                    + "years chosen, or lower --suppress-below)")
        }

        let v = variables
        let specifications = [
            ("(1) API \(v.outcomeYear)", "\(v.outcomeAPI) ~ \(v.partnership)"),
            ("(2) API \(v.outcomeYear)", "\(v.outcomeAPI) ~ \(v.partnership) + \(v.poverty)"),
            ("(3) API growth", "\(v.growth) ~ \(v.partnership) + \(v.poverty)"),
            ("(4) API \(v.outcomeYear)", "\(v.outcomeAPI) ~ \(v.partnership) + \(v.poverty) + \(v.baseAPI)"),
        ]
        let models = try specifications.map {
            try BoardReportModel(name: $0.0, formula: $0.1, data: sample.table, covariance: options.covariance,
                                 level: options.level)
        }
        let povertyOnly = try BoardReportModel(name: "API \(v.outcomeYear) on poverty only",
                                               formula: "\(v.outcomeAPI) ~ \(v.poverty)", data: sample.table,
                                               covariance: options.covariance, level: options.level)
        let focus = models[BoardReportAnalysis.focusModel]

        self.options = options
        self.fileNames = inputs.fileNames
        self.variables = variables
        self.survey = survey
        self.isSynthetic = responses.isSynthetic
        self.respondentCount = responses.respondents.count
        self.roleCounts = SurveyRole.allCases.compactMap { role in
            let count = responses.respondents.filter { $0.role == role }.count
            return count > 0 ? (role, count) : nil
        }
        self.instrument = responses.codebook.instrument
        self.merge = merge
        self.districtName = BoardReportAnalysis.mostFrequent(try merge.table.text("dname").compactMap { $0 })
        self.sample = sample
        self.models = models
        self.povertyOnly = povertyOnly
        self.partnershipBeyondPoverty = try nestedFTest(restricted: povertyOnly.fit, full: focus.fit)
        self.partnershipBeyondPovertyRobust = try nestedWaldTest(restricted: povertyOnly.fit, full: focus.fit,
                                                                 covariance: options.covariance)
        self.diagnostics = try BoardReportDiagnostics(models: models, focus: BoardReportAnalysis.focusModel,
                                                      sample: sample.table, partnership: v.partnership,
                                                      count: options.influentialSchools)
        if options.includeStatewide {
            // Highlight the district's schools statewide; a report on all districts has no district to highlight.
            let codes = options.merge.districtPrefix == nil ? [] : Set(try merge.table.text("cds").compactMap { $0 })
            self.statewide = try BoardReportStatewide(inputs: inputs, options: options, variables: variables,
                                                      districtCodes: codes)
        } else {
            self.statewide = nil
        }
    }

    /// The most frequent value (ties: the alphabetically first), or `nil` for none.
    static func mostFrequent(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
    }

    /// The values of `column` in the model sample.
    func sampleValues(_ column: String) -> [Double?] {
        (try? sample.table.numeric(column)) ?? Array(repeating: nil, count: sample.count)
    }

    /// The standardized coefficient of `term` in `model` (b · sd(x) / sd(y)), if estimated.
    public func standardizedCoefficient(_ term: String, in model: BoardReportModel) -> Double? {
        guard let column = model.fit.design.columnNames.firstIndex(of: term) else { return nil }
        return model.fit.standardizedCoefficients[column]
    }
}
