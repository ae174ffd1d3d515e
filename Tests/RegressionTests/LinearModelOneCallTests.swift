import DataTable
import Foundation
import LinearAlgebra
import Testing
import TestSupport
@testable import Regression

/// The one-call API (`LinearModel.fit(_:data:weights:covariance:)`, `fit(x:y:)`) and what a fit answers: `coef`,
/// `stderror`, `confint`, `predict(newData:)`, `waldTest`.
///
/// Expected numbers: `Tests/Fixtures/reference/library-api-reference.json`, written by R 4.2.2 with sandwich 3.0.2
/// (`Tests/Fixtures/scripts/library_api_reference.R`) from the same apistrat/apisrs files.
@Suite struct LinearModelOneCallTests {
    static var reference: [String: Any] {
        let data = try! Data(contentsOf: Fixtures.fixture("reference/library-api-reference.json"))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static func numbers(_ key: String) -> [Double] { (reference[key] as! [Any]).map { ($0 as! NSNumber).doubleValue } }

    static func expectClose(_ actual: [Double], _ key: String, relative: Double = 1e-10) {
        let expected = numbers(key)
        #expect(actual.count == expected.count, "\(key): \(actual.count) values, R has \(expected.count)")
        for (a, e) in zip(actual, expected) { #expect(agrees(a, e, relative: relative, absolute: 1e-9), "\(key): \(a) vs R \(e)") }
    }

    @Test func oneCallHC3MatchesR() throws {
        let strat = try ReferenceData.table("apistrat.csv")
        let fit = try LinearModel.fit("api00 ~ api99 + meals + factor(stype)", data: strat, covariance: .hc3)
        #expect(fit.coefnames == (Self.reference["names"] as! [String]))
        Self.expectClose(fit.coef, "coef")
        Self.expectClose(fit.stderror, "hc3_se")
        let intervals = try fit.confint()
        Self.expectClose(intervals.map(\.lower), "hc3_conf_low")
        Self.expectClose(intervals.map(\.upper), "hc3_conf_high")
        #expect(agrees(fit.r2, Self.reference["r2"] as! Double))
        #expect(agrees(fit.adjr2, Self.reference["adjr2"] as! Double))
        #expect(fit.nobs == 200 && fit.dofResidual == 195)
        #expect(fit.covarianceType == .hc3)
        #expect(fit.coeftable.rows.map(\.standardError) == Array(fit.stderror))
    }

    @Test func predictionsOnNewDataMatchR() throws {
        let strat = try ReferenceData.table("apistrat.csv")
        let srs = try ReferenceData.table("apisrs.csv")
        let fit = try LinearModel.fit("api00 ~ api99 + meals + factor(stype)", data: strat)
        let predictions = try fit.predict(newData: srs)
        Self.expectClose(predictions.prefix(25).map { $0 ?? .nan }, "predict_srs_rows_1_25")
        // The training data predict their own fitted values.
        let own = try fit.predict(newData: strat).map { $0! }
        for (p, f) in zip(own, fit.fitted) { #expect(abs(p - f) <= 1e-9 * abs(f)) }
    }

    @Test func anUnseenFactorLevelIsAClearError() throws {
        let strat = try ReferenceData.table("apistrat.csv")
        let fit = try LinearModel.fit("api00 ~ meals + stype", data: strat)
        let new = try CSVReader.read(text: "meals,stype\n10,E\n20,K\n", source: "new.csv")
        let error = #expect(throws: DataError.self) { try fit.predict(newData: new) }
        #expect(error?.description.contains("new.csv:3") == true)
        #expect(error?.description.contains("'K'") == true)
        #expect(error?.description.contains("E, H, M") == true)
        let missing = try CSVReader.read(text: "meals,stype\nNA,E\n20,M\n", source: "new.csv")
        let predictions = try fit.predict(newData: missing)
        #expect(predictions[0] == nil && predictions[1] != nil)
    }

    @Test func waldTestsOfWrittenHypothesesMatchR() throws {
        let strat = try ReferenceData.table("apistrat.csv")
        let fit = try LinearModel.fit("api00 ~ api99 + meals + ell + stype", data: strat, covariance: .hc3)
        for (text, key) in [("meals = 0, ell = 0", "wald_meals_ell_hc3"),
                            ("api99 + meals = 1", "wald_api99_plus_meals_eq_1_hc3"),
                            ("2*meals = ell", "wald_2meals_eq_ell_hc3"),
                            ("2 * meals - ell = 0", "wald_2meals_eq_ell_hc3")] {
            let test = try fit.waldTest(text)
            let f = test.fStatistic
            Self.expectClose([f.value, f.numeratorDegreesOfFreedom, f.denominatorDegreesOfFreedom, test.pValue], key,
                             relative: 1e-9)
        }
        let clustered = try LinearModel.fit("api00 ~ api99 + meals + ell + stype", data: strat,
                                            covariance: .clustered(column: "dnum", adjustment: .cr1))
        let test = try clustered.waldTest("meals = 0; ell = 0")
        Self.expectClose([test.fStatistic.value, test.fStatistic.numeratorDegreesOfFreedom,
                          test.fStatistic.denominatorDegreesOfFreedom, test.pValue], "wald_meals_ell_cr1_dnum",
                         relative: 1e-9)
    }

    @Test func badHypothesesSayWhatIsWrong() throws {
        let strat = try ReferenceData.table("apistrat.csv")
        let fit = try LinearModel.fit("api00 ~ api99 + meals", data: strat)
        for (text, words) in [("mels = 0", "did you mean 'meals'"), ("meals * api99 = 0", "linear"),
                              ("meals = 0, meals = 0", "not linearly independent"), ("", "empty"),
                              ("meals = 0 = 1", "more than one '='"), ("3 = 1", "names no coefficient")] {
            let error = #expect(throws: RegressionError.self) { try fit.waldTest(text) }
            #expect(error?.kind == .usage)
            #expect(error?.description.contains(words) == true, "\(text): \(error?.description ?? "")")
        }
    }

    @Test func aPlainMatrixFitMatchesLmFit() throws {
        let strat = try ReferenceData.table("apistrat.csv")
        let design = try DesignMatrix.build(formula: "api00 ~ api99 + meals + factor(stype)", data: strat)
        let fit = try LinearModel.fit(x: design.matrix, y: design.response, covariance: .hc3)
        Self.expectClose(fit.coef, "lm_fit_coef")
        Self.expectClose(fit.stderror, "hc3_se")
        #expect(fit.coefnames == ["(Intercept)", "x2", "x3", "x4", "x5"])
        #expect(agrees(fit.r2, Self.reference["r2"] as! Double))
        let error = #expect(throws: RegressionError.self) {
            try LinearModel.fit(x: design.matrix, y: design.response, covariance: .clustered(column: "d", adjustment: .cr1))
        }
        #expect(error?.description.contains("clusters") == true)
    }

    @Test func aliasedColumnsAreNaNInEveryArray() throws {
        let table = try CSVReader.read(text: "y,a,b\n1,1,2\n2,2,4\n4,3,6\n3,4,8\n5,5,10\n")
        let fit = try LinearModel.fit("y ~ a + b", data: table)
        #expect(fit.isAliased == [false, false, true])
        #expect(fit.coef[2].isNaN && fit.stderror[2].isNaN)
        #expect(try fit.confint()[2].lower.isNaN)
        #expect(fit.description.contains("b") && fit.description.contains("NA"))
    }

    @Test func theSummaryReadsLikeSummaryLm() throws {
        let strat = try ReferenceData.table("apistrat.csv")
        let fit = try LinearModel.fit("api00 ~ api99 + meals + factor(stype)", data: strat, covariance: .hc3)
        let text = fit.description
        #expect(text.hasPrefix("Linear model: api00 ~ api99 + meals + factor(stype)"))
        #expect(text.contains("Coefficients (standard errors: HC3 (heteroskedasticity-robust, jackknife)):"))
        // R: summary(m) prints the estimate 102.78896 and, under HC3, the standard error 29.486.
        #expect(text.contains("102.789"))
        #expect(text.contains("29.486"))
        #expect(text.contains("Residual standard error:"))
        #expect(text.contains("on 195 degrees of freedom"))
        #expect(text.contains("Multiple R-squared: 0.9606"))
        #expect(text.contains("Wald F-statistic (HC3)"))
        #expect(!text.contains("LinearModelFit("))
    }
}
