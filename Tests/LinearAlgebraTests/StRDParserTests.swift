import Testing
import TestSupport

/// The StRD reader in TestSupport, checked against what the files' headers say.
struct StRDParserTests {
    @Test func readsFilip() throws {
        let filip = try StRDDataset.load("Filip")
        #expect(filip.name == "Filip")
        #expect(filip.model == .polynomial(degree: 10) && filip.hasIntercept)
        #expect(filip.response.count == 82 && filip.predictors.count == 1)
        #expect(filip.certifiedCoefficients.count == 11)
        #expect(filip.certifiedCoefficients[0] == -1467.48961422980)
        #expect(filip.certifiedStandardErrors[10] == 0.896632837373868E-05)
        #expect(filip.certifiedResidualStandardDeviation == 0.334801051324544E-02)
        #expect(filip.certifiedRSquared == 0.996727416185620)
        #expect(filip.response.first == 0.8116 && filip.predictors[0].last == -3.2644011)
        #expect(filip.designColumns.count == 11)
    }

    @Test func readsOtherModels() throws {
        let longley = try StRDDataset.load("Longley")
        #expect(longley.model == .multiple(predictors: 6) && longley.hasIntercept && longley.response.count == 16)
        let noInt = try StRDDataset.load("NoInt1")
        #expect(noInt.model == .multiple(predictors: 1) && !noInt.hasIntercept && noInt.designColumns.count == 1)
        let wampler = try StRDDataset.load("Wampler1")
        #expect(wampler.certifiedStandardErrors == Array(repeating: 0, count: 6))
        #expect(wampler.certifiedResidualStandardDeviation == 0)
        for name in StRDDataset.allNames { #expect(throws: Never.self) { try StRDDataset.load(name) } }
    }

    @Test func reportsMalformedFile() {
        #expect(throws: StRDError.self) { try StRDDataset(parsing: "NIST/ITL StRD\nnothing here\n", file: "broken.dat") }
    }
}
