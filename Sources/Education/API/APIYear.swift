/// How CDE files write years in column names: two digits (`API11` is the 2011 API, `api99` the 1999 one).
public enum APIYear {
    /// The two-digit form of `year` (`2011` -> `"11"`, `1999` -> `"99"`).
    public static func twoDigits(_ year: Int) -> String {
        let short = ((year % 100) + 100) % 100
        return short < 10 ? "0\(short)" : String(short)
    }

    /// The four-digit year of a two-digit one: the API began in 1999, so `99` is 1999 and `00`-`98` are 2000-2098.
    public static func fullYear(twoDigits: Int) -> Int {
        twoDigits == 99 ? 1999 : 2000 + twoDigits
    }

    /// The years for which `columnNames` has a column `prefix` + two digits + `suffix` (case-insensitive), ascending.
    static func years(in columnNames: [String], prefix: String, suffix: String = "") -> [Int: String] {
        var found: [Int: String] = [:]
        let prefix = prefix.uppercased()
        let suffix = suffix.uppercased()
        for name in columnNames {
            let upper = name.uppercased()
            guard upper.hasPrefix(prefix), upper.hasSuffix(suffix),
                  upper.count == prefix.count + 2 + suffix.count else { continue }
            let digits = upper.dropFirst(prefix.count).prefix(2)
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else { continue }
            found[fullYear(twoDigits: value)] = name
        }
        return found
    }
}
