import Education

extension BoardReportMarkdown {
    /// Section 1: the files, the counts, and every school left out with its reason.
    func dataSection() -> String {
        "## 1. The data: what was used and what was left out\n\n" + sourcesTable() + countsParagraph()
            + leftOutTable() + surveyNotes()
    }

    /// The files the report read and what it uses from each.
    func sourcesTable() -> String {
        let exclusions = analysis.merge.exclusions
        let names = analysis.fileNames
        var sources = MarkdownTable(headers: ["Data", "File", "What the report uses"], alignments: [.left, .left, .left])
        let roles = analysis.roleCounts.map { BoardReportText.count($0.count) + " " + roleWord($0.role, $0.count) }
        sources.append(["Survey responses" + (analysis.isSynthetic ? " (SYNTHETIC)" : ""), names.responses,
                        "\(BoardReportText.count(analysis.respondentCount)) respondents at "
                            + "\(analysis.survey.summary.schools.count) schools: " + BoardReportText.list(roles)])
        let codebook = analysis.inputsCodebookSummary
        sources.append(["Survey codebook", names.codebook, codebook])
        sources.append(["API scores (real)", names.growth,
                        "Growth API of \(v.surveyYear) and \(v.outcomeYear) and valid-score counts of "
                            + "\(BoardReportText.count(exclusions.schoolsInFile)) California schools"])
        sources.append(["Poverty and English learners (real)", names.base,
                        "MEALS (% free or reduced-price meals) and P_EL (% English learners), matched to schools by "
                            + "school, district and county name"])
        return sources.render() + "\n"
    }

    /// How many schools the file, the district, the merge and the models have.
    func countsParagraph() -> String {
        let exclusions = analysis.merge.exclusions
        let excludedCount = exclusions.excluded.count
        var counts = "The API file lists \(BoardReportText.count(exclusions.schoolsInFile)) schools"
        if let prefix = exclusions.districtPrefix {
            counts += "; \(BoardReportText.count(exclusions.schoolsInScope)) are in "
                + MarkdownText.escapeInline(analysis.districtName ?? "the district") + " (district code \(prefix))"
        }
        counts += ". " + BoardReportText.count(excludedCount) + " " + (excludedCount == 1 ? "was" : "were") + " left out of the merge"
        let reasons = ExclusionReason.allCases.compactMap { reason -> String? in
            let n = exclusions.count(reason)
            return n > 0 ? BoardReportText.count(n) + " " + reasonWord(reason, n) : nil
        }
        if !reasons.isEmpty { counts += " (" + BoardReportText.list(reasons) + ")" }
        counts += " and \(BoardReportText.count(exclusions.kept)) were merged with the survey. "
        let sample = analysis.sample
        counts += "\(sample.count) of these have a partnership score and complete API and poverty values: they are the "
            + "schools of every model below"
        counts += sample.leftOut.isEmpty ? " (none of the merged schools was left out).\n\n"
            : "; " + BoardReportText.count(sample.leftOut.count) + " merged " + (sample.leftOut.count == 1 ? "school was" : "schools were")
                + " left out of the models.\n\n"
        return counts
    }

