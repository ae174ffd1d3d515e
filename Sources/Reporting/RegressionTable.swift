import Regression

/// Models side by side in one Markdown table: estimates with stars, standard errors in parentheses beneath, then N,
/// R², adjusted R² and the standard-error type, followed by notes that render as text (the stars legend included).
public struct RegressionTable: Sendable {
    /// The models, one column each.
    public var models: [ModelSummary]
    /// Reader-friendly names for terms (`meals` -> `Poverty (% free/reduced meals)`); unnamed terms print as they are.
    public var termLabels: [String: String]
    /// Decimals for estimates and standard errors.
    public var decimals: Int
    /// A note on the sample that replaces the per-model notes on dropped rows, for tables whose models were fitted on
    /// one common sample chosen beforehand (e.g. "All models use the same 28 schools; 2 were left out: ...").
    public var sampleNote: String?
    /// The label of the row of observation counts: what a row of the data is (`N (schools)`, `N (teachers)`).
    public var observationLabel: String

    /// Creates a table of `models`.
    public init(models: [ModelSummary], termLabels: [String: String] = [:], decimals: Int = 2, sampleNote: String? = nil,
                observationLabel: String = "N") {
        self.models = models
        self.observationLabel = observationLabel
        self.termLabels = termLabels
        self.decimals = decimals
        self.sampleNote = sampleNote
    }

    /// Terms in order of first appearance across the models, intercept last (as regression tables usually print it).
    public var termOrder: [String] {
        var seen: [String] = []
        for model in models {
            for coefficient in model.coefficients where !seen.contains(coefficient.term) { seen.append(coefficient.term) }
            for term in model.aliased where !seen.contains(term) { seen.append(term) }
        }
        let intercept = seen.filter { $0 == "(Intercept)" }
        return seen.filter { $0 != "(Intercept)" } + intercept
    }

    /// The table and its notes as Markdown.
    public func render() -> String {
        var table = MarkdownTable(headers: [""] + models.map(\.name))
        for term in termOrder {
            var estimates = [termLabels[term] ?? term], errors = [""]
            for model in models {
                if let c = model.coefficient(term) {
                    estimates.append(NumberFormatting.fixed(c.estimate, decimals: decimals) + NumberFormatting.stars(c.pValue))
                    errors.append("(" + NumberFormatting.fixed(c.standardError, decimals: decimals) + ")")
                } else if model.aliased.contains(term) {
                    estimates.append("aliased")
                    errors.append("")
                } else {
                    estimates.append("")
                    errors.append("")
                }
            }
            table.append(estimates)
            table.append(errors)
        }
        table.append([MarkdownText.escapeInline(observationLabel)] + models.map { String($0.observationCount) })
        table.append(["R²"] + models.map { NumberFormatting.fixed($0.rSquared, decimals: 3) })
        table.append(["Adjusted R²"] + models.map { NumberFormatting.fixed($0.adjustedRSquared, decimals: 3) })
        table.append(["Standard errors"] + models.map(\.standardErrorType))

        var notes: [String] = []
        notes.append("Standard errors in parentheses. " + NumberFormatting.starsLegend)
        let types = Set(models.map(\.covariance))
        if types.count == 1, let type = types.first {
            notes.append("Stars and standard errors use \(MarkdownText.escapeInline(StandardErrorNames.describe(type))).")
        } else {
            notes.append("Each column's stars and standard errors use the estimator named in its \"Standard errors\" row.")
        }
        if let sampleNote {
            notes.append(MarkdownText.escapeLineStart(sampleNote))
        }
        for model in models where model.droppedTotal > 0 {
            let parts = model.dropped.map { "\(MarkdownText.escapeInline($0.column)) missing for \($0.count)" }
            notes.append("Model \(MarkdownText.escapeInline(model.name)) dropped \(model.droppedTotal) "
                + (model.droppedTotal == 1 ? "row" : "rows") + " with missing values (" + parts.joined(separator: "; ") + ").")
        }
        if sampleNote == nil, models.allSatisfy({ $0.droppedTotal == 0 }) {
            notes.append("No rows were dropped for missing values.")
        }
        // Each note is its own paragraph; every note starts with a word, so none can open a list or heading.
        return table.render() + "\n" + notes.joined(separator: "\n\n") + "\n"
    }
}

/// Plain-language names of the standard-error estimators, for notes under tables.
public enum StandardErrorNames {
    /// A description of the estimator `type` (`.hc3` -> "heteroskedasticity-robust (HC3) standard errors").
    public static func describe(_ type: CovarianceType) -> String {
        switch type {
        case .classical: return "classical (homoskedastic) standard errors"
        case .hc0, .hc1, .hc2, .hc3: return "heteroskedasticity-robust (\(type)) standard errors"
        case .clustered(_, .cr1): return "cluster-robust (\(type), Stata's small-sample factor) standard errors"
        case .clustered(_, .cr2): return "cluster-robust (\(type), bias-reduced, Satterthwaite df) standard errors"
        }
    }
}
