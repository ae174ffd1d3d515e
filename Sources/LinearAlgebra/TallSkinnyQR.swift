import CLAPACK

// Tall-skinny QR by streaming blocks of rows (the "flat tree" TSQR of Demmel, Grigori, Hoemmen and Langou, 2012):
//
//     R₀ = qr(block₀),   Rⱼ = qr([Rⱼ₋₁; blockⱼ])   (dtpqrt: triangle on top, rectangle below),
//
// each block copied from the caller's design into a buffer that stays in the second-level cache, so the design is read
// from memory once and never copied whole. Only R is kept (the reflectors of each block are overwritten by the next),
// which is all least squares needs when the response rides along as the last column: R of [S A | S b] holds
// R_A, Qᵀ S b in its last column and ‖residual‖ in its corner.
//
// Why not `dgeqp3` on the whole matrix: half of its flops are matrix-vector products over the entire trailing matrix
// (the column-norm updates of pivoting), so it runs at memory speed; blocks that fit in cache run at `dgemm` speed.
// Why not LAPACK's own `dgeqr` (which also does TSQR): it factors in place, so it needs a copy of the design, and it
// keeps every block's reflectors; it is the fastest of the three on tall designs (the benchmark's README).

/// Rows per streamed block for a matrix with `columns` columns: a 2 MB block buffer (the second-level cache), at
/// most 8192 rows, never fewer than twice the columns.
///
/// One thread is insensitive to the block size in this range; OpenBLAS's two threads gain only from blocks of about
/// 5000 rows on, as each smaller call is too small to share (measured: the benchmark's README).
func tallSkinnyBlockRows(columns: Int) -> Int {
    max(2 * columns, min(8192, (1 << 18) / max(1, columns)))
}

/// The (p + 1) x (p + 1) upper-triangular R of `[S a | S b]` (p = `a.columns`), by streaming blocks of rows.
///
/// Column signs are LAPACK's (diagonal entries may be negative). The caller's matrix is read once.
/// - Parameters:
///   - rowScale: diag(S), or `nil` for S = I.
///   - blockRows: rows per block (at least p + 1).
///   - innerBlock: the block size of `dtpqrt`'s compact WY updates.
/// - Returns: `nil` when `S a` or `S b` has a non-finite entry (the caller decides what to report).
/// - Throws: `LinearAlgebraError` for a LAPACK failure or sizes beyond 32-bit integers.
func tallSkinnyTriangle(of a: Matrix, appending b: [Double], rowScale: [Double]?, blockRows: Int,
                        innerBlock: Int = 16) throws -> Matrix? {
    let n = a.rows, p = a.columns, c = p + 1
    precondition(b.count == n && n >= c && blockRows >= c, "tallSkinnyTriangle needs at least p + 1 rows per block")
    var r = Matrix(rows: c, columns: c)
    var block = [Double](repeating: 0, count: min(blockRows, n) * c)
    var finite = SIMD4<Double>.zero  // accumulates v·0: stays 0 unless some v is NaN or infinite

    /// Copies rows start..<start+length of [S a | S b] into `block` (leading dimension `length`).
    func load(_ start: Int, _ length: Int) {
        a.values.withUnsafeBufferPointer { values in
            block.withUnsafeMutableBufferPointer { target in
                for j in 0..<c {
                    let out = target.baseAddress! + j * length
                    if j < p {
                        copyScaled(values.baseAddress! + j * n + start, out, length, rowScale, start, &finite)
                    } else {
                        b.withUnsafeBufferPointer {
                            copyScaled($0.baseAddress! + start, out, length, rowScale, start, &finite)
                        }
                    }
                }
            }
        }
    }

    // The first block: plain Householder QR.
    let first = min(blockRows, n)
    load(0, first)
    var mm = try fortranInteger(first, "dgeqrf"), lda = mm, cc = try fortranInteger(c, "dgeqrf")
    var tau = [Double](repeating: 0, count: c)
    var info: Int32 = 0, query = 0.0, lwork: Int32 = -1
    dgeqrf_(&mm, &cc, &block, &lda, &tau, &query, &lwork, &info)
    try checkArguments(info, "dgeqrf")
    var work = [Double](repeating: 0, count: max(workspaceLength(query), innerBlock * c))
    lwork = try fortranInteger(work.count, "dgeqrf")
    dgeqrf_(&mm, &cc, &block, &lda, &tau, &work, &lwork, &info)
    try checkArguments(info, "dgeqrf")
    for j in 0..<c {
        for i in 0...j { r[i, j] = block[i + j * first] }
    }

    // The rest: [R; block] → R, with R updated in place.
    var nb = try fortranInteger(min(innerBlock, c), "dtpqrt"), zero: Int32 = 0
    var ldr = try leadingDimension(c, "dtpqrt")
    var t = [Double](repeating: 0, count: Int(nb) * c)
    var start = first
    while start < n {
        let length = min(blockRows, n - start)
        load(start, length)
        var m = try fortranInteger(length, "dtpqrt"), ldb = m, ldt = nb
        dtpqrt_(&m, &cc, &zero, &nb, &r.values, &ldr, &block, &ldb, &t, &ldt, &work, &info)
        try checkArguments(info, "dtpqrt")
        start += length
    }
    guard finite.sum() == 0 else { return nil }
    r.zeroBelowDiagonal()
    return r
}

/// `out[i] = source[i] · s[start + i]` (or a plain copy without S), adding `out[i] · 0` into `finite`.
@inline(__always)
private func copyScaled(_ source: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ length: Int,
                        _ rowScale: [Double]?, _ start: Int, _ finite: inout SIMD4<Double>) {
    let quads = length / 4
    let rawSource = UnsafeRawPointer(source), rawOut = UnsafeMutableRawPointer(out)
    if let s = rowScale {
        s.withUnsafeBufferPointer { scale in
            let rawScale = UnsafeRawPointer(scale.baseAddress! + start)
            for q in 0..<quads {
                let v = rawSource.loadUnaligned(fromByteOffset: q * 32, as: SIMD4<Double>.self)
                    * rawScale.loadUnaligned(fromByteOffset: q * 32, as: SIMD4<Double>.self)
                rawOut.storeBytes(of: v, toByteOffset: q * 32, as: SIMD4<Double>.self)
                finite += v * 0
            }
            for i in (quads * 4)..<length {
                out[i] = source[i] * scale[start + i]
                finite[0] += out[i] * 0
            }
        }
    } else {
        for q in 0..<quads {
            let v = rawSource.loadUnaligned(fromByteOffset: q * 32, as: SIMD4<Double>.self)
            rawOut.storeBytes(of: v, toByteOffset: q * 32, as: SIMD4<Double>.self)
            finite += v * 0
        }
        for i in (quads * 4)..<length {
            out[i] = source[i]
            finite[0] += out[i] * 0
        }
    }
}
