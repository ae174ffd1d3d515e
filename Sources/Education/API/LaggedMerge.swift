import DataTable

/// One row per school: the API of the survey year and of the outcome year, growth, valid-score counts, poverty
/// (MEALS), English learners, school type, and the survey measures, with a report of every school left out.
///
/// The API of both years comes from the CDS-keyed growth file (`API11`, `API12`: each year's Growth API, so the
/// two are on the same scale and `growth` = outcome - survey-year API). MEALS and P_EL come from the Base file,
/// linked by name (`SchoolNameMatcher`); a school whose names match no Base school, or several, keeps missing
/// values there and is noted. Survey measures come from any school-level table with a `cds` column.
public struct LaggedMerge: Sendable {
    /// The merged table (columns: `cds`, `sname`, `dname`, `cname`, `stype`, `sped`, `charter`, `apiYY` of both years,
    /// `growth`, `numYY` of both years, `meals`, `p_el`, then the survey table's columns).
    public let table: DataTable
    /// What was left out or left incomplete, and why.
    public let exclusions: ExclusionReport
    /// The options used.
    public let options: LaggedMergeOptions
    /// The name match of the kept schools against the Base file, when one was given.
    public let baseMatch: SchoolNameMatchReport?

    /// Builds the merge.
    ///
    /// - Parameters:
    ///   - growth: the CDS-keyed file with API and NUM for both years.
    ///   - base: the Base file giving MEALS and P_EL (`nil` leaves those columns out).
    ///   - survey: a school-level table with a `cds` column (`nil`: no survey columns).
    ///   - options: the years, district, exclusion rules and survey columns of the merge.
    /// - Throws: `EducationError` (`.usage`) for options the files cannot meet; `EducationError`/`DataError`
    ///   for bad data, such as a survey table with the same school twice.
    public static func build(growth: APIGrowthFile, base: APIBaseFile?, survey: DataTable?,
                             options: LaggedMergeOptions = LaggedMergeOptions()) throws -> LaggedMerge {
        try validate(options)
        let survey0 = options.surveyYear, outcome = options.outcomeYear
        let apiBefore = try growth.api(year: survey0), apiAfter = try growth.api(year: outcome)
        let numBefore = try growth.validScores(year: survey0), numAfter = try growth.validScores(year: outcome)
        let numBeforeName = try growth.validScoresColumn(year: survey0)
        let numAfterName = try growth.validScoresColumn(year: outcome)
        let sname = try growth.text("SNAME"), dname = try growth.text("DNAME"), cname = try growth.text("CNAME")
        let stype = try growth.text("STYPE"), sped = try growth.text("SPED"), charter = try growth.text("CHARTER")

        // Scope, then exclusions: every reason that applies is recorded, so the report explains each school fully.
        let inScope = growth.cds.indices.filter { row in
            options.districtPrefix.map { growth.cds[row].digits.hasPrefix($0) } ?? true
        }
        // A code that matches no school is a mistake (report refused it later, merge-years wrote an empty table).
        if let prefix = options.districtPrefix, inScope.isEmpty {
            throw EducationError("no school in the growth file has a CDS code starting \(prefix); give "
                                 + LaggedMergeOptions.districtCodeMeaning + ", or 'all'",
                                 at: CellLocation(file: growth.source))
        }
        var kept: [Int] = []
        var excluded: [ExcludedSchool] = []
        for row in inScope {
            var reasons: [ExclusionReason] = []
            var details: [String] = []
            let spedCode = sped[row]?.uppercased()
            if options.excludeAlternative, spedCode == "A" || spedCode == "C" {
                reasons.append(.alternative)
                details.append("SPED = \(spedCode!) (\(spedCode == "A" ? "alternative school, ASAM" : "ASAM and special education"))")
            }
            if options.excludeSpecialEducation, spedCode == "E" {
                reasons.append(.specialEducation)
                details.append("SPED = E (special-education school)")
            }
            if options.excludeCharters, let code = charter[row]?.uppercased(), code == "Y" || code == "D" {
                reasons.append(.charter)
                details.append("CHARTER = \(code) (\(code == "D" ? "directly funded charter" : "charter school"))")
            }
            if let minimum = options.minimumValidScores {
                var small: [String] = []
                for (name, value) in [(numBeforeName, numBefore[row]), (numAfterName, numAfter[row])] {
                    if let value {
                        if value < Double(minimum) { small.append("\(name) = \(formatCount(value))") }
                    } else {
                        small.append("\(name) missing")
                    }
                }
                if !small.isEmpty {
                    reasons.append(.smallSchool)
                    details.append(small.joined(separator: ", ") + ", fewer than \(minimum) valid scores")
                }
            }
            if reasons.isEmpty {
                kept.append(row)
            } else {
                excluded.append(ExcludedSchool(cds: growth.cds[row], school: sname[row] ?? "", district: dname[row] ?? "",
                                               reasons: reasons, details: details))
            }
        }

        let b = APIYear.twoDigits(survey0), o = APIYear.twoDigits(outcome)
        var columns: [(name: String, values: Column)] = [
            ("cds", .text(kept.map { growth.cds[$0].digits })),
            ("sname", .text(kept.map { sname[$0] })),
            ("dname", .text(kept.map { dname[$0] })),
            ("cname", .text(kept.map { cname[$0] })),
            ("stype", .text(kept.map { stype[$0] })),
            ("sped", .text(kept.map { sped[$0] })),
            ("charter", .text(kept.map { charter[$0] })),
            ("api\(b)", .numeric(kept.map { apiBefore[$0] })),
            ("api\(o)", .numeric(kept.map { apiAfter[$0] })),
            ("growth", .numeric(kept.map { row in apiAfter[row].flatMap { a in apiBefore[row].map { a - $0 } } })),
            ("num\(b)", .numeric(kept.map { numBefore[$0] })),
            ("num\(o)", .numeric(kept.map { numAfter[$0] })),
        ]
        var notes: [NotedSchool] = []
        var caveats: [String] = []
        var baseMatch: SchoolNameMatchReport?
        if let base {
            let keyed = kept.map { row in
                (cds: growth.cds[row],
                 name: SchoolName(school: sname[row] ?? "", district: dname[row] ?? "", county: cname[row] ?? ""))
            }
            let report = SchoolNameMatcher.match(schools: keyed, candidates: try base.names())
            let meals = try base.numbers("MEALS"), englishLearners = try base.numbers("P_EL")
            columns.append(("meals", .numeric(report.entries.map { $0.outcome.matchedRow.flatMap { meals[$0] } })))
            columns.append(("p_el", .numeric(report.entries.map { $0.outcome.matchedRow.flatMap { englishLearners[$0] } })))
            for entry in report.entries {
                switch entry.outcome {
                case .matched: continue
                case .ambiguous(let rows):
                    notes.append(NotedSchool(
                        cds: entry.cds, school: entry.name.school, district: entry.name.district, kind: .ambiguousBaseMatch,
                        detail: "\(rows.count) schools of the \(base.year) Base file fit its names ("
                            + rows.map { "line \(base.schools.sourceLines?[$0] ?? $0 + 2)" }.joined(separator: ", ")
                            + "); MEALS and P_EL left missing"))
                case .unmatched(let elsewhere):
                    let hint = elsewhere.isEmpty ? "" : "; same school name in the county under district "
                        + elsewhere.map { "'\(report.candidateNames[$0].district)'" }.joined(separator: ", ")
                    notes.append(NotedSchool(
                        cds: entry.cds, school: entry.name.school, district: entry.name.district, kind: .unmatchedBaseMatch,
                        detail: "no school of the \(base.year) Base file has its school, district and county names\(hint); "
                            + "MEALS and P_EL left missing"))
                }
            }
            baseMatch = report
            let when = base.year == outcome ? "the outcome year" : base.year == survey0 ? "the survey year"
                : "neither the survey nor the outcome year"
            caveats.append("MEALS and P_EL come from the \(base.year) Base API file (students tested in spring \(base.year), "
                + "\(when)), linked to CDS codes by school, district and county name because that file has no CDS code.")
        } else {
            caveats.append("No Base API file was given, so the table has no MEALS or P_EL.")
        }

        var table = try DataTable(columns: columns, source: growth.source)
        var surveyNotMerged: [String] = []
        if let survey {
            let prepared = try prepareSurvey(survey, existing: Set(table.columnNames))
            // DataTable's keyed join does the lining up; the codes were normalized first, so that a survey whose
            // codes lost their leading zero (read as numbers) still joins, and both kinds of non-match are reported.
            let joined = try table.joined(with: prepared, on: ["cds"], kind: .left)
            table = joined.table
            let surveyCodes = try prepared.text("cds")
            surveyNotMerged = joined.unmatchedRightRows.compactMap { surveyCodes[$0] }
            for index in joined.unmatchedLeftRows {
                let row = kept[index]
                notes.append(NotedSchool(cds: growth.cds[row], school: sname[row] ?? "", district: dname[row] ?? "",
                                         kind: .noSurveyMeasures,
                                         detail: "no row in the survey table; survey measures left missing"))
            }
        }
        notes.sort { ($0.cds, $0.kind.rawValue) < ($1.cds, $1.kind.rawValue) }

        let report = ExclusionReport(schoolsInFile: growth.cds.count, districtPrefix: options.districtPrefix,
                                     schoolsInScope: inScope.count, excluded: excluded, kept: kept.count, notes: notes,
                                     surveyRowsNotMerged: surveyNotMerged, caveats: caveats)
        return LaggedMerge(table: table, exclusions: report, options: options, baseMatch: baseMatch)
    }

    private static func validate(_ options: LaggedMergeOptions) throws {
        guard options.surveyYear < options.outcomeYear else {
            throw EducationError(
                "the survey year (\(options.surveyYear)) must come before the outcome year (\(options.outcomeYear))",
                kind: .usage)
        }
        if let prefix = options.districtPrefix, !CDSCode.isValidPrefix(prefix) {
            throw EducationError(
                "'\(prefix)' is not a district code; give " + LaggedMergeOptions.districtCodeMeaning + ", or 'all'",
                kind: .usage)
        }
        if let minimum = options.minimumValidScores, minimum < 0 {
            throw EducationError("the minimum number of valid scores must be zero or more, not \(minimum)", kind: .usage)
        }
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

/// A count written without a decimal point.
func formatCount(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
}
