import Foundation
import Testing
import TestSupport

/// `partnership report --config` on a district's own files (issue 8): the NYC 2011 example against statsmodels, a
/// district without a prior year, and the one-line refusals of a bad data description.
@Suite struct OwnFilesReportTests {
    static let nycConfig = Fixtures.shipped("nyc/nyc-2011.yaml").path

    /// Runs the report with `config` into a fresh folder; returns the run and the folder.
    func report(_ config: String) throws -> (ExecutableRun, URL) {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("report")
        return (try runExecutable(["report", "--config", config, "--output", output.path]), output)
    }

    /// A config in a fresh folder: the NYC description with absolute paths, `edit` applied to its lines.
    func config(_ edit: ([String]) -> [String]) throws -> String {
        let text = try String(contentsOfFile: OwnFilesReportTests.nycConfig, encoding: .utf8)
        let nyc = Fixtures.shipped("nyc").path
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for key in ["survey-scores", "achievement", "poverty"] where line.hasPrefix(key + ": ") {
                return key + ": " + nyc + "/" + line.dropFirst(key.count + 2)
            }
            return String(line)
        }
        let path = try temporaryFolder().appendingPathComponent("district.yaml").path
        try edit(lines).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    /// report.json against Tests/Fixtures/nyc/nyc-2011-reference.json, made by
    /// Tests/Fixtures/scripts/nyc_2011_reference.py (pandas builds the school table from the raw files, statsmodels
    /// OLS with HC3 fits the models); report.md against the committed rendered report.
    @Test func nycReportAgreesWithStatsmodels() throws {
        let (run, output) = try report(OwnFilesReportTests.nycConfig)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(run.status == 0, "\(run.errors)")
        let ours = try json(output.appendingPathComponent("report.json"))
        let reference = try json(Fixtures.fixture("nyc/nyc-2011-reference.json"))
        let sample = ours["sample"] as! [String: Any]
        #expect(sample["keys"] as! [String] == reference["dbns"] as! [String])
        #expect(sample["schools_used"] as! Int == 299)
        let models = ours["models"] as! [[String: Any]], expected = reference["models"] as! [[String: Any]]
        #expect(models.count == expected.count)
        for (model, want) in zip(models, expected) {
            #expect(model["formula"] as! String == want["formula"] as! String)
            #expect(model["n"] as! Int == want["n"] as! Int)
            for key in ["r_squared", "adj_r_squared", "holm_p_value"] {
                #expect(close(model[key] as! Double, want[key] as! Double), "\(want["formula"]!) \(key)")
            }
            let rows = model["coefficients"] as! [[String: Any]], wantRows = want["coefficients"] as! [[String: Any]]
            #expect(rows.map { $0["term"] as! String } == wantRows.map { $0["term"] as! String })
            for (row, wantRow) in zip(rows, wantRows) {
                for key in ["estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high", "df"] {
                    #expect(close(row[key] as! Double, wantRow[key] as! Double), "\(want["formula"]!) \(key)")
                }
            }
        }
        let markdown = try Data(contentsOf: output.appendingPathComponent("report.md"))
        let snapshot = try Data(contentsOf: Snapshot.folder("report-nyc").appendingPathComponent("report.md"))
        #expect(markdown == snapshot)
    }

    /// Relative difference at most 1e-8 (absolute for numbers below 1).
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-8 * max(1, abs(b)) }

    @Test func withoutAPriorYearOnlyTheLevelModelsAreFittedAndTheReportSaysWhy() throws {
        let path = try config { $0.filter { !$0.hasPrefix("prior-") } }
        let (run, output) = try report(path)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(run.status == 0, "\(run.errors)")
        let models = try json(output.appendingPathComponent("report.json"))["models"] as! [[String: Any]]
        #expect(Set(models.map { $0["kind"] as! String }) == ["level", "level_poverty"])
        let markdown = try String(contentsOf: output.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("gives no prior-year outcome, so the growth and lagged models cannot be fitted"))
        // Without a prior year one school more is complete (the one with no 2010 value).
        let sample = try json(output.appendingPathComponent("report.json"))["sample"] as! [String: Any]
        #expect(sample["schools_used"] as! Int == 300)
    }

    @Test(arguments: [
        ("achievement-value: Mean Scale Score", "achievement-value: Mean Scale Scor", Int32(64), "close names: 'Mean Scale Score'"),
        ("achievement-key: DBN", "achievement-key: Grade", 65, "matches a school"),
        ("achievement-weight: Number Tested", "", 65, "has two rows after the filters"),
        ("survey-range: 0-10", "survey-range: 0-5", 65, "is outside its stated range 0-5"),
        ("vcov: HC3", "vcov: HC3\nsurvey-colour: blue", 64, "unknown setting 'survey-colour'"),
    ])
    func aBadDescriptionIsRefusedInOneLineAndNothingIsWritten(_ old: String, _ new: String, _ status: Int32,
                                                               _ message: String) throws {
        let path = try config { lines in lines.map { $0 == old ? new : $0 } }
        let (run, output) = try report(path)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(run.status == status, "\(run.errors)")
        #expect(run.errors.hasPrefix("error: ") && run.errors.contains(message), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// The California report on a codebook with two scales of other names and its own index: the index's key is the
    /// model term and its title the label (scale scoring itself is checked against Python in OwnScalesCodebookTests).
    @Test func aCodebookWithOtherScalesReportsItsOwnIndex() throws {
        let codebook = Fixtures.fixture("survey/own-scales/pal-items-two-scales-codebook.yaml").path
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report")
        let run = try runExecutable(["report", "--codebook", codebook, "--output", output.path])
        #expect(run.status == 0, "\(run.errors)")
        let markdown = try String(contentsOf: output.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("| Partnership (Climate index, 1-5) "))
        #expect(markdown.contains("The Climate index is the mean of the 2 area scores"))
        #expect(markdown.contains("| Climate index | Working together | Support for teaching |"))
        #expect(markdown.contains("api12 ~ climate_index + meals + api11"))
        #expect(!markdown.contains("pal_index"))
    }
}
