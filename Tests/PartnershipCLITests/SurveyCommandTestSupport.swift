import Foundation
import TestSupport

/// A fresh temporary folder for one test's outputs.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// The files in `folder`, hidden ones included (a partial output would be a hidden temporary file).
func filesIn(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}

/// Paths of the shipped survey files and the fixture survey.
enum SurveyPaths {
    static let codebook = Fixtures.shipped("survey/pal-codebook.yaml").path
    static let abcSchools = Fixtures.shipped("survey/abc-2011-schools.csv").path
    static let fixtureResponses = Fixtures.fixture("survey/pal-fixture-responses.csv").path
}
