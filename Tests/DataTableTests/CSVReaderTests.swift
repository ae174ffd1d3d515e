import Foundation
import Testing
@testable import DataTable

/// Reads inline CSV named `t.csv` in messages.
private func read(_ text: String, _ options: CSVOptions = CSVOptions()) throws -> DataTable {
    try CSVReader.read(text: text, source: "t.csv", options: options)
}

/// Reads inline bytes named `t.csv` in messages.
private func read(bytes: [UInt8], _ options: CSVOptions = CSVOptions()) throws -> DataTable {
    try CSVReader.read(bytes: bytes, source: "t.csv", options: options)
}

/// The DataError `body` throws; fails the test if it throws nothing or something else.
func dataError(_ body: () throws -> Void) -> DataError? {
    do {
        try body()
        Issue.record("expected a DataError, but nothing was thrown")
        return nil
    } catch let error as DataError {
        return error
    } catch {
        Issue.record("expected a DataError, got \(error)")
        return nil
    }
}

// MARK: - Types and missing values

@Test("numeric and text columns, with the default missing tokens")
func typesAndMissing() throws {
    let table = try read("""
        id,api,name
        1,700,Alpha
        2,NA,Beta
        3,N/A,
        4,*,NA
        5, 812 ,Gamma
        """)
    #expect(table.columnNames == ["id", "api", "name"])
    #expect(table.rowCount == 5)
    #expect(try table.numeric("id") == [1, 2, 3, 4, 5])
    #expect(try table.numeric("api") == [700, nil, nil, nil, 812])
    #expect(try table.text("name") == ["Alpha", "Beta", nil, nil, "Gamma"])
    #expect(table.textInNumericColumns.isEmpty)
}

@Test("missing tokens are compared trimmed and apply to quoted fields, as R's na.strings do")
func missingTokensTrimmedAndQuoted() throws {
    // R 4.2.2: read.csv on `a,b\n"NA",1\n` gives a = NA (na.strings apply to quoted fields).
    let table = try read("a,b\n\"NA\",1\n  NA  ,2\n\" * \",3\n\"x\",4\n")
    #expect(try table.text("a") == [nil, nil, nil, "x"])
}

@Test("--na tokens add to the defaults")
func extraMissingTokens() throws {
    let text = "score,grade\n-99,A\n512,.\n600,B\n"
    let plain = try read(text)
    #expect(try plain.numeric("score") == [-99, 512, 600])
    #expect(try plain.text("grade") == ["A", ".", "B"])
    let withTokens = try read(text, CSVOptions(extraMissingTokens: ["-99", " . "]))
    #expect(try withTokens.numeric("score") == [nil, 512, 600])
    #expect(try withTokens.text("grade") == ["A", nil, "B"])
}

@Test("numbers with spaces, signs and exponents are numbers; hex, words and thousands separators are not")
func numberForms() throws {
    let table = try read("""
        a,b,c,d,e,f
         1 ,0x1A,inf,"1,234",1e400,+2.5e-3
        -2.,1,1,1,1,.5
        """)
    #expect(try table.numeric("a") == [1, -2])
    #expect(try table.numeric("f") == [0.0025, 0.5])
    for name in ["b", "c", "d", "e"] {
        #expect(table[name]?.isNumeric == false, "\(name)")
    }
    // Quoting does not make a number text (R's type.convert ignores quotes too).
    let quoted = try read("a\n\"12\"\n\" 3.5 \"\n")
    #expect(try quoted.numeric("a") == [12, 3.5])
}

@Test("a column with no values at all is numeric, all missing")
func allMissingColumn() throws {
    let table = try read("a,flag\n1,NA\n2,\n")
    #expect(try table.numeric("flag") == [nil, nil])
}

@Test("codes with a leading zero stay text, with their zeros")
func codeColumns() throws {
    let table = try read("""
        cds,county,zip
        19642126066716,19,90701
        01611190130229,01,95616
        """)
    #expect(try table.text("cds") == ["19642126066716", "01611190130229"])
    #expect(try table.text("county") == ["19", "01"])
    #expect(table["zip"]?.isNumeric == true)
    #expect(table.textInNumericColumns.isEmpty)
    // Without a leading zero anywhere the code would be a number; textColumns keeps it text.
    let forced = try read("cds,api\n19642126066716,800\n", CSVOptions(textColumns: ["cds", "not-in-file"]))
    #expect(try forced.text("cds") == ["19642126066716"])
    #expect(forced["api"]?.isNumeric == true)
    // A lone zero is an ordinary number.
    #expect(try read("n\n0\n10\n").numeric("n") == [0, 10])
}

