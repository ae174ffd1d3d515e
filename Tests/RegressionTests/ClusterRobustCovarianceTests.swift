import Distributions
import Foundation
import LinearAlgebra
import Testing
import TestSupport
@testable import Regression

/// Clustered covariances against R, against their textbook definitions, and on their error paths.
///
/// Reference numbers: `Tests/Fixtures/reference/cluster-reference.json`, made by
/// `Tests/Fixtures/scripts/cluster_reference.R` (R 4.2.2; CR1 = sandwich 3.0.2 `vcovCL(fit, cluster = ~col,
/// type = "HC1")`, CR2 = estimatr 1.0.0 `lm_robust(..., clusters = col, se_type = "CR2")`, 17 significant digits).
@Suite struct ClusterRobustCovarianceTests {
    /// Every case of the reference file (checked below to be exactly the file's cases).
    static let referenceCases = [
        "strat-cr1", "strat-cr2", "strat-weighted", "strat-singletons", "strat-factor", "strat-few-clusters",
        "strat-weights-constant-in-cluster", "strat-cluster-dummy", "strat-cluster-dummy-weighted",
        "srs-missing-weighted",
    ]

    @Test func referenceFileHoldsTheListedCases() throws {
        #expect(try ClusterReference.load().cases.map(\.id) == Self.referenceCases)
    }

    @Test(arguments: referenceCases)
    func matchesR(_ id: String) throws {
        let reference = try ClusterReference.load().case(id)
        let design = try ClusterDesign(reference)
        #expect(design.matrix.rows == reference.n)
        #expect(design.matrix.columns == reference.k)
        let (fit, coefficients) = try design.fit()
        // The test's own fit must be R's before its residuals and bread can stand in for lm's.
        for (actual, expected) in zip(coefficients, reference.coefficients) {
            #expect(agrees(actual, expected, relative: 1e-10), "\(id): coefficient \(actual) vs lm's \(expected)")
        }
        for (adjustment, expected) in [(ClusterAdjustment.cr1, reference.cr1), (.cr2, reference.cr2)] {
            let result = try clusterRobustCovariance(fit, clusters: design.clusters, adjustment: adjustment)
            #expect(result.clusterCount == reference.clusters)
            try expectCovariance(result.covariance, expected.covariance, "\(id) \(adjustment.rawValue)")
            #expect(result.degreesOfFreedom.count == reference.k)
            for (j, (actual, df)) in zip(result.degreesOfFreedom, expected.degreesOfFreedom).enumerated() {
                #expect(agrees(actual, df), "\(id) \(adjustment.rawValue) df of \(reference.terms[j]): \(actual) vs R's \(df)")
            }
        }
    }

    /// The two clustered cases of the project's reference file, as the CLI will report them: standard errors,
    /// t statistics, two-sided p-values and 95% intervals on Student t with the clustered degrees of freedom
    /// (`Tests/Fixtures/reference/r-reference.json`, R 4.2: `vcovCL` HC1 with G − 1 df; `lm_robust` CR2).
    @Test(arguments: [("strat-cr1", ClusterAdjustment.cr1), ("strat-cr2", .cr2)])
    func inferenceMatchesTheProjectReference(_ id: String, _ adjustment: ClusterAdjustment) throws {
        let design = try ClusterDesign(try ClusterReference.load().case(id))
        let (fit, coefficients) = try design.fit()
        let result = try clusterRobustCovariance(fit, clusters: design.clusters, adjustment: adjustment)
        let expected = try ProjectReference.coefficients(of: id)
        try #require(expected.count == coefficients.count)
        for (j, row) in expected.enumerated() {
            let standardError = result.covariance[j, j].squareRoot()
            let statistic = coefficients[j] / standardError
            let t = StudentT(degreesOfFreedom: result.degreesOfFreedom[j])
            let margin = t.quantile(0.975) * standardError
            let term = row.term
            #expect(agrees(coefficients[j], row.estimate), "\(id) \(term) estimate")
            #expect(agrees(standardError, row.stdError), "\(id) \(term) standard error \(standardError) vs \(row.stdError)")
            #expect(agrees(statistic, row.statistic), "\(id) \(term) t \(statistic) vs \(row.statistic)")
            #expect(agrees(t.twoSidedPValue(statistic), row.pValue), "\(id) \(term) p \(t.twoSidedPValue(statistic)) vs \(row.pValue)")
            #expect(agrees(coefficients[j] - margin, row.confLow), "\(id) \(term) lower limit")
            #expect(agrees(coefficients[j] + margin, row.confHigh), "\(id) \(term) upper limit")
        }
    }

