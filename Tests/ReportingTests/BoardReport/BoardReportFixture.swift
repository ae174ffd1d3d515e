import DataTable
import Education
import Foundation
import Reporting
import TestSupport

/// The shipped inputs of the main job, read once per test process (the growth file is 3 MB), and the report built
/// from them once: the snapshot, rendering and reference tests all look at the same report.
enum ShippedBoardReport {
    static let responsesPath = Fixtures.shipped("survey/pal-2011-abc-synthetic.csv").path
    static let codebookPath = Fixtures.shipped("survey/pal-codebook.yaml").path
    static let growthPath = Fixtures.shipped("api/ca-api-growth-2011-2013.csv").path
    static let basePath = Fixtures.shipped("api/ca-api-base-2012-reduced.csv").path

    static let files: Result<(APIGrowthFile, APIBaseFile), any Error> = Result {
        (try APIGrowthFile.read(file: growthPath), try APIBaseFile.read(file: basePath))
    }

    /// Inputs with the shipped API files and the responses at `responses` (default: the shipped synthetic survey).
    static func inputs(responses: String = responsesPath) throws -> BoardReportInputs {
        let (growth, base) = try files.get()
        let answers = try SurveyResponses.load(file: responses, codebook: try Codebook.load(file: codebookPath))
        return BoardReportInputs(responses: answers, growth: growth, base: base,
                                 fileNames: .init(responses: responses, codebook: codebookPath, growth: growthPath,
                                                  base: basePath))
    }

    /// The main job's report (default options).
    static let report: Result<BoardReport, any Error> = Result { try BoardReport(inputs: inputs()) }
}
