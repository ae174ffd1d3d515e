import DataTable
import Testing
@testable import PartnershipCLI

/// The one place error kinds become DESIGN.md's exit codes.
@Suite struct ExitStatusTests {
    @Test func everyKindHasItsExitCode() {
        let expected: [(PartnershipError.Kind, Int32)] = [(.usage, 64), (.badData, 65), (.missingFile, 66), (.cannotWrite, 70)]
        for (kind, code) in expected {
            #expect(PartnershipError("m", kind: kind).exitStatus.rawValue == code)
        }
    }

    @Test func aMissingDataFileIs66() {
        #expect(runCapturingErrors(["fit", "--data", "no-such.csv", "--formula", "y ~ x"]).code == 66)
    }
}
