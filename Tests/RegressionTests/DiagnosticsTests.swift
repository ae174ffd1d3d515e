import Testing
import TestSupport
@testable import Regression

@Suite("Diagnostics against R")
struct DiagnosticsTests {
    // R 4.2.2 hatvalues(m) (fit_reference.R; zero-weight rows, which R omits, are 0 in the reference).
    @Test("hat values", arguments: referenceCaseIDs)
    func hatValues(id: String) throws {
        let reference = ReferenceFitFile.fitCase(id)
        let hat = try reference.fit().hatValues()
        #expect(allAgree(hat, reference.expect.hat, absolute: 1e-14))
        // The trace of the hat matrix is the rank.
        #expect(agrees(hat.reduce(0, +), Double(reference.expect.rank), relative: 1e-12))
    }

    // R 4.2.2 cooks.distance(m), weighted fits included.
    @Test("Cook's distances", arguments: referenceCaseIDs)
    func cooksDistance(id: String) throws {
        let reference = ReferenceFitFile.fitCase(id)
        let cooks = try reference.fit().cooksDistance()
        #expect(allAgree(cooks, reference.expect.cooks, absolute: 1e-14))
    }

    // R: b · sd(x)/sd(y) as lm.beta computes it (weighted standard deviations for weighted fits); fit_reference.R.
    @Test("standardized (beta) coefficients", arguments: referenceCaseIDs)
    func standardizedCoefficients(id: String) throws {
        let reference = ReferenceFitFile.fitCase(id)
        let beta = try reference.fit().standardizedCoefficients
        #expect(beta.count == reference.expect.beta.count)
        for (actual, expected) in zip(beta, reference.expect.beta) {
            if let expected {
                #expect(agrees(try #require(actual), expected), "\(id): \(String(describing: actual)) vs \(expected)")
            } else {
                #expect(actual == nil)
            }
        }
    }

    // R: car::vif(m) (car 3.1-1, type = "terms"): GVIF, Df, GVIF^(1/(2 Df)); a factor term (stype) has Df 2.
    @Test("variance inflation factors per term, GVIF for factors", arguments: referenceCaseIDs.filter {
        ReferenceFitFile.fitCase($0).expect.vif != nil
    })
    func varianceInflation(id: String) throws {
        let reference = ReferenceFitFile.fitCase(id)
        let expected = try #require(reference.expect.vif)
        let actual = try reference.fit().varianceInflationFactors()
        #expect(actual.map(\.term) == expected.map(\.term))
        for (a, e) in zip(actual, expected) {
            #expect(agrees(a.gvif, e.gvif), "\(id) \(a.term): \(a.gvif) vs \(e.gvif)")
            #expect(a.columnCount == e.df)
            #expect(agrees(a.adjusted, e.adjusted))
        }
    }

    @Test("VIF with a single term is 1, and aliased columns are left out")
    func vifEdgeCases() throws {
        let single = try ReferenceFitFile.fitCase("srs-wls-poverty").fit().varianceInflationFactors()
        #expect(single.map(\.term) == ["meals"])
        #expect(agrees(single[0].gvif, 1, relative: 1e-14))
        let aliased = try ReferenceFitFile.fitCase("srs-aliased").fit().varianceInflationFactors()
        #expect(aliased.map(\.term) == ["meals", "ell", "api99", "stypeE", "stypeH"])
    }
}
