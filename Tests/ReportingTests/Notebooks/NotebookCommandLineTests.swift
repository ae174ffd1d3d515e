import Testing
@testable import Reporting

/// Shell-like splitting of notebook command lines: the cases are POSIX shell behaviour (checked with `sh -c 'printf
/// "[%s]" ...'` on dash 0.5.12), except that only the notebook's variables expand and others are errors.
@Suite struct NotebookCommandLineTests {
    let variables = ["FILES": "/out/nb_files", "WORK": "/tmp/work"]

    func split(_ line: String) throws -> [String] {
        try NotebookCommandLine.split(line, variables: variables, source: "nb.md", lineNumber: 7)
    }

    @Test func wordsQuotesAndEscapes() throws {
        #expect(try split("fit --data x.csv   --formula \"api12 ~ pal_index + meals\"")
                == ["fit", "--data", "x.csv", "--formula", "api12 ~ pal_index + meals"])
        #expect(try split("a 'single $FILES \"q\"' b") == ["a", "single $FILES \"q\"", "b"])
        #expect(try split("a \"x\\\"y\\\\z\\n\"") == ["a", "x\"y\\z\\n"])
        #expect(try split("a\\ b c") == ["a b", "c"])
        #expect(try split("a '' \"\"") == ["a", "", ""])
        #expect(try split("--label=\"a b\"c") == ["--label=a bc"])
    }

    @Test func notebookVariablesExpandOutsideSingleQuotes() throws {
        #expect(try split("plot --output $FILES/fig.svg") == ["plot", "--output", "/out/nb_files/fig.svg"])
        #expect(try split("x \"${WORK}/a b.csv\" '$WORK'") == ["x", "/tmp/work/a b.csv", "$WORK"])
        #expect(try split("price \\$5 $ $1") == ["price", "$5", "$", "$1"])
    }

    @Test func unknownVariablesAndUnclosedQuotesAreErrorsAtTheLine() {
        for line in ["a $FILE/x", "a \"unclosed", "a 'unclosed", "a ${FILES"] {
            do {
                _ = try split(line)
                Issue.record("no error for \(line)")
            } catch let error as NotebookError {
                #expect(error.description.hasPrefix("nb.md:7: "), "\(error)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
