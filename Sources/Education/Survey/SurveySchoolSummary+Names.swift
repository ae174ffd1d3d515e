/// One school's survey results, addressed by measure name rather than by position in `measures`.
///
/// Reached through `SurveySchoolSummary.school(_:)`; a suppressed school answers `nil` for every score.
public struct SchoolSurveyResult: Sendable, Equatable {
    /// The school's CDS code.
    public let cds: String
    /// Respondents at the school (shown even when the school is suppressed).
    public let respondentCount: Int?
    /// Whether the school's scores are withheld under the suppression rule.
    public let isSuppressed: Bool
    /// The measures in the summary's order (the index first), paired with this school's summaries.
    let measures: [SurveyMeasure]
    let summaries: [MeasureSummary]?

    /// The school's mean on the survey's main index (for the PAL survey, the PAL index); `nil` when withheld.
    public var index: Double? { summaries?.first?.mean }

    /// The school's summary of the measure named `name` (its key, such as `partnership`, or its title, such as
    /// "Partnership"; `index` names the main index); `nil` when the school is suppressed or no measure has the name.
    public func measure(_ name: String) -> MeasureSummary? {
        guard let summaries, let position = SurveyMeasure.position(of: name, in: measures) else { return nil }
        return summaries[position]
    }

    /// The school's mean on the measure named `name`; `nil` when withheld or unknown.
    public func mean(_ name: String) -> Double? { measure(name)?.mean }
}

/// One measure across the schools of a survey, addressed by CDS code.
public struct SurveyMeasureResults: Sendable, Equatable {
    /// The measure.
    public let measure: SurveyMeasure
    /// The measure's summary per school shown, keyed by CDS code; suppressed schools are absent.
    public let schools: [String: MeasureSummary]

    /// The school means that are shown, keyed by CDS code (a withheld mean is absent).
    public var means: [String: Double] { schools.compactMapValues(\.mean) }
}

extension SurveySchoolSummary {
    /// Every school's results, addressed by name, in CDS order.
    public var schoolResults: [SchoolSurveyResult] {
        schools.map { SchoolSurveyResult(cds: $0.cds, respondentCount: $0.respondentCount,
                                         isSuppressed: $0.isSuppressed, measures: measures, summaries: $0.measures) }
    }

    /// The results of the school with CDS code `cds`; `nil` when no respondent named the school.
    public func school(_ cds: String) -> SchoolSurveyResult? {
        schoolResults.first { $0.cds == cds }
    }

    /// The measure named `name` (key, title, or `index`) across the schools; `nil` when the survey has no such measure.
    public func measure(_ name: String) -> SurveyMeasureResults? {
        guard let position = SurveyMeasure.position(of: name, in: measures) else { return nil }
        var bySchool: [String: MeasureSummary] = [:]
        for school in schools {
            if let summaries = school.measures { bySchool[school.cds] = summaries[position] }
        }
        return SurveyMeasureResults(measure: measures[position], schools: bySchool)
    }
}

extension SurveyMeasure {
    /// Where the measure named `name` sits in `measures`: by key or title, ignoring case; `index` is the first
    /// measure, which is the survey's main index.
    static func position(of name: String, in measures: [SurveyMeasure]) -> Int? {
        let wanted = name.lowercased()
        if wanted == "index", !measures.isEmpty { return 0 }
        return measures.firstIndex { $0.key.lowercased() == wanted || $0.title.lowercased() == wanted }
    }
}
