import DataTable
import Foundation

/// All the files one run writes, written together or not at all.
///
/// A command adds each output as it is made and commits once at the end. Committing first stages every file as a
/// flushed temporary beside its target, so a folder that cannot be written (a file where a folder should be, no
/// permission, a full disk) fails the run before any earlier output is touched. Then, holding each target folder's
/// `FolderLock`, it keeps a hard link to every file about to be replaced and renames the staged files over their
/// targets; if a rename fails, the files already renamed are put back from the links. Standard output, if the run
/// writes there, is printed only after the files are in place.
struct OutputSet {
    private var files: [(path: String, bytes: [UInt8])] = []
    private var standardOutput: String?

    /// Creates an empty set.
    init() {}

    /// Adds `text` as the contents of the file `path`.
    mutating func add(_ text: String, to path: String) {
        files.append((path, Array(text.utf8)))
    }

    /// Adds `text` to go to `path`, or to standard output when `path` is nil.
    mutating func add(_ text: String, toFileOrStandardOutput path: String?) {
        if let path { add(text, to: path) } else { standardOutput = (standardOutput ?? "") + text }
    }

    /// Writes every file, then standard output.
    ///
    /// - Throws: `FileWriteError` (exit 70) naming the first file that cannot be written; nothing is replaced then.
    func commit() throws {
        var staged: [(temporary: String, path: String)] = []
        do {
            for file in files {
                try AtomicOutput.createParentFolder(of: file.path)
                staged.append((try AtomicFile.stage(file.bytes, for: file.path), file.path))
            }
        } catch {
            for entry in staged { unlink(entry.temporary) }
            throw error
        }
        try install(staged)
        if let standardOutput { print(standardOutput, terminator: "") }
    }

    private func install(_ staged: [(temporary: String, path: String)]) throws {
        let folders = Array(Set(staged.map { ($0.path as NSString).deletingLastPathComponent })).sorted()
        try withLocks(on: folders[...]) {
            var replaced: [(path: String, backup: String?)] = []
            for entry in staged {
                let backup = Leftovers.stagingName(for: entry.path, marker: ".old-")
                let hasBackup = link(entry.path, backup) == 0
                guard rename(entry.temporary, entry.path) == 0 else {
                    let failure = FileWriteError(path: entry.path, reason: String(cString: strerror(errno)))
                    if hasBackup { unlink(backup) }
                    for done in replaced.reversed() {
                        if let old = done.backup { rename(old, done.path) } else { unlink(done.path) }
                    }
                    for rest in staged { unlink(rest.temporary) }
                    throw failure
                }
                replaced.append((entry.path, hasBackup ? backup : nil))
            }
            for done in replaced { if let old = done.backup { unlink(old) } }
        }
    }

    /// Holds the locks of `folders` (sorted, so two runs take them in the same order) around `body`.
    private func withLocks(on folders: ArraySlice<String>, _ body: () throws -> Void) throws {
        guard let first = folders.first else { return try body() }
        try FolderLock.withLock(on: first.isEmpty ? "." : first) { try withLocks(on: folders.dropFirst(), body) }
    }
}
