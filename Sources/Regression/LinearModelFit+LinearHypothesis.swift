import LinearAlgebra

/// The Wald test of linear restrictions Rb = r: F = (Rb − r)ᵀ(RVRᵀ)⁻¹(Rb − r) / q under the fit's covariance V.
public struct LinearHypothesisTest: Sendable, CustomStringConvertible {
    /// The restrictions tested.
    public let hypothesis: LinearHypothesis
    /// The estimator V came from.
    public let covariance: CovarianceType
    /// The F statistic on (q, the covariance's Wald denominator) degrees of freedom (n − k; G − 1 when clustered,
    /// as `car::linearHypothesis` with `test = "F"` and `estimatr`).
    public let fStatistic: FStatistic
    /// q times F: the Wald χ² statistic on q degrees of freedom.
    public var chiSquare: Double { fStatistic.value * fStatistic.numeratorDegreesOfFreedom }
    /// P(F > observed).
    public var pValue: Double { fStatistic.pValue }

    /// One line: the hypothesis, F, its degrees of freedom and p-value.
    public var description: String {
        let f = fStatistic
        return "Wald test of \(hypothesis) (\(covariance) covariance): F = \(SummaryNumber.significant(f.value, 5)) on "
            + "\(SummaryNumber.significant(f.numeratorDegreesOfFreedom, 5)) and "
            + "\(SummaryNumber.significant(f.denominatorDegreesOfFreedom, 5)) df, p " + (pValue < 2e-16 ? "< 2e-16" : "= " + SummaryNumber.pValue(pValue))
    }
}

extension LinearModelFit {
    /// Tests linear restrictions written as text — `fit.waldTest("meals = 0, ell = 0")` — under `covarianceType`.
    ///
    /// - Throws: `RegressionError` (usage) for a hypothesis that does not parse, names an unknown or aliased
    ///   coefficient, or has restrictions that are not linearly independent.
    public func waldTest(_ hypothesis: String) throws -> LinearHypothesisTest {
        try waldTest(LinearHypothesis(parsing: hypothesis))
    }

    /// Tests parsed linear restrictions under `covarianceType`.
    ///
    /// - Throws: as `waldTest(_:)` with text.
    public func waldTest(_ hypothesis: LinearHypothesis) throws -> LinearHypothesisTest {
        let covariance = chosenCovariance
        let names = estimatedColumnNames
        let q = hypothesis.restrictions.count
        var r = Matrix(rows: q, columns: rank)
        var discrepancy = Matrix(rows: q, columns: 1)
        for (row, restriction) in hypothesis.restrictions.enumerated() {
            for (name, weight) in restriction.weights {
                guard let position = names.firstIndex(of: name) else { throw unknownCoefficient(name, restriction) }
                r[row, position] = weight
            }
            var value = -restriction.constant
            for p in 0..<rank { value += r[row, p] * estimates[p] }
            discrepancy[row, 0] = value
        }
        guard Self.rowsAreIndependent(r) else {
            throw RegressionError("the restrictions \(hypothesis) are not linearly independent; drop the redundant ones",
                                  kind: .usage)
        }
        let middle = multiply(multiply(r, covariance.matrix), r, transposeB: true)
        let solved: Matrix
        do {
            solved = try Cholesky(middle).solve(discrepancy)
        } catch {
            throw RegressionError("the restrictions \(hypothesis) are not linearly independent (or their \(covarianceType) "
                                  + "covariance is singular); drop the redundant ones", kind: .usage)
        }
        var quadratic = 0.0
        for row in 0..<q { quadratic += discrepancy[row, 0] * solved[row, 0] }
        let f = FStatistic(value: quadratic / Double(q), numeratorDegreesOfFreedom: Double(q),
                           denominatorDegreesOfFreedom: covariance.waldDenominatorDegreesOfFreedom)
        return LinearHypothesisTest(hypothesis: hypothesis, covariance: covarianceType, fStatistic: f)
    }

    /// Whether the rows of `r` are linearly independent (Gram-Schmidt with a relative tolerance, since a Cholesky
    /// factorization of RVRᵀ can succeed on rounding error for dependent restrictions).
    static func rowsAreIndependent(_ r: Matrix) -> Bool {
        var basis: [[Double]] = []
        for i in 0..<r.rows {
            var row = (0..<r.columns).map { r[i, $0] }
            let norm = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for b in basis {
                let dot = zip(row, b).reduce(0) { $0 + $1.0 * $1.1 }
                for j in row.indices { row[j] -= dot * b[j] }
            }
            let rest = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0, rest > 1e-10 * norm else { return false }
            basis.append(row.map { $0 / rest })
        }
        return true
    }

    private func unknownCoefficient(_ name: String, _ restriction: LinearHypothesis.Restriction) -> RegressionError {
        if aliasedColumnNames.contains(name) {
            return RegressionError("'\(name)' in '\(restriction.text)' is aliased (not estimated), so it cannot be tested",
                                   kind: .usage)
        }
        let close = ColumnSuggestions.closeMatches(for: name, among: estimatedColumnNames)
        let advice = close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
        return RegressionError("'\(name)' in '\(restriction.text)' is not a coefficient of the model (its coefficients: "
                               + "\(estimatedColumnNames.joined(separator: ", ")))" + advice, kind: .usage)
    }
}
