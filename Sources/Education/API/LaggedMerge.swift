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
        let file = try GrowthColumns(growth, options: options)
        let inScope = try schoolsInScope(file, options: options)
        let (kept, excluded) = applyExclusions(to: inScope, of: file, options: options)
        var columns = file.columns(of: kept)
        var notes: [NotedSchool] = []
        var caveats: [String] = []
        var baseMatch: SchoolNameMatchReport?
        if let base {
            let poverty = try povertyColumns(from: base, for: kept, of: file, options: options)
            columns += poverty.columns
            notes += poverty.notes
            caveats.append(poverty.caveat)
            baseMatch = poverty.match
        } else {
            caveats.append("No Base API file was given, so the table has no MEALS or P_EL.")
        }
        var table = try DataTable(columns: columns, source: growth.source)
        var surveyNotMerged: [String] = []
        if let survey {
            let joined = try joinSurvey(survey, to: table, kept: kept, of: file)
            table = joined.table
            notes += joined.notes
            surveyNotMerged = joined.notMerged
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
}

/// A count written without a decimal point.
func formatCount(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
}
