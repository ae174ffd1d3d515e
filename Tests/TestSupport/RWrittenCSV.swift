import Foundation

/// A CSV file as R's `write.csv` writes it, read as text cells: quoted fields with `""` escapes, unquoted `NA` or an
/// empty field for a missing value (`nil`).
///
/// Test-only and deliberately independent of the package's `CSVReader`, so tests of the fit and the covariance
/// estimators can build their inputs without trusting the code path they are meant to check.
public struct RWrittenCSV: Sendable {
    /// Column names.
    public let header: [String]
    /// Rows of cells, one per header name.
    public let rows: [[String?]]

    /// Number of data rows.
    public var rowCount: Int { rows.count }

    /// Reads the file at `url`; a row with the wrong number of fields is an error naming its line.
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var records = RWrittenCSV.parse(text)
        guard !records.isEmpty else { throw Failure(description: "\(url.lastPathComponent) is empty") }
        header = records.removeFirst().map { $0 ?? "NA" }
        for (index, record) in records.enumerated() where record.count != header.count {
            throw Failure(description: "\(url.lastPathComponent): record \(index + 1): \(record.count) fields, expected \(header.count)")
        }
        rows = records
    }

    /// The index of column `name`.
    public func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else { throw Failure(description: "no column \(name)") }
        return index
    }

    /// The text in column `name` of `row`, `nil` when missing; a column the file lacks stops the test run (a typo in a
    /// test, not a condition to handle).
    public func value(_ name: String, _ row: Int) -> String? {
        guard let index = header.firstIndex(of: name) else { preconditionFailure("no column \(name)") }
        return rows[row][index]
    }

    /// Why a file could not be read.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    private static func parse(_ text: String) -> [[String?]] {
        var records: [[String?]] = []
        var fields: [String?] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var characters = Array(text).makeIterator()
        var pending: Character? = nil
        func finishField() {
            fields.append(!wasQuoted && (field == "NA" || field.isEmpty) ? nil : field)
            field = ""
            wasQuoted = false
        }
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true; wasQuoted = true
            case ",": finishField()
            case "\n", "\r\n":
                finishField()
                records.append(fields)
                fields = []
            case "\r": break
            default: field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            finishField()
            records.append(fields)
        }
        return records
    }
}
