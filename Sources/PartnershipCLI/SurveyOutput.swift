import DataTable
import Education
import Reporting

/// The survey's results in the command line's JSON shape (keys in a fixed order, numbers that round-trip).
enum SurveyOutput {
    /// The whole result: settings, counts, school and school x role rows, reliability and ICCs.
    static func json(_ analysis: SurveyAnalysis, responses: SurveyResponses, responsesPath: String,
                     codebookPath: String) -> JSONValue {
        let summary = analysis.summary
        return .object([
            ("responses", .string(responsesPath)),
            ("codebook", .string(codebookPath)),
            ("instrument", .string(responses.codebook.instrument)),
            ("synthetic", .bool(responses.isSynthetic)),
            ("min_answered", .number(analysis.scores.minimumAnsweredShare)),
            ("suppress_below", .integer(summary.suppression.threshold)),
            ("respondents", .integer(responses.respondents.count)),
            ("school_count", .integer(summary.schools.count)),
            ("schools_suppressed", .integer(summary.schools.filter(\.isSuppressed).count)),
            ("suppression_rule", .string(suppressionRule(summary.suppression.threshold))),
            ("schools", .array(summary.schools.map { group($0, measures: summary.measures) })),
            ("by_role", .array(summary.schoolRoles.map { group($0, measures: summary.measures) })),
            ("reliability", reliability(analysis)),
        ])
    }

    /// The reliability section alone: alpha per area and ICCs per measure.
    static func reliability(_ analysis: SurveyAnalysis) -> JSONValue {
        .object([
            ("method", .string("Cronbach's alpha on complete cases of each area (reverse-coded items reversed), "
                               + "all roles pooled; Feldt confidence interval; ICC(1) with the adjusted group size n0, "
                               + "ICC(2) = (MSB - MSW)/MSB, schools as groups")),
            ("scales", .array(analysis.reliability.map(scale))),
            ("icc", .array(zip(analysis.scores.measures, analysis.intraclassCorrelations).map { measure, icc in
                icc.map(intraclass) .map { .object([("measure", .string(measure.key))] + $0) }
                    ?? .object([("measure", .string(measure.key)), ("icc1", .null), ("icc2", .null)])
            })),
        ])
    }

    /// One sentence stating the suppression rule applied, for readers of the JSON.
    static func suppressionRule(_ threshold: Int) -> String {
        "Schools with fewer than \(threshold) respondents show only their count; a measure scored for fewer than "
            + "\(threshold) respondents is left empty; role rows of a school are shown only when every role group "
            + "present has at least \(threshold) respondents (else all its role rows are suppressed, counts included), "
            + "so no small group can be recovered by subtraction."
    }

    private static func group(_ group: SurveyGroupSummary, measures: [SurveyMeasure]) -> JSONValue {
        var members: [(String, JSONValue)] = [("cds", .string(group.cds))]
        if let role = group.role { members.append(("role", .string(role.rawValue))) }
        members.append(("n_respondents", group.respondentCount.map { .integer($0) } ?? .null))
        members.append(("suppressed", .bool(group.isSuppressed)))
        for (index, measure) in measures.enumerated() {
            guard let summary = group.measures?[index] else {
                members.append((measure.key, .null))
                continue
            }
            members.append((measure.key, .object([
                ("mean", .number(summary.mean)),
                ("sd", .number(summary.standardDeviation)),
                ("n", .integer(summary.respondentCount)),
            ])))
        }
        return .object(members)
    }

    private static func scale(_ scale: ScaleReliability) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("area", .string(scale.area.rawValue)),
            ("items", .array(scale.itemIDs.map { .string($0) })),
            ("complete_cases", .integer(scale.completeCases)),
            ("respondents_answering", .integer(scale.respondentsAnswering)),
        ]
        guard let alpha = scale.alpha else {
            members.append(("raw_alpha", .null))
            return .object(members)
        }
        members += [
            ("raw_alpha", .number(alpha.rawAlpha)),
            ("std_alpha", .number(alpha.standardizedAlpha)),
            ("average_r", .number(alpha.averageCorrelation)),
            ("confidence_interval", .object([
                ("method", .string("Feldt")),
                ("level", .number(alpha.confidenceInterval.level)),
                ("lower", .number(alpha.confidenceInterval.lower)),
                ("upper", .number(alpha.confidenceInterval.upper)),
            ])),
            ("item_statistics", .array(scale.itemIDs.indices.map { i in
                .object([
                    ("item", .string(scale.itemIDs[i])),
                    ("r_drop", .number(alpha.itemRestCorrelations[i])),
                    ("alpha_if_deleted", .number(alpha.alphaIfDeleted[i])),
                    ("std_alpha_if_deleted", .number(alpha.standardizedAlphaIfDeleted[i])),
                ])
            })),
        ]
        return .object(members)
    }

    private static func intraclass(_ icc: IntraclassCorrelation) -> [(String, JSONValue)] {
        [
            ("groups", .integer(icc.groupCount)),
            ("respondents", .integer(icc.observationCount)),
            ("ms_between", .number(icc.meanSquareBetween)),
            ("ms_within", .number(icc.meanSquareWithin)),
            ("n0", .number(icc.adjustedGroupSize)),
            ("icc1", .number(icc.icc1)),
            ("icc1_mean_group_size", .number(icc.icc1WithMeanGroupSize)),
            ("icc2", .number(icc.icc2)),
        ]
    }
}
