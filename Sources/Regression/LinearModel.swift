import Foundation
import LinearAlgebra

/// Fits linear models: ordinary and weighted least squares through LAPACK's pivoted QR.
///
/// The fit works on a `DesignMatrix` and never sees the formula (the formula stage built the design).
public enum LinearModel {
    /// Relative tolerance on |R_kk| below which a column counts as a linear combination of earlier ones.
    ///
    /// Tighter than R's 1e-7, which drops a genuine term of NIST's ill-conditioned Filip data; column equilibration
    /// in `LeastSquares` makes the smaller tolerance safe (NOTES-lapack.md).
    public static let defaultRankTolerance = 1e-10

    /// Fits `design.response` on `design.matrix`, weighted by `design.weights` when present.
    ///
    /// Weighted fits run on √w-scaled rows, as R's `lm`: residuals are reported unweighted, σ and R² come from the
    /// weighted sums, and rows of weight zero are fitted values only (they do not count in n or any degrees of freedom).
    /// A rank-deficient design is never solved silently: the later of collinear columns is dropped and named in
    /// `aliasedColumnNames` (R's `NA` coefficients), and the rest is fitted.
    ///
    /// - Throws: `RegressionError` when the data cannot support the model: fewer rows than coefficients, no residual
    ///   degrees of freedom, non-finite values, negative weights.
    public static func fit(_ design: DesignMatrix, rankTolerance: Double = defaultRankTolerance) throws -> LinearModelFit {
        try validate(design)
        let columnCount = design.matrix.columns
        let observationCount = design.weights.map { $0.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } } ?? design.observationCount
        guard observationCount >= columnCount else {
            throw tooFewRows(observationCount, columnCount, design: design)
        }

        let rootWeights = design.weights?.map { $0.squareRoot() }
        let target = rootWeights.map { zip(design.response, $0).map { $0 * $1 } } ?? design.response

        // One factorization when the design has full rank (the common case, and the one that must be fast); only a
        // failure pays for the left-to-right scan that names the aliased columns, and a second, smaller factorization.
        var estimated = Array(0..<columnCount)
        var aliased: [Int] = []
        var solution: LeastSquares
        do {
            solution = try LeastSquares(scaledDesign(design, rootWeights: rootWeights, columns: nil), target,
                                        rankTolerance: rankTolerance)
        } catch let failure {
            aliased = try LinearAlgebra.aliasedColumns(scaledDesign(design, rootWeights: rootWeights, columns: nil),
                                                       tolerance: rankTolerance)
            guard !aliased.isEmpty else {
                throw RegressionError("the least-squares fit failed: \(failure)")
            }
            let dropped = Set(aliased)
            estimated = estimated.filter { !dropped.contains($0) }
            guard !estimated.isEmpty else {
                throw RegressionError("every column of the model matrix is zero or aliased (\(describe(design.columnNames))); "
                                      + "check that the predictors vary in the rows used")
            }
            solution = try LeastSquares(scaledDesign(design, rootWeights: rootWeights, columns: estimated), target,
                                        rankTolerance: rankTolerance)
        }
        guard observationCount > estimated.count else {
            throw tooFewRows(observationCount, estimated.count, design: design)
        }