    /// With every cluster a single row, CR2 is HC2: B Σ x_i x_iᵀ e_i² / (1 − h_i) B (MacKinnon and White 1985),
    /// computed here from that formula rather than taken from R.
    @Test func singletonClustersGiveHC2() throws {
        let reference = try ClusterReference.load().case("strat-singletons")
        let design = try ClusterDesign(reference)
        let (fit, _) = try design.fit()
        let result = try clusterRobustCovariance(fit, clusters: design.clusters, adjustment: .cr2)
        let x = fit.matrix
        let k = x.columns
        var meat = Matrix(rows: k, columns: k)
        for i in 0..<x.rows {
            let row = (0..<k).map { x[i, $0] }
            let leverage = zip(row, multiply(fit.bread, row)).reduce(0) { $0 + $1.0 * $1.1 }
            let omega = fit.residuals[i] * fit.residuals[i] / (1 - leverage)
            for a in 0..<k { for b in 0..<k { meat[a, b] += row[a] * row[b] * omega } }
        }
        let hc2 = multiply(multiply(fit.bread, meat), fit.bread)
        try expectCovariance(result.covariance, (0..<k).map { i in (0..<k).map { hc2[i, $0] } }, "HC2", relative: 1e-12)
    }

    /// CR2 and its degrees of freedom straight from the definitions, with n_g x n_g adjustment matrices and the
    /// n x G matrix Gᴶ (see `DirectClusterCovariance`), on synthetic data with large, small and singular clusters.
    @Test(arguments: [false, true])
    func lowRankAlgebraMatchesTheDefinition(weighted: Bool) throws {
        let data = SyntheticClusters(seed: weighted ? 11 : 7, weighted: weighted)
        let fit = try data.fit()
        let result = try clusterRobustCovariance(fit, clusters: data.clusters, adjustment: .cr2)
        let direct = try DirectClusterCovariance(x: data.matrix, response: data.response, weights: data.weights,
                                                 clusters: data.clusters)
        let k = data.matrix.columns
        try expectCovariance(result.covariance, (0..<k).map { i in (0..<k).map { direct.covariance[i, $0] } },
                             "synthetic CR2", relative: 1e-10)
        for (actual, expected) in zip(result.degreesOfFreedom, direct.degreesOfFreedom) {
            #expect(agrees(actual, expected, relative: 1e-10), "df \(actual) vs definition \(expected)")
        }
    }

