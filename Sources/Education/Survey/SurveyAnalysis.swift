/// Everything the survey yields, from checked responses: scale scores, reliability of each area, ICCs of each
/// measure, and the suppressed school-level summaries.
///
/// The one call the command line and reports make; each part can also be computed on its own.
public struct SurveyAnalysis: Sendable, Equatable {
    /// Per-respondent scale scores and PAL index.
    public var scores: ScaleScores
    /// Cronbach's alpha and item statistics, one per area in the survey's order.
    public var reliability: [ScaleReliability]
    /// ICC(1) and ICC(2) of each measure across schools (`nil` where undefined), in `scores.measures` order.
    public var intraclassCorrelations: [IntraclassCorrelation?]
    /// School and school x role summaries after suppression.
    public var summary: SurveySchoolSummary

    /// Scores, checks reliability and aggregates `responses`.
    ///
    /// - Throws: `SurveyError` for a minimum answered share outside (0, 1] or a confidence level outside (0, 1).
    public init(responses: SurveyResponses,
                minimumAnsweredShare: Double = ScaleScores.defaultMinimumAnsweredShare,
                suppression: SuppressionRule = .standard,
                confidenceLevel: Double = 0.95) throws {
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw SurveyError("the confidence level must be between 0 and 1 (got \(confidenceLevel)); 0.95 gives a 95% interval", kind: .usage)
        }
        let scores = try ScaleScores(responses: responses, minimumAnsweredShare: minimumAnsweredShare)
        let schools = scores.respondents.map(\.cds)
        self.scores = scores
        self.reliability = scores.areas.map {
            ScaleReliability(responses: responses, area: $0, confidenceLevel: confidenceLevel)
        }
        self.intraclassCorrelations = scores.measures.map {
            IntraclassCorrelation(values: scores.scores($0), groups: schools)
        }
        self.summary = SurveySchoolSummary(scores: scores, suppression: suppression)
    }
}
