import ArgumentParser
import DataTable
import Networks

/// The options that say which networks to read: tie and node files, and how to split and read them (shared by
/// `network measures` and `plot network`).
public struct NetworkInputOptions: ParsableArguments {
    /// The tie file.
    @Option(help: ArgumentHelp("Tie file (CSV): from,to[,relation|topic][,weight|value][,mode][,school].",
                               valueName: "file"))
    public var edges: String

    /// The node (roster) file.
    @Option(help: ArgumentHelp("Node or roster file (CSV): id[,school][,role][,answered],... .", valueName: "file"))
    public var nodes: String

    /// Only this relation.
    @Option(help: ArgumentHelp("Only this relation (topic); default: each relation is its own network.",
                               valueName: "name"))
    public var relation: String?

    /// The tie-value column.
    @Option(help: ArgumentHelp("Column of tie values (frequency or weight); default weight, value or frequency.",
                               valueName: "column"))
    public var weight: String?

    /// The tie-length column.
    @Option(help: ArgumentHelp("Column of tie lengths for weighted betweenness (e.g. a frequency code where 1 is most "
                                   + "often); tie values are never taken as lengths.", valueName: "column"))
    public var distance: String?

    /// Ties as undirected.
    @Flag(help: "Treat ties as undirected (a pair named either way is one edge).")
    public var undirected = false

    /// The school column.
    @Option(help: ArgumentHelp("Column naming each row's school, in both files: one network per school and relation "
                                   + "(default: 'school' when the files have it).", valueName: "column"))
    public var school: String?

    /// The codebook's network questions.
    @Option(help: ArgumentHelp("Network questions of the codebook (CSV kind,key,text): ties about other topics or "
                                   + "with values off its frequency scale are bad data.", valueName: "file"))
    public var questions: String?

    /// Creates the options (ArgumentParser needs this).
    public init() {}

    /// Reads both files into a survey.
    public func read() throws -> NetworkSurvey {
        let roster = try Roster(file: nodes, schoolColumn: school)
        let ties: TieList
        if let questions {
            ties = try TieList(file: edges, questions: NetworkQuestions(file: questions), weightColumn: weight,
                               schoolColumn: school, distanceColumn: distance)
        } else {
            ties = try TieList(file: edges, weightColumn: weight, schoolColumn: school, distanceColumn: distance)
        }
        return NetworkSurvey(roster: roster, ties: ties, directed: !undirected)
    }

    /// Whether either input is synthetic by its file name.
    var isSynthetic: Bool { SyntheticLabel.isSynthetic(edges) || SyntheticLabel.isSynthetic(nodes) }
}
