import DataTable

/// The `apipop` table of R's `survey` package: every California school with its 1999 and 2000 API.
///
/// Column names are R's lower-case ones (`cds`, `api99`, `api00`, `meals`, `ell`, `dnum`); missing values are `NA`.
/// Every row is a school (the table has no district rows), so there is nothing to separate.
public struct APIPopulationFile: Sendable {
    /// Where the file came from.
    public let source: String?
    /// One row per school; `cds` is 14-character text.
    public let schools: DataTable
    /// The schools' CDS codes.
    public let cds: [CDSCode]
    /// Missing values per column.
    public let missing: MissingValueCounts
    /// The years with an `api`+two-digit column (1999 and 2000).
    public let years: [Int]
    private let apiColumns: [Int: String]

    /// Reads the apipop CSV file.
    public static func read(file path: String) throws -> APIPopulationFile {
        try APIPopulationFile(table: CSVReader.read(file: path, options: CSVOptions(textColumns: ["cds", "CDS"])))
    }

    /// Wraps a table already read.
    public init(table: DataTable) throws {
        source = table.source
        var schools = table
        let cdsName = try table.requireColumn("cds", purpose: "the County/District/School code")
        let codes = try CDSCode.codes(in: table, column: cdsName)
        try schools.setColumn(cdsName, .text(codes.map(\.digits)))
        self.schools = schools
        cds = codes
        missing = MissingValueCounts(table: schools)
        apiColumns = APIYear.years(in: table.columnNames, prefix: "api")
        years = apiColumns.keys.sorted()
    }

    /// Each school's API in `year` (1999 or 2000).
    public func api(year: Int) throws -> [Double?] {
        guard let name = apiColumns[year] else {
            throw EducationError(
                "apipop has no API for \(year); it has " + years.map(String.init).joined(separator: ", "),
                at: CellLocation(file: source, line: 1), kind: .usage)
        }
        return try schools.numeric(name)
    }

    /// Row numbers of the schools whose CDS code starts with `prefix` (a county-district code such as `1964212`).
    public func rows(cdsPrefix prefix: String) -> [Int] {
        cds.indices.filter { cds[$0].digits.hasPrefix(prefix) }
    }
}
