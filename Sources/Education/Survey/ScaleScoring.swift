/// A respondent's scale scores: one per codebook area, plus the PAL index.
public struct RespondentScores: Sendable, Equatable {
    /// The respondent's id.
    public var respondentID: String
    /// The school's CDS code.
    public var cds: String
    /// The respondent's role.
    public var role: SurveyRole
    /// One score per area of `ScaleScores.areas` (same order); `nil` when too few of the area's items were answered.
    public var areaScores: [Double?]
    /// The main index (for the PAL survey the PAL index: the mean of the area scores), `nil` when any of its
    /// scales' scores is missing.
    public var palIndex: Double?

    /// The score of `measure`, if the respondent has one (`nil` also for an area the codebook lacks).
    public func score(_ measure: SurveyMeasure, areas: [SurveyArea]) -> Double? {
        switch measure {
        case .index: return palIndex
        case .area(let area): return areas.firstIndex(of: area).flatMap { areaScores[$0] }
        }
    }
}

/// Scale scores for every respondent: reverse-coded items flipped, each area scored as the mean of its answered
/// items when enough of them were answered.
public struct ScaleScores: Sendable, Equatable {
    /// The areas scored, in the survey's order (those the codebook has items for).
    public var areas: [SurveyArea]
    /// The main index scored (its key, title and scales).
    public var index: SurveyIndex
    /// The response scale the items share, so scores can say what range they are on.
    public var responseScale: ResponseScale
    /// One entry per respondent, in the responses' order.
    public var respondents: [RespondentScores]
    /// The share of an area's items a respondent must have answered for the area to get a score.
    public var minimumAnsweredShare: Double

    /// The default minimum share of answered items: half, the usual rule for short attitude scales.
    public static let defaultMinimumAnsweredShare = 0.5

    /// Scores every respondent.
    ///
    /// An area's score is the mean of the respondent's scored answers (reverse-coded items as `min + max - answer`)
    /// over the area's answered items, provided the answered share is at least `minimumAnsweredShare`
    /// (for example 2 of 4 items at 0.5; 2 of 3 items, since 1 of 3 is below half); otherwise it is missing.
    ///
    /// - Throws: `SurveyError` if `minimumAnsweredShare` is not in (0, 1].
    public init(responses: SurveyResponses, minimumAnsweredShare: Double = ScaleScores.defaultMinimumAnsweredShare) throws {
        guard minimumAnsweredShare > 0, minimumAnsweredShare <= 1 else {
            throw SurveyError("the minimum share of answered items must be above 0 and at most 1 (got "
                              + "\(minimumAnsweredShare)); for example 0.5 scores an area when half its items are answered", kind: .usage)
        }
        let codebook = responses.codebook
        let areas = codebook.areas
        let itemIndices = areas.map { codebook.itemIndices(in: $0) }
        self.areas = areas
        self.index = codebook.index
        self.responseScale = codebook.scale
        let indexPositions = areas.indices.filter { codebook.indexAreas.contains(areas[$0]) }
        self.minimumAnsweredShare = minimumAnsweredShare
        self.respondents = responses.respondents.map { respondent in
            let areaScores = itemIndices.map { indices in
                ScaleScores.areaScore(respondent.answers, items: indices, codebook: codebook,
                                      minimumAnsweredShare: minimumAnsweredShare)
            }
            return RespondentScores(respondentID: respondent.id, cds: respondent.cds, role: respondent.role,
                                    areaScores: areaScores,
                                    palIndex: PartnershipIndex.respondentIndex(areaScores: indexPositions.map { areaScores[$0] }))
        }
    }

    /// The mean scored answer over `items`, or `nil` when fewer than the required share were answered.
    static func areaScore(_ answers: [Double?], items: [Int], codebook: Codebook, minimumAnsweredShare: Double) -> Double? {
        var sum = 0.0
        var answered = 0
        for index in items {
            if let answer = answers[index] {
                sum += codebook.items[index].scored(answer)
                answered += 1
            }
        }
        // The small allowance keeps 0.6 x 5 = 3.0000000000000004 from demanding a fourth item.
        guard answered > 0, Double(answered) >= minimumAnsweredShare * Double(items.count) - 1e-9 else { return nil }
        return sum / Double(answered)
    }

    /// The measures scored: the main index, then each area.
    public var measures: [SurveyMeasure] { [.index(index)] + areas.map { .area($0) } }

    /// Every respondent's score on `measure`, in the respondents' order.
    public func scores(_ measure: SurveyMeasure) -> [Double?] {
        respondents.map { $0.score(measure, areas: areas) }
    }
}
