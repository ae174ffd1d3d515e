/// Which column of one year's file holds each generic field of an `APIFieldCatalog`.
///
/// Rules, tried in order:
/// 1. a column named like the generic field, ignoring case (`meals` -> `MEALS`, `p_el` -> `P_EL`, `cds` -> `CDS`);
/// 2. for API scores (`api`, `api_growth`, `api_base` and subgroup forms such as `aa_api_base`), CDE writes the
///    year into the name: the description says `[This Year]` or `[Last Year]`, giving the year Y, and the column is
///    the name without `_growth`/`_base` followed by Y's two digits, with or without a trailing `B` (so in a 2012
///    Growth file `api_growth` is `API12` and `api_base` is `API11`; in the 2012 Base file `api` is `API12B`).
/// A field no rule finds is listed in `unresolved`; nothing is guessed beyond these rules.
public struct APIFieldResolution: Sendable, Equatable {
    /// Generic field name -> column name in the file.
    public let columns: [String: String]
    /// Catalog fields of that year that no column matched, in catalog order.
    public let unresolved: [String]
    /// Columns of the file that no catalog field claimed, in file order.
    public let unclaimed: [String]

    /// Resolves the fields of `kind`/`year` in `catalog` against `columnNames`.
    public init(catalog: APIFieldCatalog, year: Int, columnNames: [String]) {
        var byUpper: [String: String] = [:]
        for name in columnNames where byUpper[name.uppercased()] == nil { byUpper[name.uppercased()] = name }
        var columns: [String: String] = [:]
        var unresolved: [String] = []
        var claimed: Set<String> = []
        for entry in catalog.fields(year: year) {
            let found = Self.candidates(for: entry, year: year).lazy.compactMap { byUpper[$0] }.first
            if let found, !claimed.contains(found) {
                columns[entry.name] = found
                claimed.insert(found)
            } else {
                unresolved.append(entry.name)
            }
        }
        self.columns = columns
        self.unresolved = unresolved
        unclaimed = columnNames.filter { !claimed.contains($0) }
    }

    /// Column names (upper case) that may hold `entry` in `year`'s file, most likely first.
    static func candidates(for entry: APIFieldCatalog.Entry, year: Int) -> [String] {
        let upper = entry.name.uppercased()
        var names = [upper]
        guard isScoreField(entry.name), let scoreYear = referencedYear(entry.description, fileYear: year) else {
            return names
        }
        var stem = upper
        for suffix in ["_GROWTH", "_BASE"] where stem.hasSuffix(suffix) { stem.removeLast(suffix.count) }
        let digits = APIYear.twoDigits(scoreYear)
        names.append(stem + digits)
        names.append(stem + digits + "B")
        return names
    }

    /// Whether a generic name is an API score (`api`, `api_growth`, `xx_api_base`, ...).
    static func isScoreField(_ name: String) -> Bool {
        name == "api" || name.hasSuffix("_api") || name.hasSuffix("api_growth") || name.hasSuffix("api_base")
    }

    /// The year a description's first `[This Year]`/`[Last Year]` refers to.
    static func referencedYear(_ description: String, fileYear: Int) -> Int? {
        let this = description.range(of: "[This Year]")
        let last = description.range(of: "[Last Year]")
        switch (this, last) {
        case (nil, nil): return nil
        case (.some, nil): return fileYear
        case (nil, .some): return fileYear - 1
        case (.some(let t), .some(let l)): return t.lowerBound < l.lowerBound ? fileYear : fileYear - 1
        }
    }
}
