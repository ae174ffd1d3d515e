/// A LAPACK routine reported failure (`info != 0`) or was called with inputs it cannot take.
public struct LinearAlgebraError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The LAPACK or BLAS routine, e.g. `dpotrf`, or the Swift API that refused its inputs, e.g. `LeastSquares`.
    public var routine: String
    /// LAPACK's `info` code (negative: argument number that was illegal; positive: routine-specific failure);
    /// 0 when the inputs were refused before any LAPACK call.
    public var info: Int
    /// What went wrong, in words.
    public var message: String

    /// Creates an error for `routine` with its `info` code.
    public init(routine: String, info: Int, message: String) {
        self.routine = routine
        self.info = info
        self.message = message
    }

    /// `routine (info N): message`, or `routine: message` for inputs refused before any LAPACK call.
    public var description: String {
        info == 0 ? "\(routine): \(message)" : "\(routine) (info \(info)): \(message)"
    }

    /// Inputs refused before calling LAPACK (wrong shapes, non-finite entries, negative weights).
    static func invalidInput(_ routine: String, _ message: String) -> LinearAlgebraError {
        LinearAlgebraError(routine: routine, info: 0, message: message)
    }

    /// LAPACK's `info < 0`: argument number `-info` was illegal, which means this module called it wrongly.
    static func illegalArgument(_ routine: String, _ info: Int32) -> LinearAlgebraError {
        LinearAlgebraError(routine: routine, info: Int(info),
                           message: "argument \(-info) had an illegal value (a defect in LinearAlgebra; please report it)")
    }
}
