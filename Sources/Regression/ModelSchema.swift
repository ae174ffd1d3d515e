import DataTable
import LinearAlgebra

/// What a formula learned from its training data — each variable's kind, a factor's levels and how its numbers were
/// named — kept so that new data are coded exactly as the training data were (StatsModels.jl's schema).
///
/// New data with a factor level the model never saw is an error, not a silent zero row.
public struct ModelSchema: Sendable {
    /// The formula the model was fitted with.
    public let formula: Formula
    /// What each of `formula.variables` is in the training data.
    public let variables: [VariableSchema]
    /// The model-matrix columns, in model order.
    let columns: [DesignColumn]
    /// For `factor(x)` on numbers: the namer the training column used (integers or R's doubles).
    let numberNamers: [Int: @Sendable (Double) -> String]

    /// The schema of a model frame.
    init(frame: ModelFrame) {
        formula = frame.formula
        variables = frame.schema
        columns = Contrasts.columns(formula: frame.formula, schema: frame.schema)
        var namers: [Int: @Sendable (Double) -> String] = [:]
        for (index, variable) in frame.formula.variables.enumerated() {
            guard case .factor = frame.schema[index], case .numeric(let values)? = frame.data[variable.columns[0]]
            else { continue }
            namers[index] = FactorCoding.numberNamer(for: values)
        }
        numberNamers = namers
    }

    /// The model-matrix column names, as R's `model.matrix` prints them.
    public var columnNames: [String] { columns.map(\.name) }

    /// The model matrix of `data` under this schema, for the rows with no missing right-hand-side value, and those
    /// rows' indices into `data`. The response need not be there.
    ///
    /// - Throws: `FormulaError` for a column `data` lacks; `DataError` for text where numbers are needed, a factor
    ///   level the training data did not have, or a non-finite value.
    public func modelMatrix(for data: DataTable) throws -> (matrix: Matrix, rows: [Int]) {
        let right = formula.variables.flatMap(\.columns)
        for column in right where !data.hasColumn(column) {
            throw FormulaError(formula: formula.text, "the new data have no column '\(column)'",
                               at: formula.columnPositions[column],
                               advice: ColumnSuggestions.advice(for: column, among: data.columnNames))
        }
        let rows = Self.completeRows(of: right, in: data)
        let parts = try formula.variables.indices.map { try values(of: $0, in: data, rows: rows) }
        var buffer = [Double](repeating: 1, count: rows.count * columns.count)
        for (j, column) in columns.enumerated() {
            for part in column.parts {
                let source = parts[part.variable]
                for i in rows.indices {
                    let value = part.level.map { Double(source[i] == Double($0) ? 1 : 0) } ?? source[i]
                    buffer[j * rows.count + i] *= value
                }
            }
        }
        return (Matrix(rows: rows.count, columns: columns.count, columnMajor: buffer), rows)
    }

    /// The rows where none of `columns` is missing.
    private static func completeRows(of columns: [String], in data: DataTable) -> [Int] {
        var complete = [Bool](repeating: true, count: data.rowCount)
        for name in columns {
            switch data[name]! {
            case .numeric(let values): for (i, v) in values.enumerated() where v == nil { complete[i] = false }
            case .text(let values): for (i, v) in values.enumerated() where v == nil { complete[i] = false }
            }
        }
        return complete.indices.filter { complete[$0] }
    }

    /// A variable's values in `rows`: numbers for a continuous variable, the training level's index for a factor.
    private func values(of index: Int, in data: DataTable, rows: [Int]) throws -> [Double] {
        let variable = formula.variables[index]
        if case .factor(let levels) = variables[index] {
            return try levelIndices(of: variable.columns[0], levels: levels, namer: numberNamers[index], in: data,
                                    rows: rows, variable: variable)
        }
        let expression: FormulaExpression
        switch variable.kind {
        case .column(let name): expression = .column(name)
        case .computed(let computed): expression = computed
        case .factor: preconditionFailure("a factor's schema is .factor")
        }
        var columns: [String: [Double?]] = [:]
        for name in expression.columns { columns[name] = try data.numeric(name) }
        let result = expression.evaluate(rows: rows, values: { columns[$0]! })
        if let bad = result.firstIndex(where: { !$0.isFinite }) {
            throw DataError("\(variable.name) is \(result[bad]) here; a prediction needs finite values",
                            at: data.location(row: rows[bad], column: expression.columns.first))
        }
        return result
    }

    /// Each row's level index among the training `levels`.
    private func levelIndices(of column: String, levels: [String], namer: (@Sendable (Double) -> String)?,
                              in data: DataTable, rows: [Int], variable: FormulaVariable) throws -> [Double] {
        let position = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, Double($0)) })
        return try rows.map { row in
            let name: String
            switch data[column]! {
            case .text(let values): name = values[row]!
            case .numeric(let values): name = (namer ?? RNumberFormat.double)(values[row]!)
            }
            guard let index = position[name] else {
                throw DataError("\(variable.name) has the level '\(name)', which the model was not fitted on "
                                    + "(its levels: \(levels.joined(separator: ", "))); predict only for known levels",
                                at: data.location(row: row, column: column))
            }
            return index
        }
    }
}
