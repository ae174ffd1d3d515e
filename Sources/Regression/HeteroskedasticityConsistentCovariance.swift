import LinearAlgebra

extension LinearModelFit {
    /// The sandwich `B (Σ ωᵢ xᵢxᵢᵀ) B` with B = (XᵀWX)⁻¹, as `sandwich::vcovHC` for a (weighted) `lm`.
    ///
    /// With weights, ωᵢ = (wᵢeᵢ)² times the HC adjustment (`sandwich::estfun.lm` multiplies residuals by w, not √w);
    /// HC1 multiplies by n/(n − k); HC2 divides ωᵢ by 1 − hᵢ, HC3 by (1 − hᵢ)². Rows of weight zero contribute nothing
    /// and n counts only positive weights: this equals `vcovHC` on the data without those rows (`vcovHC` on a fit that
    /// keeps them recycles hat values of the wrong length, so it is not the reference there).
    ///
    /// One blocked pass over the caller's matrix gives leverages and meat together (`LeastSquares.sandwichCovariance`,
    /// in the coordinates of Q): no n x n matrix and no copy of X.
    func heteroskedasticityConsistentCovariance(_ type: CovarianceType) throws -> Matrix {
        // In the weighted coordinates LeastSquares factors (rows √w·x), the HC0 weight of a row is (√w·e)² = w·e².
        let scaled = weightedResiduals
        let scale = type == .hc1 ? Double(observationCount) / Double(residualDegreesOfFreedom) : 1
        // HC2 divides by 1 − h, HC3 by its square; decided once, not per row.
        let leveragePower: Int = type == .hc2 ? 1 : type == .hc3 ? 2 : 0
        let sandwich = try solution.sandwichCovariance(of: design.matrix) { row, leverage in
            let omega = scale * scaled[row] * scaled[row]
            guard leveragePower > 0, omega != 0 || leverage != 0 else { return omega }
            let complement = 1 - leverage
            guard complement > Self.unitLeverageTolerance else {
                throw RegressionError("\(type) is undefined: \(LinearModel.rowName(row, design)) has leverage 1 (the "
                                      + "model fits it exactly, e.g. a factor level with one row); use HC0 or HC1, "
                                      + "or drop that row")
            }
            return leveragePower == 1 ? omega / complement : omega / (complement * complement)
        }
        return sandwich.covariance
    }

    /// A leverage this close to one is taken as one: 1 − h is then rounding noise and HC2/HC3 weights are meaningless.
    static var unitLeverageTolerance: Double { 1e-10 }
}

/// The rows and columns `indices` of a square matrix.
func submatrix(_ a: Matrix, _ indices: [Int]) -> Matrix {
    var result = Matrix(rows: indices.count, columns: indices.count)
    for (q, j) in indices.enumerated() {
        for (p, i) in indices.enumerated() { result[p, q] = a[i, j] }
    }
    return result
}
