import DataTable
import Foundation
import Regression
import Testing
import TestSupport
@testable import PartnershipCLI

/// `partnership report`: the main job, settings from options and config files, exit codes, and all-or-nothing output.
@Suite struct ReportCommandTests {
    /// Hidden partial or set-aside folders the writer might leave in `folder`.
    func leftovers(in folder: URL) -> [String] { filesIn(folder).filter { $0.hasPrefix(".") } }

    @Test func mainJobWritesTheSnapshotReportAndReplacesItOnARerun() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report")
        #expect(runPartnership(["report", "--output", output.path]) == 0)
        #expect(filesIn(output) == ["figures", "report.md"])
        #expect(filesIn(output.appendingPathComponent("figures")) == [
            "partnership-coefficients.svg", "partnership-vs-growth.svg", "residuals-vs-fitted.svg",
            "statewide-api-vs-poverty.svg", "statewide-growth-vs-poverty.svg",
        ])
        // The command's defaults are the library's: the same bytes as the committed snapshot.
        let written = try Data(contentsOf: output.appendingPathComponent("report.md"))
        let snapshot = try Data(contentsOf: Snapshot.folder("report").appendingPathComponent("report.md"))
        #expect(written == snapshot)

        // A rerun replaces the previous report whole (here without the statewide figures) and leaves nothing behind.
        #expect(runPartnership(["report", "--no-statewide", "--output", output.path]) == 0)
        #expect(filesIn(output.appendingPathComponent("figures")).count == 3)
        #expect(leftovers(in: folder).isEmpty)
    }

    @Test func badInputsFailWithTheirExitCodeAndLeaveNoReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let badResponses = folder.appendingPathComponent("bad-responses.csv")
        var text = try String(contentsOfFile: Fixtures.shipped("survey/pal-2011-abc-synthetic.csv").path, encoding: .utf8)
        text = text.replacingOccurrences(of: "R00002,19642121930056,teacher,3,", with: "R00002,19642121930056,teacher,7,")
        try text.write(to: badResponses, atomically: true, encoding: .utf8)
        let badCodebook = folder.appendingPathComponent("bad-codebook.yaml")
        try "instrument: x\nitems: [1\n".write(to: badCodebook, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("report").path

        let cases: [([String], Int32)] = [
            (["--responses", folder.appendingPathComponent("missing.csv").path], 66),
            (["--growth", folder.appendingPathComponent("missing-api.csv").path], 66),
            (["--responses", badResponses.path], 65),
            (["--codebook", badCodebook.path], 65),
            (["--vcov", "HC9"], 64),
            (["--level", "1.5"], 64),
            (["--suppress-below", "2"], 64),
            (["--district", "ABC"], 64),
            (["--survey-year", "2012", "--outcome-year", "2011"], 64),
            (["--colour", "blue"], 64),
        ]
        for (arguments, status) in cases {
            #expect(runPartnership(["report", "--no-statewide", "--output", output] + arguments) == status,
                    "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: output), "\(arguments) left a report folder")
            #expect(leftovers(in: folder).isEmpty, "\(arguments) left \(leftovers(in: folder))")
        }
    }

    @Test func failedRunLeavesAnExistingReportUntouched() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("figures"), withIntermediateDirectories: true)
        try "old report\n".write(to: output.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        try "<svg/>\n".write(to: output.appendingPathComponent("figures/old.svg"), atomically: true, encoding: .utf8)
        #expect(runPartnership(["report", "--output", output.path, "--responses", "/nonexistent/survey.csv"]) == 66)
        #expect(runPartnership(["report", "--output", output.path, "--vcov", "CR1:no_such_column", "--no-statewide"]) == 64)
        #expect(try String(contentsOf: output.appendingPathComponent("report.md"), encoding: .utf8) == "old report\n")
        #expect(filesIn(output.appendingPathComponent("figures")) == ["old.svg"])
        #expect(leftovers(in: folder).isEmpty)
    }

    @Test func refusesToReplaceAFolderOfOtherFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt")
        try "mine\n".write(to: notes, atomically: true, encoding: .utf8)
        #expect(runPartnership(["report", "--output", folder.path]) == 64)
        #expect(filesIn(folder) == ["notes.txt"])
        #expect(runPartnership(["report", "--output", notes.path]) == 64)
        #expect(try String(contentsOf: notes, encoding: .utf8) == "mine\n")
    }

    @Test func writerCleansUpWhenAFileCannotBeWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "old\n".write(to: output.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        // "figures" written as a file, then a file inside it: the second write fails half-way through the folder.
        #expect(throws: FileWriteError.self) {
            try ReportFolderOutput.write([("report.md", "new\n"), ("figures", "x"), ("figures/a.svg", "<svg/>")],
                                         to: output.path)
        }
        #expect(try String(contentsOf: output.appendingPathComponent("report.md"), encoding: .utf8) == "old\n")
        #expect(filesIn(output) == ["report.md"])
        #expect(leftovers(in: folder).isEmpty)
    }

    @Test func helpHasExamples() {
        #expect(ReportCommand.helpMessage().contains("Examples"))
        #expect(runPartnership(["report", "--help"]) == 0)
    }
}

