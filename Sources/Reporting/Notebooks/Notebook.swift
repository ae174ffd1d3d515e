import DataTable
/// A Markdown notebook: prose plus fenced `partnership` blocks whose commands are run in order, each block's output
/// inserted right after it.
///
/// Rendering is a pure function of the source and the commands' outputs, so a notebook renders byte for byte the same
/// every time its inputs are the same. Output from an earlier render (between the markers) is dropped when re-reading,
/// so a rendered notebook can be rendered again.
public struct Notebook: Sendable {
    /// A piece of the notebook.
    public enum Segment: Sendable, Equatable {
        /// Markdown text, copied through unchanged.
        case prose(String)
        /// A fenced analysis block: its commands (one per line, `#` lines are comments) and its 1-based source line.
        case analysis(commands: [String], fence: String, line: Int)
    }

    /// The info string that marks an analysis block: a fence opened with three backticks and `partnership`.
    public static let blockLanguage = "partnership"
    /// Marks the start of inserted output.
    public static let outputStart = "<!-- partnership:output -->"
    /// Marks the end of inserted output.
    public static let outputEnd = "<!-- /partnership:output -->"

    /// The notebook's segments in order.
    public let segments: [Segment]

    /// Parses notebook text.
    ///
    /// - Throws: `NotebookError` for an analysis block that is never closed.
    public init(text: String, source: String? = nil) throws {
        var segments: [Segment] = []
        var prose: [Substring] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        func flushProse() {
            if !prose.isEmpty { segments.append(.prose(prose.joined(separator: "\n"))) }
            prose = []
        }
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingLeadingSpaces()
            if trimmed == Notebook.outputStart {
                // Skip output left by an earlier render, and the blank line written before it (the exact inverse of
                // `render`, so rendering a rendered notebook gives the same bytes).
                guard let end = lines[i...].firstIndex(where: { $0.trimmingLeadingSpaces() == Notebook.outputEnd }) else {
                    throw NotebookError(source: source, line: i + 1,
                                        message: "inserted output is never closed by '\(Notebook.outputEnd)'; delete the stray marker")
                }
                if prose.last?.isEmpty == true { prose.removeLast() }
                i = end + 1
                continue
            }
            if let fence = Notebook.openingFence(trimmed) {
                flushProse()
                let start = i
                var commands: [String] = []
                i += 1
                while i < lines.count, !Notebook.isClosingFence(lines[i].trimmingLeadingSpaces(), for: fence) {
                    commands.append(String(lines[i]))
                    i += 1
                }
                guard i < lines.count else {
                    throw NotebookError(source: source, line: start + 1,
                                        message: "the analysis block opened here is never closed; add a line '\(fence)'")
                }
                segments.append(.analysis(commands: commands, fence: fence, line: start + 1))
                i += 1
                continue
            }
            prose.append(line)
            i += 1
        }
        flushProse()
        self.segments = segments
    }

    /// The fence (```` ``` ```` or longer, or `~~~`) if `line` opens an analysis block.
    static func openingFence(_ line: Substring) -> String? {
        for marker in ["`", "~"] {
            let fence = line.prefix { String($0) == marker }
            guard fence.count >= 3 else { continue }
            let info = line.dropFirst(fence.count).trimmingCharacters(in: " \t\r")
            if info == Notebook.blockLanguage { return String(fence) }
        }
        return nil
    }

    static func isClosingFence(_ line: Substring, for fence: String) -> Bool {
        let marker = fence.first!
        let run = line.prefix { $0 == marker }
        return run.count >= fence.count && line.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    /// The command lines of an analysis block with their 1-based source lines: blank lines and `#` comments are
    /// skipped, surrounding spaces trimmed, and a line ending in a backslash continues on the next line (as in a
    /// shell), so long commands can be written one option per line. The line of a continued command is its first.
    public static func commandLines(_ commands: [String], firstLine: Int) -> [(text: String, line: Int)] {
        var result: [(text: String, line: Int)] = []
        var pending: (text: String, line: Int)?
        for (offset, command) in commands.enumerated() {
            var trimmed = command.trimmingCharacters(in: " \t\r")
            if pending == nil && (trimmed.isEmpty || trimmed.hasPrefix("#")) { continue }
            let continues = trimmed.hasSuffix("\\")
            if continues { trimmed = String(trimmed.dropLast()).trimmingCharacters(in: " \t") }
            if let started = pending {
                pending = (started.text + (trimmed.isEmpty ? "" : " " + trimmed), started.line)
            } else {
                pending = (trimmed, firstLine + offset)
            }
            if !continues, let finished = pending {
                result.append(finished)
                pending = nil
            }
        }
        // A backslash on the block's last line continues nothing: the command ends there.
        if let finished = pending { result.append(finished) }
        return result
    }

    /// Renders the notebook: prose as is, each analysis block as is followed by the outputs of its commands.
    ///
    /// `run` receives each command line (see `commandLines`) and its 1-based source line, for error messages, and
    /// returns Markdown. Outputs of one block are separated by a blank line; commands that print nothing add nothing.
    /// The output sits between `outputStart` and `outputEnd` (HTML comments, invisible in rendered Markdown), one
    /// blank line after the block's closing fence.
    public func render(run: (_ command: String, _ line: Int) throws -> String) rethrows -> String {
        var out: [String] = []
        for segment in segments {
            switch segment {
            case .prose(let text):
                out.append(text)
            case .analysis(let commands, let fence, let line):
                var outputs: [String] = []
                for command in Notebook.commandLines(commands, firstLine: line + 1) {
                    var result = try run(command.text, command.line)
                    while result.hasSuffix("\n") { result.removeLast() }
                    if !result.isEmpty { outputs.append(result) }
                }
                out.append(([fence + Notebook.blockLanguage] + commands + [fence]).joined(separator: "\n"))
                out.append("")
                out.append(Notebook.outputStart)
                out.append("")
                if !outputs.isEmpty {
                    out.append(outputs.joined(separator: "\n\n"))
                    out.append("")
                }
                out.append(Notebook.outputEnd)
            }
        }
        return out.joined(separator: "\n")
    }
}

/// The name notebooks use for `PartnershipError`, the library's one error type.
public typealias NotebookError = PartnershipError

extension PartnershipError {
    /// A notebook that cannot be read or run, at `line` of `source` (bad data, exit code 65).
    public init(source: String?, line: Int, message: String) {
        self.init(message, at: CellLocation(file: source ?? "notebook", line: line))
    }
}

extension Substring {
    func trimmingLeadingSpaces() -> Substring { drop { $0 == " " } }

    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String { Substring(self).trimmingCharacters(in: set) }
}
