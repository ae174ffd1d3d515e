import Testing
@testable import DataTable

@Suite("Summaries")
struct DataTableSummaryTests {
    @Test("missing counts per column, in column order")
    func missingCounts() throws {
        let table = try CSVReader.read(text: "a,b,c\n1,,x\nNA,2,\n3,*,y\n")
        #expect(table.missingCounts() == [MissingCount(column: "a", missing: 1, present: 2),
                                          MissingCount(column: "b", missing: 2, present: 1),
                                          MissingCount(column: "c", missing: 1, present: 2)])
    }

    @Test("complete rows: a value in every named column")
    func completeRows() throws {
        let table = try CSVReader.read(text: "a,b,c\n1,,x\nNA,2,\n3,4,y\n5,6,\n")
        #expect(try table.completeRows(in: ["a", "b"]) == [2, 3])
        #expect(try table.completeRows(in: ["a", "c"]) == [0, 2])
        #expect(try table.completeRows(in: []) == [0, 1, 2, 3])
        #expect(dataError { _ = try table.completeRows(in: ["d"]) } != nil)
    }
}
