/// A person's place in a school, as a network roster records it.
///
/// The study compares teachers with administrators and follows one dyad in particular, the union site
/// representative and the principal (the school's administrator).
public enum NetworkRole: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A classroom teacher.
    case teacher
    /// The principal or another administrator.
    case administrator
    /// The teachers' union site representative.
    case unionRepresentative = "union_representative"
    /// Anyone else on the roster (counsellors, classified staff, ...).
    case other

    /// Reads a roster's role cell: the raw values above, or the words analysts write ("union site representative",
    /// "principal", "union rep", case and spaces ignored); `nil` for anything else.
    public init?(rosterText: String) {
        let key = rosterText.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
            .joined(separator: " ")
        switch key {
        case "teacher": self = .teacher
        case "administrator", "admin", "principal", "assistant principal": self = .administrator
        case "union representative", "union site representative", "union rep", "site representative",
             "union site rep":
            self = .unionRepresentative
        case "other": self = .other
        default: return nil
        }
    }

    /// The words shown to readers (legends, tables).
    public var label: String {
        switch self {
        case .teacher: return "teacher"
        case .administrator: return "administrator"
        case .unionRepresentative: return "union site representative"
        case .other: return "other"
        }
    }

    /// Orders roles as `allCases` lists them.
    public static func < (lhs: NetworkRole, rhs: NetworkRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
