import DataTable
import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// `partnership simulate-survey`: the shipped synthetic survey is reproducible, outputs are labelled synthetic, and
/// failures leave nothing behind.
struct SimulateSurveyCommandTests {
    /// The commands documented in data/survey/README.md, as argument lists (the lines starting `partnership `).
    static func documentedCommands() throws -> [[String]] {
        let readme = try String(contentsOf: Fixtures.shipped("survey/README.md"), encoding: .utf8)
        return readme.split(separator: "\n").filter { $0.hasPrefix("partnership ") }
            .map { $0.split(separator: " ").dropFirst().map(String.init) }
    }

    /// Replays the README's commands in order, with input paths made absolute and every output (`--output`,
    /// `--truth`) redirected to a temporary folder (later commands read the earlier commands' fresh outputs), then
    /// compares each output with the shipped file byte for byte. `merge-years` is pointed at ABC Unified's lines of
    /// the shipped API files (`shippedInputs`, which give the same ABC merge as the whole files) to keep the test fast.
    @Test func shippedSurveyIsReproducedFromThisReadme() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands = try Self.documentedCommands()
        #expect(commands.map { $0.first } == ["merge-years", "simulate-survey"])
        #expect(commands.last?.contains("--seed") == true)
        var made: [String: String] = [:]  // shipped path -> fresh path
        for var arguments in commands {
            for (index, argument) in arguments.enumerated() where argument.hasPrefix("data/") {
                let shipped = Fixtures.repositoryRoot.appendingPathComponent(argument).path
                if index > 0, ["--output", "--truth"].contains(arguments[index - 1]) {
                    let fresh = folder.appendingPathComponent(URL(fileURLWithPath: argument).lastPathComponent).path
                    made[shipped] = fresh
                    arguments[index] = fresh
                } else {
                    arguments[index] = made[shipped] ?? shipped
                }
            }
            if arguments.first == "merge-years" { arguments += shippedInputs }
            #expect(runPartnership(arguments) == 0, "partnership \(arguments.joined(separator: " "))")
        }
        #expect(made.count == 3)
        for (shipped, fresh) in made {
            let freshBytes = try Data(contentsOf: URL(fileURLWithPath: fresh))
            let shippedBytes = try Data(contentsOf: URL(fileURLWithPath: shipped))
            #expect(freshBytes == shippedBytes, "\(shipped) differs from a fresh run of the README's commands")
        }
    }

    @Test func outputNameMustSaySynthetic() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ["simulate-survey", "--schools", SurveyPaths.abcSchools, "--codebook", SurveyPaths.codebook, "--seed", "1"]
        #expect(runPartnership(base + ["--output", folder.appendingPathComponent("pal-2011.csv").path]) == 64)
        #expect(runPartnership(base + ["--output", folder.appendingPathComponent("pal-synthetic.csv").path,
                                       "--truth", folder.appendingPathComponent("truth.csv").path]) == 64)
        #expect(filesIn(folder).isEmpty)
        #expect(runPartnership(base + ["--output", folder.appendingPathComponent("pal-SYNTHETIC.csv").path]) == 0)
        #expect(filesIn(folder) == ["pal-SYNTHETIC.csv"])
    }

    @Test func impossibleEffectIsAUsageErrorWithNoFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("pal-synthetic.csv").path
        #expect(runPartnership(["simulate-survey", "--schools", SurveyPaths.abcSchools, "--codebook", SurveyPaths.codebook,
                                "--seed", "1", "--effect", "400", "--output", output]) == 64)
        #expect(runPartnership(["simulate-survey", "--schools", SurveyPaths.abcSchools, "--codebook", SurveyPaths.codebook,
                                "--seed", "1", "--outcome-column", "api99", "--output", output]) == 64)
        #expect(runPartnership(["simulate-survey", "--schools", "/no/schools.csv", "--codebook", SurveyPaths.codebook,
                                "--seed", "1", "--output", output]) == 66)
        #expect(runPartnership(["simulate-survey", "--schools", SurveyPaths.abcSchools, "--codebook", SurveyPaths.codebook,
                                "--output", output]) == 64)  // no seed
        #expect(filesIn(folder).isEmpty)
    }

    @Test func simulatedSurveyScoresCleanly() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let survey = folder.appendingPathComponent("pal-synthetic.csv").path
        let scores = folder.appendingPathComponent("scores-synthetic.csv").path
        #expect(runPartnership(["simulate-survey", "--schools", SurveyPaths.abcSchools, "--codebook", SurveyPaths.codebook,
                                "--seed", "7", "--effect", "-20", "--respondents", "8", "--output", survey]) == 0)
        #expect(runPartnership(["score-survey", "--responses", survey, "--output", scores]) == 0)  // shipped codebook
        let table = try CSVReader.read(file: scores, options: CSVOptions(textColumns: ["cds"]))
        #expect(table.rowCount == 28)
        let json = folder.appendingPathComponent("scores-synthetic.json").path
        #expect(runPartnership(["score-survey", "--responses", survey, "--format", "json", "--output", json]) == 0)
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as! [String: Any]
        #expect(document["synthetic"] as? Bool == true)
        // Scores of a synthetic survey must say so in their file name too.
        let unlabelled = folder.appendingPathComponent("scores.csv").path
        var errors: [String] = []
        #expect(runPartnership(["score-survey", "--responses", survey, "--output", unlabelled]) { errors.append($0) } == 64)
        #expect(errors.first?.contains("must contain 'synthetic' too (for example scores-synthetic.csv)") == true)
        #expect(!FileManager.default.fileExists(atPath: unlabelled))
    }

    @Test func helpHasAnExample() {
        #expect(runPartnership(["simulate-survey", "--help"]) == 0)
        #expect(SimulateSurveyCommand.helpMessage().contains("Example"))
    }
}
