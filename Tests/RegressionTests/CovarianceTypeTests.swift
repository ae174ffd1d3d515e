import Testing
@testable import Regression

@Suite("CovarianceType parsing")
struct CovarianceTypeTests {
    @Test("the command line's spellings", arguments: [
        ("classical", CovarianceType.classical), ("HC0", .hc0), ("HC1", .hc1), ("hc2", .hc2), ("HC3", .hc3),
        ("CR1:dnum", .clustered(column: "dnum", adjustment: .cr1)),
        ("cr2:cds code", .clustered(column: "cds code", adjustment: .cr2)),
    ])
    func parses(text: String, expected: CovarianceType) throws {
        #expect(try CovarianceType(parsing: text) == expected)
    }

    @Test("round trip through the printed form")
    func roundTrip() throws {
        for type in [CovarianceType.classical, .hc0, .hc1, .hc2, .hc3, .clustered(column: "dnum", adjustment: .cr2)] {
            #expect(try CovarianceType(parsing: type.description) == type)
        }
        #expect(CovarianceType.clustered(column: "dnum", adjustment: .cr1).description == "CR1:dnum")
    }

    @Test("anything else is a usage error that lists the accepted forms", arguments: ["HC4", "robust", "", "CR3:dnum", "CR1", "CR2:"])
    func rejects(text: String) {
        let error = #expect(throws: RegressionError.self) { try CovarianceType(parsing: text) }
        #expect(error?.kind == .usage)
        #expect(error?.description.contains("\n") == false)
    }
}
