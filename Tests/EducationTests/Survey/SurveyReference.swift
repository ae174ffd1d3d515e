import Education
import Foundation
import TestSupport

/// The R reference values of `Tests/Fixtures/survey/survey-reference.json`, made by
/// `Tests/Fixtures/scripts/survey_reference.R` (R 4.2.2, psych 2.2.9, multilevel 2.7) from the fixture survey
/// `Tests/Fixtures/survey/pal-fixture-responses.csv` and psychTools' `bfi`.
enum SurveyReference {
    /// The parsed JSON document.
    nonisolated(unsafe) static let document: [String: Any] = {
        let data = try! Data(contentsOf: Fixtures.fixture("survey/survey-reference.json"))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    /// `pal.scales.<area>` or `bfi.<scale>`.
    static func scale(_ path: [String]) -> [String: Any] {
        var node: Any = document
        for key in path { node = (node as! [String: Any])[key]! }
        return node as! [String: Any]
    }

    static func number(_ object: [String: Any], _ key: String) -> Double {
        (object[key] as! NSNumber).doubleValue
    }

    static func numbers(_ object: [String: Any], _ key: String) -> [Double] {
        (object[key] as! [NSNumber]).map(\.doubleValue)
    }

    /// The fixture's codebook (the shipped PAL codebook) and responses.
    static let codebook: Codebook = try! Codebook.load(file: Fixtures.shipped("survey/pal-codebook.yaml").path)
    static let responses: SurveyResponses = try! SurveyResponses.load(
        file: Fixtures.fixture("survey/pal-fixture-responses.csv").path, codebook: codebook)
}
