import DataTable
import Testing
import TestSupport
@testable import Education

// Expected numbers: `python3 Tests/Fixtures/scripts/api_reference_counts.py` (Python csv module).
@Suite struct APIBaseFileTests {
    @Test func findsItsYearAndSeparatesDistrictRows() throws {
        let base = try RealAPIFiles.base.get()
        #expect(base.year == 2012)
        #expect(base.apiColumn == "API12B")
        #expect(base.cds == nil)
        #expect(base.schools.rowCount == 9137)  // "base schools 9137 district rows 981"
        #expect(base.summaries.rowCount == 981)
        let districts = try base.summaries.text("DNAME")
        let abc = try #require(districts.firstIndex(of: "ABC Unified"))
        #expect(try base.summaries.numeric("API12B")[abc] == 849)
        #expect(try base.summaries.text("ST_RANK").allSatisfy { $0 == "B" })
    }

    @Test func countsMissingValues() throws {
        let base = try RealAPIFiles.base.get()
        #expect(base.missing["MEALS"] == 0)  // "base missing MEALS 0"
        #expect(base.missing["ACS_CORE"] == 5432)  // "base missing ACS_CORE 5432"
        #expect(base.missing.columnsWithMissing.contains { $0.column == "ACS_CORE" })
    }

    @Test func yearMustBeKnown() throws {
        let table = try CSVReader.read(text: "SNAME,DNAME,CNAME,MEALS\nA,B,C,1\n", source: "b.csv")
        #expect(throws: EducationError.self) { try APIBaseFile(table: table) }
        #expect(throws: EducationError.self) { try APIBaseFile(table: table, year: 2010) }
        let named = try CSVReader.read(text: "SNAME,DNAME,CNAME,API10B\nA,B,C,700\n", source: "b.csv")
        #expect(try APIBaseFile(table: named).year == 2010)
    }
}
