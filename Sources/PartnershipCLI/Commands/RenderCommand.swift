import ArgumentParser
import Foundation

/// `partnership render`: runs a Markdown notebook's analysis blocks and writes the rendered notebook.
public struct RenderCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run a Markdown notebook's analysis blocks and write the rendered notebook.",
        discussion: """
            A notebook is a Markdown file in which fenced blocks marked ```partnership hold partnership command \
            lines (without the word partnership, which is allowed but not needed), one per line; a line ending in \
            \\ continues on the next, lines starting with # are comments. Render runs the lines in order and puts \
            each block's Markdown output right after it, between two HTML comments (invisible when the Markdown is shown); a \
            rendered notebook can be rendered again. Lines are split like a shell's (quotes and backslashes), but \
            no shell runs them.

            Paths: each line runs with the notebook's folder as its working folder, so relative paths are relative \
            to the notebook. $FILES is the folder NAME_files/ beside the rendered NAME.md: write figures and tables \
            there (links to them are relative, so the rendered notebook and its folder can move together); $WORK is \
            a scratch folder deleted afterwards. Nothing is written unless every line succeeds: a failing line stops \
            the render with NOTEBOOK:LINE and the command's own error and exit code. The output is the same, byte \
            for byte, every time the inputs are.

            Example:
              partnership render notebooks-md/abc-2011-2012.md
              partnership render notebooks-md/simulation-power.md \\
                --output notebooks-md/rendered/simulation-power.md
            """
    )

    /// The notebook.
    @Argument(help: ArgumentHelp("The Markdown notebook to render.", valueName: "notebook"))
    public var notebook: String

    /// Where the rendered notebook goes.
    @Option(help: ArgumentHelp("Rendered notebook to write (default: report/notebooks/NAME.md); its files go in "
                               + "NAME_files/ beside it.", valueName: "file"))
    public var output: String?

    /// The executable that runs the command lines (tests and wrappers point it at a built `partnership`).
    @Option(help: ArgumentHelp("The partnership executable that runs the notebook's lines (default: this one).",
                               valueName: "path", visibility: .hidden))
    public var executable: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Renders the notebook.
    public func run() throws {
        let name = URL(fileURLWithPath: notebook).deletingPathExtension().lastPathComponent
        let target = output ?? "report/notebooks/\(name).md"
        guard let program = executable.map({ URL(fileURLWithPath: $0) }) ?? Bundle.main.executableURL else {
            throw CommandError(.internalError, "cannot find the partnership executable to run the notebook's lines; "
                               + "please report it with the command you ran")
        }
        let renderer = NotebookRenderer(notebookPath: notebook, outputPath: target, executable: program)
        let summary: NotebookRenderer.Summary
        do {
            summary = try RenderInterruption.whileRendering { try renderer.render() }
        } catch let interrupted as RenderInterrupted {
            // The render's folders are gone by now (its cleanup ran while the error unwound); say so, then end by
            // the signal so the shell sees an interrupted command.
            FileHandle.standardError.write(Data(("error: \(notebook): the render was interrupted; its command was "
                + "stopped and nothing was written (an earlier render is unchanged)\n").utf8))
            RenderInterruption.endProcess(by: interrupted.signal)
        }
        print("rendered \(notebook) to \(target) (\(summary.commands) commands"
              + (summary.files > 0 ? "; \(summary.files) files in \(summary.filesFolder)/)" : ")"))
    }
}
