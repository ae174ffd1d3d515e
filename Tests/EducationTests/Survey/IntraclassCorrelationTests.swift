import Testing
import TestSupport
@testable import Education

/// ICC(1) and ICC(2) against R: `aov(score ~ school)` with the adjusted group size n0 by hand, and
/// `multilevel::ICC1` / `ICC2` (multilevel 2.7, k = N/J) — survey-reference.json, `pal.icc`.
struct IntraclassCorrelationTests {
    @Test func everyMeasureMatchesR() throws {
        let analysis = try SurveyAnalysis(responses: SurveyReference.responses, suppression: SuppressionRule())
        let reference = (SurveyReference.document["pal"] as! [String: Any])["icc"] as! [String: [String: Any]]
        let r = SurveyReference.self
        #expect(analysis.scores.measures.count == 7)
        for (measure, icc) in zip(analysis.scores.measures, analysis.intraclassCorrelations) {
            let icc = try #require(icc)
            let expected = try #require(reference[measure.key])
            #expect(icc.groupCount == expected["groups"] as! Int)
            #expect(icc.observationCount == expected["n"] as! Int)
            #expect(agrees(icc.meanSquareBetween, r.number(expected, "msb"), relative: 1e-10), "\(measure.key) MSB")
            #expect(agrees(icc.meanSquareWithin, r.number(expected, "msw"), relative: 1e-10), "\(measure.key) MSW")
            #expect(agrees(icc.adjustedGroupSize, r.number(expected, "n0"), relative: 1e-12), "\(measure.key) n0")
            #expect(agrees(icc.icc1, r.number(expected, "icc1"), relative: 1e-10), "\(measure.key) ICC1")
            #expect(agrees(icc.icc1WithMeanGroupSize, r.number(expected, "icc1_mean_group_size"), relative: 1e-10))
            #expect(agrees(icc.icc2, r.number(expected, "icc2"), relative: 1e-10), "\(measure.key) ICC2")
        }
    }

    /// Balanced groups: n0 is the group size, and both ICC(1) forms agree. Groups {1,2,3}, {4,5,6}:
    /// MSB = 3 x 4.5 / 1 = 13.5, MSW = 4/4 = 1, ICC1 = 12.5 / 15.5, ICC2 = 12.5 / 13.5.
    @Test func balancedGroupsByHand() throws {
        let icc = try #require(IntraclassCorrelation(groups: [[1, 2, 3], [4, 5, 6]]))
        #expect(icc.adjustedGroupSize == 3)
        #expect(agrees(icc.icc1, 12.5 / 15.5, relative: 1e-15))
        #expect(icc.icc1 == icc.icc1WithMeanGroupSize)
        #expect(agrees(icc.icc2, 12.5 / 13.5, relative: 1e-15))
    }

    @Test func undefinedCasesGiveNil() {
        #expect(IntraclassCorrelation(groups: [[1, 2, 3]]) == nil)          // one group
        #expect(IntraclassCorrelation(groups: [[1], [2]]) == nil)           // no within-group df
        #expect(IntraclassCorrelation(groups: [[1, 2], [2, 1]]) == nil)     // no between-group variation
        #expect(IntraclassCorrelation(values: [1, nil, 3, 4], groups: ["a", "a", "b", "b"]) != nil)
    }
}
