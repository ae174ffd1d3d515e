import LinearAlgebra

/// What a covariance estimator needs from a least-squares fit, in weighted coordinates.
///
/// With case weights w, rows of the model matrix and the residuals are multiplied by √w, so every estimator can be
/// written once for the unweighted case (this is how `sandwich::estfun.lm` treats weights).
public struct LeastSquaresQuantities: Sendable {
    /// Model matrix with rows multiplied by √w (aliased columns removed): n x k.
    public var matrix: Matrix
    /// Residuals multiplied by √w.
    public var residuals: [Double]
    /// `(XᵀWX)⁻¹` for the kept columns: k x k.
    public var bread: Matrix
    /// Residual degrees of freedom, n − k.
    public var residualDegreesOfFreedom: Int
    /// The case weights w of the rows (all positive), or `nil` for an unweighted fit.
    ///
    /// CR1 does not need them. CR2 does: estimatr's weighted CR2 takes its working model (independent errors of equal
    /// variance) on the unweighted residuals, which cannot be recovered from the √w-scaled quantities alone. A
    /// weighted fit passed without them gets CR2 of the √w-scaled data taken as unweighted, which is not estimatr's.
    public var weights: [Double]?

    /// Bundles the quantities of a fit.
    public init(matrix: Matrix, residuals: [Double], bread: Matrix, residualDegreesOfFreedom: Int,
                weights: [Double]? = nil) {
        self.matrix = matrix
        self.residuals = residuals
        self.bread = bread
        self.residualDegreesOfFreedom = residualDegreesOfFreedom
        self.weights = weights
    }
}

/// Which small-sample correction a clustered covariance uses.
public enum ClusterAdjustment: String, Sendable, CaseIterable {
    /// Stata's `vce(cluster)`: factor G/(G−1)·(n−1)/(n−k); t tests on G − 1 degrees of freedom.
    case cr1 = "CR1"
    /// Bell–McCaffrey bias-reduced linearization with Satterthwaite degrees of freedom per coefficient.
    case cr2 = "CR2"
}

/// A clustered covariance and the degrees of freedom its t tests use.
public struct ClusterRobustCovariance: Sendable {
    /// The k x k covariance of the coefficients.
    public var covariance: Matrix
    /// Degrees of freedom for each coefficient's t test and interval.
    public var degreesOfFreedom: [Double]
    /// Number of clusters G.
    public var clusterCount: Int

    /// Bundles a clustered covariance.
    public init(covariance: Matrix, degreesOfFreedom: [Double], clusterCount: Int) {
        self.covariance = covariance
        self.degreesOfFreedom = degreesOfFreedom
        self.clusterCount = clusterCount
    }
}

/// The cluster-robust covariance of a least-squares fit, clustered on `clusters` (one identifier per row).
///
/// - CR1 matches `sandwich::vcovCL(fit, cluster = ~col, type = "HC1")` and Stata's `vce(cluster)`, with G − 1
///   degrees of freedom for every coefficient.
/// - CR2 matches `estimatr::lm_robust(..., clusters = col, se_type = "CR2")`, weighted or not, with its
///   per-coefficient Satterthwaite degrees of freedom (`NaN` for a coefficient whose CR2 variance is exactly zero).
///
/// Neither ever forms an n x n matrix. With n rows, k coefficients and G clusters, CR1 takes O(n·k + G·k²) time
/// and O(G·k) extra memory. CR2 works in m = k (unweighted) or 2k (weighted) dimensions: a cluster of n_g rows
/// costs O(n_g·m² + m³) time (O(n_g·m + n_g³) when n_g ≤ m), and the degrees of freedom add O(k·m²) per cluster;
/// extra memory is O(max n_g · m + G·k + k·m²). See `BiasReducedLinearization.swift` for the algebra and timings.
///
/// - Throws: `ClusterRobustCovarianceError` when the identifiers do not match the rows, there are fewer than two
///   clusters, the fit's pieces disagree in shape, or (CR2) a weight is not positive.
public func clusterRobustCovariance(_ fit: LeastSquaresQuantities, clusters: [String],
                                    adjustment: ClusterAdjustment) throws -> ClusterRobustCovariance {
    try validate(fit, clusters: clusters)
    let groups = ClusterGroups(clusters)
    guard groups.count >= 2 else {
        throw ClusterRobustCovarianceError.tooFewClusters(count: groups.count, label: clusters.first)
    }
    switch adjustment {
    case .cr1:
        return stataClusterCovariance(fit, groups: groups)
    case .cr2:
        if let weights = fit.weights, let row = weights.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw ClusterRobustCovarianceError.nonPositiveWeight(row: row, value: weights[row])
        }
        return try biasReducedLinearization(fit, groups: groups)
    }
}

/// Checks that the pieces of `fit` and the cluster identifiers describe the same rows and coefficients.
private func validate(_ fit: LeastSquaresQuantities, clusters: [String]) throws {
    let n = fit.matrix.rows
    let k = fit.matrix.columns
    guard clusters.count == n else {
        throw ClusterRobustCovarianceError.clusterCountMismatch(identifiers: clusters.count, rows: n)
    }
    guard fit.residuals.count == n else {
        throw ClusterRobustCovarianceError.inconsistentFit(
            "there are \(fit.residuals.count) residuals for \(n) rows of the model matrix")
    }
    guard fit.bread.rows == k, fit.bread.columns == k else {
        throw ClusterRobustCovarianceError.inconsistentFit(
            "the bread is \(fit.bread.rows) x \(fit.bread.columns) but the model matrix has \(k) columns")
    }
    guard k >= 1, n > k else {
        throw ClusterRobustCovarianceError.inconsistentFit(
            "\(n) rows and \(k) coefficients leave no residual degrees of freedom")
    }
    if let weights = fit.weights, weights.count != n {
        throw ClusterRobustCovarianceError.inconsistentFit("there are \(weights.count) weights for \(n) rows")
    }
}
