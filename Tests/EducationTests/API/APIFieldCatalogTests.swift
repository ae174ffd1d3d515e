import DataTable
import Testing
import TestSupport
@testable import Education

// Expected numbers: a Python csv count of the X marks per year, and the independent resolution in
// `Tests/Fixtures/scripts/api_reference_counts.py` ("base 2012 layout: resolved 129 api -> API12B", ...).
@Suite struct APIFieldCatalogTests {
    @Test func readsFieldsByYear() throws {
        let base = try APIFieldCatalog.read(file: RealAPIFiles.baseCatalogPath)
        let growth = try APIFieldCatalog.read(file: RealAPIFiles.growthCatalogPath)
        #expect(base.years == Array(2000...2013))
        #expect(base.fields(year: 2012).count == 151)
        #expect(base.fields(year: 2013).isEmpty)  // no 2013 Base file on the list
        #expect(growth.fields(year: 2012).count == 179)
        #expect(growth.fields(year: 2004).count == 104)  // 105 rows, one name listed twice
    }

    @Test func resolvesThe2012BaseLayout() throws {
        let catalog = try APIFieldCatalog.read(file: RealAPIFiles.baseCatalogPath)
        let layout = try RecordLayout.read(file: RealAPIFiles.baseLayoutPath)
        let resolution = APIFieldResolution(catalog: catalog, year: 2012, columnNames: layout.fields.map(\.name))
        #expect(resolution.columns.count == 129)
        #expect(resolution.columns["api"] == "API12B")
        #expect(resolution.columns["meals"] == "MEALS")
        #expect(resolution.columns["aa_api"] == "AA_API")
        // The catalog writes grades 9-11 as `911`, the layout as `91`: no rule says they are the same, so unresolved.
        #expect(resolution.unresolved.count == 22)
        #expect(resolution.unresolved.contains("pcst_e911") && resolution.unresolved.contains("id"))
        #expect(resolution.unclaimed.count == 21 && resolution.unclaimed.contains("PCST_E91"))
    }

    @Test func resolvesThe2012GrowthFieldsByYearInTheirNames() throws {
        let catalog = try APIFieldCatalog.read(file: RealAPIFiles.growthCatalogPath)
        let layout = try RecordLayout.read(file: RealAPIFiles.growthLayoutPath)
        let resolution = APIFieldResolution(catalog: catalog, year: 2012, columnNames: layout.fields.map(\.name))
        #expect(resolution.columns["api_growth"] == "API12")
        #expect(resolution.columns["api_base"] == "API11")
        #expect(resolution.columns["valid"] == "VALID")
        #expect(resolution.unclaimed.isEmpty)
        // The same catalog read for 2013 looks for API13 and API12.
        let next = APIFieldResolution(catalog: catalog, year: 2013, columnNames: ["CDS", "API13", "API12"])
        #expect(next.columns["api_growth"] == "API13" && next.columns["api_base"] == "API12")
    }

    @Test func loadsTheShippedBaseFileByYear() throws {
        let catalog = try APIFieldCatalog.read(file: RealAPIFiles.baseCatalogPath)
        let file = try APIYearFile.read(file: RealAPIFiles.basePath, kind: .base, year: 2012, catalog: catalog)
        let base = try RealAPIFiles.base.get()
        #expect(file.schools.rowCount == 9137 && file.summaries.rowCount == 981)
        #expect(file.column(.api) == "API12B")
        #expect(try file.measure(.api) == base.api())
        #expect(try file.measure(.meals) == base.numbers("MEALS"))
        #expect(try file.codes(field: "st_rank")["C"] == 99)  // Python: Counter of non-digit ST_RANK, C: 99 (all rows are schools)
        // The reduced file has no VALID column: asking for it says so rather than guessing.
        #expect(throws: EducationError.self) { try file.measure(.validScores) }
        #expect(throws: EducationError.self) {
            try APIYearFile.read(file: RealAPIFiles.basePath, kind: .base, year: 2013, catalog: catalog)
        }
    }
}
