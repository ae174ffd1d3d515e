import Testing
import TestSupport
@testable import Education

@Suite struct SchoolNameTests {
    @Test func normalizationIgnoresCasePunctuationAndSpacing() {
        #expect(SchoolNameRules.normalize("Tracy (Wilbur) High (Continuation)") == "tracy wilbur high continuation")
        #expect(SchoolNameRules.normalize("  Mt.  Pleasant-High ") == "mt pleasant high")
        #expect(SchoolNameRules.normalize("YES, Youth Empowerment") == "yes youth empowerment")
        // Abbreviations are not expanded (see SchoolNameRules): these stay different names.
        #expect(SchoolNameRules.normalize("Mt. Pleasant High") != SchoolNameRules.normalize("Mount Pleasant High"))
    }

    @Test func aNameThatFillsItsFieldMatchesByPrefix() {
        let rules = SchoolNameRules()
        let cut = NormalizedName("Alameda County Office of Educa", width: rules.districtWidth)
        let whole = NormalizedName("Alameda County Office of Education", width: rules.districtWidth)
        #expect(cut.mayBeTruncated)
        #expect(SchoolNameRules.namesAgree(cut, whole))
        // A short name is complete: it must match whole, not as a prefix.
        let short = NormalizedName("Alameda", width: rules.districtWidth)
        #expect(!SchoolNameRules.namesAgree(short, whole))
    }

    @Test func defaultWidthsAreTheLayoutsWidths() throws {
        // The widths the rules assume are the ones CDE's 2012 Base record layout gives SNAME, DNAME and CNAME.
        let layout = try RecordLayout.read(file: RealAPIFiles.baseLayoutPath)
        #expect(SchoolNameRules(layout: layout) == SchoolNameRules())
    }

    @Test func matcherSeparatesMatchedAmbiguousAndUnmatched() throws {
        let candidates = [
            SchoolName(school: "Lincoln Elementary", district: "Alpha Unified", county: "Kern"),
            SchoolName(school: "Lincoln Elementary", district: "Alpha Unified", county: "Kern"),
            SchoolName(school: "Washington Middle", district: "Beta City Unified", county: "Kern"),
            SchoolName(school: "Adams High", district: "Gammaville Joint Union High School District", county: "Kern"),
            SchoolName(school: "Adams High", district: "Delta Unified", county: "Kern"),
        ]
        let keyed: [(cds: CDSCode, name: SchoolName)] = [
            (CDSCode("15000000000001")!, SchoolName(school: "LINCOLN ELEMENTARY", district: "Alpha Unified", county: "Kern")),
            (CDSCode("15000000000002")!, SchoolName(school: "Washington Middle", district: "Beta Unified", county: "Kern")),
            (CDSCode("15000000000003")!, SchoolName(school: "Adams High", district: "Gammaville Joint Union High Sc", county: "Kern")),
            (CDSCode("15000000000004")!, SchoolName(school: "Adams High", district: "Delta Unified", county: "Kern")),
        ]
        let report = SchoolNameMatcher.match(schools: keyed, candidates: candidates)
        #expect(report.entries[0].outcome == .ambiguous(rows: [0, 1]))
        // A renamed district is not guessed: the candidate is only shown.
        #expect(report.entries[1].outcome == .unmatched(sameNameElsewhere: [2]))
        // "Gammaville Joint Union High Sc" fills the 30-character field, so it may be the start of the full name.
        #expect(report.entries[2].outcome == .matched(row: 3, byTruncation: true))
        #expect(report.entries[3].outcome == .matched(row: 4, byTruncation: false))
        #expect(report.matchedCount == 2 && report.ambiguousCount == 1 && report.unmatchedCount == 1)
        #expect(report.matchedByTruncationCount == 1)
    }
}
