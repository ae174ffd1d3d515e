/// Choosing, renaming and building columns while keeping where each came from.
extension DataTable {
    /// A column of a new table and, when it is an existing column, the name it had in `self`; the new table keeps
    /// that column's file position and stray-text note.
    struct ColumnSpec {
        var name: String
        var values: Column
        var from: String?
    }

    /// A table with these columns and the same rows, source and source lines as `self`.
    func rebuilt(_ specs: [ColumnSpec]) throws -> DataTable {
        var table = try DataTable(columns: specs.map { ($0.name, $0.values) }, source: source)
        table.sourceLines = sourceLines
        if let sourceColumns {
            var kept: [String: Int] = [:]
            for spec in specs { if let from = spec.from, let place = sourceColumns[from] { kept[spec.name] = place } }
            table.sourceColumns = kept
        }
        for spec in specs {
            if let from = spec.from, let stray = textInNumericColumns[from] { table.textInNumericColumns[spec.name] = stray }
        }
        return table
    }

    /// A table with only the named columns, in the order given.
    ///
    /// - Throws: `DataError` naming every column that does not exist, or a name given twice.
    public func selecting(columns names: [String]) throws -> DataTable {
        let unknown = names.filter { !hasColumn($0) }
        guard unknown.isEmpty else {
            throw DataError("no column \(unknown.map { "'\($0)'" }.joined(separator: ", ")); "
                                + "the columns are: \(columnNames.joined(separator: ", "))",
                            at: CellLocation(file: source))
        }
        return try rebuilt(names.map { ColumnSpec(name: $0, values: self[$0]!, from: $0) })
    }

    /// A table without the named columns.
    ///
    /// - Throws: `DataError` naming every column that does not exist.
    public func dropping(columns names: [String]) throws -> DataTable {
        let unknown = names.filter { !hasColumn($0) }
        guard unknown.isEmpty else {
            throw DataError("no column \(unknown.map { "'\($0)'" }.joined(separator: ", ")) to drop; "
                                + "the columns are: \(columnNames.joined(separator: ", "))",
                            at: CellLocation(file: source))
        }
        let dropped = Set(names)
        return try selecting(columns: columnNames.filter { !dropped.contains($0) })
    }

    /// The same table with columns renamed (`["API12": "api12"]`); columns not named keep their names.
    ///
    /// - Throws: `DataError` if an old name does not exist or two columns would end up with the same name.
    public func renaming(_ newNames: [String: String]) throws -> DataTable {
        let unknown = newNames.keys.filter { !hasColumn($0) }.sorted()
        guard unknown.isEmpty else {
            throw DataError("cannot rename: no column \(unknown.map { "'\($0)'" }.joined(separator: ", ")); "
                                + "the columns are: \(columnNames.joined(separator: ", "))",
                            at: CellLocation(file: source))
        }
        var seen: Set<String> = []
        var specs: [ColumnSpec] = []
        for name in columnNames {
            let newName = newNames[name] ?? name
            guard seen.insert(newName).inserted else {
                throw DataError("renaming would give two columns the name '\(newName)'; choose another name",
                                at: CellLocation(file: source))
            }
            specs.append(ColumnSpec(name: newName, values: self[name]!, from: name))
        }
        return try rebuilt(specs)
    }
}
