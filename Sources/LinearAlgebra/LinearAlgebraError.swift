/// A LAPACK routine reported failure (`info != 0`) or was called with inputs it cannot take.
public struct LinearAlgebraError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The LAPACK or BLAS routine, e.g. `dpotrf`.
    public var routine: String
    /// LAPACK's `info` code (negative: argument number that was illegal; positive: routine-specific failure).
    public var info: Int
    /// What went wrong, in words.
    public var message: String

    /// Creates an error for `routine` with its `info` code.
    public init(routine: String, info: Int, message: String) {
        self.routine = routine
        self.info = info
        self.message = message
    }

    /// `routine (info N): message`.
    public var description: String { "\(routine) (info \(info)): \(message)" }
}
