import Testing
@testable import Reporting

/// The wording of effects: honest about intervals, never causal, numbers as readers expect them.
@Suite struct BoardReportTextTests {
    @Test func intervalIncludingZeroIsSaidPlainly() {
        // Model (2) of the shipped report, rounded (R: 7.891, HC3 interval -27.82 to 43.61, p = 0.653).
        let sentence = BoardReportText.association(
            unitPhrase: "whose PAL index was one point higher", outcomePhrase: "2012 API scores", controls: ["poverty"],
            estimate: 7.891, low: -27.82, high: 43.61, pValue: 0.653, level: 0.95)
        #expect(sentence == "Holding poverty constant, schools whose PAL index was one point higher had 2012 API scores "
            + "about 7.9 points higher (95% interval -27.8 to 43.6 points; p = 0.653). The interval includes zero, so "
            + "these data cannot tell whether such schools score higher, lower or the same.")
    }

    @Test func negativeAndClearEffectsAreWorded() {
        let lower = BoardReportText.association(unitPhrase: "with 10 points more poverty", outcomePhrase: "API",
                                                controls: [], estimate: -17.7, low: -18.2, high: -17.2, pValue: 1e-300,
                                                level: 0.9)
        #expect(lower.hasPrefix("Schools with 10 points more poverty had API about 17.7 points lower (90% interval"))
        #expect(lower.contains("p < 0.001"))
        #expect(lower.contains("below zero") && lower.contains("does not show that one causes the other"))
        let higher = BoardReportText.association(unitPhrase: "x", outcomePhrase: "y", controls: ["a", "b", "c"],
                                                 estimate: 2, low: 1, high: 3, pValue: 0.01, level: 0.95)
        #expect(higher.hasPrefix("Holding a, b and c constant, schools x had y about 2.0 points higher"))
        #expect(higher.contains("above zero"))
        #expect(!higher.contains("cause ") && !higher.contains("caused"))
    }

    @Test func countsAndLevels() {
        #expect(BoardReportText.count(9595) == "9,595")
        #expect(BoardReportText.count(28) == "28")
        #expect(BoardReportText.count(1_234_567) == "1,234,567")
        #expect(BoardReportText.percent(0.95) == "95%")
        #expect(BoardReportText.percent(0.975) == "97.5%")
        #expect(BoardReportText.pValue(0.0004) == "p < 0.001")
    }

    @Test func commandLineQuotesWhatTheShellWouldSplit() {
        #expect(BoardReportMarkdown.shellQuoted("pal-2011.csv") == "pal-2011.csv")
        #expect(BoardReportMarkdown.shellQuoted("my survey.csv") == "'my survey.csv'")
        #expect(BoardReportMarkdown.shellQuoted("it's.csv") == "'it'\\''s.csv'")
    }
}
