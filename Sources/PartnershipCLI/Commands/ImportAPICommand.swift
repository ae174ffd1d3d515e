import ArgumentParser

/// `partnership import-api`: Read a CDE fixed-width API file with its record layout and write CSV.
///
/// PLACEHOLDER: being written; replace this file whole.
public struct ImportAPICommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "import-api",
        abstract: "Read a CDE fixed-width API file with its record layout and write CSV."
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Not written yet.
    public func run() throws {
        throw CommandError(.internalError, "'partnership import-api' is not available yet")
    }
}
