import DataTable
import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// Real rows of the 2011-2013 file written in the layout of CDE's 2012 Growth file, fields 1-14
/// (`data/layouts/api-growth-2012-fields-1-14.txt`): each value padded to its width, Windows-1252, CRLF lines.
func growthFixedWidthBytes(rows: [[String: String]]) -> [UInt8] {
    let widths: [(String, Int)] = [("CDS", 14), ("RTYPE", 1), ("STYPE", 1), ("SPED", 1), ("SIZE", 1), ("CHARTER", 1),
                                   ("SNAME", 40), ("DNAME", 30), ("CNAME", 15), ("FLAG", 5), ("VALID", 7),
                                   ("API12", 5), ("API11", 5), ("TARGET", 5)]
    var bytes: [UInt8] = []
    for row in rows {
        for (name, width) in widths {
            let value = row[name] ?? ""
            let pad = String(repeating: " ", count: width - value.count)
            let padded = Int(value) != nil ? pad + value : value + pad
            bytes += padded.unicodeScalars.map { UInt8($0.value) }  // Latin-1 = Windows-1252 for these characters
        }
        bytes += [0x0D, 0x0A]
    }
    return bytes
}

@Suite struct ImportAPICommandTests {
    let layout = Fixtures.shipped("layouts/api-growth-2012-fields-1-14.txt").path

    @Test func convertsRealRowsToCSV() throws {
        let growth = try CSVReader.read(file: Fixtures.shipped("api/ca-api-growth-2011-2013.csv").path,
                                        options: CSVOptions(textColumns: ["CDS"]))
        let cds = try growth.text("CDS"), names = try growth.text("SNAME"), districts = try growth.text("DNAME")
        let counties = try growth.text("CNAME"), api11 = try growth.numeric("API11"), api12 = try growth.numeric("API12")
        let num12 = try growth.numeric("NUM12")
        // The first five schools (Alameda County: CDS codes with a leading zero) and Cerritos High.
        let chosen = Array(0..<5) + [try #require(cds.firstIndex(of: "19642121930056"))]
        var rows = chosen.map { row -> [String: String] in
            ["CDS": cds[row]!, "RTYPE": "S", "SNAME": names[row] ?? "", "DNAME": districts[row] ?? "",
             "CNAME": counties[row] ?? "", "VALID": num12[row].map { String(Int($0)) } ?? "",
             "API12": api12[row].map { String(Int($0)) } ?? "", "API11": api11[row].map { String(Int($0)) } ?? "B"]
        }
        rows.append(["CDS": "36676456099204", "RTYPE": "S", "SNAME": "Doña Merced Elementary",
                     "DNAME": "Central Elementary", "CNAME": "San Bernardino", "API12": "877", "API11": "860"])
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("api12g.txt")
        try Data(growthFixedWidthBytes(rows: rows)).write(to: input)
        let output = folder.appendingPathComponent("api12g.csv").path
        #expect(runPartnership(["import-api", "--layout", layout, "--input", input.path, "--output", output]) == 0)

        let table = try CSVReader.read(file: output, options: CSVOptions(textColumns: ["CDS"]))
        #expect(table.rowCount == 7)
        #expect(try table.text("CDS") == chosen.map { cds[$0] } + ["36676456099204"])
        #expect(try table.text("SNAME").last == "Doña Merced Elementary")  // Windows-1252 0xF1 read as ñ, written UTF-8
        #expect(try table.text("API12").prefix(6).map { $0.flatMap(Double.init) } == chosen.map { api12[$0] })
        #expect(try table.text("SNAME")[5] == "Cerritos High")
    }

    @Test func badInputsExitWithTheirCodes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.csv").path
        let input = folder.appendingPathComponent("in.txt")
        #expect(runPartnership(["import-api", "--layout", layout, "--input", input.path, "--output", output]) == 66)
        #expect(runPartnership(["import-api", "--layout", folder.appendingPathComponent("none.csv").path,
                                "--input", input.path, "--output", output]) == 66)
        // A record longer than the layout's 131 bytes: the layout does not fit the file.
        try Data(String(repeating: "9", count: 140).utf8).write(to: input)
        #expect(runPartnership(["import-api", "--layout", layout, "--input", input.path, "--output", output]) == 65)
        // A layout with an unknown type.
        let badLayout = folder.appendingPathComponent("layout.csv").path
        try "1,CDS,Character,14\n2,API,Float,5\n".write(toFile: badLayout, atomically: true, encoding: .utf8)
        #expect(runPartnership(["import-api", "--layout", badLayout, "--input", input.path, "--output", output]) == 65)
        #expect(runPartnership(["import-api", "--input", input.path]) == 64)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(ImportAPICommand.helpMessage().contains("Example:"))
    }
}
