import Foundation

/// The library's one error type for the problems a user can fix: what is wrong and what to do, what sort of problem
/// it is, and where (file, line, column) when it is in a file.
///
/// Its description is the one-line form DESIGN.md asks for, `FILE:LINE:COLUMN: what is wrong, and what to do`, and
/// so is `localizedDescription`. The command line maps `kind` to an exit code in one place. The modules' older names
/// (`DataError`, `EducationError`, `SurveyError`, `RegressionError`, `FormulaError`, `BoardReportError`,
/// `NotebookError`, `PowerStudyError`, `FileWriteError`) are names of this type.
public struct PartnershipError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// What sort of problem this is.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The data are unusable as they are (exit code 65).
        case badData
        /// An input file does not exist or cannot be read (exit code 66).
        case missingFile
        /// The request itself is malformed or cannot be met: an unknown option value, a formula that does not parse,
        /// a year the files do not cover (exit code 64).
        case usage
        /// An output cannot be written where it was asked for; the data are fine (exit code 70).
        case cannotWrite
    }

    /// What is wrong, and what to do about it.
    public var message: String
    /// What sort of problem this is.
    public var kind: Kind
    /// Where the problem is (empty when it is not in a file).
    public var location: CellLocation

    /// Creates an error; omit the location when the problem is not in a file.
    public init(_ message: String, at location: CellLocation = CellLocation(), kind: Kind = .badData) {
        self.message = message
        self.location = location
        self.kind = kind
    }

    /// `FILE:LINE:COLUMN: message`, or just the message when the place is unknown.
    public var description: String { location.prefixing(message) }

    /// The one-line description, for `error.localizedDescription`.
    public var errorDescription: String? { description }
}

/// The name DataTable's readers use for `PartnershipError`.
public typealias DataError = PartnershipError

/// The name atomic writers use for `PartnershipError` (with kind `.cannotWrite`).
public typealias FileWriteError = PartnershipError

extension PartnershipError {
    /// A file that could not be written at `path`, for the system's `reason`.
    ///
    /// Not bad data: the data are fine, the place to put them is not.
    public init(path: String, reason: String) {
        self.init("cannot write \(path): \(reason); check that the folder exists and that you may write to it",
                  kind: .cannotWrite)
    }
}
