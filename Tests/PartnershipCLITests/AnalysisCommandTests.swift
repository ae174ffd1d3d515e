import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// `compare`, `describe` and `plot` on the shipped ABC Unified school table (real API data), against R
/// (Tests/Fixtures/scripts/notebook_commands_reference.R: lm, sandwich::vcovHC "HC3", lmtest::coeftest/coefci/waldtest,
/// anova, cor).
@Suite struct AnalysisCommandTests {
    static let schools = Fixtures.shipped("survey/abc-2011-2012-schools.csv").path

    struct Reference: Decodable {
        struct Model: Decodable {
            let formula: String
            let n: Int
            let r_squared: Double
            let terms: [String]
            let estimate, std_error, p_value, conf_low, conf_high: [Double]
        }
        struct Nested: Decodable { let classical_f, classical_p, hc3_f, hc3_p: Double }
        struct Column: Decodable {
            let column: String
            let n: Int
            let mean, sd, min, max: Double
        }
        struct Line: Decodable { let intercept, slope: Double }
        struct Residuals: Decodable {
            let school: [String]
            let residual: [Double]
        }
        let models: [Model]
        let nested: Nested
        let describe: [Column]
        let correlations: [[Double]]
        let scatter_line: Line
        let largest_residuals: Residuals
    }

    static let reference: Reference = try! JSONDecoder().decode(
        Reference.self, from: Data(contentsOf: Fixtures.fixture("notebooks/abc-commands-reference.json")))

