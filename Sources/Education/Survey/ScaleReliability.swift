/// How reliable one area's scale is: Cronbach's alpha of its items over the respondents who answered them all.
///
/// Listwise: only respondents with every item of the area answered enter (psych's default, pairwise covariances,
/// can give a covariance matrix no single group of people produced; the complete-case count is reported instead).
/// All roles are pooled; the statistics describe items, not any school, so no suppression applies.
public struct ScaleReliability: Sendable, Equatable {
    /// The area.
    public var area: SurveyArea
    /// Its items, in codebook order (reverse-coded items already reversed in the statistics).
    public var itemIDs: [String]
    /// Respondents with every item of the area answered (the cases used).
    public var completeCases: Int
    /// Respondents with at least one answer in the area.
    public var respondentsAnswering: Int
    /// Alpha and item statistics; `nil` when the area has fewer than two items or two complete cases.
    public var alpha: CronbachAlpha?

    /// The reliability of `area` in `responses`.
    public init(responses: SurveyResponses, area: SurveyArea, confidenceLevel: Double = 0.95) {
        let codebook = responses.codebook
        let indices = codebook.itemIndices(in: area)
        var cases: [[Double]] = []
        var answering = 0
        for respondent in responses.respondents {
            let answers = indices.map { respondent.answers[$0] }
            if answers.contains(where: { $0 != nil }) { answering += 1 }
            guard answers.allSatisfy({ $0 != nil }) else { continue }
            cases.append(zip(indices, answers).map { codebook.items[$0.0].scored($0.1!) })
        }
        self.area = area
        self.itemIDs = indices.map { codebook.items[$0].id }
        self.completeCases = cases.count
        self.respondentsAnswering = answering
        self.alpha = CronbachAlpha(cases: cases, confidenceLevel: confidenceLevel)
    }
}
