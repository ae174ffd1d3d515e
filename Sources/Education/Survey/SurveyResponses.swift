import DataTable

/// One person's answers to the survey.
public struct SurveyRespondent: Sendable, Equatable {
    /// The respondent's identifier (unique in the file).
    public var id: String
    /// The school's 14-digit CDS code, as text (leading zeros matter).
    public var cds: String
    /// The respondent's role at the school.
    public var role: SurveyRole
    /// The raw answers, one per codebook item in codebook order; `nil` is a missing answer.
    public var answers: [Double?]
    /// The line of the responses file the respondent came from, when known.
    public var line: Int?

    /// Creates a respondent.
    public init(id: String, cds: String, role: SurveyRole, answers: [Double?], line: Int? = nil) {
        self.id = id
        self.cds = cds
        self.role = role
        self.answers = answers
        self.line = line
    }
}

/// A survey's responses, checked against its codebook: every answer is one the item allows.
public struct SurveyResponses: Sendable, Equatable {
    /// The codebook the answers follow.
    public var codebook: Codebook
    /// The respondents, in file order.
    public var respondents: [SurveyRespondent]
    /// The file they came from, for messages.
    public var source: String?

    /// Creates responses from respondents whose answers are already in codebook order.
    ///
    /// - Throws: `DataError` if a respondent has the wrong number of answers, an answer the scale does not allow,
    ///   a malformed CDS code, or an id used twice.
    public init(codebook: Codebook, respondents: [SurveyRespondent], source: String? = nil) throws {
        self.codebook = codebook
        self.respondents = respondents
        self.source = source
        var firstLine: [String: Int?] = [:]
        for respondent in respondents {
            let place = CellLocation(file: source, line: respondent.line)
            guard respondent.answers.count == codebook.items.count else {
                throw DataError("respondent '\(respondent.id)' has \(respondent.answers.count) answers but the "
                                + "codebook has \(codebook.items.count) items", at: place)
            }
            if let earlier = firstLine[respondent.id] {
                throw DataError(SurveyResponses.duplicateMessage(respondent.id, earlier: earlier), at: place)
            }
            firstLine[respondent.id] = respondent.line
            guard SurveyResponses.isCDSCode(respondent.cds) else {
                throw DataError(SurveyResponses.cdsMessage(respondent.cds), at: place)
            }
            for (item, answer) in zip(codebook.items, respondent.answers) {
                if let answer, !item.scale.allows(answer) {
                    throw DataError(SurveyResponses.outOfScaleMessage(answer, item: item), at: place)
                }
            }
        }
    }

    /// Whether the responses are labelled synthetic: their file name contains "synthetic" (as `partnership
    /// simulate-survey` requires), so every output made from them can say so.
    public var isSynthetic: Bool {
        guard let source else { return false }
        return (source.split(separator: "/").last.map(String.init) ?? source).lowercased().contains("synthetic")
    }

    /// Whether `text` is a CDS code: exactly 14 digits (2 county, 5 district, 7 school).
    ///
    /// Checked here rather than with the API loaders' CDS type so that the survey code depends on nothing but text.
    public static func isCDSCode(_ text: String) -> Bool {
        text.utf8.count == 14 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    static func cdsMessage(_ value: String) -> String {
        let digits = value.filter(\.isNumber)
        let hint = digits.count < 14 && digits.count == value.count
            ? " (leading zeros lost? write the code as text, for example \(String(repeating: "0", count: 14 - digits.count))\(digits))"
            : ""
        return "'\(value)' is not a CDS code; a CDS code is exactly 14 digits (county, district, school)\(hint)"
    }

    static func duplicateMessage(_ id: String, earlier: Int?) -> String {
        let where_ = earlier.map { " (first on line \($0))" } ?? ""
        return "respondent id '\(id)' appears twice\(where_); every respondent needs their own id"
    }

    static func outOfScaleMessage(_ answer: Double, item: CodebookItem) -> String {
        let shown = answer == answer.rounded() && abs(answer) < 1e15 ? String(Int64(answer)) : String(answer)
        return "item '\(item.id)' has the answer \(shown), which is not on its scale (whole numbers "
            + "\(item.scale.minimum)-\(item.scale.maximum)); fix the answer or leave it empty for a missing answer"
    }
}
