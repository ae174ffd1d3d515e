import Regression

extension BoardReportMarkdown {
    /// The note under the models table: the common sample and who was left out.
    var sampleNote: String {
        let sample = analysis.sample
        var note = "All four models use the same \(sample.count) schools"
        if sample.leftOut.isEmpty {
            note += "; no merged school was left out."
        } else {
            note += "; " + BoardReportText.count(sample.leftOut.count) + " merged " + (sample.leftOut.count == 1 ? "school was" : "schools were")
                + " left out because a value was missing (section 1 lists them)."
        }
        let excluded = analysis.merge.exclusions.excluded.count
        if excluded > 0 {
            note += " " + BoardReportText.count(excluded) + " " + (excluded == 1 ? "school was" : "schools were") + " left out of the merge before "
                + "that (section 1)."
        }
        return note
    }

    /// Section 4: the four models side by side, a sentence per model, and the two figures.
    func modelsSection() -> String {
        let level = BoardReportText.percent(analysis.options.level)
        var out = "## 4. Partnership and achievement: the core models\n\n" + banner()
        out += "Four linear regressions, each fitted by least squares on the same schools: (1) \(v.outcomeYear) API "
            + "on partnership alone; (2) adding poverty; (3) API growth from \(v.surveyYear) to \(v.outcomeYear) on "
            + "partnership and poverty; (4) \(v.outcomeYear) API on partnership, poverty and the school's "
            + "\(v.surveyYear) API (the lagged model, which compares schools that started from the same level). "
            + "Each cell shows the estimate, with its standard error in parentheses beneath it.\n\n"
        let table = RegressionTable(models: analysis.models.map(\.summary), termLabels: v.termLabels, decimals: 2,
                                    sampleNote: sampleNote, observationLabel: "N (schools)")
        out += table.render() + "\n"
        out += "What the partnership row says, model by model:\n\n"
        for model in analysis.models {
            if let sentence = modelSentence(model) {
                out += "Model " + shortName(model) + ". " + sentence + "\n\n"
            } else {
                out += "Model " + shortName(model) + ". The partnership coefficient could not be estimated (it is "
                    + "aliased with the other measures).\n\n"
            }
        }
        let sd = DescriptiveStatistics(analysis.sampleValues(v.partnership)).standardDeviation
        if let row = analysis.models[BoardReportAnalysis.focusModel].row(v.partnership) {
            out += "One PAL point is a large step: the schools' PAL indexes have a standard deviation of "
                + NumberFormatting.fixed(sd, decimals: 2) + " points. For a more typical difference of one standard "
                + "deviation, model (2)'s estimate means about " + BoardReportText.points(row.estimate * sd)
                + " API points (interval " + BoardReportText.points(row.lowerBound * sd) + " to "
                + BoardReportText.points(row.upperBound * sd) + ").\n\n"
        }
        out += "Intervals are \(level) confidence intervals: ranges of effects that fit the data. With "
            + "\(analysis.sample.count) schools they are wide, and a single school can move an estimate (section 6). "
            + "These models describe how schools differ, not what would happen if a school's partnership changed; "
            + "they cannot show that partnership causes higher or lower scores.\n\n"
        out += figure(figures.coefficients, number: 1) + "\n"
        out += figure(figures.partnershipVsGrowth, number: 2)
        return out
    }

