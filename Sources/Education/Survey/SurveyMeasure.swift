/// A score the survey reports for a respondent or a school: the codebook's main index or one scale's score.
public enum SurveyMeasure: Sendable, Hashable {
    /// The codebook's main index (for the PAL survey the PAL index, see `PartnershipIndex`).
    case index(SurveyIndex)
    /// One scale's score.
    case area(SurveyArea)

    /// The PAL index, the main index of the PAL codebook.
    public static var palIndex: SurveyMeasure { .index(.pal) }

    /// The stable column and JSON key: the index's key (`pal_index`), or the scale's key (`partnership`, ...).
    public var key: String {
        switch self {
        case .index(let index): return index.key
        case .area(let area): return area.rawValue
        }
    }

    /// The measure's name as a report would print it.
    public var title: String {
        switch self {
        case .index(let index): return index.title
        case .area(let area): return area.title
        }
    }

    /// Whether this is the main index rather than one scale.
    public var isIndex: Bool {
        if case .index = self { return true }
        return false
    }
}
