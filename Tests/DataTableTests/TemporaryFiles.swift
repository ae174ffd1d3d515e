import Foundation

/// A fresh empty directory for one test, so tests running in parallel never share files.
func makeTemporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("DataTableTests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Writes `bytes` to a new file in a fresh directory and returns its path.
func temporaryFile(named name: String = "data.csv", bytes: [UInt8]) throws -> String {
    let path = try makeTemporaryDirectory() + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

/// The names of the files in `directory`, sorted.
func filesIn(_ directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
}
