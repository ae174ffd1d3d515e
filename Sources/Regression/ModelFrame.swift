import DataTable

/// What a formula variable is in the data: a number, or a factor with these levels.
public enum VariableSchema: Sendable, Equatable {
    /// A number used as it is.
    case continuous
    /// A categorical variable; `levels[0]` is the baseline that treatment coding leaves out.
    case factor(levels: [String])
}

/// The data side of a model (StatsModels.jl's "schema" stage, R's `model.frame`): the rows used after listwise
/// deletion, what each variable is in them, and the response, weights and cluster identifiers for those rows.
///
/// Rules, each matching R's `lm` unless noted:
/// - a row is dropped when any column the model reads is missing there: the response, every right-hand-side
///   variable (also one only in a removed term), the weights and the cluster column;
/// - a numeric column is continuous; a text column is a factor; `factor(x)` is a factor whatever `x` holds;
/// - a factor's levels are the values present in the rows used (R's `lm` drops unused levels), sorted
///   alphabetically by Unicode code point (R's `sort` in the C locale; R in another locale may order mixed-case or
///   accented levels differently), or numerically for `factor(x)` on numbers, named as R prints them;
/// - a text column that the loader saw as numbers with a stray text value is not made a factor: the `DataError`
///   points at the stray cell;
/// - a computed variable (`log(enroll)`, `I(1/x)`) that is not finite in a used row is a `DataError` naming that row.
///   R drops NaN rows silently and stops with an unhelpful message on infinities; saying which row and why is safer.
/// - weights must be finite and not negative; zero weights are kept (the fit decides what they mean).
public struct ModelFrame: Sendable {
    /// The formula.
    public var formula: Formula
    /// Indices (into the table) of the rows used, in order.
    public var rowsUsed: [Int]
    /// What listwise deletion dropped.
    public var dropped: MissingValueReport
    /// What each of `formula.variables` is.
    public var schema: [VariableSchema]
    /// The response for the rows used.
    public var response: [Double]
    /// Case weights for the rows used, if any.
    public var weights: [Double]?
    /// The weights column's name.
    public var weightsName: String?
    /// Cluster identifiers for the rows used, as text (numbers as R prints them), if any.
    public var clusters: [String]?
    /// The cluster column's name.
    public var clusterName: String?
    /// Each variable's values, in the form the design stage reads fastest.
    var values: [VariableValues]
    /// Where the data came from, for error messages.
    let data: DataTable

    /// The number of rows used.
    public var observationCount: Int { rowsUsed.count }

    /// Joins a formula with a table: checks the columns, drops incomplete rows, and works out each variable.
    ///
    /// - Throws: `FormulaError` for a column the table does not have; `DataError` for unusable data (text where
    ///   numbers are needed, no rows left, a factor with one level, a non-finite computed value, a bad weight).
    public init(formula: Formula, data: DataTable, weights: String? = nil, cluster: String? = nil) throws {
        try Self.checkColumnsExist(formula: formula, data: data, weights: weights, cluster: cluster)
        self.formula = formula
        self.data = data
        self.weightsName = weights
        self.clusterName = cluster

        // Decide each variable's kind before looking at rows, so that a text column posing as numbers fails at its cell.
        for column in formula.response.columns { _ = try data.numeric(column) }
        var isFactor: [Bool] = []
        for variable in formula.variables {
            switch variable.kind {
            case .column(let name):
                if case .text = data[name]! {
                    if data.textInNumericColumns[name] != nil { _ = try data.numeric(name) }
                    isFactor.append(true)
                } else {
                    isFactor.append(false)
                }
            case .computed(let expression):
                for column in expression.columns { _ = try data.numeric(column) }
                isFactor.append(false)
            case .factor:
                isFactor.append(true)
            }
        }
        if let weights { _ = try data.numeric(weights) }

        let (rows, report) = try Self.listwiseDeletion(formula: formula, data: data, weights: weights, cluster: cluster)
        self.rowsUsed = rows
        self.dropped = report

        let numericColumns = NumericColumns(data: data)
        self.response = try Self.numbers(for: formula.response, rows: rows, columns: numericColumns, data: data)

        var schema: [VariableSchema] = []
        var values: [VariableValues] = []
        for (index, variable) in formula.variables.enumerated() {
            if isFactor[index] {
                let column = variable.columns[0]
                let (levels, codes) = FactorCoding.levels(of: data[column]!, rows: rows)
                guard levels.count >= 2 else {
                    throw DataError(
                        "the factor \(variable.name) has only \(levels.count == 1 ? "the one level '\(levels[0])'" : "no levels") "
                            + "in the \(rows.count) rows used; a factor needs two levels or more: drop it from the "
                            + "formula or check which rows were dropped for missing values",
                        at: CellLocation(file: data.source))
                }
                schema.append(.factor(levels: levels))
                values.append(.codes(codes))
            } else if case .column(let name) = variable.kind {
                schema.append(.continuous)
                values.append(.column(name, numericColumns[name]))
            } else {
                schema.append(.continuous)
                values.append(.computed(try Self.numbers(for: variable, rows: rows, columns: numericColumns, data: data)))
            }
        }
        self.schema = schema
        self.values = values
        self.weights = try weights.map { try Self.weights(column: $0, rows: rows, data: data) }
        self.clusters = cluster.map { Self.clusterIdentifiers(column: $0, rows: rows, data: data) }
    }

    // MARK: Checks

