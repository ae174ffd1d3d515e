import LinearAlgebra

/// A reproducible synthetic regression problem: an intercept and k − 1 standard-normal predictors, y = Xβ + e with
/// heteroskedastic noise (so HC3 has something to correct), all from a fixed seed.
struct SyntheticDesign {
    let matrix: Matrix
    let response: [Double]
    let trueCoefficients: [Double]

    init(rows: Int, columns: Int, seed: UInt64 = 20111012) {
        var random = SplitMix64(seed: seed)
        var values = [Double](repeating: 1, count: rows * columns)
        for index in rows..<(rows * columns) { values[index] = random.nextNormal() }
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
            y[i] += random.nextNormal() * (1 + 0.5 * abs(x1))
        }
        matrix = Matrix(rows: rows, columns: columns, columnMajor: values)
        response = y
        trueCoefficients = beta
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014) with Box-Muller normals: tiny, fast and the same on every platform.
struct SplitMix64 {
    private var state: UInt64
    private var spare: Double?

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on (0, 1).
    mutating func nextUniform() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992.0 }

    mutating func nextNormal() -> Double {
        if let value = spare { spare = nil; return value }
        let u = nextUniform(), v = nextUniform()
        let radius = (-2 * log(u)).squareRoot()
        spare = radius * sin(2 * .pi * v)
        return radius * cos(2 * .pi * v)
    }
}

import Foundation
