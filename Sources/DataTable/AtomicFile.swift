import Foundation

/// Writes whole files so that a reader sees the old file or the complete new one, never a part.
///
/// The contents go to a temporary file in the same directory (so the final `rename` stays on one file system and is
/// atomic), which is flushed to disk and then renamed over `path`. On any failure the temporary file is removed and
/// `path` is left as it was. Foundation's `Data.write(options: .atomic)` does the same on Darwin, but its Linux
/// behaviour and its error text differ between versions; this is short enough to own.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any file there.
    ///
    /// - Throws: `FileWriteError` with the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = try stage(bytes, for: path)
        if rename(temporary, path) != 0 {
            let failed = FileWriteError(path: path, reason: String(cString: strerror(errno)))
            unlink(temporary)
            throw failed
        }
    }

    /// Writes `bytes` to a flushed temporary file beside `path` (`.NAME.partial-PID-RANDOM`) and returns its path;
    /// renaming it over `path` finishes the write. Lets a caller stage several files before replacing any.
    ///
    /// - Throws: `FileWriteError` with the system's reason, after removing the temporary file.
    public static func stage(_ bytes: [UInt8], for path: String) throws -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/")
            + ".\(name).partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        func failure() -> FileWriteError { FileWriteError(path: path, reason: String(cString: strerror(errno))) }

        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw failure() }
        var written = 0
        var failed: FileWriteError?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failed = failure()
                    return
                }
                written += count
            }
        }
        if failed == nil && fsync(descriptor) != 0 { failed = failure() }
        if close(descriptor) != 0 && failed == nil { failed = failure() }
        if let failed {
            unlink(temporary)
            throw failed
        }
        return temporary
    }

    /// Writes `text` as UTF-8 to `path`, replacing any file there.
    ///
    /// - Throws: `FileWriteError` with the system's reason.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}
