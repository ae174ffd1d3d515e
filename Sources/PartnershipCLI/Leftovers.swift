import Foundation

/// Removes what runs killed part-way left behind: hidden staging files and folders of the package's own naming
/// whose owner process no longer exists.
///
/// Every temporary entry the writers make carries its owner's process id: `.NAME.partial-PID-RANDOM` (a file or
/// report folder being written), `.NAME.old-PID-RANDOM` (a previous report set aside), `.NAME.previous-PID-RANDOM`
/// and `.NAME.rendering-PID-RANDOM` (a render's files folder), and `partnership-render-PID-RANDOM` in the temporary
/// folder. An entry is removed only when its name has exactly that form and no process with that id is running, so a
/// run in progress (in this process or another) is never disturbed; a reused id merely keeps an entry a while longer.
enum Leftovers {
    /// The markers that follow `.NAME` in a staging entry's name.
    static let markers = [".partial-", ".old-", ".previous-", ".rendering-"]
    /// The prefix of a render's scratch folder in the temporary folder.
    static let renderScratchPrefix = "partnership-render-"

    /// A hidden sibling of `path` named `.NAME` + `marker` + `PID-RANDOM`, which `removeDead` recognizes.
    static func stagingName(for path: String, marker: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = "." + (path as NSString).lastPathComponent + marker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }

    /// The owner's process id of a staging entry named `name`, or nil if the name is not of the package's forms.
    static func ownerProcess(ofEntry name: String) -> pid_t? {
        let tail: Substring
        if name.hasPrefix(renderScratchPrefix) {
            tail = name.dropFirst(renderScratchPrefix.count)
        } else {
            guard name.hasPrefix("."), let marker = markers.compactMap({ name.range(of: $0, options: .backwards) })
                .max(by: { $0.lowerBound < $1.lowerBound }), marker.lowerBound > name.index(after: name.startIndex)
            else { return nil }
            tail = name[marker.upperBound...]
        }
        guard let dash = tail.firstIndex(of: "-") else { return nil }
        let digits = tail[..<dash], random = tail[tail.index(after: dash)...]
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }), !random.isEmpty,
              random.allSatisfy({ $0.isASCII && ($0.isHexDigit || $0.isNumber || $0 == "-") }),
              let pid = pid_t(digits), pid > 0 else { return nil }
        return pid
    }

    /// Whether a process with id `pid` exists (one of another user counts as existing).
    static func isRunning(_ pid: pid_t) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes the staging entries in `folder` whose owner is gone; returns how many it removed.
    @discardableResult
    static func removeDead(in folder: String) -> Int {
        let manager = FileManager.default
        var removed = 0
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
            guard let owner = ownerProcess(ofEntry: name), !isRunning(owner) else { continue }
            if (try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(name))) != nil { removed += 1 }
        }
        return removed
    }
}
