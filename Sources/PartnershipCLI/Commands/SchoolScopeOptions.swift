import ArgumentParser
import Education

/// The achievement files and the schools and years a merge covers: one option block for `report`, `merge-years` and
/// `exclusions`.
///
/// Every value is optional so that `report` can layer the command line over its `--config` file over the defaults;
/// `merge-years` and `exclusions` have no config file and get the defaults directly.
public struct SchoolScopeOptions: ParsableArguments {
    /// The CDS-keyed growth file.
    @Option(help: ArgumentHelp("CDS-keyed API file with APIyy and NUMyy columns (default: the shipped 2011-2013 file).",
                               valueName: "file"))
    public var growth: String?

    /// The Base file giving MEALS and P_EL.
    @Option(help: ArgumentHelp("Base API file giving MEALS and P_EL, matched by school names (default: the shipped 2012 file).",
                               valueName: "file"))
    public var base: String?

    /// County-district code to keep, or `all`.
    @Option(help: ArgumentHelp("Schools to keep: " + LaggedMergeOptions.districtCodeMeaning + " (the default is ABC "
                               + "Unified); or 'all'.", valueName: "code"))
    public var district: String?

    /// The survey (baseline) year.
    @Option(help: ArgumentHelp("Year of the survey; its API is the baseline (default 2011).", valueName: "year"))
    public var surveyYear: Int?

    /// The outcome year.
    @Option(help: ArgumentHelp("Year of the outcome API (default 2012).", valueName: "year"))
    public var outcomeYear: Int?

    /// Whether alternative schools are left out (`--exclude-alternative`, the default) or kept (`--keep-alternative`).
    @Flag(help: "Leave out alternative schools (SPED A or C: ASAM; the default), or keep them.")
    public var alternativeSchools: AlternativeSchools?

    /// Whether special-education schools are left out.
    @Flag(help: "Leave out special-education schools (SPED E).")
    public var excludeSpecialEducation: Bool = false

    /// Whether charters are left out.
    @Flag(help: "Leave out charter schools (CHARTER Y or D).")
    public var excludeCharters: Bool = false

    /// The minimum number of valid scores in both years.
    @Option(help: ArgumentHelp("Leave out schools with fewer valid scores (NUMyy) than this in either year.",
                               valueName: "n"))
    public var minValidScores: Int?

    /// Creates the options (ArgumentParser needs this).
    public init() {}

    /// The growth file: the command line's, else the config file's, else the shipped one.
    func growthPath(config: ReportConfiguration? = nil) -> String {
        growth ?? config?.text("growth") ?? ShippedData.path(ShippedData.growth2011to2013)
    }

    /// The Base file: the command line's, else the config file's, else the shipped one.
    func basePath(config: ReportConfiguration? = nil) -> String {
        base ?? config?.text("base") ?? ShippedData.path(ShippedData.base2012)
    }

    /// The merge these options describe: each setting from the command line, else `config`, else the default.
    ///
    /// - Throws: `CommandError` 64 for a config value of the wrong type.
    func mergeOptions(config: ReportConfiguration? = nil) throws -> LaggedMergeOptions {
        let district = district ?? config?.text("district") ?? LaggedMergeOptions.abcUnified
        let keepAlternative = try alternativeSchools.map { $0 == .keepAlternative }
            ?? config?.flag("keep-alternative") ?? false
        return LaggedMergeOptions(
            surveyYear: try surveyYear ?? config?.integer("survey-year") ?? 2011,
            outcomeYear: try outcomeYear ?? config?.integer("outcome-year") ?? 2012,
            districtPrefix: district.lowercased() == "all" ? nil : district,
            excludeAlternative: !keepAlternative,
            excludeSpecialEducation: try excludeSpecialEducation || (config?.flag("exclude-special-education") ?? false),
            excludeCharters: try excludeCharters || (config?.flag("exclude-charters") ?? false),
            minimumValidScores: try minValidScores ?? config?.integer("min-valid-scores"))
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
        case .excludeAlternative: return "Leave out alternative schools (SPED A or C: ASAM; the default)."
        case .keepAlternative: return "Keep alternative schools."
        }
    }
}
