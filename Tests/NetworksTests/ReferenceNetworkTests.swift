import DataTable
import Foundation
import TestSupport
import Testing
@testable import Networks

/// The three real networks of `Tests/Fixtures/networks/` and the relations reference.json describes.
private let referenceNetworks = ["krackhardt_hightech", "lazega_lawfirm", "emon_texas"]

/// reference.json (networkx 3.6.1, python-igraph 1.0.0, R igraph 1.3.5, sna 2.7-1; see its `_meta`).
private func referenceFile() -> [String: Any] {
    let data = try! Data(contentsOf: Fixtures.fixture("networks/reference.json"))
    return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
}

private func survey(_ name: String, weight: String? = nil) throws -> NetworkSurvey {
    let nodes = try Roster(file: Fixtures.fixture("networks/\(name)_nodes.csv").path)
    let edges = try TieList(file: Fixtures.fixture("networks/\(name)_edges.csv").path, weightColumn: weight)
    return NetworkSurvey(roster: nodes, ties: edges)
}

private func relations(_ name: String) -> [(String, [String: Any])] {
    let set = (referenceFile()[name] as! [String: Any])["relations"] as! [String: Any]
    return set.keys.sorted().map { ($0, set[$0] as! [String: Any]) }
}

/// The reference values are printed to 10 decimals (11 significant digits in the R section): 1e-10 absolute, or
/// 1e-10 relative for large values, is what they can show.
private func same(_ actual: Double?, _ expected: Any?, _ what: String) {
    guard let expected = expected as? Double else {
        #expect(actual == nil, "\(what): expected null, got \(String(describing: actual))")
        return
    }
    guard let actual else {
        Issue.record("\(what): got nil, expected \(expected)")
        return
    }
    #expect(agrees(actual, expected, relative: 1e-10, absolute: 1e-10), "\(what): \(actual) vs \(expected)")
}

private func sameList(_ actual: [Double], _ expected: Any?, _ what: String) {
    let values = (expected as! [NSNumber]).map(\.doubleValue)
    #expect(actual.count == values.count, "\(what): length")
    for (index, pair) in zip(actual, values).enumerated() { same(pair.0, pair.1, "\(what)[\(index + 1)]") }
}

