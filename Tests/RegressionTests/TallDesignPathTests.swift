import DataTable
import Foundation
import LinearAlgebra
import Testing
import TestSupport
@testable import Regression

/// LinearAlgebra's tall-design path (streamed tall-skinny QR) through the whole fit, on every R reference case.
///
/// The path normally runs only above 4M matrix entries; `tallDesignEntries: 0` forces it on these 135–200-row designs
/// (all have at least 16 rows per column), and `Int.max` forces the exact path. Both must give R's numbers: the
/// reference files (`Tests/Fixtures/reference/`, R 4.2.2: lm, sandwich::vcovHC / vcovCL(type = "HC1"),
/// estimatr::lm_robust(se_type = "CR2"), hatvalues) at 1e-10 relative (absolute 1e-12 near zero), and each other at
/// 1e-12 (coefficients, residuals, leverages, the full covariance matrices).
@Suite("The tall-design path against R and against the exact path")
struct TallDesignPathTests {
    static func fits(_ design: DesignMatrix) throws -> (tall: LinearModelFit, exact: LinearModelFit) {
        let tall = try LinearModel.fit(design, aliasTolerance: defaultAliasTolerance,
                                       rankTolerance: defaultRankTolerance, tallDesignEntries: 0)
        let exact = try LinearModel.fit(design, aliasTolerance: defaultAliasTolerance,
                                        rankTolerance: defaultRankTolerance, tallDesignEntries: .max)
        return (tall, exact)
    }

    /// The largest |a − b| / (relative·|b| + absolute): at most 1 when every entry agrees.
    static func disagreement(_ a: [Double], _ b: [Double], relative: Double, absolute: Double) -> Double {
        precondition(a.count == b.count)
        return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1) / (relative * abs($1.1) + absolute)) }
    }

    /// Both fits agree: coefficients, residuals and the covariance matrix under `covariance`.
    static func expectSameFit(_ tall: LinearModelFit, _ exact: LinearModelFit, _ covariance: CovarianceType,
                              _ id: String) throws {
        #expect(tall.solution.factor.method == .tallSkinnyQR, "\(id): tall path taken")
        #expect(exact.solution.factor.method == .pivotedQR, "\(id): exact path taken")
        #expect(tall.estimatedColumns == exact.estimatedColumns && tall.aliasedColumns == exact.aliasedColumns)
        #expect(disagreement(tall.estimates, exact.estimates, relative: 1e-12, absolute: 1e-300) <= 1,
                "\(id): coefficients")
        // Residuals against the size of the response (a residual near zero has no relative accuracy to speak of).
        let scale = exact.design.response.reduce(0) { max($0, abs($1)) }
        #expect(disagreement(tall.residuals, exact.residuals, relative: 0, absolute: 1e-12 * scale) <= 1,
                "\(id): residuals")
        let a = try tall.covariance(covariance).matrix, b = try exact.covariance(covariance).matrix
        #expect(disagreement(a.values, b.values, relative: 1e-12, absolute: 1e-12 * b.values.map(abs).max()!) <= 1,
                "\(id): \(covariance) covariance")
    }

    @Test("every end-to-end reference case (classical, HC0–HC3, CR1, CR2; weighted, factors, missing rows)",
          arguments: RReferenceCase.all)
    func endToEndCase(_ reference: RReferenceCase) throws {
        let table = try CSVReader.read(file: Fixtures.fixture("reference/\(reference.data)").path)
        let covariance = try CovarianceType(parsing: reference.vcov)
        var cluster: String? = nil
        if case .clustered(let column, _) = covariance { cluster = column }
        let design = try DesignMatrix.build(formula: reference.formula, data: table, weights: reference.weights,
                                            cluster: cluster)
        let (tall, exact) = try Self.fits(design)
        try Self.expectSameFit(tall, exact, covariance, reference.id)
        let rows = try tall.coefficientTable(covariance: covariance).rows
        try #require(rows.count == reference.expect.coefficients.count)
        for (row, wanted) in zip(rows, reference.expect.coefficients) {
            #expect(agrees(row.estimate, wanted.estimate, relative: 1e-10, absolute: 1e-12),
                    "\(reference.id) \(row.term): estimate \(row.estimate) vs R's \(wanted.estimate)")
            #expect(agrees(row.standardError, wanted.std_error, relative: 1e-10, absolute: 1e-12),
                    "\(reference.id) \(row.term): standard error \(row.standardError) vs R's \(wanted.std_error)")
        }
        #expect(agrees(tall.sigma, reference.expect.sigma, relative: 1e-10), "\(reference.id): sigma")
    }

    @Test("every diagnostics reference case: hat values and HC0–HC3 standard errors (aliased, zero weights too)",
          arguments: referenceCaseIDs)
    func diagnosticsCase(_ id: String) throws {
        let reference = ReferenceFitFile.fitCase(id)
        let (tall, exact) = try Self.fits(reference.design())
        try Self.expectSameFit(tall, exact, .hc3, id)
        let hat = try tall.hatValues()
        #expect(Self.disagreement(hat, try exact.hatValues(), relative: 1e-12, absolute: 1e-15) <= 1, "\(id): hat values")
        #expect(Self.disagreement(hat, reference.expect.hat, relative: 1e-10, absolute: 1e-14) <= 1,
                "\(id): hat values vs R")
        for (name, type) in HeteroskedasticityConsistentCovarianceTests.types {
            let expected = try #require(reference.expect.covariance[name]).std_error
            #expect(allAgree(try tall.covariance(type).standardErrors, expected, relative: 1e-10, absolute: 1e-12),
                    "\(id) \(name) vs R")
        }
    }

    @Test("a model matrix too ill-conditioned for one working-precision step is handed to the exact path")
    func illConditionedFallsBack() throws {
        // x, x², ..., x⁸ on 400 points of [1, 2] beside an intercept: |T_kk|/|T_11| is far below 1e-6 after
        // equilibration, so the tall path declines and the exact path (double-double refinement) fits it.
        let x = (0..<400).map { 1 + Double($0) / 399 }
        let rows = x.map { v in (0...8).map { pow(v, Double($0)) } }
        let response = x.map { 1 + $0 - 0.5 * $0 * $0 + sin(7 * $0) / 100 }
        let design = smallDesign(rows: rows, response: response)
        let (tall, exact) = try Self.fits(design)
        #expect(tall.solution.factor.method == .pivotedQR)
        #expect(tall.estimates == exact.estimates)
    }
}
