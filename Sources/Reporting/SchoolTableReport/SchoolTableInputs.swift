import DataTable
import Education
import Regression

/// What a board report on a district's own files is built from: school-level survey scores, the outcome (and,
/// when there is one, the prior-year outcome) and poverty, each read as its data description says, and the words
/// every table and sentence uses for them.
public struct SchoolTableInputs: Sendable {
    /// The survey's school scores.
    public var scores: SchoolScoreFile
    /// The outcome per school (for example the 2011 mathematics mean scale score).
    public var outcome: SchoolValues
    /// The prior-year outcome per school, when the data have one.
    public var prior: SchoolValues?
    /// Poverty per school.
    public var poverty: SchoolValues
    /// Names and labels.
    public var labels: SchoolTableLabels

    /// Creates the inputs.
    public init(scores: SchoolScoreFile, outcome: SchoolValues, prior: SchoolValues?, poverty: SchoolValues,
                labels: SchoolTableLabels) {
        self.scores = scores
        self.outcome = outcome
        self.prior = prior
        self.poverty = poverty
        self.labels = labels
    }
}

/// The words and column names of a report on a district's own files.
public struct SchoolTableLabels: Sendable, Equatable {
    /// The report's title.
    public var title: String
    /// The survey, as the report names it (for example "NYC School Survey 2011, teacher domain scores").
    public var survey: String
    /// A plain statement of what the data are and cover, printed near the top (instead of a synthetic banner).
    public var dataNote: String?
    /// The outcome's column name in the school table and the models (for example `math11`).
    public var outcomeName: String
    /// The outcome as tables print it (for example "NYS grades 3-8 mathematics, mean scale score, 2011").
    public var outcomeLabel: String
    /// The outcome's units (for example "scale points").
    public var outcomeUnits: String
    /// The prior-year outcome's column name (for example `math10`).
    public var priorName: String
    /// The prior-year outcome as tables print it.
    public var priorLabel: String
    /// The poverty column's name in the table and the models (for example `frl_percent`).
    public var povertyName: String
    /// Poverty as tables print it (for example "% free or reduced-price lunch").
    public var povertyLabel: String

    /// Creates the labels.
    public init(title: String, survey: String, dataNote: String?, outcomeName: String, outcomeLabel: String,
                outcomeUnits: String, priorName: String, priorLabel: String, povertyName: String,
                povertyLabel: String) {
        self.title = title
        self.survey = survey
        self.dataNote = dataNote
        self.outcomeName = outcomeName
        self.outcomeLabel = outcomeLabel
        self.outcomeUnits = outcomeUnits
        self.priorName = priorName
        self.priorLabel = priorLabel
        self.povertyName = povertyName
        self.povertyLabel = povertyLabel
    }

    /// The growth column: outcome minus prior.
    public var growthName: String { "growth" }
}

/// How a report on a district's own files is computed.
public struct SchoolTableOptions: Sendable, Equatable {
    /// Schools with fewer respondents than this are suppressed (left out of every table and model).
    public var suppressBelow: Int
    /// The standard errors of every model.
    public var covariance: CovarianceType
    /// Confidence level of the intervals.
    public var level: Double

    /// Creates options (defaults: fewer than 5 respondents suppressed, HC3, 95%).
    public init(suppressBelow: Int = 5, covariance: CovarianceType = .hc3, level: Double = 0.95) {
        self.suppressBelow = suppressBelow
        self.covariance = covariance
        self.level = level
    }
}
