import LinearAlgebra

/// CR1, the clustered sandwich with Stata's small-sample factor: `c · B (Σ_g u_g u_gᵀ) B`, `u_g = Σ_{i∈g} x_i e_i`,
/// `c = G/(G−1) · (n−1)/(n−k)`, and G − 1 degrees of freedom for every coefficient.
///
/// This is `sandwich::vcovCL(fit, cluster = ~col, type = "HC1")` (its `HC1` multiplies by (n−1)/(n−k), and its
/// default `cadjust` by G/(G−1)) and estimatr's `se_type = "stata"`. In √w-scaled coordinates x_i e_i is already
/// sandwich's weighted score w_i x_i e_i, so weights need no separate treatment. O(n·k + G·k²) time, O(G·k) memory.
func stataClusterCovariance(_ fit: LeastSquaresQuantities, groups: ClusterGroups) -> ClusterRobustCovariance {
    let n = fit.matrix.rows
    let k = fit.matrix.columns
    let clusterCount = groups.count
    // Cluster scores, one row per cluster, summed column by column so that the model matrix is read in storage order.
    var scores = Matrix(rows: clusterCount, columns: k)
    fit.matrix.values.withUnsafeBufferPointer { x in
        scores.values.withUnsafeMutableBufferPointer { u in
            for j in 0..<k {
                let column = j * n
                let scoreColumn = j * clusterCount
                for i in 0..<n {
                    u[scoreColumn + groups.clusterOfRow[i]] += x[column + i] * fit.residuals[i]
                }
            }
        }
    }
    let g = Double(clusterCount)
    let factor = g / (g - 1) * Double(n - 1) / Double(n - k)
    var covariance = sandwich(bread: fit.bread, meat: crossProduct(scores))
    for index in covariance.values.indices { covariance.values[index] *= factor }
    return ClusterRobustCovariance(covariance: covariance,
                                   degreesOfFreedom: Array(repeating: g - 1, count: k),
                                   clusterCount: clusterCount)
}

/// `B M B` for symmetric B and M, made exactly symmetric (the two triangles differ only by rounding).
func sandwich(bread: Matrix, meat: Matrix) -> Matrix {
    var product = multiply(multiply(bread, meat), bread)
    let k = product.rows
    for j in 0..<k {
        for i in 0..<j {
            let mean = 0.5 * (product[i, j] + product[j, i])
            product[i, j] = mean
            product[j, i] = mean
        }
    }
    return product
}
