import DataTable
import LinearAlgebra

extension DesignMatrix {
    /// Builds the design for a formula written as text: `DesignMatrix.build(formula: "api00 ~ meals * stype", data: t)`.
    ///
    /// - Throws: `FormulaError` (usage) for a formula that does not parse or names an unknown column; `DataError`
    ///   (bad data) for data the model cannot use.
    public static func build(formula text: String, data: DataTable, weights: String? = nil,
                             cluster: String? = nil) throws -> DesignMatrix {
        try build(formula: Formula.parse(text), data: data, weights: weights, cluster: cluster)
    }

    /// Builds the design for a parsed formula: listwise deletion, factor coding, and the model matrix as R's
    /// `model.matrix(lm(...))` has it (same columns, names, order and values).
    ///
    /// - Throws: as `build(formula:data:weights:cluster:)` with text.
    public static func build(formula: Formula, data: DataTable, weights: String? = nil,
                             cluster: String? = nil) throws -> DesignMatrix {
        try build(from: ModelFrame(formula: formula, data: data, weights: weights, cluster: cluster))
    }

    /// Builds the model matrix from a model frame.
    ///
    /// One column at a time, straight into the column-major buffer LAPACK will read: each column is written once
    /// from its source values (a product of parts for interactions), with no per-row arrays or dictionaries.
    ///
    /// - Throws: `DataError` if a numeric column holds an infinite value in a used row.
    public static func build(from frame: ModelFrame) throws -> DesignMatrix {
        let formula = frame.formula
        let columns = Contrasts.columns(formula: formula, schema: frame.schema)
        let n = frame.rowsUsed.count
        let p = columns.count
        let allRows = n == frame.data.rowCount
        var firstNonFinite: (column: String, row: Int)?

        let buffer = [Double](unsafeUninitializedCapacity: n * p) { storage, initialized in
            frame.rowsUsed.withUnsafeBufferPointer { rows in
                for (j, column) in columns.enumerated() {
                    let out = UnsafeMutableBufferPointer(rebasing: storage[(j * n)..<((j + 1) * n)])
                    guard let first = column.parts.first else {
                        out.initialize(repeating: 1)
                        continue
                    }
                    if let bad = write(first, of: frame, rows: rows, allRows: allRows, into: out, multiply: false),
                       firstNonFinite == nil {
                        firstNonFinite = bad
                    }
                    for part in column.parts.dropFirst() {
                        if let bad = write(part, of: frame, rows: rows, allRows: allRows, into: out, multiply: true),
                           firstNonFinite == nil {
                            firstNonFinite = bad
                        }
                    }
                }
            }
            initialized = n * p
        }
        if let (name, row) = firstNonFinite {
            let value = NumericColumns(data: frame.data)[name][row]!
            throw ModelFrame.nonFinite(variable: FormulaVariable(.column(name)), expression: .column(name),
                                       value: value, row: row, columns: NumericColumns(data: frame.data),
                                       data: frame.data)
        }

        return DesignMatrix(
            formula: formula.text, responseName: formula.response.name, response: frame.response,
            matrix: Matrix(rows: n, columns: p, columnMajor: buffer), columnNames: columns.map(\.name),
            termLabels: formula.termLabels, termOfColumn: columns.map(\.term), hasIntercept: formula.hasIntercept,
            weights: frame.weights, weightsName: frame.weightsName, clusters: frame.clusters,
            clusterName: frame.clusterName, rowsUsed: frame.rowsUsed, dropped: frame.dropped)
    }

    /// Writes (or multiplies into `out`) one part's values for the used rows. Returns the column and table row of the
    /// first non-finite value of a plain numeric column, if there is one.
    private static func write(_ part: DesignColumn.Part, of frame: ModelFrame, rows: UnsafeBufferPointer<Int>,
                              allRows: Bool, into out: UnsafeMutableBufferPointer<Double>,
                              multiply: Bool) -> (String, Int)? {
        let n = out.count
        switch frame.values[part.variable] {
        case .column(let name, let values):
            var finite = true
            values.withUnsafeBufferPointer { source in
                if allRows {
                    if multiply {
                        for i in 0..<n { let v = source[i]!; finite = finite && v.isFinite; out[i] *= v }
                    } else {
                        for i in 0..<n { let v = source[i]!; finite = finite && v.isFinite; out.initializeElement(at: i, to: v) }
                    }
                } else {
                    if multiply {
                        for i in 0..<n { let v = source[rows[i]]!; finite = finite && v.isFinite; out[i] *= v }
                    } else {
                        for i in 0..<n {
                            let v = source[rows[i]]!
                            finite = finite && v.isFinite
                            out.initializeElement(at: i, to: v)
                        }
                    }
                }
            }
            if finite { return nil }
            let bad = (0..<n).first { !values[rows[$0]]!.isFinite }!
            return (name, rows[bad])
        case .computed(let values):
            values.withUnsafeBufferPointer { source in
                if multiply {
                    for i in 0..<n { out[i] *= source[i] }
                } else {
                    for i in 0..<n { out.initializeElement(at: i, to: source[i]) }
                }
            }
            return nil
        case .codes(let codes):
            let level = Int32(part.level!)
            codes.withUnsafeBufferPointer { source in
                if multiply {
                    for i in 0..<n where source[i] != level { out[i] = 0 }
                } else {
                    for i in 0..<n { out.initializeElement(at: i, to: source[i] == level ? 1 : 0) }
                }
            }
            return nil
        }
    }
}