        var coefficients = [Double?](repeating: nil, count: columnCount)
        var fullCoefficients = [Double](repeating: 0, count: columnCount)
        for (position, column) in estimated.enumerated() {
            coefficients[column] = solution.coefficients[position]
            fullCoefficients[column] = solution.coefficients[position]
        }
        // ŷ from the caller's matrix with zeros for aliased columns: no copy of X, and zero-weight rows get fitted
        // values too (as in R's lm.wfit).
        let fitted = multiply(design.matrix, fullCoefficients)
        let residuals = zip(design.response, fitted).map { $0 - $1 }
        let (rss, mss) = sumsOfSquares(design: design, fitted: fitted, residuals: residuals)
        return LinearModelFit(design: design, coefficients: coefficients, estimatedColumns: estimated,
                              aliasedColumns: aliased, observationCount: observationCount, residuals: residuals,
                              fittedValues: fitted, residualSumOfSquares: rss, modelSumOfSquares: mss,
                              unscaledCovariance: try solution.inverseCrossProduct(), solution: solution)
    }

    /// Residual and model sums of squares exactly as R's `summary.lm` forms them (weighted when there are weights).
    private static func sumsOfSquares(design: DesignMatrix, fitted: [Double], residuals: [Double]) -> (Double, Double) {
        let n = fitted.count
        let weights = design.weights
        var rss = 0.0
        for i in 0..<n { rss += (weights?[i] ?? 1) * residuals[i] * residuals[i] }
        var center = 0.0
        if design.hasIntercept {
            var weightSum = 0.0
            var weightedSum = 0.0
            for i in 0..<n {
                let w = weights?[i] ?? 1
                weightSum += w
                weightedSum += w * fitted[i]
            }
            center = weightedSum / weightSum
        }
        var mss = 0.0
        for i in 0..<n {
            let deviation = fitted[i] - center
            mss += (weights?[i] ?? 1) * deviation * deviation
        }
        return (rss, mss)
    }

    /// The matrix to factor: the chosen columns of X with rows multiplied by √w.
    ///
    /// Without weights and with every column kept this is the caller's matrix itself (copy-on-write shares it), so
    /// the only full copy of X the fit makes is the one LAPACK factors in place.
    static func scaledDesign(_ design: DesignMatrix, rootWeights: [Double]?, columns: [Int]?) -> Matrix {
        let x = design.matrix
        if rootWeights == nil && columns == nil { return x }
        let chosen = columns ?? Array(0..<x.columns)
        let n = x.rows
        var values = [Double](repeating: 0, count: n * chosen.count)
        x.values.withUnsafeBufferPointer { source in
            values.withUnsafeMutableBufferPointer { target in
                for (position, column) in chosen.enumerated() {
                    let from = column * n
                    let to = position * n
                    if let rootWeights {
                        for i in 0..<n { target[to + i] = source[from + i] * rootWeights[i] }
                    } else {
                        for i in 0..<n { target[to + i] = source[from + i] }
                    }
                }
            }
        }
        return Matrix(rows: n, columns: chosen.count, columnMajor: values)
    }

    /// Checks shapes and values before any arithmetic, so a bad input fails with a message instead of a wrong number.
    private static func validate(_ design: DesignMatrix) throws {
        let n = design.observationCount
        let x = design.matrix
        guard x.rows == n else {
            throw RegressionError("the model matrix has \(x.rows) rows but the response has \(n) values")
        }
        guard design.columnNames.count == x.columns, design.termOfColumn.count == x.columns else {
            throw RegressionError("the model matrix has \(x.columns) columns but \(design.columnNames.count) column names "
                                  + "and \(design.termOfColumn.count) term assignments")
        }
        guard x.columns > 0 else {
            throw RegressionError("the model '\(design.formula)' has no coefficients to estimate; add a term or an intercept")
        }
        if let i = design.response.firstIndex(where: { !$0.isFinite }) {
            throw RegressionError("the response '\(design.responseName)' is \(design.response[i]) in \(rowName(i, design)); "
                                  + "remove the row or mark the value missing")
        }
        // One pass over the buffer (a sum is NaN or infinite exactly when some entry is, barring overflow, which
        // the slow path below sorts out); only then look for the place to name.
        let total = x.values.withUnsafeBufferPointer { $0.reduce(0, +) }
        if !total.isFinite {
            for j in 0..<x.columns {
                for i in 0..<n where !x[i, j].isFinite {
                    throw RegressionError("column '\(design.columnNames[j])' of the model matrix is \(x[i, j]) in "
                                          + "\(rowName(i, design)); remove the row or mark the value missing")
                }
            }
        }
        if let weights = design.weights {
            let name = design.weightsName.map { "'\($0)'" } ?? "weight"
            guard weights.count == n else {
                throw RegressionError("there are \(weights.count) weights for \(n) rows")
            }
            if let i = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
                throw RegressionError("\(name) is \(weights[i]) in \(rowName(i, design)); weights must be finite and not negative")
            }
            guard weights.contains(where: { $0 > 0 }) else {
                throw RegressionError("every \(name) is zero; at least \(x.columns + 1) rows need a positive weight")
            }
        }
        if let clusters = design.clusters, clusters.count != n {
            throw RegressionError("there are \(clusters.count) cluster identifiers for \(n) rows")
        }
        if design.rowsUsed.count != n {
            throw RegressionError("the design lists \(design.rowsUsed.count) source rows for \(n) rows of data")
        }
    }

    /// "row R of the data" (1-based, counted in the source table), the way error messages name a row.
    static func rowName(_ i: Int, _ design: DesignMatrix) -> String {
        let source = i < design.rowsUsed.count ? design.rowsUsed[i] : i
        return "data row \(source + 1)"
    }

    private static func tooFewRows(_ rows: Int, _ coefficients: Int, design: DesignMatrix) -> RegressionError {
        let weighted = design.weights == nil ? "" : " with positive weight"
        return RegressionError("\(rows) rows\(weighted) but \(coefficients) coefficients: '\(design.formula)' leaves no "
                               + "residual degrees of freedom; use more rows or fewer terms")
    }

    private static func describe(_ names: [String]) -> String {
        names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", ..." : "")
    }
}
