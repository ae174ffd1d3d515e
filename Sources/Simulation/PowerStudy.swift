import DataTable
// Distributions sits below Reporting in DESIGN.md's module order (Regression already uses it): the study needs the t
// critical value once per model and size, where `coefficientTable` would recompute it for every coefficient of every
// fit (half the run time in measurements).
import Distributions
import Education
import Regression

/// A Monte Carlo power study: how often a district of a given number of schools detects a true partnership effect.
///
/// **Generative model** (one simulated district of n schools; every number synthetic). For each school s, in order,
/// with U uniform on [0, 1) and Z standard normal drawn from `SimulationRandom` (xoshiro256**, Education's seeded
/// generator):
/// 1. poverty x_s = L + (H - L) U (percent free or reduced-price meals, `povertyRange` = L...H);
/// 2. latent partnership theta_s = sigma_theta Z (`schoolSD`);
/// 3. measurement error m_s = sigma_theta sqrt((1 - R) / R) Z, R = `reliability` (drawn even when R = 1, so every
///    setting uses the same stream); the measured partnership index is p_s = `indexCenter` + theta_s + m_s, whose
///    reliability (Var theta / Var p) is R;
/// 4. base-year API b_s = a0 + a1 x_s + sigma_b Z (`baseIntercept`, `basePovertySlope`, `baseSD`);
/// 5. growth noise e_s = sigma_e Z (`growthNoiseSD`).
/// Then for each true effect beta: growth g_s = c0 + c1 x_s + beta theta_s + e_s (`growthIntercept`,
/// `growthPovertySlope`) and outcome-year API y_s = b_s + g_s. The same draws serve every effect and every model
/// (common random numbers), so differences between cells are not sampling noise between districts.
///
/// Each model (`PowerStudyModel`) goes through the same pipeline as `partnership fit` (a table of the district, the
/// formula's design, `LinearModel.fit`, the covariance estimator) and is judged under each covariance: the partnership
/// coefficient is *significant* when its two-sided p < 1 - level, and its interval *covers* when it contains beta
/// (the effect of latent partnership: with R < 1 the estimate is attenuated towards beta R, so coverage falls below
/// the nominal level as beta grows, which is the point of showing it). The stream for n schools is seeded with
/// `seed XOR (n * 0x9E3779B97F4A7C15)`, so adding a district size to a study does not change the others' numbers.
public struct PowerStudy: Sendable {
    /// One standard-error type's verdicts in one cell.
    public struct Judgement: Sendable, Equatable {
        /// The standard errors judged.
        public var covariance: CovarianceType
        /// Share of replications with the partnership coefficient significant (two-sided p < 1 - level).
        public var power: Double
        /// Share of replications whose interval contained the true effect.
        public var coverage: Double
        /// Mean standard error of the partnership coefficient.
        public var meanStandardError: Double
    }

    /// The results for one model, number of schools and true effect.
    public struct Cell: Sendable, Equatable {
        /// The model fitted.
        public var model: PowerStudyModel
        /// Schools per simulated district.
        public var schools: Int
        /// The true effect (API points of growth per survey point of latent partnership).
        public var effect: Double
        /// Replications whose fit and every covariance succeeded (the shares' denominator).
        public var replications: Int
        /// Replications that could not be fitted or judged (left out of the shares).
        public var failures: Int
        /// Mean estimate of the partnership coefficient.
        public var meanEstimate: Double
        /// SD of the estimates across replications (the estimate's true sampling SD, for judging the standard errors).
        public var estimateSD: Double
        /// One verdict per covariance, in the settings' order.
        public var judgements: [Judgement]
    }

    /// The settings the study ran with.
    public let settings: PowerStudySettings
    /// The cells, ordered by model, then number of schools, then effect (the settings' orders).
    public let cells: [Cell]

    /// Runs the study.
    ///
    /// - Throws: `PowerStudyError` for unusable settings.
    /// - Parameters:
    ///   - settings: the models, numbers of schools, effects and replications to simulate.
    ///   - progress: called after each simulated district with the share of the study done (0-1].
    public init(settings: PowerStudySettings, progress: ((Double) -> Void)? = nil) throws {
        try settings.validate()
        self.settings = settings
        var cellsBySize: [[Cell]] = []
        let total = Double(settings.schoolCounts.reduce(0, +) * settings.replications)
        var done = 0.0
        for schools in settings.schoolCounts {
            cellsBySize.append(try PowerStudy.simulate(schools: schools, settings: settings) {
                done += Double(schools)
                progress?(done / total)
            })
        }
        // Reorder from (schools, model, effect) to (model, schools, effect).
        var cells: [Cell] = []
        for model in settings.models {
            for sizeCells in cellsBySize { cells += sizeCells.filter { $0.model == model } }
        }
        self.cells = cells
    }

