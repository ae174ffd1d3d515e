/// The generative model's settings for `SimulatedSurvey`; `data/survey/README.md` gives the model with formulas.
public struct SimulationSettings: Sendable, Equatable {
    /// The seed: the same seed, settings, codebook and schools give the same survey, bit for bit.
    public var seed: UInt64
    /// The true partnership effect: API points per survey point of the school's latent partnership level,
    /// holding poverty constant. Zero makes partnership independent of the outcome.
    public var effect: Double = 0
    /// SD of school latent partnership levels theta, in survey points.
    public var schoolSD: Double = 0.4
    /// Target ICC of respondents' latent partnership eta: var(theta) / (var(theta) + var(within)).
    public var latentICC: Double = 0.2
    /// SD of a respondent's deviation in each area from their overall level.
    public var areaSD: Double = 0.3
    /// SD of the item-level noise before rounding.
    public var itemNoiseSD: Double = 0.6
    /// Where a typical answer sits on the scale, as a share of its range (0.6 puts it at 3.4 on 1-5).
    public var centerShare: Double = 0.6
    /// SD of item intercepts around the center (some items are easier to agree with).
    public var interceptSD: Double = 0.2
    /// Loadings are drawn uniformly from this range, then divided by their area's mean (mean loading 1 per area).
    public var loadingRange: ClosedRange<Double> = 0.7...1.3
    /// Mean respondents per school (Poisson), when respondents do not follow school size.
    public var respondentsPerSchool: Double = 25
    /// When set, a school's Poisson mean is its size divided by this (for example students tested per respondent).
    public var sizePerRespondent: Double?
    /// Chance that a respondent is an administrator.
    public var administratorShare: Double = 0.06
    /// Chance that a respondent is the union site representative.
    public var unionRepresentativeShare: Double = 0.04
    /// Chance that any one answer is missing.
    public var missingRate: Double = 0.04

    /// Default settings with the given seed.
    public init(seed: UInt64) {
        self.seed = seed
    }

    /// Checks that every setting is usable.
    ///
    /// - Throws: `SurveyError` naming the setting and its allowed range.
    public func validate() throws {
        func require(_ condition: Bool, _ message: String) throws {
            if !condition { throw SurveyError(message, kind: .usage) }
        }
        try require(effect.isFinite, "the effect must be a number of API points per survey point (got \(effect))")
        try require(schoolSD > 0 && schoolSD.isFinite, "the SD of school partnership levels must be above 0 (got \(schoolSD))")
        try require(latentICC > 0 && latentICC < 1, "the target ICC must be between 0 and 1, exclusive (got \(latentICC))")
        try require(areaSD >= 0 && areaSD.isFinite, "the area SD must be 0 or more (got \(areaSD))")
        try require(itemNoiseSD >= 0 && itemNoiseSD.isFinite, "the item noise SD must be 0 or more (got \(itemNoiseSD))")
        try require(centerShare >= 0 && centerShare <= 1, "the center share must be between 0 and 1 (got \(centerShare))")
        try require(interceptSD >= 0 && interceptSD.isFinite, "the intercept SD must be 0 or more (got \(interceptSD))")
        try require(loadingRange.lowerBound > 0 && loadingRange.upperBound.isFinite,
                    "loadings must be positive (got \(loadingRange.lowerBound)-\(loadingRange.upperBound))")
        try require(respondentsPerSchool > 0 && respondentsPerSchool <= 10_000,
                    "the mean respondents per school must be above 0 and at most 10000 (got \(respondentsPerSchool))")
        if let sizePerRespondent {
            try require(sizePerRespondent > 0 && sizePerRespondent.isFinite,
                        "the size per respondent must be above 0 (got \(sizePerRespondent))")
        }
        try require(administratorShare >= 0 && unionRepresentativeShare >= 0
                        && administratorShare + unionRepresentativeShare < 1,
                    "the administrator and union-representative shares must be 0 or more and add up to less than 1")
        try require(missingRate >= 0 && missingRate < 1, "the missing-answer rate must be at least 0 and below 1 (got \(missingRate))")
    }
}
