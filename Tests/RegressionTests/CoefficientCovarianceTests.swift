import LinearAlgebra
import Testing
import TestSupport
@testable import Regression

@Suite("Covariance dispatch: clustered estimators, zero weights, degrees of freedom")
struct CoefficientCovarianceTests {
    /// api00 ~ meals + ell on apistrat.csv, weighted by enroll, clustered on dnum; `zero` rows get weight 0 and
    /// `drop` rows are left out altogether.
    static func design(zero: Set<Int> = [], drop: Set<Int> = []) -> DesignMatrix {
        let table = ReferenceCSV.load("apistrat.csv")
        let rows = (0..<table.rowCount).filter { !drop.contains($0) }
        func numbers(_ name: String) -> [Double] { rows.map { Double(table.value(name, $0)!)! } }
        let weights = rows.map { zero.contains($0) ? 0 : Double(table.value("enroll", $0)!)! }
        return DesignMatrix(formula: "api00 ~ meals + ell", responseName: "api00", response: numbers("api00"),
                            matrix: Matrix(columnList: [Array(repeating: 1, count: rows.count), numbers("meals"),
                                                        numbers("ell")]),
                            columnNames: ["(Intercept)", "meals", "ell"], termLabels: ["meals", "ell"],
                            termOfColumn: [nil, 0, 1], hasIntercept: true, weights: weights, weightsName: "enroll",
                            clusters: rows.map { table.value("dnum", $0)! }, clusterName: "dnum", rowsUsed: rows)
    }

    static let zeroRows: Set<Int> = [0, 1, 2, 17, 60, 61, 150, 199]

    @Test("rows of weight zero change no covariance: the fit equals the one without them", arguments: [
        CovarianceType.classical, .hc0, .hc1, .hc2, .hc3,
        .clustered(column: "dnum", adjustment: .cr1), .clustered(column: "dnum", adjustment: .cr2),
    ])
    func zeroWeightsAreAbsent(type: CovarianceType) throws {
        let withZeros = try LinearModel.fit(Self.design(zero: Self.zeroRows)).covariance(type)
        let without = try LinearModel.fit(Self.design(drop: Self.zeroRows)).covariance(type)
        #expect(allAgree(withZeros.matrix.values, without.matrix.values, relative: 1e-10, absolute: 0))
        #expect(withZeros.degreesOfFreedom == without.degreesOfFreedom || allAgree(withZeros.degreesOfFreedom,
                                                                                    without.degreesOfFreedom))
        #expect(withZeros.waldDenominatorDegreesOfFreedom == without.waldDenominatorDegreesOfFreedom)
        #expect(withZeros.clusterCount == without.clusterCount)
    }

    @Test("CR1: t tests and the Wald F on G − 1 degrees of freedom")
    func clusteredDegreesOfFreedom() throws {
        let design = Self.design()
        let clusters = Set(design.clusters!).count
        let table = try LinearModel.fit(design).coefficientTable(covariance: .clustered(column: "dnum", adjustment: .cr1))
        #expect(table.coefficientCovariance.clusterCount == clusters)
        #expect(table.rows.allSatisfy { $0.degreesOfFreedom == Double(clusters - 1) })
        #expect(table.fStatistic?.denominatorDegreesOfFreedom == Double(clusters - 1))
    }

    @Test("a cluster column the design does not carry is a usage error")
    func clusterColumnMissing() throws {
        let fit = try LinearModel.fit(Self.design())
        let error = #expect(throws: RegressionError.self) {
            try fit.covariance(.clustered(column: "cname", adjustment: .cr1))
        }
        #expect(error?.kind == .usage)
        let unclustered = try ReferenceFitFile.fitCase("srs-ols-poverty").fit()
        #expect(throws: RegressionError.self) { try unclustered.covariance(.clustered(column: "dnum", adjustment: .cr2)) }
    }
}
