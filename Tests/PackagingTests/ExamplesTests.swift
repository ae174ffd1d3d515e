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
        if let scalar = object?[key] as? NSNumber { return [scalar.doubleValue] }
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

    /// Each school's PAL index as the example prints it, against an independent scoring in Python
    /// (`Tests/Fixtures/reference/survey-example-reference.json`, made by
    /// `Tests/Fixtures/scripts/survey_example_reference.py` from the shipped synthetic survey).
    @Test func scoreSurveyListsPythonsSchoolIndexes() throws {
        let run = try BuiltProduct.run("example-score-survey")
        #expect(run.status == 0)
        #expect(run.output.contains("SYNTHETIC"))
        let data = try Data(contentsOf: Fixtures.fixture("reference/survey-example-reference.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let schools = try #require(object?["schools"] as? [[String: Any]])
        let lines = run.output.split(separator: "\n").dropFirst().map(String.init)
        #expect(lines.count == schools.count)
        for (line, school) in zip(lines, schools) {
            let index = (school["pal_index"] as? NSNumber).map { String(format: "%.3f", $0.doubleValue) } ?? "suppressed"
            #expect(line == "\(school["cds"] as! String) \(school["respondents"] as! Int) \(index)")
        }
    }

    /// The cells of the Markdown table row whose first cell is `label`.
    static func row(_ label: String, in output: String) -> [String]? {
        output.split(separator: "\n").map(String.init).first { $0.hasPrefix("| " + label + " ") }.map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\", with: "") }
        }
    }

    @Test func twoModelsTablePrintsRsNumbers() throws {
        let run = try BuiltProduct.run("example-two-models")
        #expect(run.status == 0)
        let m1 = try Self.reference("table_m1_coef"), s1 = try Self.reference("table_m1_hc3_se")
        let m2 = try Self.reference("table_m2_coef"), s2 = try Self.reference("table_m2_hc3_se")
        func cell(_ x: Double, _ decimals: Int = 2) -> String { String(format: "%.\(decimals)f", x) }
        let meals = try #require(Self.row("meals", in: run.output))
        #expect(meals[1].hasPrefix(cell(m1[1])) && meals[2].hasPrefix(cell(m2[2])), "\(meals)")
        let api99 = try #require(Self.row("api99", in: run.output))
        #expect(api99[1] == "" && api99[2].hasPrefix(cell(m2[1])), "\(api99)")
        let intercept = try #require(Self.row("(Intercept)", in: run.output))
        #expect(intercept[1].hasPrefix(cell(m1[0])) && intercept[2].hasPrefix(cell(m2[0])), "\(intercept)")
        let lines = run.output.split(separator: "\n").map(String.init)
        let mealsIndex = try #require(lines.firstIndex { $0.hasPrefix("| meals ") })
        #expect(lines[mealsIndex + 1].contains("(" + cell(s1[1]) + ")") && lines[mealsIndex + 1].contains("(" + cell(s2[2]) + ")"))
        let r2 = try #require(Self.row("R²", in: run.output))
        let r2First = try Self.reference("table_m1_r2"), r2Second = try Self.reference("table_m2_r2")
        #expect(r2 == ["R²", cell(r2First[0], 3), cell(r2Second[0], 3)])
        let nobs = try Self.reference("table_nobs")
        let n = try #require(Self.row("N (schools)", in: run.output))
        #expect(n == ["N (schools)", String(Int(nobs[0])), String(Int(nobs[0]))])
        #expect(run.output.contains("heteroskedasticity-robust (HC3) standard errors"))
    }
}
