@testable import LinearAlgebra

/// SplitMix64: a tiny seeded generator, so every random test matrix is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
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

/// A rows x columns matrix of uniform(-1, 1) entries from `seed`.
func randomMatrix(rows: Int, columns: Int, seed: UInt64) -> Matrix {
    var generator = SeededGenerator(seed: seed)
    return Matrix(rows: rows, columns: columns,
                  columnMajor: (0..<(rows * columns)).map { _ in Double.random(in: -1...1, using: &generator) })
}

/// A vector of uniform(-1, 1) entries from `seed`.
func randomVector(_ count: Int, seed: UInt64) -> [Double] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in Double.random(in: -1...1, using: &generator) }
}

/// Largest absolute entry of `a - b` (same shapes).
func maxDifference(_ a: Matrix, _ b: Matrix) -> Double {
    precondition(a.rows == b.rows && a.columns == b.columns, "shapes differ: \(a.rows)x\(a.columns) vs \(b.rows)x\(b.columns)")
    return zip(a.values, b.values).reduce(0) { max($0, abs($1.0 - $1.1)) }
}

/// Largest absolute entry of `a - b` (same lengths).
func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
}

/// Largest relative difference |a - b| / max(|b|, floor) over entries.
func maxRelativeDifference(_ a: [Double], _ b: [Double], floor: Double = 1e-300) -> Double {
    precondition(a.count == b.count)
    return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1) / max(abs($1.1), floor)) }
}

/// `a` with columns reordered: column k of the result is column `order[k]` of `a`.
func columns(_ a: Matrix, _ order: [Int]) -> Matrix { a.selecting(columns: order) }
