import Testing
@testable import Regression

/// Formula meaning against R's `terms()` (reference: `model-matrix-reference.json`, `terms_cases`).
@Suite struct FormulaTests {
    @Test(arguments: ModelMatrixReference.shared.terms_cases.map(\.formula))
    func termsMatchR(_ text: String) throws {
        let reference = try #require(ModelMatrixReference.shared.terms_cases.first { $0.formula == text })
        let formula = try Formula.parse(text)
        #expect(formula.termLabels == reference.term_labels)
        #expect(formula.hasIntercept == reference.intercept)
        #expect([formula.response.name] + formula.variables.map(\.name) == reference.variables)
        // R's factor pattern has a row per variable, the response first; ours is keyed by right-hand-side variable.
        let codes = Contrasts.termCodes(formula.terms).map { term in
            [0] + formula.variables.indices.map { v in
                switch term[v] {
                case nil: return 0
                case .contrasts: return 1
                case .indicators: return 2
                }
            }
        }
        #expect(codes == reference.factors)
    }

    @Test func variablesKnowTheirKindAndColumns() throws {
        let formula = try Formula.parse("api00 ~ meals + I(meals * ell) + log(enroll + 1) + factor(cnum) + `odd name`")
        #expect(formula.variables.map(\.kind) == [
            .column("meals"),
            .computed(.call(.identity, .binary(.times, .column("meals"), .column("ell")))),
            .computed(.call(.log, .binary(.plus, .column("enroll"), .number(1)))),
            .factor("cnum"),
            .column("odd name"),
        ])
        #expect(formula.variables.map(\.name)
            == ["meals", "I(meals * ell)", "log(enroll + 1)", "factor(cnum)", "`odd name`"])
        #expect(formula.columns == ["api00", "meals", "ell", "enroll", "cnum", "odd name"])
        #expect(formula.response == FormulaVariable(.column("api00")))
    }

    @Test func labelsListVariablesInOrderOfFirstAppearance() throws {
        // R: attr(terms(api00 ~ meals + stype + stype:meals), "term.labels") is meals, stype, meals:stype.
        #expect(try Formula.parse("api00 ~ meals + stype + stype:meals").termLabels == ["meals", "stype", "meals:stype"])
        #expect(try Formula.parse("api00 ~ stype:meals + meals").termLabels == ["meals", "stype:meals"])
    }

    @Test func namesWithDotsUnderscoresAndBackquotes() throws {
        let formula = try Formula.parse("api.stu ~ sch.wide + pct_resp + `comp imp` + `acs.k3`")
        #expect(formula.response.name == "api.stu")
        #expect(formula.termLabels == ["sch.wide", "pct_resp", "`comp imp`", "acs.k3"])
        #expect(formula.columns == ["api.stu", "sch.wide", "pct_resp", "comp imp", "acs.k3"])
    }

    @Test func doubleStarIsPowerAsInR() throws {
        #expect(try Formula.parse("y ~ I(x**2)").termLabels == ["I(x^2)"])
    }

    @Test func spacingIsIrrelevant() throws {
        let tight = try Formula.parse("api00~meals*stype+I(meals^2)-1")
        let loose = try Formula.parse("  api00 ~ meals * stype + I( meals ^ 2 ) - 1 ")
        #expect(tight.terms == loose.terms)
        #expect(tight.variables == loose.variables)
        #expect(tight.hasIntercept == false)
    }

    /// Each formula and the exact one-line message it gives.
    static let errors: [(String, String)] = [
        ("api12 ~ meals +",
         #"formula "api12 ~ meals +": expected a term after '+' at column 15; add a term after it or remove the '+'"#),
        ("",
         #"formula "": the formula is empty; write it as 'response ~ terms', e.g. 'api00 ~ meals + ell'"#),
        ("api00 meals",
         #"formula "api00 meals": a formula needs a '~' between the response and the terms; write it as 'response ~ terms', e.g. 'api00 ~ meals'"#),
        ("~ meals",
         #"formula "~ meals": a response is required before '~' at column 1; write the formula as 'response ~ terms', e.g. 'api00 ~ meals'"#),
        ("api00 ~ ",
         #"formula "api00 ~ ": expected a term after '~' at column 7; write the terms after '~', or 1 for a model with only an intercept"#),
        ("api00 ~ meals ~ ell",
         #"formula "api00 ~ meals ~ ell": a formula has only one '~' at column 15; write one response on the left and the terms on the right"#),
        ("api00 ~ (meals + ell",
         #"formula "api00 ~ (meals + ell": '(' is never closed at column 9; add the matching ')'"#),
        ("api00 ~ meals + ell)",
         #"formula "api00 ~ meals + ell)": unexpected ')' at column 20; remove it or add the matching '('"#),
        ("api00 ~ meals ell",
         #"formula "api00 ~ meals ell": unexpected 'ell' at column 15; join terms with an operator such as '+', and write a name containing spaces in backquotes, e.g. `odd name`"#),
        ("api00 ~ meals, ell",
         #"formula "api00 ~ meals, ell": unexpected ',' at column 14; separate terms with '+'"#),
        ("api00 ~ meals^2",
         #"formula "api00 ~ meals^2": '^' between terms makes interactions, so a single term to a power is just that term at column 14; to square a column write I(meals^2)"#),
        ("api00 ~ (meals + ell)^1",
         #"formula "api00 ~ (meals + ell)^1": the power after '^' must be a whole number of at least 2 at column 22; e.g. (a + b + c)^2 for all two-way interactions; to raise a column to a power write I(x^2)"#),
        ("api00 ~ poly(meals, 2)",
         #"formula "api00 ~ poly(meals, 2)": the function 'poly' is not supported at column 9; formulas may use I(), log(), log2(), log10(), exp(), sqrt(), abs() and factor()"#),
        ("api00 ~ log(meals, 2)",
         #"formula "api00 ~ log(meals, 2)": log() takes exactly one argument at column 9; write arithmetic inside one argument, e.g. I(meals * ell)"#),
        ("api00 ~ I()",
         #"formula "api00 ~ I()": I() takes exactly one argument at column 9; write the expression inside the parentheses"#),
        ("api00 ~ I(meals + )",
         #"formula "api00 ~ I(meals + )": expected a value after '+' at column 17; add a value after it or remove the '+'"#),
        ("api00 ~ I(meals:ell)",
         #"formula "api00 ~ I(meals:ell)": ':' is not arithmetic at column 16; inside I() and functions use + - * / ^"#),
        ("api00 ~ meals + 2",
         #"formula "api00 ~ meals + 2": the number 2 cannot be a term at column 17; only 1 (keep the intercept) and 0 (remove it) stand alone; for arithmetic use I(), e.g. I(2 * meals)"#),
        ("api00 ~ .",
         #"formula "api00 ~ .": '.' (all other columns) is not supported at column 9; list the columns you want"#),
        ("api00 ~ meals + api00",
         #"formula "api00 ~ meals + api00": the response 'api00' also appears on the right-hand side at column 17; remove it from the terms"#),
        ("api00 ~ meals:api00",
         #"formula "api00 ~ meals:api00": the response 'api00' also appears on the right-hand side at column 15; remove the interaction that involves it"#),
        ("factor(api00) ~ meals",
         #"formula "factor(api00) ~ meals": the response cannot be a factor at column 1; a linear model needs a numeric response"#),
        ("2 ~ meals",
         #"formula "2 ~ meals": the response must involve a column at column 1; write the response column before '~'"#),
        ("api00 ~ factor(meals + 1)",
         #"formula "api00 ~ factor(meals + 1)": factor() takes one column name at column 9; write e.g. factor(cnum)"#),
        ("api00 ~ I(factor(cnum))",
         #"formula "api00 ~ I(factor(cnum))": factor() cannot be used inside an expression at column 11; use factor(column) as a term of its own"#),
        ("api00 ~ `odd name",
         #"formula "api00 ~ `odd name": the backquoted name is never closed at column 9; add the closing '`'"#),
        ("api00 ~ meals $ ell",
         #"formula "api00 ~ meals $ ell": unexpected character '$' at column 15; write a column name with unusual characters in backquotes, e.g. `odd name`"#),
        ("api00 ~ meals %o% ell",
         #"formula "api00 ~ meals %o% ell": the operator '%o%' is not supported at column 15; formulas use + - * / : ^ and %in%"#),
        ("api00 ~ meals + \"ell\"",
         #"formula "api00 ~ meals + "ell"": quoted text is not allowed in a formula at column 17; write a column name with unusual characters in backquotes, e.g. `odd name`"#),
        ("api00 ~ 2meals",
         #"formula "api00 ~ 2meals": '2m' is neither a number nor a name at column 9; a column name must start with a letter; write other names in backquotes"#),
    ]

    @Test(arguments: errors.indices)
    func parseErrorsSayWhereAndWhat(_ index: Int) throws {
        let (text, message) = Self.errors[index]
        let error = try #require(throws: FormulaError.self) { try Formula.parse(text) }
        #expect(error.description == message)
    }
}
