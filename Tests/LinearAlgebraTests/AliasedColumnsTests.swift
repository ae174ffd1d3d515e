import Testing
import TestSupport
@testable import LinearAlgebra

struct AliasedColumnsTests {
    let x = randomVector(60, seed: 80)
    let one = Array(repeating: 1.0, count: 60)

    @Test func flagsExactCollinearityLeftToRight() throws {
        let other = randomVector(60, seed: 81)
        // Duplicated column: the later copy.
        #expect(try aliasedColumns(Matrix(columnList: [one, x, other, x])) == [3])
        // x and 2x.
        #expect(try aliasedColumns(Matrix(columnList: [one, x, x.map { 2 * $0 }, other])) == [2])
        // A constant beside the intercept.
        #expect(try aliasedColumns(Matrix(columnList: [one, x, Array(repeating: 5, count: 60)])) == [2])
        // An all-zero column is aliased wherever it stands.
        #expect(try aliasedColumns(Matrix(columnList: [Array(repeating: 0, count: 60), one, x])) == [0])
        // A sum of earlier columns (R: coef(lm(y ~ x1 + x2 + z)) with z = x1 + x2 has z NA).
        #expect(try aliasedColumns(Matrix(columnList: [one, x, other, zip(x, other).map { $0 + $1 }])) == [3])
    }

    @Test func flagsDependenceThroughSmallCoefficient() throws {
        // x1 = x0 + 1e-6·x2: x0, x1, x2 are exactly dependent, but x2 lies 5e-10 (relative) from the span of x0 and
        // x1, above the distance tolerance; the rank test still reports x2. R 4.2.2 agrees:
        // coef(lm(y ~ 0 + x0 + x1 + x2 + x3)) with x1 <- x0 + 1e-6 * x2 gives NA for x2.
        let x0 = randomVector(1000, seed: 84), x2 = randomVector(1000, seed: 85), x3 = randomVector(1000, seed: 86)
        let x1 = zip(x0, x2).map { $0 + 1e-6 * $1 }
        let a = Matrix(columnList: [x0, x1, x2, x3])
        let scan = try aliasScan(a, tolerance: defaultAliasTolerance)
        #expect(scan.relativeDistances[2] > defaultAliasTolerance)   // the distance test alone would keep x2
        #expect(scan.aliased == [2])
        let fit = try LeastSquares(a, randomVector(1000, seed: 87), aliased: .drop())
        #expect(fit.aliasedColumns == [2] && fit.coefficients[2].isNaN)
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(a, randomVector(1000, seed: 87)) }
        // Two dependences at once: also x3 = x0 − x1 (+ rounding).
        let b = Matrix(columnList: [x0, x1, x2, zip(x0, x1).map { $0 - $1 }, x3])
        #expect(try aliasedColumns(b) == [2, 3])
    }

    @Test func flagsDummyVariableTrap() throws {
        // Intercept plus a dummy for each of three groups: the three dummies add up to the intercept.
        let group = (0..<60).map { $0 % 3 }
        let dummies = (0..<3).map { g in group.map { $0 == g ? 1.0 : 0.0 } }
        #expect(try aliasedColumns(Matrix(columnList: [one] + dummies + [x])) == [3])
        #expect(try aliasedColumns(Matrix(columnList: dummies + [x, one])) == [4])
    }

    @Test func flagsExactCollinearityInManyRows() throws {
        // 200,000 rows: rounding residue grows with n (measured up to 2.2e-14 at 1,000,000 rows for group dummies
        // beside the intercept) and must stay far below the 1e-10 default.
        let n = 200_000
        let big = randomVector(n, seed: 82).map { $0 * 1000 + 500 }
        let group = (0..<n).map { $0 % 4 }
        let dummies = (0..<4).map { g in group.map { $0 == g ? 1.0 : 0.0 } }
        let a = Matrix(columnList: [Array(repeating: 1, count: n), big] + dummies + [big.map { 0.1 * $0 + 3 }])
        let scan = try aliasScan(a, tolerance: defaultAliasTolerance)
        #expect(scan.aliased == [5, 6])
        #expect(scan.aliased.allSatisfy { scan.relativeDistances[$0] < 1e-13 })
        #expect(scan.relativeDistances[1] > 0.1)
    }

    @Test(arguments: ["Filip", "Longley", "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5", "Pontius",
                      "Norris", "NoInt1", "NoInt2"])
    func keepsIllConditionedFullRankDesigns(_ name: String) throws {
        let data = try StRDDataset.load(name)
        let scan = try aliasScan(Matrix(columnList: data.designColumns), tolerance: defaultAliasTolerance)
        #expect(scan.aliased == [])
        // At least 100 times the default tolerance (Filip's smallest distance is 5.2e-8).
        #expect(scan.relativeDistances.dropFirst().allSatisfy { $0 > 100 * defaultAliasTolerance })
        // R's lm tolerance 1e-7 would drop a term of Filip (smallest relative distance measured at 5.2e-8).
        if name == "Filip" { #expect(try aliasedColumns(Matrix(columnList: data.designColumns), tolerance: 1e-7) == [10]) }
    }

    @Test func agreesWithLeastSquaresDropPolicy() throws {
        let group = (0..<60).map { $0 % 3 }
        let dummies = (0..<3).map { g in group.map { $0 == g ? 1.0 : 0.0 } }
        let a = Matrix(columnList: [one, x] + dummies)
        let fit = try LeastSquares(a, randomVector(60, seed: 83), aliased: .drop())
        #expect(fit.aliasedColumns == (try aliasedColumns(a)))
    }

    @Test func rejectsBadInput() {
        #expect(throws: LinearAlgebraError.self) { try aliasedColumns(Matrix(columnList: [one]), tolerance: -1) }
        #expect(throws: LinearAlgebraError.self) { try aliasedColumns(Matrix(columnList: [one]), rankTolerance: 1) }
        #expect(throws: LinearAlgebraError.self) { try aliasedColumns(Matrix(rowMajor: [[1, .nan]])) }
    }
}
