import DataTable
import Foundation
import Testing
import TestSupport
@testable import Regression

// End to end, CSV -> formula -> design -> fit -> coefficient table, against every case of
// Tests/Fixtures/reference/r-reference.json (R 4.2, see that folder's README.md) and r-reference-extra.json
// (made by Tests/Fixtures/scripts/r_reference_extra.R, which first re-derives every case of r-reference.json with
// the same conventions: lm, sandwich::vcovHC / vcovCL(type = "HC1"), estimatr::lm_robust(se_type = "CR2")).
// Agreement: relative 1e-8, absolute 1e-10 near zero (the README's standard).

/// One case of the R reference files.
struct RReferenceCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Coefficient: Decodable, Sendable {
        let term: String
        let estimate: Double
        let std_error: Double
        let statistic: Double
        let p_value: Double
        let conf_low: Double
        let conf_high: Double
    }
    struct Expectation: Decodable, Sendable {
        let n: Int
        let df_residual: Int
        let rank: Int
        let coefficients: [Coefficient]
        let r_squared: Double
        let adj_r_squared: Double
        let sigma: Double
        let f_statistic: Double
    }
    let id: String
    let data: String
    let formula: String
    let weights: String?
    let vcov: String
    let expect: Expectation

    var testDescription: String { id }

    /// Every case of both files.
    static let all: [RReferenceCase] = ["r-reference.json", "r-reference-extra.json"].flatMap { file in
        let url = Fixtures.fixture("reference/\(file)")
        do {
            return try JSONDecoder().decode([RReferenceCase].self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }
}

@Suite("End to end against R's reference results")
struct RReferenceTests {
    @Test("every reference case, CSV to coefficient table", arguments: RReferenceCase.all)
    func referenceCase(_ reference: RReferenceCase) throws {
        let table = try CSVReader.read(file: Fixtures.fixture("reference/\(reference.data)").path)
        let covariance = try CovarianceType(parsing: reference.vcov)
        var cluster: String? = nil
        if case .clustered(let column, _) = covariance { cluster = column }
        let design = try DesignMatrix.build(formula: reference.formula, data: table, weights: reference.weights,
                                            cluster: cluster)
        let fit = try LinearModel.fit(design)
        let result = try fit.coefficientTable(covariance: covariance)
        let expected = reference.expect
        let id = reference.id

        #expect(fit.observationCount == expected.n, "\(id): n")
        #expect(fit.residualDegreesOfFreedom == expected.df_residual, "\(id): df")
        #expect(fit.rank == expected.rank, "\(id): rank")
        #expect(result.rows.map(\.term) == expected.coefficients.map(\.term), "\(id): terms")
        for (row, wanted) in zip(result.rows, expected.coefficients) {
            let checks: [(String, Double, Double)] = [
                ("estimate", row.estimate, wanted.estimate), ("std_error", row.standardError, wanted.std_error),
                ("statistic", row.statistic, wanted.statistic), ("p_value", row.pValue, wanted.p_value),
                ("conf_low", row.lowerBound, wanted.conf_low), ("conf_high", row.upperBound, wanted.conf_high),
            ]
            for (name, actual, value) in checks {
                #expect(agrees(actual, value), "\(id) \(row.term) \(name): \(actual) vs \(value)")
            }
        }
        #expect(agrees(fit.rSquared, expected.r_squared), "\(id): r_squared")
        #expect(agrees(fit.adjustedRSquared, expected.adj_r_squared), "\(id): adj_r_squared")
        #expect(agrees(fit.sigma, expected.sigma), "\(id): sigma")
        let f = try #require(result.fStatistic, "\(id): F")
        #expect(agrees(f.value, expected.f_statistic), "\(id): f_statistic \(f.value) vs \(expected.f_statistic)")
    }

    @Test("the files hold all the cases they should")
    func caseCount() {
        #expect(RReferenceCase.all.count == 19)
        #expect(Set(RReferenceCase.all.map(\.id)).count == RReferenceCase.all.count)
    }
}
