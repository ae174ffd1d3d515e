import ArgumentParser

/// `partnership report`: Write the board report (report/report.md and its SVG figures).
///
/// PLACEHOLDER: being written; replace this file whole.
public struct ReportCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the board report (report/report.md and its SVG figures)."
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Not written yet.
    public func run() throws {
        throw CommandError(.internalError, "'partnership report' is not available yet")
    }
}
