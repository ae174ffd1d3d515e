import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// Defects 7 and 8 of issue 11 for `render`: Ctrl-C stops the running command too and leaves nothing behind;
/// two renders to one output at once both succeed.
@Suite struct RenderInterruptionTests {
    /// The process ids whose command line contains `marker`.
    func processes(withArgument marker: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            return String(decoding: data, as: UTF8.self).contains(marker) ? pid : nil
        }
    }

    /// SIGINT to the built `partnership render` while a slow notebook command runs: render ends by SIGINT, the
    /// command (in its own process group) is gone too, and no staging, scratch or output file is left.
    @Test func interruptStopsTheRunningCommand() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let marker = "interrupt-marker-\(UUID().uuidString).md"
        let notebook = folder.appendingPathComponent("slow.md")
        try "```partnership\npower --schools 30 --effect 0 --replications 100000 --seed 1 --output $WORK/\(marker)\n```\n"
            .write(to: notebook, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PartnershipExecutable.path())
        process.arguments = ["render", notebook.path, "--output", folder.appendingPathComponent("out/slow.md").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var children: [pid_t] = []
        for _ in 0..<400 where children.isEmpty {
            usleep(50_000)
            children = processes(withArgument: marker)
        }
        try #require(!children.isEmpty, "the notebook's command never started")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(processes(withArgument: marker).isEmpty, "the notebook's command is still running")
        // Only the notebook; the output folder the render made is gone again, and so is its scratch folder.
        #expect(filesIn(folder) == ["slow.md"])
        let scratch = ((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? [])
            .filter { $0.hasPrefix("\(Leftovers.renderScratchPrefix)\(process.processIdentifier)-") }
        #expect(scratch.isEmpty)
    }

    /// Two renders of one notebook to one output at once: both succeed and the result is one complete render.
    @Test func concurrentRendersBothSucceed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Fixtures.fixture("reference/apisrs.csv").path
        let notebook = folder.appendingPathComponent("n.md")
        try "```partnership\nplot scatter --data \(data) --x meals --y api00 --output $FILES/s.svg\n```\n"
            .write(to: notebook, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out/n.md").path
        let failures = Failures()
        for _ in 0..<8 {
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                do {
                    let (code, errors) = try render(notebook.path, to: output)
                    if code != 0 { failures.add("\(code) \(errors)") }
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        #expect(filesIn(folder.appendingPathComponent("out")) == ["n.md", "n_files"])
        #expect(filesIn(folder.appendingPathComponent("out/n_files")) == ["s.svg"])
    }
}
