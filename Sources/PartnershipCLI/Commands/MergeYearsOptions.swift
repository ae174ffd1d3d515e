import ArgumentParser
import DataTable
import Education

/// The inputs and exclusion options shared by `merge-years` and `exclusions`.
public struct MergeYearsOptions: ParsableArguments {
    /// The CDS-keyed growth file.
    @Option(help: ArgumentHelp("CDS-keyed API file with APIyy and NUMyy columns (default: the shipped 2011-2013 file).",
                               valueName: "file"))
    public var growth: String?

    /// The Base file giving MEALS and P_EL.
    @Option(help: ArgumentHelp("Base API file giving MEALS and P_EL, matched by school names (default: the shipped 2012 file).",
                               valueName: "file"))
    public var base: String?

    /// A school-level survey table.
    @Option(help: ArgumentHelp("School-level survey measures, one row per school with a 'cds' column.", valueName: "file"))
    public var survey: String?

    /// County-district code to keep, or `all`.
    @Option(help: ArgumentHelp("Schools to keep: " + LaggedMergeOptions.districtCodeMeaning + "; or 'all'.",
                               valueName: "code"))
    public var district: String = LaggedMergeOptions.abcUnified

    /// The survey (baseline) year.
    @Option(help: "Year of the survey; its API is the baseline.")
    public var surveyYear: Int = 2011

    /// The outcome year.
    @Option(help: "Year of the outcome API.")
    public var outcomeYear: Int = 2012

    /// Whether alternative schools are left out (`--exclude-alternative`, the default) or kept (`--keep-alternative`).
    @Flag(help: "Leave out alternative schools (SPED A or C: ASAM), or keep them.")
    public var alternativeSchools: AlternativeSchools = .excludeAlternative

    /// Whether special-education schools are left out.
    @Flag(help: "Leave out special-education schools (SPED E).")
    public var excludeSpecialEducation: Bool = false

    /// The minimum number of valid scores in both years.
    @Option(help: ArgumentHelp("Leave out schools with fewer valid scores (NUMyy) than this in either year.",
                               valueName: "n"))
    public var minValidScores: Int?

    /// Whether charters are left out.
    @Flag(help: "Leave out charter schools (CHARTER Y or D).")
    public var excludeCharters: Bool = false

    /// Creates the options (ArgumentParser needs this).
    public init() {}

    /// The merge options these flags describe.
    var mergeOptions: LaggedMergeOptions {
        LaggedMergeOptions(surveyYear: surveyYear, outcomeYear: outcomeYear,
                           districtPrefix: district.lowercased() == "all" ? nil : district,
                           excludeAlternative: alternativeSchools == .excludeAlternative,
                           excludeSpecialEducation: excludeSpecialEducation, excludeCharters: excludeCharters,
                           minimumValidScores: minValidScores)
    }

    /// Reads the files and builds the merge.
    func buildMerge() throws -> LaggedMerge {
        let growthFile = try APIGrowthFile.read(file: growth ?? ShippedData.path(ShippedData.growth2011to2013))
        let baseFile = try APIBaseFile.read(file: base ?? ShippedData.path(ShippedData.base2012))
        let surveyTable = try survey.map {
            try CSVReader.read(file: $0, options: CSVOptions(textColumns: ["cds", "CDS"]))
        }
        return try LaggedMerge.build(growth: growthFile, base: baseFile, survey: surveyTable, options: mergeOptions)
    }
}

/// What to do with alternative schools.
public enum AlternativeSchools: String, EnumerableFlag, Sendable {
    /// Leave them out (the default).
    case excludeAlternative
    /// Keep them.
    case keepAlternative

    /// Help for each flag.
    public static func help(for value: AlternativeSchools) -> ArgumentHelp? {
        switch value {
        case .excludeAlternative: return "Leave out alternative schools (SPED A or C: ASAM)."
        case .keepAlternative: return "Keep alternative schools."
        }
    }
}
