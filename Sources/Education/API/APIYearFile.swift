import DataTable

/// Any year's CDE Base or Growth API file, read with the generic field names of an `APIFieldCatalog`.
///
/// This is how a user loads a file downloaded from CDE by year: CSV, or fixed-width text with its `RecordLayout`.
/// `measure(_:)` gives the common quantities (this year's API, last year's Base API, valid scores, MEALS, English
/// learners) whatever the year's column names; `numbers(field:)` gives any catalog field. Score fields may hold
/// CDE's letter codes (`B`: no valid Base API, `C`: significant demographic change, `I`: invalid data); such codes
/// become missing values and are counted in `codes(field:)`, never dropped silently.
public struct APIYearFile: Sendable {
    /// Quantities every year's file has under some name.
    public enum Measure: String, Sendable, CaseIterable {
        /// This year's API: the Base API in a Base file, the Growth API in a Growth file.
        case api
        /// Last year's Base API (Growth files only): the API that this year's Growth API is compared with.
        case previousBaseAPI
        /// The number of valid scores behind this year's API.
        case validScores
        /// Percent of students eligible for free or reduced-price meals (the poverty control).
        case meals
        /// Percent of English learners.
        case englishLearners

        /// Generic names that hold it, in the order tried.
        func fieldNames(_ kind: APIFileKind) -> [String] {
            switch (self, kind) {
            case (.api, .base): return ["api"]
            case (.api, .growth): return ["api_growth"]
            case (.previousBaseAPI, .base): return []
            case (.previousBaseAPI, .growth): return ["api_base"]
            case (.validScores, _): return ["valid", "valid_num", "api_stu"]
            case (.meals, _): return ["meals"]
            case (.englishLearners, _): return ["p_el", "ell", "el"]
            }
        }
    }

    /// Base or Growth.
    public let kind: APIFileKind
    /// The file's year (2012 for the 2012 Base or the 2012 Growth file).
    public let year: Int
    /// School rows, every column of the file.
    public let schools: DataTable
    /// District and state rows.
    public let summaries: DataTable
    /// Missing values per column over the school rows (letter codes in score fields are counted by `codes(field:)`).
    public let missing: MissingValueCounts
    /// Which column holds each catalog field.
    public let resolution: APIFieldResolution

    /// Reads `path` as `year`'s `kind` file: fixed-width when a layout is given, CSV otherwise.
    public static func read(file path: String, kind: APIFileKind, year: Int, catalog: APIFieldCatalog,
                            layout: RecordLayout? = nil, extraMissingTokens: [String] = []) throws -> APIYearFile {
        let table: DataTable
        if let layout {
            table = try FixedWidthReader.read(file: path, layout: layout,
                                              options: FixedWidthOptions(extraMissingTokens: extraMissingTokens))
        } else {
            table = try CSVReader.read(file: path, options: CSVOptions(extraMissingTokens: extraMissingTokens,
                                                                       textColumns: ["CDS", "cds"]))
        }
        return try APIYearFile(table: table, kind: kind, year: year, catalog: catalog)
    }

    /// Wraps a table already read as `year`'s `kind` file.
    ///
    /// - Throws: `EducationError` (`.usage`) when the catalog has no fields for `year`.
    public init(table: DataTable, kind: APIFileKind, year: Int, catalog: APIFieldCatalog) throws {
        guard !catalog.fields(year: year).isEmpty else {
            let covered = catalog.years.filter { !catalog.fields(year: $0).isEmpty }
            throw EducationError(
                "the field list has no \(kind.rawValue) fields for \(year); it covers "
                    + (covered.map(String.init).joined(separator: ", ")),
                at: CellLocation(file: catalog.source), kind: .usage)
        }
        self.kind = kind
        self.year = year
        let split = try SchoolRowSplit(table: table)
        schools = table.rows(split.schoolRows)
        summaries = table.rows(split.summaryRows)
        missing = MissingValueCounts(table: schools)
        resolution = APIFieldResolution(catalog: catalog, year: year, columnNames: table.columnNames)
    }

    /// The column holding generic field `field`, if the file has it.
    public func column(field: String) -> String? { resolution.columns[field.lowercased()] }

    /// The column holding `measure`, if the file has it.
    public func column(_ measure: Measure) -> String? {
        measure.fieldNames(kind).lazy.compactMap { column(field: $0) }.first
    }

    /// Each school's value of `measure`; letter codes are missing (see `codes(field:)`).
    public func measure(_ measure: Measure) throws -> [Double?] {
        guard let name = column(measure) else {
            throw EducationError(
                "the \(year) \(kind.rawValue) file has no column for \(measure.rawValue) "
                    + "(looked for the fields \(measure.fieldNames(kind).joined(separator: ", ")))",
                at: CellLocation(file: schools.source, line: 1), kind: .usage)
        }
        return try numbers(column: name)
    }

    /// Each school's value of catalog field `field` as a number; letter codes are missing.
    public func numbers(field: String) throws -> [Double?] {
        guard let name = column(field: field) else {
            throw EducationError("the \(year) \(kind.rawValue) file has no column for the field '\(field)'",
                                 at: CellLocation(file: schools.source, line: 1), kind: .usage)
        }
        return try numbers(column: name)
    }

    /// How often each non-numeric code appears in catalog field `field` (empty if none, or no such field).
    public func codes(field: String) throws -> [String: Int] {
        guard let name = column(field: field), case .text(let values) = try schools.column(name) else { return [:] }
        var tally: [String: Int] = [:]
        for value in values {
            guard let value, FixedWidthReader.parseNumber(value) == nil else { continue }
            tally[value, default: 0] += 1
        }
        return tally
    }

    private func numbers(column name: String) throws -> [Double?] {
        switch try schools.column(name) {
        case .numeric(let values): return values
        case .text(let values): return values.map { $0.flatMap(FixedWidthReader.parseNumber) }
        }
    }
}
