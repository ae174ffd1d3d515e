import DataTable
import Education
import Regression
import Reporting

/// The data description of a report on a district's own files, read from the `--config` file: which file gives the
/// school survey scores, the outcome, the prior-year outcome and poverty, their key and value columns, row filters,
/// weights, missing-value tokens, and the labels the report prints. `data/nyc/nyc-2011.yaml` is the worked example.
///
/// A config with `survey-scores` is such a description; without it `partnership report` reads the California API
/// files as before.
struct SchoolTableSettings {
    var inputs: SchoolTableInputs
    var options: SchoolTableOptions

    /// The description's keys, with what each expects (added to the config file's keys).
    static let keys: [(key: String, expects: String)] = [
        ("title", "the report's title"), ("data-note", "a sentence on what the data are and cover"),
        ("survey-scores", "a file of school-level survey scores"), ("survey-title", "the survey's name"),
        ("survey-key", "the school key column"), ("survey-measures", "COLUMN: label; COLUMN: label ..."),
        ("survey-range", "the scores' range, as MIN-MAX"), ("survey-count", "the respondent count column"),
        ("survey-rate", "the response rate column"), ("survey-missing", "comma-separated missing-value tokens"),
        ("survey-delimiter", "tab or one character"),
        ("achievement", "the outcome file"), ("achievement-key", "the school key column"),
        ("achievement-value", "the outcome column"), ("achievement-weight", "a weight column"),
        ("achievement-missing", "comma-separated missing-value tokens"), ("achievement-delimiter", "tab or one character"),
        ("outcome-filter", "row filters such as 'Year = 2011; Grade in 3-8'"), ("outcome-name", "a column name"),
        ("outcome-label", "the outcome's label"), ("outcome-units", "the outcome's units"),
        ("prior", "the prior-year file (default: the achievement file)"), ("prior-value", "the prior-year column"),
        ("prior-filter", "row filters"), ("prior-name", "a column name"), ("prior-label", "the prior year's label"),
        ("poverty", "the poverty file"), ("poverty-key", "the school key column"), ("poverty-value", "the poverty column"),
        ("poverty-filter", "row filters"), ("poverty-missing", "comma-separated missing-value tokens"),
        ("poverty-delimiter", "tab or one character"), ("poverty-label", "poverty's label"),
    ]

    /// The keys whose values are paths.
    static let pathKeys: Set<String> = ["survey-scores", "achievement", "prior", "poverty"]

    /// Whether `config` describes a district's own files.
    static func describesOwnFiles(_ config: ReportConfiguration?) -> Bool { config?.text("survey-scores") != nil }

