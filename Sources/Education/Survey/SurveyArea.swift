/// One scale of a survey: an id, the title a report prints, and (through the codebook) its items.
///
/// A codebook defines its own scales (`Codebook.scales`); the six areas of the PAL (Partnership with Administration
/// and Labor) survey are one instance of them, kept as named constants (`SurveyArea.culture`, ...) because the
/// package ships that survey. Two scales are the same scale when their ids are equal; the title is only how it prints.
public struct SurveyArea: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The scale's stable key: its column name and JSON key (for example `partnership`).
    public var rawValue: String
    /// The scale's name as a report would print it (for example "Partnership").
    public var title: String

    /// Creates a scale with its key and printed title.
    public init(id: String, title: String) {
        self.rawValue = id
        self.title = title
    }

    /// The PAL area with this key, or `nil` when `rawValue` is not one of the six PAL keys.
    public init?(rawValue: String) {
        guard let area = SurveyArea.pal.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = area
    }

    /// The scale's key, as `rawValue`.
    public var id: String { rawValue }

    /// The key, so interpolating a scale into a message names it as the codebook does.
    public var description: String { rawValue }

    /// Equality by key: the title is presentation only.
    public static func == (lhs: SurveyArea, rhs: SurveyArea) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the key only, as equality compares it.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// PAL: school-wide culture, trust, respect and a shared vision.
    public static let culture = SurveyArea(id: "culture", title: "School-wide culture")
    /// PAL: professional development, planned together and useful.
    public static let professionalDevelopment = SurveyArea(id: "professional_development", title: "Professional development")
    /// PAL: resources, budget, materials and how they are shared out.
    public static let resources = SurveyArea(id: "resources", title: "Resources")
    /// PAL: communication between teachers, administrators and the union.
    public static let communication = SurveyArea(id: "communication", title: "Communication")
    /// PAL: use of student data.
    public static let dataUse = SurveyArea(id: "data_use", title: "Data")
    /// PAL: the labor-management partnership itself.
    public static let partnership = SurveyArea(id: "partnership", title: "Partnership")

    /// The six PAL areas in the survey's own order: the scales of a codebook that declares none.
    public static let pal: [SurveyArea] = [culture, professionalDevelopment, resources, communication, dataUse, partnership]

    /// The six PAL areas (the same as `pal`; kept for code written when the areas were a fixed list).
    public static var allCases: [SurveyArea] { pal }

    /// The PAL keys, comma-separated, for error messages that say what is allowed.
    static var keyList: String { pal.map(\.rawValue).joined(separator: ", ") }
}
