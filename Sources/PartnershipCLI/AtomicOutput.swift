import Foundation

/// Writes files so that a failed run never leaves a partial one behind: write a temporary file beside the target,
/// then rename it over the target (rename is atomic within one file system).
public enum AtomicOutput {
    /// Writes `contents` to `path` atomically, creating missing parent folders.
    public static func write(_ contents: String, to path: String) throws {
        try write(Data(contents.utf8), to: path)
    }

    /// Writes `data` to `path` atomically, creating missing parent folders.
    public static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
            try data.write(to: temporary)
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: target)
            }
        } catch {
            throw CommandError(.internalError, "\(path): cannot write the file (\(error.localizedDescription)); check the folder exists and is writable")
        }
    }
}
