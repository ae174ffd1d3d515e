import Education
import LinearAlgebra

/// A reproducible synthetic regression problem: an intercept and k − 1 standard-normal predictors, y = Xβ + e with
/// heteroskedastic noise (so HC3 has something to correct), all from a fixed seed.
struct SyntheticDesign {
    let matrix: Matrix
    let response: [Double]
    let trueCoefficients: [Double]

    init(rows: Int, columns: Int, seed: UInt64 = 20111012) {
        // The project's own seeded generator (xoshiro256**, platform-independent normals), as the survey simulation uses.
        var random = SimulationRandom(seed: seed)
        var values = [Double](repeating: 1, count: rows * columns)
        for index in rows..<(rows * columns) { values[index] = random.normal() }
        let beta = (0..<columns).map { Double($0 % 7) - 3 }
        var y = [Double](repeating: 0, count: rows)
        for j in 0..<columns {
            let b = beta[j]
            values.withUnsafeBufferPointer { v in
                for i in 0..<rows { y[i] += v[i + j * rows] * b }
            }
        }
        for i in 0..<rows {
            let x1 = columns > 1 ? values[i + rows] : 0
            y[i] += random.normal() * (1 + 0.5 * abs(x1))
        }
        matrix = Matrix(rows: rows, columns: columns, columnMajor: values)
        response = y
        trueCoefficients = beta
    }
}
