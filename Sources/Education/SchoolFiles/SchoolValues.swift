import DataTable

/// One number per school, read from a district's file as a `SchoolValueDescription` says.
public struct SchoolValues: Sendable, Equatable {
    /// The value of each school key that has one.
    public var values: [String: Double]
    /// Every key the file holds after the filters (with or without a value), for join messages.
    public var keys: [String]
    /// The description it was read with.
    public var description: SchoolValueDescription

    /// Reads the file and combines each school's rows.
    ///
    /// - Throws: `PartnershipError` usage (64) for a named column the file lacks (with close names); bad data (65)
    ///   for two rows of one school when there is no weight, or text in the value or weight column.
    public static func read(_ description: SchoolValueDescription) throws -> SchoolValues {
        try read(description, table: try CSVReader.read(file: description.file, options: description.csvOptions))
    }

    /// Combines the rows of an already read `table`.
    public static func read(_ description: SchoolValueDescription, table: DataTable) throws -> SchoolValues {
        try SchoolFileColumns.check(description.namedColumns, in: table, file: description.file)
        let rows = try kept(table, filters: description.filters)
        let keys = try table.text(description.key)
        let values = try numbers(table, description.value, rows: rows, description: description)
        let weights = try description.weight.map { try numbers(table, $0, rows: rows, description: description) }
        var sums: [String: (weighted: Double, weight: Double, row: Int)] = [:]
        var order: [String] = []
        var seen = Set<String>()
        for row in rows {
            guard let key = keys[row]?.trimmingCharacters(in: .whitespaces), !key.isEmpty else { continue }
            if seen.insert(key).inserted { order.append(key) }
            guard let weights else {
                if let earlier = sums[key] { throw duplicate(key, rows: (earlier.row, row), table, description) }
                sums[key] = (values[row] ?? .nan, 1, row)
                continue
            }
            guard let value = values[row], let weight = weights[row] else { continue }
            let sum = sums[key] ?? (0, 0, row)
            sums[key] = (sum.weighted + weight * value, sum.weight + weight, sum.row)
        }
        var result: [String: Double] = [:]
        for (key, sum) in sums where sum.weight > 0 && !sum.weighted.isNaN {
            result[key] = sum.weighted / sum.weight
        }
        return SchoolValues(values: result, keys: order, description: description)
    }

    /// The numbers of `column` in `rows` (other rows `nil`): a number, or missing when empty or a missing token.
    ///
    /// - Throws: `PartnershipError` (65) at the first kept cell holding other text.
    static func numbers(_ table: DataTable, _ column: String, rows: [Int],
                        description: SchoolValueDescription) throws -> [Double?] {
        var result = [Double?](repeating: nil, count: table.rowCount)
        switch try table.column(column) {
        case .numeric(let values):
            for row in rows { result[row] = values[row] }
        case .text(let texts):
            for row in rows {
                guard let text = texts[row]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { continue }
                guard let value = Double(text), value.isFinite else {
                    throw PartnershipError("'\(text)' in column '\(column)' is not a number; if it marks a missing "
                                           + "value, list it among the file's missing-value tokens",
                                           at: table.location(row: row, column: column))
                }
                result[row] = value
            }
        }
        return result
    }

    /// The rows meeting every filter, in file order.
    static func kept(_ table: DataTable, filters: [RowFilter]) throws -> [Int] {
        var rows = Array(0..<table.rowCount)
        for filter in filters {
            let column = try table.text(filter.column)
            let allowed = Set(filter.allowed)
            rows = rows.filter { row in column[row].map { allowed.contains($0.trimmingCharacters(in: .whitespaces)) } ?? false }
        }
        return rows
    }

    private static func duplicate(_ key: String, rows: (Int, Int), _ table: DataTable,
                                  _ description: SchoolValueDescription) -> PartnershipError {
        let first = table.location(row: rows.0, column: description.key)
        let second = table.location(row: rows.1, column: description.key)
        let filters = description.filters.isEmpty ? "" : " after the filters (\(description.filters.map(\.description).joined(separator: "; ")))"
        return PartnershipError("school '\(key)' has two rows\(filters), on lines \(first.line ?? 0) and "
                                + "\(second.line ?? 0); add a filter that keeps one row per school, or give a weight "
                                + "column to average them", at: second)
    }
}

/// Checks that the columns a description names are in its file.
enum SchoolFileColumns {
    /// - Throws: `PartnershipError` usage (64) naming the first missing column and the file's close names.
    static func check(_ names: [String], in table: DataTable, file: String) throws {
        for name in names where !table.hasColumn(name) {
            throw PartnershipError("\(file) has no column '\(name)'; " + advice(for: name, among: table.columnNames),
                                   kind: .usage)
        }
    }

    /// The close names, or the first columns when none is close.
    static func advice(for name: String, among columns: [String]) -> String {
        let lowered = name.lowercased()
        let close = columns.filter { column in
            let other = column.lowercased()
            return other.contains(lowered) || lowered.contains(other) || editDistance(lowered, other) <= 2
        }
        if !close.isEmpty { return "close names: " + close.prefix(5).map { "'\($0)'" }.joined(separator: ", ") }
        let shown = columns.prefix(20).joined(separator: ", ")
        return "its columns are: " + shown + (columns.count > 20 ? ", … (\(columns.count) in all)" : "")
    }

    /// Levenshtein distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
