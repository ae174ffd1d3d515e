import ArgumentParser

/// `partnership merge-years`: Merge a survey year with base- and outcome-year API data, one row per school.
///
/// PLACEHOLDER: being written; replace this file whole.
public struct MergeYearsCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "merge-years",
        abstract: "Merge a survey year with base- and outcome-year API data, one row per school."
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Not written yet.
    public func run() throws {
        throw CommandError(.internalError, "'partnership merge-years' is not available yet")
    }
}
