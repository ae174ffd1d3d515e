import ArgumentParser
import DataTable
import Regression
import Reporting

/// `partnership compare`: several models side by side in one table, with a plain-language sentence for a chosen term.
public struct CompareCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Fit several models and print them side by side, with a sentence a board member can read.",
        discussion: """
            Each --formula is fitted on the rows it can use (listwise deletion per model; the table's notes say what \
            each model dropped). The table shows estimates with stars, standard errors in parentheses, N, R², \
            adjusted R² and the standard-error type; under it, one sentence per model about --term (default: the \
            first model's first slope), in the response's units (--unit) with its interval. --nested adds, for each \
            model whose terms include all of the previous model's, the F test of what its extra terms add (R's \
            anova; a Wald test under --vcov when that is not classical); nested models must use the same rows.

            Standard errors default to HC3 (heteroskedasticity-robust, the safer choice with few schools).

            Example:
              partnership compare --data abc-2011-2012.csv \\
                --formula "api12 ~ pal_index" --formula "api12 ~ pal_index + meals" \\
                --name "(1) API 2012" --name "(2) + poverty" --term pal_index --unit "API points" \\
                --label "pal_index=Partnership (PAL index)" --label "meals=Poverty (% meals)"
            """
    )

    /// The data file and how to read it.
    @OptionGroup public var input: AnalysisDataOptions

    /// The models.
    @Option(help: ArgumentHelp("A model formula (repeatable; one column each, in order).", valueName: "formula"))
    public var formula: [String]

    /// Column headings.
    @Option(help: ArgumentHelp("A model's column heading (repeatable; one per --formula; default (1), (2), ...).",
                               valueName: "text"))
    public var name: [String] = []

    /// Covariance estimator.
    @Option(help: ArgumentHelp("Standard errors: classical, HC0, HC1, HC2, HC3, CR1:COLUMN or CR2:COLUMN.", valueName: "type"))
    public var vcov: String = "HC3"

    /// Confidence level.
    @Option(help: ArgumentHelp("Confidence level of the intervals in the sentences.", valueName: "level"))
    public var level: Double = 0.95

    /// Reader-friendly names of terms and responses.
    @Option(help: ArgumentHelp("A term's or response's name in the table and sentences, as NAME=TEXT (repeatable).",
                               valueName: "name=text"))
    public var label: [String] = []

    /// The term the sentences are about.
    @Option(help: ArgumentHelp("The term the plain-language sentences are about (default: the first model's first slope).",
                               valueName: "term"))
    public var term: String?

    /// The response's unit.
    @Option(help: ArgumentHelp("What the response is measured in, for the sentences (e.g. \"API points\").", valueName: "unit"))
    public var unit: String?

    /// Whether to test consecutive nested models.
    @Flag(help: "Add the F test of what each model adds to the previous one, when they are nested.")
    public var nested: Bool = false

    /// Decimals in the table.
    @Option(help: ArgumentHelp("Decimals for estimates and standard errors in the table.", valueName: "n"))
    public var decimals: Int = 2

    /// The label of the table's row of counts: what one row of the data is.
    @Option(help: ArgumentHelp("The label of the row of counts, saying what one row of the data is.", valueName: "text"))
    public var observationLabel: String = "N (schools)"

    /// Output format.
    @Option(help: "Output format: markdown or json.")
    public var format: FitFormat = .markdown

    /// Output file.
    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    public var output: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Fits the models and prints the comparison.
    public func run() throws {
        guard name.isEmpty || name.count == formula.count else {
            throw CommandError(.usage, "\(name.count) --name for \(formula.count) --formula; give one per formula, or none")
        }
        guard (0...10).contains(decimals) else { throw CommandError(.usage, "--decimals must be between 0 and 10") }
        let labels = try parseLabels(label, option: "label")
        let covariance = try CovarianceType(parsing: vcov)
        var clusterColumn: String?
        if case .clustered(let column, _) = covariance { clusterColumn = column }
        let table = try input.read()
        var fits: [(name: String, fit: LinearModelFit, table: CoefficientTable)] = []
        for (index, text) in formula.enumerated() {
            let design = try DesignMatrix.build(formula: text, data: table, cluster: clusterColumn)
            let fit = try LinearModel.fit(design)
            let heading = name.isEmpty ? "(\(index + 1))" : name[index]
            fits.append((heading, fit, try fit.coefficientTable(covariance: covariance, level: level)))
        }
        let chosen = term ?? fits.first?.table.rows.first { $0.term != "(Intercept)" }?.term
        if let chosen, !fits.contains(where: { $0.table[chosen] != nil }) {
            let terms = Set(fits.flatMap { $0.table.rows.map(\.term) }).sorted().joined(separator: ", ")
            throw CommandError(.usage, "--term '\(chosen)' is in none of the models; their terms are: \(terms)")
        }
        let tests = nested ? try nestedTests(fits.map(\.fit), covariance: covariance) : []

        let text: String
        switch format {
        case .markdown: text = markdown(fits, term: chosen, labels: labels, tests: tests)
        case .json: text = json(fits, tests: tests).rendered() + "\n"
        }
        try SchoolTableOutput.emit(text, to: output)
    }

    /// Each consecutive pair of nested models: (index of the fuller model, its test).
    func nestedTests(_ fits: [LinearModelFit], covariance: CovarianceType) throws -> [(model: Int, test: NestedModelTest)] {
        var tests: [(model: Int, test: NestedModelTest)] = []
        for index in fits.indices.dropFirst() {
            let restricted = fits[index - 1], full = fits[index]
            guard Set(restricted.design.termLabels).isSubset(of: Set(full.design.termLabels)),
                  restricted.design.termLabels.count < full.design.termLabels.count,
                  restricted.design.responseName == full.design.responseName else { continue }
            let test = covariance == .classical
                ? try nestedFTest(restricted: restricted, full: full)
                : try nestedWaldTest(restricted: restricted, full: full, covariance: covariance)
            tests.append((index, test))
        }
        return tests
    }

    /// The table, the sentences and the nested tests as Markdown.
    func markdown(_ fits: [(name: String, fit: LinearModelFit, table: CoefficientTable)], term: String?,
                  labels: [String: String], tests: [(model: Int, test: NestedModelTest)]) -> String {
        let summaries = fits.map { ModelSummary(name: $0.name, fit: $0.fit, table: $0.table) }
        var out = RegressionTable(models: summaries, termLabels: labels, decimals: decimals,
                                  observationLabel: observationLabel).render()
        let formulas = fits.map { "\(MarkdownText.escapeInline($0.name)): `\($0.fit.design.formula.replacingOccurrences(of: "`", with: "'"))`" }
        out += "\nModels: " + formulas.joined(separator: "; ") + ".\n"
        if let term {
            var sentences: [String] = []
            for fit in fits {
                guard let row = fit.table[term] else { continue }
                let controls = CompareCommand.controls(of: fit.fit, except: term, labels: labels)
                let response = fit.fit.design.responseName
                sentences.append("**" + MarkdownText.escapeInline(fit.name) + ".** "
                    + PlainLanguage.effectSentence(term: labels[term] ?? term, response: labels[response] ?? response,
                                                   estimate: row.estimate, low: row.lowerBound, high: row.upperBound,
                                                   pValue: row.pValue, level: fit.table.level, controls: controls,
                                                   unit: unit))
            }
            out += "\n" + sentences.joined(separator: "\n\n") + "\n"
        }
        for (model, test) in tests {
            let f = test.fStatistic
            let what = test.covariance == .classical ? "F test" : "Wald test (\(test.covariance) standard errors)"
            // The sentence starts with a word, so a model named "+ partnership" cannot open a list.
            out += "\nNested test of " + MarkdownText.escapeInline(fits[model].name) + " against "
                + MarkdownText.escapeInline(fits[model - 1].name) + ": adding "
                + test.addedTerms.map { MarkdownText.escapeInline(labels[$0] ?? $0) }.joined(separator: ", ")
                + " gives \(what) F = " + NumberFormatting.significant(f.value) + " on "
                + degrees(f.numeratorDegreesOfFreedom) + " and " + degrees(f.denominatorDegreesOfFreedom) + " df, p "
                + (f.pValue < 0.001 ? "< 0.001" : "= " + NumberFormatting.fixed(f.pValue, decimals: 3)) + ".\n"
        }
        return out
    }

    /// The model's other terms, for "holding ... constant": one name per term, so the dummy columns of a factor
    /// (`stypeH`, `stypeM`) read as the factor (`stype`, or its --label).
    static func controls(of fit: LinearModelFit, except column: String, labels: [String: String]) -> [String] {
        let design = fit.design
        let own = design.columnNames.firstIndex(of: column).flatMap { design.termOfColumn[$0] }
        var names: [String] = []
        for (index, name) in design.columnNames.enumerated() where name != column && fit.estimatedColumnNames.contains(name) {
            guard let term = design.termOfColumn[index], term != own else { continue }
            let label = design.termLabels[term]
            // A term with one column is named by its column (its --label applies); a factor by its term.
            let shown = labels[name].flatMap { design.termOfColumn.filter { $0 == term }.count == 1 ? $0 : nil }
                ?? labels[label] ?? label
            if !names.contains(shown) { names.append(shown) }
        }
        return names
    }

    /// Degrees of freedom as people write them: whole numbers without decimals.
    func degrees(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : NumberFormatting.significant(value)
    }

    /// Each model's `partnership fit` JSON with its heading, and the nested tests.
    func json(_ fits: [(name: String, fit: LinearModelFit, table: CoefficientTable)],
              tests: [(model: Int, test: NestedModelTest)]) -> JSONValue {
        let models: [JSONValue] = fits.map { fit in
            guard case .object(let members) = FitOutput.json(fit: fit.fit, table: fit.table) else { return .null }
            return .object([("name", .string(fit.name))] + members)
        }
        let nestedTests: [JSONValue] = tests.map { model, test in
            .object([("restricted", .string(fits[model - 1].name)), ("full", .string(fits[model].name)),
                     ("added_terms", .array(test.addedTerms.map { .string($0) })),
                     ("vcov", .string(test.covariance.description)), ("f_statistic", .number(test.fStatistic.value)),
                     ("df", .array([.number(test.fStatistic.numeratorDegreesOfFreedom),
                                    .number(test.fStatistic.denominatorDegreesOfFreedom)])),
                     ("p_value", .number(test.fStatistic.pValue))])
        }
        return .object([("data", .string(input.data)), ("models", .array(models)), ("nested_tests", .array(nestedTests))])
    }
}
