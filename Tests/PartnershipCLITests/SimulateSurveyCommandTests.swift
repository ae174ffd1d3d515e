import DataTable
import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// `partnership simulate-survey`: the shipped synthetic survey is reproducible, outputs are labelled synthetic, and
/// failures leave nothing behind.
struct SimulateSurveyCommandTests {
    /// The command documented in data/survey/README.md, as arguments (the line starting `partnership simulate-survey`).
    static func documentedArguments() throws -> [String] {
        let readme = try String(contentsOf: Fixtures.shipped("survey/README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.hasPrefix("partnership simulate-survey ") })
        return line.split(separator: " ").dropFirst().map(String.init)
    }

    /// Runs the README's command with paths made absolute and outputs redirected to a temporary folder, then compares
    /// both outputs with the shipped files byte for byte.
    @Test func shippedSurveyIsReproducedFromThisReadme() throws {
        let folder = try temporaryFolder()
        var arguments = try Self.documentedArguments()
        #expect(arguments.first == "simulate-survey" && arguments.contains("--seed"))
        var shipped: [String: String] = [:]
        for (index, argument) in arguments.enumerated() where argument.hasPrefix("data/") {
            let absolute = Fixtures.repositoryRoot.appendingPathComponent(argument).path
            if ["--output", "--truth"].contains(arguments[index - 1]) {
                let redirected = folder.appendingPathComponent(URL(fileURLWithPath: argument).lastPathComponent).path
                shipped[redirected] = absolute
                arguments[index] = redirected
            } else {
                arguments[index] = absolute
            }
        }
        #expect(shipped.count == 2)
        #expect(runPartnership(arguments) == 0)
        for (made, original) in shipped {
            let madeBytes = try Data(contentsOf: URL(fileURLWithPath: made))
            let shippedBytes = try Data(contentsOf: URL(fileURLWithPath: original))
            #expect(madeBytes == shippedBytes, "\(original) differs from a fresh run of the README's command")
        }
    }

    @Test func outputNameMustSaySynthetic() throws {
        let folder = try temporaryFolder()
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
        let survey = folder.appendingPathComponent("pal-synthetic.csv").path
        let scores = folder.appendingPathComponent("scores.csv").path
        #expect(runPartnership(["simulate-survey", "--schools", SurveyPaths.abcSchools, "--codebook", SurveyPaths.codebook,
                                "--seed", "7", "--effect", "-20", "--respondents", "8", "--output", survey]) == 0)
        #expect(runPartnership(["score-survey", "--responses", survey, "--codebook", SurveyPaths.codebook,
                                "--output", scores]) == 0)
        let table = try CSVReader.read(file: scores, options: CSVOptions(textColumns: ["cds"]))
        #expect(table.rowCount == 28)
    }

    @Test func helpHasAnExample() {
        #expect(runPartnership(["simulate-survey", "--help"]) == 0)
        #expect(SimulateSurveyCommand.helpMessage().contains("Example"))
    }
}
