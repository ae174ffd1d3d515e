/// A dense matrix of `Double` stored column by column, as LAPACK expects.
///
/// Column-major storage lets every LAPACK and BLAS call work on the buffer in place, without transposing.
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The entries, column after column (`values[row + column * rows]`).
    public var values: [Double]

    /// A `rows` x `columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.values = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over existing column-major storage.
    public init(rows: Int, columns: Int, columnMajor values: [Double]) {
        precondition(values.count == rows * columns, "expected \(rows * columns) values, got \(values.count)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A matrix from a list of rows (convenient in tests and small examples).
    public init(rowMajor rowList: [[Double]]) {
        let rows = rowList.count
        let columns = rowList.first?.count ?? 0
        var values = [Double](repeating: 0, count: rows * columns)
        for (i, row) in rowList.enumerated() {
            precondition(row.count == columns, "every row must have \(columns) entries")
            for (j, value) in row.enumerated() { values[i + j * rows] = value }
        }
        self.init(rows: rows, columns: columns, columnMajor: values)
    }

    /// A matrix from a list of columns of equal length.
    public init(columnList: [[Double]]) {
        let rows = columnList.first?.count ?? 0
        precondition(columnList.allSatisfy { $0.count == rows }, "every column must have \(rows) entries")
        self.init(rows: rows, columns: columnList.count, columnMajor: columnList.flatMap { $0 })
    }

    /// A matrix whose storage `initializer` writes in full (every one of `rows * columns` entries).
    ///
    /// Large matrices are built this way because copying a Swift array of hundreds of megabytes element by element
    /// (`Array.map`, copy-on-write) was measured several times slower than one explicit loop (the benchmark's README).
    init(rows: Int, columns: Int, initializingWith initializer: (UnsafeMutableBufferPointer<Double>) throws -> Void) rethrows {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.values = try [Double](unsafeUninitializedCapacity: rows * columns) { buffer, count in
            try initializer(buffer)
            count = rows * columns
        }
    }

    /// The `n` x `n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    /// The entry at `row`, `column` (0-based).
    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get { values[row + column * rows] }
        set { values[row + column * rows] = newValue }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        Array(values[(j * rows)..<((j + 1) * rows)])
    }

    /// A copy with its own storage, made by one explicit loop (see `init(rows:columns:initializingWith:)`).
    func copied() -> Matrix {
        Matrix(rows: rows, columns: columns) { target in
            values.withUnsafeBufferPointer { source in
                for i in 0..<source.count { target[i] = source[i] }
            }
        }
    }

    /// The matrix made of the listed columns, in the listed order (e.g. the model matrix without its aliased columns).
    public func selecting(columns selected: [Int]) -> Matrix {
        for j in selected { precondition(j >= 0 && j < columns, "column \(j) is outside 0..<\(columns)") }
        return Matrix(rows: rows, columns: selected.count) { target in
            values.withUnsafeBufferPointer { source in
                for (k, j) in selected.enumerated() {
                    for i in 0..<rows { target[i + k * rows] = source[i + j * rows] }
                }
            }
        }
    }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { t.values[j + i * columns] = values[i + j * rows] }
        }
        return t
    }
}
