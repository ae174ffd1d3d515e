import Foundation

/// A synthetic PAL survey with a known school-level partnership effect on the outcome.
///
/// The generative model (formulas, defaults and the order of random draws are in `data/survey/README.md`):
/// school latent partnership theta_s = c r_s + u_s, where r_s is the school's outcome residual after poverty and
/// u_s ~ N(0, tau^2); respondent level eta = theta_s + w, w ~ N(0, sigma_w^2) with sigma_w^2 set by the target ICC;
/// item response = intercept_j + loading_j (eta + area deviation) + noise, rounded to the scale, reverse-coded items
/// flipped, answers missing at a rate. c and tau make var(theta) = schoolSD^2 and the population slope of the
/// outcome on theta, holding poverty, equal to `effect`. Every output that uses it must say it is synthetic.
public struct SimulatedSurvey: Sendable {
    /// One school's drawn truth.
    public struct SchoolTruth: Sendable, Equatable {
        /// The school's CDS code.
        public var cds: String
        /// The school's name, when the input had one.
        public var name: String?
        /// The outcome's residual after poverty (OLS across the input schools); `nil` when not computed (effect 0
        /// with missing values).
        public var outcomeResidual: Double?
        /// The school's latent partnership level theta_s (survey points around the scale's center).
        public var theta: Double
        /// Respondents drawn for the school.
        public var respondentCount: Int
    }

    /// The settings used.
    public var settings: SimulationSettings
    /// Coupling c of theta to the outcome residual.
    public var coupling: Double
    /// SD tau of the part of theta unrelated to the outcome.
    public var independentSD: Double
    /// Population variance of the outcome residuals (divisor: number of schools); `nil` when not computed.
    public var residualVariance: Double?
    /// The within-school SD sigma_w of respondents' latent level, from the target ICC.
    public var withinSchoolSD: Double
    /// Each item's loading, in codebook order (mean 1 within each area).
    public var loadings: [Double]
    /// Each item's intercept, in codebook order.
    public var intercepts: [Double]
    /// The schools' drawn truth, in input order.
    public var schools: [SchoolTruth]
    /// The simulated responses (respondent ids R00001, R00002, ... in school order).
    public var responses: SurveyResponses

    /// The most respondents a simulation may expect in all (the sum of the schools' Poisson means). Drawing takes
    /// time in proportion to it, so a tiny size per respondent (which once made the draw loop for ever) or a huge
    /// number of schools is refused before anything is drawn.
    public static let maximumExpectedRespondents = 1_000_000

    /// Each school's Poisson mean of respondents, after checking their sum against `maximumExpectedRespondents`.
    static func respondentMeans(_ input: [SimulationSchool], settings: SimulationSettings) throws -> [Double] {
        let means = try input.map { school -> Double in
            guard let perRespondent = settings.sizePerRespondent else { return settings.respondentsPerSchool }
            guard let size = school.size, size > 0 else {
                throw SurveyError("school \(school.cds) has no positive size to set its number of respondents", kind: .usage)
            }
            return size / perRespondent
        }
        let expected = means.reduce(0, +)
        guard expected.isFinite, expected <= Double(maximumExpectedRespondents) else {
            let shown = !expected.isFinite ? "infinitely many"
                : expected < 1e15 ? String(Int(expected.rounded())) : String(format: "%.3g", expected)
            throw SurveyError("the settings ask for about \(shown) respondents from \(input.count) schools, more than the "
                              + "\(maximumExpectedRespondents) a simulation accepts; use fewer schools, fewer respondents "
                              + "per school, or a larger size per respondent", kind: .usage)
        }
        return means
    }

