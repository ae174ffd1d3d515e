import DataTable
import Foundation

/// An exclusive lock on a folder, held while a run swaps its outputs into it, so two runs writing the same output
/// at once take turns instead of tripping over each other's renames.
///
/// `flock` on the folder itself (opened read-only), not on a lock file: nothing is created, so nothing is left
/// behind, and the kernel releases the lock when its holder exits, however it exits. The lock is advisory: it orders
/// `partnership` runs, not other programs. The second run waits (the swap it waits for is a few renames) and then
/// replaces the first run's result with its own complete one.
enum FolderLock {
    /// Runs `body` holding the lock on `folder` (which must exist).
    ///
    /// - Throws: `FileWriteError` if the folder cannot be opened or locked; whatever `body` throws.
    static func withLock<Result>(on folder: String, _ body: () throws -> Result) throws -> Result {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else {
            throw FileWriteError(path: folder, reason: "cannot open the folder to lock it: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw FileWriteError(path: folder, reason: "cannot lock the folder: \(String(cString: strerror(errno)))")
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
