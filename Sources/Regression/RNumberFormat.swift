import Foundation

/// Numbers written the way R writes them in names: `as.character` of a double and `deparse` of a number constant.
///
/// Factor-level column names (`factor(dnum)401`), cluster identifiers and deparsed constants (`I(meals * 1e+05)`)
/// must read exactly as R prints them, or coefficient names would not match R's. Foundation's formatters know nothing
/// of R's rule, so it is written here: at most 15 significant digits, and fixed notation unless scientific notation is
/// strictly narrower (R's `formatReal` with `scipen = 0`).
enum RNumberFormat {
    /// `as.character(x)` / `deparse(x)` for a double `x`.
    static func double(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-Inf" : "Inf" }
        if x == 0 { return "0" }
        // The 15-significant-digit decimal form: mantissa digits and exponent of the first digit.
        let scientific = String(format: "%.14e", Swift.abs(x))
        let parts = scientific.split(separator: "e")
        var digits = parts[0].replacingOccurrences(of: ".", with: "")
        let exponent = Int(parts[1])!
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        let significant = digits.count
        let sign = x < 0 ? "-" : ""

        // Widths of the two notations, as formatReal counts them.
        let fractionDigits = max(0, significant - exponent - 1)
        let integerWidth = exponent >= 0 ? exponent + 1 : 1
        let fixedWidth = integerWidth + (fractionDigits > 0 ? fractionDigits + 1 : 0)
        let exponentWidth = Swift.abs(exponent) >= 100 ? 3 : 2
        let scientificWidth = (significant > 1 ? significant + 1 : 1) + 2 + exponentWidth
        if fixedWidth <= scientificWidth {
            // %f prints the double's own digits where R does too (large whole numbers: 123456789012345680).
            return sign + String(format: "%.\(fractionDigits)f", Swift.abs(x))
        }
        var mantissa = String(digits.prefix(1))
        if significant > 1 { mantissa += "." + digits.dropFirst() }
        let exponentText = String(Swift.abs(exponent))
        let paddedExponent = String(repeating: "0", count: max(0, 2 - exponentText.count)) + exponentText
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + paddedExponent
    }

    /// `as.character(x)` for a value of an R integer vector: plain digits.
    static func integer(_ x: Double) -> String {
        String(Int64(x))
    }

    /// Whether R's `read.csv` would have read these numbers as an integer vector (every value whole and within
    /// R's 32-bit integer range), in which case R names them with plain digits (`100000`, not `1e+05`).
    static func readsAsInteger<S: Sequence>(_ values: S) -> Bool where S.Element == Double {
        values.allSatisfy { $0 == $0.rounded() && Swift.abs($0) <= 2_147_483_647 }
    }
}
