import DataTable

extension LaggedMerge {
    /// The merged table with the survey's columns joined on, the kept schools without a survey row (noted), and
    /// the survey's codes that matched no kept school.
    static func joinSurvey(_ survey: DataTable, to table: DataTable, kept: [Int],
                           of file: GrowthColumns) throws -> (table: DataTable, notes: [NotedSchool], notMerged: [String]) {
        let prepared = try prepareSurvey(survey, existing: Set(table.columnNames))
        // DataTable's keyed join does the lining up; the codes were normalized first, so that a survey whose
        // codes lost their leading zero (read as numbers) still joins, and both kinds of non-match are reported.
        let joined = try table.joined(with: prepared, on: ["cds"], kind: .left)
        let surveyCodes = try prepared.text("cds")
        let notMerged = joined.unmatchedRightRows.compactMap { surveyCodes[$0] }
        let notes = joined.unmatchedLeftRows.map { index in
            let row = kept[index]
            return NotedSchool(cds: file.cds[row], school: file.sname[row] ?? "", district: file.dname[row] ?? "",
                               kind: .noSurveyMeasures, detail: "no row in the survey table; survey measures left missing")
        }
        return (joined.table, notes, notMerged)
    }

    /// The survey table with its CDS codes as 14-digit text in a column `cds`, one row per school, and columns whose
    /// names the merge already uses renamed `survey_NAME`.
    private static func prepareSurvey(_ survey: DataTable, existing: Set<String>) throws -> DataTable {
        let cdsName = try survey.requireColumn("cds", purpose: "the school's CDS code, to join survey measures")
        let codes = try CDSCode.codes(in: survey, column: cdsName)
        var firstRow: [CDSCode: Int] = [:]
        for (row, code) in codes.enumerated() {
            if let first = firstRow[code] {
                throw EducationError(
                    "school \(code) appears twice in the survey table (also line \(survey.sourceLines?[first] ?? first + 2)); "
                        + "give one row per school (aggregate respondents first)",
                    at: survey.location(row: row, column: cdsName))
            }
            firstRow[code] = row
        }
        var prepared = survey
        try prepared.setColumn(cdsName, .text(codes.map(\.digits)))
        var renames: [String: String] = [:]
        if cdsName != "cds" { renames[cdsName] = "cds" }
        for name in survey.columnNames where name != cdsName && existing.contains(name) { renames[name] = "survey_\(name)" }
        return renames.isEmpty ? prepared : try prepared.renaming(renames)
    }
}
