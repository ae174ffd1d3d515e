import Foundation
import Testing
import TestSupport
@testable import LinearAlgebra

/// `LeastSquares` on every NIST StRD linear-regression data set, against the certified values in each file.
///
/// Accuracy is counted in correct significant digits (LRE, `correctDigits`). Where the certified value is exactly 0
/// (Wampler1 and Wampler2 fit exactly: zero residual standard deviation and standard errors) digits are counted
/// relative to the scale of the data: the residual standard deviation against the standard deviation of y, and
/// each standard error against the one the response's own spread would give (`sd(y)·sqrt((AᵀA)⁻¹_jj)`).
///
/// DESIGN.md asks for 9 digits (7 for Filip); the floor here is 11, which the refinement is needed for: equilibrated pivoted QR
/// without it reaches only 6.6 digits on Wampler5's coefficients, 8.6 on Wampler4, 10.8 on Longley (measured on this
/// module's factorization), against 16, 16 and 14.6 with it. Filip is the exception: storing its degree-10
/// Vandermonde design in Double already moves the exact least-squares solution 10^-7.61 away from the certified one
/// (mpmath at 60 digits on the Double-rounded design, `Tests/Fixtures/scripts/strd_attainable_digits.py`), so no
/// solver given that matrix can show more than about 7.6 digits there; its floor is 7.
///
/// Measured here (fewest correct digits over the parameters; refinement steps after the QR solution):
///
/// | data set | coefficients | standard errors | residual SD | R²    | steps |
/// |----------|--------------|-----------------|-------------|-------|-------|
/// | Norris   | 14.06        | 13.92           | 14.03       | 15.48 | 2     |
/// | Pontius  | 13.51        | 13.76           | 13.78       | 15.95 | 2     |
/// | NoInt1   | 14.72        | 15.38           | 15.30       | 15.65 | 1     |
/// | NoInt2   | 15.34        | 14.88           | 15.22       | 15.95 | 1     |
/// | Filip    | 7.61         | 7.86            | 9.57        | 11.75 | 2     |
/// | Longley  | 14.62        | 12.59           | 15.25       | 15.48 | 2     |
/// | Wampler1 | 16           | 16 (0 certified)| 16 (0)      | 16    | 2     |
/// | Wampler2 | 13.20        | 16 (0 certified)| 16 (0)      | 16    | 2     |
/// | Wampler3 | 16           | 13.23           | 14.81       | 15.95 | 2     |
/// | Wampler4 | 16           | 13.23           | 14.83       | 15.94 | 2     |
/// | Wampler5 | 16           | 13.23           | 14.80       | 13.73 | 2     |
struct LeastSquaresStRDTests {
    /// Fewest correct digits required per data set.
    static func requiredDigits(_ name: String) -> Double { name == "Filip" ? 7 : 11 }

    struct Accuracy {
        var coefficients: Double
        var standardErrors: Double
        var residualSD: Double
        var rSquared: Double
    }

    static func measure(_ data: StRDDataset) throws -> (Accuracy, LeastSquares) {
        let a = Matrix(columnList: data.designColumns)
        let fit = try LeastSquares(a, data.response)
        let n = Double(a.rows), p = Double(a.columns)
        let rss = fit.residuals.reduce(0) { $0 + $1 * $1 }
        let s = (rss / (n - p)).squareRoot()
        let inverse = try fit.inverseCrossProduct()
        let mean = data.response.reduce(0, +) / n
        let spread = (data.response.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        func digits(_ value: Double, _ certified: Double, scale: Double) -> Double {
            certified == 0 ? min(16, -log10(abs(value) / scale)) : correctDigits(value, certified)
        }
        var accuracy = Accuracy(coefficients: 16, standardErrors: 16, residualSD: 16, rSquared: 16)
        for j in 0..<a.columns {
            accuracy.coefficients = min(accuracy.coefficients,
                                        correctDigits(fit.coefficients[j], data.certifiedCoefficients[j]))
            let se = s * inverse[j, j].squareRoot()
            accuracy.standardErrors = min(accuracy.standardErrors,
                                          digits(se, data.certifiedStandardErrors[j], scale: spread * inverse[j, j].squareRoot()))
        }
        accuracy.residualSD = digits(s, data.certifiedResidualStandardDeviation, scale: spread)
        let total = data.hasIntercept
            ? data.response.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            : data.response.reduce(0) { $0 + $1 * $1 }
        accuracy.rSquared = correctDigits(1 - rss / total, data.certifiedRSquared)
        return (accuracy, fit)
    }

    @Test(arguments: StRDDataset.allNames)
    func matchesCertifiedValues(_ name: String) throws {
        let data = try StRDDataset.load(name)
        let (accuracy, fit) = try Self.measure(data)
        print(String(format: "StRD %-9@ coefficients %5.2f  standard errors %5.2f  residual SD %5.2f  R² %5.2f  (refinement steps %d)",
                     name as NSString, accuracy.coefficients, accuracy.standardErrors, accuracy.residualSD,
                     accuracy.rSquared, fit.refinementSteps))
        #expect(accuracy.coefficients >= Self.requiredDigits(name), "\(name) coefficients")
        #expect(accuracy.standardErrors >= Self.requiredDigits(name), "\(name) standard errors")
        #expect(accuracy.residualSD >= Self.requiredDigits(name), "\(name) residual SD")
        #expect(accuracy.rSquared >= Self.requiredDigits(name), "\(name) R²")
    }
}
