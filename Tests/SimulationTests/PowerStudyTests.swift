import Foundation
import Regression
import Testing
import TestSupport
@testable import Simulation

/// The Monte Carlo power study against independent computations: R's exact noncentral-t power for classical
/// standard errors (Tests/Fixtures/scripts/power_reference.R) and a numpy Monte Carlo of 40,000 districts per row
/// for HC3 (Tests/Fixtures/scripts/power_reference_hc3.py). Tolerances are 4.5 Monte Carlo standard errors of the
/// difference; the study uses a fixed seed, so a test passes or fails the same way on every run.
@Suite struct PowerStudyTests {
    static let replications = 1000

    /// One study shared by the tests below: 30 and 20 schools, effects 0, 15, 25, all three models, classical and
    /// HC3, default reliability 0.87.
    static let study: PowerStudy = {
        var settings = PowerStudySettings(schoolCounts: [30, 20], effects: [0, 15, 25], models: [.growth, .lagged, .level],
                                          covariances: [.classical, .hc3], replications: replications, seed: 20111)
        settings.reliability = 0.87
        return try! PowerStudy(settings: settings)
    }()

    /// Rows of a reference CSV as dictionaries.
    static func rows(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: Fixtures.fixture("power/" + name), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    func cell(_ model: PowerStudyModel, _ schools: Int, _ effect: Double) throws -> PowerStudy.Cell {
        try #require(Self.study.cells.first { $0.model == model && $0.schools == schools && $0.effect == effect })
    }

    /// A share from `n` replications against a reference share with its own Monte Carlo error.
    func close(_ share: Double, _ reference: Double, referenceReplications: Double = .infinity) -> Bool {
        let variance = reference * (1 - reference) * (1 / Double(Self.replications) + 1 / referenceReplications)
        return abs(share - reference) <= 4.5 * max(variance.squareRoot(), 0.002)
    }

    @Test func classicalPowerCoverageMeanAndSDMatchTheExactValues() throws {
        var checked = 0
        for row in try Self.rows("power-classical-exact.csv") where row["reliability"] == "0.87" && row["schools"] != "60" {
            let model = try #require(PowerStudyModel(rawValue: row["model"]!))
            let schools = Int(row["schools"]!)!, effect = Double(row["effect"]!)!
            let cell = try cell(model, schools, effect)
            let power = Double(row["power"]!)!, coverage = Double(row["coverage"]!)!
            let mean = Double(row["mean_estimate"]!)!, sd = Double(row["estimate_sd"]!)!
            let label = "\(model) n=\(schools) effect=\(effect)"
            #expect(cell.replications == Self.replications && cell.failures == 0, "\(label)")
            #expect(close(cell.judgements[0].power, power), "\(label): power \(cell.judgements[0].power) vs exact \(power)")
            #expect(close(cell.judgements[0].coverage, coverage), "\(label): coverage \(cell.judgements[0].coverage) vs \(coverage)")
            // The mean of 1000 estimates has SE sd / sqrt(1000); the SD's relative SE is about 1 / sqrt(2 * 999).
            #expect(abs(cell.meanEstimate - mean) <= 4.5 * sd / Double(Self.replications).squareRoot(), "\(label): mean")
            #expect(abs(cell.estimateSD / sd - 1) <= 4.5 / (2.0 * Double(Self.replications - 1)).squareRoot(), "\(label): SD")
            checked += 1
        }
        #expect(checked == 18)
    }

    @Test func hc3PowerAndCoverageMatchAnIndependentMonteCarlo() throws {
        var checked = 0
        for row in try Self.rows("power-hc3-montecarlo.csv") where row["vcov"] == "HC3" {
            let model = try #require(PowerStudyModel(rawValue: row["model"]!))
            let cell = try cell(model, Int(row["schools"]!)!, Double(row["effect"]!)!)
            let judgement = cell.judgements[1]
            #expect(judgement.covariance == .hc3)
            let label = "\(model) n=\(cell.schools) effect=\(cell.effect)"
            let power = Double(row["power"]!)!, coverage = Double(row["coverage"]!)!, se = Double(row["mean_std_error"]!)!
            #expect(close(judgement.power, power, referenceReplications: 40_000), "\(label): power \(judgement.power) vs \(power)")
            #expect(close(judgement.coverage, coverage, referenceReplications: 40_000), "\(label): coverage \(judgement.coverage) vs \(coverage)")
            #expect(abs(judgement.meanStandardError / se - 1) < 0.03, "\(label): mean SE \(judgement.meanStandardError) vs \(se)")
            checked += 1
        }
        #expect(checked == 18)
    }

    @Test func powerGrowsWithTheEffectAndFalseAlarmsStayNearFivePercent() throws {
        for model in PowerStudyModel.allCases {
            for schools in [20, 30] {
                let cells = try [0.0, 15, 25].map { try cell(model, schools, $0) }
                for c in 0..<2 {
                    #expect(cells[0].judgements[c].power < cells[1].judgements[c].power)
                    #expect(cells[1].judgements[c].power < cells[2].judgements[c].power)
                    #expect(abs(cells[0].judgements[c].power - 0.05) < 4.5 * (0.05 * 0.95 / 1000).squareRoot(), "\(model) \(schools)")
                }
            }
            // More schools, more power.
            #expect(try cell(model, 30, 25).judgements[1].power > cell(model, 20, 25).judgements[1].power)
        }
    }

    @Test func sameSeedSameNumbersOtherSeedOtherNumbers() throws {
        func cells(seed: UInt64) throws -> [PowerStudy.Cell] {
            try PowerStudy(settings: PowerStudySettings(
                schoolCounts: [12], effects: [25], models: [.growth], covariances: [.hc3], replications: 50, seed: seed)).cells
        }
        let first = try cells(seed: 5)
        #expect(try cells(seed: 5) == first)
        #expect(try cells(seed: 6) != first)
    }

    /// Adding a district size leaves the other sizes' numbers unchanged (each size has its own stream).
    @Test func eachSizeHasItsOwnStream() throws {
        let one = try PowerStudy(settings: PowerStudySettings(schoolCounts: [12], effects: [15], replications: 40, seed: 9))
        let two = try PowerStudy(settings: PowerStudySettings(schoolCounts: [40, 12], effects: [15], replications: 40, seed: 9))
        #expect(one.cells[0] == two.cells[1])
    }

    @Test func unusableSettingsAreErrorsNamingTheSetting() {
        func message(_ change: (inout PowerStudySettings) -> Void) -> String? {
            var settings = PowerStudySettings(schoolCounts: [30], effects: [15], replications: 10, seed: 1)
            change(&settings)
            do { try settings.validate(); return nil } catch { return "\(error)" }
        }
        #expect(message { _ in } == nil)
        #expect(message { $0.schoolCounts = [5] }?.contains("use at least 6") == true)
        #expect(message { $0.replications = 0 }?.contains("replications must be between 1") == true)
        #expect(message { $0.covariances = [.clustered(column: "d", adjustment: .cr1)] }?.contains("needs clusters") == true)
        #expect(message { $0.reliability = 0 }?.contains("reliability") == true)
        #expect(message { $0.level = 1 }?.contains("confidence level") == true)
        #expect(message { $0.effects = [] }?.contains("at least one") == true)
        #expect(message { $0.effects = [.nan] }?.contains("finite") == true)
    }
}
