import DataTable
import LinearAlgebra
import Testing
import TestSupport
@testable import Regression

/// The model matrix against R's, case by case (reference: `model-matrix-reference.json`, see `ModelMatrixReference`).
@Suite struct DesignBuilderTests {
    static let tables: [String: DataTable] = [
        "apisrs.csv": try! ReferenceData.table("apisrs.csv"),
        "apistrat.csv": try! ReferenceData.table("apistrat.csv"),
    ]

    @Test(arguments: ModelMatrixReference.shared.cases)
    func matchesR(_ reference: ModelMatrixReference.Case) throws {
        let data = try #require(Self.tables[reference.data])
        let design = try DesignMatrix.build(formula: reference.formula, data: data, weights: reference.weights,
                                            cluster: reference.cluster)
        let expect = reference.expect
        #expect(design.columnNames == expect.column_names)
        #expect(design.termLabels == expect.term_labels)
        #expect(design.termOfColumn.map { $0.map { $0 + 1 } ?? 0 } == expect.assign)
        #expect(design.hasIntercept == expect.intercept)
        #expect(design.responseName == expect.response_name)
        #expect(design.observationCount == expect.n)
        #expect(design.matrix.rows == expect.n)
        #expect(design.matrix.columns == expect.column_names.count)
        #expect(design.dropped.total == expect.dropped_total)
        #expect(design.dropped.byColumn.map(\.column) == expect.dropped_by_column.map(\.column))
        #expect(design.dropped.byColumn.map(\.count) == expect.dropped_by_column.map(\.count))
        let dropped = Set(0..<data.rowCount).subtracting(design.rowsUsed).map { $0 + 1 }.sorted()
        #expect(dropped == expect.rows_dropped)
        #expect(design.rowsUsed == design.rowsUsed.sorted())

        guard design.matrix.columns == expect.column_names.count, design.matrix.rows == expect.n else { return }
        for j in 0..<design.matrix.columns {
            let column = design.matrix.column(j)
            let name = design.columnNames[j]
            // Sums in a different order than R's differ in the last bits only.
            #expect(agrees(column.reduce(0, +), expect.column_sums[j], relative: 1e-13), "sum of \(name)")
            #expect(agrees(column.reduce(0) { $0 + $1 * $1 }, expect.column_sums_of_squares[j], relative: 1e-13),
                    "sum of squares of \(name)")
            #expect(agrees(column[0], expect.first_row[j], relative: 1e-15), "first row of \(name)")
            #expect(agrees(column[expect.n - 1], expect.last_row[j], relative: 1e-15), "last row of \(name)")
        }
        #expect(agrees(design.response.reduce(0, +), expect.response_sum, relative: 1e-13))
        if let weightsSum = expect.weights_sum {
            let weights = try #require(design.weights)
            #expect(agrees(weights.reduce(0, +), weightsSum, relative: 1e-13))
            #expect(design.weightsName == reference.weights)
        } else {
            #expect(design.weights == nil)
        }
        if let clusterCount = expect.cluster_count {
            let clusters = try #require(design.clusters)
            #expect(clusters.count == expect.n)
            #expect(Set(clusters).count == clusterCount)
            #expect(Array(clusters.prefix(5)) == expect.first_clusters)
            #expect(design.clusterName == reference.cluster)
        } else {
            #expect(design.clusters == nil)
        }
    }

    @Test(arguments: ModelMatrixReference.shared.error_cases)
    func refusesWhatRRefuses(_ reference: ModelMatrixReference.ErrorCase) throws {
        let data = try #require(Self.tables[reference.data])
        // R: "contrasts can be applied only to factors with 2 or more levels".
        #expect(reference.r_error.contains("2 or more levels"))
        let error = try #require(throws: DataError.self) {
            try DesignMatrix.build(formula: reference.formula, data: data)
        }
        #expect(error.message.contains("needs two levels or more"))
    }
}

/// A long all-numeric design: the values land where they belong (column-major), with and without deleted rows.
@Suite struct LargeDesignTests {
    @Test func wideNumericDesignIsWrittenColumnByColumn() throws {
        let n = 20_000
        let p = 50
        var columns: [(name: String, values: Column)] = [("y", .numeric((0..<n).map { Double($0) }))]
        for j in 1...p {
            // Row i of x_j is i * j, except a missing value in x_7 every 1000th row.
            columns.append(("x\(j)", .numeric((0..<n).map { i in j == 7 && i % 1000 == 0 ? nil : Double(i * j) })))
        }
        let table = try DataTable(columns: columns)
        let formula = "y ~ " + (1...p).map { "x\($0)" }.joined(separator: " + ")
        let design = try DesignMatrix.build(formula: formula, data: table)
        #expect(design.matrix.rows == n - n / 1000)
        #expect(design.matrix.columns == p + 1)
        #expect(design.dropped == MissingValueReport(total: n / 1000, byColumn: [("x7", n / 1000)]))
        #expect(design.rowsUsed.prefix(3) == [1, 2, 3])
        for (k, row) in design.rowsUsed.enumerated() where k % 997 == 0 {
            #expect(design.matrix[k, 0] == 1)
            #expect(design.matrix[k, 13] == Double(row * 13))
            #expect(design.response[k] == Double(row))
        }
    }
}
