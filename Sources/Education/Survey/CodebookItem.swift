/// The answers an item allows: whole numbers from `minimum` to `maximum`, each with a label.
public struct ResponseScale: Sendable, Equatable, Codable {
    /// The lowest answer (for example 1 = "Strongly disagree").
    public var minimum: Int
    /// The highest answer (for example 5 = "Strongly agree").
    public var maximum: Int
    /// One label per answer, lowest first (`maximum - minimum + 1` of them); may be empty when the codebook gives none.
    public var labels: [String]

    /// Creates a scale; the codebook loader checks that `minimum < maximum` and the labels fit.
    public init(minimum: Int, maximum: Int, labels: [String] = []) {
        self.minimum = minimum
        self.maximum = maximum
        self.labels = labels
    }

    /// Whether `value` is one of the scale's answers (a whole number within the range).
    public func allows(_ value: Double) -> Bool {
        value == value.rounded() && value >= Double(minimum) && value <= Double(maximum)
    }

    /// The answer on the reversed scale (`minimum + maximum - value`), so that agreeing with a negatively worded
    /// item counts as a low score.
    public func reversed(_ value: Double) -> Double {
        Double(minimum + maximum) - value
    }
}

/// One survey question as the codebook describes it.
public struct CodebookItem: Sendable, Equatable, Codable {
    /// The item's identifier: its column name in the responses file.
    public var id: String
    /// The question's wording.
    public var text: String
    /// The area (scale) the item belongs to.
    public var area: SurveyArea
    /// The answers it allows.
    public var scale: ResponseScale
    /// Whether agreement means *less* of the area (a negatively worded item), so answers are reversed before scoring.
    public var isReverseCoded: Bool
    /// The codebook line where the item starts, for error messages.
    public var line: Int?

    /// Creates an item.
    public init(id: String, text: String, area: SurveyArea, scale: ResponseScale, isReverseCoded: Bool = false,
                line: Int? = nil) {
        self.id = id
        self.text = text
        self.area = area
        self.scale = scale
        self.isReverseCoded = isReverseCoded
        self.line = line
    }

    /// The answer as scored: reversed for a reverse-coded item, as given otherwise.
    public func scored(_ answer: Double) -> Double {
        isReverseCoded ? scale.reversed(answer) : answer
    }
}
