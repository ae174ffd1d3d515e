import DataTable
import Testing
@testable import Education

@Suite struct CDSCodeTests {
    @Test func keepsLeadingZerosAndSplitsParts() throws {
        let code = try #require(CDSCode("01611190130229"))
        #expect(code.county == "01")
        #expect(code.countyDistrict == "0161119")
        #expect(code.school == "0130229")
    }

    @Test func restoresALeadingZeroLostToANumber() throws {
        #expect(CDSCode("1611190130229")?.digits == "01611190130229")
        #expect(CDSCode(number: 1_611_190_130_229)?.digits == "01611190130229")
        #expect(CDSCode(number: 19_642_121_930_056)?.digits == "19642121930056")
    }

    @Test func rejectsWhatIsNotACode() {
        #expect(CDSCode("1964212") == nil)
        #expect(CDSCode("0161119013022X") == nil)
        #expect(CDSCode("") == nil)
        #expect(CDSCode(number: 1.5) == nil)
    }

    @Test func badCodeInATableNamesTheCell() throws {
        let table = try CSVReader.read(text: "cds,x\n01611190130229,1\n12345,2\n", source: "s.csv",
                                       options: CSVOptions(textColumns: ["cds"]))
        #expect(throws: EducationError.self) { try CDSCode.codes(in: table, column: "cds") }
        do {
            _ = try CDSCode.codes(in: table, column: "cds")
        } catch let error as EducationError {
            #expect(error.description.hasPrefix("s.csv:3:1: '12345' is not a CDS code"))
        }
    }
}
