import Foundation
import Testing
import TestSupport
@testable import Reporting

/// The main job's report as a reader sees it: byte-for-byte snapshot, and the HTML of a real GFM renderer.
@Suite struct BoardReportTests {
    /// The report on the shipped data must equal the committed snapshot byte for byte (report.md and every SVG).
    /// Regenerate deliberately: `UPDATE_SNAPSHOTS=1 swift test --filter BoardReportTests`, then review `git diff`.
    @Test func shippedReportMatchesTheSnapshot() throws {
        let report = try ShippedBoardReport.report.get()
        let message = try Snapshot.compare(report.files.map { ($0.path, $0.contents) }, with: "report")
        #expect(message == nil, Comment(rawValue: message ?? ""))
    }

    @Test func everyTableKeepsItsColumnsInTheRenderedHTML() throws {
        let markdown = try ShippedBoardReport.report.get().markdown
        let html = try CommonMarkRenderer.html(markdown)
        let tables = MarkdownTableShape.tables(in: markdown)
        let rendered = MarkdownTableShape.renderedTables(in: html)
        // Descriptives, correlations, sources, left-out schools, reliability, ICC, school scores, models,
        // nested test, standardized, VIF, influence, leave-one-out, statewide models.
        #expect(tables.count == 14)
        #expect(rendered.count == tables.count)
        for (index, (source, html)) in zip(tables, rendered).enumerated() {
            #expect(html.headerCells == source.columns, "table \(index + 1) (\(source.firstLine)): header cells")
            #expect(html.bodyCells == source.columns * source.rows, "table \(index + 1) (\(source.firstLine)): body cells")
        }
    }

    @Test func starsLegendAndNotesStayText() throws {
        let html = try CommonMarkRenderer.html(try ShippedBoardReport.report.get().markdown)
        // The legend renders as literal asterisks in a paragraph, never as a list or emphasis.
        #expect(html.contains("<p>Standard errors in parentheses. Significance: *** p &lt; 0.001, ** p &lt; 0.01, "
                              + "* p &lt; 0.05.</p>"))
        #expect(!html.contains("<em>"))
        // The only list is the summary at the top.
        #expect(CommonMarkRenderer.count("<ul>", in: html) == 1)
        #expect(!html.contains("<li>p &lt;"))
        // No stray Markdown reaches the reader.
        #expect(!html.contains("\\*") && !html.contains("|---"))
    }

    @Test func figureLinksPointAtFilesTheReportWrites() throws {
        let report = try ShippedBoardReport.report.get()
        let html = try CommonMarkRenderer.html(report.markdown)
        let sources = MarkdownTableShape.matches(of: #"<img src="([^"]+)" alt="([^"]*)""#, in: html)
        #expect(sources.count == 5)
        let written = Set(report.files.map(\.path))
        for match in sources {
            #expect(written.contains(match[0]), "\(match[0]) is linked but not written")
            #expect(!match[1].isEmpty, "\(match[0]) has no alt text")
            #expect(FileManager.default.fileExists(atPath: Snapshot.folder("report").appendingPathComponent(match[0]).path))
        }
        // Every figure written is linked.
        #expect(Set(sources.map { $0[0] }) == Set(report.files.dropFirst().map(\.path)))
    }

    @Test func syntheticBannerOpensTheReportAndEverySurveySection() throws {
        let markdown = try ShippedBoardReport.report.get().markdown
        let html = try CommonMarkRenderer.html(markdown)
        let banner = "<blockquote>\n<p><strong>Synthetic survey data.</strong>"
        let first = try #require(html.range(of: banner))
        #expect(first.lowerBound < html.range(of: "<h2>In brief</h2>")!.lowerBound)
        // The short banner in sections 2 to 6, each of which shows survey numbers.
        #expect(CommonMarkRenderer.count("<strong>Synthetic survey data:</strong>", in: html) == 5)
        // The statewide section uses no survey data and says so, with no banner.
        let statewide = try #require(markdown.range(of: "## 7. Statewide context"))
        let about = try #require(markdown.range(of: "## 8. About this report"))
        #expect(!markdown[statewide.lowerBound..<about.lowerBound].contains("Synthetic survey data"))
        #expect(markdown[statewide.lowerBound..<about.lowerBound].contains("uses no survey data"))
    }

    @Test func realSurveyGetsNoBanner() throws {
        // The same answers under a name without "synthetic" count as a real survey: no banner, no label anywhere.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("board-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("pal-2011-abc.csv")
        try FileManager.default.copyItem(atPath: ShippedBoardReport.responsesPath, toPath: copy.path)
        var options = BoardReportOptions()
        options.includeStatewide = false
        let report = try BoardReport(inputs: ShippedBoardReport.inputs(responses: copy.path), options: options)
        #expect(!report.analysis.isSynthetic)
        for file in report.files {
            #expect(!file.contents.lowercased().contains("synthetic"), "\(file.path) mentions synthetic data")
        }
        #expect(report.files.count == 4)          // no statewide figures
        #expect(!report.markdown.contains("## 7. Statewide"))
        #expect(report.markdown.contains("## 7. About this report"))
    }

    @Test func reportIsDeterministicWithinAProcess() throws {
        // Across processes the snapshot test catches hash-order output; here: two builds, same bytes.
        var options = BoardReportOptions()
        options.includeStatewide = false
        let first = try BoardReport(inputs: ShippedBoardReport.inputs(), options: options)
        let second = try BoardReport(inputs: ShippedBoardReport.inputs(), options: options)
        #expect(first.files == second.files)
        #expect(!first.markdown.contains(String(Calendar.current.component(.year, from: Date()))))
    }
}

/// The shape of Markdown pipe tables in a source, and of `<table>` elements in HTML, for column checks.
enum MarkdownTableShape {
    struct Source {
        var firstLine: String
        var columns: Int
        var rows: Int
    }

    struct Rendered {
        var headerCells: Int
        var bodyCells: Int
    }

    /// Blocks of consecutive lines starting with `|`: columns from the header (unescaped pipes), rows after the rule.
    static func tables(in markdown: String) -> [Source] {
        var result: [Source] = []
        var block: [String] = []
        var inFence = false
        func flush() {
            if block.count >= 2 {
                result.append(Source(firstLine: block[0], columns: cells(block[0]), rows: block.count - 2))
            }
            block = []
        }
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence && line.hasPrefix("|") { block.append(line) } else { flush() }
        }
        flush()
        return result
    }

    /// Cells of a pipe-table line: pipes not preceded by a backslash, less the outer two.
    static func cells(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count - 1
    }

    /// `<th>` and `<td>` counts per `<table>`, in order.
    static func renderedTables(in html: String) -> [Rendered] {
        html.components(separatedBy: "<table>").dropFirst().map { chunk in
            let table = chunk.components(separatedBy: "</table>")[0]
            return Rendered(headerCells: matches(of: "<th[ >]", in: table).count,
                            bodyCells: matches(of: "<td[ >]", in: table).count)
        }
    }

    /// Capture groups (or the whole match when there are none) of every match of `pattern`.
    static func matches(of pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            let groups = match.numberOfRanges > 1 ? Array(1..<match.numberOfRanges) : [0]
            return groups.map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }
}
