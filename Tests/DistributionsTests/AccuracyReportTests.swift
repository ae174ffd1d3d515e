import Foundation
import Testing
@testable import Distributions

/// Prints the worst relative error per function and region (body: p in [1e-10, 1 − 1e-10]; tail: beyond), the
/// table quoted in the module's accuracy notes, and checks the fixture is complete.
@Suite struct AccuracyReportTests {
    @Test func everyReferenceFunctionIsEvaluatedAndReported() {
        #expect(referenceCases.count > 1000, "reference.csv missing or short: \(referenceCases.count) cases")
        let functions = Set(referenceCases.map(\.function)).sorted()
        var lines = ["function                 body/tail cases   worst body   worst tail"]
        for function in functions {
            let worst = WorstErrors([function])
            lines.append(
                function.padding(toLength: 24, withPad: " ", startingAt: 0)
                    + String(format: "%7d/%-7d   %10.2e   %10.2e", worst.count - worst.tailCount, worst.tailCount,
                                    worst.body, worst.tail)
                    + "   worst tail at \(worst.tailCase.map(String.init(describing:)) ?? "-")")
            for c in referenceCases where c.function == function {
                #expect(computed(c).isFinite, "not evaluated: \(c)")
            }
        }
        print(lines.joined(separator: "\n"))
    }
}
