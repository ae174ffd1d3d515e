import DataTable

extension SurveyResponses {
    /// The responses as a table the loader reads back: `respondent_id`, `cds`, `role` (text), then one numeric
    /// column per codebook item in codebook order (missing answers missing).
    public func table() throws -> DataTable {
        var columns: [(name: String, values: Column)] = [
            ("respondent_id", .text(respondents.map(\.id))),
            ("cds", .text(respondents.map(\.cds))),
            ("role", .text(respondents.map(\.role.rawValue))),
        ]
        for (index, item) in codebook.items.enumerated() {
            columns.append((item.id, .numeric(respondents.map { $0.answers[index] })))
        }
        return try DataTable(columns: columns, source: source)
    }

    /// The responses as CSV text (`CSVWriter` defaults: answers as whole numbers, missing answers empty, `\n` line
    /// ends): deterministic, so a simulated survey is byte-identical for the same seed on every platform.
    public func csvText() throws -> String {
        CSVWriter().text(of: try table())
    }
}
