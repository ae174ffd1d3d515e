extension BoardReportMarkdown {
    /// Section 7: every California school, real data only, clearly apart from the survey results.
    func statewideSection() -> String? {
        guard let statewide = analysis.statewide else { return nil }
        let exclusions = statewide.exclusions
        let n = statewide.sample.rowCount
        var out = "## 7. Statewide context: all California schools (real data, no survey)\n\n"
        out += "This section uses no survey data at all: only the real API files, for every school in "
            + MarkdownText.escapeInline(analysis.fileNames.growth) + ". It shows how poverty relates to API level and "
            + "to API growth across the state, and where " + MarkdownText.escapeInline(districtTitle)
            + "'s schools sit.\n\n"
        out += "Of the \(BoardReportText.count(exclusions.schoolsInFile)) schools in the file, "
            + "\(BoardReportText.count(exclusions.excluded.count)) were left out by the same rules as above ("
            + mergeRulesInWords() + "), \(BoardReportText.count(statewide.missingPoverty)) have no poverty value "
            + "(their names matched no single school of the Base API file) and "
            + "\(BoardReportText.count(statewide.missingAPI)) lack an API score in \(v.surveyYear) or "
            + "\(v.outcomeYear). The models use the remaining \(BoardReportText.count(n)) schools.\n\n"
        let table = RegressionTable(models: [statewide.levelModel.summary, statewide.growthModel.summary],
                                    termLabels: v.termLabels, decimals: 3,
                                    sampleNote: "Both models use the same \(BoardReportText.count(n)) schools.",
                                    observationLabel: "N (schools)")
        out += table.render() + "\n"
        if let level = statewide.levelModel.row(v.poverty), let growth = statewide.growthModel.row(v.poverty) {
            let percent = BoardReportText.percent(analysis.options.level)
            func tenPoints(_ row: (Double, Double, Double)) -> String {
                BoardReportText.points(abs(row.0 * 10)) + " points " + (row.0 < 0 ? "lower" : "higher") + " ("
                    + percent + " interval " + BoardReportText.points(row.1 * 10) + " to "
                    + BoardReportText.points(row.2 * 10) + ")"
            }
            out += "Across California, a school with 10 percentage points more students in poverty had a "
                + "\(v.outcomeYear) API about " + tenPoints((level.estimate, level.lowerBound, level.upperBound))
                + "; poverty alone accounts for "
                + NumberFormatting.fixed(100 * statewide.levelModel.fit.rSquared, decimals: 0) + "% of the "
                + "differences in API level. Its growth from \(v.surveyYear) to \(v.outcomeYear) was about "
                + tenPoints((growth.estimate, growth.lowerBound, growth.upperBound)) + ", and poverty accounts for "
                + BoardReportMarkdown.share(statewide.growthModel.fit.rSquared) + " of the differences in growth. Poverty tells a lot about where a school stands and little about how much it "
                + "improves in a year, which is why this report also looks at growth.\n\n"
        }
        let codes = (try? statewide.sample.text("cds")) ?? []
        let growth = (try? statewide.sample.numeric(v.growth)) ?? []
        let district = zip(codes, growth).compactMap { code, value in code.flatMap { statewide.districtCodes.contains($0) ? value : nil } }
        let state = growth.compactMap { $0 }
        if !district.isEmpty && analysis.options.merge.districtPrefix != nil {
            let districtMean = district.reduce(0, +) / Double(district.count)
            let stateMean = state.reduce(0, +) / Double(max(1, state.count))
            out += MarkdownText.escapeInline(districtTitle) + "'s \(district.count) schools in this table grew by "
                + BoardReportText.points(districtMean) + " API points on average, against "
                + BoardReportText.points(stateMean) + " for all \(BoardReportText.count(state.count)) schools.\n\n"
        }
        out += figure(figures.statewideGrowth!, number: 4) + "\n"
        out += figure(figures.statewideLevel!, number: 5)
        return out
    }

    /// A share as a percentage with one decimal, or "less than 0.1%".
    static func share(_ value: Double) -> String {
        value < 0.001 ? "less than 0.1%" : NumberFormatting.fixed(100 * value, decimals: 1) + "%"
    }

    /// The merge's exclusion rules in a few words.
    func mergeRulesInWords() -> String {
        let m = analysis.options.merge
        var rules: [String] = []
        if m.excludeAlternative { rules.append("alternative schools") }
        if m.excludeSpecialEducation { rules.append("special-education schools") }
        if m.excludeCharters { rules.append("charter schools") }
        if let minimum = m.minimumValidScores { rules.append("schools with fewer than \(minimum) valid scores") }
        return rules.isEmpty ? "none set" : BoardReportText.list(rules)
    }
}
