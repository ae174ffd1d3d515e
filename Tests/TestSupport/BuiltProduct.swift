import Foundation

/// An executable this package builds (`partnership`, the examples), found where `swift build` and `swift test` put it.
public enum BuiltProduct {
    /// The path of the built executable `name`, or an error saying how to build it.
    public static func path(_ name: String) throws -> URL {
        var folders: [URL] = []
        if let test = Bundle.main.executableURL { folders.append(test.deletingLastPathComponent()) }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        folders.append(Fixtures.repositoryRoot.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure(description: "no built \(name) next to the tests; run 'swift build' first")
    }

    /// Runs the built `name` with `arguments` in the repository's root folder and returns its exit status and
    /// standard output.
    public static func run(_ name: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try path(name)
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A product that cannot be found or run.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }
}
