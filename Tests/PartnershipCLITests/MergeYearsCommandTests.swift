import DataTable
import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// A fresh temporary folder for one test's files.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnership-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// The shipped growth and base files, named explicitly so the tests do not depend on the current folder.
let statewideInputs = ["--growth", Fixtures.shipped("api/ca-api-growth-2011-2013.csv").path,
                       "--base", Fixtures.shipped("api/ca-api-base-2012-reduced.csv").path]

/// The header and ABC Unified's lines of the shipped growth and base files, written once to a temporary folder:
/// the same merge for ABC as the whole files give (the base file's other schools cannot match ABC's names), at a
/// fraction of the reading time, which keeps these tests fast.
let shippedInputs: [String] = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnership-cli-abc-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var arguments: [String] = []
    for (option, name) in [("--growth", "api/ca-api-growth-2011-2013.csv"), ("--base", "api/ca-api-base-2012-reduced.csv")] {
        let text = try! String(contentsOf: Fixtures.shipped(name), encoding: .isoLatin1)
        let lines = text.split(separator: "\n")
        let subset = [lines[0]] + lines.dropFirst().filter { $0.contains(",ABC Unified,") }
        let path = folder.appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent).path
        try! (subset.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        arguments += [option, path]
    }
    return arguments
}()

// Expected values: `python3 Tests/Fixtures/scripts/api_reference_counts.py` ("ABC merge rows 28",
// "19642121930056 Cerritos High API11 869 API12 868 MEALS 25 P_EL 5").
@Suite struct MergeYearsCommandTests {
    @Test func writesABCUnifiedsMergedTable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("abc.csv").path
        #expect(runPartnership(["merge-years"] + shippedInputs + ["--output", output]) == 0)
        let table = try CSVReader.read(file: output, options: CSVOptions(textColumns: ["cds"]))
        #expect(table.rowCount == 28)
        let row = try #require(try table.text("cds").firstIndex(of: "19642121930056"))
        #expect(try table.numeric("api11")[row] == 869)
        #expect(try table.numeric("api12")[row] == 868)
        #expect(try table.numeric("meals")[row] == 25)
        #expect(try table.numeric("p_el")[row] == 5)
    }

    @Test func writesJSONWithTheExclusionSummary() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("abc.json").path
        #expect(runPartnership(["merge-years"] + shippedInputs
                               + ["--keep-alternative", "--min-valid-scores", "300", "--format", "json", "--output", output]) == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        // 30 ABC schools, 5 with fewer than 300 valid scores in 2011 or 2012 (Python: 3 regular + 2 alternative).
        #expect(document["n"] as? Int == 25)
        let exclusions = try #require(document["exclusions"] as? [String: Any])
        #expect((exclusions["excluded"] as? [String: Int])?["small_school"] == 5)
        #expect((exclusions["excluded"] as? [String: Int])?["alternative"] == 0)
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.first?["cds"] as? String == "19642121930056")
        #expect(rows.first?["api12"] as? Int == 868)
    }

    @Test func joinsASurveyFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let survey = folder.appendingPathComponent("survey.csv").path
        try "cds,partnership\n19642121930056,3.5\n19642126010920,2.75\n".write(toFile: survey, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("abc.csv").path
        #expect(runPartnership(["merge-years"] + shippedInputs + ["--survey", survey, "--output", output]) == 0)
        let table = try CSVReader.read(file: output, options: CSVOptions(textColumns: ["cds"]))
        #expect(try table.numeric("partnership").compactMap { $0 } == [3.5, 2.75])
    }

    @Test func usageErrorsExit64() throws {
        #expect(runPartnership(["merge-years", "--format", "xml"]) == 64)
        #expect(runPartnership(["merge-years"] + shippedInputs + ["--survey-year", "2010"]) == 64)
        #expect(runPartnership(["merge-years"] + shippedInputs + ["--district", "ABC"]) == 64)
        #expect(runPartnership(["merge-years"] + shippedInputs + ["--survey-year", "2012", "--outcome-year", "2011"]) == 64)
    }

    @Test func badSurveyExits65AndLeavesTheOutputAlone() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let survey = folder.appendingPathComponent("survey.csv").path
        try "cds,partnership\n19642121930056,3.5\n19642121930056,2.75\n".write(toFile: survey, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("abc.csv").path
        try "previous contents\n".write(toFile: output, atomically: true, encoding: .utf8)
        #expect(runPartnership(["merge-years"] + shippedInputs + ["--survey", survey, "--output", output]) == 65)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous contents\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["abc.csv", "survey.csv"])
    }

    @Test func missingInputExits66AndWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("abc.csv").path
        #expect(runPartnership(["merge-years", "--growth", folder.appendingPathComponent("none.csv").path,
                                "--output", output]) == 66)
        #expect(runPartnership(["merge-years"] + shippedInputs
                               + ["--survey", folder.appendingPathComponent("none.csv").path, "--output", output]) == 66)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func helpHasAnExample() {
        let help = MergeYearsCommand.helpMessage()
        #expect(help.contains("Example:") && help.contains("partnership merge-years"))
        #expect(help.contains("--keep-alternative") && help.contains("--min-valid-scores"))
    }
}
