import ArgumentParser

/// `partnership network`: measures (and simulates) collaboration networks.
public struct NetworkCommand: ParsableCommand {
    /// The subcommand's name and its own subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Measure collaboration networks (who talks with whom, per school and topic).",
        discussion: """
            Example:
              partnership network measures --edges ties.csv --nodes roster.csv --school school --format json
            """,
        subcommands: [NetworkMeasuresCommand.self]
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}
}
