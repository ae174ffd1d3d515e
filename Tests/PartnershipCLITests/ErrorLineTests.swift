import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// Defect 5 of issue 11: a failing run prints exactly one `error:` line on standard error, nothing else; the
/// synthetic-data note comes only with a successful run.
@Suite struct ErrorLineTests {
    static let synthetic = Fixtures.shipped("survey/pal-2011-abc-synthetic.csv").path

    @Test func failureWithSyntheticInputPrintsOneLine() throws {
        let run = try runExecutable(["score-survey", "--responses", Self.synthetic, "--codebook", SurveyPaths.codebook,
                                     "--suppress-below", "1"])
        #expect(run.status == 64)
        let lines = run.errors.split(separator: "\n")
        #expect(lines.count == 1 && lines.first?.hasPrefix("error: ") == true, "\(run.errors)")
    }

    @Test func successWithSyntheticInputNotesIt() throws {
        let run = try runExecutable(["score-survey", "--responses", Self.synthetic, "--codebook", SurveyPaths.codebook])
        #expect(run.status == 0)
        #expect(run.errors == "note: \(Self.synthetic) is synthetic; so is this output\n")
        #expect(run.output.hasPrefix("cds,"))
    }
}
