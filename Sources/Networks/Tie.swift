import DataTable

/// Whether a conversation was part of a meeting or structure (formal) or happened on its own (informal).
public enum TieMode: String, Sendable, Hashable, CaseIterable {
    /// In a meeting, committee or other set structure.
    case formal
    /// Outside any set structure.
    case informal
}

/// One nomination: `from` said they talk with `to` about `relation`.
public struct Tie: Sendable, Equatable {
    /// The school (empty for a single network).
    public var school: String
    /// Who reported the tie (the respondent).
    public var from: String
    /// Whom they named.
    public var to: String
    /// The relation or topic ("data", "curriculum", "advice", ...); empty when the file has one relation.
    public var relation: String
    /// The tie's value (frequency on the codebook's scale, or a weight), when the file has one.
    public var value: Double?
    /// Formal or informal, when the file says.
    public var mode: TieMode?
    /// The tie's length for weighted shortest paths (for example a raw frequency code where 1 is most often), when
    /// a distance column was named.
    public var distance: Double?
    /// The tie's row in its file, for error messages.
    public var location: CellLocation

    /// Creates a tie.
    public init(school: String = "", from: String, to: String, relation: String = "", value: Double? = nil,
                mode: TieMode? = nil, distance: Double? = nil, location: CellLocation = CellLocation()) {
        self.school = school
        self.from = from
        self.to = to
        self.relation = relation
        self.value = value
        self.mode = mode
        self.distance = distance
        self.location = location
    }
}
