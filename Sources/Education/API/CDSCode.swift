import Foundation
import DataTable

/// A California County/District/School code: 14 digits, 2 for the county, 5 for the district, 7 for the school.
///
/// Kept as text because leading zeros matter (Alameda County is `01`); a 13-digit value is taken to be a code that
/// lost its leading zero by passing through a number (as R's `read.csv` does) and is padded back.
public struct CDSCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 14 digits.
    public let digits: String

    /// Reads a code from text: surrounding spaces are ignored; 13 or 14 digits are accepted, anything else is not.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 13 || trimmed.count == 14, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        digits = trimmed.count == 13 ? "0" + trimmed : trimmed
    }

    /// Reads a code that was stored as a number (a whole number with 13 or 14 digits).
    public init?(number: Double) {
        guard number >= 0, number < 1e14, number == number.rounded() else { return nil }
        self.init(String(Int64(number)))
    }

    /// The two county digits.
    public var county: Substring { digits.prefix(2) }
    /// The seven county + district digits (ABC Unified is `1964212`): the key of a district.
    public var countyDistrict: Substring { digits.prefix(7) }
    /// The seven school digits (`0000000` for a district's own record).
    public var school: Substring { digits.suffix(7) }

    /// The 14 digits.
    public var description: String { digits }

    /// Orders codes by their digits.
    public static func < (lhs: CDSCode, rhs: CDSCode) -> Bool { lhs.digits < rhs.digits }

    /// Whether `prefix` is a plausible start of a code (1 to 14 digits), e.g. a county-district code for a filter.
    public static func isValidPrefix(_ prefix: String) -> Bool {
        !prefix.isEmpty && prefix.count <= 14 && prefix.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

extension CDSCode {
    /// The CDS codes of column `name` of `table`, whether it was read as text or (with leading zeros lost) as numbers.
    ///
    /// - Throws: `EducationError` at the first value that is missing or not a code.
    static func codes(in table: DataTable, column name: String) throws -> [CDSCode] {
        let column = try table.column(name)
        var codes: [CDSCode] = []
        codes.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            let code: CDSCode?
            let shown: String
            switch column {
            case .text(let values):
                code = values[row].flatMap { CDSCode($0) }
                shown = values[row] ?? ""
            case .numeric(let values):
                code = values[row].flatMap { CDSCode(number: $0) }
                shown = values[row].map { String($0) } ?? ""
            }
            guard let code else {
                throw EducationError(
                    shown.isEmpty
                        ? "the CDS code is missing; every school row needs its 14-digit County/District/School code"
                        : "'\(shown)' is not a CDS code; a CDS code has 14 digits (2 county, 5 district, 7 school)",
                    at: table.location(row: row, column: name))
            }
            codes.append(code)
        }
        return codes
    }
}
