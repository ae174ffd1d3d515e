import Foundation
import TestSupport

/// The files in `folder`, hidden ones included (a partial output would be a hidden temporary file).
func filesIn(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}

/// Paths of the shipped survey files and the fixture survey.
enum SurveyPaths {
    static let codebook = Fixtures.shipped("survey/pal-codebook.yaml").path
    static let abcSchools = Fixtures.shipped("survey/abc-2011-2012-schools.csv").path
    static let fixtureResponses = Fixtures.fixture("survey/pal-fixture-responses.csv").path
}
