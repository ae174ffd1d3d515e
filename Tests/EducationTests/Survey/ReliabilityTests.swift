import DataTable
import Foundation
import Testing
import TestSupport
@testable import Education

/// Cronbach's alpha, item statistics and Feldt's interval against R's psych 2.2.9 (`psych::alpha` on complete cases,
/// `psych::alpha.ci` for the interval), values in survey-reference.json made by survey_reference.R.
struct ReliabilityTests {
    /// Compares every statistic of `alpha` with the reference object to a relative 1e-10.
    func expectMatchesR(_ alpha: CronbachAlpha, _ reference: [String: Any], _ name: String) {
        let r = SurveyReference.self
        #expect(alpha.caseCount == reference["n_complete"] as! Int, "\(name) complete cases")
        #expect(agrees(alpha.rawAlpha, r.number(reference, "raw_alpha"), relative: 1e-10), "\(name) raw alpha")
        #expect(agrees(alpha.standardizedAlpha!, r.number(reference, "std_alpha"), relative: 1e-10), "\(name) std alpha")
        #expect(agrees(alpha.averageCorrelation!, r.number(reference, "average_r"), relative: 1e-10), "\(name) average r")
        for (actual, expected) in zip(alpha.itemRestCorrelations, r.numbers(reference, "r_drop")) {
            #expect(agrees(actual!, expected, relative: 1e-10), "\(name) r.drop")
        }
        for (actual, expected) in zip(alpha.alphaIfDeleted, r.numbers(reference, "alpha_drop_raw")) {
            #expect(agrees(actual!, expected, relative: 1e-10), "\(name) alpha if dropped")
        }
        for (actual, expected) in zip(alpha.standardizedAlphaIfDeleted, r.numbers(reference, "alpha_drop_std")) {
            #expect(agrees(actual!, expected, relative: 1e-10), "\(name) std alpha if dropped")
        }
        #expect(agrees(alpha.confidenceInterval.lower, r.number(reference, "feldt_lower"), relative: 1e-10), "\(name) Feldt lower")
        #expect(agrees(alpha.confidenceInterval.upper, r.number(reference, "feldt_upper"), relative: 1e-10), "\(name) Feldt upper")
    }

    @Test(arguments: SurveyArea.allCases)
    func palAreaMatchesPsych(area: SurveyArea) throws {
        let reliability = ScaleReliability(responses: SurveyReference.responses, area: area)
        let reference = SurveyReference.scale(["pal", "scales", area.rawValue])
        #expect(reliability.itemIDs == reference["items"] as! [String])
        expectMatchesR(try #require(reliability.alpha), reference, area.rawValue)
        #expect(reliability.completeCases < reliability.respondentsAnswering)
    }

    /// psychTools' bfi (2,800 people, 1-6 scale): Agreeableness with A1 reversed, Conscientiousness with C4 and C5
    /// reversed (7 - x), complete cases only.
    @Test(arguments: [("agreeableness", "A", [1]), ("conscientiousness", "C", [4, 5])])
    func bfiScaleMatchesPsych(scale: String, prefix: String, reversed: [Int]) throws {
        let table = try CSVReader.read(file: Fixtures.fixture("survey/bfi-agreeableness-conscientiousness.csv").path)
        let columns = try (1...5).map { try table.numeric("\(prefix)\($0)") }
        var cases: [[Double]] = []
        for row in 0..<table.rowCount {
            let values = columns.map { $0[row] }
            guard values.allSatisfy({ $0 != nil }) else { continue }
            cases.append(values.enumerated().map { reversed.contains($0.offset + 1) ? 7 - $0.element! : $0.element! })
        }
        expectMatchesR(try #require(CronbachAlpha(cases: cases)), SurveyReference.scale(["bfi", scale]), scale)
    }

    /// F quantiles against R's `qf` (reference `f_quantiles`), from 2 to 2435 numerator degrees of freedom.
    @Test func fQuantilesMatchR() {
        let rows = SurveyReference.document["f_quantiles"] as! [[String: Any]]
        #expect(rows.count == 15)
        for row in rows {
            let p = SurveyReference.number(row, "p")
            let df1 = SurveyReference.number(row, "df"), df2 = SurveyReference.number(row, "df2")
            let q = ReliabilityFQuantile.quantile(p, df1: df1, df2: df2)
            #expect(agrees(q, SurveyReference.number(row, "q"), relative: 1e-12), "qf(\(p), \(df1), \(df2))")
        }
    }

    @Test func feldtIntervalNeedsAUsableLevel() {
        #expect(FeldtInterval(alpha: 0.8, cases: 100, items: 4, level: 1).lower.isNaN)
        let ninety = FeldtInterval(alpha: 0.8, cases: 100, items: 4, level: 0.9)
        let ninetyFive = FeldtInterval(alpha: 0.8, cases: 100, items: 4)
        #expect(ninetyFive.lower < ninety.lower && ninety.lower < 0.8 && 0.8 < ninety.upper && ninety.upper < ninetyFive.upper)
    }

    @Test func alphaIsUndefinedWithoutTwoItemsOrTwoCases() {
        #expect(CronbachAlpha(cases: [[1], [2], [3]]) == nil)
        #expect(CronbachAlpha(cases: [[1, 2, 3]]) == nil)
        #expect(CronbachAlpha(cases: [[3, 3], [3, 3], [3, 3]]) == nil)
    }

    /// Two items: alpha = 4 cov / (var1 + var2 + 2 cov) (the k = 2 case of the formula); dropping one leaves a
    /// single item, whose alpha is undefined.
    @Test func twoItemAlphaByHand() throws {
        // x = 1, 2, 3, 4; y = 2, 2, 4, 4: var x = 5/3, var y = 4/3, cov = 4/3.
        let alpha = try #require(CronbachAlpha(cases: [[1, 2], [2, 2], [3, 4], [4, 4]]))
        #expect(agrees(alpha.rawAlpha, 4 * (4.0 / 3) / (5.0 / 3 + 4.0 / 3 + 8.0 / 3), relative: 1e-14))
        #expect(alpha.alphaIfDeleted == [nil, nil])
    }
}
