import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// The built `partnership` executable, which `render` runs for each notebook line (`swift build` and `swift test`
/// build it next to the test bundle).
enum PartnershipExecutable {
    /// Its path, or an error saying how to build it.
    static func path() throws -> String {
        var folders: [URL] = []
        if let test = Bundle.main.executableURL { folders.append(test.deletingLastPathComponent()) }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        folders.append(Fixtures.repositoryRoot.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("partnership").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw CommandError(.internalError, "no built partnership executable next to the tests; run 'swift build' first")
    }
}

/// What a run of the executable did.
struct ExecutableRun {
    /// The exit status.
    var status: Int32
    /// Standard output.
    var output: String
    /// Standard error.
    var errors: String
}

/// Runs the built `partnership ARGUMENTS` in `folder` (the current folder when nil) and collects its output.
func runExecutable(_ arguments: [String], in folder: URL? = nil) throws -> ExecutableRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try PartnershipExecutable.path())
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    let scratch = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return ExecutableRun(status: process.terminationStatus,
                         output: try String(contentsOf: outURL, encoding: .utf8),
                         errors: try String(contentsOf: errURL, encoding: .utf8))
}

/// Renders `notebook` to `output` in-process (the command lines still run in the built executable), returning the
/// exit code and the one-line error messages.
func render(_ notebook: String, to output: String) throws -> (code: Int32, errors: [String]) {
    runCapturingErrors(["render", notebook, "--output", output, "--executable", try PartnershipExecutable.path()])
}

/// Every file under `folder` (relative paths, sorted), hidden ones included.
func filesBelow(_ folder: URL) -> [String] {
    guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: folder.path) else { return [] }
    return paths.filter { path in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            && !isFolder.boolValue
    }.sorted()
}
