import Testing
@testable import DataTable

@Suite("Grouping")
struct DataTableGroupingTests {
    @Test("groups in order of first appearance, with missing keys as a group of their own")
    func groups() throws {
        let table = try CSVReader.read(text: "d,s,x\nA,E,1\nB,E,2\nA,H,3\n,E,4\nA,E,5\n")
        let byDistrict = try table.groupIndices(by: ["d"])
        #expect(byDistrict == [RowGroup(key: [.text("A")], rows: [0, 2, 4]),
                               RowGroup(key: [.text("B")], rows: [1]),
                               RowGroup(key: [.missing], rows: [3])])
        let byBoth = try table.groupIndices(by: ["d", "s"])
        #expect(byBoth.map(\.rows) == [[0, 4], [1], [2], [3]])
        #expect(byBoth[0].key.map(\.description) == ["A", "E"])
        // A numeric key: -0 and 0 are one group.
        let numbers = try DataTable(columns: [("k", .numeric([0, -0.0, 1, nil]))])
        #expect(try numbers.groupIndices(by: ["k"]).map(\.rows) == [[0, 1], [2], [3]])
        #expect(try table.groupIndices(by: []).map(\.rows) == [[0, 1, 2, 3, 4]])
        #expect(dataError { _ = try table.groupIndices(by: ["nope"]) } != nil)
    }

    @Test("grouping the Growth file by district and by SPED agrees with R")
    func realGroups() throws {
        let growth = try RealFiles.growth.get()
        // R 4.2.2 (g read as in the join test): length(unique(g$DNAME)) 1006; table(g$SPED, useNA = "ifany")
        // A 607, E 114, NA 8874; ABC Unified: 30 schools, sum(API12) 25024, 2 with SPED == "A";
        // nrow(unique(g[c("CNAME", "STYPE")])) 170.
        let districts = try growth.groupIndices(by: ["DNAME"])
        #expect(districts.count == 1_006)
        let abc = try #require(districts.first { $0.key == [.text("ABC Unified")] })
        #expect(abc.rows.count == 30)
        let api12 = try growth.numeric("API12")
        #expect(abc.rows.compactMap { api12[$0] }.reduce(0, +) == 25_024)
        let sped = try growth.text("SPED")
        #expect(abc.rows.filter { sped[$0] == "A" }.count == 2)

        let bySped = try growth.groupIndices(by: ["SPED"])
        #expect(Dictionary(uniqueKeysWithValues: bySped.map { ($0.key[0], $0.rows.count) })
                    == [.text("A"): 607, .text("E"): 114, .missing: 8_874])
        #expect(try growth.groupIndices(by: ["CNAME", "STYPE"]).count == 170)
    }
}
