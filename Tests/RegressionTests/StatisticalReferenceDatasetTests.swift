import Foundation
import LinearAlgebra
import Testing
import TestSupport
@testable import Regression

/// A NIST StRD linear-regression data set with its certified values (Tests/Fixtures/strd/*.dat, public domain).
struct CertifiedDataset {
    let estimates: [Double]
    let standardErrors: [Double]
    let residualStandardDeviation: Double
    let rSquared: Double
    let y: [Double]
    let x: [[Double]]

    /// Reads the certified block (`B0  estimate  sd`, `Standard Deviation`, `R-Squared`) and the data after the
    /// last `Data:` line (y first, then the predictors).
    init(_ name: String) throws {
        let text = try String(contentsOf: Fixtures.fixture("strd/\(name).dat"), encoding: .utf8)
        let lines = text.components(separatedBy: .newlines)
        func numbers(_ line: String) -> [Double] {
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Double($0) }
        }
        var estimates: [Double] = [], errors: [Double] = []
        var sd = Double.nan, r2 = Double.nan
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.range(of: #"^B\d+\s"#, options: .regularExpression) != nil {
                let values = numbers(trimmed)
                estimates.append(values[0])
                errors.append(values[1])
            } else if trimmed.hasPrefix("Standard Deviation"), let value = numbers(trimmed).first {
                sd = value
            } else if trimmed.hasPrefix("R-Squared"), let value = numbers(trimmed).first {
                r2 = value
            }
        }
        let dataStart = lines.lastIndex { $0.hasPrefix("Data:") }! + 1
        let rows = lines[dataStart...].map(numbers).filter { !$0.isEmpty }
        self.estimates = estimates
        self.standardErrors = errors
        self.residualStandardDeviation = sd
        self.rSquared = r2
        self.y = rows.map { $0[0] }
        self.x = (1..<rows[0].count).map { j in rows.map { $0[j] } }
    }

    /// The design: the listed predictors, or powers 1...degree of the single predictor; with or without intercept.
    func design(degree: Int?, intercept: Bool) -> DesignMatrix {
        var columns: [[Double]] = intercept ? [Array(repeating: 1, count: y.count)] : []
        var names: [String] = intercept ? ["(Intercept)"] : []
        if let degree {
            for p in 1...degree {
                columns.append(x[0].map { pow($0, Double(p)) })
                names.append(p == 1 ? "x" : "I(x^\(p))")
            }
        } else {
            for (j, column) in x.enumerated() {
                columns.append(column)
                names.append("x\(j + 1)")
            }
        }
        let terms = Array(names.dropFirst(intercept ? 1 : 0))
        return DesignMatrix(formula: "y ~ " + terms.joined(separator: " + "), responseName: "y", response: y,
                            matrix: Matrix(columnList: columns), columnNames: names, termLabels: terms,
                            termOfColumn: (intercept ? [nil] : []) + terms.indices.map { $0 }, hasIntercept: intercept,
                            rowsUsed: Array(y.indices))
    }
}

@Suite("NIST StRD linear regression through LinearModel.fit")
struct StatisticalReferenceDatasetTests {
    /// (data set, polynomial degree or nil for the listed predictors, intercept, digits required by DESIGN.md).
    static let datasets: [(String, Int?, Bool, Double)] = [
        ("Norris", 1, true, 9), ("Pontius", 2, true, 9), ("NoInt1", 1, false, 9), ("NoInt2", 1, false, 9),
        ("Longley", nil, true, 9), ("Wampler1", 5, true, 9), ("Wampler2", 5, true, 9), ("Wampler3", 5, true, 9),
        ("Wampler4", 5, true, 9), ("Wampler5", 5, true, 9), ("Filip", 10, true, 7),
    ]

    @Test("certified estimates, standard errors, residual SD and R²", arguments: datasets)
    func certified(name: String, degree: Int?, intercept: Bool, digits: Double) throws {
        let certified = try CertifiedDataset(name)
        let fit = try LinearModel.fit(certified.design(degree: degree, intercept: intercept))
        #expect(fit.aliasedColumns.isEmpty, "\(name): no column may be dropped")
        let table = try fit.coefficientTable()
        #expect(table.rows.count == certified.estimates.count)
        // A certified zero (Wampler1 and 2 fit exactly) is met when the value is below 10^-digits in absolute terms.
        func check(_ what: String, _ actual: Double, _ expected: Double) {
            let correct = correctDigits(actual, expected)
            #expect(correct >= digits, "\(name) \(what): \(actual) vs certified \(expected), \(correct) digits")
        }
        for (p, row) in table.rows.enumerated() {
            check("B\(p) estimate", row.estimate, certified.estimates[p])
            check("B\(p) standard error", row.standardError, certified.standardErrors[p])
        }
        check("residual SD", fit.sigma, certified.residualStandardDeviation)
        check("R²", fit.rSquared, certified.rSquared)
    }
}
