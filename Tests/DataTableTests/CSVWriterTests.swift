import Foundation
import TestSupport
import Testing
@testable import DataTable

@Suite("CSV writing")
struct CSVWriterTests {
    @Test("quotes only what needs quoting, writes missing as empty, whole numbers without .0")
    func minimalQuoting() throws {
        let table = try DataTable(columns: [
            ("name", .text(["Dr. King, Jr.", "say \"hi\"", "two\nlines", "", nil, "plain"])),
            ("api", .numeric([700, -3.5, nil, 0.1, 1e-5, 1.5e20])),
        ])
        #expect(CSVWriter().text(of: table) == #"""
            name,api
            "Dr. King, Jr.",700
            "say ""hi""",-3.5
            "two
            lines",
            "",0.1
            ,1e-05
            plain,1.5e+20

            """#)
    }

    @Test("R style: every text quoted, NA for missing, CRLF")
    func rStyle() throws {
        let table = try DataTable(columns: [("s", .text(["a", nil])), ("n", .numeric([nil, 2]))])
        let writer = CSVWriter(missing: "NA", quoteAllText: true, lineEnding: "\r\n")
        #expect(writer.text(of: table) == "\"s\",\"n\"\r\n\"a\",NA\r\nNA,2\r\n")
    }

    @Test("numbers are printed so they read back as the same Double")
    func numberFormat() {
        #expect(CSVWriter.format(3) == "3")
        #expect(CSVWriter.format(-0.0) == "-0")
        #expect(CSVWriter.format(1e15) == "1000000000000000")
        #expect(CSVWriter.format(0x1p53 - 1) == "9007199254740991")
        #expect(CSVWriter.format(0x1p53) == "9007199254740992")
        #expect(CSVWriter.format(1e16) == "1e+16")
        #expect(CSVWriter.format(0.1 + 0.2) == "0.30000000000000004")
        #expect(CSVWriter.format(.infinity) == "Inf")
        #expect(CSVWriter.format(-.infinity) == "-Inf")
        #expect(CSVWriter.format(.nan) == "NaN")
        let awkward: [Double] = [0.1, 1 / 3, 2.2250738585072014e-308, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 123456.789,
                                 -1e-300, 1e15 + 1, 0x1p53 + 2, 0x1p53 - 0.5, 1.9099999666214]
        for value in awkward {
            #expect(Double(CSVWriter.format(value))?.bitPattern == value.bitPattern, "\(value)")
        }
    }

    @Test("the whole apisrs sample survives a write and a read unchanged")
    func roundTrip() throws {
        let original = try CSVReader.read(file: Fixtures.fixture("reference/apisrs.csv").path)
        let again = try CSVReader.read(text: CSVWriter().text(of: original))
        #expect(again.columnNames == original.columnNames)
        for name in original.columnNames {
            #expect(again[name] == original[name], "\(name)")
        }
    }

    @Test("writeAtomically writes the file and leaves nothing else behind")
    func writeAtomically() throws {
        let directory = try makeTemporaryDirectory()
        let path = directory + "/out.csv"
        let table = try DataTable(columns: [("a", .numeric([1, 2]))])
        try CSVWriter().writeAtomically(table, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\n1\n2\n")
        #expect(try filesIn(directory) == ["out.csv"])
    }
}
