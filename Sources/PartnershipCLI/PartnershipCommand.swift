import ArgumentParser

/// The `partnership` command: every subcommand the tool offers.
public struct PartnershipCommand: ParsableCommand {
    /// Names the tool and lists its subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "partnership",
        abstract: "Relate labor-management partnership survey scores to California API achievement, with numbers you can check.",
        discussion: """
            Start with `partnership report` (the board report on the data the package ships), or fit one model:
              partnership fit --data schools.csv --formula "api12 ~ partnership + meals" --vcov HC3
            Exit codes: 0 success, 64 usage error, 65 bad data, 66 missing input file, 70 internal error.
            """,
        version: PackageVersion.current,
        subcommands: [
            FitCommand.self,
            CompareCommand.self,
            DescribeCommand.self,
            PlotCommand.self,
            PowerCommand.self,
            ReportCommand.self,
            RenderCommand.self,
            ScoreSurveyCommand.self,
            MergeYearsCommand.self,
            ExclusionsCommand.self,
            SimulateSurveyCommand.self,
            ImportAPICommand.self,
            NetworkCommand.self,
        ]
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}
}