    func json(_ arguments: [String]) throws -> [String: Any] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.json").path
        let (code, errors) = runCapturingErrors(arguments + ["--format", "json", "--output", output])
        try #require(code == 0, "\(errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
    }

    func markdown(_ arguments: [String]) throws -> String {
        let run = try runExecutable(arguments)
        try #require(run.status == 0, "\(run.errors)")
        return run.output
    }

    @Test func compareMatchesREveryModelUnderHC3() throws {
        let models = Self.reference.models
        let document = try json(["compare", "--data", Self.schools] + models.flatMap { ["--formula", $0.formula] })
        let fitted = try #require(document["models"] as? [[String: Any]])
        #expect(fitted.count == models.count)
        for (model, expected) in zip(fitted, models) {
            #expect(model["vcov"] as? String == "HC3")
            #expect(model["n"] as? Int == expected.n)
            #expect(agrees(try #require(model["r_squared"] as? Double), expected.r_squared))
            let coefficients = try #require(model["coefficients"] as? [[String: Any]])
            #expect(coefficients.map { $0["term"] as? String } == expected.terms)
            for (i, coefficient) in coefficients.enumerated() {
                for (key, values) in [("estimate", expected.estimate), ("std_error", expected.std_error),
                                      ("p_value", expected.p_value), ("conf_low", expected.conf_low),
                                      ("conf_high", expected.conf_high)] {
                    #expect(agrees(try #require(coefficient[key] as? Double), values[i]), "\(expected.formula) \(expected.terms[i]) \(key)")
                }
            }
        }
    }

    @Test func nestedTestsMatchAnovaAndWaldtest() throws {
        for (vcov, f, p) in [("classical", Self.reference.nested.classical_f, Self.reference.nested.classical_p),
                             ("HC3", Self.reference.nested.hc3_f, Self.reference.nested.hc3_p)] {
            let document = try json(["compare", "--data", Self.schools, "--formula", "api12 ~ meals",
                                     "--formula", "api12 ~ meals + p_el", "--nested", "--vcov", vcov])
            let tests = try #require(document["nested_tests"] as? [[String: Any]])
            #expect(tests.count == 1)
            #expect(tests.first?["added_terms"] as? [String] == ["p_el"])
            #expect(agrees(try #require(tests.first?["f_statistic"] as? Double), f), "\(vcov)")
            #expect(agrees(try #require(tests.first?["p_value"] as? Double), p), "\(vcov)")
        }
    }

    @Test func compareMarkdownHasTheTableSentencesAndTest() throws {
        let text = try markdown(["compare", "--data", Self.schools, "--formula", "api12 ~ meals",
                                 "--formula", "api12 ~ meals + p_el", "--formula", "growth ~ meals + stype",
                                 "--name", "(1) Poverty", "--name", "+ English learners", "--name", "(3) Growth",
                                 "--term", "meals", "--unit", "API points", "--nested",
                                 "--label", "meals=Poverty (% meals)", "--label", "stype=school type",
                                 "--label", "p_el=English learners (%)"])
        let model = Self.reference.models[1]
        // The sentence for model 2: R's estimate and HC3 interval, to 4 significant digits.
        #expect(text.contains("**+ English learners.** Holding English learners (%) constant, schools one unit higher on "
                              + "Poverty (% meals) had api12 about 2.883 API points lower (95% interval -3.417 to -2.349; p < 0.001)."))
        #expect(abs(model.estimate[1] - -2.883) < 0.0005 && abs(model.conf_low[1] - -3.417) < 0.0005)
        // A factor's dummies are held constant as one term, by its label.
        #expect(text.contains("**(3) Growth.** Holding school type constant, schools one unit higher on Poverty (% meals) had growth about 0.2958 API points higher"))
        // The nested test starts with a word, so the "+" name cannot open a list.
        #expect(text.contains("\nNested test of + English learners against (1) Poverty: adding English learners (%) gives Wald test (HC3 standard errors) F = 3.957 on 1 and 25 df, p = 0.058.\n"))
        let html = try CommonMarkRenderer.html(text)
        #expect(!html.contains("<ul>"))
        #expect(CommonMarkRenderer.count("<table>", in: html) == 1)
    }

    @Test func describeMatchesR() throws {
        let columns = Self.reference.describe.map(\.column)
        let document = try json(["describe", "--data", Self.schools, "--columns", columns.joined(separator: ",")])
        let statistics = try #require(document["columns"] as? [[String: Any]])
        for (row, expected) in zip(statistics, Self.reference.describe) {
            #expect(row["column"] as? String == expected.column)
            #expect(row["n"] as? Int == expected.n)
            for (key, value) in [("mean", expected.mean), ("sd", expected.sd), ("min", expected.min), ("max", expected.max)] {
                #expect(agrees(try #require(row[key] as? Double), value, relative: 1e-12), "\(expected.column) \(key)")
            }
        }
        let correlations = try #require(document["correlations"] as? [[Double]])
        for (row, expected) in zip(correlations, Self.reference.correlations) {
            for (r, e) in zip(row, expected) { #expect(agrees(r, e, relative: 1e-12)) }
        }
    }

    @Test func wrongColumnsAndOptionsAreUsageErrors() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let figure = folder.appendingPathComponent("fig.svg").path
        for arguments in [["describe", "--data", Self.schools, "--columns", "meal"],
                          ["describe", "--data", Self.schools, "--columns", ","],
                          ["compare", "--data", Self.schools, "--formula", "api12 ~ meals", "--name", "a", "--name", "b"],
                          ["compare", "--data", Self.schools, "--formula", "api12 ~ meals", "--term", "p_el"],
                          ["compare", "--data", Self.schools, "--formula", "api12 ~ meals", "--label", "meals"],
                          ["plot", "scatter", "--data", Self.schools, "--x", "meals", "--y", "growthh", "--output", figure],
                          ["plot", "scatter", "--data", Self.schools, "--x", "meals", "--y", "growth", "--y-range", "0:9",
                           "--output", figure],
                          ["plot", "scatter", "--data", Self.schools, "--x", "meals", "--y", "growth", "--binned",
                           "--y-range", "9:0", "--output", figure],
                          ["plot", "coefficients", "--data", Self.schools, "--formula", "api12 ~ meals", "--term", "p_el",
                           "--output", figure]] {
            let (code, errors) = runCapturingErrors(arguments)
            #expect(code == 64, "\(arguments)")
            #expect(errors.count == 1, "\(arguments)")
        }
        #expect(runCapturingErrors(["describe", "--data", folder.appendingPathComponent("none.csv").path, "--columns", "a"]).code == 66)
        #expect(runCapturingErrors(["describe", "--data", Self.schools, "--columns", "sname"]).code == 65)
        #expect(filesIn(folder).isEmpty)
    }

    @Test func scatterWritesTheFigureAndLinksIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try runExecutable(["plot", "scatter", "--data", Self.schools, "--x", "meals", "--y", "growth", "--fit",
                                      "--label", "sname", "--output", "figures/poverty growth.svg"], in: folder)
        #expect(text.status == 0, "\(text.errors)")
        let line = Self.reference.scatter_line
        #expect(text.output == """
            ![growth against meals](figures/poverty%20growth.svg)

            Figure: growth against meals. 28 rows. Red line: least-squares fit, growth = \(String(format: "%.3f", line.intercept)) + \(String(format: "%.4f", line.slope)) × meals.

            """)
        let svg = try String(contentsOf: folder.appendingPathComponent("figures/poverty growth.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"))
        #expect(svg.contains("Luther Burbank Elementary"))

        let binned = try runExecutable(["plot", "scatter", "--data", Self.schools, "--x", "meals", "--y", "growth",
                                        "--binned", "--y-range=-10:40", "--output", "binned.svg"], in: folder)
        #expect(binned.status == 0, "\(binned.errors)")
        #expect(binned.output.contains("Shading counts rows per cell; 4 rows lie outside the plotted range of growth."))
    }

    @Test func residualsAndCoefficientPlotsNameWhatTheyShow() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let residuals = try runExecutable(["plot", "residuals", "--data", Self.schools, "--formula", "api12 ~ meals + p_el + api11",
                                           "--label", "sname", "--output", "residuals.svg"], in: folder)
        #expect(residuals.status == 0, "\(residuals.errors)")
        let top = Self.reference.largest_residuals
        let named = zip(top.school, top.residual).map { "\($0) (" + ($1 > 0 ? "+" : "") + String(format: "%.1f", $1) + ")" }
        #expect(residuals.output.contains("Largest residuals: " + named.joined(separator: ", ") + "."))

        let coefficients = try runExecutable(["plot", "coefficients", "--data", Self.schools, "--term", "meals",
                                              "--formula", "api12 ~ meals", "--formula", "api12 ~ meals + p_el",
                                              "--output", "coefficients.svg"], in: folder)
        #expect(coefficients.status == 0, "\(coefficients.errors)")
        let m = Self.reference.models
        #expect(coefficients.output.contains(String(format: "(1) %.3f (%.3f to %.3f); (2) %.3f (%.3f to %.3f).",
                                                    m[0].estimate[1], m[0].conf_low[1], m[0].conf_high[1],
                                                    m[1].estimate[1], m[1].conf_low[1], m[1].conf_high[1])))
        #expect(filesIn(folder) == ["coefficients.svg", "residuals.svg"])
    }

    @Test func powerIsReproducibleAndLabelledSynthetic() throws {
        let arguments = ["power", "--schools", "12", "20", "--effect", "0", "25", "--model", "growth", "level",
                         "--vcov", "classical", "HC3", "--replications", "60", "--seed", "42"]
        let first = try markdown(arguments)
        #expect(try markdown(arguments) == first)
        #expect(first.hasPrefix("**Synthetic data.**"))
        #expect(first.contains("seed 42"))
        let html = try CommonMarkRenderer.html(first)
        #expect(CommonMarkRenderer.count("<table>", in: html) == 1)
        #expect(CommonMarkRenderer.count("<tr>", in: html) == 9)  // header + 2 models x 2 sizes x 2 effects
        let document = try json(arguments)
        #expect(document["synthetic"] as? Bool == true)
        #expect((document["cells"] as? [Any])?.count == 8)

        // Each unusable setting, in place of the good one.
        let good: [(String, [String])] = [("--schools", ["12"]), ("--effect", ["25"]), ("--model", ["growth"]),
                                          ("--vcov", ["HC3"]), ("--replications", ["5"]), ("--seed", ["1"])]
        for (option, values) in [("--schools", ["3"]), ("--vcov", ["CR1:dnum"]), ("--replications", ["0"]),
                                 ("--model", ["levels"]), ("--reliability", ["1.5"]), ("--level", ["95"])] {
            let settings = good.filter { $0.0 != option } + [(option, values)]
            let (code, errors) = runCapturingErrors(["power"] + settings.flatMap { [$0.0] + $0.1 })
            #expect(code == 64, "\(option) \(values)")
            #expect(errors.count == 1)
        }
        #expect(runCapturingErrors(["power", "--schools", "30", "--effect", "25"]).code == 64)  // no seed
    }
}

/// Links from Markdown to figures, alone and inside a render.
@Suite struct FigureOutputTests {
    @Test func aloneTheLinkIsThePathAsGiven() {
        #expect(FigureOutput.linkDestination(for: "figs/a b (1).svg", environment: [:]) == "figs/a%20b%20%281%29.svg")
        #expect(FigureOutput.linkDestination(for: "é.svg", environment: [:]) == "%C3%A9.svg")
    }

    @Test func inARenderTheLinkIsRelativeToTheRenderedNotebook() {
        let environment = [FigureOutput.linkBaseVariable: "/out/site",
                           FigureOutput.stagingVariable: "/out/site/.nb_files.rendering-1",
                           FigureOutput.finalVariable: "/out/site/nb_files"]
        #expect(FigureOutput.linkDestination(for: "/out/site/.nb_files.rendering-1/fig.svg", environment: environment)
                == "nb_files/fig.svg")
        #expect(FigureOutput.linkDestination(for: "/out/other/fig.svg", environment: environment) == "../other/fig.svg")
        #expect(FigureOutput.relativePath(from: "/a/b", to: "/a/b/c/d.svg") == "c/d.svg")
    }
}
