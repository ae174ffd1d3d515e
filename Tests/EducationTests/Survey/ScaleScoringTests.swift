import Testing
import TestSupport
@testable import Education

/// Scale scores: reverse coding, the minimum answered share, and the PAL index, against hand values and R.
struct ScaleScoringTests {
    /// A two-area codebook small enough to score by hand.
    static let codebook = try! Codebook(instrument: "t", items: [
        CodebookItem(id: "a1", text: "A1", area: .culture, scale: ResponseScale(minimum: 1, maximum: 5)),
        CodebookItem(id: "a2", text: "A2", area: .culture, scale: ResponseScale(minimum: 1, maximum: 5), isReverseCoded: true),
        CodebookItem(id: "a3", text: "A3", area: .culture, scale: ResponseScale(minimum: 1, maximum: 5)),
        CodebookItem(id: "p1", text: "P1", area: .partnership, scale: ResponseScale(minimum: 1, maximum: 5)),
        CodebookItem(id: "p2", text: "P2", area: .partnership, scale: ResponseScale(minimum: 1, maximum: 5)),
    ])

    func scores(_ answers: [Double?], share: Double = 0.5) throws -> RespondentScores {
        let responses = try SurveyResponses(codebook: Self.codebook, respondents: [
            SurveyRespondent(id: "x", cds: "19642120000011", role: .teacher, answers: answers)])
        return try ScaleScores(responses: responses, minimumAnsweredShare: share).respondents[0]
    }

    @Test func reverseCodedItemsAreFlippedBeforeAveraging() throws {
        // culture: 4, (6 - 2) = 4, 1 -> 3; partnership: (5 + 2)/2 = 3.5; index (3 + 3.5)/2.
        let result = try scores([4, 2, 1, 5, 2])
        #expect(result.areaScores == [3, 3.5])
        #expect(result.palIndex == 3.25)
    }

    @Test func areaNeedsTheMinimumShareAnswered() throws {
        // 1 of 3 culture items answered is below half: no culture score, so no index; 1 of 2 partnership is half.
        let result = try scores([4, nil, nil, 5, nil])
        #expect(result.areaScores == [nil, 5])
        #expect(result.palIndex == nil)
        // 2 of 3 answered is enough at 0.5 and at 0.6 (0.6 x 3 = 1.8), not at 0.7.
        #expect(try scores([4, 2, nil, 5, 2], share: 0.6).areaScores[0] == 4)
        #expect(try scores([4, 2, nil, 5, 2], share: 0.7).areaScores[0] == nil)
        // Exactly all items at share 1.
        #expect(try scores([4, 2, 1, 5, 2], share: 1).areaScores == [3, 3.5])
    }

    @Test func shareOutsideZeroToOneIsRefused() {
        #expect(throws: SurveyError.self) { try scores([4, 2, 1, 5, 2], share: 0) }
        #expect(throws: SurveyError.self) { try scores([4, 2, 1, 5, 2], share: 1.2) }
    }

    /// School means, SDs and counts of every measure on the fixture, before suppression, against R
    /// (`schools` in survey-reference.json: rowMeans of answered items with at least half answered).
    @Test func schoolMeansMatchR() throws {
        let scores = try ScaleScores(responses: SurveyReference.responses)
        let permissive = try SuppressionRule(threshold: 3)
        let summary = SurveySchoolSummary(scores: scores, suppression: permissive)
        let reference = SurveyReference.document["pal"] as! [String: Any]
        let schools = reference["schools"] as! [[String: Any]]
        #expect(schools.count == summary.schools.count)
        #expect(scores.respondents.filter { $0.palIndex != nil }.count == (reference["respondents_with_index"] as! Int))
        var compared = 0
        for (expected, actual) in zip(schools, summary.schools) {
            #expect(expected["cds"] as! String == actual.cds)
            #expect((expected["n"] as! Int) == actual.respondentCount)
            guard let measures = actual.measures else { continue }
            for (index, measure) in summary.measures.enumerated() {
                let values = expected[measure.key] as! [String: Any]
                #expect(values["n"] as! Int == measures[index].respondentCount)
                if let mean = measures[index].mean {
                    #expect(agrees(mean, SurveyReference.number(values, "mean"), relative: 1e-12))
                    compared += 1
                }
                if let sd = measures[index].standardDeviation {
                    #expect(agrees(sd, SurveyReference.number(values, "sd"), relative: 1e-10))
                }
            }
        }
        #expect(compared >= 13 * 7)
    }
}
