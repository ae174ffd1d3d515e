/// One of the six areas the PAL (Partnership with Administration and Labor) survey covers.
///
/// The raw values are the stable keys used in codebooks, column names and JSON; they never change.
public enum SurveyArea: String, Sendable, CaseIterable, Codable, Comparable {
    /// School-wide culture: trust, respect and a shared vision.
    case culture
    /// Professional development: planned together and useful.
    case professionalDevelopment = "professional_development"
    /// Resources: budget, materials and how they are shared out.
    case resources
    /// Communication between teachers, administrators and the union.
    case communication
    /// Use of student data.
    case dataUse = "data_use"
    /// The labor-management partnership itself.
    case partnership

    /// The area's name as a report would print it.
    public var title: String {
        switch self {
        case .culture: return "School-wide culture"
        case .professionalDevelopment: return "Professional development"
        case .resources: return "Resources"
        case .communication: return "Communication"
        case .dataUse: return "Data"
        case .partnership: return "Partnership"
        }
    }

    /// Areas sort in the survey's own order (the order of `allCases`), so tables always list them the same way.
    public static func < (lhs: SurveyArea, rhs: SurveyArea) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The keys, comma-separated, for error messages that say what is allowed.
    static var keyList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
