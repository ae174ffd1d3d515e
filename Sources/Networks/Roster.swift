import DataTable

/// One person on a school's network roster.
public struct RosterPerson: Sendable, Equatable {
    /// The school (empty when the roster covers one network only).
    public var school: String
    /// The person's id, as tie files name them.
    public var id: String
    /// The person's role, when the roster gives one.
    public var role: NetworkRole?
    /// Whether the person answered the network questions (a respondent); rosters without that column count
    /// everyone as a respondent.
    public var answered: Bool
    /// Where the person's row is, for error messages.
    public var location: CellLocation

    /// Creates a person.
    public init(school: String = "", id: String, role: NetworkRole? = nil, answered: Bool = true,
                location: CellLocation = CellLocation()) {
        self.school = school
        self.id = id
        self.role = role
        self.answered = answered
        self.location = location
    }
}

/// Who could be named in a network: the people of each school with their roles and whether they answered.
///
/// The general node file (`id,...`, as in `shared/data/networks/`) is a roster of one network with no school,
/// role or answered columns; its other columns stay in `attributes`, row for row, for grouping (`--group`).
public struct Roster: Sendable {
    /// Everyone, in file order.
    public private(set) var people: [RosterPerson]
    /// The file's columns, one row per person (in `people`'s order).
    public let attributes: DataTable
    /// The column schools were read from (`nil`: one network, no schools).
    public let schoolColumn: String?

    /// Column names the reader looks for (the first that the file has is used).
    public enum Columns {
        /// Person id columns.
        public static let id = ["id", "person", "person_id"]
        /// School columns, when `--school` names none.
        public static let school = ["school"]
        /// Role columns.
        public static let role = ["role"]
        /// Answered-the-network-questions columns: 1/0, yes/no, true/false.
        public static let answered = ["answered", "answered_network", "respondent"]
    }

    /// Makes a roster from a table already read; `schoolColumn` overrides the default school column, and a table
    /// without one is a single network.
    ///
    /// - Throws: `PartnershipError` (`.badData`, with file:line:column) for a missing id, a repeated id within a
    ///   school, an unknown role or an unreadable answered flag; `.usage` when `schoolColumn` is not in the file.
    public init(table: DataTable, schoolColumn: String? = nil) throws {
        attributes = table
        guard let idColumn = Columns.id.first(where: table.hasColumn) else {
            throw PartnershipError("the node file has no id column (looked for \(Columns.id.joined(separator: ", "))); "
                                   + "add one naming each person as the tie file does",
                                   at: CellLocation(file: table.source, line: 1))
        }
        if let schoolColumn, !table.hasColumn(schoolColumn) {
            throw PartnershipError("no column '\(schoolColumn)' in the node file; the columns are: "
                                   + table.columnNames.joined(separator: ", "),
                                   at: CellLocation(file: table.source, line: 1), kind: .usage)
        }
        let schoolName = schoolColumn ?? Columns.school.first(where: table.hasColumn)
        self.schoolColumn = schoolName
        let ids = try table.text(idColumn)
        let schools = try schoolName.map { try table.text($0) }
        let roles = try Columns.role.first(where: table.hasColumn).map { ($0, try table.text($0)) }
        let answered = try Columns.answered.first(where: table.hasColumn).map { ($0, try table.text($0)) }
        var seen: [String: [String: Int]] = [:]
        people = []
        for row in 0..<table.rowCount {
            guard let id = ids[row]?.trimmed, !id.isEmpty else {
                throw PartnershipError("a person without an id; give every row an id",
                                       at: table.location(row: row, column: idColumn))
            }
            let school = schools?[row] ?? ""
            if let first = seen[school]?[id] {
                throw PartnershipError("person '\(id)' is on \(school.isEmpty ? "the" : "school \(school)'s") roster twice "
                                       + "(first on line \(table.location(row: first).line ?? first + 2)); keep one row",
                                       at: table.location(row: row, column: idColumn))
            }
            seen[school, default: [:]][id] = row
            let role = try roles.map { try Self.role($0.1[row], row: row, column: $0.0, table: table) } ?? nil
            let flag = try answered.map { try Self.flag($0.1[row], row: row, column: $0.0, table: table) } ?? true
            people.append(RosterPerson(school: school, id: id, role: role, answered: flag,
                                       location: table.location(row: row)))
        }
    }

    /// Reads a roster file (CSV) with the DataTable reader; ids, schools and roles are kept as text.
    public init(file path: String, schoolColumn: String? = nil) throws {
        let text = Set(Columns.id + Columns.school + Columns.role + Columns.answered + [schoolColumn].compactMap { $0 })
        try self.init(table: CSVReader.read(file: path, options: CSVOptions(textColumns: text)),
                      schoolColumn: schoolColumn)
    }

    /// The schools, in order of first appearance.
    public var schools: [String] {
        var seen = Set<String>()
        return people.map(\.school).filter { seen.insert($0).inserted }
    }

    /// The people of `school`, in file order, with their row numbers in `attributes`.
    public func people(in school: String) -> [(row: Int, person: RosterPerson)] {
        people.enumerated().filter { $0.element.school == school }.map { ($0.offset, $0.element) }
    }

    private static func role(_ text: String?, row: Int, column: String, table: DataTable) throws -> NetworkRole? {
        guard let text else { return nil }
        guard let role = NetworkRole(rosterText: text) else {
            throw PartnershipError("unknown role '\(text)'; use teacher, administrator, union site representative or other",
                                   at: table.location(row: row, column: column))
        }
        return role
    }

    private static func flag(_ text: String?, row: Int, column: String, table: DataTable) throws -> Bool {
        switch text?.lowercased() {
        case "1", "yes", "true", "y", "t": return true
        case "0", "no", "false", "n", "f", nil: return false
        default:
            throw PartnershipError("'\(text ?? "")' does not say whether the person answered; write 1 or 0 (yes or no)",
                                   at: table.location(row: row, column: column))
        }
    }
}

extension String {
    /// The text without surrounding spaces.
    var trimmed: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
