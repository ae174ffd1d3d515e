import DataTable
import Foundation
import Testing

/// The library's one error type reads as one line everywhere, `localizedDescription` included.
@Suite struct PartnershipErrorTests {
    @Test func localizedDescriptionIsTheOneLineForm() {
        let error: Error = PartnershipError("'x' is not a number; fix the value", at: CellLocation(file: "s.csv", line: 3, column: 2))
        #expect(error.localizedDescription == "s.csv:3:2: 'x' is not a number; fix the value")
        #expect("\(error)" == "s.csv:3:2: 'x' is not a number; fix the value")
    }

    @Test func aFileThatCannotBeWrittenIsNotBadData() {
        let error = PartnershipError(path: "out/x.csv", reason: "No such file or directory")
        #expect(error.kind == .cannotWrite)
        #expect(error.description.hasPrefix("cannot write out/x.csv: No such file or directory"))
    }

    @Test func theModulesNamesAreOneType() {
        let data: DataError = PartnershipError("m")
        let file: FileWriteError = data
        #expect(file == data)
    }
}
