import Foundation
import LinearAlgebra

/// The generalized variance inflation factor of one term (`car::vif`).
public struct VarianceInflation: Sendable, Equatable {
    /// The term label, e.g. `meals` or `stype`.
    public let term: String
    /// GVIF; for a one-column term this is the plain VIF 1 / (1 − R²ⱼ).
    public let gvif: Double
    /// Number of estimated columns of the term (car's `Df`).
    public let columnCount: Int

    /// GVIF^(1/(2·columnCount)), comparable across terms of different sizes (car's third column; √VIF for one column).
    public var adjusted: Double { pow(gvif, 1 / (2 * Double(columnCount))) }
}

extension LinearModelFit {
    /// Leverages hᵢ (the diagonal of the hat matrix of the weighted fit), one per row used; 0 for rows of weight zero.
    ///
    /// Computed blockwise from the triangular factor, without the n x n hat matrix. R's `hatvalues` omits
    /// zero-weight rows instead of reporting 0.
    public func hatValues() throws -> [Double] {
        try solution.leverages(of: design.matrix)
    }

    /// Cook's distances as R's `cooks.distance`: (r̃ᵢ / (σ(1 − hᵢ)))² hᵢ / rank with r̃ = √w·e; 0 for zero-weight rows
    /// (which R omits); not finite where hᵢ = 1 (R gives NaN there).
    public func cooksDistance() throws -> [Double] {
        let leverage = try hatValues()
        let scaled = weightedResiduals
        let p = Double(rank)
        return leverage.indices.map { i in
            if let w = design.weights?[i], w == 0 { return 0 }
            let h = leverage[i]
            let standardized = scaled[i] / (sigma * (1 - h))
            return standardized * standardized * h / p
        }
    }

    /// Standardized ("beta") coefficients b · sd(x) / sd(y), as the `lm.beta` package computes them; `nil` for the
    /// intercept and for aliased columns.
    ///
    /// With weights the standard deviations are weighted ones (Σw(x − x̄_w)² / Σw), so a weighted fit is standardized
    /// in the metric it was fitted in; the normalizing constant cancels in the ratio.
    public var standardizedCoefficients: [Double?] {
        let weights = design.weights
        let responseSD = Self.standardDeviation(design.response, weights: weights)
        return coefficients.indices.map { j in
            guard let b = coefficients[j], design.termOfColumn[j] != nil else { return nil }
            return b * Self.standardDeviation(design.matrix.column(j), weights: weights) / responseSD
        }
    }

    /// Generalized variance inflation factors per term, as `car::vif` (its default `type = "terms"`):
    /// GVIF = det(R₁₁) det(R₂₂) / det(R), where R is the correlation matrix of the coefficient estimates without the
    /// intercept, R₁₁ its block for the term's columns and R₂₂ the rest.
    ///
    /// For a one-column term this is 1/(1 − R²ⱼ). For a factor term (several columns) it does not depend on the
    /// choice of baseline level (Fox and Monette 1992). Aliased columns are left out, terms with no estimated column
    /// are not listed (car refuses models with aliased coefficients), and a model with a single term gets GVIF 1.
    /// Without an intercept all columns enter R (car warns that the values may not be sensible then).
    public func varianceInflationFactors() throws -> [VarianceInflation] {
        let positions = nonInterceptPositions
        guard !positions.isEmpty else { return [] }
        let covariance = submatrix(unscaledCovariance, positions)
        var correlation = covariance
        for j in 0..<covariance.columns {
            for i in 0..<covariance.rows {
                correlation[i, j] = covariance[i, j] / (covariance[i, i] * covariance[j, j]).squareRoot()
            }
        }
        let all = Array(0..<positions.count)
        let logDetAll = try logDeterminant(correlation, all)
        var result: [VarianceInflation] = []
        for (termIndex, label) in design.termLabels.enumerated() {
            let mine = all.filter { design.termOfColumn[estimatedColumns[positions[$0]]] == termIndex }
            guard !mine.isEmpty else { continue }
            let rest = all.filter { !mine.contains($0) }
            let logGVIF = try logDeterminant(correlation, mine) + logDeterminant(correlation, rest) - logDetAll
            result.append(VarianceInflation(term: label, gvif: exp(logGVIF), columnCount: mine.count))
        }
        return result
    }

    /// log det of the principal submatrix `indices` of a positive-definite matrix, through Cholesky (0 when empty).
    private func logDeterminant(_ a: Matrix, _ indices: [Int]) throws -> Double {
        guard !indices.isEmpty else { return 0 }
        let factor = try Cholesky(submatrix(a, indices)).lower
        var sum = 0.0
        for i in 0..<indices.count { sum += 2 * log(factor[i, i]) }
        return sum
    }

    /// Standard deviation (two-pass), weighted when `weights` are given; only ratios of these are used.
    static func standardDeviation(_ x: [Double], weights: [Double]?) -> Double {
        var weightSum = 0.0
        var sum = 0.0
        for i in x.indices {
            let w = weights?[i] ?? 1
            weightSum += w
            sum += w * x[i]
        }
        let mean = sum / weightSum
        var squares = 0.0
        for i in x.indices {
            let deviation = x[i] - mean
            squares += (weights?[i] ?? 1) * deviation * deviation
        }
        let denominator = weights == nil ? weightSum - 1 : weightSum
        return (squares / denominator).squareRoot()
    }
}
