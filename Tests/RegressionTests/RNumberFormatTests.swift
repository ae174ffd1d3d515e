import Testing
@testable import Regression

@Suite struct RNumberFormatTests {
    /// Each value (written with 17 digits) and R's `as.character` of it.
    /// Made with R 4.2.2: `x <- c(...); cat(sprintf("(%s, \"%s\"),\n", sprintf("%.17g", x), as.character(x)))`.
    static let asCharacter: [(Double, String)] = [
        (100000, "1e+05"),
        (123456, "123456"),
        (0.0001, "1e-04"),
        (0.00012339999999999999, "0.0001234"),
        (0.33333333333333331, "0.333333333333333"),
        (1000000000000000, "1e+15"),
        (100000.5, "100000.5"),
        (1.2345678901234568e+17, "123456789012345680"),
        (2.5, "2.5"),
        (1e-10, "1e-10"),
        (0.30000000000000004, "0.3"),
        (1.0000000000000001e+300, "1e+300"),
        (1e-300, "1e-300"),
        (123456.7, "123456.7"),
        (10000, "10000"),
        (-1.5, "-1.5"),
        (-100000, "-1e+05"),
        (1.9099999666214, "1.9099999666214"),
        (6.6666666666666666e-06, "6.66666666666667e-06"),
        (1234567.1000000001, "1234567.1"),
        (0.10000000000000001, "0.1"),
        (100, "100"),
        (1e+21, "1e+21"),
        (3.14159265358979, "3.14159265358979"),
        (.leastNonzeroMagnitude, "4.94065645841247e-324"),
        (1.7976931348623157e+308, "1.79769313486232e+308"),
    ]

    @Test(arguments: asCharacter.indices)
    func doublesAsRWritesThem(_ index: Int) {
        let (value, expected) = Self.asCharacter[index]
        #expect(RNumberFormat.double(value) == expected)
    }

    @Test func integerColumnsUsePlainDigits() {
        // R: as.character(100000L) is "100000" (read.csv makes whole-number columns integer).
        #expect(RNumberFormat.integer(100000) == "100000")
        #expect(RNumberFormat.readsAsInteger([1, 100000, -3]))
        #expect(!RNumberFormat.readsAsInteger([1, 2.5]))
        #expect(!RNumberFormat.readsAsInteger([3e9]))
    }

    @Test func deparsedConstantsInNames() throws {
        // R 4.2.2: deparse(quote(I(meals * 1e5))) is "I(meals * 1e+05)"; deparse(quote(I(.5*a))) is "I(0.5 * a)".
        #expect(try Formula.parse("y ~ I(meals * 1e5) + I(.5*a) + I(a/10000)").termLabels
            == ["I(meals * 1e+05)", "I(0.5 * a)", "I(a/10000)"])
    }
}
