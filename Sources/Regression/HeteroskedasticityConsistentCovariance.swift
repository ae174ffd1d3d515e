import LinearAlgebra

extension LinearModelFit {
    /// The sandwich `B (Σ ωᵢ xᵢxᵢᵀ) B` with B = (XᵀWX)⁻¹, as `sandwich::vcovHC` for a (weighted) `lm`.
    ///
    /// With weights, ωᵢ = (wᵢeᵢ)² times the HC adjustment (`sandwich::estfun.lm` multiplies residuals by w, not √w);
    /// HC1 multiplies by n/(n − k); HC2 divides ωᵢ by 1 − hᵢ, HC3 by (1 − hᵢ)². Rows of weight zero contribute nothing
    /// and n counts only positive weights: this equals `vcovHC` on the data without those rows (`vcovHC` on a fit that
    /// keeps them recycles hat values of the wrong length, so it is not the reference there).
    ///
    /// The meat is a blockwise weighted cross product over the caller's matrix: no n x n matrix and no copy of X.
    func heteroskedasticityConsistentCovariance(_ type: CovarianceType) throws -> Matrix {
        let n = design.observationCount
        var omega = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let score = (design.weights?[i] ?? 1) * residuals[i]
            omega[i] = score * score
        }
        switch type {
        case .hc2, .hc3:
            let leverage = try hatValues()
            let power = type == .hc2 ? 1.0 : 2.0
            for i in 0..<n where omega[i] != 0 || leverage[i] != 0 {
                let complement = 1 - leverage[i]
                guard complement > Self.unitLeverageTolerance else {
                    throw RegressionError("\(type) is undefined: \(LinearModel.rowName(i, design)) has leverage 1 (the model "
                                          + "fits it exactly, e.g. a factor level with one row); use HC0 or HC1, or drop that row")
                }
                omega[i] /= power == 1 ? complement : complement * complement
            }
        default:
            break
        }
        let fullMeat = blockwiseWeightedCrossProduct(design.matrix, weights: omega)
        let meat = aliasedColumns.isEmpty ? fullMeat : submatrix(fullMeat, estimatedColumns)
        var sandwich = multiply(multiply(unscaledCovariance, meat), unscaledCovariance)
        let k = sandwich.rows
        let scale = type == .hc1 ? Double(observationCount) / Double(residualDegreesOfFreedom) : 1
        for j in 0..<k {
            for i in 0...j {
                let value = scale * 0.5 * (sandwich[i, j] + sandwich[j, i])
                sandwich[i, j] = value
                sandwich[j, i] = value
            }
        }
        return sandwich
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
