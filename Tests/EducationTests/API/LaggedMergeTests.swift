import DataTable
import Testing
import TestSupport
@testable import Education

// Expected numbers: `python3 Tests/Fixtures/scripts/api_reference_counts.py` (Python csv module), e.g.
// "ABC merge rows 28 matched 28" and "19642121930056 Cerritos High API11 869 API12 868 MEALS 25 P_EL 5".
@Suite struct LaggedMergeTests {
    func abcMerge(_ options: LaggedMergeOptions = LaggedMergeOptions(districtPrefix: LaggedMergeOptions.abcUnified),
                  survey: DataTable? = nil) throws -> LaggedMerge {
        try LaggedMerge.build(growth: RealAPIFiles.growth.get(), base: RealAPIFiles.base.get(), survey: survey,
                              options: options)
    }

    func value(_ merge: LaggedMerge, school: String, _ column: String) throws -> Double? {
        let row = try #require(try merge.table.text("sname").firstIndex(of: school))
        return try merge.table.numeric(column)[row]
    }

    @Test func abcUnifiedWithoutAlternativeSchools() throws {
        let merge = try abcMerge()
        #expect(merge.table.rowCount == 28)
        #expect(merge.table.columnNames == ["cds", "sname", "dname", "cname", "stype", "sped", "charter", "api11", "api12",
                                            "growth", "num11", "num12", "meals", "p_el"])
        #expect(try value(merge, school: "Cerritos High", "api11") == 869)
        #expect(try value(merge, school: "Cerritos High", "api12") == 868)
        #expect(try value(merge, school: "Cerritos High", "growth") == -1)
        #expect(try value(merge, school: "Cerritos High", "meals") == 25)
        #expect(try value(merge, school: "Cerritos High", "p_el") == 5)
        #expect(try value(merge, school: "Hawaiian Elementary", "meals") == 98)
        #expect(try value(merge, school: "Hawaiian Elementary", "growth") == 16)
        #expect(try value(merge, school: "Gretchen Whitney High", "num12") == 844)

        let report = merge.exclusions
        #expect(report.schoolsInFile == 9595 && report.schoolsInScope == 30 && report.kept == 28)
        #expect(report.excluded.map(\.school) == ["Tracy (Wilbur) High (Continuation)", "ABC Secondary (Alternative)"])
        #expect(report.count(.alternative) == 2)
        #expect(report.excluded[0].details == ["SPED = A (alternative school, ASAM)"])
        #expect(report.notes.isEmpty)
        #expect(report.caveats.first?.contains("2012 Base API file") == true)
    }

    @Test func smallSchoolsAndKeptAlternativeSchools() throws {
        var options = LaggedMergeOptions(districtPrefix: "1964212", minimumValidScores: 300)
        let merge = try abcMerge(options)
        // "ABC non-alternative with NUM11 or NUM12 < 300: 3" plus the two alternative schools.
        #expect(merge.table.rowCount == 25)
        #expect(merge.exclusions.count(.smallSchool) == 5)
        #expect(merge.exclusions.count(.alternative) == 2)
        let aloha = try #require(merge.exclusions.excluded.first { $0.school == "Aloha Elementary" })
        #expect(aloha.reasons == [.smallSchool])
        #expect(aloha.details == ["NUM11 = 250, NUM12 = 265, fewer than 300 valid scores"])
        let tracy = try #require(merge.exclusions.excluded.first { $0.school.hasPrefix("Tracy") })
        #expect(tracy.reasons == [.alternative, .smallSchool])

        options.excludeAlternative = false
        options.minimumValidScores = nil
        options.excludeCharters = true
        let all = try abcMerge(options)
        #expect(all.table.rowCount == 30)  // ABC has no charter schools ("charters 0")
        #expect(all.exclusions.excluded.isEmpty)
    }

    @Test func statewideMerge() throws {
        let merge = try LaggedMerge.build(growth: RealAPIFiles.growth.get(), base: RealAPIFiles.base.get(), survey: nil)
        // "statewide merge rows 8988 with MEALS 8303"
        #expect(merge.table.rowCount == 8988)
        #expect(try merge.table.numeric("meals").filter { $0 != nil }.count == 8303)
        #expect(merge.exclusions.count(.ambiguousBaseMatch) + merge.exclusions.count(.unmatchedBaseMatch) == 8988 - 8303)
    }

    @Test func joinsSurveyMeasuresAndReportsSchoolsWithout() throws {
        // CDS codes as numbers (as a spreadsheet might leave them) still join.
        let survey = try CSVReader.read(text: """
            cds,partnership,respondents
            19642121930056,3.9,41
            19642126010920,3.1,17
            01611190130229,2.5,30
            19642121931641,4.0,12

            """, source: "survey.csv")
        let merge = try abcMerge(survey: survey)
        #expect(merge.table.columnNames.suffix(2) == ["partnership", "respondents"])
        #expect(try value(merge, school: "Cerritos High", "partnership") == 3.9)
        #expect(try value(merge, school: "Aloha Elementary", "partnership") == nil)
        #expect(merge.exclusions.count(.noSurveyMeasures) == 26)
        // Alameda High is outside the district; Tracy (Wilbur) High was excluded as an alternative school.
        #expect(merge.exclusions.surveyRowsNotMerged == ["01611190130229", "19642121931641"])
    }

    @Test func aSchoolTwiceInTheSurveyIsAnError() throws {
        let survey = try CSVReader.read(text: "cds,p\n19642121930056,1\n19642121930056,2\n", source: "s.csv",
                                        options: CSVOptions(textColumns: ["cds"]))
        #expect(throws: EducationError.self) { try abcMerge(survey: survey) }
    }

    @Test func impossibleOptionsAreBadRequests() throws {
        for options in [LaggedMergeOptions(surveyYear: 2012, outcomeYear: 2011),
                        LaggedMergeOptions(surveyYear: 2010, outcomeYear: 2012),
                        LaggedMergeOptions(districtPrefix: "ABC"),
                        LaggedMergeOptions(minimumValidScores: -1)] {
            do {
                _ = try abcMerge(options)
                Issue.record("expected an error for \(options)")
            } catch let error as EducationError {
                #expect(error.kind == .usage)
            }
        }
    }

    @Test func withoutABaseFileThereIsNoPovertyColumn() throws {
        let merge = try LaggedMerge.build(growth: RealAPIFiles.growth.get(), base: nil, survey: nil,
                                          options: LaggedMergeOptions(districtPrefix: "1964212"))
        #expect(!merge.table.hasColumn("meals"))
        #expect(merge.exclusions.caveats == ["No Base API file was given, so the table has no MEALS or P_EL."])
    }
}
