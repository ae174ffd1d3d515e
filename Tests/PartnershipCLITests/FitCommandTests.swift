import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// Runs the command line, returning the exit code and the one-line error messages it reported.
func runCapturingErrors(_ arguments: [String]) -> (code: Int32, errors: [String]) {
    var errors: [String] = []
    let code = runPartnership(arguments) { errors.append($0) }
    return (code, errors)
}

/// One case of `reference/r-reference.json` (and the project's extra R cases), as far as `fit` needs it.
struct ReferenceCase: Decodable, CustomTestStringConvertible {
    struct Coefficient: Decodable {
        let term: String
        let estimate, std_error, statistic, p_value, conf_low, conf_high: Double
    }
    struct Expect: Decodable {
        let n, df_residual, rank: Int
        let coefficients: [Coefficient]
        let r_squared, adj_r_squared, sigma: Double
        let f_statistic: Double?
    }
    let id, data, formula, vcov: String
    let weights: String?
    let expect: Expect
    var testDescription: String { id }

    /// The cases of R 4.2 (lm, sandwich, estimatr) written by the project's reference scripts and the shared ones.
    static func all() -> [ReferenceCase] {
        ["reference/r-reference.json", "reference/r-reference-extra.json"].flatMap { name -> [ReferenceCase] in
            let data = try! Data(contentsOf: Fixtures.fixture(name))
            return try! JSONDecoder().decode([ReferenceCase].self, from: data)
        }
    }
}

@Suite struct FitCommandTests {
    /// `partnership fit --format json` must reproduce R to a relative 1e-8 (absolute 1e-10 near zero): every
    /// coefficient, SE, statistic, p-value and bound, R², adjusted R², sigma, F and n (reference/README.md).
    @Test("fit --format json matches R", arguments: ReferenceCase.all())
    func jsonMatchesR(_ reference: ReferenceCase) throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("fit.json").path
        var arguments = ["fit", "--data", Fixtures.fixture("reference/" + reference.data).path,
                         "--formula", reference.formula, "--vcov", reference.vcov, "--format", "json", "--output", output]
        if let weights = reference.weights { arguments += ["--weights", weights] }
        let (code, errors) = runCapturingErrors(arguments)
        #expect(code == 0, "\(errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        #expect(json["formula"] as? String == reference.formula)
        #expect(json["vcov"] as? String == reference.vcov)
        #expect(json["n"] as? Int == reference.expect.n)
        #expect(json["df_residual"] as? Int == reference.expect.df_residual)
        #expect(json["rank"] as? Int == reference.expect.rank)
        for key in ["r_squared", "adj_r_squared", "sigma"] {
            let expected: Double = key == "r_squared" ? reference.expect.r_squared
                : key == "adj_r_squared" ? reference.expect.adj_r_squared : reference.expect.sigma
            #expect(agrees(try #require(json[key] as? Double), expected), "\(key)")
        }
        if let f = reference.expect.f_statistic {
            #expect(agrees(try #require(json["f_statistic"] as? Double), f), "f_statistic")
        }
        let rows = try #require(json["coefficients"] as? [[String: Any]])
        #expect(rows.map { $0["term"] as? String } == reference.expect.coefficients.map(\.term))
        for (row, expected) in zip(rows, reference.expect.coefficients) {
            let pairs: [(String, Double)] = [("estimate", expected.estimate), ("std_error", expected.std_error),
                                             ("statistic", expected.statistic), ("p_value", expected.p_value),
                                             ("conf_low", expected.conf_low), ("conf_high", expected.conf_high)]
            for (key, value) in pairs {
                let actual = try #require(row[key] as? Double, "\(expected.term) \(key)")
                #expect(agrees(actual, value), "\(expected.term) \(key): \(actual) vs R \(value)")
            }
        }
    }

    /// The JSON keys come in DESIGN.md's order, so diffs of saved outputs stay readable.
    @Test func jsonKeysFollowTheContractOrder() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("fit.json").path
        let (code, _) = runCapturingErrors(["fit", "--data", Fixtures.fixture("reference/apisrs.csv").path,
                                            "--formula", "api00 ~ meals", "--format", "json", "--output", output])
        #expect(code == 0)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let keys = ["\"formula\"", "\"vcov\"", "\"n\"", "\"dropped\"", "\"df_residual\"", "\"rank\"", "\"coefficients\"",
                    "\"r_squared\"", "\"adj_r_squared\"", "\"sigma\"", "\"f_statistic\""]
        let positions = keys.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    /// The Markdown rendering keeps its table when read by a real GFM renderer.
    @Test func markdownRendersAsOneTable() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("fit.md").path
        let (code, _) = runCapturingErrors(["fit", "--data", Fixtures.fixture("reference/apistrat.csv").path,
                                            "--formula", "api00 ~ meals + ell + stype", "--vcov", "CR1:dnum",
                                            "--output", output])
        #expect(code == 0)
        let html = try CommonMarkRenderer.html(try String(contentsOfFile: output, encoding: .utf8))
        #expect(CommonMarkRenderer.count("<table>", in: html) == 1)
        #expect(CommonMarkRenderer.count("</th>", in: html) == 7)
        #expect(CommonMarkRenderer.count("</td>", in: html) == 5 * 7)
        #expect(!html.contains("<ul>"))
        #expect(html.contains("Holding ell and stype constant, schools one unit higher on meals"))
    }
}

