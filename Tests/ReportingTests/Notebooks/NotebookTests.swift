import Testing
import TestSupport
@testable import Reporting

@Suite struct NotebookTests {
    let source = """
        # Title

        Some prose.

        ```partnership
        # a comment
        fit --formula "y ~ x"

        fit --formula "y ~ x + z"
        ```

        ```swift
        let notRun = 1
        ```
        End.
        """

    @Test func blocksRunInOrderAndOutputFollowsEachBlock() throws {
        let notebook = try Notebook(text: source, source: "nb.md")
        var seen: [(String, Int)] = []
        let rendered = notebook.render { command, line in
            seen.append((command, line))
            return "| a |\n|---|\n| \(seen.count) |\n"
        }
        #expect(seen.map(\.0) == ["fit --formula \"y ~ x\"", "fit --formula \"y ~ x + z\""])
        #expect(seen.map(\.1) == [7, 9])
        #expect(rendered.contains(Notebook.outputStart))
        #expect(rendered.contains("let notRun = 1"))
        let html = try CommonMarkRenderer.html(rendered)
        #expect(CommonMarkRenderer.count("<table>", in: html) == 2)
        // The markers are HTML comments: invisible in rendered Markdown.
        #expect(html.contains("<!-- partnership:output -->"))
    }

    @Test func renderingARenderedNotebookGivesTheSameBytes() throws {
        let first = try Notebook(text: source).render { command, _ in "output of \(command)\n" }
        let second = try Notebook(text: first).render { command, _ in "output of \(command)\n" }
        #expect(first == second)
    }

    @Test func unclosedBlockIsAnErrorAtItsLine() {
        #expect(throws: NotebookError.self) { try Notebook(text: "text\n```partnership\nfit\n", source: "nb.md") }
        do {
            _ = try Notebook(text: "text\n```partnership\nfit\n", source: "nb.md")
        } catch let error as NotebookError {
            #expect(error.description == "nb.md:2: the analysis block opened here is never closed; add a line '```'")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

@Suite struct NotebookLayoutTests {
    @Test func continuedLinesJoinAndKeepTheirFirstLineNumber() {
        let lines = Notebook.commandLines(["# comment", "compare --data x.csv \\", "  --formula \"y ~ x\" \\", "",
                                           "describe --data x.csv"], firstLine: 10)
        #expect(lines.map(\.text) == ["compare --data x.csv --formula \"y ~ x\"", "describe --data x.csv"])
        #expect(lines.map(\.line) == [11, 14])
    }

    @Test func aBackslashOnTheLastLineEndsTheCommand() {
        let lines = Notebook.commandLines(["fit --data x.csv \\"], firstLine: 2)
        #expect(lines.map(\.text) == ["fit --data x.csv"])
    }

    @Test func outputSitsOneBlankLineAfterTheFenceAndProseFollowsUnchanged() throws {
        let source = "Intro.\n\n```partnership\nfit\n```\nRight after.\n\n```partnership\nquiet\n```\n\nEnd.\n"
        let rendered = try Notebook(text: source).render { command, _ in command == "fit" ? "| a |\n|---|\n| 1 |\n" : "" }
        #expect(rendered == """
            Intro.

            ```partnership
            fit
            ```

            <!-- partnership:output -->

            | a |
            |---|
            | 1 |

            <!-- /partnership:output -->
            Right after.

            ```partnership
            quiet
            ```

            <!-- partnership:output -->

            <!-- /partnership:output -->

            End.

            """)
        // Rendering the rendered text again gives the same bytes.
        let again = try Notebook(text: rendered).render { command, _ in command == "fit" ? "| a |\n|---|\n| 1 |\n" : "" }
        #expect(again == rendered)
        // The paragraph right after the end marker is still a paragraph (an HTML comment block ends on its line).
        let html = try CommonMarkRenderer.html(rendered)
        #expect(html.contains("<p>Right after.</p>"))
        #expect(CommonMarkRenderer.count("<table>", in: html) == 1)
    }

    @Test func strayOutputMarkerIsAnErrorAtItsLine() {
        #expect(throws: NotebookError.self) { try Notebook(text: "a\n\n<!-- partnership:output -->\nb\n", source: "nb.md") }
    }
}
