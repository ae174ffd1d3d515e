import DataTable
import Foundation

extension SurveyResponses {
    /// The columns a responses file must have besides one column per codebook item.
    public static let respondentColumns: [String] = Codebook.reservedColumns

    /// Reads a responses CSV file: one row per respondent with `respondent_id`, `cds` (14-digit text), `role`
    /// (teacher, administrator, union_rep) and one column per codebook item; empty (or `NA`) answers are missing.
    ///
    /// - Throws: `DataError` at file:line:column for an unknown column, an answer off the item's scale, a duplicate
    ///   respondent id, a bad CDS code or role (kind `.missingFile` when the file cannot be read).
    public static func load(file path: String, codebook: Codebook) throws -> SurveyResponses {
        let options = CSVOptions(textColumns: Set(respondentColumns))
        return try SurveyResponses(table: CSVReader.read(file: path, options: options), codebook: codebook)
    }

    /// Checks and converts a table already read (its `source` and `sourceLines` give the places in errors).
    ///
    /// - Throws: `DataError` as `load(file:codebook:)`.
    public init(table: DataTable, codebook: Codebook) throws {
        let header = { (name: String) in
            CellLocation(file: table.source, line: 1, column: table.columnNames.firstIndex(of: name).map { $0 + 1 })
        }
        for name in SurveyResponses.respondentColumns where !table.hasColumn(name) {
            throw DataError("the responses have no column '\(name)'; a responses file needs the columns "
                            + "\(SurveyResponses.respondentColumns.joined(separator: ", ")) and one per codebook item",
                            at: CellLocation(file: table.source, line: 1))
        }
        for name in table.columnNames where !SurveyResponses.respondentColumns.contains(name) {
            guard codebook.item(name) != nil else {
                throw DataError("column '\(name)' is not an item of the codebook\(codebook.source.map { " \($0)" } ?? ""); "
                                + "fix the column name or add the item to the codebook", at: header(name))
            }
        }
        for item in codebook.items where !table.hasColumn(item.id) {
            throw DataError("codebook item '\(item.id)' has no column in the responses; add the column "
                            + "(leave it empty where nobody answered) or remove the item from the codebook",
                            at: CellLocation(file: table.source, line: 1))
        }

        let ids = try table.text("respondent_id")
        let schools = try table.text("cds")
        let roles = try table.text("role")
        let answerColumns = try codebook.items.map { try SurveyResponses.answers(in: table, item: $0) }

        var respondents: [SurveyRespondent] = []
        respondents.reserveCapacity(table.rowCount)
        var firstLine: [String: Int?] = [:]
        for row in 0..<table.rowCount {
            let line = table.sourceLines?[row]
            guard let id = ids[row]?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
                throw DataError("the respondent id is missing; give every respondent an id",
                                at: table.location(row: row, column: "respondent_id"))
            }
            if let earlier = firstLine[id] {
                throw DataError(SurveyResponses.duplicateMessage(id, earlier: earlier),
                                at: table.location(row: row, column: "respondent_id"))
            }
            firstLine[id] = line
            let cds = schools[row]?.trimmingCharacters(in: .whitespaces) ?? ""
            guard SurveyResponses.isCDSCode(cds) else {
                throw DataError(cds.isEmpty ? "the school's CDS code is missing; give the 14-digit code"
                                            : SurveyResponses.cdsMessage(cds),
                                at: table.location(row: row, column: "cds"))
            }
            guard let roleText = roles[row], let role = SurveyRole(parsing: roleText) else {
                throw DataError("the role '\(roles[row] ?? "")' is not one of: teacher, administrator, union_rep; "
                                + "fix it (a missing role is not allowed)", at: table.location(row: row, column: "role"))
            }
            var answers: [Double?] = []
            answers.reserveCapacity(codebook.items.count)
            for (item, column) in zip(codebook.items, answerColumns) {
                let answer = column[row]
                if let answer, !item.scale.allows(answer) {
                    throw DataError(SurveyResponses.outOfScaleMessage(answer, item: item),
                                    at: table.location(row: row, column: item.id))
                }
                answers.append(answer)
            }
            respondents.append(SurveyRespondent(id: id, cds: cds, role: role, answers: answers, line: line))
        }
        guard !respondents.isEmpty else {
            throw DataError("the responses file has a header but no respondents; score a file with at least one "
                            + "row of answers", at: CellLocation(file: table.source, line: 2))
        }
        try self.init(codebook: codebook, respondents: respondents, source: table.source)
    }

    /// An item's answers as numbers; a text value (the reader keeps such a column as text) is an error at its cell.
    private static func answers(in table: DataTable, item: CodebookItem) throws -> [Double?] {
        switch try table.column(item.id) {
        case .numeric(let values):
            return values
        case .text(let values):
            return try values.enumerated().map { row, value in
                guard let value else { return nil }
                // Not `Double(String)` alone: it reads through a C string, so `3` followed by a NUL byte was 3.
                guard let number = FixedWidthReader.parseNumber(value.trimmingCharacters(in: .whitespaces)) else {
                    let shown = value.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }
                        .joined()
                    throw DataError("item '\(item.id)' has the answer '\(shown)', which is not a number; use "
                                    + "\(item.scale.minimum)-\(item.scale.maximum) or leave it empty for a missing answer",
                                    at: table.location(row: row, column: item.id))
                }
                return number
            }
        }
    }
}
