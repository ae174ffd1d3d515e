import Testing
@testable import DataTable

/// Parses `text` as the reader does.
private func parse(_ text: String) -> Double? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        DecimalNumber.shape(buffer, 0, buffer.count) == .notANumber ? nil : DecimalNumber.value(buffer, 0, buffer.count)
    }
}

private func shape(_ text: String) -> DecimalNumber.Shape {
    Array(text.utf8).withUnsafeBufferPointer { $0.isEmpty ? .notANumber : DecimalNumber.shape($0, 0, $0.count) }
}

@Test("hard decimal conversions give the correctly rounded Double")
func correctlyRounded() throws {
    // Expected bit patterns: Python 3 `struct.unpack('<Q', struct.pack('<d', float(s)))` (float() is correctly
    // rounded, as glibc strtod is).
    let cases: [(String, UInt64)] = [
        ("0.1", 0x3FB9_9999_9999_999A),
        ("0.30000000000000004", 0x3FD3_3333_3333_3334),
        ("2.2250738585072011e-308", 0x000F_FFFF_FFFF_FFFF),  // largest subnormal, a classic strtod trap
        ("9007199254740993", 0x4340_0000_0000_0000),  // 2^53 + 1: ties to even, 2^53
        ("1.7976931348623157e308", 0x7FEF_FFFF_FFFF_FFFF),
        ("4.9e-324", 0x0000_0000_0000_0001),
        ("2.4703282292062328e-324", 0x0000_0000_0000_0001),  // just above half the smallest subnormal
        ("123456789012345678901234567890", 0x45F8_EE90_FF6C_373E),
        ("1.00000000000000011102230246251565404236316680908203125", 0x3FF0_0000_0000_0000),  // exact tie: even
        ("+.5e-3", 0x3F40_624D_D2F1_A9FC),
        ("7.038531e-26", 0x3AB5_C87F_B000_0000),
        ("999999999999999", 0x430C_6BF5_2633_FFF8),  // 15 digits: the direct integer path
        ("1e-400", 0),  // underflows to zero, as strtod and R do
    ]
    for (text, bits) in cases {
        let value = try #require(parse(text), "\(text)")
        #expect(value.bitPattern == bits, "\(text) gave \(value)")
    }
}

@Test("the sign of zero and of whole numbers survives the integer path")
func signedWholeNumbers() throws {
    #expect(try #require(parse("-0")).sign == .minus)
    #expect(parse("-42") == -42)
    #expect(parse("+42") == 42)
    #expect(parse("0") == 0)
}

@Test("accepted and rejected number shapes")
func shapes() {
    for text in ["12", "-12", "+12", "12.5", "12.", ".5", "-.5", "1e5", "1E5", "2.5e-3", "1e+07", "0", "0.5", "-0"] {
        #expect(shape(text) == .number, "\(text)")
    }
    for text in ["", ".", "-", "+", "e5", "1e", "1e+", "0x1A", "inf", "Inf", "NaN", "nan", "1,234", "1 234", "12a",
                 "1.2.3", "--1", "1e5.5", "$5", "5%"] {
        #expect(shape(text) == .notANumber, "\(text)")
    }
    for text in ["01", "007", "01611190130229", "00"] {
        #expect(shape(text) == .codeWithLeadingZero, "\(text)")
    }
    // A leading zero is a code only for bare digit strings: these are ordinary numbers.
    for text in ["0.5", "-01", "+01", "01.5", "01e2"] {
        #expect(shape(text) == .number, "\(text)")
    }
}

@Test("numbers too large for a Double are not numbers")
func overflow() {
    #expect(shape("1e400") == .number)
    #expect(parse("1e400") == nil)
    #expect(parse("-1e400") == nil)
}
