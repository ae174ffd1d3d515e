// Score a survey and list each school's PAL index (the newcomer's second task).
// Run from the repository root: swift run example-score-survey
import PartnershipStats

let codebook = try Codebook.load(file: "data/survey/pal-codebook.yaml")
let responses = try SurveyResponses.load(file: "data/survey/pal-2011-abc-synthetic.csv", codebook: codebook)
let survey = try SurveyAnalysis(responses: responses)
print("PAL index by school (SYNTHETIC answers: data/survey/pal-2011-abc-synthetic.csv)")
for school in survey.summary.schoolResults {
    print(school.cds, school.respondentCount ?? 0, school.index.map { String(format: "%.3f", $0) } ?? "suppressed")
}
