import Education

extension BoardReportMarkdown {
    /// Section 2: N, mean, SD, min and max, and the correlations, over the model schools.
    func descriptiveSection() -> String {
        var out = "## 2. The schools in numbers\n\n" + banner()
        let columns = v.described
        let variables = columns.map { (label: v.label($0), values: analysis.sampleValues($0)) }
        out += "Descriptive statistics of the \(analysis.sample.count) schools in the models (SD: standard deviation, "
            + "the typical distance from the mean).\n\n"
        out += DescriptiveTable(variables: variables, decimals: 1, decimalsByLabel: [v.label(v.partnership): 2]).render()
        out += "\n"

        let partnership = DescriptiveStatistics(analysis.sampleValues(v.partnership))
        let growth = DescriptiveStatistics(analysis.sampleValues(v.growth))
        let poverty = DescriptiveStatistics(analysis.sampleValues(v.poverty))
        out += "School PAL indexes range from " + NumberFormatting.fixed(partnership.minimum, decimals: 2) + " to "
            + NumberFormatting.fixed(partnership.maximum, decimals: 2) + " on the 1-5 survey scale (SD "
            + NumberFormatting.fixed(partnership.standardDeviation, decimals: 2) + "), so one full point is a large "
            + "difference between schools. API grew by " + BoardReportText.points(growth.mean) + " points on average "
            + "from \(v.surveyYear) to \(v.outcomeYear), from " + BoardReportText.points(growth.minimum) + " to "
            + BoardReportText.points(growth.maximum) + " points at individual schools. On average "
            + NumberFormatting.fixed(poverty.mean, decimals: 0) + "% of tested students were eligible for free or "
            + "reduced-price meals (" + NumberFormatting.fixed(poverty.minimum, decimals: 0) + "% to "
            + NumberFormatting.fixed(poverty.maximum, decimals: 0) + "%).\n\n"

        out += "Correlations (Pearson's r, from -1 to 1; 0 means no straight-line relation):\n\n"
        out += CorrelationTable(variables: variables).render() + "\n"
        func r(_ a: String, _ b: String) -> Double {
            pairwiseCorrelation(analysis.sampleValues(a), analysis.sampleValues(b)).r
        }
        func phrase(_ a: String, _ b: String) -> String {
            v.word(a) + " and " + v.word(b) + " (r = " + NumberFormatting.fixed(r(a, b), decimals: 2) + ")"
        }
        out += "Partnership goes with the outcomes as follows: " + phrase(v.partnership, v.outcomeAPI) + ", "
            + phrase(v.partnership, v.growth) + ". Poverty is much more closely tied to achievement: "
            + phrase(v.poverty, v.outcomeAPI) + ", " + phrase(v.poverty, v.growth) + ". A correlation describes two "
            + "measures at a time; the models of section 4 hold poverty constant.\n"
        return out
    }

