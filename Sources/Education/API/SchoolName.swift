/// A school as a Base file without CDS codes knows it: school, district and county name.
public struct SchoolName: Sendable, Hashable, CustomStringConvertible {
    /// School name (`SNAME`).
    public var school: String
    /// District name (`DNAME`).
    public var district: String
    /// County name (`CNAME`).
    public var county: String

    /// Creates a name triple.
    public init(school: String, district: String, county: String) {
        self.school = school
        self.district = district
        self.county = county
    }

    /// `school / district / county`.
    public var description: String { "\(school) / \(district) / \(county)" }
}

/// How school, district and county names are compared across CDE files.
///
/// Normalization: letters are lower-cased; every run of characters that are not letters or digits (spaces,
/// punctuation such as `.`, `-`, `(`, `'`, `#`) becomes one space; leading and trailing spaces go. So
/// `Tracy (Wilbur) High (Continuation)` and `tracy wilbur high continuation` are the same name.
///
/// No abbreviations are expanded: neither shipped file writes `Elem.` or `Sch.` for `Elementary` or `School`, and
/// the few differences of that kind (`Mt.` against `Mount`) are as likely to be different schools as the same one,
/// so such pairs are left for a person to decide (they show up as unmatched with a hint).
///
/// Truncation: CDE's layouts give `SNAME` 40 characters, `DNAME` 30 and `CNAME` 15, and files cut longer names there
/// (`Alameda County Office of Educa`). A name that fills its field may have been cut, so it matches any name it is
/// the start of (after normalization); a shorter name must match whole.
public struct SchoolNameRules: Sendable, Equatable {
    /// Width of the school-name field: names this long may be truncated.
    public var schoolWidth: Int
    /// Width of the district-name field.
    public var districtWidth: Int
    /// Width of the county-name field.
    public var countyWidth: Int

    /// The widths of CDE's 2012 record layouts (fields 7-9); the same in every year's layout on file.
    public init(schoolWidth: Int = 40, districtWidth: Int = 30, countyWidth: Int = 15) {
        self.schoolWidth = schoolWidth
        self.districtWidth = districtWidth
        self.countyWidth = countyWidth
    }

    /// The widths of `SNAME`, `DNAME` and `CNAME` in a record layout, when it has all three.
    public init?(layout: RecordLayout) {
        guard let school = layout.field(named: "SNAME"), let district = layout.field(named: "DNAME"),
              let county = layout.field(named: "CNAME") else { return nil }
        self.init(schoolWidth: school.width, districtWidth: district.width, countyWidth: county.width)
    }

    /// The normalized form of a name (see the type's documentation).
    public static func normalize(_ name: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in name {
            if character.isLetter || character.isNumber {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(contentsOf: character.lowercased())
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// Whether two names of a field of `width` characters may be the same: equal when normalized, or one fills
    /// the field (so may be cut) and is the start of the other.
    static func namesAgree(_ a: NormalizedName, _ b: NormalizedName) -> Bool {
        if a.text == b.text { return true }
        if a.mayBeTruncated && b.text.hasPrefix(a.text) { return true }
        if b.mayBeTruncated && a.text.hasPrefix(b.text) { return true }
        return false
    }
}

/// A name after normalization, remembering whether it filled its field (and so may have been cut).
struct NormalizedName: Sendable, Hashable {
    let text: String
    let mayBeTruncated: Bool

    init(_ raw: String, width: Int) {
        text = SchoolNameRules.normalize(raw)
        mayBeTruncated = raw.count >= width && !text.isEmpty
    }
}
