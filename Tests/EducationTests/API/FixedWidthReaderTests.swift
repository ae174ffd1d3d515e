import DataTable
import Foundation
import Testing
import TestSupport
@testable import Education

/// A test-side writer of fixed-width records: each value padded (numbers right-aligned, text left-aligned) to its
/// field's width, encoded as Windows-1252, one record per CRLF-ended line, as CDE's text files are.
func fixedWidthBytes(layout: RecordLayout, records: [[String: String]]) -> [UInt8] {
    var bytes: [UInt8] = []
    for record in records {
        for field in layout.fields {
            let value = record[field.name] ?? ""
            precondition(value.count <= field.width, "\(field.name) '\(value)' is wider than \(field.width)")
            let pad = String(repeating: " ", count: field.width - value.count)
            let padded = Double(value) != nil ? pad + value : value + pad
            bytes += padded.unicodeScalars.map { scalar in
                // Windows-1252 and Latin-1 agree outside 0x80-0x9F, and the test data need no character from there.
                UInt8(scalar.value)
            }
        }
        bytes += [0x0D, 0x0A]
    }
    return bytes
}

@Suite struct FixedWidthReaderTests {
    let layout = try! RecordLayout(fields: [("CDS", .character, 14), ("SNAME", .character, 12), ("API", .character, 5),
                                            ("ENROLL", .numeric, 6)])

    @Test func readsTextAndNumbersAndMissing() throws {
        let bytes = fixedWidthBytes(layout: layout, records: [
            ["CDS": "01611190130229", "SNAME": "Doña Merced", "API": "731", "ENROLL": "1278"],
            ["CDS": "19642121995596", "SNAME": "ABC Second", "API": "N/A", "ENROLL": ""],
            ["CDS": "19642120000000", "SNAME": "", "API": "B", "ENROLL": "*"],
        ])
        #expect(bytes.contains(0xF1))  // the Windows-1252 byte of ñ
        let table = try FixedWidthReader.read(bytes: bytes, source: "f.txt", layout: layout)
        #expect(table.rowCount == 3)
        #expect(try table.text("CDS") == ["01611190130229", "19642121995596", "19642120000000"])
        #expect(try table.text("SNAME") == ["Doña Merced", "ABC Second", nil])
        #expect(try table.text("API") == ["731", nil, "B"])
        #expect(try table.numeric("ENROLL") == [1278, nil, nil])
        #expect(table.sourceLines == [1, 2, 3])
    }

    @Test func characterFieldsCanBeReadAsNumbers() throws {
        let bytes = fixedWidthBytes(layout: layout, records: [["CDS": "01611190130229", "API": "731"]])
        let table = try FixedWidthReader.read(bytes: bytes, layout: layout,
                                              options: FixedWidthOptions(numericFields: ["API"]))
        #expect(try table.numeric("API") == [731])
    }

