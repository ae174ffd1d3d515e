import Foundation
import Testing
@testable import DataTable

@Suite("Atomic file writing")
struct AtomicFileTests {
    @Test("a new file, then a replacement, with no temporary file left")
    func writeAndReplace() throws {
        let directory = try makeTemporaryDirectory()
        let path = directory + "/report.md"
        try AtomicFile.write("first\n", to: path)
        try AtomicFile.write("second\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try filesIn(directory) == ["report.md"])
    }

    @Test("a failure leaves no file, partial or temporary, and says why")
    func failureLeavesNothing() throws {
        let directory = try makeTemporaryDirectory()
        let missingFolder = directory + "/no-such-folder/report.md"
        do {
            try AtomicFile.write("x", to: missingFolder)
            Issue.record("writing into a missing folder succeeded")
        } catch let error as FileWriteError {
            #expect(error.description == "cannot write \(missingFolder): No such file or directory; "
                        + "check that the folder exists and that you may write to it")
        }
        // Renaming over a folder fails after the temporary file was written: it must be removed again.
        let folderInTheWay = directory + "/taken"
        try FileManager.default.createDirectory(atPath: folderInTheWay, withIntermediateDirectories: false)
        #expect(throws: FileWriteError.self) { try AtomicFile.write("x", to: folderInTheWay) }
        #expect(try filesIn(directory) == ["taken"])
        #expect(try filesIn(folderInTheWay) == [])
    }
}
