import DataTable

extension SimulatedSurvey {
    /// The drawn truth per school: `cds`, `school`, `outcome_residual`, `theta`, `respondents`, so an analyst can
    /// compare what the method estimates with what was generated.
    public func truthTable() throws -> DataTable {
        try DataTable(columns: [
            ("cds", .text(schools.map(\.cds))),
            ("school", .text(schools.map(\.name))),
            ("outcome_residual", .numeric(schools.map(\.outcomeResidual))),
            ("theta", .numeric(schools.map(\.theta))),
            ("respondents", .numeric(schools.map { Double($0.respondentCount) })),
        ])
    }
}
