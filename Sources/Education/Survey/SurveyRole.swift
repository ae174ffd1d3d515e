/// The role a survey respondent holds at the school.
public enum SurveyRole: String, Sendable, CaseIterable, Codable, Comparable {
    /// A classroom teacher.
    case teacher
    /// A principal, assistant principal or other site administrator.
    case administrator
    /// The teachers' union site representative.
    case unionRepresentative = "union_rep"

    /// The role as a report would print it.
    public var title: String {
        switch self {
        case .teacher: return "Teacher"
        case .administrator: return "Administrator"
        case .unionRepresentative: return "Union site representative"
        }
    }

    /// Reads a role as people write it: case, spaces, hyphens and a few common spellings do not matter
    /// (`Teacher`, `union site representative`, `union-rep`, `admin`).
    public init?(parsing text: String) {
        let key = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: "_")
        switch key {
        case "teacher": self = .teacher
        case "administrator", "admin": self = .administrator
        case "union_rep", "union_representative", "union_site_representative", "union_site_rep":
            self = .unionRepresentative
        default: return nil
        }
    }

    /// Roles sort in the order of `allCases` (teachers first).
    public static func < (lhs: SurveyRole, rhs: SurveyRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
