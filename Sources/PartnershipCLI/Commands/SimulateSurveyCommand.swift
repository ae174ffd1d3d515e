import ArgumentParser
import DataTable
import Education
import Foundation

/// `partnership simulate-survey`: simulates a PAL survey (synthetic data) with a known partnership effect.
public struct SimulateSurveyCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "simulate-survey",
        abstract: "Simulate a PAL survey (synthetic data) with a known partnership effect.",
        discussion: """
            Gives each school in --schools a latent partnership level and draws teachers' answers to every codebook \
            item from it (model, defaults and formulas: data/survey/README.md). With --effect E, school levels are \
            drawn so that, across the input schools, the outcome rises E points per survey point of partnership \
            holding poverty constant; with --effect 0 partnership is unrelated to the outcome. The same inputs and \
            --seed give a byte-identical file on every platform. The output is synthetic: its file name must say so.

            Example:
              partnership merge-years --output abc-2011-2012.csv
              partnership simulate-survey --schools abc-2011-2012.csv --outcome-column api12 \\
                --poverty-column meals --seed 2011 --effect 25 --output pal-2011-abc-synthetic.csv
            """
    )

    /// The school table.
    @Option(name: .long, help: "CSV of schools: a CDS code, the outcome and poverty columns (named below).")
    var schools: String

    /// The codebook.
    @Option(name: .long, help: "Codebook YAML giving the items to simulate (default: the shipped PAL codebook).")
    var codebook: String?

    /// The CDS column.
    @Option(name: .customLong("cds-column"), help: "Column of 14-digit CDS codes.")
    var cdsColumn: String = "cds"

    /// The name column.
    @Option(name: .customLong("name-column"), help: "Column of school names (optional; echoed in --truth).")
    var nameColumn: String?

    /// The outcome column.
    @Option(name: .customLong("outcome-column"), help: "Column of the outcome the effect is on (for example api12).")
    var outcomeColumn: String = "api12"

    /// The poverty column.
    @Option(name: .customLong("poverty-column"), help: "Column of the poverty control (for example meals).")
    var povertyColumn: String = "meals"

    /// The seed.
    @Option(name: .long, help: "Seed of the random numbers (a whole number 0 to 2^64-1).")
    var seed: UInt64

    /// The effect.
    @Option(name: .long, parsing: .unconditional,
            help: "True effect: outcome points per survey point of school partnership, holding poverty (may be negative).")
    var effect: Double = 0

    /// SD of school levels.
    @Option(name: .customLong("school-sd"), help: "SD of school latent partnership levels, in survey points.")
    var schoolSD: Double = 0.4

    /// Target latent ICC.
    @Option(name: .long, help: "Target ICC of respondents' latent partnership (between 0 and 1).")
    var icc: Double = 0.2

    /// Mean respondents per school.
    @Option(name: .long, help: "Mean respondents per school (Poisson), unless --size-column is given.")
    var respondents: Double = 25

    /// Size column.
    @Option(name: .customLong("size-column"), help: "Column of school size; respondents per school then follow size.")
    var sizeColumn: String?

    /// Size per respondent.
    @Option(name: .customLong("size-per-respondent"), help: "With --size-column: school size per respondent (Poisson mean = size / this).")
    var sizePerRespondent: Double = 20

    /// Missing-answer rate.
    @Option(name: .customLong("missing-rate"), help: "Chance that any one answer is missing.")
    var missingRate: Double = 0.04

    /// Output file.
    @Option(name: .long, help: "Responses CSV to write; its file name must contain 'synthetic'.")
    var output: String

    /// Truth file.
    @Option(name: .long, help: "Also write each school's drawn latent level (CSV); its name must contain 'synthetic'.")
    var truth: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Refuses output names that do not say the data are synthetic.
    public func validate() throws {
        for (option, path) in [("--output", output), ("--truth", truth)] {
            guard let path else { continue }
            let name = URL(fileURLWithPath: path).lastPathComponent
            guard name.lowercased().contains("synthetic") else {
                throw ValidationError("\(option) '\(path)': the file name must contain 'synthetic' so simulated "
                                      + "answers are never mistaken for a real survey (for example pal-2011-synthetic.csv)")
            }
        }
    }

    /// Simulates and writes the survey.
    public func run() throws {
        var settings = SimulationSettings(seed: seed)
        settings.effect = effect
        settings.schoolSD = schoolSD
        settings.latentICC = icc
        settings.respondentsPerSchool = respondents
        settings.sizePerRespondent = sizeColumn == nil ? nil : sizePerRespondent
        settings.missingRate = missingRate
        try settings.validate()

        let codebookPath = codebook ?? ShippedData.path(SurveyFiles.palCodebook)
        let book = try Codebook.load(file: codebookPath)
        let textColumns = Set([cdsColumn] + (nameColumn.map { [$0] } ?? []))
        let table = try CSVReader.read(file: schools, options: CSVOptions(textColumns: textColumns))
        for column in [cdsColumn, outcomeColumn, povertyColumn] + [nameColumn, sizeColumn].compactMap({ $0 })
        where !table.hasColumn(column) {
            throw CommandError(.usage, "\(schools): no column '\(column)'; the columns are: "
                               + "\(table.columnNames.joined(separator: ", ")) (name the right one with its --...-column option)")
        }
        let input = try SimulationSchool.load(from: table, cds: cdsColumn, name: nameColumn, outcome: outcomeColumn,
                                              poverty: povertyColumn, size: sizeColumn,
                                              requireOutcome: effect != 0, requireSize: sizeColumn != nil)
        let survey = try SimulatedSurvey(schools: input, codebook: book, settings: settings)
        let responsesText = try survey.responses.csvText()
        let truthText = CSVWriter().text(of: try survey.truthTable())
        // Responses and truth together or neither (OutputSet).
        var outputs = OutputSet()
        if let truth { outputs.add(truthText, to: truth) }
        outputs.add(responsesText, to: output)
        try outputs.commit()
    }
}