    /// Section 3: reliability per area, ICCs, and the school scores with suppression applied.
    func surveySection() -> String {
        let survey = analysis.survey
        let level = BoardReportText.percent(analysis.options.level)
        let threshold = survey.summary.suppression.threshold
        var out = "## 3. The partnership survey: reliability and school scores\n\n" + banner()
        out += "Each respondent's area score is the mean of their answers to the area's items (negatively worded items "
            + "reversed), when at least "
            + NumberFormatting.fixed(survey.scores.minimumAnsweredShare * 100, decimals: 0) + "% of the items were "
            + "answered. The \(indexTitle) is the mean of the \(indexAreaCount) area scores, and a school's "
            + "\(indexTitle) is the mean of its respondents' indexes.\n\n"

        var reliability = MarkdownTable(headers: ["Area", "Items", "Complete answers", "Cronbach's alpha",
                                                  "\(level) interval"])
        for scale in survey.reliability {
            let alpha = scale.alpha
            reliability.append([scale.area.title, String(scale.itemIDs.count), BoardReportText.count(scale.completeCases),
                                alpha.map { NumberFormatting.fixed($0.rawAlpha, decimals: 2) } ?? "NA",
                                alpha.map { NumberFormatting.fixed($0.confidenceInterval.lower, decimals: 2) + " to "
                                    + NumberFormatting.fixed($0.confidenceInterval.upper, decimals: 2) } ?? "NA"])
        }
        out += reliability.render() + "\n"
        out += "Cronbach's alpha says how consistently an area's items measure the same thing (0 to 1; 0.70 or more "
            + "is the usual standard for comparing groups). It uses respondents who answered every item of the area; "
            + "the interval is Feldt's. "
        let alphas = survey.reliability.compactMap { scale in scale.alpha.map { (scale.area.title, $0.rawAlpha) } }
        if let low = alphas.min(by: { $0.1 < $1.1 }), let high = alphas.max(by: { $0.1 < $1.1 }) {
            out += "Here alpha ranges from " + NumberFormatting.fixed(low.1, decimals: 2) + " ("
                + MarkdownText.escapeInline(low.0) + ") to " + NumberFormatting.fixed(high.1, decimals: 2) + " ("
                + MarkdownText.escapeInline(high.0) + ")"
            let weak = alphas.filter { $0.1 < 0.7 }.map { MarkdownText.escapeInline($0.0) }
            out += weak.isEmpty ? "; every area meets the usual standard.\n\n"
                : "; " + BoardReportText.list(weak) + (weak.count == 1 ? " falls" : " fall")
                    + " short of it, so " + (weak.count == 1 ? "its score is" : "their scores are") + " less dependable.\n\n"
        } else {
            out += "\n\n"
        }

        var icc = MarkdownTable(headers: ["Measure", "ICC(1)", "ICC(2)", "Schools", "Respondents"])
        for (measure, value) in zip(survey.scores.measures, survey.intraclassCorrelations) {
            icc.append([measure.title, value.map { NumberFormatting.fixed($0.icc1, decimals: 2) } ?? "NA",
                        value.map { NumberFormatting.fixed($0.icc2, decimals: 2) } ?? "NA",
                        value.map { String($0.groupCount) } ?? "NA",
                        value.map { BoardReportText.count($0.observationCount) } ?? "NA"])
        }
        out += icc.render() + "\n"
        if let index = survey.intraclassCorrelations.first ?? nil {
            out += "ICC(1) is the share of the differences between respondents that lies between schools: for the "
                + "\(indexTitle), " + NumberFormatting.fixed(index.icc1 * 100, decimals: 0) + "%. ICC(2) is the reliability of "
                + "a school's average: " + NumberFormatting.fixed(index.icc2, decimals: 2) + " for the \(indexTitle)"
                + (index.icc2 >= 0.7 ? ", enough to compare schools (0.70 is a common minimum)."
                    : ", below the common minimum of 0.70, so school averages are noisy and differences between schools "
                        + "should be read with care.")
                + " ICC(1) uses the adjusted mean school size n0 (unequal school sizes).\n\n"
        }

        out += schoolScoresTable(threshold: threshold)
        let suppressed = survey.summary.schools.filter(\.isSuppressed).count
        out += "Schools with fewer than \(threshold) respondents are marked suppressed and none of their scores are "
            + "shown, so that no one's answers can be worked out from an average; "
            + (suppressed == 0 ? "no school was suppressed here." : "\(suppressed) "
                + (suppressed == 1 ? "school was" : "schools were") + " suppressed here.")
            + " A score marked \"fewer than \(threshold)\" had too few respondents with that score to show.\n"
        return out
    }

    /// The school scores: one row per surveyed school, sorted by name; suppressed values never printed.
    func schoolScoresTable(threshold: Int) -> String {
        let summary = analysis.survey.summary
        let codes = (try? analysis.merge.table.text("cds")) ?? []
        let schoolNames = (try? analysis.merge.table.text(v.schoolName)) ?? []
        var nameByCode: [String: String] = [:]
        for (code, name) in zip(codes, schoolNames) { if let code, let name { nameByCode[code] = name } }
        let headers = ["School", "Respondents"] + summary.measures.map { shortTitle($0) }
        var table = MarkdownTable(headers: headers)
        let rows = summary.schools.map { (name: nameByCode[$0.cds] ?? "CDS " + $0.cds, group: $0) }
            .sorted { ($0.name, $0.group.cds) < ($1.name, $1.group.cds) }
        for (name, group) in rows {
            var cells = [name, group.respondentCount.map(String.init) ?? "suppressed"]
            if group.isSuppressed {
                cells += summary.measures.map { _ in "suppressed" }
            } else {
                cells += summary.measures.indices.map { m in
                    guard let measure = group.measures?[m] else { return "suppressed" }
                    if let mean = measure.mean { return NumberFormatting.fixed(mean, decimals: 2) }
                    return measure.respondentCount < threshold ? "fewer than \(threshold)" : "NA"
                }
            }
            table.append(cells)
        }
        let scale = analysis.survey.scores.responseScale
        let range = "\(scale.minimum)-\(scale.maximum)"
        return "School scores (means on the \(range) scale):\n\n" + table.render() + "\n"
    }

    /// The main index's printed name ("PAL index" for the PAL codebook).
    var indexTitle: String { MarkdownText.escapeInline(analysis.survey.scores.index.title) }

    /// How many scales the main index averages.
    var indexAreaCount: Int {
        let scores = analysis.survey.scores
        return scores.index.scaleIDs.isEmpty ? scores.areas.count
            : scores.areas.filter { scores.index.scaleIDs.contains($0.rawValue) }.count
    }

    /// Column headings short enough for a wide table.
    func shortTitle(_ measure: SurveyMeasure) -> String {
        switch measure {
        case .index(let index): return index.title
        case .area(.professionalDevelopment) where measure.title == SurveyArea.professionalDevelopment.title:
            return "Prof. development"
        default: return measure.title
        }
    }
}
