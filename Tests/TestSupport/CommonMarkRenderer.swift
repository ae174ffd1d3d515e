import Foundation

/// Renders Markdown to HTML with a real GitHub-flavoured renderer (Debian's `cmark-gfm`), so tests check what readers see.
public enum CommonMarkRenderer {
    /// Errors running the renderer.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// The HTML `cmark-gfm --unsafe --extension table` makes of `markdown` (raw HTML such as comments passes through, as
    /// on GitHub, where comments stay invisible).
    ///
    /// - Throws: if `cmark-gfm` is not installed (`scripts/install-debian-packages` installs it) or fails.
    public static func html(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = try ExternalProgram.cmarkGFM.path()
        process.arguments = ["--unsafe", "--extension", "table", "--extension", "strikethrough", "--extension", "autolink"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "cmark-gfm exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Number of occurrences of `tag` (e.g. `<td` or `<ul>`) in `html`.
    public static func count(_ tag: String, in html: String) -> Int {
        html.components(separatedBy: tag).count - 1
    }
}