/// A rank-deficient design is reported, never solved silently: z = 2x here, so z is aliased (R: `coef(lm(y ~ x + z + g))`
/// gives NA for z and the same estimates for the rest as `lm(y ~ x + g)`).
@Suite struct FitCommandAliasingTests {
    let csv = "y,x,z,g\n1,2,4,a\n2,3,6,b\n3,5,10,a\n4,4,8,b\n6,7,14,a\n"

    @Test func aliasedTermIsNamedInJSONAndInItsPlaceInMarkdown() throws {
        let folder = try temporaryFolder()
        let data = folder.appendingPathComponent("aliased.csv").path
        try csv.write(toFile: data, atomically: true, encoding: .utf8)
        let json = folder.appendingPathComponent("fit.json").path, markdown = folder.appendingPathComponent("fit.md").path
        #expect(runCapturingErrors(["fit", "--data", data, "--formula", "y ~ x + z + g", "--format", "json", "--output", json]).code == 0)
        #expect(runCapturingErrors(["fit", "--data", data, "--formula", "y ~ x + z + g", "--output", markdown]).code == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect(document["aliased"] as? [String] == ["z"])
        #expect(document["rank"] as? Int == 3)
        let terms = (document["coefficients"] as? [[String: Any]])?.compactMap { $0["term"] as? String }
        #expect(terms == ["(Intercept)", "x", "gb"])
        let lines = try String(contentsOfFile: markdown, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(lines.map { $0.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
                == ["Term", "(Intercept)", "x", "z", "gb"])
        #expect(lines[3].contains("aliased"))
    }
}

/// Bad input: one line `FILE:LINE:COLUMN: what is wrong, and what to do`, DESIGN.md's exit code, and no output file.
@Suite struct FitCommandErrorTests {
    func run(_ extra: [String], data: String? = nil, csv: String? = nil) throws -> (code: Int32, errors: [String], wroteOutput: Bool) {
        let folder = try temporaryFolder()
        var path = data ?? Fixtures.fixture("reference/apisrs.csv").path
        if let csv {
            path = folder.appendingPathComponent("data.csv").path
            try csv.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let output = folder.appendingPathComponent("out.json").path
        let (code, errors) = runCapturingErrors(["fit", "--data", path, "--format", "json", "--output", output] + extra)
        return (code, errors, FileManager.default.fileExists(atPath: output))
    }

    @Test func missingColumnIsAUsageError() throws {
        let result = try run(["--formula", "api00 ~ partnership + meals"])
        #expect(result.code == 64)
        #expect(result.errors.count == 1)
        #expect(result.errors[0].contains("partnership"))
        #expect(!result.wroteOutput)
    }

    @Test func formulaThatDoesNotParseIsAUsageError() throws {
        let result = try run(["--formula", "api00 ~ meals +"])
        #expect(result.code == 64)
        #expect(result.errors.count == 1 && result.errors[0].contains("expected a term after '+' at column 15"))
        #expect(!result.wroteOutput)
    }

    @Test func textInANumericColumnPointsAtTheCell() throws {
        let csv = "y,x\n1,2\n2,3\n3,abc\n4,5\n5,7\n"
        let result = try run(["--formula", "y ~ x"], csv: csv)
        #expect(result.code == 65)
        #expect(result.errors.count == 1)
        #expect(result.errors[0].contains("data.csv:4:2: column 'x' has the text value 'abc'"))
        #expect(!result.wroteOutput)
    }

    @Test func naTokenTurnsTheTextIntoAMissingValue() throws {
        let csv = "y,x\n1,2\n2,3\n3,abc\n4,5\n5,7\n"
        let result = try run(["--formula", "y ~ x", "--na", "abc"], csv: csv)
        #expect(result.code == 0)
        #expect(result.wroteOutput)
    }

    @Test func noRowsLeftAfterDroppingMissingValues() throws {
        let csv = "y,x\n1,NA\n2,\n3,*\n"
        let result = try run(["--formula", "y ~ x"], csv: csv)
        #expect(result.code == 65)
        #expect(result.errors.count == 1 && result.errors[0].contains("no rows left"))
        #expect(!result.wroteOutput)
    }

    @Test func fewerRowsThanCoefficients() throws {
        let csv = "y,x,z\n1,2,5\n2,3,1\n"
        let result = try run(["--formula", "y ~ x + z"], csv: csv)
        #expect(result.code == 65)
        #expect(result.errors.count == 1)
        #expect(!result.wroteOutput)
    }

    @Test func missingFileExits66() throws {
        let result = try run(["--formula", "y ~ x"], data: "/no/such/file.csv")
        #expect(result.code == 66)
        #expect(result.errors == ["cannot open /no/such/file.csv: No such file or directory; check the path"])
        #expect(!result.wroteOutput)
    }

    @Test func unknownCovarianceIsAUsageError() throws {
        let result = try run(["--formula", "api00 ~ meals", "--vcov", "HC4"])
        #expect(result.code == 64)
        #expect(result.errors.count == 1 && result.errors[0].contains("HC4"))
    }

    @Test func failedRunLeavesAnExistingOutputUntouched() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("out.json").path
        try "previous".write(toFile: output, atomically: true, encoding: .utf8)
        let (code, _) = runCapturingErrors(["fit", "--data", Fixtures.fixture("reference/apisrs.csv").path,
                                            "--formula", "api00 ~ nothing", "--output", output])
        #expect(code == 64)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["out.json"])
    }
}
