import DataTable

/// A CDE Growth API file keyed by CDS code, with the API and the number of valid scores for one or more years.
///
/// Written for the 2014 "3-Year Average API" research file (`API11`..`API13`, `NUM11`..`NUM13`), and year-generic:
/// the years are whatever `API`+two-digit columns the file has, so a file with `API09`/`NUM09` works the same way.
/// School rows are kept apart from district and state rows (see `SchoolRowSplit`).
public struct APIGrowthFile: Sendable {
    /// Where the file came from.
    public let source: String?
    /// One row per school, every column of the file; `CDS` is 14-character text.
    public let schools: DataTable
    /// District and state summary rows (empty when the file has none, as the 3-year file has).
    public let summaries: DataTable
    /// The school rows' CDS codes, in row order.
    public let cds: [CDSCode]
    /// Missing values per column, over the school rows.
    public let missing: MissingValueCounts
    /// The years with an API column, ascending.
    public let years: [Int]
    /// How school and summary rows were told apart.
    public let rowRule: String
    private let apiColumns: [Int: String]
    private let countColumns: [Int: String]

    /// Reads a Growth API CSV file; the CDS column is kept as text, and `N/A`, `NA`, `*` and empty are missing.
    ///
    /// - Throws: `DataError` for unreadable CSV, `EducationError` when a needed column or a CDS code is bad.
    public static func read(file path: String, extraMissingTokens: [String] = []) throws -> APIGrowthFile {
        let options = CSVOptions(extraMissingTokens: extraMissingTokens, textColumns: ["CDS", "cds"])
        return try APIGrowthFile(table: CSVReader.read(file: path, options: options))
    }

    /// Wraps a table already read (its CDS column may be text or numbers).
    public init(table: DataTable) throws {
        source = table.source
        let cdsName = try table.requireColumn("CDS", purpose: "the County/District/School code")
        for needed in ["SNAME", "DNAME", "CNAME"] {
            _ = try table.requireColumn(needed, purpose: "school, district and county names")
        }
        let split = try SchoolRowSplit(table: table)
        var schools = table.rows(split.schoolRows)
        let codes = try CDSCode.codes(in: schools, column: cdsName)
        // The file is keyed by CDS code: a school listed twice would be counted twice in every merge.
        var firstRow: [CDSCode: Int] = [:]
        for (row, code) in codes.enumerated() {
            if let first = firstRow[code] {
                throw EducationError(
                    "school \(code) appears twice (also line \(schools.sourceLines?[first] ?? first + 2)); "
                        + "a growth file has one row per school: remove the duplicate",
                    at: schools.location(row: row, column: cdsName))
            }
            firstRow[code] = row
        }
        try schools.setColumn(cdsName, .text(codes.map(\.digits)))
        self.schools = schools
        summaries = table.rows(split.summaryRows)
        cds = codes
        missing = MissingValueCounts(table: schools)
        rowRule = split.rule
        apiColumns = APIYear.years(in: table.columnNames, prefix: "API")
        countColumns = APIYear.years(in: table.columnNames, prefix: "NUM")
        years = apiColumns.keys.sorted()
        guard !years.isEmpty else {
            throw EducationError(
                "no API column for any year (such as API12); check that this is a Growth API file",
                at: CellLocation(file: source, line: 1))
        }
    }

    /// The name of the API column of `year` (`API12` for 2012).
    public func apiColumn(year: Int) throws -> String {
        guard let name = apiColumns[year] else { throw missingYear(year, what: "API") }
        return name
    }

    /// The name of the valid-score count column of `year` (`NUM12` for 2012).
    public func validScoresColumn(year: Int) throws -> String {
        guard let name = countColumns[year] else { throw missingYear(year, what: "NUM (number of valid scores)") }
        return name
    }

    /// Each school's API in `year`; `nil` where the file has none.
    public func api(year: Int) throws -> [Double?] {
        try schools.numeric(apiColumn(year: year))
    }

    /// Each school's number of valid scores in `year` (the API's base count).
    public func validScores(year: Int) throws -> [Double?] {
        try schools.numeric(validScoresColumn(year: year))
    }

    /// The text of column `name` for every school, trimmed, empty as missing (`SPED`, `STYPE`, `CHARTER`, names).
    public func text(_ name: String) throws -> [String?] {
        try schools.trimmedText(schools.requireColumn(name, purpose: "a school attribute"))
    }

    private func missingYear(_ year: Int, what: String) -> EducationError {
        EducationError(
            "the growth file has no \(what) column for \(year); it has years "
                + years.map(String.init).joined(separator: ", "),
            at: CellLocation(file: source, line: 1), kind: .usage)
    }
}