    /// Section 5: the nested F test and the standardized coefficients.
    func beyondPovertySection() -> String {
        let focus = analysis.models[BoardReportAnalysis.focusModel]
        let classical = analysis.partnershipBeyondPoverty, robust = analysis.partnershipBeyondPovertyRobust
        let se = analysis.options.covariance.description
        var out = "## 5. What partnership adds beyond poverty\n\n" + banner()
        out += "Does knowing a school's partnership score help predict its \(v.outcomeYear) API once poverty is known? "
            + "The test compares model (2) with a model of poverty alone, on the same \(focus.fit.observationCount) "
            + "schools.\n\n"
        var table = MarkdownTable(headers: ["Test", "R² poverty only", "R² with partnership", "F", "df", "p"],
                                  alignments: [.left, .right, .right, .right, .right, .right])
        let without = NumberFormatting.fixed(analysis.povertyOnly.fit.rSquared, decimals: 3)
        let with = NumberFormatting.fixed(focus.fit.rSquared, decimals: 3)
        for (name, test) in [("Classical F test (R's anova)", classical), ("Wald test, \(se) standard errors", robust)] {
            let f = test.fStatistic
            table.append([name, without, with, NumberFormatting.fixed(f.value, decimals: 2),
                          NumberFormatting.significant(f.numeratorDegreesOfFreedom, digits: 3) + " and "
                              + NumberFormatting.significant(f.denominatorDegreesOfFreedom, digits: 3),
                          NumberFormatting.pValue(f.pValue)])
        }
        out += table.render() + "\n"
        let gain = 100 * (focus.fit.rSquared - analysis.povertyOnly.fit.rSquared)
        out += "Poverty alone accounts for " + NumberFormatting.fixed(100 * analysis.povertyOnly.fit.rSquared, decimals: 1)
            + "% of the differences in \(v.outcomeYear) API between these schools; adding partnership raises that by "
            + NumberFormatting.fixed(gain, decimals: 1) + " percentage points. "
            + (classical.fStatistic.pValue < 0.05
                ? "A gain this large would be unusual if partnership added nothing (classical "
                    + BoardReportText.pValue(classical.fStatistic.pValue) + "), "
                : "A gain this small is what chance alone often produces (classical "
                    + BoardReportText.pValue(classical.fStatistic.pValue) + "), ")
            + "and the test with \(se) standard errors, which does not assume equal spread across schools, gives "
            + BoardReportText.pValue(robust.fStatistic.pValue) + ".\n\n"

        out += "Standardized coefficients put every measure on one scale: how many standard deviations the outcome "
            + "differs for one standard deviation more of the measure, holding the model's other measures constant.\n\n"
        let terms = analysis.models.flatMap { $0.fit.design.termLabels }.reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        var standardized = MarkdownTable(headers: [""] + analysis.models.map(\.name))
        for term in terms {
            standardized.append([v.label(term)] + analysis.models.map { model in
                analysis.standardizedCoefficient(term, in: model).map { NumberFormatting.fixed($0, decimals: 2) } ?? ""
            })
        }
        out += standardized.render() + "\n"
        if let p = analysis.standardizedCoefficient(v.partnership, in: focus),
           let m = analysis.standardizedCoefficient(v.poverty, in: focus) {
            out += "In model (2), one standard deviation more partnership goes with "
                + NumberFormatting.fixed(abs(p), decimals: 2) + " standard deviations " + (p >= 0 ? "higher" : "lower")
                + " API, and one standard deviation more poverty with " + NumberFormatting.fixed(abs(m), decimals: 2)
                + " standard deviations " + (m >= 0 ? "higher" : "lower") + " API: "
                + (abs(m) > abs(p) ? "poverty is by far the stronger predictor." : "partnership is the stronger predictor.")
                + " A blank cell means the measure is not in that model.\n"
        }
        return out
    }

