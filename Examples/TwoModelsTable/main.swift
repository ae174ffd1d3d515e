// Two models side by side as a Markdown table, HC3 standard errors (the newcomer's third task).
// Run from the repository root: swift run example-two-models
import PartnershipStats

let schools = try CSVReader.read(file: "data/api/ca-api-1999-2000-apipop.csv")
let poverty = try LinearModel.fit("api00 ~ meals", data: schools, covariance: .hc3)
let lagged = try LinearModel.fit("api00 ~ api99 + meals", data: schools, covariance: .hc3)
let models = [ModelSummary(name: "(1) poverty", fit: poverty), ModelSummary(name: "(2) lagged", fit: lagged)]
print(RegressionTable(models: models, observationLabel: "N (schools)").render())
