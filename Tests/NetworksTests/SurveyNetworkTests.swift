import DataTable
import Foundation
import TestSupport
import Testing
@testable import Networks

/// Tests/Fixtures/networks/networks-extra-reference.json, made by Tests/Fixtures/scripts/networks_reference.py
/// (networkx 3.6.1 and plain Python sets).
private func extraReference(_ key: String) -> [String: Any] {
    let data = try! Data(contentsOf: Fixtures.fixture("networks/networks-extra-reference.json"))
    let all = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    return all[key] as! [String: Any]
}

private func close(_ actual: Double?, _ expected: Any?, _ what: String) {
    guard let actual, let expected = expected as? Double else {
        Issue.record("\(what): \(String(describing: actual)) vs \(String(describing: expected))")
        return
    }
    #expect(agrees(actual, expected, relative: 1e-12, absolute: 1e-12), "\(what): \(actual) vs \(expected)")
}

@Suite("Undirected networks and school surveys with non-respondents")
struct SurveyNetworkTests {
    @Test("Krackhardt friendship read as undirected agrees with networkx")
    func undirectedKrackhardt() throws {
        let expected = extraReference("krackhardt_friendship_undirected")
        let roster = try Roster(file: Fixtures.fixture("networks/krackhardt_hightech_nodes.csv").path)
        let ties = try TieList(file: Fixtures.fixture("networks/krackhardt_hightech_edges.csv").path)
        let network = try NetworkSurvey(roster: roster, ties: ties, directed: false)
            .network(school: "", relation: "friendship")
        #expect(network.edgeCount == expected["edges"] as! Int)
        close(network.density, expected["density"], "density")
        close(network.transitivity, expected["transitivity"], "transitivity")
        close(network.averageClustering, expected["average_clustering"], "average clustering")
        #expect(network.allDegree == expected["degree"] as! [Int])
        for mode in DegreeMode.allCases {
            close(network.centralization(mode), expected["centralization"], "centralization \(mode)")
        }
        let betweenness = network.betweenness()
        for (index, value) in (expected["betweenness"] as! [Double]).enumerated() {
            close(betweenness[index], value, "betweenness \(index + 1)")
        }
        #expect(network.components.weak == expected["components"] as! Int)
        #expect(network.components.strong == network.components.weak)
        #expect(network.reciprocity == 1)
        let mixing = network.groupMixing(try roster.attributes.text("level"))
        #expect(mixing.external == expected["level_E"] as! Int)
        #expect(mixing.internal == expected["level_I"] as! Int)
        close(mixing.eiIndex, expected["level_EI"], "E-I")
        close(mixing.assortativity, expected["level_assortativity"], "assortativity")
        let blocks = expected["level_block_density"] as! [String: Any]
        for key in blocks.keys.sorted() {
            if blocks[key] is NSNull { #expect(mixing.blockDensity[key]! == nil) } else {
                close(mixing.blockDensity[key] ?? nil, blocks[key], key)
            }
        }
    }

    @Test("respondent density, symmetrised density, response rate and the representative-principal dyad (SYNTHETIC)")
    func schoolSurvey() throws {
        let expected = extraReference("synthetic_school_survey")
        let roster = try Roster(file: Fixtures.fixture("networks/synthetic-school-roster.csv").path)
        let ties = try TieList(file: Fixtures.fixture("networks/synthetic-school-ties.csv").path,
                               topics: ["data", "curriculum"])
        let networks = try NetworkSurvey(roster: roster, ties: ties).networks()
        #expect(networks.count == expected.count)
        for network in networks {
            let key = "\(network.school)/\(network.relation)"
            let want = expected[key] as! [String: Any]
            let measures = NetworkMeasures(network)
            #expect(measures.ties == want["ties"] as! Int, "\(key) ties")
            #expect(measures.respondents.respondents == want["respondents"] as! Int, "\(key) respondents")
            close(measures.density, want["density"], "\(key) density")
            close(measures.respondents.responseRate, want["response_rate"], "\(key) response rate")
            close(measures.respondents.respondentDensity, want["respondent_density"], "\(key) respondent density")
            close(measures.respondents.symmetrisedDensity, want["symmetrised_density"], "\(key) symmetrised")
            close(measures.valued?.meanTieValue, want["mean_value"], "\(key) mean value")
            let dyad = try #require(measures.representativePrincipal)
            for (direction, name) in [(dyad.representativeToPrincipal, "rep_to_principal"),
                                      (dyad.principalToRepresentative, "principal_to_rep")] {
                let way = want[name] as! [String: Any]
                #expect(direction.present == way["present"] as! Bool, "\(key) \(name)")
                #expect(direction.frequency == (way["frequency"] as? Double), "\(key) \(name) frequency")
                #expect(direction.mode?.rawValue == (way["mode"] as? String), "\(key) \(name) mode")
            }
        }
    }

    @Test("school-level tables: long (school x relation) and wide (<measure>_<relation>) (SYNTHETIC)")
    func tables() throws {
        let roster = try Roster(file: Fixtures.fixture("networks/synthetic-school-roster.csv").path)
        let ties = try TieList(file: Fixtures.fixture("networks/synthetic-school-ties.csv").path)
        let survey = NetworkSurvey(roster: roster, ties: ties)
        let rows = try survey.networks().map { NetworkMeasures($0, groups: try survey.groups(column: "role", school: $0.school)) }
        let long = try NetworkMeasures.longTable(rows)
        #expect(long.rowCount == 4)
        #expect(try long.text("relation") == ["data", "curriculum", "data", "curriculum"])
        let wide = try NetworkMeasures.wideTable(rows)
        #expect(try wide.text("school") == ["North", "South"])
        let expected = extraReference("synthetic_school_survey")
        let densities = try wide.numeric("density_respondents_curriculum")
        close(densities[1], (expected["South/curriculum"] as! [String: Any])["respondent_density"], "wide respondent density")
        #expect(try wide.numeric("rep_to_principal_curriculum") == [0, 1])
        #expect(try wide.numeric("rep_principal_frequency_curriculum") == [nil, 4])
        #expect(try wide.numeric("rep_principal_informal_curriculum") == [nil, 0])
        #expect(wide.hasColumn("ei_index_data"))
    }
}
