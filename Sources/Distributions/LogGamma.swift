import Foundation

extension SpecialFunctions {
    /// log Γ(x) for x > 0; +∞ at 0 and +∞, NaN for negative or NaN arguments.
    ///
    /// Relative error about 1e-15, also next to the zeros at x = 1 and x = 2, because the fit on [1, 3] divides them out.
    /// Negative arguments are not supported: no distribution here needs them.
    public static func logGamma(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 || x == .infinity { return .infinity }
        if x < 1 {
            // Γ(x) = Γ(x + 1) / x with log Γ(x + 1) = x (x − 1) g(x + 1): both factors and t = x − 1 are exact, where
            // x + 1 itself would round away the low bits of x (and with them the accuracy next to x = 1).
            return x * (x - 1) * logGammaRatio(x - 1) - log(x)
        }
        if x <= 3 { return (x - 1) * (x - 2) * logGammaRatio(x - 2) }
        if x < stirlingThreshold {
            // Γ(x) = (x − 1)(x − 2)⋯(x − n) Γ(x − n): each x − k is exact, the product has a few ulps of error.
            var shifted = x
            var product = 1.0
            while shifted > 3 {
                shifted -= 1
                product *= shifted
            }
            return log(product) + (shifted - 1) * (shifted - 2) * logGammaRatio(shifted - 2)
        }
        // Stirling's series: (x − ½) log x − x + ½ log 2π + δ(x); x (log x − 1) postpones overflow.
        return x * (log(x) - 1) - 0.5 * log(x) + halfLogTwoPi + stirlingSeries(x)
    }

    /// g(x) = log Γ(x) / ((x − 1)(x − 2)) on [1, 3], as a Chebyshev series in t = x − 2 ∈ [−1, 1].
    static func logGammaRatio(_ t: Double) -> Double {
        // Clenshaw's recurrence for Σ c_k T_k(t).
        var next = 0.0
        var current = 0.0
        for coefficient in logGammaChebyshev.reversed().dropLast() {
            let previous = current
            current = 2 * t * current - next + coefficient
            next = previous
        }
        return t * current - next + logGammaChebyshev[0]
    }

    /// Chebyshev coefficients of lgamma(x) / ((x − 1)(x − 2)) in t = x − 2 on [1, 3].
    /// Made by Tests/Fixtures/scripts/log_gamma_chebyshev.py (mpmath, 50 digits); dropped terms are below 1e-19.
    static let logGammaChebyshev: [Double] = [
        4.4148902545501420802e-1,
        -1.1119580321752522305e-1,
        1.9510448260688840516e-2,
        -3.9224614630252639868e-3,
        8.4789898959538574021e-4,
        -1.9153855341365592266e-4,
        4.4544701849756063756e-5,
        -1.0572874373594299644e-5,
        2.5474336873408414892e-6,
        -6.2085358807763160364e-7,
        1.5268677399071546601e-7,
        -3.7826376602913261471e-8,
        9.4281008236242844044e-9,
        -2.3619997021846449367e-9,
        5.9435419058175460746e-10,
        -1.5013129770728669448e-10,
        3.8050196458110536946e-11,
        -9.6724852996563246068e-12,
        2.4653481983556609269e-12,
        -6.2988681407917114834e-13,
        1.6128460030283786455e-13,
        -4.1379492068140420876e-14,
        1.0635701227757898417e-14,
        -2.7382420786652824822e-15,
        7.0606705072148924822e-16,
        -1.8232177141662118691e-16,
        4.7141690067562715939e-17,
        -1.2204107319639855371e-17,
        3.1630451661790253768e-18,
        -8.2067465441667277299e-19,
        2.1314428625638424511e-19,
    ]
}

/// ½ log(2π).
let halfLogTwoPi = 0.918938533204672741780329736406

/// Above this, Stirling's series with eight terms is exact to double precision.
let stirlingThreshold = 10.0
