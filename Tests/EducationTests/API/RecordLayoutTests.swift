import Testing
import TestSupport
@testable import Education

@Suite struct RecordLayoutTests {
    @Test func readsTheBaseLayoutCSV() throws {
        let layout = try RecordLayout.read(file: RealAPIFiles.baseLayoutPath)
        // The data README: "150 fields, fixed width 994".
        #expect(layout.fields.count == 150)
        #expect(layout.recordWidth == 994)
        let api = try #require(layout.field(named: "API12B"))
        // 14 + 1 + 1 + 1 + 1 + 1 + 40 + 30 + 15 + 5 + 7 bytes come before it.
        #expect(api.start == 117 && api.width == 5 && api.type == .character)
        #expect(layout.field(named: "meals")?.number == 80)
        #expect(layout.fields[1].description == "Record Type: (D=District, S=School, X=State)")
    }

    @Test func readsTheTextTableOfTheGrowthLayout() throws {
        let layout = try RecordLayout.read(file: RealAPIFiles.growthLayoutPath)
        #expect(layout.fields.map(\.name) == ["CDS", "RTYPE", "STYPE", "SPED", "SIZE", "CHARTER", "SNAME", "DNAME",
                                              "CNAME", "FLAG", "VALID", "API12", "API11", "TARGET"])
        #expect(layout.recordWidth == 131)
        #expect(layout.field(named: "API11")?.start == 122)
    }

    @Test func csvWithAHeaderAndNumericTypes() throws {
        let layout = try RecordLayout.parse(csv: "number,name,type,width\n1,CDS,Character,14\n2,API,Numeric,5\n")
        #expect(layout.fields.map(\.type) == [.character, .numeric])
        #expect(layout.fields[1].start == 15)
    }

    @Test func errorsNameTheLayoutLine() {
        #expect(throws: EducationError("field API has type 'Float'; use Character or Numeric",
                                       at: .init(file: "l.csv", line: 2))) {
            try RecordLayout.parse(csv: "1,CDS,Character,14\n2,API,Float,5\n", source: "l.csv")
        }
        #expect(throws: EducationError("field number 3 where 2 was expected; list the fields in record order without gaps",
                                       at: .init(file: "l.csv", line: 2))) {
            try RecordLayout.parse(csv: "1,CDS,Character,14\n3,API,Character,5\n", source: "l.csv")
        }
        #expect(throws: EducationError("field name CDS appears twice; names must be unique",
                                       at: .init(file: "l.txt", line: 3))) {
            try RecordLayout.parse(table: "#  Field Type Width\n1 CDS Character 14\n2 CDS Character 5\n", source: "l.txt")
        }
        #expect(throws: EducationError.self) { try RecordLayout.read(file: "/nonexistent/layout.csv") }
    }
}
