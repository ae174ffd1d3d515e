import Foundation

/// Byte-for-byte snapshots of generated files, committed under `Tests/Fixtures/snapshots/`.
///
/// A snapshot is updated only deliberately: run the test with `UPDATE_SNAPSHOTS=1` in the environment
/// (e.g. `UPDATE_SNAPSHOTS=1 swift test --filter BoardReportTests`), review the diff with `git diff`, and commit it.
/// Without the variable a difference fails the test with the first differing line, never rewrites anything.
public enum Snapshot {
    /// Whether this run rewrites snapshots (`UPDATE_SNAPSHOTS=1`).
    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" }

    /// The folder of the snapshot called `name` (`Tests/Fixtures/snapshots/NAME`).
    public static func folder(_ name: String) -> URL { Fixtures.fixture("snapshots/" + name) }

    /// Compares `files` (paths relative to the snapshot folder, and contents) with snapshot `name`, or rewrites the
    /// snapshot when updating.
    ///
    /// - Returns: `nil` when every file matches (and no committed file is missing from `files`); otherwise a message
    ///   naming the first difference: `report.md:12: expected "..." but got "..."`.
    public static func compare(_ files: [(path: String, contents: String)], with name: String) throws -> String? {
        let root = folder(name)
        if isUpdating {
            try? FileManager.default.removeItem(at: root)
            for file in files {
                let url = root.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
            return nil
        }
        let hint = " (if the change is intended, run the test with UPDATE_SNAPSHOTS=1 and commit the new snapshot)"
        for file in files {
            let url = root.appendingPathComponent(file.path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                return "\(file.path): no committed snapshot at \(url.path)" + hint
            }
            if data != Data(file.contents.utf8) {
                return "\(file.path):" + firstDifference(expected: String(decoding: data, as: UTF8.self),
                                                           actual: file.contents) + hint
            }
        }
        let committed = allFiles(under: root)
        let produced = Set(files.map(\.path))
        if let extra = committed.first(where: { !produced.contains($0) }) {
            return "\(extra): committed in the snapshot but no longer produced" + hint
        }
        return nil
    }

    /// `LINE: expected "..." but got "..."` for the first line that differs (1-based).
    public static func firstDifference(expected: String, actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        for i in 0..<max(a.count, b.count) {
            let left = i < a.count ? a[i] : nil, right = i < b.count ? b[i] : nil
            if left != right {
                func shown(_ line: String?) -> String { line.map { "\"\($0)\"" } ?? "end of file" }
                return "\(i + 1): expected \(shown(left)) but got \(shown(right))"
            }
        }
        return "the bytes differ (line endings or a trailing newline)"
    }

    /// Every file under `root`, as sorted relative paths.
    static func allFiles(under root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder),
               !isFolder.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
