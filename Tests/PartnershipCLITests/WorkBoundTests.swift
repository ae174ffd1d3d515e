import Foundation
import Reporting
import Simulation
import Testing
import TestSupport
@testable import PartnershipCLI

/// Defect 3 of issue 11: runs that would never end (or run for hours) are refused before they start, naming the
/// bound and how to get under it.
@Suite struct WorkBoundTests {
    /// `--size-per-respondent 1e-300` made the Poisson draw loop for ever.
    @Test func tinySizePerRespondentIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (code, errors) = runCapturingErrors([
            "simulate-survey", "--schools", SurveyPaths.abcSchools, "--codebook", SurveyPaths.codebook, "--seed", "1",
            "--size-column", "num12", "--size-per-respondent", "1e-300",
            "--output", folder.appendingPathComponent("pal-synthetic.csv").path])
        #expect(code == 64)
        #expect(errors.count == 1 && errors[0].contains("more than the 1000000 a simulation accepts"), "\(errors)")
        #expect(filesIn(folder).isEmpty)
    }

    /// Many schools times many respondents each: 1,000 x 10,000 = 10^7 expected respondents.
    @Test func tooManyRespondentsAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schools = folder.appendingPathComponent("schools.csv")
        let rows = (0..<1000).map { String(format: "19%012d,%d,%d", $0, 600 + $0 % 300, $0 % 100) }
        try (["cds,api12,meals"] + rows).joined(separator: "\n").write(to: schools, atomically: true, encoding: .utf8)
        let (code, errors) = runCapturingErrors([
            "simulate-survey", "--schools", schools.path, "--codebook", SurveyPaths.codebook, "--seed", "1",
            "--respondents", "10000",
            "--output", folder.appendingPathComponent("pal-synthetic.csv").path])
        #expect(code == 64)
        #expect(errors.first?.contains("about 10000000 respondents from 1000 schools") == true, "\(errors)")
    }

    /// 100,000 schools x 100,000 replications would run for days; refused at once.
    @Test func hugePowerStudyIsRefused() {
        let (code, errors) = runCapturingErrors(["power", "--schools", "100000", "--effect", "25",
                                                 "--replications", "100000", "--seed", "1"])
        #expect(code == 64)
        #expect(errors.count == 1 && errors[0].contains("more than the \(PowerStudySettings.maximumFittedRows)"))
        // The shipped notebook's largest study is far inside the bound.
        let notebook = PowerStudySettings(schoolCounts: [20, 30, 60, 100], effects: [15, 25], models: [.growth],
                                          replications: 1000, seed: 2011)
        #expect(notebook.fittedRows == 420_000)
    }
}
