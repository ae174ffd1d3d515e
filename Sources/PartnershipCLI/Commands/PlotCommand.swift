import ArgumentParser

/// `partnership plot`: SVG figures of schools and models, each printed as a Markdown image link.
public struct PlotCommand: ParsableCommand {
    /// The subcommand's name, help and kinds of plot.
    public static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Draw a figure as an SVG file and print a Markdown link to it.",
        discussion: """
            Kinds: scatter (two columns, optionally with the least-squares line and school labels), residuals \
            (residuals against fitted values of a model), coefficients (one term's estimate and interval across \
            models), network (one school's sociogram, people shown by role only). Each writes --output \
            atomically and prints an image link and a one-paragraph caption.

            Example:
              partnership plot scatter --data abc-2011-2012.csv --x pal_index --y growth --fit --label sname \\
                --output partnership-growth.svg
            """,
        subcommands: [PlotScatterCommand.self, PlotResidualsCommand.self, PlotCoefficientsCommand.self,
                      PlotNetworkCommand.self]
    )

    /// Creates the command (ArgumentParser needs this).
    public init() {}
}

/// The options every figure shares: where it goes and its titles.
public struct FigureOptions: ParsableArguments {
    /// The SVG file.
    @Option(help: ArgumentHelp("SVG file to write (atomically).", valueName: "file"))
    public var output: String

    /// The chart title.
    @Option(help: ArgumentHelp("Chart title (also the image's alt text).", valueName: "text"))
    public var title: String?

    /// Creates the options (ArgumentParser needs this).
    public init() {}
}
