import ArgumentParser
import DataTable
import Regression
import Reporting

/// `partnership fit`: fits one linear model and prints its coefficient table as Markdown or JSON.
public struct FitCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit one linear model (OLS or WLS) and print its coefficient table.",
        discussion: """
            The formula has R's meaning: y ~ a + b, a:b and a*b (interactions), 0 + ... or - 1 (no intercept), \
            I(x^2) (arithmetic), log(x), factor(x); text columns become factors with treatment coding (alphabetical \
            levels, the first is the baseline). Rows with a missing value in any column the model uses are dropped \
            and counted. Aliased (collinear) terms are reported, never solved silently.

            Standard errors (--vcov): classical, HC0, HC1, HC2, HC3 (as R's sandwich::vcovHC), CR1:COLUMN (Stata's \
            cluster-robust, t on G-1 df), CR2:COLUMN (bias-reduced with Satterthwaite df, as estimatr). p-values, \
            stars and intervals follow the chosen estimator.

            Examples:
              partnership fit --data data/api/ca-api-1999-2000-apipop.csv --formula "api00 ~ api99 + meals + ell" --vcov HC3
              partnership fit --data schools.csv --formula "growth ~ pal_index + meals" --vcov CR2:dnum --format json
            """
    )

    /// The data file and how to read it (shared with `compare`, `describe` and `plot`).
    @OptionGroup public var input: AnalysisDataOptions

    /// The model formula.
    @Option(help: ArgumentHelp("Model formula, e.g. \"api12 ~ partnership + meals\".", valueName: "formula"))
    public var formula: String

    /// Case-weights column.
    @Option(help: ArgumentHelp("Column of case weights (weighted least squares).", valueName: "column"))
    public var weights: String?

    /// Covariance estimator.
    @Option(help: ArgumentHelp("Standard errors: classical, HC0, HC1, HC2, HC3, CR1:COLUMN or CR2:COLUMN.", valueName: "type"))
    public var vcov: String = "classical"

    /// Confidence level.
    @Option(help: ArgumentHelp("Confidence level of the intervals.", valueName: "level"))
    public var level: Double = 0.95

    /// Output format.
    @Option(help: "Output format: markdown or json.")
    public var format: FitFormat = .markdown

    /// Output file.
    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    public var output: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Reads the data, fits the model and prints the result.
    public func run() throws {
        let covariance = try CovarianceType(parsing: vcov)
        var clusterColumn: String?
        if case .clustered(let column, _) = covariance { clusterColumn = column }
        let table = try input.read()
        let design = try DesignMatrix.build(formula: formula, data: table, weights: weights, cluster: clusterColumn)
        let fit = try LinearModel.fit(design)
        let coefficients = try fit.coefficientTable(covariance: covariance, level: level)
        let text: String
        switch format {
        case .json: text = FitOutput.json(fit: fit, table: coefficients, data: input.data).rendered() + "\n"
        case .markdown: text = FitOutput.markdown(fit: fit, table: coefficients, data: input.data)
        }
        if let output {
            try AtomicOutput.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}

/// Output formats of `partnership fit`.
public enum FitFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// A Markdown section for people.
    case markdown
    /// The JSON contract of DESIGN.md, for machines.
    case json
}
