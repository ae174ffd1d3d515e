/// A score the survey reports for a respondent or a school: the overall PAL index or one area's scale.
public enum SurveyMeasure: Sendable, Hashable, Comparable {
    /// The overall PAL index (see `PartnershipIndex`).
    case palIndex
    /// One area's scale score.
    case area(SurveyArea)

    /// The stable column and JSON key: `pal_index`, or the area's key (`partnership`, `culture`, ...).
    public var key: String {
        switch self {
        case .palIndex: return PartnershipIndex.key
        case .area(let area): return area.rawValue
        }
    }

    /// The measure's name as a report would print it.
    public var title: String {
        switch self {
        case .palIndex: return "PAL index"
        case .area(let area): return area.title
        }
    }

    /// The PAL index first, then the areas in the survey's order.
    public static func < (lhs: SurveyMeasure, rhs: SurveyMeasure) -> Bool {
        switch (lhs, rhs) {
        case (.palIndex, .palIndex): return false
        case (.palIndex, .area): return true
        case (.area, .palIndex): return false
        case (.area(let a), .area(let b)): return a < b
        }
    }
}
