/// Writes a `DataTable` as CSV text that `CSVReader` (and R's `read.csv`) read back to the same values.
///
/// Fields are quoted only when they must be (they contain the delimiter, a quote or a line break; an empty text is
/// written `""` so it differs from a missing value), unless `quoteAllText` asks for R's `write.csv` style.
/// Numbers are written in the shortest form that reads back as the same Double, whole numbers without `.0`.
/// Two things do not survive a round trip through any CSV reader that infers types: a text column whose values all
/// look like numbers (read it back with `CSVOptions.textColumns`), and a text value equal to a missing-value token.
public struct CSVWriter: Sendable {
    /// The field separator.
    public var delimiter: Character
    /// What a missing value is written as (empty by default; `NA` for R).
    public var missing: String
    /// Whether to quote every text value and column name, as R's `write.csv` does.
    public var quoteAllText: Bool
    /// The line ending (`"\n"`; `"\r\n"` for strict RFC 4180).
    public var lineEnding: String

    /// Creates a writer.
    public init(delimiter: Character = ",", missing: String = "", quoteAllText: Bool = false, lineEnding: String = "\n") {
        self.delimiter = delimiter
        self.missing = missing
        self.quoteAllText = quoteAllText
        self.lineEnding = lineEnding
    }

    /// The table as CSV: a header row, then one line per row, each ended by `lineEnding`.
    public func text(of table: DataTable) -> String {
        var out = ""
        out.reserveCapacity(table.rowCount * table.columnNames.count * 6)
        let separator = String(delimiter)
        out += table.columnNames.map { field($0) }.joined(separator: separator)
        out += lineEnding
        let columns = table.columnNames.map { table[$0]! }
        for row in 0..<table.rowCount {
            for (index, column) in columns.enumerated() {
                if index > 0 { out += separator }
                switch column {
                case .numeric(let values):
                    out += values[row].map(Self.format) ?? missing
                case .text(let values):
                    out += values[row].map { field($0) } ?? missing
                }
            }
            out += lineEnding
        }
        return out
    }

    /// Writes the table to `path` atomically (see `AtomicFile`): a failure leaves no partial file.
    ///
    /// - Throws: `FileWriteError` with the system's reason.
    public func writeAtomically(_ table: DataTable, to path: String) throws {
        try AtomicFile.write(text(of: table), to: path)
    }

    /// A number in the shortest text that reads back as the same Double; whole numbers without `.0`.
    ///
    /// Swift's `description` is the shortest round-trip form (`0.1`, `1e-05`, `1.5e+20`); it writes whole numbers
    /// below about 1e16 with a `.0` (`700.0`), which is dropped (`700`). Infinities and NaN are written as R writes
    /// them (`Inf`, `-Inf`, `NaN`); the reader takes those words for text.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Inf" : "Inf") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// A text value or name, quoted if needed.
    private func field(_ value: String) -> String {
        let needsQuotes = quoteAllText || value.isEmpty || value.contains { character in
            character == delimiter || character == "\"" || character.isNewline
        }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }
}
