import Foundation
import Testing
import TestSupport

/// The newcomer's programs in `Examples/` build with the package and print what R prints.
///
/// Expected numbers: `Tests/Fixtures/reference/library-api-reference.json` (`apipop_*`), from R 4.2.2 and sandwich
/// 3.0.2 (`Tests/Fixtures/scripts/library_api_reference.R`) on the same apipop file.
@Suite struct ExamplesTests {
    static func reference(_ key: String) throws -> [Double] {
        let data = try Data(contentsOf: Fixtures.fixture("reference/library-api-reference.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?[key] as? [NSNumber] ?? []).map(\.doubleValue)
    }

    /// R's value printed as the summary prints it: 6 significant digits for an estimate, 5 for a standard error.
    static func printed(_ x: Double, _ digits: Int) -> String {
        let decimals = max(0, digits - 1 - Int(floor(log10(abs(x)))))
        var text = String(format: "%.\(decimals)f", x)
        while text.contains(".") && text.hasSuffix("0") { text.removeLast() }
        return text
    }

    @Test func fitWithHC3PrintsRsNumbers() throws {
        let run = try BuiltProduct.run("example-fit-hc3")
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        let names = ["(Intercept)", "api99", "meals", "factor(stype)H", "factor(stype)M"]
        let coef = try Self.reference("apipop_coef"), se = try Self.reference("apipop_hc3_se")
        #expect(coef.count == 5 && se.count == 5)
        for (index, name) in names.enumerated() where index < coef.count {
            let line = lines.first { $0.hasPrefix(name + " ") }
            #expect(line?.contains(Self.printed(coef[index], 6)) == true, "\(name): \(line ?? "no line")")
            #expect(line?.contains(Self.printed(se[index], 5)) == true, "\(name): \(line ?? "no line")")
        }
        #expect(run.output.contains("HC3"))
        #expect(run.output.contains("Wald test of factor(stype)H = 0, factor(stype)M = 0"))
    }
}
