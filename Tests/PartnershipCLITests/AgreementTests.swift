import Education
import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// Defect 10 of issue 11: commands agree with each other and say one thing.
@Suite struct AgreementTests {
    /// `merge-years --district 9999999` wrote an empty table (exit 0) while `report` refused it (65).
    @Test func districtMatchingNoSchoolIsRefusedByBoth() throws {
        let merge = runCapturingErrors(["merge-years", "--district", "9999999"] + statewideInputs)
        let report = runCapturingErrors(["report", "--district", "9999999", "--output",
                                         try temporaryFolder().appendingPathComponent("rep").path])
        #expect(merge.code == 65 && report.code == 65)
        #expect(merge.errors.count == 1 && merge.errors == report.errors, "\(merge.errors) \(report.errors)")
        #expect(merge.errors.first?.contains("no school in the growth file has a CDS code starting 9999999") == true)
    }

    /// The help said "prefix" and the error "7-digit"; both now use the one wording.
    @Test func districtHelpAndErrorSayOneThing() {
        let meaning = LaggedMergeOptions.districtCodeMeaning
        let flat = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(flat(MergeYearsCommand.helpMessage(columns: 1000)).contains(meaning))
        #expect(flat(ReportCommand.helpMessage(columns: 1000)).contains(meaning))
        let bad = runCapturingErrors(["merge-years", "--district", "19-642"] + statewideInputs)
        #expect(bad.code == 64 && bad.errors.first?.contains(meaning) == true, "\(bad.errors)")
    }

    /// A notebook line with an unknown subcommand said "Unknown option '--data'".
    @Test func notebookNamesAnUnknownSubcommand() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notebook = folder.appendingPathComponent("n.md")
        try "```partnership\nfitt --data x.csv --formula \"y ~ x\"\n```\n".write(to: notebook, atomically: true, encoding: .utf8)
        let (code, errors) = try render(notebook.path, to: folder.appendingPathComponent("out.md").path)
        #expect(code == 64)
        #expect(errors.count == 1 && errors[0].hasPrefix("\(notebook.path):2: 'fitt' is not a partnership subcommand; "
                                                          + "use one of: fit, compare,"), "\(errors)")
        #expect(errors.first?.contains("render") == false)
    }

    /// A codebook that lacks one PAL area averaged five silently; the run now says so.
    @Test func codebookWithoutAnAreaSaysSo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try String(contentsOfFile: SurveyPaths.codebook, encoding: .utf8)
        var kept: [Substring] = []
        var skipping = false
        var inItems = false
        // Only the data_use items go; the scale declarations and the index after the items stay as they are.
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" ") && !line.isEmpty { inItems = line.hasPrefix("items:"); skipping = false }
            if inItems && line.hasPrefix("  - id: ") { skipping = line.hasPrefix("  - id: dat") }
            if !skipping { kept.append(line) }
        }
        let codebook = folder.appendingPathComponent("five-areas.yaml").path
        try kept.joined(separator: "\n").write(toFile: codebook, atomically: true, encoding: .utf8)
        let lines = try String(contentsOfFile: SurveyPaths.fixtureResponses, encoding: .utf8).split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let keep = header.indices.filter { !header[$0].hasPrefix("dat") }
        let responses = folder.appendingPathComponent("responses.csv").path
        try lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return keep.map { String(fields[$0]) }.joined(separator: ",")
        }.joined(separator: "\n").write(toFile: responses, atomically: true, encoding: .utf8)
        let run = try runExecutable(["score-survey", "--responses", responses, "--codebook", codebook])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors == "note: \(codebook): the codebook has no items for data_use, so pal_index is the mean of "
                + "the other 5 areas, not of all 6 PAL areas\n")
    }
}
