import DataTable
import Foundation

/// Writes command output files so that a failed run never leaves a partial file behind.
///
/// A thin front over `DataTable.AtomicFile` (temporary file in the target's folder, then rename) that commands call.
public enum AtomicOutput {
    /// Writes `contents` to `path` atomically, creating missing parent folders.
    public static func write(_ contents: String, to path: String) throws {
        try createParentFolder(of: path)
        try AtomicFile.write(contents, to: path)
    }

    /// Writes `data` to `path` atomically, creating missing parent folders.
    public static func write(_ data: Data, to path: String) throws {
        try createParentFolder(of: path)
        try AtomicFile.write([UInt8](data), to: path)
    }

    /// Creates the folder `path` goes in, if missing.
    static func createParentFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(path: path, reason: "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        // What runs killed part-way left in this folder goes before anything new is staged beside it.
        Leftovers.removeDead(in: folder.path)
    }
}
