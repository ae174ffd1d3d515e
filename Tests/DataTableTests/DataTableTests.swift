import Testing
@testable import DataTable

@Suite("DataTable")
struct DataTableTests {
    @Test("columns of different lengths or with the same name are refused")
    func initChecks() throws {
        let short = try #require(dataError {
            _ = try DataTable(columns: [("a", .numeric([1, 2])), ("b", .text(["x"]))], source: "f.csv")
        })
        #expect(short.description == "f.csv: column 'b' has 1 values but the table has 2 rows")
        let twice = try #require(dataError {
            _ = try DataTable(columns: [("a", .numeric([1])), ("a", .numeric([2]))])
        })
        #expect(twice.description == "column 'a' appears twice; rename one of them")
    }

    @Test("numeric and text access, and the errors for a missing or text column")
    func typedAccess() throws {
        let table = try DataTable(columns: [("n", .numeric([1, nil, 2.5])), ("s", .text(["a", nil, "c"]))])
        #expect(try table.numeric("n") == [1, nil, 2.5])
        #expect(try table.text("n") == ["1", nil, "2.5"])
        let text = try #require(dataError { _ = try table.numeric("s") })
        #expect(text.description == "column 's' holds text, not numbers; use a numeric column here")
        let none = try #require(dataError { _ = try table.text("x") })
        #expect(none.description == "no column 'x'; the columns are: n, s")
    }

    @Test("setColumn adds or replaces, and refuses a wrong length")
    func setColumn() throws {
        var table = try DataTable(columns: [("a", .numeric([1, 2]))])
        try table.setColumn("b", .text(["x", "y"]))
        try table.setColumn("a", .numeric([3, 4]))
        #expect(table.columnNames == ["a", "b"])
        #expect(try table.numeric("a") == [3, 4])
        #expect(dataError { try table.setColumn("c", .numeric([1])) }?.message
                    == "column 'c' has 1 values but the table has 2 rows")
        var empty = try DataTable(columns: [])
        try empty.setColumn("z", .numeric([1, 2, 3]))
        #expect(empty.rowCount == 3)
    }

    @Test("rows keeps source lines with the rows")
    func rowsKeepLines() throws {
        let table = try CSVReader.read(text: "a,b\n1,x\n2,y\n3,z\n", source: "f.csv")
        let picked = table.rows([2, 0])
        #expect(try picked.numeric("a") == [3, 1])
        #expect(picked.sourceLines == [4, 2])
        #expect(picked.location(row: 0, column: "b") == CellLocation(file: "f.csv", line: 4, column: 2))
    }

    @Test("locations keep the file's column number after columns move, and leave it out for new columns")
    func locationsAfterReshaping() throws {
        let table = try CSVReader.read(text: "a,b,c\n1,2,3\n", source: "f.csv")
        let moved = try table.selecting(columns: ["c", "a"]).adding("d") { _ in 1 }
        #expect(moved.location(row: 0, column: "c").description == "f.csv:2:3")
        #expect(moved.location(row: 0, column: "a").description == "f.csv:2:1")
        #expect(moved.location(row: 0, column: "d").description == "f.csv:2")
        // A table built in memory has no file, so the column's position stands in.
        let memory = try DataTable(columns: [("x", .numeric([1])), ("y", .numeric([2]))])
        #expect(memory.location(row: 0, column: "y") == CellLocation(column: 2))
    }

    @Test("replacing a column forgets its stray-text note and file position")
    func replacingForgetsSource() throws {
        var table = try CSVReader.read(text: "a,b\n1,x\n2,3\n3,4\n", source: "f.csv")
        #expect(table.textInNumericColumns["b"] != nil)
        try table.setColumn("b", .numeric([nil, 3, 4]))
        #expect(table.textInNumericColumns["b"] == nil)
        #expect(table.location(row: 1, column: "b").description == "f.csv:3")
    }
}