    /// Simulates the survey.
    ///
    /// - Throws: `SurveyError` for unusable settings, or an effect the settings cannot produce
    ///   (c^2 var(r) would exceed schoolSD^2); `DataError` for schools without needed values.
    public init(schools input: [SimulationSchool], codebook: Codebook, settings: SimulationSettings) throws {
        try settings.validate()
        guard !input.isEmpty else { throw SurveyError("no schools to simulate; give at least one school", kind: .usage) }
        self.settings = settings
        let variance = settings.schoolSD * settings.schoolSD

        // Coupling of theta to the outcome (the effect is defined on the population of input schools).
        let residuals = SimulatedSurvey.outcomeResiduals(input)
        let link = try SimulatedSurvey.outcomeLink(residuals, settings: settings)
        let withinSchoolSD = (variance * (1 - settings.latentICC) / settings.latentICC).squareRoot()
        self.residualVariance = link.sigmaR2
        self.coupling = link.coupling
        self.independentSD = link.independentSD
        self.withinSchoolSD = withinSchoolSD

        var random = SimulationRandom(seed: settings.seed)
        // 1. Item parameters, in codebook order: a loading (uniform), then an intercept (normal).
        let items = SimulatedSurvey.itemParameters(codebook, settings: settings, random: &random)
        self.loadings = items.loadings
        self.intercepts = items.intercepts

        // 2. School levels, in input order.
        let thetas = input.indices.map { s in link.coupling * (residuals[s] ?? 0) + link.independentSD * random.normal() }

        // 3. Respondents, school by school.
        let means = try SimulatedSurvey.respondentMeans(input, settings: settings)
        let drawn = SimulatedSurvey.drawRespondents(input, thetas: thetas, means: means, residuals: residuals,
                                                    codebook: codebook, settings: settings,
                                                    items: items, withinSchoolSD: withinSchoolSD, random: &random)
        self.schools = drawn.truth
        self.responses = try SurveyResponses(codebook: codebook, respondents: drawn.respondents)
    }

    /// How strongly theta follows the outcome's residual after poverty: the coupling, the SD of theta's independent
    /// part, and the residual variance (nil when fewer than 3 schools, or not every school, have both values).
    static func outcomeLink(_ residuals: [Double?], settings: SimulationSettings) throws
        -> (coupling: Double, independentSD: Double, sigmaR2: Double?) {
        let variance = settings.schoolSD * settings.schoolSD
        let complete = residuals.allSatisfy { $0 != nil } && residuals.count >= 3
        let sigmaR2: Double? = complete ? residuals.reduce(0) { $0 + $1! * $1! } / Double(residuals.count) : nil
        guard settings.effect != 0 else { return (0, settings.schoolSD, sigmaR2) }
        do {
            guard let sigmaR2 else {
                throw SurveyError("a non-zero effect needs the outcome and poverty of at least 3 schools, and of every "
                                  + "school simulated", kind: .usage)
            }
            let share = variance * settings.effect * settings.effect / sigmaR2
            guard sigmaR2 > 0, share <= 1 else {
                let largest = sigmaR2 > 0 ? sigmaR2.squareRoot() / settings.schoolSD : 0
                throw SurveyError("an effect of \(settings.effect) API points per survey point is impossible with a "
                                  + "school SD of \(settings.schoolSD): the outcome's residual after poverty has SD "
                                  + "\(SimulatedSurvey.rounded(sigmaR2.squareRoot())), so theta would need "
                                  + "\(SimulatedSurvey.rounded(100 * share))% of its variance from it; use an effect of "
                                  + "at most \(SimulatedSurvey.rounded(largest)) in size, or a smaller school SD", kind: .usage)
            }
            return (variance * settings.effect / sigmaR2, (variance * (1 - share)).squareRoot(), sigmaR2)
        }
    }

