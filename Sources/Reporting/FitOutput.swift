import Regression

/// The two renderings of one fitted model that `partnership fit` prints: JSON for machines, Markdown for people.
public enum FitOutput {
    /// The JSON document of DESIGN.md's contract (the shape of `reference/r-reference.json`'s `expect`), plus
    /// bookkeeping: weights, level, aliased terms, per-coefficient degrees of freedom, the F test's degrees of freedom
    /// and p-value, log-likelihood, AIC and BIC. Numbers print with the shortest digits that round-trip a `Double`.
    public static func json(fit: LinearModelFit, table: CoefficientTable, data: String? = nil) -> JSONValue {
        let design = fit.design
        let coefficients: [JSONValue] = table.rows.map { row in
            .object([
                ("term", .string(row.term)),
                ("estimate", .number(row.estimate)),
                ("std_error", .number(row.standardError)),
                ("statistic", .number(row.statistic)),
                ("p_value", .number(row.pValue)),
                ("conf_low", .number(row.lowerBound)),
                ("conf_high", .number(row.upperBound)),
                ("df", .number(row.degreesOfFreedom)),
            ])
        }
        var members: [(String, JSONValue)] = [
            ("formula", .string(design.formula)),
            ("vcov", .string(table.covariance.description)),
            ("n", .integer(fit.observationCount)),
            ("dropped", .object([
                ("total", .integer(design.dropped.total)),
                ("by_column", .object(design.dropped.byColumn.map { ($0.column, .integer($0.count)) })),
            ])),
            ("df_residual", .integer(fit.residualDegreesOfFreedom)),
            ("rank", .integer(fit.rank)),
            ("coefficients", .array(coefficients)),
            ("r_squared", .number(fit.rSquared)),
            ("adj_r_squared", .number(fit.adjustedRSquared)),
            ("sigma", .number(fit.sigma)),
            ("f_statistic", .number(table.fStatistic?.value)),
        ]
        members += [
            ("f_df", table.fStatistic.map {
                .array([.number($0.numeratorDegreesOfFreedom), .number($0.denominatorDegreesOfFreedom)])
            } ?? .null),
            ("f_p_value", .number(table.fStatistic?.pValue)),
            ("level", .number(table.level)),
            ("aliased", .array(table.aliasedColumnNames.map { .string($0) })),
            ("weights", design.weightsName.map { .string($0) } ?? .null),
            ("clusters", table.coefficientCovariance.clusterCount.map { .integer($0) } ?? .null),
            ("log_likelihood", .number(fit.logLikelihood)),
            ("aic", .number(fit.aic)),
            ("bic", .number(fit.bic)),
        ]
        if let data { members.insert(("data", .string(data)), at: 0) }
        return .object(members)
    }

    /// A Markdown section: the formula, a coefficient table with stars and intervals, the fit statistics, notes on
    /// the standard errors, dropped rows and aliased terms, and a plain-language sentence about the first slope.
    public static func markdown(fit: LinearModelFit, table: CoefficientTable, data: String? = nil) -> String {
        let design = fit.design
        let percent = NumberFormatting.fixed(table.level * 100, decimals: table.level * 100 == (table.level * 100).rounded() ? 0 : 1)
        var out = "#### " + MarkdownText.escapeInline(design.formula) + "\n\n"
        var coefficientTable = MarkdownTable(headers: ["Term", "Estimate", "Std. error", "t", "p", "\(percent)% CI low", "\(percent)% CI high"])
        // Model order, with aliased columns in their place (as R's summary prints their NA rows).
        let rowsByTerm = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.term, $0) })
        for name in design.columnNames {
            guard let row = rowsByTerm[name] else {
                if table.aliasedColumnNames.contains(name) { coefficientTable.append([name, "aliased", "", "", "", "", ""]) }
                continue
            }
            coefficientTable.append([
                row.term,
                NumberFormatting.significant(row.estimate) + NumberFormatting.stars(row.pValue),
                NumberFormatting.significant(row.standardError),
                NumberFormatting.fixed(row.statistic, decimals: 2),
                NumberFormatting.pValueScientific(row.pValue),
                NumberFormatting.significant(row.lowerBound),
                NumberFormatting.significant(row.upperBound),
            ])
        }
        out += coefficientTable.render() + "\n"

        var statistics = "N = \(fit.observationCount)"
        statistics += ", residual df = \(fit.residualDegreesOfFreedom)"
        statistics += ", R² = " + NumberFormatting.fixed(fit.rSquared, decimals: 4)
        statistics += ", adjusted R² = " + NumberFormatting.fixed(fit.adjustedRSquared, decimals: 4)
        statistics += ", residual standard error = " + NumberFormatting.significant(fit.sigma)
        if let f = table.fStatistic {
            statistics += ", F = " + NumberFormatting.significant(f.value) + " on "
                + degreesOfFreedom(f.numeratorDegreesOfFreedom) + " and "
                + degreesOfFreedom(f.denominatorDegreesOfFreedom) + " df (p "
                + (f.pValue < 0.001 ? "< 0.001" : "= " + NumberFormatting.fixed(f.pValue, decimals: 3)) + ")"
        }
        out += MarkdownText.escapeLineStart(statistics) + ".\n\n"
        out += "Standard errors, p-values, stars and intervals use "
            + MarkdownText.escapeInline(StandardErrorNames.describe(table.covariance))
            + degreesOfFreedomNote(table) + ". " + NumberFormatting.starsLegend + "\n\n"
        if let weights = design.weightsName {
            out += "Weighted least squares with weights from the column " + MarkdownText.escapeInline(weights) + ".\n\n"
        }
        out += droppedNote(design.dropped) + "\n"
        if !table.aliasedColumnNames.isEmpty {
            out += "\n" + "Not estimable (aliased: a linear combination of earlier columns, so dropped from the fit): "
                + table.aliasedColumnNames.map(MarkdownText.escapeInline).joined(separator: ", ") + ".\n"
        }
        if let sentence = PlainLanguage.firstSlopeSentence(fit: fit, table: table) {
            out += "\n" + sentence + "\n"
        }
        return out
    }

    /// Degrees of freedom as people write them: whole numbers without decimals, Satterthwaite's with two.
    static func degreesOfFreedom(_ df: Double) -> String {
        df == df.rounded() ? String(Int(df)) : NumberFormatting.fixed(df, decimals: 2)
    }

    /// Which degrees of freedom the t tests used.
    static func degreesOfFreedomNote(_ table: CoefficientTable) -> String {
        switch table.covariance {
        case .clustered(_, .cr1):
            let g = table.coefficientCovariance.clusterCount ?? 0
            return ", with t tests on G − 1 = \(g - 1) degrees of freedom (\(g) clusters)"
        case .clustered(_, .cr2):
            return " (\(table.coefficientCovariance.clusterCount ?? 0) clusters)"
        default:
            return ""
        }
    }

    /// A sentence on rows dropped for missing values.
    static func droppedNote(_ dropped: MissingValueReport) -> String {
        guard dropped.total > 0 else { return "No rows were dropped for missing values." }
        let parts = dropped.byColumn.map { "\(MarkdownText.escapeInline($0.column)) missing in \($0.count)" }
        return "\(dropped.total) " + (dropped.total == 1 ? "row was" : "rows were")
            + " dropped for missing values (" + parts.joined(separator: "; ") + ")."
    }
}
