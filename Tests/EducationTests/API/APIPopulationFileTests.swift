import Testing
import TestSupport
@testable import Education

// Expected numbers: `python3 Tests/Fixtures/scripts/api_reference_counts.py` (Python csv module).
@Suite struct APIPopulationFileTests {
    @Test func readsApipop() throws {
        let pop = try RealAPIFiles.apipop.get()
        #expect(pop.schools.rowCount == 6194)  // "apipop rows 6194 ABC 28"
        #expect(pop.rows(cdsPrefix: LaggedMergeOptions.abcUnified).count == 28)
        #expect(pop.years == [1999, 2000])
        #expect(pop.cds.first?.digits == "01611190130229")
        #expect(try pop.api(year: 1999).allSatisfy { $0 != nil })  // "apipop missing api99 0"
        #expect(pop.missing["acs.k3"] == 1823)  // "apipop missing acs.k3 1823 mobility 4"
        #expect(pop.missing["mobility"] == 4)
        #expect(throws: EducationError.self) { try pop.api(year: 2001) }
    }
}
