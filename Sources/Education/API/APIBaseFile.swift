import DataTable

/// A CDE Base API file: one year's Base API with the school characteristics used as controls (MEALS, P_EL, ...).
///
/// The reduced 2012 Base file the package ships has no CDS code, so schools are known by school, district and county
/// name (`SchoolNameMatch` links them to a CDS-keyed file). District rows (empty `SNAME`, `ST_RANK` = `B`) and,
/// in full CDE files, state rows are kept apart from school rows. The year is read from the Base API column's name
/// (`API12B` is 2012) unless given.
public struct APIBaseFile: Sendable {
    /// Where the file came from.
    public let source: String?
    /// The year of the Base API (2012 for `API12B`).
    public let year: Int
    /// One row per school, every column of the file.
    public let schools: DataTable
    /// District and state rows.
    public let summaries: DataTable
    /// Missing values per column, over the school rows.
    public let missing: MissingValueCounts
    /// The school rows' CDS codes when the file has a CDS column, else `nil`.
    public let cds: [CDSCode]?
    /// The name of the Base API column.
    public let apiColumn: String
    /// How school and summary rows were told apart.
    public let rowRule: String

    /// Reads a Base API CSV file; `year` is needed only when no column is named like `API12B`.
    public static func read(file path: String, year: Int? = nil, extraMissingTokens: [String] = []) throws -> APIBaseFile {
        let options = CSVOptions(extraMissingTokens: extraMissingTokens, textColumns: ["CDS", "cds"])
        return try APIBaseFile(table: CSVReader.read(file: path, options: options), year: year)
    }

    /// Wraps a table already read.
    public init(table: DataTable, year: Int? = nil) throws {
        source = table.source
        for needed in ["SNAME", "DNAME", "CNAME"] {
            _ = try table.requireColumn(needed, purpose: "school, district and county names")
        }
        let found = APIYear.years(in: table.columnNames, prefix: "API", suffix: "B")
        if let year {
            guard let name = found[year] ?? table.columnNamed("API\(APIYear.twoDigits(year))B") ?? table.columnNamed("API") else {
                throw EducationError(
                    "no Base API column for \(year) (such as API\(APIYear.twoDigits(year))B); check the file's year",
                    at: CellLocation(file: table.source, line: 1), kind: .usage)
            }
            self.year = year
            apiColumn = name
        } else {
            guard found.count == 1, let only = found.first else {
                throw EducationError(
                    found.isEmpty
                        ? "no Base API column such as API12B, so the file's year is unknown; give the year explicitly"
                        : "several Base API columns (\(found.values.sorted().joined(separator: ", "))); give the year explicitly",
                    at: CellLocation(file: table.source, line: 1))
            }
            self.year = only.key
            apiColumn = only.value
        }
        let split = try SchoolRowSplit(table: table)
        var schools = table.rows(split.schoolRows)
        if let cdsName = table.columnNamed("CDS") {
            let codes = try CDSCode.codes(in: schools, column: cdsName)
            try schools.setColumn(cdsName, .text(codes.map(\.digits)))
            cds = codes
        } else {
            cds = nil
        }
        self.schools = schools
        summaries = table.rows(split.summaryRows)
        missing = MissingValueCounts(table: schools)
        rowRule = split.rule
    }

    /// Each school's Base API.
    public func api() throws -> [Double?] { try schools.numeric(apiColumn) }

    /// Each school's values of numeric column `name` (matched without regard to case), such as `MEALS` or `P_EL`.
    public func numbers(_ name: String) throws -> [Double?] {
        try schools.numeric(schools.requireColumn(name, purpose: "a school characteristic of the Base file"))
    }

    /// Each school's school, district and county names, as written in the file.
    public func names() throws -> [SchoolName] {
        let school = try schools.text(schools.requireColumn("SNAME", purpose: "school name"))
        let district = try schools.text(schools.requireColumn("DNAME", purpose: "district name"))
        let county = try schools.text(schools.requireColumn("CNAME", purpose: "county name"))
        return (0..<schools.rowCount).map {
            SchoolName(school: school[$0] ?? "", district: district[$0] ?? "", county: county[$0] ?? "")
        }
    }
}