/// Settings from the command line, a config file and the defaults.
@Suite struct ReportSettingsTests {
    @Test func defaultsAreTheMainJob() throws {
        let settings = try ReportSettings(command: ReportCommand.parse([]))
        #expect(settings.output == "report")
        #expect(settings.responses.hasSuffix("survey/pal-2011-abc-synthetic.csv"))
        #expect(settings.options.covariance == .hc3)
        #expect(settings.options.merge.districtPrefix == "1964212")
        #expect(settings.options.merge.surveyYear == 2011 && settings.options.merge.outcomeYear == 2012)
        #expect(settings.options.merge.excludeAlternative)
        #expect(settings.options.suppression.threshold == 5)
        #expect(settings.options.includeStatewide)
    }

    @Test func yamlConfigIsReadAndTheCommandLineWins() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("district.yaml")
        try """
            # my district
            responses: surveys/pal.csv     # relative to this file
            district: "0112345"
            survey_year: 2012
            outcome-year: 2013
            vcov: HC1
            keep-alternative: true
            exclude-charters: yes
            min-valid-scores: 100
            suppress-below: 10
            statewide: false
            output: 'out dir'

            """.write(to: config, atomically: true, encoding: .utf8)
        let settings = try ReportSettings(command: ReportCommand.parse(["--config", config.path, "--vcov", "HC2"]))
        #expect(settings.responses == folder.appendingPathComponent("surveys/pal.csv").path)
        #expect(settings.output == folder.appendingPathComponent("out dir").path)
        let o = settings.options
        #expect(o.covariance == .hc2)                   // the command line wins
        #expect(o.merge.districtPrefix == "0112345" && o.merge.surveyYear == 2012 && o.merge.outcomeYear == 2013)
        #expect(!o.merge.excludeAlternative && o.merge.excludeCharters && !o.merge.excludeSpecialEducation)
        #expect(o.merge.minimumValidScores == 100 && o.suppression.threshold == 10 && !o.includeStatewide)
    }

    @Test func jsonConfigIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("district.json")
        try #"{"district": "all", "level": 0.9, "statewide": false, "influential_schools": 3}"#
            .write(to: config, atomically: true, encoding: .utf8)
        let o = try ReportSettings(command: ReportCommand.parse(["--config", config.path])).options
        #expect(o.merge.districtPrefix == nil && o.level == 0.9 && !o.includeStatewide && o.influentialSchools == 3)
    }

    @Test func configMistakesAreUsageErrorsNamingTheLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("bad.yaml")
        for (text, expected) in [("vcov: HC3\ncolour: blue\n", "bad.yaml:2: unknown setting 'colour'"),
                                 ("survey-year: soon\n", "'survey-year: soon' is not a year"),
                                 ("district: 1964212\n  nested: 1\n", "bad.yaml:2: expected 'key: value'"),
                                 ("vcov: HC3\nvcov: HC1\n", "bad.yaml:2: 'vcov' is set twice")] {
            try text.write(to: config, atomically: true, encoding: .utf8)
            #expect(throws: CommandError.self) { try ReportSettings(command: ReportCommand.parse(["--config", config.path])) }
            do {
                _ = try ReportSettings(command: ReportCommand.parse(["--config", config.path]))
            } catch let error as CommandError {
                #expect(error.status == .usage)
                #expect(error.message.contains(expected), "\(error.message)")
            }
        }
        #expect(runPartnership(["report", "--config", folder.appendingPathComponent("none.yaml").path]) == 66)
    }
}
