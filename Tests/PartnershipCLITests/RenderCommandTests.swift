import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// `partnership render` on the shipped notebooks: the same bytes as the committed renders, Markdown that a real GFM
/// renderer reads as intended, and the error contract for bad notebooks.
@Suite struct ShippedNotebookTests {
    static let names = ["abc-2011-2012", "statewide-poverty-growth", "simulation-power", "nyc-2011"]
    static let source = Fixtures.repositoryRoot.appendingPathComponent("notebooks-md")
    static let rendered = source.appendingPathComponent("rendered")

    /// Rendering a shipped notebook gives exactly the committed `notebooks-md/rendered/NAME.md` and the files in
    /// `NAME_files/`. A difference means the analysis output changed: look at it, and if it is intended re-render
    /// with `partnership render notebooks-md/NAME.md --output notebooks-md/rendered/NAME.md` and commit.
    @Test("rendering reproduces the committed bytes", arguments: names)
    func rendersToTheCommittedBytes(_ name: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent(name + ".md")
        let (code, errors) = try render(Self.source.appendingPathComponent(name + ".md").path, to: output.path)
        try #require(code == 0, "\(errors)")
        let hint = " (if intended: partnership render notebooks-md/\(name).md --output notebooks-md/rendered/\(name).md)"
        let committed = try String(contentsOf: Self.rendered.appendingPathComponent(name + ".md"), encoding: .utf8)
        let fresh = try String(contentsOf: output, encoding: .utf8)
        #expect(fresh == committed, "\(name).md:\(Snapshot.firstDifference(expected: committed, actual: fresh))\(hint)")
        let committedFiles = filesBelow(Self.rendered.appendingPathComponent(name + "_files"))
        let freshFiles = filesBelow(folder.appendingPathComponent(name + "_files"))
        #expect(freshFiles == committedFiles)
        for file in Set(committedFiles).intersection(freshFiles).sorted() {
            let a = try Data(contentsOf: Self.rendered.appendingPathComponent(name + "_files/" + file))
            let b = try Data(contentsOf: folder.appendingPathComponent(name + "_files/" + file))
            #expect(a == b, "\(name)_files/\(file) differs\(hint)")
        }
        // Nothing but the notebook and its files: no staging folder or temporary file left behind.
        #expect(filesIn(folder) == [name + ".md"] + (freshFiles.isEmpty ? [] : [name + "_files"]))
    }

    /// The committed renders, read by cmark-gfm (GitHub's renderer): every table keeps its columns, the stars legend
    /// stays a sentence, figure links point at files that exist, and synthetic data are flagged.
    @Test("rendered notebooks read correctly in a GFM renderer", arguments: names)
    func readCorrectlyInGFM(_ name: String) throws {
        let markdown = try String(contentsOf: Self.rendered.appendingPathComponent(name + ".md"), encoding: .utf8)
        let html = try CommonMarkRenderer.html(markdown)

        let tables = MarkdownTables.find(in: markdown)
        #expect(!tables.isEmpty)
        #expect(CommonMarkRenderer.count("<table>", in: html) == tables.count, "a table did not render as a table")
        for table in tables {
            for (offset, row) in table.rows.enumerated() {
                #expect(row.count == table.header.count,
                        "\(name).md:\(table.line + offset + 2): \(row.count) cells under a header of \(table.header.count)")
            }
        }
        // Every body cell reaches the HTML (GFM drops the excess cells of a row silently).
        let cells = tables.reduce(0) { $0 + $1.rows.count * $1.header.count }
        #expect(CommonMarkRenderer.count("<td", in: html) == cells)

        let legends = markdown.components(separatedBy: "Significance: ").count - 1
        #expect(CommonMarkRenderer.count("Significance: *** p &lt; 0.001, ** p &lt; 0.01, * p &lt; 0.05.", in: html) == legends)
        #expect(!html.contains("<li>p &lt;") && !html.contains("<em>* p") && !html.contains("<li>** p"))

        for source in MarkdownTables.imageSources(in: html) {
            let path = try #require(source.removingPercentEncoding)
            #expect(!path.hasPrefix("/"), "\(source) is not a relative link")
            #expect(FileManager.default.fileExists(atPath: Self.rendered.appendingPathComponent(path).path),
                    "\(name).md links \(source), which does not exist")
        }
        // The inserted output is wrapped in HTML comments, which GFM passes through invisibly.
        #expect(html.contains("<!-- partnership:output -->"))

        switch name {
        case "abc-2011-2012":
            #expect(html.contains("<blockquote>\n<p><strong>Synthetic survey data.</strong>"))
            #expect(CommonMarkRenderer.count("<img", in: html) == 3)
        case "simulation-power":
            #expect(html.contains("<blockquote>\n<p><strong>Synthetic data.</strong>"))
            // Every power table carries its own banner.
            #expect(CommonMarkRenderer.count("<p><strong>Synthetic data.</strong> Every number in this table", in: html)
                    == tables.count)
        default:
            #expect(html.contains("<strong>Real data.</strong>"))
            #expect(CommonMarkRenderer.count("<img", in: html) == 1)
        }
    }
}

