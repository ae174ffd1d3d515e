import DataTable
import TestSupport
import Testing
@testable import Networks

private let roster = """
    school,id,role,answered
    A,1,teacher,1
    A,2,administrator,1
    A,3,union site representative,0
    B,1,teacher,yes
    """

/// Builds every network of a roster and tie text, returning the error's one line.
private func failure(ties: String, roster rosterText: String = roster, topics: Set<String>? = nil,
                     directed: Bool = true) -> PartnershipError? {
    do {
        let people = try Roster(table: CSVReader.read(text: rosterText, source: "roster.csv",
                                                      options: CSVOptions(textColumns: ["id", "school"])))
        let list = try TieList(table: CSVReader.read(text: ties, source: "ties.csv",
                                                     options: CSVOptions(textColumns: ["from", "to", "school"])),
                               topics: topics)
        _ = try NetworkSurvey(roster: people, ties: list, directed: directed).networks()
        return nil
    } catch let error as PartnershipError {
        return error
    } catch {
        Issue.record("unexpected \(error)")
        return nil
    }
}

@Suite("Bad network files: one line naming file:line")
struct BadNetworkInputTests {
    @Test("a tie to someone not on the school's roster")
    func unknownPerson() {
        let error = failure(ties: "school,from,to,topic\nA,1,2,data\nA,1,4,data\n")
        #expect(error?.description == "ties.csv:3: tie to '4', who is not on school A's roster; add them or remove the tie")
        #expect(error?.kind == .badData)
    }

    @Test("a self-tie")
    func selfTie() {
        let error = failure(ties: "school,from,to,topic\nA,2,2,data\n")
        #expect(error?.description == "ties.csv:2: self-tie: '2' names themself; remove the row")
    }

    @Test("the same tie twice, in one topic; the same pair in another topic is fine")
    func duplicate() {
        #expect(failure(ties: "school,from,to,topic\nA,1,2,data\nA,1,2,curriculum\n") == nil)
        let error = failure(ties: "school,from,to,topic\nA,1,2,data\nA,2,1,data\nA,1,2,data\n")
        #expect(error?.description
                    == "ties.csv:4: duplicate tie '1' -> '2' about 'data' (also on line 2); keep one row")
    }

    @Test("undirected: a pair named both ways is one edge, not a duplicate")
    func undirectedBothWays() throws {
        #expect(failure(ties: "school,from,to,topic\nA,1,2,data\nA,2,1,data\n", directed: false) == nil)
    }

    @Test("a topic the codebook does not list")
    func unknownTopic() {
        let error = failure(ties: "school,from,to,topic\nA,1,2,data\nA,2,1,gossip\n", topics: ["data", "curriculum"])
        #expect(error?.description == "ties.csv:3:4: unknown topic 'gossip'; the codebook's topics are curriculum, data")
    }

    @Test("a tie in a school with no roster, a bad mode, a bad role, a repeated person")
    func otherProblems() {
        #expect(failure(ties: "school,from,to\nC,1,2\n")?.description
                    == "ties.csv:2: tie in school 'C', which has no one on the roster; add the school's people or fix the school")
        #expect(failure(ties: "from,to\n1,2\n")?.description
                    == "ties.csv:1: the node file names schools but the tie file does not; give both files a school "
                    + "column (--school COLUMN) or neither")
        #expect(failure(ties: "school,from,to,mode\nA,1,2,casual\n")?.description
                    == "ties.csv:2:4: mode 'casual' is neither formal nor informal; write one of them or leave it empty")
        #expect(failure(ties: "school,from,to\n", roster: "school,id,role\nA,1,janitor\n")?.description
                    == "roster.csv:2:3: unknown role 'janitor'; use teacher, administrator, union site representative or other")
        #expect(failure(ties: "school,from,to\n", roster: "school,id\nA,1\nA,1\n")?.description
                    == "roster.csv:3:2: person '1' is on school A's roster twice (first on line 2); keep one row")
    }

    @Test("a tie file without ties is one network of isolates, its undefined measures nil")
    func noTies() throws {
        let people = try Roster(table: CSVReader.read(text: "id\n1\n2\n3\n", options: CSVOptions(textColumns: ["id"])))
        let ties = try TieList(table: CSVReader.read(text: "from,to,relation\n", options: CSVOptions()))
        let networks = try NetworkSurvey(roster: people, ties: ties).networks()
        #expect(networks.count == 1)
        let measures = NetworkMeasures(networks[0])
        #expect(measures.density == 0)
        #expect(measures.reciprocity == nil && measures.reciprocityDyadic == nil && measures.transitivity == nil)
        #expect(measures.centralizationIn == 0)
        #expect(measures.components == ComponentCounts(weak: 3, strong: 3, largestWeak: 1, largestStrong: 1))
        #expect(measures.betweenness == [0, 0, 0])
    }

    @Test("roles and answered flags are read; the same id may appear in two schools")
    func rosterReading() throws {
        let people = try Roster(table: CSVReader.read(text: roster, options: CSVOptions(textColumns: ["id"])))
        #expect(people.schools == ["A", "B"])
        #expect(people.people.map(\.role) == [.teacher, .administrator, .unionRepresentative, .teacher])
        #expect(people.people.map(\.answered) == [true, true, false, true])
    }
}

@Suite("Network questions of a codebook")
struct NetworkQuestionsTests {
    @Test("topics and the frequency scale are read; a tie off the scale or about another topic is bad data")
    func questions() throws {
        let path = Fixtures.fixture("networks/network-questions-illustrative.csv").path
        let questions = try NetworkQuestions(file: path)
        #expect(questions.topics.map(\.key) == ["data", "curriculum", "instruction", "mentoring"])
        #expect(questions.label(of: 3) == "Weekly")
        #expect(questions.label(of: 5) == nil)
        let good = TieList(ties: [Tie(from: "1", to: "2", relation: "data", value: 4)])
        try good.checkValues(against: questions)
        let bad = TieList(ties: [Tie(from: "1", to: "2", relation: "data", value: 5,
                                     location: CellLocation(file: "ties.csv", line: 7))])
        #expect(throws: PartnershipError("frequency 5 is not on the codebook's scale: 1 (A few times a year), "
                                         + "2 (Monthly), 3 (Weekly), 4 (Daily)",
                                         at: CellLocation(file: "ties.csv", line: 7))) {
            try bad.checkValues(against: questions)
        }
    }
}
