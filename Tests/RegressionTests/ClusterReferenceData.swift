import Foundation
import LinearAlgebra
import Regression
import TestSupport

// Test-only helpers for the clustered-covariance tests: the R reference file, a small CSV reader, and the model
// matrices of the reference designs rebuilt from the CSV columns.

/// `Tests/Fixtures/reference/cluster-reference.json`, written by `Tests/Fixtures/scripts/cluster_reference.R`
/// (R 4.2.2; sandwich 3.0.2 `vcovCL(type = "HC1")` for CR1, estimatr 1.0.0 `lm_robust(se_type = "CR2")` for CR2).
struct ClusterReference: Decodable {
    /// One design of the reference file.
    struct Case: Decodable {
        var id: String
        var data: String
        var formula: String
        var weights: String?
        var cluster: String
        var n: Int
        var k: Int
        var clusters: Int
        var terms: [String]
        var coefficients: [Double]
        var cr1: Expected
        var cr2: Expected
    }

    /// The covariance (a list of rows) and degrees of freedom R reported.
    struct Expected: Decodable {
        var covariance: [[Double]]
        var degreesOfFreedom: [Double]
    }

    var cases: [Case]

    /// Reads the reference file.
    static func load() throws -> ClusterReference {
        let data = try Data(contentsOf: Fixtures.fixture("reference/cluster-reference.json"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(ClusterReference.self, from: data)
    }

    /// The case named `id`.
    func `case`(_ id: String) throws -> Case {
        guard let found = cases.first(where: { $0.id == id }) else { throw TestDataError("no reference case \(id)") }
        return found
    }
}

/// A failure to read test data.
struct TestDataError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A reference design rebuilt from the CSV: model matrix, response, weights and cluster identifiers, after dropping
/// rows with a missing value in any column used (as R's `lm` does).
struct ClusterDesign {
    var matrix: Matrix
    var response: [Double]
    var weights: [Double]?
    var clusters: [String]

    /// Builds the design whose model-matrix columns are R's `terms` of `reference`. A term is `(Intercept)`, a numeric
    /// column, a factor level (`stypeH`: column `stype` equal to `H`), `I(col == value)TRUE`, or a product `a:b`.
    init(_ reference: ClusterReference.Case) throws {
        let table = try RWrittenCSV(contentsOf: Fixtures.fixture("reference/\(reference.data)"))
        var used = Set<Int>()
        let termValues = try reference.terms.map { try ClusterDesign.term($0, table, &used) }
        let response = try table.column("api00")
        let weightColumn = try reference.weights.map { try table.column($0) }
        let clusterColumn = try table.column(reference.cluster)
        used.formUnion([response, clusterColumn] + (weightColumn.map { [$0] } ?? []))

        var columns = Array(repeating: [Double](), count: termValues.count)
        var y: [Double] = []
        var w: [Double] = []
        var clusters: [String] = []
        for row in table.rows where used.allSatisfy({ row[$0] != nil }) {
            for (j, value) in termValues.enumerated() { columns[j].append(try value(row)) }
            y.append(try ClusterDesign.number(row[response]))
            if let weightColumn { w.append(try ClusterDesign.number(row[weightColumn])) }
            clusters.append(row[clusterColumn]!)
        }
        matrix = Matrix(columnList: columns)
        self.response = y
        weights = weightColumn == nil ? nil : w
        self.clusters = clusters
    }

    private static func number(_ cell: String?) throws -> Double {
        guard let cell, let value = Double(cell) else { throw TestDataError("not a number: \(cell ?? "NA")") }
        return value
    }

    private static func term(_ name: String, _ table: RWrittenCSV,
                             _ used: inout Set<Int>) throws -> ([String?]) throws -> Double {
        if name == "(Intercept)" { return { _ in 1 } }
        if name.contains(":") {
            let parts = try name.split(separator: ":").map { try term(String($0), table, &used) }
            return { row in try parts.reduce(1) { $0 * (try $1(row)) } }
        }
        if name.hasPrefix("I("), name.hasSuffix(")TRUE") {
            let inner = name.dropFirst(2).dropLast(5).components(separatedBy: " == ")
            let column = try table.column(inner[0])
            used.insert(column)
            return { row in row[column] == inner[1] ? 1 : 0 }
        }
        if let column = table.header.firstIndex(of: name) {
            used.insert(column)
            return { row in try number(row[column]) }
        }
        // A factor level: the longest column name that prefixes the term.
        guard let factor = table.header.filter({ name.hasPrefix($0) }).max(by: { $0.count < $1.count }) else {
            throw TestDataError("cannot build term \(name)")
        }
        let column = try table.column(factor)
        let level = String(name.dropFirst(factor.count))
        used.insert(column)
        return { row in row[column] == level ? 1 : 0 }
    }

    /// The weighted least-squares quantities of the design, from LinearAlgebra's pivoted-QR least squares.
    func fit() throws -> (quantities: LeastSquaresQuantities, coefficients: [Double]) {
        let rootWeights = weights?.map { $0.squareRoot() }
        var scaled = matrix
        var scaledResponse = response
        if let rootWeights {
            for j in 0..<matrix.columns {
                for i in 0..<matrix.rows { scaled[i, j] *= rootWeights[i] }
            }
            scaledResponse = zip(response, rootWeights).map { $0 * $1 }
        }
        let solution = try LeastSquares(scaled, scaledResponse)
        let quantities = LeastSquaresQuantities(matrix: scaled, residuals: solution.residuals,
                                                bread: try solution.inverseCrossProduct(),
                                                residualDegreesOfFreedom: matrix.rows - matrix.columns,
                                                weights: weights)
        return (quantities, solution.coefficients)
    }
}