    @Test func textInANumericFieldIsAnErrorAtLineAndByte() {
        let bytes = fixedWidthBytes(layout: layout, records: [["CDS": "01611190130229", "ENROLL": "1278"],
                                                              ["CDS": "01611190132878", "ENROLL": "12x"]])
        #expect(throws: DataError(
            "field ENROLL (bytes 32-37) holds '12x', not a number; mark it as missing (--na '12x') or read the field as text",
            at: CellLocation(file: "f.txt", line: 2, column: 32))) {
            try FixedWidthReader.read(bytes: bytes, source: "f.txt", layout: layout)
        }
    }

    @Test func shortLinesLeaveTrailingFieldsMissingAndLongLinesAreErrors() throws {
        let short = Array("01611190130229Alameda High\n\n".utf8)
        let table = try FixedWidthReader.read(bytes: short, layout: layout)
        #expect(table.rowCount == 1)
        #expect(try table.text("API") == [nil])
        let long = Array("01611190130229Alameda High  731  1278  extra\n".utf8)
        #expect(throws: DataError.self) { try FixedWidthReader.read(bytes: long, layout: layout) }
        do {
            _ = try FixedWidthReader.read(bytes: long, source: "f.txt", layout: layout)
        } catch let error as DataError {
            #expect(error.location == CellLocation(file: "f.txt", line: 1, column: 40))
        }
    }

    @Test func missingFileIsReportedAsSuch() {
        do {
            _ = try FixedWidthReader.read(file: "/nonexistent/api12.txt", layout: layout)
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.kind == .missingFile)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// Real schools written into CDE's 2012 Base layout and read back: names, codes, scores and MEALS survive.
    @Test func realSchoolsRoundTripThroughTheBaseLayout() throws {
        let layout = try RecordLayout.read(file: RealAPIFiles.baseLayoutPath)
        let growth = try RealAPIFiles.growth.get(), base = try RealAPIFiles.base.get()
        let report = try SchoolNameMatcher.match(growth: growth, base: base)
        // ABC Unified's schools and the first matched school whose CDS code starts with a zero.
        let chosen = report.entries.enumerated().filter { index, entry in
            entry.cds.countyDistrict == LaggedMergeOptions.abcUnified && entry.outcome.matchedRow != nil
        }.map(\.offset) + [try #require(report.entries.firstIndex { $0.cds.digits.hasPrefix("0") && $0.outcome.matchedRow != nil })]
        let sped = try growth.text("SPED"), stype = try growth.text("STYPE")
        let columns = ["API12B", "MEALS", "P_EL", "ST_RANK", "AVG_ED"]
        let baseText = try columns.map { try base.schools.text($0) }
        var records: [[String: String]] = []
        for row in chosen {
            let entry = report.entries[row], baseRow = entry.outcome.matchedRow!
            var record = ["CDS": entry.cds.digits, "RTYPE": "S", "STYPE": stype[row] ?? "", "SPED": sped[row] ?? "",
                          "SNAME": entry.name.school, "DNAME": entry.name.district, "CNAME": entry.name.county]
            for (index, name) in columns.enumerated() { record[name] = baseText[index][baseRow] ?? "" }
            records.append(record)
        }
        records.append(["CDS": "19642120000000", "RTYPE": "D", "STYPE": "1", "DNAME": "ABC Unified",
                        "CNAME": "Los Angeles", "API12B": "849", "MEALS": "50", "ST_RANK": "B"])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("apib12-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(fixedWidthBytes(layout: layout, records: records)).write(to: URL(fileURLWithPath: path))

        let catalog = try APIFieldCatalog.read(file: RealAPIFiles.baseCatalogPath)
        let file = try APIYearFile.read(file: path, kind: .base, year: 2012, catalog: catalog, layout: layout)
        #expect(file.schools.rowCount == chosen.count)
        #expect(file.summaries.rowCount == 1)
        #expect(try file.schools.text("CDS") == chosen.map { report.entries[$0].cds.digits })
        #expect(try file.schools.text("SNAME") == chosen.map { report.entries[$0].name.school })
        let baseAPI = try base.api(), baseMeals = try base.numbers("MEALS"), baseEL = try base.numbers("P_EL")
        #expect(try file.measure(.api) == chosen.map { baseAPI[report.entries[$0].outcome.matchedRow!] })
        #expect(try file.measure(.meals) == chosen.map { baseMeals[report.entries[$0].outcome.matchedRow!] })
        #expect(try file.measure(.englishLearners) == chosen.map { baseEL[report.entries[$0].outcome.matchedRow!] })
        // Hawaiian Elementary: API12B 740, MEALS 98 in the Base CSV.
        let hawaiian = try #require(try file.schools.text("SNAME").firstIndex(of: "Hawaiian Elementary"))
        #expect(try file.measure(.api)[hawaiian] == 740 && file.measure(.meals)[hawaiian] == 98)
    }
}
