import DataTable
import Foundation
import Testing
import TestSupport
@testable import Education

/// Loading responses: the fixture reads cleanly; every kind of bad cell is named at file:line:column.
struct SurveyResponsesTests {
    let codebook = SurveyReference.codebook

    @Test func fixtureLoadsWithCDSCodesAsText() throws {
        let responses = SurveyReference.responses
        #expect(responses.respondents.count == 295)
        let first = try #require(responses.respondents.first)
        #expect(first.id == "T0001" && first.cds == "01611190000011" && first.role == .teacher)
        #expect(first.line == 2)
        #expect(first.answers.count == 24)
        // T0001 left dat3 and dat4 empty (fixture line 2); dat2 is 5.
        #expect(first.answers[17] == nil && first.answers[18] == nil && first.answers[16] == 5)
        #expect(Set(responses.respondents.map(\.role)) == Set(SurveyRole.allCases))
    }

    private let head = "respondent_id,cds,role,cul1,cul2,cul3,cul4,pd1,pd2,pd3,pd4,res1,res2,res3,com1,com2,com3,com4,dat1,dat2,dat3,dat4,par1,par2,par3,par4,par5\n"
    private let answers = "4,4,2,4,3,3,3,3,4,4,2,3,4,2,4,3,3,3,3,4,4,2,4,3"

    private func error(_ csv: String) -> DataError? {
        do {
            let table = try CSVReader.read(text: csv, source: "r.csv",
                                           options: CSVOptions(textColumns: Set(SurveyResponses.respondentColumns)))
            _ = try SurveyResponses(table: table, codebook: codebook)
            return nil
        } catch let error as DataError {
            return error
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test func cleanRowsLoad() {
        #expect(error(head + "A,19642120000011,teacher,\(answers)\nB,19642120000011,Union Site Representative,\(answers)\n") == nil)
    }

    @Test func answerOffTheScaleIsNamedAtItsCell() throws {
        let bad = answers.replacingOccurrences(of: "4,4,2", with: "4,6,2")
        let found = try #require(error(head + "A,19642120000011,teacher,\(answers)\nB,19642120000011,teacher,\(bad)\n"))
        #expect(found.location == CellLocation(file: "r.csv", line: 3, column: 5))
        #expect(found.message.contains("'cul2'") && found.message.contains("1-5"))
    }

    @Test func halfPointsAreNotAnswers() throws {
        let bad = "3.5" + answers.dropFirst(1)
        let found = try #require(error(head + "A,19642120000011,teacher,\(bad)\n"))
        #expect(found.location.column == 4 && found.message.contains("3.5"))
    }

    @Test func textAnswerIsNamed() throws {
        let bad = "four" + answers.dropFirst(1)
        let found = try #require(error(head + "A,19642120000011,teacher,\(answers)\nB,19642120000011,teacher,\(bad)\n"))
        #expect(found.location == CellLocation(file: "r.csv", line: 3, column: 4))
        #expect(found.message.contains("'four'"))
    }

    @Test func unknownItemColumnIsNamedInTheHeader() throws {
        let csv = head.replacingOccurrences(of: "\n", with: ",extra\n") + "A,19642120000011,teacher,\(answers),1\n"
        let found = try #require(error(csv))
        #expect(found.location == CellLocation(file: "r.csv", line: 1, column: 28))
        #expect(found.message.contains("'extra'"))
    }

    @Test func codebookItemWithoutAColumnIsNamed() throws {
        let csv = head.replacingOccurrences(of: ",par5\n", with: "\n") + "A,19642120000011,teacher,\(answers.dropLast(2))\n"
        #expect(try #require(error(csv)).message.contains("'par5' has no column"))
    }

    @Test func duplicateRespondentPointsAtTheFirst() throws {
        let found = try #require(error(head + "A,19642120000011,teacher,\(answers)\nA,19642120000011,teacher,\(answers)\n"))
        #expect(found.location == CellLocation(file: "r.csv", line: 3, column: 1))
        #expect(found.message.contains("first on line 2"))
    }

    @Test func cdsCodeWithLostLeadingZeroGetsAHint() throws {
        let found = try #require(error(head + "A,1611190000011,teacher,\(answers)\n"))
        #expect(found.location == CellLocation(file: "r.csv", line: 2, column: 2))
        #expect(found.message.contains("01611190000011"))
    }

    @Test func unknownRoleIsNamed() throws {
        let found = try #require(error(head + "A,19642120000011,principal,\(answers)\n"))
        #expect(found.location == CellLocation(file: "r.csv", line: 2, column: 3))
    }

    @Test func rolesAreReadAsPeopleWriteThem() {
        #expect(SurveyRole(parsing: "Teacher") == .teacher)
        #expect(SurveyRole(parsing: "admin") == .administrator)
        #expect(SurveyRole(parsing: "union site representative") == .unionRepresentative)
        #expect(SurveyRole(parsing: "Union-Rep") == .unionRepresentative)
        #expect(SurveyRole(parsing: "principal") == nil)
    }

    @Test func syntheticLabelComesFromTheFileName() throws {
        #expect(!SurveyReference.responses.isSynthetic)
        var renamed = SurveyReference.responses
        renamed.source = "out/PAL-2011-Synthetic.csv"
        #expect(renamed.isSynthetic)
        renamed.source = "synthetic/pal-2011.csv"  // a folder name does not label the file
        #expect(!renamed.isSynthetic)
    }

    @Test func responsesRoundTripThroughCSV() throws {
        let text = try SurveyReference.responses.csvText()
        let table = try CSVReader.read(text: text, options: CSVOptions(textColumns: Set(SurveyResponses.respondentColumns)))
        let again = try SurveyResponses(table: table, codebook: codebook)
        #expect(again.respondents.map(\.answers) == SurveyReference.responses.respondents.map(\.answers))
        #expect(again.respondents.map(\.cds) == SurveyReference.responses.respondents.map(\.cds))
    }
}
