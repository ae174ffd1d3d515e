import Foundation

/// A one-line progress display on standard error, shown only when standard error is a terminal (never in a file,
/// a pipe, a notebook's output or a test), and redrawn only when the whole percentage changes.
final class ProgressLine {
    private let task: String
    private var shown = -1

    /// A progress line for `task`, or nil when standard error is not a terminal.
    init?(task: String) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        self.task = task
    }

    /// Shows `share` (0-1) done.
    func update(_ share: Double) {
        let percent = Int((min(max(share, 0), 1) * 100).rounded(.down))
        guard percent != shown else { return }
        shown = percent
        FileHandle.standardError.write(Data("\r\(task): \(percent)% done".utf8))
    }

    /// Clears the line.
    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
