import LinearAlgebra
import Regression

// Test-only: CR2 computed naively from its definition, to check the production algebra.

/// CR2 and its Satterthwaite degrees of freedom exactly as defined (Bell and McCaffrey 2002; Pustejovsky and Tipton
/// 2018; estimatr's working model): n_g x n_g adjustment blocks
///     B_g = (I − H)_{g·}(I − H)_{g·}ᵀ,  H = X B Xᵀ W,  A_g = B_g^(−1/2) (eigenvalues ≤ 1e-12 dropped),
/// V = B Σ_g X_gᵀ W_g A_g e_g e_gᵀ A_g W_g X_g B, and for coefficient j the n x G matrix Gᴶ whose column g is
/// (I − H)_{g·}ᵀ A_g W_g X_g B e_j, with df_j = (tr GᴶᵀGᴶ)² / ‖GᴶᵀGᴶ‖²_F. O(n²) memory: small data only.
struct DirectClusterCovariance {
    var covariance: Matrix
    var degreesOfFreedom: [Double]

    init(x: Matrix, response: [Double], weights: [Double]?, clusters: [String]) throws {
        let n = x.rows
        let k = x.columns
        let w = weights ?? Array(repeating: 1, count: n)
        var xtwx = Matrix(rows: k, columns: k)
        var xtwy = [Double](repeating: 0, count: k)
        for i in 0..<n {
            for a in 0..<k {
                xtwy[a] += x[i, a] * w[i] * response[i]
                for b in 0..<k { xtwx[a, b] += x[i, a] * w[i] * x[i, b] }
            }
        }
        let bread = try Cholesky(xtwx).inverse()
        let beta = multiply(bread, xtwy)
        let fitted = multiply(x, beta)
        let e = zip(response, fitted).map { $0 - $1 }
        // I − H, n x n.
        let xb = multiply(x, bread)
        var residualMaker = Matrix(rows: n, columns: n)
        for i in 0..<n {
            for l in 0..<n {
                var h = 0.0
                for a in 0..<k { h += xb[i, a] * x[l, a] }
                residualMaker[i, l] = (i == l ? 1 : 0) - h * w[l]
            }
        }
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (i, c) in clusters.enumerated() {
            if members[c] == nil { order.append(c) }
            members[c, default: []].append(i)
        }
        var meat = Matrix(rows: k, columns: k)
        // Columns of Gᴶ for every j: gColumns[j] is n x G.
        var gColumns = Array(repeating: Matrix(rows: n, columns: order.count), count: k)
        for (g, label) in order.enumerated() {
            let rows = members[label]!
            let size = rows.count
            var block = Matrix(rows: size, columns: size)
            for (a, i) in rows.enumerated() {
                for (b, l) in rows.enumerated() {
                    var sum = 0.0
                    for r in 0..<n { sum += residualMaker[i, r] * residualMaker[l, r] }
                    block[a, b] = sum
                }
            }
            let eigen = try SymmetricEigendecomposition(block)
            var adjustment = Matrix(rows: size, columns: size)
            for (c, value) in eigen.values.enumerated() where value > 1e-12 {
                let f = 1 / value.squareRoot()
                for a in 0..<size { for b in 0..<size { adjustment[a, b] += eigen.vectors[a, c] * f * eigen.vectors[b, c] } }
            }
            var weightedX = Matrix(rows: size, columns: k)
            for (a, i) in rows.enumerated() { for j in 0..<k { weightedX[a, j] = w[i] * x[i, j] } }
            let z = multiply(adjustment, weightedX)
            let score = multiply(z, rows.map { e[$0] }, transpose: true)
            for a in 0..<k { for b in 0..<k { meat[a, b] += score[a] * score[b] } }
            let p = multiply(z, bread)
            for j in 0..<k {
                for r in 0..<n {
                    var sum = 0.0
                    for (a, i) in rows.enumerated() { sum += residualMaker[i, r] * p[a, j] }
                    gColumns[j][r, g] = sum
                }
            }
        }
        covariance = multiply(multiply(bread, meat), bread)
        degreesOfFreedom = gColumns.map { gj in
            let p = multiply(gj, gj, transposeA: true)
            var trace = 0.0
            var squares = 0.0
            for a in 0..<p.rows { trace += p[a, a] }
            for value in p.values { squares += value * value }
            return trace * trace / squares
        }
    }
}

/// A reproducible random number generator (SplitMix64), so that synthetic data are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Synthetic clustered data: 44 clusters of 1 to 25 rows (several larger than 2k), k = 4 with an indicator of the
/// first cluster (which makes its adjustment block singular), cluster effects, and optional weights.
struct SyntheticClusters {
    var matrix: Matrix
    var response: [Double]
    var weights: [Double]?
    var clusters: [String]

    init(seed: UInt64, weighted: Bool) {
        var random = SplitMix64(seed: seed)
        let sizes = [9, 1, 1, 25, 3, 12, 1, 2, 17, 4] + (0..<34).map { _ in Int.random(in: 1...6, using: &random) }
        var columns: [[Double]] = [[], [], [], []]
        var response: [Double] = []
        var weights: [Double] = []
        var clusters: [String] = []
        for (g, size) in sizes.enumerated() {
            let effect = Double.random(in: -1...1, using: &random)
            let clusterWeight = Double.random(in: 0.5...2, using: &random)
            for _ in 0..<size {
                let u = Double.random(in: 0...10, using: &random)
                let v = Double.random(in: -1...1, using: &random) + 0.1 * u
                let indicator: Double = g == 0 ? 1 : 0
                columns[0].append(1)
                columns[1].append(u)
                columns[2].append(v)
                columns[3].append(indicator)
                response.append(2 + 0.5 * u - v + 0.7 * indicator + effect + Double.random(in: -1...1, using: &random))
                weights.append(clusterWeight * Double.random(in: 0.5...3, using: &random))
                clusters.append("c\(g)")
            }
        }
        matrix = Matrix(columnList: columns)
        self.response = response
        self.weights = weighted ? weights : nil
        self.clusters = clusters
    }

    /// The least-squares quantities, through LinearAlgebra's least squares on the √w-scaled data.
    func fit() throws -> LeastSquaresQuantities {
        let root = weights?.map { $0.squareRoot() } ?? Array(repeating: 1, count: matrix.rows)
        var scaled = matrix
        for j in 0..<matrix.columns { for i in 0..<matrix.rows { scaled[i, j] *= root[i] } }
        let solution = try LeastSquares(scaled, zip(response, root).map { $0 * $1 })
        return LeastSquaresQuantities(matrix: scaled, residuals: solution.residuals,
                                      bread: try solution.inverseCrossProduct(),
                                      residualDegreesOfFreedom: matrix.rows - matrix.columns, weights: weights)
    }
}
