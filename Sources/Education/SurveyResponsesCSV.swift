import Foundation

extension SurveyResponses {
    /// The responses as a CSV file the loader reads back: `respondent_id,cds,role`, then one column per codebook item
    /// in codebook order; answers as whole numbers, missing answers empty, lines ending in `\n`.
    ///
    /// Deterministic text (no locale, no platform number formatting), so a simulated survey is byte-identical
    /// for the same seed.
    public func csvText() -> String {
        var lines = [(SurveyResponses.respondentColumns + codebook.items.map(\.id)).map(csvField).joined(separator: ",")]
        lines.reserveCapacity(respondents.count + 1)
        for respondent in respondents {
            var fields = [csvField(respondent.id), respondent.cds, respondent.role.rawValue]
            for answer in respondent.answers {
                fields.append(answer.map { String(Int64($0)) } ?? "")
            }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A CSV field, quoted (with doubled quotes) only when it holds a comma, quote or line break.
func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