@Suite("Network measures against networkx, igraph and sna (reference.json)")
struct ReferenceNetworkTests {
    @Test("density, dyads, reciprocity, transitivity and clustering", arguments: referenceNetworks)
    func structure(name: String) throws {
        let data = try survey(name)
        for (relation, expected) in relations(name) {
            let network = try data.network(school: "", relation: relation)
            let label = "\(name)/\(relation)"
            #expect(network.isDirected == (expected["directed"] as! Bool))
            #expect(network.edgeCount == expected["n_edges"] as! Int, "\(label) ties")
            same(network.density, (expected["density"] as! [String: Any])["networkx"], "\(label) density")
            let census = expected["dyad_census"] as! [String: Any]
            #expect(network.dyadCensus == DyadCensus(mutual: census["mutual"] as! Int,
                                                     asymmetric: census["asymmetric"] as! Int,
                                                     null: census["null"] as! Int), "\(label) dyads")
            let reciprocity = expected["reciprocity"] as! [String: Any]
            same(network.reciprocity, reciprocity["edgewise_networkx"], "\(label) reciprocity")
            same(network.reciprocityDyadic, reciprocity["dyad_ratio_igraph_ratio"], "\(label) reciprocity dyadic")
            same(network.reciprocitySNADyadic, reciprocity["sna_dyadic_incl_null_by_hand"], "\(label) sna dyadic")
            same(network.transitivity, (expected["transitivity_undirected_global"] as! [String: Any])["networkx"],
                 "\(label) transitivity")
            same(network.averageClustering,
                 (expected["avg_local_clustering_undirected"] as! [String: Any])["networkx_zero_for_deg_lt2"],
                 "\(label) average clustering")
            same(network.averageClusteringExcludingLowDegree,
                 (expected["avg_local_clustering_undirected"] as! [String: Any])["igraph_mode_nan_excludes_deg_lt2"],
                 "\(label) average clustering, igraph nan")
            let r = expected["R_igraph_and_sna"] as! [String: Any]
            same(network.transitivitySNAWeak, r["transitivity_sna_gtrans_weak"], "\(label) sna gtrans weak")
            same(network.transitivity, r["transitivity_global_igraph"], "\(label) R igraph transitivity")
            same(network.reciprocitySNADyadic, r["grecip_sna_dyadic"], "\(label) sna grecip dyadic")
        }
    }

    @Test("degrees, Freeman centralization and components", arguments: referenceNetworks)
    func degreesAndComponents(name: String) throws {
        let data = try survey(name)
        for (relation, expected) in relations(name) {
            let network = try data.network(school: "", relation: relation)
            let label = "\(name)/\(relation)"
            let degree = expected["degree"] as! [String: Any]
            #expect(network.inDegree == degree["in"] as! [Int], "\(label) in-degree")
            #expect(network.outDegree == degree["out"] as! [Int], "\(label) out-degree")
            #expect(network.allDegree == degree["all"] as! [Int], "\(label) all-degree")
            let freeman = expected["freeman_degree_centralization"] as! [String: Any]
            for mode in DegreeMode.allCases {
                let entry = freeman[mode.rawValue] as! [String: Any]
                same(network.centralization(mode), entry["normalized_igraph_convention"], "\(label) centralization \(mode)")
            }
            let r = expected["R_igraph_and_sna"] as! [String: Any]
            same(network.centralization(.in), r["centralization_sna_indegree"], "\(label) sna indegree")
            same(network.centralization(.all), r["centralization_sna_freeman"], "\(label) sna freeman")
            let components = expected["components"] as! [String: Any]
            #expect(network.components == ComponentCounts(
                weak: components["weak_networkx"] as! Int, strong: components["strong_networkx"] as! Int,
                largestWeak: components["largest_weak"] as! Int, largestStrong: components["largest_strong"] as! Int),
                    "\(label) components")
        }
    }

    @Test("unnormalised betweenness per node, mean, max and networkx's normalised mean", arguments: referenceNetworks)
    func betweenness(name: String) throws {
        let data = try survey(name)
        for (relation, expected) in relations(name) {
            let network = try data.network(school: "", relation: relation)
            let label = "\(name)/\(relation)"
            let measures = NetworkMeasures(network)
            let reference = expected["betweenness"] as! [String: Any]
            sameList(measures.betweenness, reference["per_node_networkx"], "\(label) betweenness")
            same(measures.meanBetweenness, reference["mean_igraph"], "\(label) mean betweenness")
            same(measures.maxBetweenness, reference["max"], "\(label) max betweenness")
            same(measures.meanBetweennessNormalized, reference["mean_normalized_networkx"], "\(label) normalised")
            same(measures.meanBetweenness, (expected["R_igraph_and_sna"] as! [String: Any])["betweenness_mean_sna"],
                 "\(label) sna betweenness")
        }
    }

    @Test("block densities, E-I index and nominal assortativity of each node attribute", arguments: referenceNetworks)
    func groupMixing(name: String) throws {
        let data = try survey(name)
        for (relation, expected) in relations(name) {
            let network = try data.network(school: "", relation: relation)
            let mixing = expected["group_mixing"] as! [String: Any]
            for column in mixing.keys.sorted() {
                let label = "\(name)/\(relation)/\(column)"
                let reference = mixing[column] as! [String: Any]
                let result = network.groupMixing(try data.groups(column: column, school: ""))
                #expect(result.external == reference["E"] as! Int, "\(label) E")
                #expect(result.internal == reference["I"] as! Int, "\(label) I")
                same(result.eiIndex, reference["EI"], "\(label) E-I")
                same(result.densityWithin, reference["density_within"], "\(label) within")
                same(result.densityBetween, reference["density_between"], "\(label) between")
                #expect(result.groupSizes == reference["group_sizes"] as! [String: Int], "\(label) sizes")
                let blocks = reference["block_density"] as! [String: Any]
                #expect(Set(result.blockDensity.keys) == Set(blocks.keys), "\(label) blocks")
                for key in blocks.keys.sorted() {
                    same(result.blockDensity[key] ?? nil, blocks[key] is NSNull ? nil : blocks[key], "\(label) \(key)")
                }
                same(result.assortativity, reference["assortativity_igraph_nominal"], "\(label) assortativity")
                let sna = (expected["R_igraph_and_sna"] as! [String: Any])["block_density_sna_\(column)"] as! [String: Any]
                for key in sna.keys.sorted() {
                    same(result.blockDensity[key] ?? nil, sna[key] is NSNull ? nil : sna[key], "\(label) sna \(key)")
                }
            }
        }
    }

    @Test("EMON's valued measures: strength, valued density, weighted betweenness with distance = Frequency")
    func valued() throws {
        let expected = relations("emon_texas")[0].1
        let weighted = expected["weighted"] as! [String: Any]
        let network = try survey("emon_texas").network(school: "", relation: "interaction")
        let valued = try #require(network.valuedMeasures())
        sameList(valued.strengthIn, weighted["strength_in"], "strength in")
        sameList(valued.strengthOut, weighted["strength_out"], "strength out")
        same(valued.sumOfValues, weighted["sum_weight"], "sum of weights")
        same(valued.meanTieValue, weighted["mean_weight_of_ties"], "mean tie value")
        same(valued.valuedDensity, weighted["weighted_density_sum_w_over_n(n-1)"], "valued density")
        same(valued.valuedDensityOverMaximum, weighted["weighted_density_over_max_weight_4"], "over the maximum 4")
        same(valued.inStrengthDeviationSum, weighted["freeman_in_strength_centralization_sum_dev"], "in-strength dev")
        // Frequency (1 = most often) as the length of a tie: the reference's weighted betweenness.
        let raw = try survey("emon_texas", weight: "frequency_raw").network(school: "", relation: "interaction")
        let scores = raw.betweenness(distances: raw.values)
        let nodes = try Roster(file: Fixtures.fixture("networks/emon_texas_nodes.csv").path)
        let lengths = try TieList(file: Fixtures.fixture("networks/emon_texas_edges.csv").path,
                                  distanceColumn: "frequency_raw")
        let measured = NetworkMeasures(try NetworkSurvey(roster: nodes, ties: lengths).network(school: "", relation: "interaction"))
        same(measured.meanWeightedBetweenness, weighted["betweenness_dist_eq_frequency_raw_mean_networkx"],
             "weighted betweenness via distanceColumn")
        same(scores.reduce(0, +) / Double(scores.count), weighted["betweenness_dist_eq_frequency_raw_mean_networkx"],
             "weighted betweenness")
        // igraph's trap: the 1-4 weight taken as a length, as R igraph does by default.
        let trap = network.betweenness(distances: network.values)
        same(trap.reduce(0, +) / Double(trap.count),
             (expected["R_igraph_and_sna"] as! [String: Any])["betweenness_mean_igraph_default_uses_weight_attr"],
             "R igraph default weights")
    }
}
