/// A survey setting that cannot be used: a share outside 0-1, a suppression threshold too small to protect anyone,
/// a simulated effect the requested spread of school scores cannot produce.
///
/// Unlike `DataError` (bad input files), these are about how the analysis was asked for; the command line treats them
/// as usage errors.
public struct SurveyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to do about it, as one line.
    public var message: String

    /// Creates the error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
