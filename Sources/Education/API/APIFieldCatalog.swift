import DataTable

/// Which kind of CDE API file: the Base file (a year's Base API and school characteristics) or the Growth file
/// (that year's Growth API beside the previous year's Base API).
public enum APIFileKind: String, Sendable, CaseIterable {
    /// A Base API file.
    case base
    /// A Growth API file.
    case growth
}

/// Which fields each year's Base or Growth API file has, read from a fields-by-year table.
///
/// The table (`data/layouts/api-*-fields-by-year.csv`) has columns `name`, `description` and one column per year
/// with `X` where the field exists. Names are generic (`api_growth`, `meals`); descriptions say which year a value
/// is for with `[This Year]` and `[Last Year]`, which is what `APIFieldResolution` uses to find the year's column.
/// A field can have several rows (its description changed over the years); for a given year the row marked for
/// that year applies.
public struct APIFieldCatalog: Sendable {
    /// One field as described for some years.
    public struct Entry: Sendable, Equatable {
        /// Generic name (lower case).
        public let name: String
        /// The layout's description for these years.
        public let description: String
        /// The years whose files have the field with this description.
        public let years: [Int]
    }

    /// Every row of the table.
    public let entries: [Entry]
    /// Every year the table covers, ascending.
    public let years: [Int]
    /// Where the table came from.
    public let source: String?

    /// Reads a fields-by-year CSV file.
    public static func read(file path: String) throws -> APIFieldCatalog {
        try APIFieldCatalog(table: CSVReader.read(file: path, options: CSVOptions(textColumns: ["name", "description"])))
    }

    /// Wraps a table already read.
    public init(table: DataTable) throws {
        source = table.source
        let nameColumn = try table.requireColumn("name", purpose: "the generic field name")
        let descriptionColumn = try table.requireColumn("description", purpose: "the field's description")
        let yearColumns = table.columnNames.compactMap { name -> (Int, String)? in
            guard name.count == 4, let year = Int(name) else { return nil }
            return (year, name)
        }
        guard !yearColumns.isEmpty else {
            throw EducationError("no year columns (such as 2012); the table needs one column per year marked X",
                                 at: CellLocation(file: source, line: 1))
        }
        let names = try table.trimmedText(nameColumn)
        let descriptions = try table.text(descriptionColumn)
        let marks = try yearColumns.map { try table.trimmedText($0.1) }
        var entries: [Entry] = []
        for row in 0..<table.rowCount {
            guard let name = names[row] else {
                throw EducationError("the field name is empty", at: table.location(row: row, column: nameColumn))
            }
            let years = yearColumns.indices.filter { marks[$0][row] != nil }.map { yearColumns[$0].0 }
            entries.append(Entry(name: name.lowercased(), description: descriptions[row] ?? "", years: years))
        }
        self.entries = entries
        years = yearColumns.map(\.0).sorted()
    }

    /// The fields of `year`'s files, one entry per generic name (the description that applies that year).
    public func fields(year: Int) -> [Entry] {
        var seen: Set<String> = []
        return entries.filter { $0.years.contains(year) && seen.insert($0.name).inserted }
    }
}
