import ArgumentParser

/// `partnership score-survey`: Score survey responses into scales and school-level partnership scores.
///
/// PLACEHOLDER: being written; replace this file whole.
public struct ScoreSurveyCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "score-survey",
        abstract: "Score survey responses into scales and school-level partnership scores."
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Not written yet.
    public func run() throws {
        throw CommandError(.internalError, "'partnership score-survey' is not available yet")
    }
}