@Test("a stray text value in a column of numbers is recorded, and using the column as numbers points at it")
func strayTextInNumericColumn() throws {
    let table = try read("""
        school,api,rank
        A,700,1
        B,710,B
        C,x7,3
        D,,4
        E,730,C
        """)
    #expect(try table.text("api") == ["700", "710", "x7", nil, "730"])
    let apiStray = try #require(table.textInNumericColumns["api"])
    #expect(apiStray == TextInNumericColumn(value: "x7", location: CellLocation(file: "t.csv", line: 4, column: 2),
                                           numericCount: 3, textCount: 1))
    let rankStray = try #require(table.textInNumericColumns["rank"])
    #expect(rankStray.value == "B")
    #expect(rankStray.location.description == "t.csv:3:3")
    #expect(rankStray.numericCount == 3 && rankStray.textCount == 2)

    let error = try #require(dataError { _ = try table.numeric("api") })
    #expect(error.description == "t.csv:4:2: column 'api' has the text value 'x7' where numbers are expected; "
                + "fix the value, or mark it as missing with --na 'x7'")
    // A column of text with one number in it is simply text.
    #expect(table.textInNumericColumns["school"] == nil)
}

@Test("a stray text value's line counts the line breaks inside its record")
func strayTextAfterMultilineField() throws {
    // The stray value's record starts on line 3, but the value itself is on line 4.
    let table = try read("note,n\na,1\n\"two\nlines\",oops\nb,3\nc,4\n")
    #expect(table.sourceLines == [2, 3, 5, 6])
    #expect(table.textInNumericColumns["n"]?.location.description == "t.csv:4:2")
}

// MARK: - Quoting, line ends, byte-order mark

