import DataTable
import Education
import Regression

/// The models of a report on a district's own files: for each survey measure the core models, side by side, with
/// the measure's p-values Holm-adjusted across the measures of each model.
public struct SchoolTableAnalysis: Sendable {
    /// The kinds of core model, in report order.
    public enum Kind: String, Sendable, CaseIterable {
        /// Outcome on the measure.
        case level
        /// Outcome on the measure and poverty.
        case levelPoverty = "level_poverty"
        /// Growth (outcome minus prior) on the measure and poverty.
        case growth
        /// Outcome on the measure, poverty and the prior-year outcome.
        case lagged

        /// Whether the model needs the prior-year outcome.
        var needsPrior: Bool { self == .growth || self == .lagged }
    }

    /// One fitted model.
    public struct Model: Sendable {
        /// Its kind.
        public let kind: Kind
        /// The survey measure it is about.
        public let measure: SchoolScoreDescription.Measure
        /// The fit and its coefficient table.
        public let model: BoardReportModel
        /// The measure's p-value after Holm's adjustment across the measures of this kind.
        public let holmPValue: Double
    }

    /// The inputs' words and names.
    public let labels: SchoolTableLabels
    /// The options.
    public let options: SchoolTableOptions
    /// The school table and who was left out.
    public let sample: SchoolTableSample
    /// The survey file's description.
    public let scores: SchoolScoreDescription
    /// The file names as printed (last path component).
    public let fileNames: [String]
    /// Whether there is a prior-year outcome (and so growth and lagged models).
    public let hasPrior: Bool
    /// The models, kind by kind, measure by measure.
    public let models: [Model]

    /// The fewest schools the models are fitted on.
    public static let minimumSchools = 10

    /// Joins the inputs and fits the models.
    ///
    /// - Throws: `PartnershipError` when too few schools are complete, or from the join and the fits.
    public init(inputs: SchoolTableInputs, options: SchoolTableOptions) throws {
        let sample = try SchoolTableSample(inputs: inputs, options: options)
        guard sample.count >= SchoolTableAnalysis.minimumSchools else {
            throw PartnershipError("only \(sample.count) schools have every score, outcome and poverty value after "
                                   + "suppression; the models need at least \(SchoolTableAnalysis.minimumSchools)")
        }
        let labels = inputs.labels
        let kinds = Kind.allCases.filter { !$0.needsPrior || inputs.prior != nil }
        var models: [Model] = []
        for kind in kinds {
            let fits = try inputs.scores.description.measures.map { measure in
                try BoardReportModel(name: measure.label, formula: SchoolTableAnalysis.formula(kind, measure.column, labels),
                                     data: sample.table, covariance: options.covariance, level: options.level)
            }
            let measures = inputs.scores.description.measures
            let adjusted = HolmAdjustment.adjust(zip(fits, measures).map { $0.row($1.column)?.pValue ?? .nan })
            for index in fits.indices {
                models.append(Model(kind: kind, measure: measures[index], model: fits[index],
                                    holmPValue: adjusted[index]))
            }
        }
        self.labels = labels
        self.options = options
        self.sample = sample
        self.scores = inputs.scores.description
        let files = [inputs.scores.description.file, inputs.outcome.description.file] + (inputs.prior.map {
            [$0.description.file]
        } ?? []) + [inputs.poverty.description.file]
        var unique: [String] = []
        for file in files.map(BoardReportInputs.FileNames.lastComponent) where !unique.contains(file) { unique.append(file) }
        self.fileNames = unique
        self.hasPrior = inputs.prior != nil
        self.models = models
    }

    /// The formula of `kind` for the measure column `measure`.
    static func formula(_ kind: Kind, _ measure: String, _ labels: SchoolTableLabels) -> String {
        switch kind {
        case .level: return "\(labels.outcomeName) ~ \(measure)"
        case .levelPoverty: return "\(labels.outcomeName) ~ \(measure) + \(labels.povertyName)"
        case .growth: return "\(labels.growthName) ~ \(measure) + \(labels.povertyName)"
        case .lagged: return "\(labels.outcomeName) ~ \(measure) + \(labels.povertyName) + \(labels.priorName)"
        }
    }

    /// The models of `kind`, in measure order.
    public func models(_ kind: Kind) -> [Model] { models.filter { $0.kind == kind } }
}

/// Holm's step-down adjustment of p-values (as R's `p.adjust(p, "holm")`).
enum HolmAdjustment {
    /// The adjusted p-values, in the input's order.
    static func adjust(_ p: [Double]) -> [Double] {
        let order = p.indices.sorted { p[$0] < p[$1] }
        var adjusted = Array(repeating: 0.0, count: p.count)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(p.count - rank) * p[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
