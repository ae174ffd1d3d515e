import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

private func fixture(_ name: String) -> String { Fixtures.fixture("networks/" + name).path }

private let schoolArguments = ["plot", "network", "--edges", fixture("synthetic-school-ties.csv"),
                               "--nodes", fixture("synthetic-school-roster.csv"), "--school-name", "South",
                               "--relation", "curriculum"]

@Suite("partnership plot network")
struct PlotNetworkCommandTests {
    @Test("one school's sociogram: deterministic from the seed, people by role only, a valid SVG")
    func sociogram() throws {
        let folder = try temporaryFolder()
        let first = folder.appendingPathComponent("a-synthetic.svg").path
        let second = folder.appendingPathComponent("b-synthetic.svg").path
        let other = folder.appendingPathComponent("c-synthetic.svg").path
        #expect(runCapturingErrors(schoolArguments + ["--seed", "7", "--output", first]).code == 0)
        #expect(runCapturingErrors(schoolArguments + ["--seed", "7", "--output", second]).code == 0)
        #expect(runCapturingErrors(schoolArguments + ["--seed", "8", "--output", other]).code == 0)
        let svg = try String(contentsOfFile: first, encoding: .utf8)
        #expect(svg == (try String(contentsOfFile: second, encoding: .utf8)))
        #expect(svg != (try String(contentsOfFile: other, encoding: .utf8)))
        for label in ["teacher", "administrator", "union site representative", "other", "synthetic data", "hollow"] {
            #expect(svg.contains(label), "legend: \(label)")
        }
        // No person's id appears anywhere in the drawing (ids are S01 ... S10; the title and tooltips hold none).
        for id in (1...10).map({ String(format: "S%02d", $0) }) { #expect(!svg.contains(id), "\(id) in the SVG") }
        #expect(!svg.contains("<title>S"))
        // A real renderer reads it.
        let process = Process()
        process.executableURL = try ExternalProgram.rsvgConvert.path()
        process.arguments = [first, "-o", folder.appendingPathComponent("a.png").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.png").path))
    }

    /// The committed drawing (reviewed by eye with rsvg-convert): a change of layout or drawing shows up here.
    @Test("South's curriculum sociogram with seed 7 equals its snapshot")
    func snapshot() throws {
        let output = try temporaryFolder().appendingPathComponent("south-curriculum-synthetic.svg").path
        #expect(runCapturingErrors(schoolArguments + ["--seed", "7", "--output", output]).code == 0)
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        let difference = try Snapshot.compare([("south-curriculum-synthetic.svg", svg)], with: "sociogram")
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test("names in the node file never reach the drawing (EMON's organisations)")
    func noNames() throws {
        let output = try temporaryFolder().appendingPathComponent("emon.svg").path
        let (code, errors) = runCapturingErrors(["plot", "network", "--edges", fixture("emon_texas_edges.csv"),
                                                 "--nodes", fixture("emon_texas_nodes.csv"), "--output", output])
        #expect(code == 0, "\(errors)")
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!svg.contains("Texas.Highway.Patrol"))
        #expect(!svg.contains("Army"))
        #expect(svg.contains("role not given"))
    }

    @Test("a school under the suppression threshold is refused, and nothing is written")
    func suppression() throws {
        let output = try temporaryFolder().appendingPathComponent("south-synthetic.svg").path
        // South has 8 respondents: drawn at the default 5, refused at 9.
        let (code, errors) = runCapturingErrors(schoolArguments + ["--suppression", "9", "--output", output])
        #expect(code == 64)
        #expect(errors == ["school South has 8 respondents to the network questions, fewer than the suppression "
                           + "threshold 9; its sociogram is not drawn"])
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("one-line errors: several schools without --school-name, several relations, bad ties")
    func errors() throws {
        let output = try temporaryFolder().appendingPathComponent("x-synthetic.svg").path
        let base = ["plot", "network", "--edges", fixture("synthetic-school-ties.csv"),
                    "--nodes", fixture("synthetic-school-roster.csv"), "--output", output]
        let schools = runCapturingErrors(base + ["--relation", "data"])
        #expect(schools.code == 64)
        #expect(schools.errors == ["\(fixture("synthetic-school-roster.csv")) holds 2 schools; choose one with --school-name"])
        let relations = runCapturingErrors(base + ["--school-name", "North"])
        #expect(relations.errors == ["the tie file has several relations (data, curriculum); choose one with --relation"])
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(PlotNetworkCommand.helpMessage().contains("partnership plot network --edges"))
    }
}
