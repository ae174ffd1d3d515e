import DataTable
import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

// Expected values: `python3 Tests/Fixtures/scripts/api_reference_counts.py` (ABC: two alternative schools, three
// more with fewer than 300 valid scores in 2011 or 2012).
@Suite struct ExclusionsCommandTests {
    @Test func csvListsEverySchoolAndReason() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("excluded.csv").path
        #expect(runPartnership(["exclusions"] + shippedInputs
                               + ["--min-valid-scores", "300", "--format", "csv", "--output", output]) == 0)
        let table = try CSVReader.read(file: output, options: CSVOptions(textColumns: ["cds"]))
        #expect(table.columnNames == ["cds", "school", "district", "status", "reason", "detail"])
        #expect(table.rowCount == 7)  // 2 alternative + 5 small (both alternative schools are also small)
        let reasons = try table.text("reason")
        #expect(reasons.filter { $0 == "alternative" }.count == 2)
        #expect(reasons.filter { $0 == "small_school" }.count == 5)
        let schools = try table.text("school")
        #expect(Set(schools.compactMap { $0 }) == ["Tracy (Wilbur) High (Continuation)", "ABC Secondary (Alternative)",
                                                   "Aloha Elementary", "Venn W. Furgeson Elementary",
                                                   "Benito Juarez Elementary"])
    }

    @Test func markdownGivesCountsAndTheTable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("excluded.md").path
        #expect(runPartnership(["exclusions"] + shippedInputs + ["--output", output]) == 0)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("- Schools in the file: 30; in district 1964212: 30."))  // the ABC lines of the shipped files
        #expect(text.contains("- Left out: 2 (2 alternative)"))
        #expect(text.contains("| 19642121931641 | Tracy (Wilbur) High (Continuation) |"))
    }

    @Test func jsonReportsStatewideBaseMatchNotes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("excluded.json").path
        #expect(runPartnership(["exclusions"] + statewideInputs + ["--district", "all", "--format", "json", "--output", output]) == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Any])
        // Python: "statewide merge rows 8988 with MEALS 8303"; 607 schools have SPED = A.
        #expect(summary["kept"] as? Int == 8988)
        #expect(summary["excluded_total"] as? Int == 607)
        let notes = try #require(summary["notes"] as? [String: Int])
        #expect(notes["ambiguous_base_match"]! + notes["unmatched_base_match"]! == 8988 - 8303)
    }

    @Test func errorsExitWithTheirCodes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("excluded.md").path
        #expect(runPartnership(["exclusions", "--format", "pdf", "--output", output]) == 64)
        #expect(runPartnership(["exclusions"] + shippedInputs + ["--outcome-year", "2014", "--output", output]) == 64)
        #expect(runPartnership(["exclusions", "--growth", shippedInputs[1], "--base", "/nonexistent/base.csv",
                                "--output", output]) == 66)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(ExclusionsCommand.helpMessage().contains("Example:"))
    }
}
