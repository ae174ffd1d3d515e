import DataTable
import Foundation
import TestSupport

/// The API samples the R reference values were made from, read into `DataTable`s.
///
/// TEMPORARY: a minimal test-only reader (quoted fields, `NA`/empty as missing, a column is numeric when every
/// present value parses as a number) standing in for `CSVReader`, which is being written in parallel. Replace it
/// with `CSVReader.read(file:)` once that has landed on main.
enum ReferenceData {
    /// `Tests/Fixtures/reference/<name>`.
    static func table(_ name: String) throws -> DataTable {
        let path = Fixtures.fixture("reference/" + name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { splitFields(String($0)) }
        let header = lines.removeFirst()
        var columns: [(name: String, values: Column)] = []
        for (j, name) in header.enumerated() {
            let raw: [String?] = lines.map { $0[j] == "NA" || $0[j].isEmpty ? nil : $0[j] }
            let numbers = raw.map { $0.flatMap(Double.init) }
            let allNumeric = zip(raw, numbers).allSatisfy { $0 == nil || $1 != nil }
            columns.append((name, allNumeric ? .numeric(numbers) : .text(raw)))
        }
        var table = try DataTable(columns: columns, source: name)
        table.sourceLines = lines.indices.map { $0 + 2 }
        return table
    }

    /// The fields of one CSV line (double quotes around a field, `""` inside for a quote).
    private static func splitFields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        let characters = Array(line.trimmingCharacters(in: .newlines))
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < characters.count, characters[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
            i += 1
        }
        fields.append(field)
        return fields
    }
}
