import Foundation
import Reporting
import Testing
import TestSupport
@testable import PartnershipCLI

private let networks = ["krackhardt_hightech", "lazega_lawfirm", "emon_texas"]

private func fixture(_ name: String) -> String { Fixtures.fixture("networks/" + name).path }

/// reference.json's relations of one data set (networkx 3.6.1, python-igraph 1.0.0, R igraph 1.3.5, sna 2.7-1).
private func referenceRelations(_ name: String) throws -> [String: [String: Any]] {
    let data = try Data(contentsOf: URL(fileURLWithPath: fixture("reference.json")))
    let all = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let set = try #require(all[name] as? [String: Any])
    return try #require(set["relations"] as? [String: [String: Any]])
}

private func runJSON(_ arguments: [String]) throws -> [[String: Any]] {
    let output = try temporaryFolder().appendingPathComponent("measures.json").path
    let (code, errors) = runCapturingErrors(arguments + ["--format", "json", "--output", output])
    #expect(code == 0, "\(errors)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
                                as? [String: Any])
    return try #require(json["networks"] as? [[String: Any]])
}

@Suite("partnership network measures")
struct NetworkMeasuresCommandTests {
    /// Every relation of each shared network: the JSON keys equal reference.json to 1e-10 (it prints 10 decimals).
    @Test("JSON rows match reference.json", arguments: networks)
    func matchesReference(name: String) throws {
        let expected = try referenceRelations(name)
        let group = name == "emon_texas" ? "Sponsorship" : name == "krackhardt_hightech" ? "dept" : "office"
        let distance = name == "emon_texas" ? ["--distance", "frequency_raw"] : []
        let rows = try runJSON(["network", "measures", "--edges", fixture("\(name)_edges.csv"),
                                "--nodes", fixture("\(name)_nodes.csv"), "--group", group] + distance)
        #expect(rows.count == expected.count)
        for row in rows {
            let relation = try #require(row["relation"] as? String)
            let want = try #require(expected[relation])
            func check(_ key: String, _ value: Any?) {
                guard let value = value as? Double, let got = row[key] as? Double else {
                    Issue.record("\(name)/\(relation) \(key): \(String(describing: row[key])) vs \(String(describing: value))")
                    return
                }
                #expect(agrees(got, value, relative: 1e-10, absolute: 1e-10), "\(name)/\(relation) \(key)")
            }
            func sub(_ key: String) -> [String: Any] { want[key] as! [String: Any] }
            check("density", sub("density")["networkx"])
            check("reciprocity", sub("reciprocity")["edgewise_networkx"])
            check("reciprocity_dyadic", sub("reciprocity")["dyad_ratio_igraph_ratio"])
            check("transitivity", sub("transitivity_undirected_global")["networkx"])
            check("average_clustering", sub("avg_local_clustering_undirected")["networkx_zero_for_deg_lt2"])
            let freeman = sub("freeman_degree_centralization")
            for mode in ["in", "out", "all"] {
                check("centralization_\(mode)", (freeman[mode] as! [String: Any])["normalized_igraph_convention"])
            }
            #expect(row["weak_components"] as? Int == sub("components")["weak_networkx"] as? Int)
            #expect(row["strong_components"] as? Int == sub("components")["strong_networkx"] as? Int)
            check("mean_betweenness", sub("betweenness")["mean_networkx"])
            check("max_betweenness", sub("betweenness")["max"])
            check("mean_degree", sub("degree")["mean_in"])
            let mixing = (sub("group_mixing")[group] as! [String: Any])
            check("ei_index", mixing["EI"])
            check("density_within_groups", mixing["density_within"])
            check("assortativity", mixing["assortativity_igraph_nominal"])
            let alternatives = try #require(row["alternatives"] as? [String: Any])
            let r = sub("R_igraph_and_sna")
            for (key, value) in [("reciprocity_sna_dyadic", r["grecip_sna_dyadic"]),
                                 ("transitivity_sna_gtrans_weak", r["transitivity_sna_gtrans_weak"]),
                                 ("average_clustering_igraph_nan",
                                  sub("avg_local_clustering_undirected")["igraph_mode_nan_excludes_deg_lt2"])] {
                #expect(agrees(alternatives[key] as! Double, value as! Double, relative: 1e-10, absolute: 1e-10),
                        "\(name)/\(relation) \(key)")
            }
            let people = try #require(row["people"] as? [[String: Any]])
            let betweenness = sub("betweenness")["per_node_networkx"] as! [Double]
            for (person, value) in zip(people, betweenness) {
                #expect(agrees(person["betweenness"] as! Double, value, relative: 1e-10, absolute: 1e-10))
            }
            #expect(people.map { $0["in_degree"] as! Int } == sub("degree")["in"] as! [Int])
            if name == "emon_texas" {
                let weighted = sub("weighted")
                check("mean_tie_value", weighted["mean_weight_of_ties"])
                check("valued_density", weighted["weighted_density_sum_w_over_n(n-1)"])
                check("valued_density_over_max", weighted["weighted_density_over_max_weight_4"])
                check("strength_in_deviation_sum", weighted["freeman_in_strength_centralization_sum_dev"])
                check("mean_betweenness_weighted", weighted["betweenness_dist_eq_frequency_raw_mean_networkx"])
            }
        }
    }

    @Test("--relation picks one network; --school splits a synthetic survey and says it is synthetic")
    func relationAndSchool() throws {
        let rows = try runJSON(["network", "measures", "--edges", fixture("krackhardt_hightech_edges.csv"),
                                "--nodes", fixture("krackhardt_hightech_nodes.csv"), "--relation", "friendship",
                                "--undirected"])
        #expect(rows.count == 1)
        #expect(rows[0]["directed"] as? Bool == false)
        #expect(rows[0]["ties"] as? Int == 79)
        let output = try temporaryFolder().appendingPathComponent("schools-synthetic.md").path
        let (code, errors) = runCapturingErrors(["network", "measures", "--edges", fixture("synthetic-school-ties.csv"),
                                                 "--nodes", fixture("synthetic-school-roster.csv"), "--school", "school",
                                                 "--output", output])
        #expect(code == 0, "\(errors)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.hasPrefix("**Synthetic data**"))
        #expect(text.contains("| South  | curriculum |"))
        #expect(text.contains("## Union site representative and principal"))
        let csv = try temporaryFolder().appendingPathComponent("schools-synthetic.csv").path
        #expect(runCapturingErrors(["network", "measures", "--edges", fixture("synthetic-school-ties.csv"),
                                    "--nodes", fixture("synthetic-school-roster.csv"), "--format", "csv",
                                    "--output", csv]).code == 0)
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("school,nodes_data,ties_data,response_rate_data,density_data,"))
        #expect(lines[2].hasPrefix("South,10,"))
        // A synthetic input may not be written to a file whose name hides it.
        let hidden = try temporaryFolder().appendingPathComponent("schools.md").path
        let refused = runCapturingErrors(["network", "measures", "--edges", fixture("synthetic-school-ties.csv"),
                                          "--nodes", fixture("synthetic-school-roster.csv"), "--output", hidden])
        #expect(refused.code == 64)
        #expect(!FileManager.default.fileExists(atPath: hidden))
    }

    @Test("bad tie files: exit 65, one line naming file:line, no output written")
    func badInput() throws {
        let folder = try temporaryFolder()
        let nodes = folder.appendingPathComponent("nodes.csv").path
        let edges = folder.appendingPathComponent("edges.csv").path
        let output = folder.appendingPathComponent("out.json").path
        try "id,role\n1,teacher\n2,principal\n3,teacher\n".write(toFile: nodes, atomically: true, encoding: .utf8)
        for (ties, message) in [
            ("from,to\n1,2\n1,9\n", "\(edges):3: tie to '9', who is not on the node file; add them or remove the tie"),
            ("from,to\n1,2\n3,3\n", "\(edges):3: self-tie: '3' names themself; remove the row"),
            ("from,to\n1,2\n1,2\n", "\(edges):3: duplicate tie '1' -> '2' (also on line 2); keep one row"),
        ] {
            try ties.write(toFile: edges, atomically: true, encoding: .utf8)
            let (code, errors) = runCapturingErrors(["network", "measures", "--edges", edges, "--nodes", nodes,
                                                     "--output", output])
            #expect(code == 65)
            #expect(errors == [message])
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        try "from,to,topic,value\n1,2,data,3\n2,1,gossip,2\n".write(toFile: edges, atomically: true, encoding: .utf8)
        let topic = runCapturingErrors(["network", "measures", "--edges", edges, "--nodes", nodes,
                                        "--questions", fixture("network-questions-illustrative.csv")])
        #expect(topic.code == 65)
        #expect(topic.errors.first?.hasPrefix("\(edges):3:3: unknown topic 'gossip'") == true)
        let missing = runCapturingErrors(["network", "measures", "--edges", folder.path + "/none.csv", "--nodes", nodes])
        #expect(missing.code == 66)
        try "from,to\n1,2\n".write(toFile: edges, atomically: true, encoding: .utf8)
        let usage = runCapturingErrors(["network", "measures", "--edges", edges, "--nodes", nodes, "--group", "dept"])
        #expect(usage.code == 64)
        #expect(usage.errors == ["no column 'dept' in the node file; the columns are: id, role"])
    }

    @Test("the Markdown renders (cmark-gfm) as a table of one row per network, conventions as a list")
    func markdownRenders() throws {
        let output = try temporaryFolder().appendingPathComponent("lazega.md").path
        let (code, errors) = runCapturingErrors(["network", "measures", "--edges", fixture("lazega_lawfirm_edges.csv"),
                                                 "--nodes", fixture("lazega_lawfirm_nodes.csv"), "--group", "status",
                                                 "--output", output])
        #expect(code == 0, "\(errors)")
        let html = try CommonMarkRenderer.html(try String(contentsOfFile: output, encoding: .utf8))
        #expect(CommonMarkRenderer.count("<table>", in: html) == 1)
        #expect(CommonMarkRenderer.count("<tr>", in: html) == 4)
        #expect(html.contains("<td align=\"left\">cowork</td>"))
        #expect(CommonMarkRenderer.count("<li>", in: html) == NetworkMeasuresOutput.conventions.count)
    }

    @Test("--help has an example")
    func help() throws {
        let text = NetworkMeasuresCommand.helpMessage()
        #expect(text.contains("partnership network measures --edges"))
    }
}
