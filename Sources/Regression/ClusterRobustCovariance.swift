// INTERFACE STUB: the clustered covariance estimators are being written; the signature is the contract.
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

    /// Bundles the quantities of a fit.
    public init(matrix: Matrix, residuals: [Double], bread: Matrix, residualDegreesOfFreedom: Int) {
        self.matrix = matrix
        self.residuals = residuals
        self.bread = bread
        self.residualDegreesOfFreedom = residualDegreesOfFreedom
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
public func clusterRobustCovariance(_ fit: LeastSquaresQuantities, clusters: [String],
                                    adjustment: ClusterAdjustment) throws -> ClusterRobustCovariance {
    fatalError("not written yet")
}
