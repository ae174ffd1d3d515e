import DataTable
import Regression

/// The models a power study fits to each simulated district.
public enum PowerStudyModel: String, Sendable, CaseIterable {
    /// `growth ~ partnership + poverty`: the year's API growth (outcome minus base year).
    case growth
    /// `outcome ~ partnership + poverty + base`: the outcome-year API holding the base-year API (the lagged model).
    case lagged
    /// `outcome ~ partnership + poverty`: the outcome-year API level, without the base year.
    case level

    /// The model as a formula over the simulated columns.
    public var formula: String {
        switch self {
        case .growth: return "growth ~ partnership + poverty"
        case .lagged: return "outcome ~ partnership + poverty + base"
        case .level: return "outcome ~ partnership + poverty"
        }
    }
}

/// What a power study simulates and how often: the design (number of schools, true effects), the models and
/// standard errors to judge, and the generative model's parameters.
///
/// The defaults are calibrated to ABC Unified's 28 schools in the real 2011 -> 2012 API data (`lm(api11 ~ meals)`:
/// intercept 985.4, slope -2.674, residual SD 35.8; `lm(growth ~ meals)`: -3.29, 0.293, residual SD 15.9; MEALS from
/// 16 to 98) and to the shipped synthetic survey (school SD of partnership 0.4 survey points; reliability of school
/// means, ICC(2), about 0.87). The generative model is written out in `PowerStudy`.
public struct PowerStudySettings: Sendable, Equatable {
    /// Numbers of schools per simulated district (one study cell each).
    public var schoolCounts: [Int]
    /// True partnership effects: API points of growth per survey point of latent school partnership.
    public var effects: [Double]
    /// The models fitted to every simulated district.
    public var models: [PowerStudyModel]
    /// The standard errors judged (each fit is judged under every one of them).
    public var covariances: [CovarianceType]
    /// Simulated districts per number of schools.
    public var replications: Int
    /// The seed; the same settings and seed give the same numbers.
    public var seed: UInt64
    /// Confidence level of the intervals; a coefficient is significant when its two-sided p < 1 - level.
    public var level: Double = 0.95
    /// SD of latent school partnership (survey points).
    public var schoolSD: Double = 0.4
    /// Reliability of a school's measured partnership index (share of its variance that is latent partnership).
    public var reliability: Double = 0.87
    /// The measured index's mean (the survey scale's 3.4 on 1-5).
    public var indexCenter: Double = 3.4
    /// Poverty (percent free or reduced-price meals) is uniform on this range.
    public var povertyRange: ClosedRange<Double> = 10...100
    /// Base-year API at zero poverty.
    public var baseIntercept: Double = 985
    /// Base-year API points per percentage point of poverty.
    public var basePovertySlope: Double = -2.67
    /// SD of base-year API around its poverty line.
    public var baseSD: Double = 36
    /// Growth at zero poverty (API points).
    public var growthIntercept: Double = -3.3
    /// Growth points per percentage point of poverty.
    public var growthPovertySlope: Double = 0.29
    /// SD of growth not explained by poverty or partnership (API points).
    public var growthNoiseSD: Double = 15

    /// Creates settings; the generative parameters keep their defaults unless set afterwards.
    public init(schoolCounts: [Int], effects: [Double], models: [PowerStudyModel] = [.growth],
                covariances: [CovarianceType] = [.hc3], replications: Int, seed: UInt64) {
        self.schoolCounts = schoolCounts
        self.effects = effects
        self.models = models
        self.covariances = covariances
        self.replications = replications
        self.seed = seed
    }

    /// The largest number of replications a study accepts (keeps a mistyped value from running for hours).
    public static let maximumReplications = 100_000

    /// The most school rows a study may simulate and fit (the sum of the school counts x replications x effects
    /// x models): about ten minutes of work, so that a mistyped size is refused at once rather than running for hours.
    public static let maximumFittedRows = 20_000_000

    /// The school rows the study simulates and fits: the sum of the school counts x replications x effects x models.
    public var fittedRows: Int {
        schoolCounts.reduce(0) { $0 + max($1, 0) } * max(replications, 0) * effects.count * models.count
    }

    /// Checks the settings, naming the first unusable one.
    ///
    /// - Throws: `PowerStudyError` describing the setting and what to use instead.
    public func validate() throws {
        guard !schoolCounts.isEmpty, !effects.isEmpty, !models.isEmpty, !covariances.isEmpty else {
            throw PowerStudyError("give at least one number of schools, effect, model and standard-error type", kind: .usage)
        }
        if let small = schoolCounts.first(where: { $0 < 6 }) {
            throw PowerStudyError("\(small) schools are too few to fit a model with partnership, poverty and the base "
                                  + "year and still estimate its standard errors; use at least 6", kind: .usage)
        }
        if let large = schoolCounts.first(where: { $0 > 100_000 }) {
            throw PowerStudyError("\(large) schools is more than any district has; use at most 100000", kind: .usage)
        }
        guard replications >= 1, replications <= PowerStudySettings.maximumReplications else {
            throw PowerStudyError("replications must be between 1 and \(PowerStudySettings.maximumReplications), "
                                  + "not \(replications)", kind: .usage)
        }
        guard fittedRows <= PowerStudySettings.maximumFittedRows else {
            throw PowerStudyError("the study would simulate and fit \(fittedRows) school rows (schools x replications x "
                                  + "effects x models), more than the \(PowerStudySettings.maximumFittedRows) a study "
                                  + "accepts; use fewer replications (1000 estimate a power to about 1.5 points), "
                                  + "fewer school counts, effects or models, or run the sizes one at a time", kind: .usage)
        }
        guard level > 0, level < 1 else {
            throw PowerStudyError("confidence level \(level) is not between 0 and 1; use e.g. 0.95", kind: .usage)
        }
        guard reliability > 0, reliability <= 1 else {
            throw PowerStudyError("reliability \(reliability) must be in (0, 1]; 1 means the index is measured without error", kind: .usage)
        }
        if let clustered = covariances.first(where: { if case .clustered = $0 { return true } else { return false } }) {
            throw PowerStudyError("\(clustered) needs clusters, and the simulated schools have none; use classical "
                                  + "or HC0-HC3", kind: .usage)
        }
        let finite = effects + [schoolSD, indexCenter, povertyRange.lowerBound, povertyRange.upperBound, baseIntercept,
                                basePovertySlope, baseSD, growthIntercept, growthPovertySlope, growthNoiseSD]
        guard finite.allSatisfy(\.isFinite) else { throw PowerStudyError("every effect and parameter must be a finite number", kind: .usage) }
        guard schoolSD > 0, baseSD >= 0, growthNoiseSD > 0 else {
            throw PowerStudyError("the school SD and the growth noise SD must be positive, the base SD not negative", kind: .usage)
        }
    }
}

/// The name power studies use for `PartnershipError`, the library's one error type.
public typealias PowerStudyError = PartnershipError
