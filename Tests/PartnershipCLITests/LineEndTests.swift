import Education
import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// Defect 2 of issue 11: notebooks, configs and text layouts saved with CRLF or CR line ends read as with LF.
@Suite struct LineEndTests {
    static let endings = ["\r\n", "\r"]

    @Test(arguments: endings) func configReadsEveryLineEnd(_ ending: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Starting with a comment: read as one line, the whole file was a comment and every setting was ignored.
        let lf = "# my district\nvcov: HC3\nsurvey-year: 2012\n"
        let path = folder.appendingPathComponent("c.yaml").path
        try lf.replacingOccurrences(of: "\n", with: ending).write(toFile: path, atomically: true, encoding: .utf8)
        let config = try ReportConfiguration.load(file: path)
        #expect(config.values == ["vcov": "HC3", "survey-year": "2012"])
    }

    @Test(arguments: endings) func textLayoutReadsEveryLineEnd(_ ending: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("layout.txt").path
        let text = "Field  Name  Type  Width\n1 CDS Character 14\n2 API12 Character 5\n"
        try text.replacingOccurrences(of: "\n", with: ending).write(toFile: path, atomically: true, encoding: .utf8)
        let layout = try RecordLayout.read(file: path)
        #expect(layout.fields.map(\.name) == ["CDS", "API12"])
        #expect(layout.recordWidth == 19)
    }

    /// A CRLF notebook rendered "(0 commands)" and exited 0.
    @Test(arguments: endings) func notebookReadsEveryLineEnd(_ ending: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Fixtures.fixture("reference/apisrs.csv").path
        let lf = "# Note\n\n```partnership\nfit --data \(data) --formula \"api00 ~ meals\"\n```\n\nEnd.\n"
        let notebook = folder.appendingPathComponent("n.md")
        try lf.replacingOccurrences(of: "\n", with: ending).write(to: notebook, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out/n.md").path
        let (code, errors) = try render(notebook.path, to: output)
        try #require(code == 0, "\(errors)")
        let rendered = try String(contentsOfFile: output, encoding: .utf8)
        #expect(rendered.contains("<!-- partnership:output -->"))
        #expect(rendered.contains("meals"))
    }
}
