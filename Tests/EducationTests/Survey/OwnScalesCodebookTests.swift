import Foundation
import Testing
import TestSupport
@testable import Education
import DataTable

/// Codebooks that define their own scales (2 and 9 scales, none of them PAL areas, one index over a subset of the
/// scales), scored on synthetic responses and checked against `Tests/Fixtures/survey/own-scales/own-scales-reference.json`,
/// which `Tests/Fixtures/scripts/own_scales_reference.py` computes independently (Python `statistics`).
struct OwnScalesCodebookTests {
    nonisolated(unsafe) static let reference: [String: Any] = {
        let data = try! Data(contentsOf: Fixtures.fixture("survey/own-scales/own-scales-reference.json"))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    func load(_ name: String) throws -> (Codebook, SurveyResponses) {
        let codebook = try Codebook.load(file: Fixtures.fixture("survey/own-scales/\(name)-scales-codebook.yaml").path)
        let responses = try SurveyResponses.load(
            file: Fixtures.fixture("survey/own-scales/\(name)-scales-synthetic-responses.csv").path, codebook: codebook)
        return (codebook, responses)
    }

    func close(_ actual: Double?, _ expected: Any?) -> Bool {
        guard let number = expected as? NSNumber else { return actual == nil }
        guard let actual else { return false }
        return abs(actual - number.doubleValue) <= 1e-12 * max(1, abs(actual))
    }

    @Test func scalesAndIndexComeFromTheCodebook() throws {
        let (two, _) = try load("two")
        #expect(two.scales.map(\.rawValue) == ["trust", "voice"])
        #expect(two.scales.map(\.title) == ["Trust between staff", "Teacher voice"])
        #expect(two.index == SurveyIndex(key: "climate_index", title: "Climate index"))
        #expect(two.missingAreasNote == nil)
        let (nine, _) = try load("nine")
        #expect(nine.areas.count == 9)
        #expect(nine.indexAreas.map(\.rawValue) == ["s1", "s3", "s5", "s9"])
        #expect(nine.indexMeasure.key == "core_index")
    }

    @Test(arguments: ["two", "nine"])
    func respondentAndSchoolScoresMatchPython(name: String) throws {
        let (codebook, responses) = try load(name)
        let expected = Self.reference[name] as! [String: Any]
        let scores = try ScaleScores(responses: responses)
        let respondents = expected["respondents"] as! [[String: Any]]
        #expect(respondents.count == scores.respondents.count)
        var compared = 0
        for (want, got) in zip(respondents, scores.respondents) {
            #expect(want["id"] as! String == got.respondentID)
            for (position, area) in codebook.areas.enumerated() {
                #expect(close(got.areaScores[position], want[area.rawValue]), "\(got.respondentID) \(area)")
                compared += 1
            }
            #expect(close(got.palIndex, want["index"]), "\(got.respondentID) index")
        }
        #expect(compared == respondents.count * codebook.areas.count)

        let summary = SurveySchoolSummary(scores: scores, suppression: try SuppressionRule(threshold: 5))
        #expect(summary.measures.first?.key == codebook.index.key)
        let schools = expected["schools"] as! [[String: Any]]
        for (want, got) in zip(schools, summary.schools) {
            #expect(want["cds"] as! String == got.cds)
            let measures = try #require(got.measures)
            for (m, measure) in summary.measures.enumerated() {
                let key = measure.isIndex ? "index" : measure.key
                #expect(close(measures[m].mean, want[key]), "\(got.cds) \(key)")
            }
        }
    }

    @Test(arguments: ["two", "nine"])
    func cronbachAlphaMatchesPython(name: String) throws {
        let (codebook, responses) = try load(name)
        let expected = (Self.reference[name] as! [String: Any])["alpha"] as! [String: [String: Any]]
        for area in codebook.areas {
            let reliability = ScaleReliability(responses: responses, area: area)
            let want = try #require(expected[area.rawValue])
            #expect(reliability.completeCases == want["complete_cases"] as! Int)
            #expect(close(reliability.alpha?.rawAlpha, want["alpha"]), "\(name) \(area)")
        }
    }

    @Test func anItemOnAnUndeclaredScaleNamesItsLine() throws {
        let yaml = """
            instrument: t
            scale: {min: 1, max: 4}
            scales:
              - id: trust
            items:
              - id: q1
                area: trust
                text: One.
              - id: q2
                area: culture
                text: Two.
            """
        do {
            _ = try Codebook(yaml: yaml, source: "own.yaml")
            Issue.record("an undeclared scale was accepted")
        } catch let error as PartnershipError {
            #expect(error.location.line == 10)
            #expect(error.message.contains("'culture'") && error.message.contains("use one of: trust"))
        }
    }

    @Test func anIndexOnAnUndeclaredScaleIsRefused() throws {
        let yaml = """
            instrument: t
            scale: {min: 1, max: 4}
            scales: [{id: a}, {id: b}]
            index: {key: ab, title: AB, scales: [a, c]}
            items:
              - {id: q1, area: a, text: One.}
            """
        #expect(throws: PartnershipError.self) { try Codebook(yaml: yaml, source: "own.yaml") }
    }
}
