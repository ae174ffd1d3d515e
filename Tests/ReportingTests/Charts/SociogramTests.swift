import DataTable
import Education
import Networks
import Testing
@testable import Reporting

/// Five people: a mutual pair (teacher 1 and the principal), two one-way ties, one non-respondent, one isolate.
private func school() throws -> Network {
    let people = [
        RosterPerson(school: "Hill", id: "t1", role: .teacher),
        RosterPerson(school: "Hill", id: "p", role: .administrator),
        RosterPerson(school: "Hill", id: "u", role: .unionRepresentative),
        RosterPerson(school: "Hill", id: "t2", role: .teacher, answered: false),
        RosterPerson(school: "Hill", id: "t3", role: .teacher),
    ]
    let ties = [Tie(school: "Hill", from: "t1", to: "p"), Tie(school: "Hill", from: "p", to: "t1"),
                Tie(school: "Hill", from: "u", to: "p"), Tie(school: "Hill", from: "t1", to: "t2")]
    return try Network(people: people, ties: ties, school: "Hill")
}

private func count(_ tag: String, _ svg: String) -> Int { svg.components(separatedBy: tag).count - 1 }

@Suite("Sociogram SVG")
struct SociogramTests {
    @Test("one marker per person, one line per tied pair, an arrowhead per arc, a legend of the roles present")
    func drawing() throws {
        let rule = try SuppressionRule(threshold: 3)
        let svg = try Sociogram(title: "Hill", network: school(), seed: 3, suppression: rule).svg(description: "d")
        // Legend markers: teacher, administrator, representative, and the hollow one (4), plus the 5 people.
        #expect(count("<circle", svg) + count("<polygon points=\"", svg) - count("fill=\"#7a7a7a\"", svg) == 5 + 4)
        #expect(count("<line", svg) == 3)
        #expect(count("fill=\"#7a7a7a\"", svg) == 4)
        #expect(count("fill=\"white\" stroke=\"#0072B2\"", svg) == 1)
        for id in ["t1", "t2", "t3", ">p<", ">u<"] { #expect(!svg.contains(id)) }
        #expect(!svg.contains(">other<"))
    }

    @Test("a school with fewer respondents than the threshold is refused")
    func suppressed() throws {
        #expect(throws: PartnershipError("school Hill has 4 respondents to the network questions, fewer than the "
                                         + "suppression threshold 5; its sociogram is not drawn", kind: .usage)) {
            _ = try Sociogram(title: "Hill", network: school(), seed: 3, suppression: SuppressionRule())
        }
    }
}
