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

