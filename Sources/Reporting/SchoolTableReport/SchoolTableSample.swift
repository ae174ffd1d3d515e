import DataTable
import Education

/// The school table of a report on a district's own files: every survey school joined with its outcome, prior and
/// poverty on the key, the schools the models use, and those left out with the reason.
public struct SchoolTableSample: Sendable {
    /// One school left out, and why.
    public struct LeftOut: Sendable, Equatable {
        /// The school key.
        public var key: String
        /// Why (the first reason that applies).
        public var reason: String
    }

    /// The schools used, sorted by key: key, name, respondents, the measures, outcome, prior, growth, poverty.
    public let table: DataTable
    /// The schools of the survey file left out, in file order.
    public let leftOut: [LeftOut]

    /// The number of schools used.
    public var count: Int { table.rowCount }

    /// Joins the inputs and keeps the complete, unsuppressed schools.
    ///
    /// - Throws: `PartnershipError` (65) when no survey school matches the outcome or poverty file, showing a few
    ///   keys of each.
    public init(inputs: SchoolTableInputs, options: SchoolTableOptions) throws {
        try SchoolTableSample.checkJoin(inputs.scores, inputs.outcome)
        try SchoolTableSample.checkJoin(inputs.scores, inputs.poverty)
        if let prior = inputs.prior { try SchoolTableSample.checkJoin(inputs.scores, prior) }
        var used: [SchoolScoreFile.School] = []
        var leftOut: [LeftOut] = []
        for school in inputs.scores.schools {
            if let reason = SchoolTableSample.reason(school, inputs: inputs, options: options) {
                leftOut.append(LeftOut(key: school.key, reason: reason))
            } else {
                used.append(school)
            }
        }
        used.sort { $0.key < $1.key }
        self.table = try SchoolTableSample.table(used, inputs: inputs)
        self.leftOut = leftOut
    }

    /// The first reason `school` cannot be used, or `nil`.
    static func reason(_ school: SchoolScoreFile.School, inputs: SchoolTableInputs,
                       options: SchoolTableOptions) -> String? {
        let labels = inputs.labels
        guard let n = school.respondents, n >= Double(options.suppressBelow) else {
            return "fewer than \(options.suppressBelow) respondents (suppressed)"
        }
        if let missing = zip(inputs.scores.description.measures, school.scores).first(where: { $0.1 == nil }) {
            return "no \(missing.0.label) score"
        }
        if inputs.outcome.values[school.key] == nil { return "no \(labels.outcomeName) value" }
        if let prior = inputs.prior, prior.values[school.key] == nil { return "no \(labels.priorName) value" }
        if inputs.poverty.values[school.key] == nil { return "no \(labels.povertyName) value" }
        return nil
    }

    static func table(_ schools: [SchoolScoreFile.School], inputs: SchoolTableInputs) throws -> DataTable {
        let labels = inputs.labels
        let outcome = schools.map { inputs.outcome.values[$0.key] }
        var columns: [(name: String, values: Column)] = [
            ("key", .text(schools.map(\.key))), ("name", .text(schools.map(\.name))),
            ("respondents", .numeric(schools.map(\.respondents))),
        ]
        for (index, measure) in inputs.scores.description.measures.enumerated() {
            columns.append((measure.column, .numeric(schools.map { $0.scores[index] })))
        }
        columns.append((labels.outcomeName, .numeric(outcome)))
        if let prior = inputs.prior {
            let priorValues = schools.map { prior.values[$0.key] }
            columns.append((labels.priorName, .numeric(priorValues)))
            columns.append((labels.growthName, .numeric(zip(outcome, priorValues).map { a, b in
                guard let a, let b else { return nil }
                return a - b
            })))
        }
        columns.append((labels.povertyName, .numeric(schools.map { inputs.poverty.values[$0.key] })))
        return try DataTable(columns: columns)
    }

    /// - Throws: when no key of the survey is among `values`' keys.
    static func checkJoin(_ scores: SchoolScoreFile, _ values: SchoolValues) throws {
        let known = Set(values.keys)
        guard !scores.schools.contains(where: { known.contains($0.key) }) else { return }
        let surveyKeys = scores.schools.prefix(3).map { "'\($0.key)'" }.joined(separator: ", ")
        let otherKeys = values.keys.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        throw PartnershipError("no school of \(scores.description.file) (keys such as \(surveyKeys)) matches a school "
                               + "of \(values.description.file) (keys such as \(otherKeys)); check the key columns "
                               + "and the row filters of the data description")
    }
}
