import Foundation

/// Both tails of the standard normal distribution at x: (Φ(x), 1 − Φ(x)), each to full relative accuracy.
///
/// W. J. Cody's rational Chebyshev approximations (ACM TOMS 715, SPECFUN's ANORM; Cody 1969, Math. Comp. 23), the
/// algorithm R's `pnorm` uses, written from the published coefficients. The smaller tail is always the one computed;
/// exp(−x²/2) is formed as exp(−s²/2)·exp(−(x − s)(x + s)/2) with s = x rounded down to 1/16, so s² is exact and the
/// tail keeps its relative accuracy out to x ≈ 37.5 (1e-308); beyond, values are subnormal and keep what that format
/// can hold, down to 0 past x ≈ 38.5.
func standardNormalTails(_ x: Double) -> (lower: Double, upper: Double) {
    if x.isNaN { return (.nan, .nan) }
    if x == .infinity { return (1, 0) }
    if x == -.infinity { return (0, 1) }
    let y = abs(x)
    if y <= 0.67448975 {
        // Φ(x) = ½ + x R(x²) near the centre.
        var numerator = 0.0
        var denominator = 0.0
        if y > 0.5 * Double.ulpOfOne {
            let square = x * x
            numerator = codyA[4] * square
            denominator = square
            for i in 0..<3 {
                numerator = (numerator + codyA[i]) * square
                denominator = (denominator + codyB[i]) * square
            }
        }
        let centre = x * (numerator + codyA[3]) / (denominator + codyB[3])
        return (0.5 + centre, 0.5 - centre)
    }
    let small: Double
    if y <= 32.0.squareRoot() {
        // Φ(−y) = exp(−y²/2) R(y) for 0.674 < y ≤ √32.
        var numerator = codyC[8] * y
        var denominator = y
        for i in 0..<7 {
            numerator = (numerator + codyC[i]) * y
            denominator = (denominator + codyD[i]) * y
        }
        small = gaussianFactor(y, times: (numerator + codyC[7]) / (denominator + codyD[7]))
    } else {
        // Φ(−y) = exp(−y²/2)/y · (1/√2π − R(1/y²)/y²) in the far tail.
        let inverseSquare = 1 / (y * y)
        var numerator = codyP[5] * inverseSquare
        var denominator = inverseSquare
        for i in 0..<4 {
            numerator = (numerator + codyP[i]) * inverseSquare
            denominator = (denominator + codyQ[i]) * inverseSquare
        }
        let correction = inverseSquare * (numerator + codyP[4]) / (denominator + codyQ[4])
        small = gaussianFactor(y, times: (inverseSqrtTwoPi - correction) / y)
    }
    return x < 0 ? (small, 1 - small) : (1 - small, small)
}

/// factor · exp(−y²/2) without the rounding error of y²: s = ⌊16y⌋/16 has an exact square.
///
/// The factor is applied before the last exponential, so a result in the subnormal range is rounded once.
func gaussianFactor(_ y: Double, times factor: Double) -> Double {
    let s = (y * 16).rounded(.towardZero) / 16
    let remainder = (y - s) * (y + s)
    return factor * exp(-0.5 * remainder) * exp(-0.5 * s * s)
}

/// 1/√(2π).
let inverseSqrtTwoPi = 0.398942280401432677939946059934

// Cody's coefficients, as published (TOMS 715).
private let codyA: [Double] = [
    2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
    0.065682337918207449113,
]
private let codyB: [Double] = [
    47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956,
]
private let codyC: [Double] = [
    0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
    2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
    1.0765576773720192317e-8,
]
private let codyD: [Double] = [
    22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
    18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
]
private let codyP: [Double] = [
    0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
    2.9112874951168792e-5, 0.02307344176494017303,
]
private let codyQ: [Double] = [
    1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
    7.29751555083966205e-5,
]
