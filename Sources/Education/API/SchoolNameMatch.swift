/// How one school of a CDS-keyed file was found (or not) among the schools of a file that has only names.
public enum SchoolNameMatchOutcome: Sendable, Equatable {
    /// Exactly one candidate; `byTruncation` is true when it needed the truncated-name rule.
    case matched(row: Int, byTruncation: Bool)
    /// Several candidates: listed, never chosen between.
    case ambiguous(rows: [Int])
    /// No candidate. `sameNameElsewhere` lists schools of the same name in the same county under another district
    /// name (often a district that was renamed between the files): shown to a person, never used.
    case unmatched(sameNameElsewhere: [Int])

    /// The matched row, if exactly one.
    public var matchedRow: Int? {
        if case .matched(let row, _) = self { return row }
        return nil
    }

    /// `matched`, `ambiguous` or `unmatched`.
    public var label: String {
        switch self {
        case .matched: return "matched"
        case .ambiguous: return "ambiguous"
        case .unmatched: return "unmatched"
        }
    }
}

/// One school of the keyed file and what the name match found for it.
public struct SchoolNameMatchEntry: Sendable, Equatable {
    /// The school's CDS code.
    public let cds: CDSCode
    /// Its names in the keyed file.
    public let name: SchoolName
    /// What was found.
    public let outcome: SchoolNameMatchOutcome
}

/// The result of matching CDS-keyed schools to a name-only file: every school's outcome, and the counts.
///
/// Ambiguous and unmatched schools are listed with their candidates so a person can resolve them; the package
/// never guesses.
public struct SchoolNameMatchReport: Sendable {
    /// One entry per school of the keyed file, in its order.
    public let entries: [SchoolNameMatchEntry]
    /// The names of the name-only file's schools (row numbers in outcomes index this).
    public let candidateNames: [SchoolName]
    /// Rows of the name-only file claimed by more than one keyed school (each keyed school still counts as
    /// matched; a person should check these).
    public let sharedRows: [Int: [CDSCode]]
    /// The rules used.
    public let rules: SchoolNameRules

    /// Schools with exactly one candidate.
    public var matchedCount: Int { entries.filter { $0.outcome.matchedRow != nil }.count }
    /// Schools with several candidates.
    public var ambiguousCount: Int { entries.filter { $0.outcome.label == "ambiguous" }.count }
    /// Schools with none.
    public var unmatchedCount: Int { entries.filter { $0.outcome.label == "unmatched" }.count }
    /// Schools matched only through the truncated-name rule.
    public var matchedByTruncationCount: Int {
        entries.filter { if case .matched(_, true) = $0.outcome { return true } else { return false } }.count
    }

    /// The entry of the school with code `cds`.
    public func entry(for cds: CDSCode) -> SchoolNameMatchEntry? { entries.first { $0.cds == cds } }
}

/// Matches schools known by CDS code and names to schools known only by names (the 2012 Base file).
public enum SchoolNameMatcher {
    /// Finds each keyed school among `candidates`.
    ///
    /// First tier: school, district and county names equal after normalization. Only when that finds nothing,
    /// second tier: names that agree under the truncation rule of `SchoolNameRules`. One candidate is a match,
    /// several are ambiguous, none is unmatched.
    public static func match(schools: [(cds: CDSCode, name: SchoolName)], candidates: [SchoolName],
                             rules: SchoolNameRules = SchoolNameRules()) -> SchoolNameMatchReport {
        let normalizedCandidates = candidates.map { Normalized($0, rules: rules) }
        var exact: [ExactKey: [Int]] = [:]
        var byCounty: [String: [Int]] = [:]
        for (row, name) in normalizedCandidates.enumerated() {
            exact[name.key, default: []].append(row)
            byCounty[name.county.text, default: []].append(row)
        }
        var entries: [SchoolNameMatchEntry] = []
        var claims: [Int: [CDSCode]] = [:]
        for school in schools {
            let name = Normalized(school.name, rules: rules)
            let outcome: SchoolNameMatchOutcome
            if let rows = exact[name.key] {
                outcome = rows.count == 1 ? .matched(row: rows[0], byTruncation: false) : .ambiguous(rows: rows)
            } else {
                let nearby = byCounty.filter { SchoolNameRules.namesAgree(name.county, normalizedCandidates[$0.value[0]].county) }
                    .values.flatMap { $0 }.sorted()
                let agreeing = nearby.filter {
                    SchoolNameRules.namesAgree(name.school, normalizedCandidates[$0].school)
                        && SchoolNameRules.namesAgree(name.district, normalizedCandidates[$0].district)
                }
                switch agreeing.count {
                case 1: outcome = .matched(row: agreeing[0], byTruncation: true)
                case 0:
                    outcome = .unmatched(sameNameElsewhere: nearby.filter {
                        SchoolNameRules.namesAgree(name.school, normalizedCandidates[$0].school)
                    })
                default: outcome = .ambiguous(rows: agreeing)
                }
            }
            if let row = outcome.matchedRow { claims[row, default: []].append(school.cds) }
            entries.append(SchoolNameMatchEntry(cds: school.cds, name: school.name, outcome: outcome))
        }
        return SchoolNameMatchReport(entries: entries, candidateNames: candidates,
                                     sharedRows: claims.filter { $0.value.count > 1 }, rules: rules)
    }

    /// Matches every school of a growth file to the schools of a base file.
    public static func match(growth: APIGrowthFile, base: APIBaseFile,
                             rules: SchoolNameRules = SchoolNameRules()) throws -> SchoolNameMatchReport {
        let school = try growth.text("SNAME")
        let district = try growth.text("DNAME")
        let county = try growth.text("CNAME")
        let keyed = growth.cds.indices.map { row in
            (cds: growth.cds[row],
             name: SchoolName(school: school[row] ?? "", district: district[row] ?? "", county: county[row] ?? ""))
        }
        return match(schools: keyed, candidates: try base.names(), rules: rules)
    }

    private struct ExactKey: Hashable {
        let school: String
        let district: String
        let county: String
    }

    private struct Normalized {
        let school: NormalizedName
        let district: NormalizedName
        let county: NormalizedName

        init(_ name: SchoolName, rules: SchoolNameRules) {
            school = NormalizedName(name.school, width: rules.schoolWidth)
            district = NormalizedName(name.district, width: rules.districtWidth)
            county = NormalizedName(name.county, width: rules.countyWidth)
        }

        var key: ExactKey { ExactKey(school: school.text, district: district.text, county: county.text) }
    }
}
