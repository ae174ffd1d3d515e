/// A model that cannot be fitted or a request the fit cannot answer, described in one line.
///
/// The command line prints `description` after `error: ` and maps `kind` to its exit code (DESIGN.md).
public struct RegressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What sort of problem this is.
    public enum Kind: Sendable, Equatable {
        /// The data cannot support the model (too few rows, negative weights, non-finite values): exit code 65.
        case badData
        /// The request itself is malformed (an unknown covariance name, a confidence level outside (0, 1)): exit code 64.
        case usage
    }

    /// What is wrong, and what to do about it.
    public var message: String
    /// What sort of problem this is.
    public var kind: Kind

    /// Creates an error; `kind` defaults to bad data.
    public init(_ message: String, kind: Kind = .badData) {
        self.message = message
        self.kind = kind
    }

    /// The one-line message.
    public var description: String { message }
}
