import ArgumentParser
import DataTable
import Education

/// The inputs of `merge-years` and `exclusions`: the shared achievement files and school scope, and a survey table.
public struct MergeYearsOptions: ParsableArguments {
    /// The achievement files, schools and years (the same block as `report`'s).
    @OptionGroup public var scope: SchoolScopeOptions

    /// A school-level survey table.
    @Option(help: ArgumentHelp("School-level survey measures, one row per school with a 'cds' column.", valueName: "file"))
    public var survey: String?

    /// Creates the options (ArgumentParser needs this).
    public init() {}

    /// Reads the files and builds the merge.
    func buildMerge() throws -> LaggedMerge {
        let growthFile = try APIGrowthFile.read(file: scope.growthPath())
        let baseFile = try APIBaseFile.read(file: scope.basePath())
        let surveyTable = try survey.map {
            try CSVReader.read(file: $0, options: CSVOptions(textColumns: ["cds", "CDS"]))
        }
        return try LaggedMerge.build(growth: growthFile, base: baseFile, survey: surveyTable,
                                     options: try scope.mergeOptions())
    }
}
