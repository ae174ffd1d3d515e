import DataTable
import Education
import Reporting

/// How the merge and import commands print tables and exclusion reports (CSV, JSON, Markdown).
enum SchoolTableOutput {
    /// A table as JSON: `columns`, then `rows` as objects keyed by column name (numbers as numbers, missing as null).
    static func rowsJSON(_ table: DataTable) throws -> JSONValue {
        let columns = try table.columnNames.map { try table.column($0) }
        var rows: [JSONValue] = []
        rows.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            rows.append(.object(zip(table.columnNames, columns).map { name, column in
                switch column {
                case .numeric(let values): return (name, JSONValue.number(values[row]))
                case .text(let values): return (name, values[row].map { JSONValue.string($0) } ?? .null)
                }
            }))
        }
        return .array(rows)
    }

    /// The counts of an exclusion report as a JSON object.
    static func summaryJSON(_ report: ExclusionReport) -> JSONValue {
        .object([
            ("schools_in_file", .integer(report.schoolsInFile)),
            ("district", report.districtPrefix.map { .string($0) } ?? .null),
            ("schools_in_scope", .integer(report.schoolsInScope)),
            ("excluded_total", .integer(report.excluded.count)),
            ("excluded", .object(ExclusionReason.allCases.map { ($0.rawValue, .integer(report.count($0))) })),
            ("kept", .integer(report.kept)),
            ("notes", .object(SchoolNoteKind.allCases.map { ($0.rawValue, .integer(report.count($0))) })),
            ("survey_rows_not_merged", .array(report.surveyRowsNotMerged.map { .string($0) })),
            ("caveats", .array(report.caveats.map { .string($0) })),
        ])
    }

    /// The merge as a JSON document: its years and options, the exclusion summary, and the rows.
    static func mergeJSON(_ merge: LaggedMerge) throws -> String {
        let document: JSONValue = .object([
            ("survey_year", .integer(merge.options.surveyYear)),
            ("outcome_year", .integer(merge.options.outcomeYear)),
            ("n", .integer(merge.table.rowCount)),
            ("columns", .array(merge.table.columnNames.map { .string($0) })),
            ("exclusions", summaryJSON(merge.exclusions)),
            ("rows", try rowsJSON(merge.table)),
        ])
        return document.rendered() + "\n"
    }

    /// One line per excluded school and reason, then one per noted school: the `exclusions` command's rows.
    static func exclusionRows(_ report: ExclusionReport) -> [[String]] {
        var rows: [[String]] = []
        for school in report.excluded {
            for (reason, detail) in zip(school.reasons, school.details) {
                rows.append([school.cds.digits, school.school, school.district, "excluded", reason.rawValue, detail])
            }
        }
        for note in report.notes {
            rows.append([note.cds.digits, note.school, note.district, "kept", note.kind.rawValue, note.detail])
        }
        return rows
    }

    /// The header of `exclusionRows`.
    static let exclusionHeader = ["cds", "school", "district", "status", "reason", "detail"]

    /// The exclusion rows as CSV.
    static func exclusionsCSV(_ report: ExclusionReport) throws -> String {
        let rows = exclusionRows(report)
        let columns = exclusionHeader.indices.map { index in
            (name: exclusionHeader[index], values: Column.text(rows.map { $0[index] }))
        }
        return CSVWriter().text(of: try DataTable(columns: columns))
    }

    /// The full exclusion report as JSON.
    static func exclusionsJSON(_ report: ExclusionReport) -> String {
        let schools: [JSONValue] = exclusionRows(report).map { row in
            .object(zip(exclusionHeader, row).map { ($0, JSONValue.string($1)) })
        }
        let document: JSONValue = .object([("summary", summaryJSON(report)), ("schools", .array(schools))])
        return document.rendered() + "\n"
    }

    /// The exclusion report for people: counts, caveats, then a table of every school and reason.
    static func exclusionsMarkdown(_ report: ExclusionReport, options: LaggedMergeOptions) -> String {
        var lines: [String] = []
        let scope = report.districtPrefix.map { "district \($0)" } ?? "the whole state"
        lines.append("# Schools left out of the \(options.surveyYear)-\(options.outcomeYear) merge")
        lines.append("")
        lines.append("- Schools in the file: \(report.schoolsInFile); in \(scope): \(report.schoolsInScope).")
        let reasons = ExclusionReason.allCases.filter { report.count($0) > 0 }
            .map { "\(report.count($0)) \(label($0))" }
        lines.append("- Left out: \(report.excluded.count)" + (reasons.isEmpty ? "." : " (\(reasons.joined(separator: ", "))); "
                        + "a school with two reasons counts under both."))
        lines.append("- Kept: \(report.kept).")
        for kind in SchoolNoteKind.allCases where report.count(kind) > 0 {
            lines.append("- Kept with \(label(kind)): \(report.count(kind)).")
        }
        if !report.surveyRowsNotMerged.isEmpty {
            lines.append("- Survey rows not in the merge: \(report.surveyRowsNotMerged.count) ("
                         + report.surveyRowsNotMerged.joined(separator: ", ") + ").")
        }
        for caveat in report.caveats { lines.append("- " + MarkdownText.escapeInline(caveat)) }
        lines.append("")
        let rows = exclusionRows(report)
        if rows.isEmpty {
            lines.append("No school was left out or noted.")
        } else {
            lines.append(MarkdownTable(headers: ["CDS", "School", "District", "Status", "Reason", "Detail"],
                                      alignments: Array(repeating: .left, count: 6), rows: rows)
                .render())
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func label(_ reason: ExclusionReason) -> String {
        switch reason {
        case .alternative: return "alternative"
        case .specialEducation: return "special education"
        case .charter: return "charter"
        case .smallSchool: return "small (few valid scores)"
        }
    }

    private static func label(_ kind: SchoolNoteKind) -> String {
        switch kind {
        case .noSurveyMeasures: return "no survey measures"
        case .ambiguousBaseMatch: return "an ambiguous Base-file match (MEALS, P_EL missing)"
        case .unmatchedBaseMatch: return "no Base-file match (MEALS, P_EL missing)"
        }
    }

    /// Writes `text` to `path` atomically, or to standard output when `path` is nil.
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try AtomicOutput.write(text, to: path)
        } else {
            print(text, terminator: "")
        }
    }
}
