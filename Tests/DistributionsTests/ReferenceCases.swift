import Foundation
import TestSupport
import Testing
@testable import Distributions

/// One line of Tests/Fixtures/distributions/reference.csv: a function, its arguments, and the value mpmath computed
/// at 80 digits (made by Tests/Fixtures/scripts/distributions_reference.py).
struct ReferenceCase: CustomStringConvertible {
    let function: String
    let arguments: [Double]
    let expected: Double

    var description: String { "\(function)(\(arguments.map { "\($0)" }.joined(separator: ", "))) = \(expected)" }

    /// The tail region: the probability at stake (the value for a cdf, the argument for a quantile) outside
    /// [1e-10, 1 − 1e-10], or a density or value below 1e-10.
    var isFarTail: Bool {
        let probability: Double
        switch function {
        case "normalQuantile", "normalInverseSurvival": probability = arguments[0]
        case "betaInverse", "betaInverseComplement": probability = arguments[0]
        case "tQuantile", "tInverseSurvival", "chiQuantile", "chiInverseSurvival", "gammaInverse", "gammaInverseUpper":
            probability = arguments[1]
        case "fQuantile", "fInverseSurvival": probability = arguments[2]
        case "logGamma", "logBeta": return false
        default: probability = expected
        }
        return probability < 1e-10 || probability > 1 - 1e-10
    }
}

/// The reference table, read once.
let referenceCases: [ReferenceCase] = {
    let url = Fixtures.fixture("distributions/reference.csv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line -> ReferenceCase? in
        if line.hasPrefix("#") { return nil }
        let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard cells.count == 5, let expected = Double(cells[4]) else { return nil }
        return ReferenceCase(function: cells[0], arguments: cells[1...3].compactMap { Double($0) }, expected: expected)
    }
}()

/// What the package computes for a reference case.
func computed(_ c: ReferenceCase) -> Double {
    let x = c.arguments
    switch c.function {
    case "logGamma": return SpecialFunctions.logGamma(x[0])
    case "logBeta": return SpecialFunctions.logBeta(x[0], x[1])
    case "betaLower": return SpecialFunctions.regularizedIncompleteBeta(x[0], a: x[1], b: x[2])
    case "betaUpper": return SpecialFunctions.regularizedIncompleteBetaComplement(x[0], a: x[1], b: x[2])
    case "betaInverse": return SpecialFunctions.inverseRegularizedIncompleteBeta(x[0], a: x[1], b: x[2])
    case "betaInverseComplement": return SpecialFunctions.inverseRegularizedIncompleteBetaComplement(x[0], a: x[1], b: x[2])
    case "gammaLower": return SpecialFunctions.regularizedLowerIncompleteGamma(x[0], x[1])
    case "gammaUpper": return SpecialFunctions.regularizedUpperIncompleteGamma(x[0], x[1])
    case "gammaInverse": return SpecialFunctions.inverseRegularizedLowerIncompleteGamma(x[0], p: x[1])
    case "gammaInverseUpper": return SpecialFunctions.inverseRegularizedUpperIncompleteGamma(x[0], q: x[1])
    case "normalCdf": return Normal().cdf(x[0])
    case "normalSurvival": return Normal().survival(x[0])
    case "normalDensity": return Normal().density(x[0])
    case "normalQuantile": return Normal().quantile(x[0])
    case "normalInverseSurvival": return Normal().inverseSurvival(x[0])
    case "tCdf": return StudentT(degreesOfFreedom: x[0]).cdf(x[1])
    case "tSurvival": return StudentT(degreesOfFreedom: x[0]).survival(x[1])
    case "tTwoSided": return StudentT(degreesOfFreedom: x[0]).twoSidedPValue(x[1])
    case "tDensity": return StudentT(degreesOfFreedom: x[0]).density(x[1])
    case "tQuantile": return StudentT(degreesOfFreedom: x[0]).quantile(x[1])
    case "tInverseSurvival": return StudentT(degreesOfFreedom: x[0]).inverseSurvival(x[1])
    case "fCdf": return FDistribution(numeratorDegreesOfFreedom: x[0], denominatorDegreesOfFreedom: x[1]).cdf(x[2])
    case "fSurvival": return FDistribution(numeratorDegreesOfFreedom: x[0], denominatorDegreesOfFreedom: x[1]).survival(x[2])
    case "fDensity": return FDistribution(numeratorDegreesOfFreedom: x[0], denominatorDegreesOfFreedom: x[1]).density(x[2])
    case "fQuantile": return FDistribution(numeratorDegreesOfFreedom: x[0], denominatorDegreesOfFreedom: x[1]).quantile(x[2])
    case "fInverseSurvival":
        return FDistribution(numeratorDegreesOfFreedom: x[0], denominatorDegreesOfFreedom: x[1]).inverseSurvival(x[2])
    case "chiCdf": return ChiSquared(degreesOfFreedom: x[0]).cdf(x[1])
    case "chiSurvival": return ChiSquared(degreesOfFreedom: x[0]).survival(x[1])
    case "chiDensity": return ChiSquared(degreesOfFreedom: x[0]).density(x[1])
    case "chiQuantile": return ChiSquared(degreesOfFreedom: x[0]).quantile(x[1])
    case "chiInverseSurvival": return ChiSquared(degreesOfFreedom: x[0]).inverseSurvival(x[1])
    default: return .nan
    }
}

/// Relative error of the package against the reference (0 when both are exactly 0).
func relativeError(_ c: ReferenceCase) -> Double {
    let value = computed(c)
    if value == c.expected { return 0 }
    return abs(value - c.expected) / abs(c.expected)
}

/// The worst relative error over the reference cases of `functions`, separately in the body and the far tails,
/// with the case that attains it.
struct WorstErrors {
    var body = 0.0
    var tail = 0.0
    var bodyCase: ReferenceCase?
    var tailCase: ReferenceCase?
    var count = 0
    var tailCount = 0

    init(_ functions: Set<String>) {
        for c in referenceCases where functions.contains(c.function) {
            count += 1
            let error = relativeError(c)
            if c.isFarTail {
                tailCount += 1
                if !(error <= tail) { tail = error; tailCase = c }
            } else if !(error <= body) {
                body = error
                bodyCase = c
            }
        }
    }
}

/// The relative error allowed for a value p = exp(−L) computed in double precision: the exponent L carries about
/// L ulps (2.2e-16 L), so a far tail at 1e-300 is held to about 1.5e-13 and the body to `floor`.
func relativeAllowance(_ value: Double, floor: Double = 2e-15) -> Double {
    value > 0 ? max(floor, 3e-16 * abs(log(value))) : floor
}

/// Checks every reference case of `functions` against the body and tail tolerances, naming the worst ones.
func expectReferenceAgreement(
    _ functions: Set<String>, body bodyTolerance: Double, tail tailTolerance: Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let worst = WorstErrors(functions)
    #expect(worst.count > 0, "no reference cases for \(functions.sorted())", sourceLocation: sourceLocation)
    #expect(worst.body <= bodyTolerance, "body \(worst.body) at \(String(describing: worst.bodyCase))",
            sourceLocation: sourceLocation)
    #expect(worst.tail <= tailTolerance, "tail \(worst.tail) at \(String(describing: worst.tailCase))",
            sourceLocation: sourceLocation)
}
