/// Recognizes and converts the decimal numbers a CSV column may hold.
///
/// Accepted: optional `+`/`-`, digits with an optional decimal point (`12`, `12.5`, `12.`, `.5`), an optional
/// exponent (`1e5`, `2.5E-3`, `1e+07`). Surrounding spaces are trimmed before this is asked.
/// Rejected, unlike R's `type.convert`: hexadecimal (`0x1A`), the words `Inf`/`NaN`/`NA` (missing values are decided
/// before this), numbers too large for a Double (`1e400`), and thousands separators (`1,234`): CDE files have none,
/// and a comma inside a quoted number is more likely a mistake than a convention. A rejected value makes its column
/// text, and `DataTable.numeric(_:)` then points at it.
enum DecimalNumber {
    /// What a field looks like as a number.
    enum Shape: Equatable {
        /// Not a decimal number.
        case notANumber
        /// Digits only, at least two, starting with `0` (`01611190130229`): a code whose leading zeros matter.
        case codeWithLeadingZero
        /// A decimal number.
        case number
    }

    /// The shape of `bytes[start..<end]`, which has no surrounding spaces and is not empty.
    static func shape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Shape {
        var i = start
        let signed = bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")
        if signed { i += 1 }
        let integerStart = i
        while i < end && isDigit(bytes[i]) { i += 1 }
        let integerDigits = i - integerStart
        var fractionDigits = 0
        var hasPoint = false
        if i < end && bytes[i] == UInt8(ascii: ".") {
            hasPoint = true
            i += 1
            let fractionStart = i
            while i < end && isDigit(bytes[i]) { i += 1 }
            fractionDigits = i - fractionStart
        }
        guard integerDigits + fractionDigits > 0 else { return .notANumber }
        var hasExponent = false
        if i < end && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            hasExponent = true
            i += 1
            if i < end && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            let exponentStart = i
            while i < end && isDigit(bytes[i]) { i += 1 }
            guard i > exponentStart else { return .notANumber }
        }
        guard i == end else { return .notANumber }
        if !signed && !hasPoint && !hasExponent && integerDigits >= 2 && bytes[start] == UInt8(ascii: "0") {
            return .codeWithLeadingZero
        }
        return .number
    }

    /// The Double nearest to the decimal number in `bytes[start..<end]` (which `shape` accepted), or `nil` if it
    /// is too large for a Double.
    ///
    /// Whole numbers of up to 15 digits are exact in a Double and are converted directly; everything else goes through
    /// Swift's `Double(String)`, which rounds correctly to nearest (it is `strtod` in the C locale), so each value
    /// is the same Double R's `read.csv` and Python's `float` produce. Foundation's `Scanner` is avoided: it is not
    /// correctly rounded on every platform.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var i = start
        var negative = false
        if bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        } else if bytes[i] == UInt8(ascii: "+") {
            i += 1
        }
        if end - i <= 15 {
            var whole: Int64 = 0
            var j = i
            while j < end, isDigit(bytes[j]) {
                whole = whole * 10 + Int64(bytes[j] &- UInt8(ascii: "0"))
                j += 1
            }
            if j == end && j > i {
                let magnitude = Double(whole)
                return negative ? -magnitude : magnitude
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let parsed = Double(text), parsed.isFinite else { return nil }
        return parsed
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}
