import Testing
@testable import DataTable

@Suite("Selecting, dropping, renaming")
struct DataTableColumnsTests {
    let table: DataTable

    init() throws {
        table = try CSVReader.read(text: "cds,api,rank\n01,700,1\n02,710,B\n03,720,3\n", source: "f.csv")
    }

    @Test("selecting keeps the order asked for, and names unknown columns")
    func selecting() throws {
        let picked = try table.selecting(columns: ["rank", "cds"])
        #expect(picked.columnNames == ["rank", "cds"])
        #expect(picked.textInNumericColumns["rank"]?.value == "B")
        #expect(picked.sourceLines == [2, 3, 4])
        let error = try #require(dataError { _ = try table.selecting(columns: ["api", "API", "x"]) })
        #expect(error.description == "f.csv: no column 'API', 'x'; the columns are: cds, api, rank")
    }

    @Test("dropping removes columns")
    func dropping() throws {
        #expect(try table.dropping(columns: ["api"]).columnNames == ["cds", "rank"])
        #expect(dataError { _ = try table.dropping(columns: ["nope"]) }?.location.description == "f.csv")
    }

    @Test("renaming carries values, stray-text notes and file positions")
    func renaming() throws {
        let renamed = try table.renaming(["rank": "state_rank", "api": "API"])
        #expect(renamed.columnNames == ["cds", "API", "state_rank"])
        #expect(try renamed.numeric("API") == [700, 710, 720])
        let error = try #require(dataError { _ = try renamed.numeric("state_rank") })
        #expect(error.location.description == "f.csv:3:3")
        #expect(renamed.location(row: 0, column: "API").description == "f.csv:2:2")
    }

    @Test("renaming refuses unknown names and name clashes")
    func renamingErrors() throws {
        #expect(dataError { _ = try table.renaming(["x": "y"]) }?.message
                    == "cannot rename: no column 'x'; the columns are: cds, api, rank")
        #expect(dataError { _ = try table.renaming(["api": "cds"]) }?.message
                    == "renaming would give two columns the name 'cds'; choose another name")
        // Swapping two names is fine.
        let swapped = try table.renaming(["api": "cds", "cds": "api"])
        #expect(try swapped.numeric("cds") == [700, 710, 720])
    }
}