    /// Section 6: variance inflation, influential schools, one-school-out ranges, and the residual plot.
    func diagnosticsSection() -> String {
        let diagnostics = analysis.diagnostics
        let focus = analysis.models[diagnostics.focus]
        var out = "## 6. Checking the models\n\n" + banner()
        out += "Variance inflation factors (VIF) show how hard it is to separate a measure from the model's other "
            + "measures: 1 means unrelated, above 5 means closely related, so its estimate is less precise.\n\n"
        let withVIF = analysis.models.indices.filter { !diagnostics.varianceInflation[$0].isEmpty }
        let terms = withVIF.flatMap { diagnostics.varianceInflation[$0].map(\.term) }.reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        var vif = MarkdownTable(headers: [""] + withVIF.map { analysis.models[$0].name })
        for term in terms {
            vif.append([v.label(term)] + withVIF.map { index in
                diagnostics.varianceInflation[index].first { $0.term == term }
                    .map { NumberFormatting.fixed($0.gvif, decimals: 2) } ?? ""
            })
        }
        out += vif.render() + "\n"
        let all = withVIF.flatMap { index in diagnostics.varianceInflation[index].map { (analysis.models[index].name, $0) } }
        if let largest = all.max(by: { $0.1.gvif < $1.1.gvif }) {
            let partnershipLargest = all.filter { $0.1.term == v.partnership }.map(\.1.gvif).max() ?? 1
            out += "Model (1) has a single measure, so it has no VIF. The largest VIF is "
                + NumberFormatting.fixed(largest.1.gvif, decimals: 2) + " (" + MarkdownText.escapeInline(v.word(largest.1.term))
                + " in model " + String(largest.0.prefix { $0 != " " }) + ")"
                + (largest.1.gvif > 5 ? ": that measure overlaps strongly with the others in its model." : ": no "
                    + "measure is hard to separate from the others.")
                + " Partnership's VIF is at most " + NumberFormatting.fixed(partnershipLargest, decimals: 2)
                + (partnershipLargest < 2 ? ", so partnership is nearly unrelated to the other measures and its "
                    + "estimate is not blurred by them.\n\n" : ".\n\n")
        }

        out += "The schools with the most influence on model \(focus.name), by Cook's distance (how far the fitted "
            + "values move when the school is left out):\n\n"
        var influence = MarkdownTable(headers: ["School", "Cook's distance", "Leverage", "Residual (API points)"],
                                      alignments: [.left, .right, .right, .right])
        for school in diagnostics.influential {
            influence.append([school.school, NumberFormatting.fixed(school.cooksDistance, decimals: 3),
                              NumberFormatting.fixed(school.leverage, decimals: 3), BoardReportText.points(school.residual)])
        }
        out += influence.render() + "\n"
        if let top = diagnostics.influential.first {
            out += "\(diagnostics.aboveCutoff) " + (diagnostics.aboveCutoff == 1 ? "school is" : "schools are")
                + " above the usual screening line of 4/N = " + NumberFormatting.fixed(diagnostics.cooksCutoff, decimals: 3)
                + ". The most influential is " + MarkdownText.escapeInline(top.school)
            if let without = diagnostics.withoutMostInfluential, let with = focus.row(v.partnership)?.estimate {
                out += "; without it, model (2)'s partnership estimate would be " + BoardReportText.points(without)
                    + " API points per PAL point instead of " + BoardReportText.points(with)
            }
            out += ". Influence is not an error: it says which schools the conclusions lean on.\n\n"
        }

        out += "How far one school can move each model's partnership estimate (each school left out in turn):\n\n"
        var range = MarkdownTable(headers: ["Model", "All schools", "Lowest", "School left out", "Highest",
                                            "School left out"],
                                  alignments: [.left, .right, .right, .left, .right, .left])
        for entry in diagnostics.leaveOneOut {
            range.append([entry.model, BoardReportText.points(entry.estimate), BoardReportText.points(entry.lowest.value),
                          entry.lowest.school, BoardReportText.points(entry.highest.value), entry.highest.school])
        }
        out += range.render() + "\n"
        if let widest = diagnostics.leaveOneOut.max(by: {
            ($0.highest.value - $0.lowest.value) < ($1.highest.value - $1.lowest.value)
        }) {
            out += "Leaving out a single school moves the partnership estimate by up to "
                + BoardReportText.points(max(widest.highest.value - widest.estimate, widest.estimate - widest.lowest.value))
                + " API points (model " + String(widest.model.prefix { $0 != " " }) + "); with this few schools, "
                + "each one matters.\n\n"
        }
        out += figure(figures.residuals, number: 3)
        return out
    }
}
