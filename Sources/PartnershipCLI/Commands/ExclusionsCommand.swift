import ArgumentParser

/// `partnership exclusions`: List the schools a merge excluded, and why.
///
/// PLACEHOLDER: being written; replace this file whole.
public struct ExclusionsCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "exclusions",
        abstract: "List the schools a merge excluded, and why."
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Not written yet.
    public func run() throws {
        throw CommandError(.internalError, "'partnership exclusions' is not available yet")
    }
}