    /// The items' loadings (normalised to mean 1 within each area) and intercepts, drawn in codebook order.
    static func itemParameters(_ codebook: Codebook, settings: SimulationSettings,
                               random: inout SimulationRandom) -> (loadings: [Double], intercepts: [Double]) {
        let scale = codebook.scale
        let range = Double(scale.maximum - scale.minimum)
        let center = Double(scale.minimum) + settings.centerShare * range
        var rawLoadings: [Double] = []
        var intercepts: [Double] = []
        for _ in codebook.items {
            let width = settings.loadingRange.upperBound - settings.loadingRange.lowerBound
            rawLoadings.append(settings.loadingRange.lowerBound + width * random.uniform())
            intercepts.append(center + settings.interceptSD * random.normal())
        }
        var loadings = rawLoadings
        for area in codebook.areas {
            let indices = codebook.itemIndices(in: area)
            let mean = indices.reduce(0) { $0 + rawLoadings[$1] } / Double(indices.count)
            for index in indices { loadings[index] = rawLoadings[index] / mean }
        }
        return (loadings, intercepts)
    }

    /// The respondents of every school, with each school's truth.
    static func drawRespondents(_ input: [SimulationSchool], thetas: [Double], means: [Double], residuals: [Double?],
                                codebook: Codebook, settings: SimulationSettings,
                                items: (loadings: [Double], intercepts: [Double]), withinSchoolSD: Double,
                                random: inout SimulationRandom) -> (respondents: [SurveyRespondent], truth: [SchoolTruth]) {
        let (loadings, intercepts) = items
        let scale = codebook.scale
        let areas = codebook.areas
        let areaOfItem = codebook.items.map { item in areas.firstIndex(of: item.area)! }
        var respondents: [SurveyRespondent] = []
        var truth: [SchoolTruth] = []
        for (s, school) in input.enumerated() {
            let count = random.poisson(mean: means[s])
            for _ in 0..<count {
                let draw = random.uniform()
                let role: SurveyRole = draw < settings.administratorShare ? .administrator
                    : draw < settings.administratorShare + settings.unionRepresentativeShare ? .unionRepresentative
                    : .teacher
                let eta = thetas[s] + withinSchoolSD * random.normal()
                let deviations = areas.map { _ in settings.areaSD * random.normal() }
                var answers: [Double?] = []
                answers.reserveCapacity(codebook.items.count)
                for (j, item) in codebook.items.enumerated() {
                    let latent = intercepts[j] + loadings[j] * (eta + deviations[areaOfItem[j]])
                        + settings.itemNoiseSD * random.normal()
                    let rounded = min(max(latent.rounded(.toNearestOrAwayFromZero), Double(scale.minimum)),
                                      Double(scale.maximum))
                    let recorded = item.isReverseCoded ? item.scale.reversed(rounded) : rounded
                    answers.append(random.uniform() < settings.missingRate ? nil : recorded)
                }
                let id = "R" + SimulatedSurvey.zeroPadded(respondents.count + 1, width: 5)
                respondents.append(SurveyRespondent(id: id, cds: school.cds, role: role, answers: answers))
            }
            truth.append(SchoolTruth(cds: school.cds, name: school.name, outcomeResidual: residuals[s],
                                     theta: thetas[s], respondentCount: count))
        }
        return (respondents, truth)
    }

    /// Residuals of outcome on poverty (OLS with intercept, written out for two variables) across the schools with
    /// both values; `nil` for schools lacking one, or for all when fewer than 3 schools have both.
    static func outcomeResiduals(_ schools: [SimulationSchool]) -> [Double?] {
        let complete = schools.compactMap { school in
            school.outcome.flatMap { y in school.poverty.map { (x: $0, y: y) } }
        }
        guard complete.count >= 3 else { return schools.map { _ in nil } }
        let n = Double(complete.count)
        let meanX = complete.reduce(0) { $0 + $1.x } / n
        let meanY = complete.reduce(0) { $0 + $1.y } / n
        let sxx = complete.reduce(0) { $0 + ($1.x - meanX) * ($1.x - meanX) }
        let sxy = complete.reduce(0) { $0 + ($1.x - meanX) * ($1.y - meanY) }
        let slope = sxx > 0 ? sxy / sxx : 0
        return schools.map { school in
            guard let y = school.outcome, let x = school.poverty else { return nil }
            return (y - meanY) - slope * (x - meanX)
        }
    }

    static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func rounded(_ value: Double) -> String {
        String((value * 100).rounded() / 100)
    }
}
