import ArgumentParser

/// `partnership render`: Run a Markdown notebook's analysis blocks and write the rendered notebook.
///
/// PLACEHOLDER: being written; replace this file whole.
public struct RenderCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run a Markdown notebook's analysis blocks and write the rendered notebook."
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Not written yet.
    public func run() throws {
        throw CommandError(.internalError, "'partnership render' is not available yet")
    }
}
