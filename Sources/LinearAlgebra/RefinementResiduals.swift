import CLAPACK

// The residuals of the augmented least-squares system that iterative refinement corrects (Björck 1967):
//
//     f = S (b − A x) − r        (n entries)
//     g = Aᵀ S r                 (one entry per used column; the caller scales and negates it)
//
// Both are differences of nearly equal quantities once x and r are close to the solution, so computing them in
// working precision recovers no digits lost to ill-conditioning; computing them with more precision does.
// Measured on the NIST Wampler 4 and 5 designs: x87 Float80 residuals (11 extra bits) stall at 12.6 correct digits,
// double-double residuals (about 106-bit significands) give all 15–16. So the extended path is double-double.
//
// Swift compiles for baseline x86-64 here, without FMA instructions, so exact products use Dekker's splitting
// (`a = aₕ + aₗ` with 26-bit halves; products of halves are exact) rather than `fma`, on every architecture: one code
// path, identical results everywhere. Four rows are handled at once in SIMD4 registers.

/// How the refinement residuals are computed.
enum ResidualArithmetic: Sendable {
    /// BLAS in Double: fast, but wins no digits (a fixed-precision refinement step).
    case working
    /// Double-double with exact products: recovers digits lost to ill-conditioning.
    case doubleDouble
}

/// `f = S (b − A[:, columns] x) − r` and `g = A[:, columns]ᵀ S r` (see the file comment).
/// - Parameters:
///   - x: one coefficient per entry of `columns`, in the units of `a`.
///   - rowScale: the diagonal of S, or `nil` for S = I.
///   - dotProducts: whether to compute g (skipped when r is zero or g is not needed; g is then all zeros).
func refinementResiduals(_ a: Matrix, columns: [Int], x: [Double], b: [Double], rowScale: [Double]?, r: [Double],
                         arithmetic: ResidualArithmetic, dotProducts: Bool = true) -> (f: [Double], g: [Double]) {
    precondition(x.count == columns.count && b.count == a.rows && r.count == a.rows)
    switch arithmetic {
    case .working:
        return workingResiduals(a, columns: columns, x: x, b: b, rowScale: rowScale, r: r, dotProducts: dotProducts)
    case .doubleDouble:
        return doubleDoubleResiduals(a, columns: columns, x: x, b: b, rowScale: rowScale, r: r,
                                     dotProducts: dotProducts)
    }
}

private func workingResiduals(_ a: Matrix, columns: [Int], x: [Double], b: [Double], rowScale: [Double]?,
                              r: [Double], dotProducts: Bool) -> (f: [Double], g: [Double]) {
    let n = a.rows
    var full = [Double](repeating: 0, count: a.columns)
    for (t, j) in columns.enumerated() { full[j] = x[t] }
    var e = b
    var gFull = [Double](repeating: 0, count: a.columns)
    if n > 0 && a.columns > 0 {
        cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(n), Int32(a.columns), -1, a.values, Int32(n), full, 1, 1, &e, 1)
        if dotProducts {
            var u = r
            if let s = rowScale { for i in 0..<n { u[i] = s[i] * r[i] } }
            cblas_dgemv(CblasColMajor, CblasTrans, Int32(n), Int32(a.columns), 1, a.values, Int32(n), u, 1, 0, &gFull, 1)
        }
    }
    for i in 0..<n { e[i] = (rowScale?[i] ?? 1) * e[i] - r[i] }
    return (e, columns.map { gFull[$0] })
}

/// An unevaluated sum `hi + lo` with `|lo| ≤ ulp(hi)/2`: about 106 significant bits.
struct DoubleDouble: Sendable, Equatable {
    var hi: Double
    var lo: Double

    /// Dekker's splitting constant 2²⁷ + 1.
    static let splitter = 134_217_729.0

    /// `a = hi + lo` with both halves of at most 26 significant bits, so products of halves are exact.
    @inline(__always) static func split(_ a: Double) -> (hi: Double, lo: Double) {
        let c = splitter * a
        let hi = c - (c - a)
        return (hi, a - hi)
    }

    /// `a * b` exactly, as the rounded product and its rounding error (Dekker's two-product).
    @inline(__always) static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        let (ah, al) = split(a), (bh, bl) = split(b)
        return DoubleDouble(hi: p, lo: ((ah * bh - p) + ah * bl + al * bh) + al * bl)
    }

    /// Adds a Double (Knuth's two-sum for the leading parts).
    @inline(__always) mutating func add(_ v: Double) {
        let s = hi + v
        let bb = s - hi
        let error = (hi - (s - bb)) + (v - bb)
        hi = s
        lo += error
    }

    /// Adds another double-double.
    @inline(__always) mutating func add(_ v: DoubleDouble) {
        add(v.hi)
        lo += v.lo
    }

    /// The nearest Double.
    var value: Double { hi + lo }
}

private typealias Lanes = SIMD4<Double>

