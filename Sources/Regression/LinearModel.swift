import Foundation
import LinearAlgebra

/// Fits linear models: ordinary and weighted least squares through LAPACK's pivoted QR.
///
/// The fit works on a `DesignMatrix` and never sees the formula (the formula stage built the design).
public enum LinearModel {
    /// Fits `design.response` on `design.matrix`, weighted by `design.weights` when present.
    ///
    /// Weighted fits run on √w-scaled rows, as R's `lm`: residuals are reported unweighted, σ and R² come from the
    /// weighted sums, and rows of weight zero are fitted values only (they do not count in n or any degrees of freedom).
    /// A rank-deficient design is never solved silently: the later of collinear columns is dropped and named in
    /// `aliasedColumnNames` (R's `NA` coefficients), and the rest is fitted.
    ///
    /// Designs with at least 16 rows per column and 4M entries are factored by LinearAlgebra's tall-skinny QR, which
    /// reads X in cache-sized blocks instead of copying it (`LeastSquares`); results agree with the exact path to
    /// about 1e-12 relative, and ill-conditioned designs still go through the exact path.
    ///
    /// The tolerances are LinearAlgebra's measured defaults: a column is aliased when its distance from the span of
    /// the earlier columns is at most `aliasTolerance` times its norm (R's `lm` scans left to right the same way,
    /// with 1e-7, which drops a genuine term of NIST's Filip data); `rankTolerance` bounds |R_kk| / |R_11| of the
    /// pivoted factor of what is kept.
    ///
    /// - Throws: `RegressionError` when the data cannot support the model: fewer rows than coefficients, no residual
    ///   degrees of freedom, non-finite values, negative weights.
    public static func fit(_ design: DesignMatrix, aliasTolerance: Double = defaultAliasTolerance,
                           rankTolerance: Double = defaultRankTolerance) throws -> LinearModelFit {
        try fit(design, aliasTolerance: aliasTolerance, rankTolerance: rankTolerance,
                tallDesignEntries: LeastSquares.defaultTallDesignEntries)
    }

    /// `fit` with LinearAlgebra's size bound for its tall-design path (`LeastSquares.init`), which tests lower to 0 to
    /// run both paths on the same data.
    static func fit(_ design: DesignMatrix, aliasTolerance: Double, rankTolerance: Double,
                    tallDesignEntries: Int) throws -> LinearModelFit {
        try validate(design)
        let columnCount = design.matrix.columns
        let observationCount = design.weights.map { $0.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } } ?? design.observationCount
        guard observationCount >= columnCount else {
            throw tooFewRows(observationCount, columnCount, design: design)
        }

        // One factorization of X (√w-scaled, equilibrated): a pivoted QR of a copy, or for tall designs of 4M entries
        // and more a tall-skinny QR streamed from X itself (see LeastSquares). Aliased columns are found by R's
        // left-to-right scan of the small triangular factor; on the exact path they cost a second factorization of
        // the kept columns, on the tall path only one of the small triangle.
        let solution: LeastSquares
        do {
            solution = try LeastSquares(design.matrix, design.response, weights: design.weights,
                                        rankTolerance: rankTolerance, aliased: .drop(tolerance: aliasTolerance),
                                        tallDesignEntries: tallDesignEntries)
        } catch let error as LinearAlgebraError {
            // LeastSquares refuses a non-finite entry; name it in the analyst's terms (column name, data row).
            try requireFiniteMatrix(design)
            // Inputs were validated above, so what remains is near-singularity that the left-to-right alias scan
            // did not resolve (columns nearly, not exactly, collinear).
            throw RegressionError("'\(design.formula)' cannot be fitted: its columns are nearly collinear even after "
                                  + "dropping aliased ones; remove or combine collinear terms (\(error.message))")
        }
        let estimated = solution.keptColumns
        guard !estimated.isEmpty else {
            throw RegressionError("every column of the model matrix is zero or aliased (\(describe(design.columnNames))); "
                                  + "check that the predictors vary in the rows used")
        }
        guard observationCount > estimated.count else {
            throw tooFewRows(observationCount, estimated.count, design: design)
        }

        var coefficients = [Double?](repeating: nil, count: columnCount)
        for column in estimated { coefficients[column] = solution.coefficients[column] }
        // Residuals come refined from LeastSquares (unweighted, zero-weight rows included); fitted values are
        // y − e, as R's lm.fit forms them.
        let residuals = solution.residuals
        let fitted = zip(design.response, residuals).map { $0 - $1 }
        let (rss, mss) = sumsOfSquares(design: design, fitted: fitted, residuals: residuals)
        // Aliased columns' coefficients are NaN by design; only the estimated ones must be finite.
        try requireNoOverflow(design: design, coefficients: estimated.map { solution.coefficients[$0] },
                              sums: [rss, mss] + fitted)
        return LinearModelFit(design: design, coefficients: coefficients, estimatedColumns: estimated,
                              aliasedColumns: solution.aliasedColumns, observationCount: observationCount,
                              residuals: residuals, fittedValues: fitted, residualSumOfSquares: rss,
                              modelSumOfSquares: mss, unscaledCovariance: try solution.inverseCrossProduct(),
                              solution: solution)
    }

    /// Refuses a fit whose finite inputs gave non-finite results: values near the top of the Double range (1e308)
    /// overflow when squared or summed, and every statistic would print as NA. Names the column to rescale.
    private static func requireNoOverflow(design: DesignMatrix, coefficients: [Double], sums: [Double]) throws {
        guard !(coefficients + sums).allSatisfy(\.isFinite) else { return }
        var largest = (name: design.responseName, size: design.response.reduce(0) { max($0, abs($1)) })
        for (index, name) in design.columnNames.enumerated() {
            var size = 0.0
            for row in 0..<design.matrix.rows { size = max(size, abs(design.matrix[row, index])) }
            if size > largest.size { largest = (name, size) }
        }
        throw RegressionError("'\(design.formula)' cannot be fitted in double precision: the values of \(largest.name) "
                              + "reach \(largest.size), and their squares and sums overflow; rescale \(largest.name) "
                              + "(for example divide it by a power of ten) and fit again")
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

    /// The chosen columns of X with rows multiplied by √w (the clustered estimators' input).
    ///
    /// Without weights and with every column kept this is the caller's matrix itself (copy-on-write shares it).
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
        // The model matrix itself is checked by LeastSquares while it reads it (no pass of its own here); a
        // non-finite entry comes back as an error that `requireFiniteMatrix` turns into this module's message.
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

    /// Throws naming the first non-finite entry of the model matrix by column name and data row, if there is one.
    private static func requireFiniteMatrix(_ design: DesignMatrix) throws {
        let x = design.matrix
        for j in 0..<x.columns {
            for i in 0..<x.rows where !x[i, j].isFinite {
                throw RegressionError("column '\(design.columnNames[j])' of the model matrix is \(x[i, j]) in "
                                      + "\(rowName(i, design)); remove the row or mark the value missing")
            }
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
