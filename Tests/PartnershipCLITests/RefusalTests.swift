import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// Defect 6 of issue 11: inputs that were accepted although nothing sensible can come of them are refused.
@Suite struct RefusalTests {
    func responsesLines() throws -> [String] {
        try String(contentsOfFile: SurveyPaths.fixtureResponses, encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// A responses file with only a header scored "successfully" (an empty table, exit 0).
    @Test func headerOnlyResponsesAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("header.csv").path
        try (responsesLines()[0] + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let (code, errors) = runCapturingErrors(["score-survey", "--responses", path, "--codebook", SurveyPaths.codebook])
        #expect(code == 65)
        #expect(errors == ["\(path):2: the responses file has a header but no respondents; score a file with at least "
                           + "one row of answers"])
    }

    /// An answer `3` followed by a NUL byte was read as 3 (`Double(String)` stops at the NUL).
    @Test func answerWithANulByteIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try responsesLines()
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[3] += "\u{0}"
        lines[1] = fields.joined(separator: ",")
        let path = folder.appendingPathComponent("nul.csv").path
        try Array(lines.prefix(3)).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let (code, errors) = runCapturingErrors(["score-survey", "--responses", path, "--codebook", SurveyPaths.codebook])
        #expect(code == 65)
        #expect(errors.count == 1 && errors[0].hasPrefix("\(path):2:4: item 'cul1' has the answer '\(fields[3].dropLast())\\u{0}'"),
                "\(errors)")
    }

    /// Values reaching 1e308 gave exit 0, every number NA and "about NA lower".
    @Test(arguments: [("y", "y,x\n1e308,1\n-1e308,2\n1e308,3\n-1e308,5\n1e308,4\n"),
                      ("x", "y,x\n1,1e308\n2,-1e308\n3,1e308\n4,-1e307\n5,4\n")])
    func overflowingFitNamesTheColumnToRescale(_ column: String, _ csv: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let (code, errors) = runCapturingErrors(["fit", "--data", path, "--formula", "y ~ x"])
        #expect(code == 65)
        #expect(errors.count == 1 && errors[0].contains("rescale \(column) "), "\(errors)")
    }
}
