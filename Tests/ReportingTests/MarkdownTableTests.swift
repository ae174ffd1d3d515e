import Testing
import TestSupport
@testable import Reporting

/// Tables are checked by rendering them with cmark-gfm (a real GFM renderer) and counting cells in the HTML.
@Suite struct MarkdownTableTests {
    @Test func pipesAndMarkupInCellsStayInTheirCell() throws {
        var table = MarkdownTable(headers: ["Term", "Estimate"])
        table.append(["meals:stypeH", "1.50"])
        table.append(["a|b *c* `d` <e>", "-2.00"])
        table.append(["x_1 [link](y)", "3.00"])
        let html = try CommonMarkRenderer.html(table.render())
        #expect(CommonMarkRenderer.count("<table>", in: html) == 1)
        #expect(CommonMarkRenderer.count("</th>", in: html) == 2)
        #expect(CommonMarkRenderer.count("</td>", in: html) == 6)
        #expect(html.contains("a|b *c* `d` &lt;e&gt;"))
        #expect(!html.contains("<em>"))
        #expect(!html.contains("<code>"))
        #expect(!html.contains("<a href"))
    }

    @Test func emptyHeaderKeepsItsColumn() throws {
        let table = MarkdownTable(headers: ["", "(1)", "(2)"], rows: [["meals", "-3.45", "-3.40"]])
        let html = try CommonMarkRenderer.html(table.render())
        #expect(CommonMarkRenderer.count("</th>", in: html) == 3)
        #expect(CommonMarkRenderer.count("</td>", in: html) == 3)
    }

    @Test func alignmentFollowsTheColumns() throws {
        let table = MarkdownTable(headers: ["Term", "Estimate"], rows: [["meals", "1"]])
        let html = try CommonMarkRenderer.html(table.render())
        #expect(html.contains("<td align=\"left\">meals</td>"))
        #expect(html.contains("<td align=\"right\">1</td>"))
    }
}

@Suite struct MarkdownTextTests {
    @Test func starsLegendRendersAsTextNotAList() throws {
        let html = try CommonMarkRenderer.html(NumberFormatting.starsLegend + "\n")
        #expect(!html.contains("<ul>"))
        #expect(!html.contains("<em>"))
        #expect(html.contains("*** p &lt; 0.001, ** p &lt; 0.01, * p &lt; 0.05."))
    }

    @Test func lineStartsCannotOpenBlocks() throws {
        for text in ["* p < 0.05", "- dropped", "+ added", "1. first", "2) second", "# heading", "> quote", "=== rule", "    code"] {
            let html = try CommonMarkRenderer.html(MarkdownText.escapeLineStart(text) + "\n")
            #expect(html.hasPrefix("<p>"), "\(text) rendered as \(html)")
        }
    }
}

@Suite struct NumberFormattingTests {
    @Test func fixedNeverPrintsNegativeZero() {
        #expect(NumberFormatting.fixed(-0.0001, decimals: 2) == "0.00")
        #expect(NumberFormatting.fixed(-1.005, decimals: 1) == "-1.0")
        #expect(NumberFormatting.fixed(.nan, decimals: 2) == "NA")
    }

    @Test func starsUseConventionalCutoffs() {
        #expect(NumberFormatting.stars(0.0009) == "***")
        #expect(NumberFormatting.stars(0.001) == "**")
        #expect(NumberFormatting.stars(0.049) == "*")
        #expect(NumberFormatting.stars(0.05) == "")
    }

    @Test func roundTripReadsBackExactly() {
        for value in [0.1, 1.0 / 3.0, 2.625778185387e-144, -829.367906039609, 200, 1e300] {
            #expect(Double(NumberFormatting.roundTrip(value)) == value)
        }
    }
}

@Suite struct JSONValueTests {
    @Test func keysKeepTheirOrderAndStringsAreEscaped() {
        let doc = JSONValue.object([("b", .integer(1)), ("a", .string("q\"\\\n\u{1}")), ("c", .array([.number(0.1), .null]))])
        #expect(doc.rendered(indent: 0) == #"{"b":1,"a":"q\"\\\n\u0001","c":[0.1,null]}"#)
    }

    @Test func nonFiniteNumbersBecomeNull() {
        #expect(JSONValue.array([.number(.infinity), .number(.nan)]).rendered(indent: 0) == "[null,null]")
    }
}

@Suite struct SignificantDigitsTests {
    @Test func plainInTheBodyScientificInTheTails() {
        #expect(NumberFormatting.significant(829.367906039609) == "829.4")
        #expect(NumberFormatting.significant(-3.45496712736671) == "-3.455")
        #expect(NumberFormatting.significant(0.196762785152223) == "0.1968")
        #expect(NumberFormatting.significant(2.625778185387e-144) == "2.626e-144")
        #expect(NumberFormatting.significant(12345678) == "1.235e+07")
        #expect(NumberFormatting.significant(0) == "0")
    }
}