@Test("quoted fields hold delimiters, doubled quotes and line breaks")
func quotedFields() throws {
    // A raw string: the CSV's doubled quotes would end a Swift multi-line literal.
    let table = try read(#"""
        name,motto,n
        "Dr. Martin Luther King, Jr. Academy","say ""yes""",1
        "Line
        break","",2
        plain "inch" mark,  "spaced"  ,3
        """#)
    #expect(try table.text("name") == ["Dr. Martin Luther King, Jr. Academy", "Line\nbreak", "plain \"inch\" mark"])
    // A quote after leading spaces does not open a quoted field (as in Python's csv module): the text is kept.
    #expect(try table.text("motto") == ["say \"yes\"", nil, "  \"spaced\"  "])
    #expect(table.sourceLines == [2, 3, 5])
}

@Test("CRLF line ends, inside quotes too, and a last line without a line break")
func crlf() throws {
    let table = try read("a,b\r\n1,\"x\r\ny\"\r\n2,z")
    #expect(try table.numeric("a") == [1, 2])
    #expect(try table.text("b") == ["x\r\ny", "z"])
    #expect(table.sourceLines == [2, 4])
    // A lone CR (old Mac files) also ends a line.
    let mac = try read("a,b\r1,2\r3,4\r")
    #expect(try mac.numeric("b") == [2, 4])
    #expect(mac.sourceLines == [2, 3])
}

@Test("empty lines are skipped but counted, and a trailing line break adds no row")
func blankLines() throws {
    let table = try read("\na,b\n1,2\n\n\r\n3,4\n\n")
    #expect(table.rowCount == 2)
    #expect(table.sourceLines == [3, 6])
    // A trailing delimiter at the end of the file is an empty last field, not a ragged row.
    let trailing = try read("a,b\n1,")
    #expect(try trailing.numeric("b") == [nil])
}

@Test("a UTF-8 byte-order mark does not become part of the first column's name")
func byteOrderMarkStripped() throws {
    let fromBytes = try read(bytes: [0xEF, 0xBB, 0xBF] + Array("cds,api\n01,2\n".utf8))
    #expect(fromBytes.columnNames == ["cds", "api"])
    let fromText = try read("\u{FEFF}cds,api\n01,2\n")
    #expect(fromText.columnNames == ["cds", "api"])
}

@Test("header names are trimmed; quoted names may hold commas")
func headerNames() throws {
    let table = try read(" a ,\"b, c\"\n1,2\n")
    #expect(table.columnNames == ["a", "b, c"])
}

@Test("header only: columns without rows")
func headerOnly() throws {
    let table = try read("a,b\n")
    #expect(table.columnNames == ["a", "b"])
    #expect(table.rowCount == 0)
    #expect(table.sourceLines == [])
}

@Test("a tab delimiter")
func tabDelimiter() throws {
    let table = try read("a\tb\n1\tx, y\n", CSVOptions(delimiter: "\t"))
    #expect(try table.text("b") == ["x, y"])
}

// MARK: - Encodings

@Test("Windows-1252 bytes: a school name with Ñ and ñ")
func windows1252Names() throws {
    // "SNAME,API\nLa Ca\u{F1}ada Elementary,779\nPE\u{D1}A,1\n" as the bytes Windows-1252 writes: ñ = 0xF1, Ñ = 0xD1.
    let bytes: [UInt8] = Array("SNAME,API\nLa Ca".utf8) + [0xF1] + Array("ada Elementary,779\nPE".utf8) + [0xD1]
        + Array("A,1\n".utf8)
    let table = try read(bytes: bytes)
    #expect(try table.text("SNAME") == ["La Cañada Elementary", "PEÑA"])
    #expect(try table.numeric("API") == [779, 1])
}

@Test("the same name in UTF-8 is read as UTF-8")
func utf8Names() throws {
    let table = try read(bytes: Array("SNAME\nLa Cañada Elementary\n".utf8))
    #expect(try table.text("SNAME") == ["La Cañada Elementary"])
}

@Test("missing-value tokens with non-ASCII letters match in a Windows-1252 file")
func nonASCIIMissingToken() throws {
    let bytes: [UInt8] = Array("a,b\n1,".utf8) + [0xF1] + Array("\n2,x\n".utf8)
    let table = try read(bytes: bytes, CSVOptions(extraMissingTokens: ["ñ"]))
    #expect(try table.text("b") == [nil, "x"])
}

// MARK: - Errors, each at its exact place

@Test("a row with too many fields points at the first extra field")
func tooManyFields() throws {
    let error = try #require(dataError { _ = try read("a,b,c\n1,2,3\n4,5,6,7\n") })
    #expect(error.location == CellLocation(file: "t.csv", line: 3, column: 4))
    #expect(error.description == "t.csv:3:4: this row has 4 fields but the header names 3 columns; "
                + "quote values that contain the delimiter, or remove the extra field")
    #expect(error.kind == .badData)
}

@Test("a row with too few fields points at the first missing field")
func tooFewFields() throws {
    let error = try #require(dataError { _ = try read("a,b,c\n1,2,3\n4,5\n") })
    #expect(error.description == "t.csv:3:3: this row has 2 fields but the header names 3 columns; "
                + "add the missing field (leave them empty if the value is missing)")
}

@Test("a ragged row after a quoted line break names the line of the extra field")
func raggedAfterMultilineField() throws {
    let error = try #require(dataError { _ = try read("a,b\n1,2\n\"x\ny\",2,3\n") })
    #expect(error.location.description == "t.csv:4:3")
}

@Test("an unterminated quote names the line and field where it opened")
func unterminatedQuote() throws {
    let error = try #require(dataError { _ = try read("a,b\n1,2\n3,\"oops\n4,5\n6,7\n") })
    #expect(error.description == "t.csv:3:2: a quoted field starts here but its closing quote is missing; "
                + "add the closing \" (and double any quote inside the value: \"\")")
}

@Test("text after a closing quote is an error at that field")
func textAfterClosingQuote() throws {
    let error = try #require(dataError { _ = try read("a,b\n1,\"say \"hi\"\"\n") })
    #expect(error.location.description == "t.csv:2:2")
    #expect(error.message.hasPrefix("unexpected text after the closing quote"))
}

@Test("an empty header name is an error at its column")
func emptyHeaderName() throws {
    let error = try #require(dataError { _ = try read("a,,c\n1,2,3\n") })
    #expect(error.description == "t.csv:1:2: column 2 has no name in the header; give every column a name")
    let trailing = try #require(dataError { _ = try read("a,b,\n1,2,\n") })
    #expect(trailing.location.description == "t.csv:1:3")
    #expect(trailing.message.contains("a delimiter at the end of the header line"))
}

@Test("a repeated header name is an error at its second use")
func duplicateHeaderName() throws {
    let error = try #require(dataError { _ = try read("AS_API12,x,AS_API12\n1,2,3\n") })
    #expect(error.description == "t.csv:1:3: the column name 'AS_API12' is used twice (columns 1 and 3); "
                + "rename one of them so each column has its own name")
}

@Test("an empty file has no header")
func emptyFile() throws {
    let error = try #require(dataError { _ = try read("\n\n") })
    #expect(error.description == "t.csv: the file is empty; a header row naming the columns is required")
}

@Test("a delimiter that cannot separate fields is refused")
func badDelimiter() throws {
    for delimiter: Character in ["\"", "\n", "\r\n", "é"] {
        let error = try #require(dataError { _ = try read("a\n1\n", CSVOptions(delimiter: delimiter)) })
        #expect(error.location.description == "t.csv")
    }
}

// MARK: - Files

@Test("a missing file is a missingFile error naming the path")
func missingFile() throws {
    let directory = try makeTemporaryDirectory()
    let path = directory + "/no-such.csv"
    let error = try #require(dataError { _ = try CSVReader.read(file: path) })
    #expect(error.kind == .missingFile)
    #expect(error.description == "cannot open \(path): No such file or directory; check the path")
    let folder = try #require(dataError { _ = try CSVReader.read(file: directory) })
    #expect(folder.kind == .missingFile)
    #expect(folder.description == "cannot open \(directory): Is a directory; check the path")
}

@Test("a file read from disk names its path in the table and in errors")
func fileSource() throws {
    let path = try temporaryFile(bytes: Array("a,b\n1,2\n3\n".utf8))
    let error = try #require(dataError { _ = try CSVReader.read(file: path) })
    #expect(error.location == CellLocation(file: path, line: 3, column: 2))
    let good = try temporaryFile(bytes: Array("a,b\n1,2\n".utf8))
    let table = try CSVReader.read(file: good)
    #expect(table.source == good)
    #expect(table.location(row: 0, column: "b") == CellLocation(file: good, line: 2, column: 2))
}
