import DataTable

/// A problem the Education module finds in API files, layouts, survey tables or merge options.
///
/// Its description is the one-line form DESIGN.md asks for: `FILE:LINE:COLUMN: what is wrong, and what to do`.
public struct EducationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What sort of problem this is; the command line maps it to an exit code.
    public enum Kind: Sendable, Equatable {
        /// The data are unusable as they are (exit code 65).
        case badData
        /// An input file does not exist or cannot be read (exit code 66).
        case missingFile
        /// The request itself cannot be met: a year the files do not cover, a malformed district code (exit code 64).
        case badRequest
    }

    /// Where the problem is (empty when it is not in a file).
    public var location: CellLocation
    /// What is wrong and what to do about it.
    public var message: String
    /// What sort of problem this is.
    public var kind: Kind

    /// Creates an error; omit the location when the problem is not in a file.
    public init(_ message: String, at location: CellLocation = CellLocation(), kind: Kind = .badData) {
        self.message = message
        self.location = location
        self.kind = kind
    }

    /// `FILE:LINE:COLUMN: message`, or just the message when the place is unknown.
    public var description: String { location.prefixing(message) }
}