    /// Reads the description and the files it names.
    ///
    /// - Throws: `CommandError` 64 for a missing or unreadable setting; the readers' errors for the files.
    init(config c: ReportConfiguration, command: ReportCommand) throws {
        func need(_ key: String) throws -> String {
            guard let value = c.text(key) else {
                throw CommandError(.usage, "\(c.source): the data description has 'survey-scores' but no '\(key)'; "
                                   + "add '\(key): ...' (see data/nyc/nyc-2011.yaml)")
            }
            return value
        }
        let scores = try SchoolScoreFile(try SchoolTableSettings.scoreDescription(c, need: need))
        let outcome = try SchoolValues.read(try SchoolTableSettings.value(c, prefix: "achievement", file: need("achievement"),
                                                                           value: need("achievement-value"),
                                                                           filter: c.text("outcome-filter"), need: need))
        var prior: SchoolValues?
        if c.text("prior") != nil || c.text("prior-value") != nil || c.text("prior-filter") != nil {
            prior = try SchoolValues.read(try SchoolTableSettings.value(
                c, prefix: "achievement", file: c.text("prior") ?? need("achievement"),
                value: c.text("prior-value") ?? need("achievement-value"), filter: c.text("prior-filter"), need: need))
        }
        let poverty = try SchoolValues.read(try SchoolTableSettings.value(c, prefix: "poverty", file: need("poverty"),
                                                                           value: need("poverty-value"),
                                                                           filter: c.text("poverty-filter"), need: need))
        let outcomeName = c.text("outcome-name") ?? "outcome"
        let labels = SchoolTableLabels(
            title: c.text("title") ?? "Survey scores and school outcomes", survey: c.text("survey-title") ?? scores.description.file,
            dataNote: c.text("data-note"), outcomeName: outcomeName,
            outcomeLabel: c.text("outcome-label") ?? outcomeName, outcomeUnits: c.text("outcome-units") ?? "points",
            priorName: c.text("prior-name") ?? "prior", priorLabel: c.text("prior-label") ?? (c.text("prior-name") ?? "prior"),
            povertyName: c.text("poverty-value").map(SchoolTableSettings.columnName) ?? "poverty",
            povertyLabel: c.text("poverty-label") ?? "poverty")
        inputs = SchoolTableInputs(scores: scores, outcome: outcome, prior: prior, poverty: poverty, labels: labels)
        let level = try command.level ?? c.number("level") ?? 0.95
        guard level > 0, level < 1 else {
            throw CommandError(.usage, "--level must be between 0 and 1 (got \(level)); 0.95 gives 95% intervals")
        }
        let threshold = try command.suppressBelow ?? c.integer("suppress-below") ?? SuppressionRule.defaultThreshold
        _ = try SuppressionRule(threshold: threshold)
        options = SchoolTableOptions(suppressBelow: threshold,
                                     covariance: try CovarianceType(parsing: command.vcov ?? c.text("vcov") ?? "HC3"),
                                     level: level)
    }

    static func scoreDescription(_ c: ReportConfiguration, need: (String) throws -> String) throws
        -> SchoolScoreDescription {
        let measures = try need("survey-measures").split(separator: ";").map { part -> SchoolScoreDescription.Measure in
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let column = pieces.first, !column.isEmpty else {
                throw CommandError(.usage, "\(c.source): 'survey-measures' lists an empty measure; write 'COLUMN: label; ...'")
            }
            return .init(column: column, label: pieces.count > 1 ? pieces[1] : column)
        }
        let rangeText = try need("survey-range")
        let ends = rangeText.split(separator: "-").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard ends.count == 2, ends[0] < ends[1] else {
            throw CommandError(.usage, "\(c.source): 'survey-range: \(rangeText)' is not MIN-MAX (for example 0-10)")
        }
        return SchoolScoreDescription(file: try need("survey-scores"), key: try need("survey-key"), measures: measures,
                                      range: ends[0]...ends[1], count: try need("survey-count"),
                                      rate: c.text("survey-rate"), missingTokens: tokens(c.text("survey-missing")),
                                      delimiter: try delimiter(c, "survey-delimiter"))
    }

    static func value(_ c: ReportConfiguration, prefix: String, file: String, value: String, filter: String?,
                      need: (String) throws -> String) throws -> SchoolValueDescription {
        SchoolValueDescription(file: file, key: try need("\(prefix)-key"), value: value,
                               filters: try filter.map(RowFilter.parseList) ?? [],
                               weight: prefix == "achievement" ? c.text("achievement-weight") : nil,
                               missingTokens: tokens(c.text("\(prefix)-missing")),
                               delimiter: try delimiter(c, "\(prefix)-delimiter"))
    }

    static func tokens(_ text: String?) -> [String] {
        text?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
    }

    static func delimiter(_ c: ReportConfiguration, _ key: String) throws -> Character {
        guard let text = c.text(key) else { return "," }
        if text.lowercased() == "tab" { return "\t" }
        guard text.count == 1, let character = text.first else {
            throw CommandError(.usage, "\(c.source): '\(key): \(text)' is not 'tab' or one character")
        }
        return character
    }

    /// A data column's name as a model term: letters, digits and `_` (other characters become `_`).
    static func columnName(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }
}
