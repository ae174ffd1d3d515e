import Foundation
import LinearAlgebra
import TestSupport
@testable import Regression

// The unit-test reference: Tests/Fixtures/reference/fit-extra-reference.json, written by
// Tests/Fixtures/scripts/fit_reference.R (R 4.2.2: lm, summary.lm, logLik/AIC/BIC, confint, hatvalues,
// cooks.distance, anova; sandwich 3.0-2 vcovHC; lmtest coefci/waldtest; car 3.1-1 vif and linearHypothesis).
// The tests build each model matrix straight from the CSV columns the case names, so they test the fit alone,
// independent of formula parsing.

/// One column of a reference design: the product of the `recipe` parts (`meals`, or `stype=H` for an indicator).
struct ReferenceColumn: Decodable {
    let name: String
    let term: Int?
    let recipe: [String]
}

/// Numbers under one covariance estimator.
struct ReferenceCovariance: Decodable {
    let std_error: [Double]
    let statistic: [Double]
    let p_value: [Double]
    let conf_low_90: [Double]
    let conf_high_90: [Double]
    let conf_low_95: [Double]
    let conf_high_95: [Double]
    let wald_f: Double
    let wald_df: [Double]
    let wald_p: Double
}

/// car::vif's row for a term.
struct ReferenceVIF: Decodable {
    let term: String
    let gvif: Double
    let df: Int
    let adjusted: Double
}

/// What R reports for a case.
struct ReferenceExpectation: Decodable {
    let n: Int
    let rows: Int
    let rank: Int
    let df_residual: Int
    let coefficients: [Double?]
    let aliased: [String]
    let sigma: Double
    let r_squared: Double
    let adj_r_squared: Double
    let f_statistic: Double
    let f_df: [Double]
    let f_p_value: Double
    let rss: Double
    let log_lik: Double
    let aic: Double
    let bic: Double
    let covariance: [String: ReferenceCovariance]
    let hat: [Double]
    let cooks: [Double]
    let fitted: [Double]
    let residuals: [Double]
    let beta: [Double?]
    let vif: [ReferenceVIF]?
}

/// One model of the unit-test reference.
struct ReferenceFitCase: Decodable {
    let id: String
    let data: String
    let formula: String
    let response: String
    let columns: [ReferenceColumn]
    let terms: [String]
    let intercept: Bool
    let weights: String?
    let zero_weight_rows: [Int]
    let expect: ReferenceExpectation
}

/// anova and lmtest::waldtest results for a restricted/full pair.
struct ReferenceNestedTest: Decodable {
    struct Anova: Decodable { let f: Double; let df1: Int; let df2: Int; let p: Double; let rss0: Double; let rss1: Double }
    struct Wald: Decodable { let type: String; let f: Double; let df1: Int; let df2: Int; let p: Double }
    let restricted: String
    let full: String
    let anova: Anova
    let wald: [Wald]
}

/// The whole file.
struct ReferenceFitFile: Decodable {
    let cases: [ReferenceFitCase]
    let nested: [ReferenceNestedTest]

    /// Read once for all tests.
    static let shared: ReferenceFitFile = {
        let url = Fixtures.fixture("reference/fit-extra-reference.json")
        do {
            return try JSONDecoder().decode(ReferenceFitFile.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    /// The case called `id`.
    static func fitCase(_ id: String) -> ReferenceFitCase {
        guard let found = shared.cases.first(where: { $0.id == id }) else { fatalError("no reference case \(id)") }
        return found
    }
}

extension ReferenceFitCase {
    /// The design R fitted: complete rows of the used columns, in file order, with the listed rows' weights set to 0.
    func design() -> DesignMatrix {
        let table = ReferenceCSV.load(data)
        let variables = [response] + columns.flatMap { $0.recipe.map { String($0.split(separator: "=")[0]) } }
            + (weights.map { [$0] } ?? [])
        let rows = (0..<table.rowCount).filter { row in variables.allSatisfy { table.value($0, row) != nil } }
        let columnValues: [[Double]] = columns.map { column in
            rows.map { row in
                column.recipe.reduce(1.0) { product, part in
                    let pieces = part.split(separator: "=").map(String.init)
                    if pieces.count == 2 { return product * (table.value(pieces[0], row) == pieces[1] ? 1 : 0) }
                    return product * Double(table.value(part, row)!)!
                }
            }
        }
        var caseWeights = weights.map { name in rows.map { Double(table.value(name, $0)!)! } }
        for row in zero_weight_rows { caseWeights?[row] = 0 }
        return DesignMatrix(formula: formula, responseName: response,
                            response: rows.map { Double(table.value(response, $0)!)! },
                            matrix: Matrix(columnList: columnValues), columnNames: columns.map(\.name),
                            termLabels: terms, termOfColumn: columns.map(\.term), hasIntercept: intercept,
                            weights: caseWeights, weightsName: weights, rowsUsed: rows)
    }

    /// The fit of `design()`.
    func fit() throws -> LinearModelFit { try LinearModel.fit(design()) }
}

/// The reference CSV files, read by the test-only `RWrittenCSV` (the package's own reader is tested in DataTableTests,
/// and these tests must not depend on it).
enum ReferenceCSV {
    /// Reads `Tests/Fixtures/reference/<file>`.
    static func load(_ file: String) -> RWrittenCSV {
        try! RWrittenCSV(contentsOf: Fixtures.fixture("reference/\(file)"))
    }
}

/// Whether every element agrees (same length, `agrees` element by element).
func allAgree(_ actual: [Double], _ expected: [Double], relative: Double = 1e-8, absolute: Double = 1e-10) -> Bool {
    actual.count == expected.count && zip(actual, expected).allSatisfy { agrees($0, $1, relative: relative, absolute: absolute) }
}
