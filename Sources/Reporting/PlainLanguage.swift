import Regression

/// Sentences a school board member can read, written from a model's numbers.
public enum PlainLanguage {
    /// "Holding poverty constant, schools one point higher on partnership scored about 25 API points higher (95%
    /// interval 6 to 44 points; p = 0.009)." for the model's first slope, or `nil` if the model has none.
    ///
    /// - Parameters:
    ///   - labels: reader-friendly names for terms and the response (e.g. `meals` -> "poverty").
    ///   - unit: what the response is measured in ("API points").
    ///   - fit: the fitted model.
    ///   - table: its coefficient table under the covariance the sentence reports.
    public static func firstSlopeSentence(fit: LinearModelFit, table: CoefficientTable, labels: [String: String] = [:],
                                          unit: String? = nil) -> String? {
        let design = fit.design
        // Only a one-column main effect that no interaction involves has a single "one unit higher" reading; a factor
        // level or a term inside an interaction would need a sentence per group.
        let interacting = Set(design.termLabels.filter { $0.contains(":") }.flatMap { $0.split(separator: ":").map(String.init) })
        let columnsPerTerm = Dictionary(grouping: design.termOfColumn.compactMap { $0 }, by: { $0 }).mapValues(\.count)
        guard let row = table.rows.first(where: { row in
            guard let column = design.columnNames.firstIndex(of: row.term), let term = design.termOfColumn[column] else {
                return false
            }
            return design.termLabels[term] == row.term && columnsPerTerm[term] == 1 && !interacting.contains(row.term)
        }) else { return nil }
        // Controls are the other terms that were estimated: a term whose every column is aliased controls for nothing.
        let estimatedTerms = Set(fit.estimatedColumns.compactMap { design.termOfColumn[$0] })
        let others = design.termLabels.indices.filter { estimatedTerms.contains($0) && design.termLabels[$0] != row.term }
            .map { labels[design.termLabels[$0]] ?? design.termLabels[$0] }
        return effectSentence(term: labels[row.term] ?? row.term, response: labels[design.responseName] ?? design.responseName,
                              estimate: row.estimate, low: row.lowerBound, high: row.upperBound, pValue: row.pValue,
                              level: table.level, controls: others, unit: unit)
    }

    /// The sentence for one coefficient, in words.
    public static func effectSentence(term: String, response: String, estimate: Double, low: Double, high: Double,
                                      pValue: Double, level: Double, controls: [String], unit: String?) -> String {
        let size = NumberFormatting.significant(abs(estimate))
        let direction = estimate >= 0 ? "higher" : "lower"
        let measured = unit.map { " " + $0 } ?? ""
        var sentence = ""
        if !controls.isEmpty {
            sentence += "Holding " + listed(controls.map(MarkdownText.escapeInline)) + " constant, "
        }
        let subject = controls.isEmpty ? "Schools" : "schools"
        sentence += "\(subject) one unit higher on " + MarkdownText.escapeInline(term) + " had "
            + MarkdownText.escapeInline(response) + " about \(size)\(measured) \(direction)"
        let percent = NumberFormatting.fixed(level * 100, decimals: 0)
        sentence += " (\(percent)% interval " + NumberFormatting.significant(low) + " to " + NumberFormatting.significant(high)
        sentence += "; p " + (pValue < 0.001 ? "< 0.001" : "= " + NumberFormatting.fixed(pValue, decimals: 3)) + ")."
        if low <= 0 && high >= 0 {
            sentence += " The interval includes zero, so these data cannot rule out no association."
        }
        return sentence
    }

    /// "a", "a and b", "a, b and c".
    static func listed(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
