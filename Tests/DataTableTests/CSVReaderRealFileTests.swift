import Foundation
import TestSupport
import Testing
@testable import DataTable

/// Reads a small CSV the R script wrote (no quotes, no embedded commas) as rows of fields.
private func plainRows(_ url: URL) throws -> [[String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
}

@Suite("Real files")
struct CSVReaderRealFileTests {
    // MARK: apisrs.csv, written by R

    @Test("apisrs.csv: every column has R's type and R's count of missing values")
    func apisrsColumns() throws {
        let table = try CSVReader.read(file: Fixtures.fixture("reference/apisrs.csv").path)
        #expect(table.rowCount == 200)
        // Tests/Fixtures/datatable/apisrs-r-columns.csv: R 4.2.2 read.csv, made by
        // Tests/Fixtures/scripts/datatable-apisrs-r-values.R.
        let rows = try plainRows(Fixtures.fixture("datatable/apisrs-r-columns.csv")).dropFirst()
        #expect(rows.count == 39)
        #expect(table.columnNames == rows.map { $0[0] })
        for row in rows {
            let (name, rClass, naCount) = (row[0], row[1], Int(row[2])!)
            let column = try #require(table[name])
            #expect(column.missingCount == naCount, "\(name)")
            switch (name, rClass) {
            case ("cds", _):
                // R makes the CDS code a number and loses the leading zero of 21 codes; we keep it as text.
                #expect(!column.isNumeric)
            case (_, "character"):
                #expect(!column.isNumeric, "\(name)")
            default:  // integer, numeric, and logical (a column that is all NA)
                #expect(column.isNumeric, "\(name) is \(rClass) in R")
            }
        }
    }

    @Test("apisrs.csv: every number is exactly the Double R reads")
    func apisrsNumbers() throws {
        let table = try CSVReader.read(file: Fixtures.fixture("reference/apisrs.csv").path)
        // Each value as R's sprintf("%a"), exact bits (see Tests/Fixtures/scripts/datatable-apisrs-r-values.R).
        let rows = try plainRows(Fixtures.fixture("datatable/apisrs-r-numbers.csv"))
        let names = rows[0]
        #expect(rows.count == 201)
        var compared = 0
        for (index, name) in names.enumerated() {
            let ours: [Double?] = name == "cds"
                ? try table.text(name).map { $0.flatMap(Double.init) }
                : try table.numeric(name)
            for row in 0..<200 {
                let expected = rows[row + 1][index] == "NA" ? nil : Double(rows[row + 1][index])
                #expect(ours[row]?.bitPattern == expected?.bitPattern, "\(name) row \(row + 1)")
                compared += 1
            }
        }
        #expect(compared == 200 * 28)
    }

    @Test("apisrs.csv: quoted text, a code with its leading zero, and R's printed values")
    func apisrsValues() throws {
        let table = try CSVReader.read(file: Fixtures.fixture("reference/apisrs.csv").path)
        // R 4.2.2: d <- read.csv("apisrs.csv"); print(d[1, c("cds","name","avg.ed","pw")], digits = 17) gives
        // 15739081534155, "McFarland High", 1.9099999666214, 30.969999999999999.
        #expect(try table.text("cds")[0] == "15739081534155")
        #expect(try table.text("name")[0] == "McFarland High")
        #expect(try table.numeric("avg.ed")[0] == 1.9099999666214)
        #expect(try table.numeric("pw")[0] == 30.97)
        // The 14-character codes with a leading zero that R turns into 13-digit numbers.
        let codes = try table.text("cds").compactMap { $0 }
        #expect(codes.allSatisfy { $0.count == 14 })
        #expect(codes.filter { $0.hasPrefix("0") }.count == 21)
        #expect(table.sourceLines?.first == 2 && table.sourceLines?.last == 201)
    }

    // MARK: The statewide 2011-2013 Growth API file

    @Test("ca-api-growth-2011-2013.csv: 9,595 schools, CDS as 14-character text, API11 missing counts")
    func growthFile() throws {
        let path = RealFiles.path("api/ca-api-growth-2011-2013.csv")
        let table = try RealFiles.growth.get()
        #expect(table.rowCount == 9_595)
        #expect(table.columnNames.count == 107)
        let cds = try table.text("CDS")
        #expect(cds.allSatisfy { $0?.count == 14 })
        #expect(cds[0] == "01100170109835")
        // Missing API11 (empty fields): 383 by Python 3's csv module (fields equal to "", NA, N/A or * after strip)
        // and by R 4.2.2: sum(is.na(read.csv(f, na.strings = c("", "NA", "N/A", "*"))$API11)).
        #expect(try table.numeric("API11").filter { $0 == nil }.count == 383)
        // R 4.2.2, same call: sum(is.na(d$API13)) == 329; sum(d$API12, na.rm = TRUE) == 7239705.
        #expect(try table.numeric("API13").filter { $0 == nil }.count == 329)
        #expect(try table.numeric("API12").compactMap { $0 }.reduce(0, +) == 7_239_705)
        #expect(table.textInNumericColumns.isEmpty)

        // Cecil B. Stowers Elementary (ABC Unified), line 1769: R gives API11 897, API12 892, API13 886.
        let row = try #require(cds.firstIndex(of: "19642126066716"))
        #expect(try table.text("SNAME")[row] == "Cecil B. Stowers Elementary")
        #expect(try table.numeric("API11")[row] == 897)
        #expect(try table.numeric("API12")[row] == 892)
        #expect(try table.numeric("API13")[row] == 886)
        #expect(table.location(row: row, column: "API12") == CellLocation(file: path, line: 1769, column: 14))
    }

    @Test("ca-api-growth-2011-2013.csv is UTF-8, and its one non-ASCII name is read as the file spells it")
    func growthFileEncoding() throws {
        let bytes = try readWholeFile(RealFiles.path("api/ca-api-growth-2011-2013.csv"))
        #expect(TextEncoding.utf8Bytes(from: bytes).encoding == .utf8)
        // Line 6043 holds "Do\u{00B1}a Merced Elementary" (UTF-8 bytes C2 B1, found with Python): "Doña" damaged
        // before the file reached us (1252's ñ, 0xF1, is ± in code page 850). We keep the file's text as it is.
        let table = try RealFiles.growth.get()
        let row = try #require(table.sourceLines?.firstIndex(of: 6043))
        #expect(try table.text("SNAME")[row] == "Do\u{00B1}a Merced Elementary")
    }

    // MARK: The 2012 Base API file (reduced)

    @Test("ca-api-base-2012-reduced.csv: N/A tokens, quoted names, and ST_RANK's district rows")
    func baseFile() throws {
        let path = Fixtures.shipped("api/ca-api-base-2012-reduced.csv").path
        let table = try CSVReader.read(file: path)
        #expect(table.rowCount == 10_118)
        #expect(table.columnNames.count == 30)
        // ACS_K3 uses N/A: 3522 missing by Python 3's csv module and by R 4.2.2 read.csv with
        // na.strings = c("", "NA", "N/A", "*").
        #expect(try table.numeric("ACS_K3").filter { $0 == nil }.count == 3_522)
        // R 4.2.2: d[145, c("SNAME", "API12B", "AVG_ED")] is Woodville Elementary, 685, 1.51 (line 146).
        #expect(try table.text("SNAME")[144] == "Woodville Elementary")
        #expect(try table.numeric("API12B")[144] == 685)
        #expect(try table.numeric("AVG_ED")[144] == 1.51)
        #expect(table.sourceLines?[144] == 146)
        // Line 288 quotes a name with a comma in it.
        let row = try #require(table.sourceLines?.firstIndex(of: 288))
        #expect(try table.text("SNAME")[row] == "Wellington M. Smith, Jr.")

        // ST_RANK is a statewide rank 1-10, but district rows say B and some schools C: R 4.2.2 reads it as
        // character with 1508 B; Python counts 1508 B + 99 C, the first on line 6.
        let stray = try #require(table.textInNumericColumns["ST_RANK"])
        #expect(stray == TextInNumericColumn(value: "B", location: CellLocation(file: path, line: 6, column: 6),
                                             numericCount: 8_511, textCount: 1_607))
        let error = try #require(dataError { _ = try table.numeric("ST_RANK") })
        #expect(error.location.description == "\(path):6:6")
    }

    @Test("ca-api-base-2012-reduced.csv is plain ASCII, so it reads the same in UTF-8 and Windows-1252")
    func baseFileEncoding() throws {
        // Python 3: no line of the file has a byte above 0x7F (the CDE's ñ had already become n: "La Canada").
        let bytes = try readWholeFile(Fixtures.shipped("api/ca-api-base-2012-reduced.csv").path)
        #expect(bytes.allSatisfy { $0 < 0x80 })
        #expect(TextEncoding.utf8Bytes(from: bytes).encoding == .utf8)
        #expect(TextEncoding.transcodeWindows1252(bytes) == bytes)
    }
}
