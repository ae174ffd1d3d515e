import Testing
@testable import DataTable

@Suite("Filtering and derived columns")
struct DataTableFilterTests {
    let table: DataTable

    init() throws {
        table = try CSVReader.read(text: """
            school,stype,api11,api12
            A,E,700,720
            B,H,650,
            C,E,NA,800
            D,M,810,805
            """, source: "f.csv")
    }

    @Test("filter keeps matching rows in order, with their source lines")
    func filter() throws {
        let elementary = try table.filter { try $0.text("stype") == "E" }
        #expect(try elementary.text("school") == ["A", "C"])
        #expect(elementary.sourceLines == [2, 4])
        let gained = try table.filter { row in
            guard let before = try row.numeric("api11"), let after = try row.numeric("api12") else { return false }
            return after > before
        }
        #expect(try gained.text("school") == ["A"])
        #expect(table.filter { _ in false }.rowCount == 0)
    }

    @Test("errors inside a predicate come out, pointing at the place")
    func predicateErrors() throws {
        let error = try #require(dataError { _ = try table.filter { try $0.numeric("school") != nil } })
        #expect(error.message == "column 'school' holds text, not numbers; use a numeric column here")
    }

    @Test("adding computes a numeric or text column row by row; missing stays missing")
    func adding() throws {
        let withGrowth = try table.adding("growth") { row in
            guard let before = try row.numeric("api11"), let after = try row.numeric("api12") else { return nil }
            return after - before
        }
        #expect(try withGrowth.numeric("growth") == [20, nil, nil, -5])
        let withLabel = try withGrowth.adding("label", text: { row in
            try "\(row.text("school")!)-\(row.text("stype")!)"
        })
        #expect(try withLabel.text("label") == ["A-E", "B-H", "C-E", "D-M"])
        #expect(withLabel.columnNames == ["school", "stype", "api11", "api12", "growth", "label"])
    }

    @Test("adding never replaces an existing column")
    func addingRefusesExistingName() throws {
        let error = try #require(dataError { _ = try table.adding("api12") { _ in 0 } })
        #expect(error.description == "f.csv: a column called 'api12' exists already; give the new column another name")
    }

    @Test("a row gives values of either type and its location")
    func rowAccess() throws {
        let row = DataTableRow(table: table, index: 2)
        #expect(try row.value("api11") == .missing)
        #expect(try row.value("api12") == .number(800))
        #expect(try row.value("school") == .text("C"))
        #expect(try row.text("api12") == "800")
        #expect(row.location(column: "api12").description == "f.csv:4:4")
    }
}