    private static func checkColumnsExist(formula: Formula, data: DataTable, weights: String?, cluster: String?) throws {
        for column in formula.columns where !data.hasColumn(column) {
            throw FormulaError(formula: formula.text, "unknown column '\(column)'", at: formula.columnPositions[column],
                               advice: ColumnSuggestions.advice(for: column, among: data.columnNames))
        }
        for (role, column) in [("weights", weights), ("cluster", cluster)] {
            guard let column, !data.hasColumn(column) else { continue }
            throw FormulaError(formula: nil, "unknown \(role) column '\(column)'",
                               advice: ColumnSuggestions.advice(for: column, among: data.columnNames))
        }
    }

    /// The columns the model reads, in the order it uses them: response, right-hand side, weights, cluster.
    static func usedColumns(formula: Formula, weights: String?, cluster: String?) -> [String] {
        var columns = formula.columns
        for extra in [weights, cluster].compactMap({ $0 }) where !columns.contains(extra) { columns.append(extra) }
        return columns
    }

    /// The rows with no missing value in any used column, and what was dropped.
    private static func listwiseDeletion(formula: Formula, data: DataTable, weights: String?,
                                         cluster: String?) throws -> ([Int], MissingValueReport) {
        let n = data.rowCount
        guard n > 0 else { throw DataError("the data have no rows", at: CellLocation(file: data.source)) }
        var missing = [Bool](repeating: false, count: n)
        var byColumn: [(column: String, count: Int)] = []
        for name in usedColumns(formula: formula, weights: weights, cluster: cluster) {
            var count = 0
            missing.withUnsafeMutableBufferPointer { flags in
                switch data[name]! {
                case .numeric(let values):
                    values.withUnsafeBufferPointer { v in
                        for i in 0..<n where v[i] == nil {
                            flags[i] = true
                            count += 1
                        }
                    }
                case .text(let values):
                    for i in 0..<n where values[i] == nil {
                        flags[i] = true
                        count += 1
                    }
                }
            }
            if count > 0 { byColumn.append((name, count)) }
        }
        if byColumn.isEmpty { return (Array(0..<n), MissingValueReport()) }
        var rows: [Int] = []
        rows.reserveCapacity(n)
        for i in 0..<n where !missing[i] { rows.append(i) }
        let report = MissingValueReport(total: n - rows.count, byColumn: byColumn)
        if rows.isEmpty {
            let counts = byColumn.map { "\($0.column) missing in \($0.count) row\($0.count == 1 ? "" : "s")" }
                .joined(separator: ", ")
            throw DataError("no rows left after dropping rows with missing values: \(counts); "
                                + "check the missing-value tokens (--na) or leave out the emptiest columns",
                            at: CellLocation(file: data.source))
        }
        return (rows, report)
    }

    // MARK: Values

    /// A numeric variable's (response's) values in the used rows, checked to be finite.
    private static func numbers(for variable: FormulaVariable, rows: [Int], columns: NumericColumns,
                                data: DataTable) throws -> [Double] {
        let expression: FormulaExpression
        switch variable.kind {
        case .column(let name): expression = .column(name)
        case .computed(let computed): expression = computed
        case .factor: preconditionFailure("a factor has no numeric values")
        }
        let values = expression.evaluate(rows: rows, values: { columns[$0] })
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw nonFinite(variable: variable, expression: expression, value: values[bad], row: rows[bad],
                            columns: columns, data: data)
        }
        return values
    }

    /// The error for a value that is infinite or not a number.
    static func nonFinite(variable: FormulaVariable, expression: FormulaExpression, value: Double, row: Int,
                          columns: NumericColumns, data: DataTable) -> DataError {
        let inputs = expression.columns
        let what = value.isNaN ? "not a number" : (value < 0 ? "-Inf" : "Inf")
        if case .column(let name) = expression {
            return DataError("\(RName.quotedIfNeeded(name)) is \(what) here; a model needs finite numbers: fix the value "
                                + "or mark it missing", at: data.location(row: row, column: name))
        }
        let given = inputs.map { "\(RName.quotedIfNeeded($0)) = \(columns[$0][row].map(RNumberFormat.double) ?? "NA")" }
        return DataError("\(variable.name) is \(what) where \(given.joined(separator: ", ")); a model needs finite "
                            + "numbers: leave such rows out of the data or change the expression "
                            + "(e.g. log(x + 1) when x can be 0)",
                         at: data.location(row: row, column: inputs.first))
    }

    private static func weights(column: String, rows: [Int], data: DataTable) throws -> [Double] {
        let values = try data.numeric(column)
        var weights: [Double] = []
        weights.reserveCapacity(rows.count)
        for row in rows {
            let w = values[row]!
            guard w.isFinite, w >= 0 else {
                throw DataError("the weight \(RNumberFormat.double(w)) in column '\(column)' is "
                                    + (w.isFinite ? "negative" : "not finite")
                                    + "; weights must be zero or positive numbers",
                                at: data.location(row: row, column: column))
            }
            weights.append(w)
        }
        return weights
    }

    private static func clusterIdentifiers(column: String, rows: [Int], data: DataTable) -> [String] {
        switch data[column]! {
        case .text(let values): return rows.map { values[$0]! }
        case .numeric(let values):
            let name = FactorCoding.numberNamer(for: values)
            return rows.map { name(values[$0]!) }
        }
    }
}

/// A variable's values as the design stage reads them.
enum VariableValues: Sendable {
    /// A numeric column, whole (all rows of the table): read at `rowsUsed`; not yet checked to be finite.
    case column(String, [Double?])
    /// Computed values for the used rows (checked finite).
    case computed([Double])
    /// A factor's level index (0-based into its levels) for each used row.
    case codes([Int32])
}

/// Reads columns already checked to be numeric.
struct NumericColumns {
    let data: DataTable

    /// The numeric values of a column already checked to be numeric.
    subscript(name: String) -> [Double?] {
        if case .numeric(let values) = data[name]! { return values }
        preconditionFailure("column '\(name)' was checked to be numeric")
    }
}
