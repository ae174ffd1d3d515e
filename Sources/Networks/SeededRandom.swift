/// A small seeded random number generator (SplitMix64): the same seed gives the same numbers on every platform.
///
/// Swift's `SystemRandomNumberGenerator` cannot be seeded; layouts and simulations must be reproducible from a seed.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Starts the sequence of `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1) from the top 53 bits (the same on every platform, unlike
    /// `Double.random(in:using:)`, whose method is not promised).
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }
}
