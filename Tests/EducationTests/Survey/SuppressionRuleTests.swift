import DataTable
import Testing
import TestSupport
@testable import Education

/// Suppression: small schools show no scores, and role breakdowns never let a small group be recovered by subtraction.
struct SuppressionRuleTests {
    let summary = SurveySchoolSummary(scores: try! ScaleScores(responses: SurveyReference.responses),
                                      suppression: SuppressionRule())

    func school(_ cds: String) throws -> SurveyGroupSummary {
        try #require(summary.schools.first { $0.cds == cds })
    }

    func roles(_ cds: String) -> [SurveyGroupSummary] {
        summary.schoolRoles.filter { $0.cds == cds }
    }

    @Test func thresholdsBelowThreeAreRefused() throws {
        #expect(throws: SurveyError.self) { try SuppressionRule(threshold: 2) }
        #expect(try SuppressionRule(threshold: 3).threshold == 3)
        #expect(SuppressionRule().threshold == 5)
        #expect(SuppressionRule.standard == SuppressionRule())
    }

    @Test func schoolsBelowTheThresholdShowOnlyTheirCount() throws {
        // The fixture's schools ...011 (2 respondents) and ...029 (4) are below 5; ...037 has exactly 5.
        for cds in ["01611190000011", "01611190000029"] {
            let group = try school(cds)
            #expect(group.isSuppressed && group.measures == nil)
            #expect(roles(cds).allSatisfy { $0.isSuppressed && $0.respondentCount == nil && $0.measures == nil })
        }
        #expect(try school("01611190000029").respondentCount == 4)
        #expect(try !school("01611190000037").isSuppressed)
        #expect(summary.schools.filter(\.isSuppressed).count == 2)
    }

    @Test func shownMeasuresHaveAtLeastTheThreshold() {
        for group in summary.schools + summary.schoolRoles {
            for measure in group.measures ?? [] {
                #expect((measure.mean != nil) == (measure.respondentCount >= 5))
                #expect(measure.standardDeviation == nil || measure.mean != nil)
            }
        }
    }

    @Test func roleRowsOfASchoolWithAOneAdministratorAreAllSuppressed() throws {
        // ...037: 4 teachers and 1 administrator. Showing the teachers next to the school would reveal the administrator.
        let rows = roles("01611190000037")
        #expect(rows.map(\.role) == [.teacher, .administrator])
        #expect(rows.allSatisfy { $0.isSuppressed && $0.respondentCount == nil && $0.measures == nil })
        // ...110: 6 teachers and 1 union representative: same.
        let small = roles("19642120000110")
        #expect(small.allSatisfy { $0.isSuppressed })
    }

    @Test func roleRowsAreShownWhenEveryRoleGroupIsLargeEnough() throws {
        // ...052: 10 teachers, 5 administrators, 5 union representatives.
        let rows = roles("01611190000052")
        #expect(rows.map(\.respondentCount) == [10, 5, 5])
        #expect(rows.allSatisfy { !$0.isSuppressed })
        // ...045: teachers only, so the one role row is the school.
        let only = roles("01611190000045")
        let whole = try school("01611190000045")
        #expect(only.count == 1 && only[0].measures == whole.measures)
    }

    /// The no-subtraction property, checked on every school: role rows are all shown or all hidden, and within a
    /// school each measure is shown for every role group scored on it or for none.
    @Test func noRoleGroupCanBeRecoveredBySubtraction() {
        for school in summary.schools {
            let rows = roles(school.cds)
            #expect(rows.allSatisfy(\.isSuppressed) || rows.allSatisfy { !$0.isSuppressed && $0.respondentCount! >= 5 })
            guard rows.allSatisfy({ !$0.isSuppressed }) else { continue }
            for m in summary.measures.indices {
                let scored = rows.map { $0.measures![m] }.filter { $0.respondentCount > 0 }
                #expect(scored.allSatisfy { $0.mean != nil } || scored.allSatisfy { $0.mean == nil })
            }
        }
    }

    /// One administrator without a partnership score leaves 4 scored administrators: partnership must then be empty
    /// in every role row of the school (school minus teachers would give the 4), while other measures stay.
    @Test func aMeasureWithASmallRoleGroupIsHiddenInEveryRoleRow() throws {
        let full: [Double?] = [4, 2, 4, 5, 4]
        var respondents = (0..<6).map { SurveyRespondent(id: "t\($0)", cds: "19642120000011", role: .teacher, answers: full) }
        respondents += (0..<5).map { i in
            SurveyRespondent(id: "a\(i)", cds: "19642120000011", role: .administrator,
                             answers: i == 0 ? [3, 3, 3, nil, nil] : [3, 3, 3, 2, 1])
        }
        let responses = try SurveyResponses(codebook: ScaleScoringTests.codebook, respondents: respondents)
        let summary = SurveySchoolSummary(scores: try ScaleScores(responses: responses), suppression: SuppressionRule())
        let partnership = try #require(summary.measures.firstIndex(of: .area(.partnership)))
        let culture = try #require(summary.measures.firstIndex(of: .area(.culture)))
        #expect(summary.schools[0].measures![partnership].mean != nil)   // 10 scored at the school
        #expect(summary.schoolRoles.count == 2)
        for row in summary.schoolRoles {
            #expect(row.measures![partnership].mean == nil)
            #expect(row.measures![culture].mean != nil)
        }
    }

    @Test func schoolTableIsKeyedByCDSWithSuppressedValuesMissing() throws {
        let table = try summary.schoolTable()
        #expect(Array(table.columnNames.prefix(6)) == ["cds", "n_respondents", "suppressed", "pal_index", "pal_index_sd", "pal_index_n"])
        #expect(table.columnNames.count == 3 + 7 * 3)
        #expect(table.columnNames.contains("partnership") && table.columnNames.contains("data_use_n"))
        let cds = try table.text("cds")
        let suppressed = try table.numeric("suppressed")
        let index = try table.numeric("pal_index")
        let row = try #require(cds.firstIndex(of: "01611190000011"))
        #expect(suppressed[row] == 1 && index[row] == nil)
        #expect(try table.numeric("n_respondents")[row] == 2)
        for name in table.columnNames.dropFirst(3) {
            #expect(try table.numeric(name)[row] == nil, "\(name) of a suppressed school")
        }
        let roleTable = try summary.roleTable()
        #expect(Array(roleTable.columnNames.prefix(3)) == ["cds", "role", "n_respondents"])
    }
}
