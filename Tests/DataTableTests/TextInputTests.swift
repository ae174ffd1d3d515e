import Foundation
import Testing
@testable import DataTable

/// Defect 2 of issue 11: every text input reads LF, CRLF and CR line ends the same, through one function.
@Suite struct TextInputTests {
    @Test func lineEndsAreUnified() {
        #expect(TextInput.unifyingLineEnds(Array("a\r\nb\rc\n\r\n".utf8)) == Array("a\nb\nc\n\n".utf8))
        #expect(TextInput.unifyingLineEnds(Array("no returns\n".utf8)) == Array("no returns\n".utf8))
        #expect(TextInput.text(Array("x\r\ny".utf8), windows1252: false) == "x\ny")
        #expect(TextInput.text([0xEF, 0xBB, 0xBF] + Array("x\ry".utf8), windows1252: false) == "x\ny")
        #expect(TextInput.text([0x41, 0xD1, 0x0D], windows1252: false) == nil)
        #expect(TextInput.text([0x41, 0xD1, 0x0D], windows1252: true) == "AÑ\n")
    }

    /// The same table from LF, CRLF and CR files (a quoted line break stays the file's own bytes, RFC 4180).
    @Test func csvReadsAllThreeLineEndsTheSame() throws {
        let lf = "id,name,score\n1,\"two, quoted\",3.5\n\n2,b,4\n"
        let expected = try CSVReader.read(text: lf)
        for ending in ["\r\n", "\r"] {
            let table = try CSVReader.read(text: lf.replacingOccurrences(of: "\n", with: ending))
            #expect(try table.text("name") == expected.text("name"))
            #expect(try table.numeric("score") == expected.numeric("score"))
            #expect(table.sourceLines == expected.sourceLines)
        }
    }

    /// Defect 1: a field past the bound is refused with its place; one at the bound is read.
    @Test func csvFieldLengthIsBounded() throws {
        let atBound = String(repeating: "x", count: InputLimits.fieldBytes)
        #expect(try CSVReader.read(text: "a,b\n1,\(atBound)\n").text("b") == [atBound])
        do {
            _ = try CSVReader.read(text: "a,b\n1,\(atBound)y\n", source: "big.csv")
            Issue.record("a field past the bound was accepted")
        } catch let error as DataError {
            #expect(error.description.hasPrefix("big.csv:2:2: the field is longer than 1 MiB"))
        }
    }

    @Test func lineLengthIsBounded() throws {
        var bytes = [UInt8](repeating: 0x61, count: InputLimits.lineBytes + 1)
        #expect(throws: DataError.self) { try InputLimits.checkLineLengths(bytes, source: nil) }
        bytes[10] = 0x0A
        try InputLimits.checkLineLengths(bytes, source: nil)
    }
}
