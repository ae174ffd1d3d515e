import DataTable
import Regression

/// `report.json`: the machine-readable twin of a report on a district's own files: the sample (schools used,
/// left out and why) and, for every model, its formula, n, R², adjusted R², standard-error type and a broom-shaped
/// row per coefficient, terms named by their data column.
enum SchoolTableReportJSON {
    /// The document.
    static func document(_ analysis: SchoolTableAnalysis) throws -> JSONValue {
        let keys = try analysis.sample.table.text("key").map { JSONValue.string($0 ?? "") }
        let leftOut = analysis.sample.leftOut.map {
            JSONValue.object([("key", .string($0.key)), ("reason", .string($0.reason))])
        }
        let sample: JSONValue = .object([
            ("schools_used", .integer(analysis.sample.count)), ("keys", .array(keys)),
            ("schools_left_out", .integer(leftOut.count)), ("left_out", .array(leftOut)),
        ])
        return .object([
            ("title", .string(analysis.labels.title)),
            ("survey", .string(analysis.labels.survey)),
            ("files", .array(analysis.fileNames.map { .string($0) })),
            ("outcome", .string(analysis.labels.outcomeLabel)),
            ("sample", sample),
            ("models", .array(analysis.models.map(model))),
        ])
    }

    static func model(_ model: SchoolTableAnalysis.Model) -> JSONValue {
        let fit = model.model.fit
        let rows = model.model.table.rows.map { row in
            JSONValue.object([
                ("term", .string(row.term)), ("estimate", .number(row.estimate)),
                ("std_error", .number(row.standardError)), ("statistic", .number(row.statistic)),
                ("p_value", .number(row.pValue)), ("conf_low", .number(row.lowerBound)),
                ("conf_high", .number(row.upperBound)), ("df", .number(row.degreesOfFreedom)),
            ])
        }
        return .object([
            ("kind", .string(model.kind.rawValue)), ("measure", .string(model.measure.column)),
            ("formula", .string(model.model.formula)), ("n", .integer(fit.observationCount)),
            ("r_squared", .number(fit.rSquared)), ("adj_r_squared", .number(fit.adjustedRSquared)),
            ("std_error_type", .string(model.model.table.covariance.description)),
            ("holm_p_value", .number(model.holmPValue)),
            ("coefficients", .array(rows)),
        ])
    }
}
