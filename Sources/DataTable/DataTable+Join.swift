/// Which rows a keyed join keeps.
public enum JoinKind: Sendable, Equatable {
    /// Only rows of the left table that match a row of the right table.
    case inner
    /// Every row of the left table; right-table columns are missing where no row matched.
    case left
}

/// A joined table and what did not match, so that a report can say how many schools were lost in a merge.
public struct JoinResult: Sendable {
    /// The joined table: the left table's rows (in its order) and columns, then the right table's other columns.
    public var table: DataTable
    /// Rows of the left table (0-based indices) that matched no row of the right table, including rows with a
    /// missing key.
    public var unmatchedLeftRows: [Int]
    /// Rows of the right table (0-based indices) that no row of the left table matched.
    public var unmatchedRightRows: [Int]

    /// How many left rows matched nothing.
    public var unmatchedLeftCount: Int { unmatchedLeftRows.count }
    /// How many right rows matched nothing.
    public var unmatchedRightCount: Int { unmatchedRightRows.count }
}

extension DataTable {
    /// Joins `right` to this table on the key columns `keys`, which both tables must have with the same type.
    ///
    /// Each key may occur any number of times on the left but at most once on the right (a many-to-one join, such
    /// as schools to their district's facts), so no row is silently duplicated. A row with a missing value in any
    /// key matches nothing (unlike R's `merge`, which matches `NA` to `NA`). Key columns appear once, from the
    /// left; other columns present in both tables get `suffixes` (R's `.x` and `.y` by default).
    ///
    /// - Throws: `DataError` if a key column is missing from either table or has different types in the two, if a
    ///   key repeats in `right` (naming the first few repeated keys and their lines), or if a suffixed name clashes.
    public func joined(with right: DataTable, on keys: [String], kind: JoinKind = .inner,
                       suffixes: (left: String, right: String) = (".x", ".y")) throws -> JoinResult {
        guard !keys.isEmpty else {
            throw DataError("a join needs at least one key column", at: CellLocation(file: source))
        }
        let leftKeys = try keys.map { try column($0) }
        let rightKeys = try keys.map { try right.column($0) }
        for (index, key) in keys.enumerated() where leftKeys[index].isNumeric != rightKeys[index].isNumeric {
            func kindName(_ column: Column) -> String { column.isNumeric ? "numbers" : "text" }
            throw DataError(
                "the key column '\(key)' holds \(kindName(leftKeys[index])) in \(source ?? "the left table") but "
                    + "\(kindName(rightKeys[index])) in \(right.source ?? "the right table"); read both the same way "
                    + "(codes such as the CDS code as text, with CSVOptions.textColumns)",
                at: CellLocation(file: right.source))
        }

        let rightRowByKey = try right.uniqueKeyIndex(keyColumns: rightKeys, keys: keys)

        var leftRows: [Int] = []
        var rightRows: [Int?] = []
        var unmatchedLeft: [Int] = []
        var matchedRight = [Bool](repeating: false, count: right.rowCount)
        for row in 0..<rowCount {
            let match = Self.key(of: row, in: leftKeys).flatMap { rightRowByKey[$0] }
            if let match { matchedRight[match] = true } else { unmatchedLeft.append(row) }
            if match != nil || kind == .left {
                leftRows.append(row)
                rightRows.append(match)
            }
        }

        let keySet = Set(keys)
        let rightOthers = right.columnNames.filter { !keySet.contains($0) }
        let clashing = Set(rightOthers).intersection(columnNames)
        let kept = rows(leftRows)
        var specs: [ColumnSpec] = kept.columnNames.map { name in
            ColumnSpec(name: clashing.contains(name) ? name + suffixes.left : name, values: kept[name]!, from: name)
        }
        var rightSpecs: [(name: String, from: String)] = []
        for name in rightOthers {
            let newName = clashing.contains(name) ? name + suffixes.right : name
            specs.append(ColumnSpec(name: newName, values: right[name]!.rows(rightRows), from: nil))
            rightSpecs.append((newName, name))
        }
        var seen: Set<String> = []
        for spec in specs where !seen.insert(spec.name).inserted {
            throw DataError("joining would make two columns called '\(spec.name)'; rename one before joining "
                                + "or choose other suffixes",
                            at: CellLocation(file: source))
        }
        var table = try kept.rebuilt(specs)
        // Right-hand columns have no place in the left file, but their stray-text notes point into the right file.
        for (newName, name) in rightSpecs {
            if let stray = right.textInNumericColumns[name] { table.textInNumericColumns[newName] = stray }
        }
        let unmatchedRight = (0..<right.rowCount).filter { !matchedRight[$0] }
        return JoinResult(table: table, unmatchedLeftRows: unmatchedLeft, unmatchedRightRows: unmatchedRight)
    }

    /// The key of `row`, or `nil` if any part is missing.
    private static func key(of row: Int, in keyColumns: [Column]) -> [CellValue]? {
        var key: [CellValue] = []
        key.reserveCapacity(keyColumns.count)
        for column in keyColumns {
            let value = column.value(row)
            if value == .missing { return nil }
            key.append(value)
        }
        return key
    }

    /// The row of each key in this table, which must not repeat a key.
    private func uniqueKeyIndex(keyColumns: [Column], keys: [String]) throws -> [[CellValue]: Int] {
        var index: [[CellValue]: Int] = [:]
        index.reserveCapacity(rowCount)
        var repeats: [(key: [CellValue], rows: [Int])] = []
        var repeatPosition: [[CellValue]: Int] = [:]
        for row in 0..<rowCount {
            guard let key = Self.key(of: row, in: keyColumns) else { continue }
            if let first = index[key] {
                if let position = repeatPosition[key] {
                    repeats[position].rows.append(row)
                } else {
                    repeatPosition[key] = repeats.count
                    repeats.append((key, [first, row]))
                }
            } else {
                index[key] = row
            }
        }
        guard let firstRepeat = repeats.first else { return index }

        func place(_ row: Int) -> String {
            if let line = sourceLines?[row] { return "line \(line)" }
            return "row \(row + 1)"
        }
        let examples = repeats.prefix(3).map { repeated in
            let name = zip(keys, repeated.key).map { "\($0)=\($1)" }.joined(separator: ", ")
            return "\(name) (\(repeated.rows.map(place).joined(separator: ", ")))"
        }
        let more = repeats.count > 3 ? " and \(repeats.count - 3) more" : ""
        throw DataError(
            "the right-hand table of a join has \(repeats.count) key\(repeats.count == 1 ? "" : "s") that appear "
                + "more than once: \(examples.joined(separator: "; "))\(more); each key may appear only once there: "
                + "remove the duplicate rows or join on more key columns",
            at: location(row: firstRepeat.rows[1], column: keys[0]))
    }
}
