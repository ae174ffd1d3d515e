import ArgumentParser

/// `partnership fit`: Fit one linear model and print its coefficient table.
///
/// PLACEHOLDER: being written; replace this file whole.
public struct FitCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit one linear model and print its coefficient table."
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Not written yet.
    public func run() throws {
        throw CommandError(.internalError, "'partnership fit' is not available yet")
    }
}
