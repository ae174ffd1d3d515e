import Testing
@testable import DataTable

@Suite("Keyed joins")
struct DataTableJoinTests {
    let schools: DataTable
    let facts: DataTable

    init() throws {
        schools = try CSVReader.read(text: """
            cds,year,api,name
            01,2012,700,Alpha
            02,2012,650,Beta
            03,2012,800,Gamma
            01,2013,710,Alpha
            ,2012,500,Nowhere
            """, source: "schools.csv")
        facts = try CSVReader.read(text: """
            cds,meals,name
            02,80,Beta Elementary
            01,35,Alpha Elementary
            09,50,Iota
            """, source: "facts.csv")
    }

    @Test("inner join keeps matched left rows in left order and suffixes clashing names")
    func inner() throws {
        let result = try schools.joined(with: facts, on: ["cds"])
        let table = result.table
        #expect(table.columnNames == ["cds", "year", "api", "name.x", "meals", "name.y"])
        #expect(try table.text("cds") == ["01", "02", "01"])
        #expect(try table.numeric("meals") == [35, 80, 35])
        #expect(try table.text("name.y") == ["Alpha Elementary", "Beta Elementary", "Alpha Elementary"])
        #expect(table.sourceLines == [2, 3, 5])
        #expect(table.source == "schools.csv")
        // Gamma (03) and the row without a code match nothing; Iota (09) is matched by nothing.
        #expect(result.unmatchedLeftRows == [2, 4])
        #expect(result.unmatchedRightRows == [2])
        #expect(result.unmatchedLeftCount == 2 && result.unmatchedRightCount == 1)
    }

    @Test("left join keeps every left row, missing where nothing matched")
    func left() throws {
        let result = try schools.joined(with: facts, on: ["cds"], kind: .left, suffixes: ("", "_facts"))
        #expect(result.table.columnNames == ["cds", "year", "api", "name", "meals", "name_facts"])
        #expect(try result.table.numeric("meals") == [35, 80, nil, 35, nil])
        #expect(result.table.rowCount == 5)
        #expect(result.unmatchedLeftCount == 2)
    }

    @Test("joins on several keys, numeric and text")
    func compositeKeys() throws {
        let prior = try CSVReader.read(text: "cds,year,api_prior\n01,2013,700\n01,2012,690\n02,2013,640\n")
        let result = try schools.joined(with: prior, on: ["cds", "year"], kind: .left)
        #expect(try result.table.numeric("api_prior") == [690, nil, nil, 700, nil])
        #expect(result.unmatchedRightRows == [2])
    }

    @Test("repeated keys on the right are an error listing a few, with their lines")
    func duplicateRightKeys() throws {
        let error = try #require(dataError { _ = try facts.joined(with: schools, on: ["cds"]) })
        #expect(error.description == "schools.csv:5:1: the right-hand table of a join has 1 key that appear more "
                    + "than once: cds=01 (line 2, line 5); each key may appear only once there: remove the "
                    + "duplicate rows or join on more key columns")
        // With more than three repeated keys, three are named and the rest counted.
        let many = try CSVReader.read(text: "k,v\n1,a\n1,b\n2,c\n2,d\n3,e\n3,f\n4,g\n4,h\n4,i\n", source: "m.csv")
        let left = try DataTable(columns: [("k", .numeric([1]))])
        let manyError = try #require(dataError { _ = try left.joined(with: many, on: ["k"]) })
        #expect(manyError.message.hasPrefix("the right-hand table of a join has 4 keys that appear more than once: "
                    + "k=1 (line 2, line 3); k=2 (line 4, line 5); k=3 (line 6, line 7) and 1 more;"))
        #expect(manyError.location.description == "m.csv:3:1")
    }

    @Test("a key that is text on one side and numbers on the other is an error with advice")
    func keyTypeMismatch() throws {
        let numeric = try CSVReader.read(text: "cds,x\n1,2\n", source: "n.csv")
        let error = try #require(dataError { _ = try schools.joined(with: numeric, on: ["cds"]) })
        #expect(error.description == "n.csv: the key column 'cds' holds text in schools.csv but numbers in n.csv; "
                    + "read both the same way (codes such as the CDS code as text, with CSVOptions.textColumns)")
        #expect(dataError { _ = try schools.joined(with: numeric, on: ["x"]) }?.message.hasPrefix("no column 'x'")
                    == true)
        #expect(dataError { _ = try schools.joined(with: facts, on: []) } != nil)
    }

    @Test("a suffixed name that clashes with another column is an error")
    func suffixClash() throws {
        let left = try DataTable(columns: [("k", .numeric([1])), ("v", .numeric([1])), ("v.x", .numeric([2]))])
        let right = try DataTable(columns: [("k", .numeric([1])), ("v", .numeric([3]))])
        let error = try #require(dataError { _ = try left.joined(with: right, on: ["k"]) })
        #expect(error.message == "joining would make two columns called 'v.x'; rename one before joining "
                    + "or choose other suffixes")
    }

    @Test("joining the 2011-2013 Growth file to apipop on the CDS code matches R's merge")
    func realJoin() throws {
        let growth = try RealFiles.growth.get()
        let apipop = try RealFiles.apipop.get().renaming(["cds": "CDS"])
        // R 4.2.2: g <- read.csv(growth, na.strings = c("", "NA", "N/A", "*"), colClasses = c(CDS = "character"));
        // p <- read.csv(apipop, colClasses = c(cds = "character")); m <- merge(g, p, by.x = "CDS", by.y = "cds")
        // gives nrow(m) 5729, sum(!(g$CDS %in% p$cds)) 3866, sum(!(p$cds %in% g$CDS)) 465, and
        // sum(m$api00[m$dname == "ABC Unified"]) 19760 over 28 schools.
        let inner = try growth.joined(with: apipop, on: ["CDS"])
        #expect(inner.table.rowCount == 5_729)
        #expect(inner.unmatchedLeftCount == 3_866)
        #expect(inner.unmatchedRightCount == 465)
        let abc = try inner.table.filter { try $0.text("dname") == "ABC Unified" }
        #expect(abc.rowCount == 28)
        #expect(try abc.numeric("api00").compactMap { $0 }.reduce(0, +) == 19_760)
        // R: nrow(merge(g, p, by.x = "CDS", by.y = "cds", all.x = TRUE)) 9595, with 3866 api00 missing.
        let left = try growth.joined(with: apipop, on: ["CDS"], kind: .left)
        #expect(left.table.rowCount == 9_595)
        #expect(left.table["api00"]?.missingCount == 3_866)
    }
}
