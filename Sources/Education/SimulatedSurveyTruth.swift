extension SimulatedSurvey {
    /// The drawn truth per school as CSV: `cds,school,outcome_residual,theta,respondents` (numbers in Swift's
    /// shortest round-trip form, empty when unknown), so an analyst can compare estimates with what was generated.
    public func truthCSVText() -> String {
        var lines = ["cds,school,outcome_residual,theta,respondents"]
        for school in schools {
            lines.append([school.cds, csvField(school.name ?? ""), school.outcomeResidual.map { "\($0)" } ?? "",
                          "\(school.theta)", String(school.respondentCount)].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
