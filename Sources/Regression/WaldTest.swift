import LinearAlgebra

extension LinearModelFit {
    /// The Wald F that the coefficients at `positions` (among the estimated columns) are all zero under `covariance`:
    /// bᵀV⁻¹b / q on (q, `covariance.waldDenominatorDegreesOfFreedom`) degrees of freedom.
    ///
    /// - Throws: `RegressionError` when the covariance of those coefficients is singular (e.g. fewer clusters than
    ///   restrictions), so no Wald test exists.
    func waldFStatistic(positions: [Int], covariance: CoefficientCovariance) throws -> FStatistic {
        let q = positions.count
        precondition(q > 0, "a Wald test needs at least one coefficient")
        let all = estimates
        let b = Matrix(rows: q, columns: 1, columnMajor: positions.map { all[$0] })
        let v = submatrix(covariance.matrix, positions)
        let solved: Matrix
        do {
            solved = try Cholesky(v).solve(b)
        } catch {
            throw RegressionError("the \(covariance.type) covariance of \(positions.map { covariance.columnNames[$0] }.joined(separator: ", ")) "
                                  + "is singular, so they have no Wald test (with clustering, this happens when there are "
                                  + "fewer clusters than coefficients tested)")
        }
        var quadratic = 0.0
        for p in 0..<q { quadratic += b[p, 0] * solved[p, 0] }
        return FStatistic(value: quadratic / Double(q), numeratorDegreesOfFreedom: Double(q),
                          denominatorDegreesOfFreedom: covariance.waldDenominatorDegreesOfFreedom)
    }
}
