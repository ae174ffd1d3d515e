/// Why a school was left out of a merge.
public enum ExclusionReason: String, Sendable, CaseIterable, Codable {
    /// SPED `A` or `C`: an alternative (ASAM) school.
    case alternative
    /// SPED `E`: a special-education school.
    case specialEducation = "special_education"
    /// CHARTER `Y` or `D`.
    case charter
    /// Fewer valid scores than the minimum in either year (or the count is missing).
    case smallSchool = "small_school"
}

/// Something worth knowing about a school that was kept: it lacks survey measures, or its poverty and English
/// learner values could not be taken from the Base file.
public enum SchoolNoteKind: String, Sendable, CaseIterable, Codable {
    /// No row for the school in the survey table: survey measures are missing.
    case noSurveyMeasures = "no_survey_measures"
    /// Several Base-file schools fit its names: MEALS and P_EL are missing.
    case ambiguousBaseMatch = "ambiguous_base_match"
    /// No Base-file school fits its names: MEALS and P_EL are missing.
    case unmatchedBaseMatch = "unmatched_base_match"
}

/// A school left out, with every reason that applies and the numbers behind them.
public struct ExcludedSchool: Sendable, Equatable {
    /// CDS code.
    public let cds: CDSCode
    /// School name.
    public let school: String
    /// District name.
    public let district: String
    /// The reasons, in `ExclusionReason` order.
    public let reasons: [ExclusionReason]
    /// One plain sentence per reason (`SPED = A (alternative school)`, `NUM11 = 25, fewer than 30`).
    public let details: [String]
}

/// A kept school with a note.
public struct NotedSchool: Sendable, Equatable {
    /// CDS code.
    public let cds: CDSCode
    /// School name.
    public let school: String
    /// District name.
    public let district: String
    /// What the note is about.
    public let kind: SchoolNoteKind
    /// The plain-language note.
    public let detail: String
}

/// Everything a merge left out or could not fill, with counts: the bookkeeping an analyst reports beside a model.
public struct ExclusionReport: Sendable, Equatable {
    /// Schools in the growth file.
    public let schoolsInFile: Int
    /// The district filter, if any.
    public let districtPrefix: String?
    /// Schools the district filter kept (all schools when there is no filter).
    public let schoolsInScope: Int
    /// Schools left out, in file order.
    public let excluded: [ExcludedSchool]
    /// Schools in the merged table.
    public let kept: Int
    /// Kept schools with notes (no survey measures, no Base-file match), in file order.
    public let notes: [NotedSchool]
    /// CDS codes in the survey table that are not in the merged table (not in the file, outside the district, or excluded).
    public let surveyRowsNotMerged: [String]
    /// Caveats about the data (for example the year of the poverty measure).
    public let caveats: [String]

    /// How many excluded schools have `reason` (a school with two reasons counts under both).
    public func count(_ reason: ExclusionReason) -> Int {
        excluded.filter { $0.reasons.contains(reason) }.count
    }

    /// How many kept schools have a note of `kind`.
    public func count(_ kind: SchoolNoteKind) -> Int {
        notes.filter { $0.kind == kind }.count
    }
}
