import LinearAlgebra

/// Satterthwaite degrees of freedom of CR2 for every coefficient, summed cluster by cluster without the G x G matrix.
///
/// For coefficient j, `P = D + U C Uᵀ` (G x G) where D = diag(‖p_g‖²), row g of U is u_gᵀ and C is the working-model
/// matrix (see `BiasReducedLinearization.swift`); df_j = (tr P)² / ‖P‖²_F with
///     tr P      = Σ_g d_g + Σ_g u_gᵀ C u_g,
///     ‖P‖²_F    = Σ_g d_g² + 2 Σ_g d_g (u_gᵀ C u_g) + tr(C K C K),   K = Σ_g u_g u_gᵀ = UᵀU (m x m).
/// This is what estimatr's `P_array` (and clubSandwich's `Satterthwaite`) would give, in O(G·k·m²) time and
/// O(k·m²) memory instead of O(G²) per coefficient. The K are accumulated a block of clusters at a time through
/// BLAS (`dsyrk`).
struct SatterthwaiteDegreesOfFreedom {
    /// C, the m x m working-model matrix.
    let workingModel: Matrix
    /// Number of coefficients k.
    let coefficientCount: Int
    /// Clusters buffered before their outer products are added to the K.
    private let blockSize = 128

    private var diagonalSum: [Double]
    private var diagonalSquareSum: [Double]
    private var quadraticSum: [Double]
    private var crossSum: [Double]
    private var outerProductSums: [Matrix]
    /// u_g for the buffered clusters: for coefficient j and entry a, a column of `blockSize` values at
    /// `(j·m + a)·blockSize`, so that each coefficient's block is one contiguous blockSize x m matrix.
    private var buffer: [Double]
    private var buffered = 0

    /// Starts the sums for `coefficientCount` coefficients and working-model matrix `workingModel` (m x m).
    init(workingModel: Matrix, coefficientCount: Int) {
        let m = workingModel.rows
        self.workingModel = workingModel
        self.coefficientCount = coefficientCount
        diagonalSum = Array(repeating: 0, count: coefficientCount)
        diagonalSquareSum = diagonalSum
        quadraticSum = diagonalSum
        crossSum = diagonalSum
        outerProductSums = Array(repeating: Matrix(rows: m, columns: m), count: coefficientCount)
        buffer = Array(repeating: 0, count: blockSize * m * coefficientCount)
    }

    /// Adds one cluster: column j of `u` (m x k) is u_g and `squaredNorms[j]` is ‖p_g‖² for coefficient j.
    mutating func add(_ u: Matrix, squaredNorms: [Double]) {
        let m = workingModel.rows
        let cu = multiply(workingModel, u)
        for j in 0..<coefficientCount {
            var quadratic = 0.0
            for a in 0..<m { quadratic += u.values[a + j * m] * cu.values[a + j * m] }
            let d = squaredNorms[j]
            diagonalSum[j] += d
            diagonalSquareSum[j] += d * d
            quadraticSum[j] += quadratic
            crossSum[j] += d * quadratic
            for a in 0..<m { buffer[buffered + (j * m + a) * blockSize] = u.values[a + j * m] }
        }
        buffered += 1
        if buffered == blockSize { flush() }
    }

    /// Adds the buffered clusters' outer products to the K.
    private mutating func flush() {
        guard buffered > 0 else { return }
        let m = workingModel.rows
        for j in 0..<coefficientCount {
            var values = [Double]()
            values.reserveCapacity(buffered * m)
            for a in 0..<m {
                let start = (j * m + a) * blockSize
                values.append(contentsOf: buffer[start..<(start + buffered)])
            }
            let product = crossProduct(Matrix(rows: buffered, columns: m, columnMajor: values))
            for index in product.values.indices { outerProductSums[j].values[index] += product.values[index] }
        }
        buffered = 0
    }

    /// The degrees of freedom of each coefficient; `NaN` where P = 0 (a coefficient whose CR2 variance is zero).
    mutating func values() -> [Double] {
        flush()
        let m = workingModel.rows
        return (0..<coefficientCount).map { j in
            let ck = multiply(workingModel, outerProductSums[j])
            var lowRankSquare = 0.0
            for b in 0..<m {
                for a in 0..<m { lowRankSquare += ck.values[a + b * m] * ck.values[b + a * m] }
            }
            let trace = diagonalSum[j] + quadraticSum[j]
            let squaredNorm = diagonalSquareSum[j] + 2 * crossSum[j] + lowRankSquare
            return squaredNorm > 0 ? trace * trace / squaredNorm : .nan
        }
    }
}
