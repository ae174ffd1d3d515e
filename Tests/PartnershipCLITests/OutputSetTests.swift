import DataTable
import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// Defects 4, 8 and 9 of issue 11: the outputs of one run are written together or not at all, concurrent runs to
/// one output take turns, and what killed runs left is cleaned up.
@Suite struct OutputSetTests {
    /// Defect 4: `--output blocker/x.csv` (blocker a file) exits 70 and leaves earlier side outputs as they were.
    @Test func failedScoreSurveyKeepsEarlierSideOutputs() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reliability = folder.appendingPathComponent("rel.json").path
        let roles = folder.appendingPathComponent("roles.csv").path
        try "old reliability".write(toFile: reliability, atomically: true, encoding: .utf8)
        try "old roles".write(toFile: roles, atomically: true, encoding: .utf8)
        try "a file".write(to: folder.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
        let (code, errors) = runCapturingErrors([
            "score-survey", "--responses", SurveyPaths.fixtureResponses, "--codebook", SurveyPaths.codebook,
            "--reliability", reliability, "--by-role", roles,
            "--output", folder.appendingPathComponent("blocker/x.csv").path])
        #expect(code == 70)
        #expect(errors.count == 1)
        #expect(try String(contentsOfFile: reliability, encoding: .utf8) == "old reliability")
        #expect(try String(contentsOfFile: roles, encoding: .utf8) == "old roles")
        #expect(filesIn(folder) == ["blocker", "rel.json", "roles.csv"])
    }

    @Test func failedSimulationKeepsTheEarlierTruth() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let truth = folder.appendingPathComponent("truth-synthetic.csv").path
        try "old truth".write(toFile: truth, atomically: true, encoding: .utf8)
        try "a file".write(to: folder.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
        let code = runPartnership([
            "simulate-survey", "--schools", SurveyPaths.abcSchools, "--codebook", SurveyPaths.codebook, "--seed", "1",
            "--truth", truth, "--output", folder.appendingPathComponent("blocker/pal-synthetic.csv").path])
        #expect(code == 70)
        #expect(try String(contentsOfFile: truth, encoding: .utf8) == "old truth")
        #expect(filesIn(folder) == ["blocker", "truth-synthetic.csv"])
    }

    /// A set whose files all succeed replaces them all and leaves no temporary or backup beside them.
    @Test func committedSetReplacesEveryFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.txt").path, b = folder.appendingPathComponent("sub/b.txt").path
        try "old".write(toFile: a, atomically: true, encoding: .utf8)
        var outputs = OutputSet()
        outputs.add("new a", to: a)
        outputs.add("new b", to: b)
        try outputs.commit()
        #expect(try String(contentsOfFile: a, encoding: .utf8) == "new a")
        #expect(try String(contentsOfFile: b, encoding: .utf8) == "new b")
        #expect(filesIn(folder) == ["a.txt", "sub"])
    }

    /// Defect 8: two runs writing one report folder at once both succeed and leave one complete report (about 1
    /// pair in 30 failed with "cannot move the previous report aside" before the lock).
    @Test func concurrentReportWritesBothSucceed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("rep").path
        let failures = Failures()
        for round in 0..<60 {
            DispatchQueue.concurrentPerform(iterations: 2) { run in
                let text = "round \(round) run \(run)\n"
                do {
                    try ReportFolderOutput.write([("report.md", text), ("figures/a.svg", text)], to: target)
                } catch {
                    failures.add("\(error)")
                }
            }
            let report = try String(contentsOfFile: target + "/report.md", encoding: .utf8)
            let figure = try String(contentsOfFile: target + "/figures/a.svg", encoding: .utf8)
            #expect(report == figure && report.hasPrefix("round \(round) "))
        }
        #expect(failures.all.isEmpty)
        #expect(filesIn(folder) == ["rep"])
    }

    /// Defect 9: entries of the package's staging names whose owner process is gone are removed by the next write
    /// into the folder; a live owner's entries and the user's own files stay.
    @Test func deadRunsLeftoversAreRemoved() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = try deadProcessID()
        let live = getpid()
        let leftovers = [".x.csv.partial-\(dead)-12345", ".rep.partial-\(dead)-99", ".rep.old-\(dead)-7",
                         ".n_files.rendering-\(dead)-\(UUID().uuidString)", ".n_files.previous-\(dead)-3"]
        let kept = [".y.csv.partial-\(live)-1", ".notes.partial-draft", "rep.old-\(dead)-7", ".x.csv.partial--1"]
        for name in leftovers + kept {
            try "x".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".big.partial-\(dead)-5/figures"),
                                                withIntermediateDirectories: true)
        try AtomicOutput.write("new", to: folder.appendingPathComponent("out.csv").path)
        #expect(filesIn(folder) == (kept + ["out.csv"]).sorted())

        let scratch = "\(Leftovers.renderScratchPrefix)\(dead)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(scratch + "/work"),
                                                withIntermediateDirectories: true)
        #expect(Leftovers.removeDead(in: folder.path) == 1)
        #expect(Leftovers.ownerProcess(ofEntry: ".rep.old-\(dead)-7") == dead)
        #expect(Leftovers.ownerProcess(ofEntry: "report.md") == nil)
    }

    /// The id of a process that has exited (the built `partnership --version`, started and waited for here).
    func deadProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = try BuiltProduct.path("partnership")
        process.arguments = ["--version"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}

/// Error texts collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []
    func add(_ text: String) { lock.lock(); texts.append(text); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return texts }
}
