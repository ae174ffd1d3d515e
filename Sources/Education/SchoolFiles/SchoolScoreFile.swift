import DataTable

/// School-level survey scores, for districts and states that publish only school aggregates: a school key, score
/// columns with their labels and range, and the respondent count (and response rate, when the file has one).
public struct SchoolScoreDescription: Sendable, Equatable {
    /// One score column and the label the report prints for it.
    public struct Measure: Sendable, Equatable {
        /// The column (and the model term).
        public var column: String
        /// The printed label (for example "Safety and respect").
        public var label: String

        /// Creates a measure.
        public init(column: String, label: String) {
            self.column = column
            self.label = label
        }
    }

    /// The file.
    public var file: String
    /// The school key column.
    public var key: String
    /// The score columns, in report order.
    public var measures: [Measure]
    /// The scores' range (for example 0 to 10); a score outside it is an error.
    public var range: ClosedRange<Double>
    /// The respondent count column; suppression works on it.
    public var count: String
    /// The response rate column (percent), if the file has one.
    public var rate: String?
    /// Extra cell values meaning "missing".
    public var missingTokens: [String]
    /// The field separator.
    public var delimiter: Character

    /// Creates a description.
    public init(file: String, key: String, measures: [Measure], range: ClosedRange<Double>, count: String,
                rate: String? = nil, missingTokens: [String] = [], delimiter: Character = ",") {
        self.file = file
        self.key = key
        self.measures = measures
        self.range = range
        self.count = count
        self.rate = rate
        self.missingTokens = missingTokens
        self.delimiter = delimiter
    }
}

/// The school-level scores read from a file: one row per school, with its respondent count.
public struct SchoolScoreFile: Sendable {
    /// One school's row.
    public struct School: Sendable, Equatable {
        /// The trimmed key.
        public var key: String
        /// The school's name, when the file has a name column (`schoolname`, `name`, `school_name`).
        public var name: String?
        /// Respondents.
        public var respondents: Double?
        /// Response rate (percent).
        public var responseRate: Double?
        /// The scores, in the description's measure order.
        public var scores: [Double?]
    }

    /// The description read.
    public let description: SchoolScoreDescription
    /// The schools, in file order.
    public let schools: [School]

    /// Reads and checks the file.
    ///
    /// - Throws: `PartnershipError` usage (64) for a named column the file lacks; bad data (65) for a score outside
    ///   its range (file:line:column), text in a score column, or a school key given twice.
    public init(_ description: SchoolScoreDescription) throws {
        let options = CSVOptions(extraMissingTokens: description.missingTokens, textColumns: [description.key],
                                 delimiter: description.delimiter)
        let table = try CSVReader.read(file: description.file, options: options)
        try self.init(description, table: table)
    }

    /// Reads an already loaded table.
    public init(_ description: SchoolScoreDescription, table: DataTable) throws {
        let named = [description.key, description.count] + (description.rate.map { [$0] } ?? [])
            + description.measures.map(\.column)
        try SchoolFileColumns.check(named, in: table, file: description.file)
        let keys = try table.text(description.key)
        let counts = try table.numeric(description.count)
        let rates = try description.rate.map { try table.numeric($0) }
        let scores = try description.measures.map { try table.numeric($0.column) }
        let nameColumn = ["schoolname", "name", "school_name"].first { table.hasColumn($0) }
        let names = try nameColumn.map { try table.text($0) }
        try SchoolScoreFile.checkRange(scores, description: description, table: table)
        var seen: [String: Int] = [:]
        var schools: [School] = []
        for row in 0..<table.rowCount {
            guard let key = keys[row]?.trimmingCharacters(in: .whitespaces), !key.isEmpty else { continue }
            if let earlier = seen[key] {
                throw PartnershipError("school '\(key)' has two rows, on lines \(table.location(row: earlier).line ?? 0) "
                                       + "and \(table.location(row: row).line ?? 0); keep one row per school",
                                       at: table.location(row: row, column: description.key))
            }
            seen[key] = row
            schools.append(School(key: key, name: names?[row], respondents: counts[row], responseRate: rates?[row],
                                  scores: scores.map { $0[row] }))
        }
        self.description = description
        self.schools = schools
    }

    private static func checkRange(_ scores: [[Double?]], description: SchoolScoreDescription,
                                   table: DataTable) throws {
        for (measure, values) in zip(description.measures, scores) {
            for (row, value) in values.enumerated() {
                guard let value, !description.range.contains(value) else { continue }
                let low = NumberText.plain(description.range.lowerBound)
                let high = NumberText.plain(description.range.upperBound)
                throw PartnershipError("the \(measure.label) score \(NumberText.plain(value)) is outside its stated "
                                       + "range \(low)-\(high); fix the value or the range in the data description",
                                       at: table.location(row: row, column: measure.column))
            }
        }
    }
}

/// Numbers in messages: whole numbers without a decimal point.
enum NumberText {
    /// `10` for 10.0, `7.5` for 7.5.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
