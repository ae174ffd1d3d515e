import DataTable
import Foundation

/// Writes a report folder (a Markdown file and its figures) all or nothing.
///
/// The files are written into a hidden temporary folder beside the target (same parent, so the final renames stay on
/// one file system), then swapped in: an existing report is renamed aside, the new folder renamed into place, and the
/// old one removed. If anything fails, the temporary folder is removed and an existing report is put back, so a
/// reader finds the old report or the complete new one, never a mixture. (Linux's `renameat2(RENAME_EXCHANGE)`
/// would make the swap a single step, but Swift's Glibc module does not export it; the two renames leave the target
/// absent only between them, and a failure there is rolled back.)
enum ReportFolderOutput {
    /// The only entries a folder may hold for `write` to replace it: what the report itself writes.
    static let reportEntries: Set<String> = ["report.md", "figures"]

    /// Checks that `path` is absent, an empty folder, or a folder holding only a previous report, so that replacing
    /// it loses nothing of the user's.
    ///
    /// - Throws: `CommandError` (64) naming what is in the way.
    static func checkReplaceable(_ path: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw CommandError(.usage, "\(path) is a file, not a report folder; give --output a folder name")
        }
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        let foreign = entries.filter { !reportEntries.contains($0) }.sorted()
        var figureForeign: [String] = []
        let figures = (path as NSString).appendingPathComponent("figures")
        if entries.contains("figures") {
            var figuresIsFolder: ObjCBool = false
            _ = manager.fileExists(atPath: figures, isDirectory: &figuresIsFolder)
            if figuresIsFolder.boolValue {
                figureForeign = ((try? manager.contentsOfDirectory(atPath: figures)) ?? [])
                    .filter { !$0.hasSuffix(".svg") || $0.hasPrefix(".") }.sorted().map { "figures/" + $0 }
            } else {
                figureForeign = ["figures (a file)"]
            }
        }
        let unexpected = foreign + figureForeign
        guard unexpected.isEmpty else {
            let shown = unexpected.prefix(3).joined(separator: ", ") + (unexpected.count > 3 ? ", ..." : "")
            throw CommandError(.usage, "\(path) holds files the report did not write (\(shown)); the report replaces "
                               + "its whole folder, so give --output a new folder or one that holds only a report")
        }
    }

    /// Writes `files` (paths relative to the folder) as the folder `path`, replacing a previous report there.
    ///
    /// - Throws: `CommandError` (64) if `path` holds other files; `FileWriteError` (70) if writing fails, after
    ///   cleaning up.
    static func write(_ files: [(path: String, contents: String)], to path: String) throws {
        try checkReplaceable(path)
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = parent.appendingPathComponent(".\(name).partial-\(tag)")
        let aside = parent.appendingPathComponent(".\(name).old-\(tag)")

        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(path: path, reason: "cannot create the folder \(parent.path): \(error.localizedDescription)")
        }
        Leftovers.removeDead(in: parent.path)
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
            for file in files {
                let destination = temporary.appendingPathComponent(file.path)
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(file.contents, to: destination.path)
            }
        } catch {
            try? manager.removeItem(at: temporary)
            if let failure = error as? FileWriteError { throw failure }
            throw FileWriteError(path: path, reason: error.localizedDescription)
        }

        // Two runs writing the same report take turns for the swap (FolderLock), so neither finds the target gone
        // between the other's renames.
        try FolderLock.withLock(on: parent.path) {
            try swap(temporary: temporary, into: target, aside: aside, path: path)
        }
    }

    /// Renames the previous report aside, the new one into place, and removes the previous one; rolls back on failure.
    private static func swap(temporary: URL, into target: URL, aside: URL, path: String) throws {
        let manager = FileManager.default
        // Checked again under the lock: another run may have written the folder since the first check.
        do {
            try checkReplaceable(path)
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
        let exists = manager.fileExists(atPath: target.path)
        if exists && rename(target.path, aside.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw FileWriteError(path: path, reason: "cannot move the previous report aside: \(reason)")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            if exists { _ = rename(aside.path, target.path) }
            try? manager.removeItem(at: temporary)
            throw FileWriteError(path: path, reason: reason)
        }
        if exists { try? manager.removeItem(at: aside) }
    }
}
