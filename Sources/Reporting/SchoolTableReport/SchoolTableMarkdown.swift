import DataTable
import Regression

/// The Markdown of a report on a district's own files.
struct SchoolTableMarkdown {
    let analysis: SchoolTableAnalysis

    var labels: SchoolTableLabels { analysis.labels }

    func render() throws -> String {
        var out = "# " + MarkdownText.escapeInline(labels.title) + "\n\n"
        if let note = labels.dataNote { out += "> " + MarkdownText.escapeInline(note) + "\n\n" }
        out += try dataSection() + "\n" + modelsSection()
        return out
    }

    func dataSection() throws -> String {
        let scores = analysis.scores
        let low = SchoolTableMarkdown.plain(scores.range.lowerBound)
        let high = SchoolTableMarkdown.plain(scores.range.upperBound)
        var out = "## Data\n\n"
        out += "Files: " + analysis.fileNames.map { "`\($0)`" }.joined(separator: ", ") + ".\n\n"
        out += "Survey: " + MarkdownText.escapeInline(labels.survey) + ", school-level scores on a \(low)-\(high) scale ("
            + scores.measures.map { "`\($0.column)` " + MarkdownText.escapeInline($0.label) }.joined(separator: ", ")
            + "). Schools with fewer than \(analysis.options.suppressBelow) respondents (`\(scores.count)`) are "
            + "suppressed: their scores are neither shown nor used. Reliability (Cronbach's alpha, ICC) needs each respondent's answers and cannot be computed "
            + "from school averages, so it is unavailable for this survey.\n\n"
        out += "Outcome: " + MarkdownText.escapeInline(labels.outcomeLabel) + " (`\(labels.outcomeName)`, in "
            + MarkdownText.escapeInline(labels.outcomeUnits) + ")"
        out += analysis.hasPrior ? "; prior year: " + MarkdownText.escapeInline(labels.priorLabel)
            + " (`\(labels.priorName)`)" : "; no prior year"
        out += ". Poverty: " + MarkdownText.escapeInline(labels.povertyLabel) + " (`\(labels.povertyName)`).\n\n"
        out += "\(analysis.sample.count) schools are used; \(analysis.sample.leftOut.count) schools of the survey file "
            + "are left out:\n\n"
        var reasons: [(String, Int)] = []
        for school in analysis.sample.leftOut {
            if let index = reasons.firstIndex(where: { $0.0 == school.reason }) { reasons[index].1 += 1 }
            else { reasons.append((school.reason, 1)) }
        }
        var table = MarkdownTable(headers: ["Reason", "Schools"], alignments: [.left, .right])
        for (reason, count) in reasons { table.append([reason, String(count)]) }
        out += table.render() + "\n" + (try describe())
        return out
    }

    func describe() throws -> String {
        var table = MarkdownTable(headers: ["Variable", "Mean", "SD", "Min", "Max"],
                                  alignments: [.left, .right, .right, .right, .right])
        var columns = analysis.scores.measures.map { ($0.column, $0.label) }
        columns.append((labels.outcomeName, labels.outcomeLabel))
        if analysis.hasPrior {
            columns.append((labels.priorName, labels.priorLabel))
            columns.append((labels.growthName, "Growth (\(labels.outcomeName) - \(labels.priorName))"))
        }
        columns.append((labels.povertyName, labels.povertyLabel))
        for (column, label) in columns {
            let values = try analysis.sample.table.numeric(column).compactMap { $0 }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(values.count - 1, 1))
            table.append([label + " (\(column))"] + [mean, variance.squareRoot(), values.min() ?? .nan,
                                                     values.max() ?? .nan].map { NumberFormatting.fixed($0, decimals: 2) })
        }
        return "School table (\(analysis.sample.count) schools):\n\n" + table.render()
    }

    func modelsSection() throws -> String {
        let level = Int((analysis.options.level * 100).rounded())
        var out = "## Models\n\n"
        out += "Each survey measure is put in the same core models, one at a time, with "
            + "\(analysis.options.covariance.description) standard errors and \(level)% intervals. With "
            + "\(analysis.scores.measures.count) measures there are \(analysis.scores.measures.count) tests of the same "
            + "question in each model, so one of them may look significant by chance; the Holm-adjusted p-value "
            + "(beside the unadjusted one) keeps the chance of any false finding among them at 5%.\n\n"
        if !analysis.hasPrior {
            out += "The data description gives no prior-year outcome, so the growth and lagged models cannot be "
                + "fitted; only the level models are shown.\n\n"
        }
        for kind in SchoolTableAnalysis.Kind.allCases {
            let models = analysis.models(kind)
            guard let first = models.first else { continue }
            out += "### " + title(kind) + "\n\n`" + first.model.formula.replacingOccurrences(
                of: first.measure.column, with: "MEASURE") + "`\n\n"
            out += table(models) + "\n"
        }
        return out
    }

    func title(_ kind: SchoolTableAnalysis.Kind) -> String {
        switch kind {
        case .level: return "(1) Outcome on the measure"
        case .levelPoverty: return "(2) Adding poverty"
        case .growth: return "(3) Growth on the measure and poverty"
        case .lagged: return "(4) Outcome on the measure, poverty and the prior year"
        }
    }

    func table(_ models: [SchoolTableAnalysis.Model]) -> String {
        var table = MarkdownTable(headers: ["Measure", "Estimate", "Std. error", "\(intervalHeader)", "p", "Holm p",
                                            "R²", "n"],
                                  alignments: [.left, .right, .right, .right, .right, .right, .right, .right])
        for model in models {
            guard let row = model.model.row(model.measure.column) else { continue }
            table.append([model.measure.label, NumberFormatting.fixed(row.estimate, decimals: 3),
                          NumberFormatting.fixed(row.standardError, decimals: 3),
                          NumberFormatting.fixed(row.lowerBound, decimals: 2) + " to "
                            + NumberFormatting.fixed(row.upperBound, decimals: 2),
                          NumberFormatting.pValue(row.pValue), NumberFormatting.pValue(model.holmPValue),
                          NumberFormatting.fixed(model.model.fit.rSquared, decimals: 3),
                          String(model.model.fit.observationCount)])
        }
        return table.render()
    }

    /// `10` for 10.0, `7.5` for 7.5.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : NumberFormatting.roundTrip(value)
    }

    var intervalHeader: String { "\(Int((analysis.options.level * 100).rounded()))% interval" }
}
