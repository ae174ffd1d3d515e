/// A place in an input file: any of file, line and column may be unknown.
///
/// Every error about bad data names where it was found, so an analyst can open the file and fix it.
public struct CellLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String?
    /// 1-based line number in the file (the header is line 1).
    public var line: Int?
    /// 1-based column (field) number.
    public var column: Int?

    /// Creates a location; omit what does not apply.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`, leaving out the parts that are unknown.
    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let line { parts.append(String(line)) }
        if let column { parts.append(String(column)) }
        return parts.joined(separator: ":")
    }

    /// `FILE:LINE:COLUMN: message`, or just the message when the place is unknown: the one-line error form every
    /// module's errors share (DESIGN.md).
    public func prefixing(_ message: String) -> String {
        let place = description
        return place.isEmpty ? message : "\(place): \(message)"
    }
}

/// Bad input data: a value, column or file that cannot be used as it is.
///
/// Its description is the one-line form DESIGN.md asks for: `FILE:LINE:COLUMN: what is wrong, and what to do`.
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What sort of problem this is; the command line maps it to an exit code.
    public enum Kind: Sendable, Equatable {
        /// The data are unusable as they are (exit code 65).
        case badData
        /// An input file does not exist or cannot be read (exit code 66).
        case missingFile
    }

    /// Where the problem is.
    public var location: CellLocation
    /// What is wrong and what to do about it.
    public var message: String
    /// What sort of problem this is.
    public var kind: Kind

    /// Creates a data error at a location.
    public init(_ message: String, at location: CellLocation = CellLocation(), kind: Kind = .badData) {
        self.message = message
        self.location = location
        self.kind = kind
    }

    /// `FILE:LINE:COLUMN: message`, or just the message when the place is unknown.
    public var description: String { location.prefixing(message) }
}
