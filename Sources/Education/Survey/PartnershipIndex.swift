/// The overall PAL index: how a respondent's six area scores become one partnership score.
///
/// Definition: the unweighted mean of the respondent's area scores over every area the codebook has (all six for the
/// PAL survey), and missing when any of those areas has no score. Equal weights keep each area's contribution the same
/// whatever its number of items; requiring every area keeps the index comparable between respondents (an index
/// averaged over fewer areas would measure something else). The partnership *area* (`SurveyArea.partnership`) stays
/// available as its own scale; the index is the survey's overall summary, reported as `pal_index`.
/// A school's PAL index is the mean of its respondents' indexes.
public enum PartnershipIndex {
    /// The index's column and JSON key.
    public static let key = "pal_index"

    /// The index from one respondent's area scores (one per codebook area): their mean, or `nil` if any is missing.
    public static func respondentIndex(areaScores: [Double?]) -> Double? {
        guard !areaScores.isEmpty else { return nil }
        var sum = 0.0
        for score in areaScores {
            guard let score else { return nil }
            sum += score
        }
        return sum / Double(areaScores.count)
    }
}
