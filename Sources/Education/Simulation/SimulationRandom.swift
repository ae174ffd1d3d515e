/// The simulator's random numbers: xoshiro256** seeded by SplitMix64, with uniform, normal and Poisson draws.
///
/// Written here, not taken from the standard library, because a synthetic survey must be byte-identical for the same
/// seed on every run and platform: Swift's `SystemRandomNumberGenerator` cannot be seeded, and `log`, `sin` and `cos`
/// from the C library may differ in the last bit between platforms. Everything below uses only integer arithmetic,
/// IEEE-754 `+ - * /` and `squareRoot()` (all exactly rounded), and a logarithm computed from those.
public struct SimulationRandom: Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)
    /// The second normal deviate of the last polar-method pair, used by the next `normal()` call.
    private var spareNormal: Double?

    /// Seeds the generator: the four state words are the first four outputs of SplitMix64 started at `seed`
    /// (the seeding Vigna recommends for xoshiro).
    public init(seed: UInt64) {
        var splitMix = seed
        func next() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (next(), next(), next(), next())
    }

    /// Starts from a given xoshiro256** state (for checking against the published test vectors).
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        self.state = state
    }

    /// The next 64 random bits (xoshiro256**, Blackman and Vigna 2018).
    public mutating func nextBits() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform number in [0, 1): the top 53 bits over 2^53.
    public mutating func uniform() -> Double {
        Double(nextBits() >> 11) * 0x1p-53
    }

    /// A uniform number in (0, 1]: never zero, so its logarithm is finite.
    public mutating func uniformPositive() -> Double {
        Double((nextBits() >> 11) + 1) * 0x1p-53
    }

    /// A standard normal deviate by Marsaglia's polar method (no sine or cosine needed); deviates come in pairs and
    /// the second of each pair is returned by the next call.
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * SimulationRandom.logarithm(s) / s).squareRoot()
                spareNormal = v * factor
                return u * factor
            }
        }
    }

    /// A Poisson count with mean `mean`: the number of unit-rate exponential gaps (-log U) that fit in `mean`.
    /// Takes about `mean` draws, which is fine for respondent counts.
    public mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        var count = 0
        var elapsed = -SimulationRandom.logarithm(uniformPositive())
        while elapsed <= mean {
            count += 1
            elapsed -= SimulationRandom.logarithm(uniformPositive())
        }
        return count
    }

    /// The natural logarithm of a positive finite number, from exactly rounded operations only (so every platform
    /// gives the same bits): x = m 2^e with m in [sqrt(1/2), sqrt(2)), and
    /// log m = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), s = (m - 1)/(m + 1), |s| < 0.172, summed to 15 terms
    /// (the next term is below 1e-24). Accurate to a few units in the last place.
    public static func logarithm(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite)
        var m = x.significand
        var e = Double(x.exponent)
        if m > 1.4142135623730951 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var term = s
        var sum = 0.0
        for k in 0..<15 {
            sum += term / Double(2 * k + 1)
            term *= s2
        }
        return 2 * sum + e * 0.6931471805599453
    }
}