@inline(__always) private func split(_ a: Lanes) -> (hi: Lanes, lo: Lanes) {
    let c = DoubleDouble.splitter * a
    let hi = c - (c - a)
    return (hi, a - hi)
}

/// `sum += a·b` for four lanes, with `b` pre-split: exact product (two-product), then two-sum into (hi, lo).
@inline(__always) private func accumulate(_ hi: inout Lanes, _ lo: inout Lanes, _ a: Lanes,
                                          _ b: Lanes, _ bh: Lanes, _ bl: Lanes) {
    let p = a * b
    let (ah, al) = split(a)
    let error = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    let s = hi + p
    let bb = s - hi
    lo += ((hi - (s - bb)) + (p - bb)) + error
    hi = s
}

private func doubleDoubleResiduals(_ a: Matrix, columns: [Int], x: [Double], b: [Double], rowScale: [Double]?,
                                   r: [Double], dotProducts: Bool) -> (f: [Double], g: [Double]) {
    let n = a.rows, k = columns.count
    var f = [Double](repeating: 0, count: n)
    var g = [DoubleDouble](repeating: DoubleDouble(hi: 0, lo: 0), count: k)
    let negated = x.map { -$0 }
    let negatedSplit = negated.map { DoubleDouble.split($0) }
    let quads = n / 4
    a.values.withUnsafeBufferPointer { values in
        let pointers = columns.map { UnsafeRawPointer(values.baseAddress! + $0 * n) }
        func load(_ t: Int, _ quad: Int) -> Lanes {
            pointers[t].loadUnaligned(fromByteOffset: quad * 32, as: Lanes.self)
        }
        // Rows in blocks, so the per-row accumulators stay in the first-level cache while all columns stream by.
        let blockQuads = 128
        var sumHi = [Lanes](repeating: .zero, count: blockQuads), sumLo = sumHi
        var uHi = sumHi, uLo = sumHi, uHiHigh = sumHi, uHiLow = sumHi
        var quad = 0
        while quad < quads {
            let end = min(quads, quad + blockQuads), length = end - quad
            for q in 0..<length {
                let row = (quad + q) * 4
                sumHi[q] = Lanes(b[row], b[row + 1], b[row + 2], b[row + 3])
                sumLo[q] = .zero
                // u = S r exactly as a double-double, its leading part pre-split for the products below.
                var high = Lanes.zero, low = Lanes.zero
                for lane in 0..<4 {
                    let u = DoubleDouble.product(rowScale?[row + lane] ?? 1, r[row + lane])
                    high[lane] = u.hi
                    low[lane] = u.lo
                }
                uHi[q] = high
                uLo[q] = low
                (uHiHigh[q], uHiLow[q]) = split(high)
            }
            for t in 0..<k {
                let xt = Lanes(repeating: negated[t])
                let xh = Lanes(repeating: negatedSplit[t].hi), xl = Lanes(repeating: negatedSplit[t].lo)
                guard dotProducts else {
                    for q in 0..<length { accumulate(&sumHi[q], &sumLo[q], load(t, quad + q), xt, xh, xl) }
                    continue
                }
                var gHi = Lanes.zero, gLo = Lanes.zero
                for q in 0..<length {
                    let v = load(t, quad + q)
                    accumulate(&sumHi[q], &sumLo[q], v, xt, xh, xl)
                    accumulate(&gHi, &gLo, v, uHi[q], uHiHigh[q], uHiLow[q])
                    gLo += v * uLo[q]
                }
                for lane in 0..<4 { g[t].add(DoubleDouble(hi: gHi[lane], lo: gLo[lane])) }
            }
            for q in 0..<length {
                for lane in 0..<4 {
                    let row = (quad + q) * 4 + lane
                    f[row] = finishResidual(DoubleDouble(hi: sumHi[q][lane], lo: sumLo[q][lane]),
                                            scale: rowScale?[row] ?? 1, r: r[row])
                }
            }
            quad = end
        }
    }
    // The last n mod 4 rows, one at a time.
    for row in (quads * 4)..<n {
        var sum = DoubleDouble(hi: b[row], lo: 0)
        let u = DoubleDouble.product(rowScale?[row] ?? 1, r[row])
        for (t, j) in columns.enumerated() {
            let v = a[row, j]
            sum.add(DoubleDouble.product(v, negated[t]))
            guard dotProducts else { continue }
            var term = DoubleDouble.product(v, u.hi)
            term.lo += v * u.lo
            g[t].add(term)
        }
        f[row] = finishResidual(sum, scale: rowScale?[row] ?? 1, r: r[row])
    }
    return (f, g.map(\.value))
}

/// `s·(b − A x)ᵢ − rᵢ` from the double-double `(b − A x)ᵢ`, rounded once at the end.
@inline(__always) private func finishResidual(_ sum: DoubleDouble, scale s: Double, r: Double) -> Double {
    var scaled = DoubleDouble.product(sum.hi, s)
    scaled.lo += sum.lo * s
    scaled.add(-r)
    return scaled.value
}
