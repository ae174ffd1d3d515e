import DataTable
import Testing
import TestSupport
@testable import Education

// Expected numbers: `python3 Tests/Fixtures/scripts/api_reference_counts.py` (Python csv module, independent of
// the package), whose output lines are quoted beside each check.
@Suite struct APIGrowthFileTests {
    @Test func readsEverySchoolWithCDSAsText() throws {
        let growth = try RealAPIFiles.growth.get()
        #expect(growth.schools.rowCount == 9595)  // "growth schools 9595"
        #expect(growth.summaries.rowCount == 0)
        #expect(growth.years == [2011, 2012, 2013])
        #expect(try growth.schools.text("CDS").first == "01100170109835")
        #expect(growth.cds.allSatisfy { $0.digits.count == 14 })
    }

    @Test func countsMissingAPIStatewide() throws {
        let growth = try RealAPIFiles.growth.get()
        #expect(growth.missing["API11"] == 383)  // "missing API11 383"
        #expect(growth.missing["API12"] == 376)  // "missing API12 376"
        #expect(try growth.api(year: 2011).filter { $0 == nil }.count == 383)
    }

    @Test func abcUnifiedHasThirtySchoolsTwoAlternative() throws {
        let growth = try RealAPIFiles.growth.get()
        let abc = growth.cds.indices.filter { growth.cds[$0].countyDistrict == LaggedMergeOptions.abcUnified }
        #expect(abc.count == 30)  // "ABC schools 30"
        let sped = try growth.text("SPED"), names = try growth.text("SNAME")
        let alternative = abc.filter { sped[$0] == "A" }.compactMap { names[$0] }
        #expect(alternative == ["Tracy (Wilbur) High (Continuation)", "ABC Secondary (Alternative)"])
    }

    @Test func apiAndValidScoresByYear() throws {
        let growth = try RealAPIFiles.growth.get()
        let row = try #require(growth.cds.firstIndex(of: CDSCode("19642121930056")!))  // Cerritos High
        #expect(try growth.api(year: 2011)[row] == 869)
        #expect(try growth.api(year: 2012)[row] == 868)
        #expect(try growth.validScores(year: 2011)[row] == 1521)
        #expect(try growth.apiColumn(year: 2013) == "API13")
    }

    @Test func aYearTheFileLacksIsABadRequest() throws {
        let growth = try RealAPIFiles.growth.get()
        #expect(throws: EducationError(
            "the growth file has no API column for 2014; it has years 2011, 2012, 2013",
            at: CellLocation(file: RealAPIFiles.growthPath, line: 1), kind: .usage)) {
            try growth.api(year: 2014)
        }
    }

    @Test func separatesDistrictAndStateRows() throws {
        let text = """
            CDS,RTYPE,SNAME,DNAME,CNAME,API12,NUM12
            00000000000000,X,,,,788,N/A
            19642120000000,D,,ABC Unified,Los Angeles,849,*
            19642121930056,S,Cerritos High,ABC Unified,Los Angeles,868,1617
            19642121995596,S,ABC Secondary (Alternative),ABC Unified,Los Angeles,NA,

            """
        let growth = try APIGrowthFile(table: CSVReader.read(text: text, source: "g.csv",
                                                             options: CSVOptions(textColumns: ["CDS"])))
        #expect(growth.schools.rowCount == 2)
        #expect(growth.summaries.rowCount == 2)
        #expect(try growth.api(year: 2012) == [868, nil])
        #expect(growth.missing["API12"] == 1)
        #expect(growth.missing["NUM12"] == 1)
    }

    @Test func aSchoolListedTwiceIsAnError() throws {
        let text = "CDS,RTYPE,SNAME,DNAME,CNAME,API12\n19642121930056,S,A,B,C,1\n19642121930056,S,A,B,C,2\n"
        let table = try CSVReader.read(text: text, source: "g.csv", options: CSVOptions(textColumns: ["CDS"]))
        #expect(throws: EducationError(
            "school 19642121930056 appears twice (also line 2); a growth file has one row per school: remove the duplicate",
            at: CellLocation(file: "g.csv", line: 3, column: 1))) {
            try APIGrowthFile(table: table)
        }
    }

    @Test func aSchoolWithoutACodeIsAnError() throws {
        let text = "CDS,RTYPE,SNAME,DNAME,CNAME,API12\n19642121930056,S,A,B,C,1\n,S,Nameless,B,C,2\n"
        let table = try CSVReader.read(text: text, source: "g.csv", options: CSVOptions(textColumns: ["CDS"]))
        #expect(throws: EducationError.self) { try APIGrowthFile(table: table) }
    }
}
