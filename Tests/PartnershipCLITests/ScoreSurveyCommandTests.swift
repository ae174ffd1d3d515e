import DataTable
import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// `partnership score-survey`: outputs, exit codes, and no partial files on failure.
struct ScoreSurveyCommandTests {
    @Test func writesTheSchoolTableReliabilityAndRoleRows() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("schools.csv").path
        let reliability = folder.appendingPathComponent("reliability.json").path
        let roles = folder.appendingPathComponent("roles.csv").path
        let status = runPartnership(["score-survey", "--responses", SurveyPaths.fixtureResponses, "--codebook", SurveyPaths.codebook,
                                     "--output", output, "--reliability", reliability, "--by-role", roles])
        #expect(status == 0)
        let table = try CSVReader.read(file: output, options: CSVOptions(textColumns: ["cds"]))
        #expect(table.rowCount == 16)
        #expect(Array(table.columnNames.prefix(4)) == ["cds", "n_respondents", "suppressed", "pal_index"])
        #expect(try table.text("cds").first == "01611190000011")      // leading zero kept
        #expect(try table.numeric("suppressed").compactMap { $0 }.reduce(0, +) == 2)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reliability))) as! [String: Any]
        #expect((json["scales"] as! [Any]).count == 6 && (json["icc"] as! [Any]).count == 7)
        #expect(try CSVReader.read(file: roles).columnNames.prefix(2) == ["cds", "role"])
        #expect(filesIn(folder) == ["reliability.json", "roles.csv", "schools.csv"])
    }

    @Test func jsonOutputHoldsEverySection() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("survey.json").path
        #expect(runPartnership(["score-survey", "--responses", SurveyPaths.fixtureResponses, "--codebook", SurveyPaths.codebook,
                                "--format", "json", "--min-answered", "0.75", "--suppress-below", "10", "--output", output]) == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as! [String: Any]
        #expect(json["min_answered"] as? Double == 0.75 && json["suppress_below"] as? Int == 10)
        #expect(json["respondents"] as? Int == 295 && json["school_count"] as? Int == 16)
        #expect(json["synthetic"] as? Bool == false)
        // Threshold 10: the fixture's schools with 2, 4, 5, 5 and 7 respondents are suppressed.
        #expect(json["schools_suppressed"] as? Int == 5)
        for key in ["schools", "by_role", "reliability", "suppression_rule"] { #expect(json[key] != nil, "\(key)") }
    }

    @Test func badAnswerExitsWithBadDataAndLeavesNoFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let responses = folder.appendingPathComponent("bad.csv")
        var text = try String(contentsOfFile: SurveyPaths.fixtureResponses, encoding: .utf8)
        text = text.replacingOccurrences(of: "T0003,01611190000029,teacher,", with: "T0003,01611190000029,teacher,7")
        try text.write(to: responses, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("schools.csv").path
        #expect(runPartnership(["score-survey", "--responses", responses.path, "--codebook", SurveyPaths.codebook,
                                "--output", output]) == 65)
        #expect(filesIn(folder) == ["bad.csv"])
    }

    @Test func missingFilesAndBadSettingsHaveTheirExitCodes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("schools.csv").path
        let base = ["score-survey", "--codebook", SurveyPaths.codebook, "--output", output]
        #expect(runPartnership(base + ["--responses", folder.appendingPathComponent("none.csv").path]) == 66)
        #expect(runPartnership(["score-survey", "--responses", SurveyPaths.fixtureResponses, "--codebook", "/no/book.yaml",
                                "--output", output]) == 66)
        #expect(runPartnership(base + ["--responses", SurveyPaths.fixtureResponses, "--suppress-below", "2"]) == 64)
        #expect(runPartnership(base + ["--responses", SurveyPaths.fixtureResponses, "--min-answered", "1.5"]) == 64)
        #expect(runPartnership(base + ["--responses", SurveyPaths.fixtureResponses, "--format", "xml"]) == 64)
        #expect(filesIn(folder).isEmpty)
    }

    @Test func helpHasAnExample() {
        #expect(runPartnership(["score-survey", "--help"]) == 0)
        #expect(ScoreSurveyCommand.helpMessage().contains("Example"))
    }
}