    /// Shuffling the rows (with their clusters) and renaming the clusters changes nothing but rounding.
    @Test(arguments: ClusterAdjustment.allCases)
    func orderAndNamesOfRowsDoNotMatter(_ adjustment: ClusterAdjustment) throws {
        let data = SyntheticClusters(seed: 3, weighted: true)
        let original = try clusterRobustCovariance(try data.fit(), clusters: data.clusters, adjustment: adjustment)
        var generator = SplitMix64(seed: 99)
        let order = Array(0..<data.matrix.rows).shuffled(using: &generator)
        var shuffled = data
        shuffled.matrix = Matrix(columnList: (0..<data.matrix.columns).map { j in order.map { data.matrix[$0, j] } })
        shuffled.response = order.map { data.response[$0] }
        shuffled.weights = data.weights.map { w in order.map { w[$0] } }
        shuffled.clusters = order.map { "renamed-" + data.clusters[$0] }
        let permuted = try clusterRobustCovariance(try shuffled.fit(), clusters: shuffled.clusters, adjustment: adjustment)
        #expect(permuted.clusterCount == original.clusterCount)
        let k = data.matrix.columns
        try expectCovariance(permuted.covariance,
                             (0..<k).map { i in (0..<k).map { original.covariance[i, $0] } }, "shuffled", relative: 1e-10)
        for (a, b) in zip(permuted.degreesOfFreedom, original.degreesOfFreedom) { #expect(agrees(a, b, relative: 1e-10)) }
    }

    /// Multiplying every weight by a constant leaves both estimators unchanged (estimatr normalises weights by
    /// their mean; the CR2 algebra here never needs to).
    @Test(arguments: ClusterAdjustment.allCases)
    func weightScaleDoesNotMatter(_ adjustment: ClusterAdjustment) throws {
        let data = SyntheticClusters(seed: 5, weighted: true)
        var rescaled = data
        rescaled.weights = data.weights!.map { $0 * 37.25 }
        let a = try clusterRobustCovariance(try data.fit(), clusters: data.clusters, adjustment: adjustment)
        let b = try clusterRobustCovariance(try rescaled.fit(), clusters: data.clusters, adjustment: adjustment)
        let k = data.matrix.columns
        try expectCovariance(b.covariance, (0..<k).map { i in (0..<k).map { a.covariance[i, $0] } }, "rescaled",
                             relative: 1e-10)
        for (x, y) in zip(b.degreesOfFreedom, a.degreesOfFreedom) { #expect(agrees(x, y, relative: 1e-10)) }
    }

    @Test func oneClusterIsAnError() throws {
        let data = SyntheticClusters(seed: 1, weighted: false)
        let fit = try data.fit()
        for adjustment in ClusterAdjustment.allCases {
            #expect(throws: ClusterRobustCovarianceError.tooFewClusters(count: 1, label: "all")) {
                try clusterRobustCovariance(fit, clusters: Array(repeating: "all", count: data.matrix.rows),
                                            adjustment: adjustment)
            }
        }
        let message = ClusterRobustCovarianceError.tooFewClusters(count: 1, label: "all").description
        #expect(message.contains("at least 2 clusters") && message.contains("'all'") && !message.contains("\n"))
    }

    @Test func clusterIdentifiersMustMatchTheRows() throws {
        let data = SyntheticClusters(seed: 1, weighted: false)
        let fit = try data.fit()
        let short = Array(data.clusters.dropLast())
        #expect(throws: ClusterRobustCovarianceError.clusterCountMismatch(identifiers: short.count, rows: data.matrix.rows)) {
            try clusterRobustCovariance(fit, clusters: short, adjustment: .cr1)
        }
        let message = ClusterRobustCovarianceError.clusterCountMismatch(identifiers: 9, rows: 10).description
        #expect(message == "there are 9 cluster identifiers for 10 rows; give one cluster identifier per row used in the fit")
    }

    @Test func weightedCR2NeedsPositiveWeights() throws {
        let data = SyntheticClusters(seed: 2, weighted: true)
        var fit = try data.fit()
        fit.weights![4] = 0
        #expect(throws: ClusterRobustCovarianceError.nonPositiveWeight(row: 4, value: 0)) {
            try clusterRobustCovariance(fit, clusters: data.clusters, adjustment: .cr2)
        }
        // CR1 does not use the weights themselves.
        #expect(throws: Never.self) { try clusterRobustCovariance(fit, clusters: data.clusters, adjustment: .cr1) }
    }

    @Test func inconsistentFitIsAnError() throws {
        let data = SyntheticClusters(seed: 2, weighted: false)
        var fit = try data.fit()
        fit.residuals.removeLast()
        #expect(throws: ClusterRobustCovarianceError.self) {
            try clusterRobustCovariance(fit, clusters: data.clusters, adjustment: .cr1)
        }
    }
}

/// The coefficient rows of a case of `Tests/Fixtures/reference/r-reference.json`.
enum ProjectReference {
    struct Case: Decodable {
        var id: String
        var expect: Expect
    }
    struct Expect: Decodable {
        var coefficients: [Coefficient]
    }
    struct Coefficient: Decodable {
        var term: String
        var estimate: Double
        var stdError: Double
        var statistic: Double
        var pValue: Double
        var confLow: Double
        var confHigh: Double
    }

    static func coefficients(of id: String) throws -> [Coefficient] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let cases = try decoder.decode([Case].self,
                                       from: try Data(contentsOf: Fixtures.fixture("reference/r-reference.json")))
        guard let found = cases.first(where: { $0.id == id }) else { throw TestDataError("no case \(id) in r-reference.json") }
        return found.expect.coefficients
    }
}

/// Expects every entry of `actual` to agree with R's `expected` (a list of rows) to 1e-8 relative, 1e-10 absolute.
func expectCovariance(_ actual: Matrix, _ expected: [[Double]], _ label: String,
                      relative: Double = 1e-8) throws {
    try #require(actual.rows == expected.count && actual.columns == expected.count)
    for (i, row) in expected.enumerated() {
        for (j, value) in row.enumerated() {
            #expect(agrees(actual[i, j], value, relative: relative), "\(label) [\(i), \(j)]: \(actual[i, j]) vs \(value)")
        }
    }
}
