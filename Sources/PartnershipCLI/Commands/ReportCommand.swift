import ArgumentParser
import DataTable
import Education
import Foundation
import Regression
import Reporting

/// `partnership report`: the board report (report/report.md and its SVG figures), on the shipped data or yours.
public struct ReportCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the board report (report/report.md and its SVG figures).",
        discussion: """
            Without options this is the package's main job: it scores the SYNTHETIC 2011 PAL survey for ABC Unified \
            (data/survey/pal-2011-abc-synthetic.csv), merges it with the real 2011 and 2012 API data, fits the four \
            core models (API on partnership; adding poverty; growth; the lagged model) with HC3 standard errors, \
            and writes report/report.md with its figures in report/figures/. The report says what was left out and \
            why, shows survey reliability and suppressed school scores, the nested F test, standardized \
            coefficients, diagnostics and a statewide section on the real data.

            With options it runs the same analysis on your survey, codebook and API files, district and years. \
            Settings can also come from a flat YAML or JSON file (--config); options on the command line win. \
            The folder is written all or nothing: a failed run leaves any previous report as it was.

            Examples:
              partnership report
              partnership report --responses pal-2013.csv --survey-year 2012 --outcome-year 2013 --output report-2013
              partnership report --config my-district.yaml --vcov HC2
            """
    )

    /// Survey responses.
    @Option(help: ArgumentHelp("Survey responses CSV (default: the shipped SYNTHETIC 2011 PAL survey for ABC Unified).",
                               valueName: "file"))
    public var responses: String?

    /// Codebook.
    @Option(help: ArgumentHelp("Codebook YAML (default: the shipped PAL codebook).", valueName: "file"))
    public var codebook: String?

    /// The achievement files, schools and years (the same block as `merge-years`').
    @OptionGroup public var scope: SchoolScopeOptions

    /// Standard errors.
    @Option(help: ArgumentHelp("Standard errors: classical, HC0, HC1, HC2, HC3 (default), CR1:COLUMN or CR2:COLUMN.",
                               valueName: "type"))
    public var vcov: String?

    /// Confidence level.
    @Option(help: ArgumentHelp("Confidence level of the intervals (default 0.95).", valueName: "level"))
    public var level: Double?

    /// Suppression threshold.
    @Option(name: .customLong("suppress-below"),
            help: ArgumentHelp("Suppress survey results of groups with fewer respondents than this (default 5, at least 3).",
                               valueName: "n"))
    public var suppressBelow: Int?

    /// Minimum answered share.
    @Option(name: .customLong("min-answered"),
            help: ArgumentHelp("Share of an area's items that must be answered to score it (default 0.5).", valueName: "share"))
    public var minAnswered: Double?

    /// Influential schools to name.
    @Option(help: ArgumentHelp("How many of the most influential schools to name (default 5).", valueName: "n"))
    public var influentialSchools: Int?

    /// Statewide section on or off.
    @Flag(inversion: .prefixedNo, help: "Add the statewide context section from the growth file (default on).")
    public var statewide: Bool?

    /// Config file.
    @Option(help: ArgumentHelp("Flat YAML or JSON file of these settings (command-line options win).", valueName: "file"))
    public var config: String?

    /// Output folder.
    @Option(help: ArgumentHelp("Folder to write report.md and figures/ into (default: report).", valueName: "folder"))
    public var output: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Reads the inputs, builds the report in memory and writes its folder all or nothing.
    public func run() throws {
        let file = try config.map { try ReportConfiguration.load(file: $0) }
        if let file, SchoolTableSettings.describesOwnFiles(file) { return try runOnOwnFiles(file) }
        let settings = try ReportSettings(command: self)
        // Refuse an output folder holding other files before the slow part, so a mistake costs no waiting.
        try ReportFolderOutput.checkReplaceable(settings.output)
        let book = try Codebook.load(file: settings.codebook)
        let answers = try SurveyResponses.load(file: settings.responses, codebook: book)
        let growthFile = try APIGrowthFile.read(file: settings.growth)
        let baseFile = try APIBaseFile.read(file: settings.base)
        let inputs = BoardReportInputs(
            responses: answers, growth: growthFile, base: baseFile,
            fileNames: .init(responses: settings.responses, codebook: settings.codebook, growth: settings.growth,
                             base: settings.base))
        let report = try BoardReport(inputs: inputs, options: settings.options)
        try ReportFolderOutput.write(report.files.map { ($0.path, $0.contents) }, to: settings.output)
        let figures = report.files.count - 1
        print("wrote \(settings.output)/\(BoardReport.markdownName) and \(figures) figures in \(settings.output)/"
              + "\(BoardReport.figureFolder) (\(report.analysis.sample.count) schools"
              + (report.analysis.isSynthetic ? "; the survey data are SYNTHETIC)" : ")"))
        if let note = book.missingAreasNote {
            FileHandle.standardError.write(Data("note: \(settings.codebook): \(note)\n".utf8))
        }
    }
}

extension ReportCommand {
    /// The report on a district's own files (a config with `survey-scores`): report.md and report.json.
    func runOnOwnFiles(_ file: ReportConfiguration) throws {
        let output = output ?? file.text("output") ?? "report"
        guard !output.isEmpty else { throw CommandError(.usage, "--output needs a folder name") }
        try ReportFolderOutput.checkReplaceable(output)
        let settings = try SchoolTableSettings(config: file, command: self)
        let report = try SchoolTableReport(inputs: settings.inputs, options: settings.options)
        try ReportFolderOutput.write(report.files.map { ($0.path, $0.contents) }, to: output)
        print("wrote \(output)/\(BoardReport.markdownName), \(SchoolTableReport.jsonName) and \(SchoolTableReport.tableName) "
              + "(\(report.analysis.sample.count) schools, \(report.analysis.models.count) models)")
    }
}
