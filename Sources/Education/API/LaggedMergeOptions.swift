/// What a lagged merge covers and which schools it leaves out.
public struct LaggedMergeOptions: Sendable, Equatable {
    /// The year the survey was given; its API is the baseline (default 2011).
    public var surveyYear: Int
    /// The year whose API is the outcome (default 2012).
    public var outcomeYear: Int
    /// Keep only schools whose CDS code starts with this (a county-district code such as ABC Unified's `1964212`);
    /// `nil` keeps the whole state.
    public var districtPrefix: String?
    /// Leave out alternative schools: SPED `A` (Alternative Schools Accountability Model) and `C` (a combination
    /// of ASAM and special education, so also an alternative school). Their API measures other things and their
    /// students come and go within the year.
    public var excludeAlternative: Bool
    /// Leave out special-education schools (SPED `E`); kept by default because they are regular API schools.
    public var excludeSpecialEducation: Bool
    /// Leave out charter schools (CHARTER `Y` or `D`), which a district's labor partnership does not cover.
    public var excludeCharters: Bool
    /// Leave out schools with fewer than this many valid scores in either year (CDE flags API from fewer than
    /// 100 as less reliable); `nil` keeps every size.
    public var minimumValidScores: Int?

    /// Creates options; the defaults merge 2011 to 2012 statewide, leaving out alternative schools only.
    public init(surveyYear: Int = 2011, outcomeYear: Int = 2012, districtPrefix: String? = nil,
                excludeAlternative: Bool = true, excludeSpecialEducation: Bool = false, excludeCharters: Bool = false,
                minimumValidScores: Int? = nil) {
        self.surveyYear = surveyYear
        self.outcomeYear = outcomeYear
        self.districtPrefix = districtPrefix
        self.excludeAlternative = excludeAlternative
        self.excludeSpecialEducation = excludeSpecialEducation
        self.excludeCharters = excludeCharters
        self.minimumValidScores = minimumValidScores
    }

    /// ABC Unified School District's county-district code (Los Angeles County 19, district 64212).
    public static let abcUnified = "1964212"
    /// What a district code is, in the one wording the options' help, config keys and errors share.
    public static let districtCodeMeaning = "the county-district code, the first 7 digits of the schools' 14-digit "
        + "CDS codes (1964212 for ABC Unified); fewer digits keep a whole county"
}
