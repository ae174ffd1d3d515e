import DataTable
import Foundation
import Testing
import TestSupport
@testable import Education

/// The synthetic survey: deterministic, with the effect and spread it was asked for.
struct SimulatedSurveyTests {
    let codebook = SurveyReference.codebook

    /// 1,500 made-up schools: poverty 0-100, outcome = 850 - 2 poverty + noise (SD 40).
    static let manySchools: [SimulationSchool] = {
        var random = SimulationRandom(seed: 5)
        return (0..<1500).map { i in
            let poverty = 100 * random.uniform()
            let outcome = 850 - 2 * poverty + 40 * random.normal()
            return SimulationSchool(cds: "1964212" + SimulatedSurvey.zeroPadded(i, width: 7), outcome: outcome, poverty: poverty)
        }
    }()

    /// OLS slope of y on x1 holding x2 (Frisch-Waugh: residualize y and x1 on x2, then regress).
    func partialSlope(y: [Double], x1: [Double], x2: [Double]) -> Double {
        func residuals(_ v: [Double], on x: [Double]) -> [Double] {
            let mx = x.reduce(0, +) / Double(x.count), mv = v.reduce(0, +) / Double(v.count)
            let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
            let sxv = zip(x, v).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - mv) }
            return zip(x, v).map { ($0.1 - mv) - sxv / sxx * ($0.0 - mx) }
        }
        let ry = residuals(y, on: x2), rx = residuals(x1, on: x2)
        return zip(rx, ry).reduce(0) { $0 + $1.0 * $1.1 } / rx.reduce(0) { $0 + $1 * $1 }
    }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        let schools = Array(Self.manySchools.prefix(6))
        var settings = SimulationSettings(seed: 42)
        settings.effect = 20
        let first = try SimulatedSurvey(schools: schools, codebook: codebook, settings: settings).responses.csvText()
        let again = try SimulatedSurvey(schools: schools, codebook: codebook, settings: settings).responses.csvText()
        #expect(first == again)
        settings.seed = 43
        #expect(try SimulatedSurvey(schools: schools, codebook: codebook, settings: settings).responses.csvText() != first)
    }

    /// Across many schools, theta has the requested SD and the outcome's slope on theta holding poverty is the
    /// requested effect (its sampling error with 1,500 schools is a few percent).
    @Test(arguments: [25.0, -15.0, 0.0])
    func latentLevelsCarryTheRequestedEffect(effect: Double) throws {
        var settings = SimulationSettings(seed: 11)
        settings.effect = effect
        settings.respondentsPerSchool = 0.01  // the school level is what is checked here
        let survey = try SimulatedSurvey(schools: Self.manySchools, codebook: codebook, settings: settings)
        let theta = survey.schools.map(\.theta)
        let mean = theta.reduce(0, +) / Double(theta.count)
        let sd = (theta.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(theta.count - 1)).squareRoot()
        #expect(abs(sd - 0.4) < 0.04)
        let slope = partialSlope(y: Self.manySchools.map { $0.outcome! }, x1: theta, x2: Self.manySchools.map { $0.poverty! })
        // slope of y on theta: effect when effect != 0; with effect 0 its SE is sigma_r / (sd sqrt(n)) = 40/(0.4 x 38.7).
        #expect(abs(slope - effect) < max(0.12 * abs(effect), 4 * 40 / (0.4 * 1500.0.squareRoot())))
        #expect(effect != 0 || survey.coupling == 0)
    }

    @Test func impossibleEffectIsExplained() throws {
        var settings = SimulationSettings(seed: 1)
        settings.effect = 500  // 0.4 x 500 = 200 API points of SD, far beyond the residual SD of about 40
        do {
            _ = try SimulatedSurvey(schools: Self.manySchools, codebook: codebook, settings: settings)
            Issue.record("expected an error")
        } catch let error as SurveyError {
            #expect(error.message.contains("impossible") && error.message.contains("at most"))
        }
    }

    @Test func respondentsLookLikeTheModel() throws {
        var settings = SimulationSettings(seed: 3)
        settings.effect = 10
        let survey = try SimulatedSurvey(schools: Array(Self.manySchools.prefix(40)), codebook: codebook, settings: settings)
        let respondents = survey.responses.respondents
        #expect(respondents.first?.id == "R00001")
        let perSchool: Double = Double(respondents.count) / 40
        let allowance: Double = 4 * (25.0 / 40).squareRoot()
        #expect(abs(perSchool - 25) < allowance)
        let answers = respondents.flatMap(\.answers)
        let missing = Double(answers.filter { $0 == nil }.count) / Double(answers.count)
        #expect(abs(missing - 0.04) < 0.01)
        #expect(answers.compactMap { $0 }.allSatisfy { [1.0, 2, 3, 4, 5].contains($0) })
        let administrators = Double(respondents.filter { $0.role == .administrator }.count) / Double(respondents.count)
        #expect(administrators > 0.02 && administrators < 0.11)
        // Loadings average 1 in every area; reverse-coded items score consistently after reversal.
        for area in codebook.areas {
            let indices = codebook.itemIndices(in: area)
            #expect(abs(indices.reduce(0) { $0 + survey.loadings[$1] } / Double(indices.count) - 1) < 1e-12)
            let reliability = ScaleReliability(responses: survey.responses, area: area)
            #expect(try #require(reliability.alpha).rawAlpha > 0.6, "\(area)")
        }
        #expect(abs(survey.withinSchoolSD - (0.16 * 0.8 / 0.2).squareRoot()) < 1e-15)
    }

    @Test func unusableSettingsAreRefused() {
        var settings = SimulationSettings(seed: 1)
        settings.latentICC = 1
        #expect(throws: SurveyError.self) { try settings.validate() }
        settings = SimulationSettings(seed: 1)
        settings.missingRate = -0.1
        #expect(throws: SurveyError.self) { try settings.validate() }
        settings = SimulationSettings(seed: 1)
        settings.effect = 5
        let noOutcome = [SimulationSchool(cds: "19642120000011"), SimulationSchool(cds: "19642120000029"),
                         SimulationSchool(cds: "19642120000037")]
        #expect(throws: SurveyError.self) { try SimulatedSurvey(schools: noOutcome, codebook: codebook, settings: settings) }
    }

    @Test func schoolLoaderNamesBadCells() throws {
        let csv = "cds,api12,meals\n19642120000011,800,50\n1964212000002,,40\n"
        let table = try CSVReader.read(text: csv, source: "s.csv", options: CSVOptions(textColumns: ["cds"]))
        do {
            _ = try SimulationSchool.load(from: table, cds: "cds", outcome: "api12", poverty: "meals", requireOutcome: false)
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.location == CellLocation(file: "s.csv", line: 3, column: 1))
        }
        let missing = try CSVReader.read(text: "cds,api12,meals\n19642120000011,800,50\n19642120000029,,40\n",
                                         source: "s.csv", options: CSVOptions(textColumns: ["cds"]))
        #expect(try SimulationSchool.load(from: missing, cds: "cds", outcome: "api12", poverty: "meals",
                                          requireOutcome: false).count == 2)
        do {
            _ = try SimulationSchool.load(from: missing, cds: "cds", outcome: "api12", poverty: "meals", requireOutcome: true)
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.location == CellLocation(file: "s.csv", line: 3, column: 2))
        }
    }
}
