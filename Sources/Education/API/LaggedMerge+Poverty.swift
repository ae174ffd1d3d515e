import DataTable

/// The Base file's MEALS and P_EL for the kept schools, with the schools whose names did not link and a caveat.
struct PovertyColumns {
    var columns: [(name: String, values: Column)]
    var notes: [NotedSchool]
    var caveat: String
    var match: SchoolNameMatchReport
}

extension LaggedMerge {
    /// Links the kept schools to the Base file by name (it has no CDS code) and takes MEALS and P_EL from it.
    static func povertyColumns(from base: APIBaseFile, for kept: [Int], of file: GrowthColumns,
                               options: LaggedMergeOptions) throws -> PovertyColumns {
        let keyed = kept.map { row in (cds: file.cds[row], name: file.name(row)) }
        let report = SchoolNameMatcher.match(schools: keyed, candidates: try base.names())
        let meals = try base.numbers("MEALS"), englishLearners = try base.numbers("P_EL")
        let columns: [(name: String, values: Column)] = [
            ("meals", .numeric(report.entries.map { $0.outcome.matchedRow.flatMap { meals[$0] } })),
            ("p_el", .numeric(report.entries.map { $0.outcome.matchedRow.flatMap { englishLearners[$0] } })),
        ]
        let notes = report.entries.compactMap { unlinkedNote($0, base: base, report: report) }
        let when = base.year == options.outcomeYear ? "the outcome year"
            : base.year == options.surveyYear ? "the survey year" : "neither the survey nor the outcome year"
        let caveat = "MEALS and P_EL come from the \(base.year) Base API file (students tested in spring \(base.year), "
            + "\(when)), linked to CDS codes by school, district and county name because that file has no CDS code."
        return PovertyColumns(columns: columns, notes: notes, caveat: caveat, match: report)
    }

    /// The note for a school whose names fit several Base schools or none (nil when it linked).
    private static func unlinkedNote(_ entry: SchoolNameMatchEntry, base: APIBaseFile,
                                     report: SchoolNameMatchReport) -> NotedSchool? {
        switch entry.outcome {
        case .matched:
            return nil
        case .ambiguous(let rows):
            let lines = rows.map { "line \(base.schools.sourceLines?[$0] ?? $0 + 2)" }.joined(separator: ", ")
            return NotedSchool(
                cds: entry.cds, school: entry.name.school, district: entry.name.district, kind: .ambiguousBaseMatch,
                detail: "\(rows.count) schools of the \(base.year) Base file fit its names (\(lines)); "
                    + "MEALS and P_EL left missing")
        case .unmatched(let elsewhere):
            let hint = elsewhere.isEmpty ? "" : "; same school name in the county under district "
                + elsewhere.map { "'\(report.candidateNames[$0].district)'" }.joined(separator: ", ")
            return NotedSchool(
                cds: entry.cds, school: entry.name.school, district: entry.name.district, kind: .unmatchedBaseMatch,
                detail: "no school of the \(base.year) Base file has its school, district and county names\(hint); "
                    + "MEALS and P_EL left missing")
        }
    }
}