    /// The seed of the stream for districts of `schools` schools.
    public static func streamSeed(seed: UInt64, schools: Int) -> UInt64 {
        seed ^ (UInt64(schools) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// The simulated schools of one district: the draws every effect shares.
    struct District {
        var poverty: [Double] = []
        var theta: [Double] = []
        var index: [Double] = []
        var base: [Double] = []
        var noise: [Double] = []
    }

    /// Draws one district of `schools` schools, in the documented order.
    static func drawDistrict(schools: Int, settings: PowerStudySettings, random: inout SimulationRandom) -> District {
        var district = District()
        let low = settings.povertyRange.lowerBound, width = settings.povertyRange.upperBound - low
        let measurementSD = settings.schoolSD * ((1 - settings.reliability) / settings.reliability).squareRoot()
        for _ in 0..<schools {
            let poverty = low + width * random.uniform()
            let theta = settings.schoolSD * random.normal()
            let measurement = measurementSD * random.normal()
            let base = settings.baseIntercept + settings.basePovertySlope * poverty + settings.baseSD * random.normal()
            let noise = settings.growthNoiseSD * random.normal()
            district.poverty.append(poverty)
            district.theta.append(theta)
            district.index.append(settings.indexCenter + theta + measurement)
            district.base.append(base)
            district.noise.append(noise)
        }
        return district
    }

    /// The district as a table with effect `effect`: growth, outcome, partnership, poverty and base.
    static func table(district: District, effect: Double, settings: PowerStudySettings) throws -> DataTable {
        let n = district.poverty.count
        var growth = [Double?](repeating: 0, count: n), outcome = growth
        for s in 0..<n {
            let g = settings.growthIntercept + settings.growthPovertySlope * district.poverty[s]
                + effect * district.theta[s] + district.noise[s]
            growth[s] = g
            outcome[s] = district.base[s] + g
        }
        return try DataTable(columns: [
            ("growth", .numeric(growth)), ("outcome", .numeric(outcome)),
            ("partnership", .numeric(district.index.map { $0 })), ("poverty", .numeric(district.poverty.map { $0 })),
            ("base", .numeric(district.base.map { $0 })),
        ])
    }

    /// Running sums for one (model, effect) cell.
    struct Tally {
        var count = 0
        var failures = 0
        var mean = 0.0
        var squares = 0.0
        var significant: [Int]
        var covered: [Int]
        var standardErrors: [Double]

        init(covariances: Int) {
            significant = Array(repeating: 0, count: covariances)
            covered = significant
            standardErrors = Array(repeating: 0, count: covariances)
        }

        /// Adds one estimate (Welford's update: stable, and the same order every run).
        mutating func add(_ estimate: Double) {
            count += 1
            let delta = estimate - mean
            mean += delta / Double(count)
            squares += delta * (estimate - mean)
        }
    }

    /// The partnership estimate and its standard error under each covariance, or `nil` when the district cannot be
    /// fitted or judged (collinear draws, a leverage of one for HC2/HC3): such a district counts as a failure and is
    /// left out of the shares, never silently judged.
    static func judge(formula: Formula, data: DataTable,
                      covariances: [CovarianceType]) -> (estimate: Double, standardErrors: [Double])? {
        guard let fit = try? LinearModel.fit(DesignMatrix.build(formula: formula, data: data)),
              fit.aliasedColumns.isEmpty,
              let position = fit.estimatedColumnNames.firstIndex(of: "partnership") else { return nil }
        var errors: [Double] = []
        for covariance in covariances {
            guard let matrix = try? fit.covariance(covariance) else { return nil }
            let error: Double = matrix.standardErrors[position]
            guard error.isFinite, error > 0 else { return nil }
            errors.append(error)
        }
        return (fit.estimates[position], errors)
    }

    /// Simulates the districts of one size and tallies every model and effect on them.
    static func simulate(schools: Int, settings: PowerStudySettings,
                         districtDone: () -> Void = {}) throws -> [Cell] {
        var random = SimulationRandom(seed: streamSeed(seed: settings.seed, schools: schools))
        let covariances = settings.covariances
        let formulas = try settings.models.map { try Formula.parse($0.formula) }
        var tallies = Array(repeating: Array(repeating: Tally(covariances: covariances.count), count: settings.effects.count),
                            count: settings.models.count)
        // Classical and HC tests use n - k degrees of freedom: one critical value per model. |t| > critical is the
        // same verdict as p < 1 - level, and estimate -/+ critical x SE is the interval `partnership fit` prints.
        let critical: [Double] = settings.models.map { model in
            let coefficients = model == .lagged ? 4 : 3
            let t = StudentT(degreesOfFreedom: Double(schools - coefficients))
            return t.inverseSurvival((1 - settings.level) / 2)
        }
        for _ in 0..<settings.replications {
            defer { districtDone() }
            let district = drawDistrict(schools: schools, settings: settings, random: &random)
            for (e, effect) in settings.effects.enumerated() {
                let data = try table(district: district, effect: effect, settings: settings)
                for m in settings.models.indices {
                    guard let judged = judge(formula: formulas[m], data: data, covariances: covariances) else {
                        tallies[m][e].failures += 1
                        continue
                    }
                    let estimate: Double = judged.estimate
                    tallies[m][e].add(estimate)
                    for (c, error) in judged.standardErrors.enumerated() {
                        let bound: Double = critical[m] * error
                        if Swift.abs(estimate) > bound { tallies[m][e].significant[c] += 1 }
                        if Swift.abs(estimate - effect) <= bound { tallies[m][e].covered[c] += 1 }
                        tallies[m][e].standardErrors[c] += error
                    }
                }
            }
        }
        var cells: [Cell] = []
        for (m, model) in settings.models.enumerated() {
            for (e, effect) in settings.effects.enumerated() {
                let tally = tallies[m][e]
                let n = Double(tally.count)
                let judgements = covariances.enumerated().map { c, covariance in
                    Judgement(covariance: covariance,
                              power: tally.count > 0 ? Double(tally.significant[c]) / n : .nan,
                              coverage: tally.count > 0 ? Double(tally.covered[c]) / n : .nan,
                              meanStandardError: tally.count > 0 ? tally.standardErrors[c] / n : .nan)
                }
                cells.append(Cell(model: model, schools: schools, effect: effect, replications: tally.count,
                                  failures: tally.failures, meanEstimate: tally.count > 0 ? tally.mean : .nan,
                                  estimateSD: tally.count > 1 ? (tally.squares / (n - 1)).squareRoot() : .nan,
                                  judgements: judgements))
            }
        }
        return cells
    }
}