    /// Every school left out of the merge or the models, with why; counted by reason when they are many.
    func leftOutTable() -> String {
        let exclusions = analysis.merge.exclusions
        let excludedCount = exclusions.excluded.count
        let sample = analysis.sample
        var out = ""
        if excludedCount + sample.leftOut.count > BoardReportMarkdown.longestSchoolList {
            // Thousands of rows (a statewide merge with one district's survey) would bury the report: count instead.
            var table = MarkdownTable(headers: ["Left out of", "Why", "Schools"], alignments: [.left, .left, .right])
            for reason in ExclusionReason.allCases where exclusions.count(reason) > 0 {
                table.append(["merge", reasonWord(reason, 2), BoardReportText.count(exclusions.count(reason))])
            }
            var categories: [String] = []
            for school in sample.leftOut where !categories.contains(school.category) { categories.append(school.category) }
            for category in categories {
                table.append(["models", category,
                              BoardReportText.count(sample.leftOut.filter { $0.category == category }.count)])
            }
            out += table.render() + "\n"
            out += "The schools are too many to list here (a school left out of the merge for two reasons counts "
                + "under both); `partnership exclusions` with the same district, years and options lists every school "
                + "left out of the merge.\n\n"
        } else if excludedCount + sample.leftOut.count > 0 {
            var table = MarkdownTable(headers: ["School", "CDS code", "Left out of", "Why"],
                                      alignments: [.left, .left, .left, .left])
            for school in exclusions.excluded {
                table.append([school.school, school.cds.digits, "merge", school.details.joined(separator: "; ")])
            }
            let noteByCode = Dictionary(exclusions.notes.filter { $0.kind != .noSurveyMeasures }.map { ($0.cds.digits, $0.detail) },
                                        uniquingKeysWith: { first, _ in first })
            for school in sample.leftOut {
                let detail = noteByCode[school.cds].map { school.reason + " (" + $0 + ")" } ?? school.reason
                table.append([school.school, school.cds, "models", detail])
            }
            out += table.render() + "\n"
        }
        return out
    }

    /// The survey schools that did not merge, suppression, respondents without an index, and the merge's caveats.
    func surveyNotes() -> String {
        let exclusions = analysis.merge.exclusions
        var out = ""
        // Kept schools with a Base-file note but complete data cannot occur (no match means no poverty value), so
        // the notes are all covered above; survey schools that did not merge are listed here.
        let unmerged = exclusions.surveyRowsNotMerged
        if !unmerged.isEmpty {
            out += BoardReportText.count(unmerged.count) + " " + (unmerged.count == 1 ? "school" : "schools") + " of the survey file "
                + (unmerged.count == 1 ? "is" : "are") + " not among the merged schools (outside the district, not in "
                + "the API file, or left out above): " + unmerged.map(MarkdownText.escapeInline).joined(separator: ", ")
                + ". Their respondents count in the survey's reliability figures (section 3) but not in the models.\n\n"
        }

        let summary = analysis.survey.summary
        let suppressed = summary.schools.filter(\.isSuppressed).count
        out += "Survey results of schools with fewer than \(summary.suppression.threshold) respondents are never shown "
            + "(section 3); "
            + (suppressed == 0 ? "no school was that small." : "\(suppressed) " + (suppressed == 1 ? "school was" : "schools were")
                + " suppressed.")
        let withoutIndex = analysis.survey.scores.respondents.filter { $0.palIndex == nil }.count
        if withoutIndex > 0 {
            out += " \(BoardReportText.count(withoutIndex)) of the \(BoardReportText.count(analysis.respondentCount)) "
                + "respondents did not answer enough items in every area to get a PAL index."
        }
        out += "\n"
        for caveat in exclusions.caveats {
            out += "\n" + MarkdownText.escapeLineStart(caveat) + "\n"
        }
        return out
    }

    /// Above this many schools left out, section 1 counts them by reason instead of listing them.
    static let longestSchoolList = 60

    func roleWord(_ role: SurveyRole, _ count: Int) -> String {
        switch role {
        case .teacher: return count == 1 ? "teacher" : "teachers"
        case .administrator: return count == 1 ? "administrator" : "administrators"
        case .unionRepresentative: return count == 1 ? "union site representative" : "union site representatives"
        }
    }

    func reasonWord(_ reason: ExclusionReason, _ count: Int) -> String {
        switch reason {
        case .alternative: return count == 1 ? "alternative school" : "alternative schools"
        case .specialEducation: return count == 1 ? "special-education school" : "special-education schools"
        case .charter: return count == 1 ? "charter school" : "charter schools"
        case .smallSchool: return count == 1 ? "school with too few valid scores" : "schools with too few valid scores"
        }
    }
}

extension BoardReportAnalysis {
    /// "PAL teacher survey (...): 24 items in 6 areas, answers 1-5".
    var inputsCodebookSummary: String {
        let codebook = survey.scores
        let items = survey.reliability.reduce(0) { $0 + $1.itemIDs.count }
        return instrument + ": \(items) items in \(codebook.areas.count) areas"
    }
}
