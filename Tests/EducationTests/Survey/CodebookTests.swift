import DataTable
import Foundation
import Testing
import TestSupport
@testable import Education

/// The PAL codebook as shipped, and the codebook loader's complaints.
struct CodebookTests {
    @Test func shippedPALCodebookHasSixAreasWithThreeToFiveItemsEach() throws {
        let codebook = try Codebook.load(file: Fixtures.shipped("survey/pal-codebook.yaml").path)
        #expect(codebook.areas == SurveyArea.allCases)
        for area in SurveyArea.allCases {
            #expect((3...5).contains(codebook.items(in: area).count), "\(area)")
            #expect(codebook.items(in: area).contains { $0.isReverseCoded }, "\(area) has a reverse-coded item")
        }
        #expect(codebook.items.count == 24)
        #expect(codebook.scale == ResponseScale(minimum: 1, maximum: 5, labels: [
            "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]))
        let cul3 = try #require(codebook.item("cul3"))
        #expect(cul3.isReverseCoded && cul3.area == .culture)
        #expect(cul3.line == 27)  // "  - id: cul3" in the shipped file
        #expect(codebook.instrument.contains("illustrative"))
    }

    @Test func reverseCodingMirrorsTheScale() {
        let item = CodebookItem(id: "x", text: "t", area: .dataUse, scale: ResponseScale(minimum: 1, maximum: 5),
                                isReverseCoded: true)
        #expect([1.0, 2, 3, 4, 5].map(item.scored) == [5, 4, 3, 2, 1])
    }

    private func error(_ yaml: String) -> DataError? {
        do {
            _ = try Codebook(yaml: yaml, source: "book.yaml")
            return nil
        } catch let error as DataError {
            return error
        } catch {
            return nil
        }
    }

    private let header = """
        instrument: test
        scale: {min: 1, max: 5}
        items:

        """

    @Test func unknownAreaIsNamedAtItsLineAndColumn() throws {
        let found = try #require(error(header + "  - id: a1\n    area: cultre\n    text: Hello\n"))
        #expect(found.location == CellLocation(file: "book.yaml", line: 5, column: 11))
        #expect(found.message.contains("'cultre'") && found.message.contains("professional_development"))
    }

    @Test func misspelledKeyIsRefused() throws {
        let found = try #require(error(header + "  - id: a1\n    area: culture\n    text: Hi\n    reversed: true\n"))
        #expect(found.location.line == 7)
        #expect(found.message.contains("unknown key 'reversed'"))
    }

    @Test func yamlSyntaxErrorsCarryTheParsersPlace() throws {
        let found = try #require(error("instrument: x\nitems:\n  - id: [a\n"))
        #expect(found.location.file == "book.yaml" && found.location.line != nil)
        #expect(found.message.contains("not valid YAML"))
    }

    @Test func duplicateIdsPointAtBothLines() throws {
        let yaml = header + "  - {id: a1, area: culture, text: A}\n  - {id: a1, area: resources, text: B}\n"
        let found = try #require(error(yaml))
        #expect(found.location.line == 5)
        #expect(found.message.contains("first on line 4"))
    }

    @Test func labelsMustMatchTheAnswers() throws {
        let yaml = "instrument: t\nscale: {min: 1, max: 4, labels: [a, b, c]}\nitems:\n  - {id: a1, area: culture, text: A}\n"
        let found = try #require(error(yaml))
        #expect(found.location.line == 2)
        #expect(found.message.contains("3 labels for the 4 answers"))
    }

    @Test func everyItemSharesOneScale() throws {
        let yaml = header + "  - {id: a1, area: culture, text: A}\n  - {id: a2, area: culture, text: B, scale: {min: 1, max: 7}}\n"
        let found = try #require(error(yaml))
        #expect(found.location.line == 5)
        #expect(found.message.contains("share one response scale"))
    }

    @Test func reservedAndUnusableIdsAreRefused() throws {
        #expect(try #require(error(header + "  - {id: cds, area: culture, text: A}\n")).message.contains("reserved"))
        #expect(try #require(error(header + "  - {id: 1st item, area: culture, text: A}\n")).message.contains("column name"))
    }

    @Test func missingFileIsKindMissingFile() {
        #expect(throws: DataError.self) { try Codebook.load(file: "/nonexistent/book.yaml") }
        do {
            _ = try Codebook.load(file: "/nonexistent/book.yaml")
        } catch let error as DataError {
            #expect(error.kind == .missingFile)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
