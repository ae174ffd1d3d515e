import Education

/// The columns the board report analyses, named for the merge's years, with the labels readers see.
public struct BoardReportVariables: Sendable, Equatable {
    /// The survey year (its API is the baseline).
    public let surveyYear: Int
    /// The outcome year.
    public let outcomeYear: Int

    /// The codebook's main index (the PAL index for the PAL codebook).
    public let index: SurveyIndex
    /// The response scale's range as printed ("1-5").
    public let scaleRange: String

    /// Creates the names for a merge of `surveyYear` to `outcomeYear`, with the survey's main index `index` on
    /// answers of `scaleRange`.
    public init(surveyYear: Int, outcomeYear: Int, index: SurveyIndex = .pal, scaleRange: String = "1-5") {
        self.surveyYear = surveyYear
        self.outcomeYear = outcomeYear
        self.index = index
        self.scaleRange = scaleRange
    }

    /// The school's main index (mean of respondents' indexes): `pal_index` for the PAL codebook, else the
    /// codebook's index key.
    public var partnership: String { index.key }
    /// The survey year's API, e.g. `api11`.
    public var baseAPI: String { "api" + APIYear.twoDigits(surveyYear) }
    /// The outcome year's API, e.g. `api12`.
    public var outcomeAPI: String { "api" + APIYear.twoDigits(outcomeYear) }
    /// Outcome minus survey-year API.
    public let growth = "growth"
    /// Percent of tested students eligible for free or reduced-price meals.
    public let poverty = "meals"
    /// Percent English learners.
    public let englishLearners = "p_el"
    /// School name.
    public let schoolName = "sname"

    /// The variables of the descriptive and correlation tables, in display order.
    public var described: [String] { [partnership, baseAPI, outcomeAPI, growth, poverty, englishLearners] }

    /// The label a table row or axis shows for `column`.
    public func label(_ column: String) -> String {
        switch column {
        case partnership: return "Partnership (\(index.title), \(scaleRange))"
        case baseAPI: return "API \(surveyYear) (survey year)"
        case outcomeAPI: return "API \(outcomeYear) (outcome year)"
        case growth: return "API growth \(surveyYear)-\(outcomeYear)"
        case poverty: return "Poverty (% free or reduced-price meals)"
        case englishLearners: return "English learners (%)"
        case "(Intercept)": return "Intercept"
        default: return column
        }
    }

    /// Short words for sentences ("poverty", "2011 API").
    public func word(_ column: String) -> String {
        switch column {
        case partnership: return "partnership"
        case baseAPI: return "\(surveyYear) API"
        case outcomeAPI: return "\(outcomeYear) API"
        case growth: return "API growth from \(surveyYear) to \(outcomeYear)"
        case poverty: return "poverty"
        case englishLearners: return "the share of English learners"
        default: return column
        }
    }

    /// Term labels for regression tables.
    public var termLabels: [String: String] {
        var labels: [String: String] = [:]
        for column in described + ["(Intercept)"] { labels[column] = label(column) }
        return labels
    }
}
