import DataTable

/// The growth file's columns that the merge reads, fetched once.
struct GrowthColumns {
    let source: String?
    let cds: [CDSCode]
    let surveyYear: Int, outcomeYear: Int
    let apiBefore: [Double?], apiAfter: [Double?]
    let numBefore: [Double?], numAfter: [Double?]
    let numBeforeName: String, numAfterName: String
    let sname: [String?], dname: [String?], cname: [String?]
    let stype: [String?], sped: [String?], charter: [String?]

    init(_ growth: APIGrowthFile, options: LaggedMergeOptions) throws {
        source = growth.source
        cds = growth.cds
        surveyYear = options.surveyYear
        outcomeYear = options.outcomeYear
        apiBefore = try growth.api(year: surveyYear)
        apiAfter = try growth.api(year: outcomeYear)
        numBefore = try growth.validScores(year: surveyYear)
        numAfter = try growth.validScores(year: outcomeYear)
        numBeforeName = try growth.validScoresColumn(year: surveyYear)
        numAfterName = try growth.validScoresColumn(year: outcomeYear)
        sname = try growth.text("SNAME")
        dname = try growth.text("DNAME")
        cname = try growth.text("CNAME")
        stype = try growth.text("STYPE")
        sped = try growth.text("SPED")
        charter = try growth.text("CHARTER")
    }

    /// The school's names, as the Base-file match and the reports use them.
    func name(_ row: Int) -> SchoolName {
        SchoolName(school: sname[row] ?? "", district: dname[row] ?? "", county: cname[row] ?? "")
    }

    /// The merged table's growth-file columns for the kept rows.
    func columns(of kept: [Int]) -> [(name: String, values: Column)] {
        let b = APIYear.twoDigits(surveyYear), o = APIYear.twoDigits(outcomeYear)
        return [
            ("cds", .text(kept.map { cds[$0].digits })),
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
    }
}

extension LaggedMerge {
    /// The rows of the district (every row without one); a district code that matches no school is refused.
    static func schoolsInScope(_ file: GrowthColumns, options: LaggedMergeOptions) throws -> [Int] {
        let inScope = file.cds.indices.filter { row in
            options.districtPrefix.map { file.cds[row].digits.hasPrefix($0) } ?? true
        }
        // A code that matches no school is a mistake (report refused it later, merge-years wrote an empty table).
        if let prefix = options.districtPrefix, inScope.isEmpty {
            throw EducationError("no school in the growth file has a CDS code starting \(prefix); give "
                                 + LaggedMergeOptions.districtCodeMeaning + ", or 'all'",
                                 at: CellLocation(file: file.source))
        }
        return inScope
    }

    /// The rows kept and the schools left out. Every reason that applies is recorded, so the report explains each
    /// school fully rather than only by its first rule.
    static func applyExclusions(to rows: [Int], of file: GrowthColumns,
                                options: LaggedMergeOptions) -> (kept: [Int], excluded: [ExcludedSchool]) {
        var kept: [Int] = []
        var excluded: [ExcludedSchool] = []
        for row in rows {
            let reasons = exclusionReasons(row, of: file, options: options)
            if reasons.isEmpty {
                kept.append(row)
            } else {
                excluded.append(ExcludedSchool(cds: file.cds[row], school: file.sname[row] ?? "",
                                               district: file.dname[row] ?? "", reasons: reasons.map(\.reason),
                                               details: reasons.map(\.detail)))
            }
        }
        return (kept, excluded)
    }

    /// Each exclusion rule that applies to one school, with the file's values that made it apply.
    private static func exclusionReasons(_ row: Int, of file: GrowthColumns,
                                         options: LaggedMergeOptions) -> [(reason: ExclusionReason, detail: String)] {
        var found: [(reason: ExclusionReason, detail: String)] = []
        let spedCode = file.sped[row]?.uppercased()
        if options.excludeAlternative, let code = spedCode, code == "A" || code == "C" {
            found.append((.alternative, "SPED = \(code) (\(code == "A" ? "alternative school, ASAM" : "ASAM and special education"))"))
        }
        if options.excludeSpecialEducation, spedCode == "E" {
            found.append((.specialEducation, "SPED = E (special-education school)"))
        }
        if options.excludeCharters, let code = file.charter[row]?.uppercased(), code == "Y" || code == "D" {
            found.append((.charter, "CHARTER = \(code) (\(code == "D" ? "directly funded charter" : "charter school"))"))
        }
        if let minimum = options.minimumValidScores {
            var small: [String] = []
            for (name, value) in [(file.numBeforeName, file.numBefore[row]), (file.numAfterName, file.numAfter[row])] {
                if let value {
                    if value < Double(minimum) { small.append("\(name) = \(formatCount(value))") }
                } else {
                    small.append("\(name) missing")
                }
            }
            if !small.isEmpty {
                found.append((.smallSchool, small.joined(separator: ", ") + ", fewer than \(minimum) valid scores"))
            }
        }
        return found
    }
}
