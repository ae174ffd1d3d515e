import CLAPACK

// Conversions every LAPACK call needs: Debian's LAPACK takes 32-bit integers and single characters (with a hidden
// trailing length argument, passed as 1 at each call site).

/// A dimension as LAPACK's 32-bit integer, or an error naming what was too large.
func fortranInteger(_ value: Int, _ routine: String) throws -> Int32 {
    guard let converted = Int32(exactly: value) else {
        throw LinearAlgebraError.invalidInput(
            routine, "dimension \(value) exceeds LAPACK's 32-bit integer limit (\(Int32.max))")
    }
    return converted
}

/// A leading dimension: LAPACK requires at least 1 even for empty matrices.
func leadingDimension(_ rows: Int, _ routine: String) throws -> Int32 {
    try fortranInteger(max(1, rows), routine)
}

/// A single-character Fortran argument such as `"U"` or `"T"`.
func fortranCharacter(_ character: Unicode.Scalar) -> CChar {
    CChar(truncatingIfNeeded: character.value)
}

/// The workspace length a LAPACK workspace query (`lwork = -1`) reported, rounded up.
func workspaceLength(_ reported: Double) -> Int {
    max(1, Int(reported.rounded(.up)))
}

/// Throws for a negative `info` (an illegal argument); positive values are each routine's own business.
func checkArguments(_ info: Int32, _ routine: String) throws {
    if info < 0 { throw LinearAlgebraError.illegalArgument(routine, info) }
}

/// Throws if any entry of `values` is NaN or infinite, naming the first such entry of the matrix.
func requireFinite(_ matrix: Matrix, _ routine: String, name: String = "the matrix") throws {
    if allFinite(matrix.values) { return }
    for (index, value) in matrix.values.enumerated() where !value.isFinite {
        let row = index % max(1, matrix.rows), column = index / max(1, matrix.rows)
        throw LinearAlgebraError.invalidInput(
            routine, "\(name) has a non-finite entry \(value) at row \(row), column \(column) (0-based)")
    }
}

/// Throws if any entry of `vector` is NaN or infinite.
func requireFinite(_ vector: [Double], _ routine: String, name: String) throws {
    if let index = vector.firstIndex(where: { !$0.isFinite }) {
        throw LinearAlgebraError.invalidInput(
            routine, "\(name) has a non-finite entry \(vector[index]) at position \(index) (0-based)")
    }
}

/// Whether every entry is finite, in one vectorized pass: `v * 0` is 0 for finite v and NaN for NaN or ±∞.
func allFinite(_ values: [Double]) -> Bool {
    values.withUnsafeBufferPointer { buffer in
        var lanes = SIMD4<Double>.zero
        let quads = buffer.count / 4
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            for q in 0..<quads { lanes += raw.loadUnaligned(fromByteOffset: q * 32, as: SIMD4<Double>.self) * 0 }
        }
        var sum = lanes.sum()
        for i in (quads * 4)..<buffer.count { sum += buffer[i] * 0 }
        return sum == 0
    }
}
