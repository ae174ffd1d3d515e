// Fit a model with HC3 standard errors and print its summary (the newcomer's first task).
// Run from the repository root: swift run example-fit-hc3
import PartnershipStats

let schools = try CSVReader.read(file: "data/api/ca-api-1999-2000-apipop.csv")
let fit = try LinearModel.fit("api00 ~ api99 + meals + factor(stype)", data: schools, covariance: .hc3)
print(fit)
print(try fit.waldTest("factor(stype)H = 0, factor(stype)M = 0"))
