import DataTable
import Foundation
import Testing
import TestSupport
@testable import Education

/// Defect 1 of issue 11: readers refuse what is past their bounds with one error instead of crashing.
@Suite struct InputBoundsTests {
    /// A width of Int.max followed by another field overflowed the start position (a trap, SIGILL).
    @Test func hugeTextLayoutWidthIsRefused() throws {
        let text = "1 CDS Character 9223372036854775807\n2 API Character 5\n"
        #expect(throws: PartnershipError.self) { try RecordLayout.parse(table: text, source: "l.txt") }
        do {
            _ = try RecordLayout.parse(table: text, source: "l.txt")
        } catch let error as PartnershipError {
            #expect(error.description.hasPrefix("l.txt:1: field CDS has width 9223372036854775807"))
            #expect(error.kind == .badData)
        }
    }

    /// Two widths of 2^62 in a CSV layout: each alone fits an Int, their sum does not.
    @Test func hugeCSVLayoutWidthsAreRefused() throws {
        let csv = "number,name,type,width\n1,CDS,Character,4611686018427387904\n2,X,Character,4611686018427387904\n"
        #expect(throws: PartnershipError.self) { try RecordLayout.parse(csv: csv, source: "l.csv") }
        let fields = [(name: "A", type: RecordLayout.FieldType.character, width: 1 << 62),
                      (name: "B", type: RecordLayout.FieldType.character, width: 1 << 62)]
        #expect(throws: PartnershipError.self) { try RecordLayout(fields: fields) }
    }

    /// A record as wide as the bound is read; one byte more is refused.
    @Test func recordWidthBound() throws {
        let fieldCount = InputLimits.recordWidth / InputLimits.layoutFieldWidth
        let lines = (1...fieldCount).map { "\($0) F\($0) Character \(InputLimits.layoutFieldWidth)" }
        let layout = try RecordLayout.parse(table: lines.joined(separator: "\n"))
        #expect(layout.recordWidth == InputLimits.recordWidth)
        let more = lines + ["\(fieldCount + 1) LAST Character 1"]
        #expect(throws: PartnershipError.self) { try RecordLayout.parse(table: more.joined(separator: "\n")) }
    }

    /// A list nested 5,000 deep overflowed the stack inside the YAML parser (exit 139).
    @Test func deeplyNestedCodebookIsRefused() throws {
        let yaml = "instrument: x\nitems:\n- id: a\n  text: b\n  area: c\n  extra: "
            + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        do {
            _ = try Codebook(yaml: yaml, source: "deep.yaml")
            Issue.record("a 5,000-deep codebook was accepted")
        } catch let error as PartnershipError {
            #expect(error.description.hasPrefix("deep.yaml:6:"))
            #expect(error.message.contains("nests more than \(InputLimits.nestingDepth) levels"))
        }
        // Block nesting by indentation is bounded the same way.
        let block = (0..<3000).map { String(repeating: " ", count: $0) + "- a" }.joined(separator: "\n")
        #expect(throws: PartnershipError.self) { try Codebook(yaml: block, source: "block.yaml") }
    }

    /// The shipped codebook is far inside the bound.
    @Test func shippedCodebookPassesTheNestingCheck() throws {
        let text = try String(contentsOfFile: Fixtures.shipped("survey/pal-codebook.yaml").path, encoding: .utf8)
        try YAMLNesting.check(text, source: nil)
    }
}
