import ArgumentParser

/// `partnership simulate-survey`: Simulate a PAL survey (synthetic data) with a known partnership effect.
///
/// PLACEHOLDER: being written; replace this file whole.
public struct SimulateSurveyCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "simulate-survey",
        abstract: "Simulate a PAL survey (synthetic data) with a known partnership effect."
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Not written yet.
    public func run() throws {
        throw CommandError(.internalError, "'partnership simulate-survey' is not available yet")
    }
}