/// Pipe tables found in Markdown source, outside fenced code, with their cells split on unescaped pipes.
enum MarkdownTables {
    struct Table {
        /// The 0-based line of the header.
        var line: Int
        var header: [String]
        var rows: [[String]]
    }

    static func find(in markdown: String) -> [Table] {
        let lines = markdown.components(separatedBy: "\n")
        var tables: [Table] = []
        var inFence = false
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
            if !inFence, line.hasPrefix("|"), i + 1 < lines.count, isDelimiter(lines[i + 1]) {
                var table = Table(line: i, header: cells(line), rows: [])
                var j = i + 2
                while j < lines.count, lines[j].hasPrefix("|") {
                    table.rows.append(cells(lines[j]))
                    j += 1
                }
                tables.append(table)
                i = j
                continue
            }
            i += 1
        }
        return tables
    }

    static func isDelimiter(_ line: String) -> Bool {
        line.hasPrefix("|") && line.allSatisfy { "|:- ".contains($0) } && line.contains("-")
    }

    /// Cells of `| a | b\|c |`: split on pipes not preceded by a backslash, outer empties dropped.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], current = "", escaped = false
        for character in line {
            if character == "|" && !escaped {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        cells.append(current)
        return Array(cells.dropFirst().dropLast()).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The `src` of every `<img>` in `html`.
    static func imageSources(in html: String) -> [String] {
        html.components(separatedBy: "<img src=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}

/// Bad notebooks and failing commands: one line naming NOTEBOOK:LINE, the right exit code, and nothing written.
@Suite struct RenderErrorTests {
    /// A folder with a small data file and a notebook with `body`, plus an output path elsewhere.
    func setUp(_ body: String) throws -> (folder: URL, notebook: String, output: URL) {
        let folder = try temporaryFolder()
        try "school,x,y,note\nA,1,2,a\nB,2,3.5,b\nC,3,3,c\nD,4,6,d\n"
            .write(to: folder.appendingPathComponent("schools.csv"), atomically: true, encoding: .utf8)
        let notebook = folder.appendingPathComponent("nb.md")
        try body.write(to: notebook, atomically: true, encoding: .utf8)
        return (folder, notebook.path, folder.appendingPathComponent("out/nb.md"))
    }

    let good = "# Good\n\n```partnership\ndescribe --data schools.csv --columns x,y\nplot scatter --data schools.csv --x x --y y --label school --output $FILES/fig.svg\n```\n"

    @Test func missingNotebookIs66() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (code, errors) = try render(folder.appendingPathComponent("nope.md").path,
                                        to: folder.appendingPathComponent("out/nope.md").path)
        #expect(code == 66)
        #expect(errors.count == 1 && errors[0].hasSuffix("nope.md: no such notebook; check the path (the shipped notebooks are in notebooks-md/)"))
        #expect(filesIn(folder).isEmpty)
    }

    @Test func unclosedBlockIs65AtItsLine() throws {
        let (folder, notebook, output) = try setUp("# Bad\n\ntext\n```partnership\ndescribe --data schools.csv --columns x\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (code, errors) = try render(notebook, to: output.path)
        #expect(code == 65)
        #expect(errors == ["\(notebook):4: the analysis block opened here is never closed; add a line '```'"])
        #expect(filesIn(folder) == ["nb.md", "schools.csv"])
    }

    @Test func notebookSyntaxErrorsAre65AtTheirLine() throws {
        for (line, message) in [("describe --data \"schools.csv --columns x", "a double quote is never closed"),
                                ("describe --data $FILE/schools.csv --columns x", "unknown variable '$FILE'")] {
            let (folder, notebook, output) = try setUp("```partnership\n# comment\n\(line)\n```\n")
            defer { try? FileManager.default.removeItem(at: folder) }
            let (code, errors) = try render(notebook, to: output.path)
            #expect(code == 65)
            #expect(errors.count == 1 && errors[0].hasPrefix("\(notebook):3: \(message)"), "\(errors)")
            #expect(filesIn(folder) == ["nb.md", "schools.csv"])
        }
    }

    /// The failing command's own code and message, after NOTEBOOK:LINE; the earlier commands' files are not kept.
    @Test(arguments: [
        ("describe --data missing.csv --columns x", Int32(66), "partnership describe failed: cannot open missing.csv"),
        ("describe --data schools.csv --columns z", Int32(64), "partnership describe failed: schools.csv: no column 'z'"),
        ("describe --data schools.csv --columns note", Int32(65), "partnership describe failed: schools.csv: column 'note' holds text"),
        ("fit --data schools.csv --formula \"y ~ \"", Int32(64), "partnership fit failed: "),
        ("render other.md", Int32(64), "a notebook cannot run 'render'"),
    ])
    func failingCommandStopsTheRenderWithItsCode(_ line: String, _ status: Int32, _ message: String) throws {
        let body = "# Fails\n\n```partnership\nplot scatter --data schools.csv --x x --y y --output $FILES/fig.svg\n\n\(line)\n```\n"
        let (folder, notebook, output) = try setUp(body)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (code, errors) = try render(notebook, to: output.path)
        #expect(code == status)
        #expect(errors.count == 1 && errors[0].hasPrefix("\(notebook):6: \(message)"), "\(errors)")
        #expect(filesIn(folder) == ["nb.md", "schools.csv"], "the output folder was created or left behind")
    }

    /// A failed render leaves the previous render, its files and the output folder exactly as they were.
    @Test func failedRenderLeavesThePreviousRenderWhole() throws {
        let (folder, notebook, output) = try setUp(good)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try render(notebook, to: output.path).code == 0)
        let out = output.deletingLastPathComponent()
        let before = try filesBelow(out).map { ($0, try Data(contentsOf: out.appendingPathComponent($0))) }
        #expect(before.map(\.0) == ["nb.md", "nb_files/fig.svg"])
        try (good.replacingOccurrences(of: "```\n", with: "") + "describe --data schools.csv --columns zz\n```\n")
            .write(toFile: notebook, atomically: true, encoding: .utf8)
        #expect(try render(notebook, to: output.path).code == 64)
        let after = try filesBelow(out).map { ($0, try Data(contentsOf: out.appendingPathComponent($0))) }
        #expect(after.map(\.0) == before.map(\.0))
        #expect(after.map(\.1) == before.map(\.1))
        #expect(filesIn(out) == ["nb.md", "nb_files"], "a staging folder was left behind")
    }
}

/// What a successful render writes: paths resolved against the notebook's folder, figure links relative to the
/// rendered notebook, the files folder replaced whole, and the same bytes every time.
@Suite struct RenderOutputTests {
    @Test func rendersRelativeToTheNotebookAndLinksRelativeToTheOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notebooks = folder.appendingPathComponent("notebooks")
        try FileManager.default.createDirectory(at: notebooks.appendingPathComponent("data"), withIntermediateDirectories: true)
        try "x,y\n1,2\n2,3\n3,5\n".write(to: notebooks.appendingPathComponent("data/points.csv"), atomically: true, encoding: .utf8)
        let body = """
            # Points

            ```partnership
            partnership describe --data data/points.csv \\
              --columns x,y
            plot scatter --data data/points.csv --x x --y y --output "$FILES/a figure.svg"
            describe --data data/points.csv --columns x --output $WORK/scratch.md
            ```

            End.

            """
        let notebook = notebooks.appendingPathComponent("points.md")
        try body.write(to: notebook, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("site/pages/points.md")
        #expect(try render(notebook.path, to: output.path).code == 0)
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix(body.replacingOccurrences(of: "\n\nEnd.\n", with: "")))
        #expect(text.contains("![y against x](points_files/a%20figure.svg)"))
        #expect(text.contains("| x        |   3 |"))
        #expect(text.hasSuffix("<!-- /partnership:output -->\n\nEnd.\n"))
        #expect(filesBelow(folder.appendingPathComponent("site")) == ["pages/points.md", "pages/points_files/a figure.svg"])

        // Again: the same bytes, and a files folder made anew (a stale file in it goes).
        try "stale".write(to: folder.appendingPathComponent("site/pages/points_files/old.svg"), atomically: true, encoding: .utf8)
        #expect(try render(notebook.path, to: output.path).code == 0)
        #expect(try String(contentsOf: output, encoding: .utf8) == text)
        #expect(filesBelow(folder.appendingPathComponent("site")) == ["pages/points.md", "pages/points_files/a figure.svg"])
    }

    @Test func defaultOutputIsReportNotebooksName() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# Empty\n\nNo analysis blocks.\n".write(to: folder.appendingPathComponent("plain.md"), atomically: true, encoding: .utf8)
        let run = try runExecutable(["render", "plain.md"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "rendered plain.md to report/notebooks/plain.md (0 commands)\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("report/notebooks/plain.md"), encoding: .utf8)
                == "# Empty\n\nNo analysis blocks.\n")
    }
}
