import Testing
import TestSupport
@testable import Education

/// Survey results addressed by name: `summary.school(cds).index`, `summary.measure("partnership")`.
struct SurveySchoolSummaryNamesTests {
    let summary = SurveySchoolSummary(scores: try! ScaleScores(responses: SurveyReference.responses),
                                      suppression: .standard)

    /// Each school's PAL index and partnership mean, looked up by name, against R
    /// (`pal.schools` of survey-reference.json, made by Tests/Fixtures/scripts/survey_reference.R).
    @Test func schoolIndexAndMeasureByNameMatchR() throws {
        let schools = (SurveyReference.document["pal"] as! [String: Any])["schools"] as! [[String: Any]]
        var compared = 0
        for expected in schools {
            let cds = expected["cds"] as! String
            let school = try #require(summary.school(cds))
            #expect(school.respondentCount == expected["n"] as? Int)
            guard !school.isSuppressed else {
                #expect(school.index == nil && school.mean("partnership") == nil)
                continue
            }
            let index = try #require(school.index)
            #expect(agrees(index, SurveyReference.number(expected["pal_index"] as! [String: Any], "mean"), relative: 1e-12))
            let partnership = expected["partnership"] as! [String: Any]
            if let mean = school.mean("Partnership") {
                #expect(agrees(mean, SurveyReference.number(partnership, "mean"), relative: 1e-12))
                #expect(summary.measure("partnership")?.means[cds] == mean)
                compared += 1
            }
        }
        #expect(compared >= 5)
    }

    @Test func namesAreKeysTitlesOrIndex() throws {
        #expect(summary.measure("pal_index")?.measure.key == "pal_index")
        #expect(summary.measure("PAL index")?.measure.key == "pal_index")
        #expect(summary.measure("index")?.measure.key == "pal_index")
        #expect(summary.measure("data_use")?.measure == .area(.dataUse))
        #expect(summary.measure("no such scale") == nil)
        #expect(summary.school("00000000000000") == nil)
        let shown = try #require(summary.schoolResults.first { !$0.isSuppressed })
        #expect(shown.measure("index") == shown.measure("pal_index"))
    }

    @Test func suppressedSchoolsAreAbsentFromAMeasure() throws {
        let partnership = try #require(summary.measure("partnership"))
        let suppressed = summary.schoolResults.filter(\.isSuppressed).map(\.cds)
        #expect(!suppressed.isEmpty)
        for cds in suppressed { #expect(partnership.schools[cds] == nil) }
    }
}
