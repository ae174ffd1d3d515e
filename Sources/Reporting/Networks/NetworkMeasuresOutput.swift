import Networks

/// `partnership network measures` output: one row per network, as JSON (keys named after the measures) or as a
/// Markdown table, with the conventions named where igraph, networkx and sna differ.
public enum NetworkMeasuresOutput {
    /// The conventions every row follows, keyed by measure (printed in JSON and under the Markdown table).
    public static let conventions: [(String, String)] = [
        ("density", "m/(n(n-1)) directed, 2m/(n(n-1)) undirected, no loops"),
        ("reciprocity", "share of arcs reciprocated, 2M/(2M+A) (networkx, igraph default, sna edgewise)"),
        ("reciprocity_dyadic", "M/(M+A) over connected dyads (igraph ratio, sna dyadic.nonnull)"),
        ("transitivity", "global transitivity of the symmetrised graph (igraph global, networkx on to_undirected)"),
        ("average_clustering", "mean local clustering of the symmetrised graph, degree < 2 counted as 0"),
        ("centralization", "Freeman degree centralization normalised as igraph centr_degree (loops = FALSE)"),
        ("betweenness", "unnormalised (Brandes), ordered pairs if directed; tie values never used as lengths"),
        ("mean_betweenness_weighted", "shortest paths by the --distance column's lengths (not by tie values)"),
        ("alternatives", "other libraries' measures of the same name: sna grecip dyadic (null dyads symmetric), "
            + "sna gtrans weak (directed), igraph average clustering leaving out degree < 2"),
        ("ei_index", "Krackhardt-Stern (E-I)/(E+I) over ties, not adjusted for group sizes"),
        ("block_density", "ties from group a to group b over ordered pairs, no diagonal (sna blockmodel)"),
        ("density_respondents", "ties respondents sent over respondents x (n-1)"),
        ("density_symmetrised", "pairs tied either way over pairs with at least one respondent"),
    ]

    /// One network's row as a JSON object; `group` names the grouping column (nil: none).
    public static func json(_ m: NetworkMeasures, group: String?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("school", .string(m.school)), ("relation", .string(m.relation)), ("directed", .bool(m.directed)),
            ("nodes", .integer(m.nodes)), ("ties", .integer(m.ties)),
            ("respondents", .integer(m.respondents.respondents)),
            ("response_rate", .number(m.respondents.responseRate)),
            ("density", .number(m.density)),
            ("density_respondents", .number(m.respondents.respondentDensity)),
            ("density_symmetrised", .number(m.respondents.symmetrisedDensity)),
            ("dyad_census", .object([("mutual", .integer(m.dyadCensus.mutual)),
                                     ("asymmetric", .integer(m.dyadCensus.asymmetric)),
                                     ("null", .integer(m.dyadCensus.null))])),
            ("reciprocity", .number(m.reciprocity)), ("reciprocity_dyadic", .number(m.reciprocityDyadic)),
            ("transitivity", .number(m.transitivity)), ("average_clustering", .number(m.averageClustering)),
            ("centralization_in", .number(m.centralizationIn)), ("centralization_out", .number(m.centralizationOut)),
            ("centralization_all", .number(m.centralizationAll)),
            ("weak_components", .integer(m.components.weak)), ("strong_components", .integer(m.components.strong)),
            ("largest_weak_component", .integer(m.components.largestWeak)),
            ("largest_strong_component", .integer(m.components.largestStrong)),
            ("mean_degree", .number(m.nodes == 0 ? nil : Double(m.inDegree.reduce(0, +)) / Double(m.nodes))),
            ("mean_betweenness", .number(m.meanBetweenness)), ("max_betweenness", .number(m.maxBetweenness)),
            ("mean_betweenness_normalized", .number(m.meanBetweennessNormalized)),
        ]
        if let weighted = m.meanWeightedBetweenness {
            members.append(("mean_betweenness_weighted", .number(weighted)))
        }
        if let valued = m.valued {
            members += [("sum_of_values", .number(valued.sumOfValues)), ("mean_tie_value", .number(valued.meanTieValue)),
                        ("valued_density", .number(valued.valuedDensity)),
                        ("valued_density_over_max", .number(valued.valuedDensityOverMaximum)),
                        ("strength_in_deviation_sum", .number(valued.inStrengthDeviationSum))]
        }
        if let mixing = m.groupMixing, let group {
            members += groupMembers(mixing, column: group)
        }
        if let dyad = m.representativePrincipal {
            members.append(("representative_principal", .object([
                ("representative_to_principal", direction(dyad.representativeToPrincipal)),
                ("principal_to_representative", direction(dyad.principalToRepresentative)),
                ("mutual", .bool(dyad.mutual)),
            ])))
        }
        members.append(("alternatives", .object([
            ("reciprocity_sna_dyadic", .number(m.alternatives.reciprocitySNADyadic)),
            ("transitivity_sna_gtrans_weak", .number(m.alternatives.transitivitySNAWeak)),
            ("average_clustering_igraph_nan", .number(m.alternatives.averageClusteringExcludingLowDegree)),
        ])))
        members.append(("people", .array(people(m))))
        return .object(members)
    }

    /// The whole document: conventions, whether the input is synthetic, and the rows.
    public static func document(_ rows: [NetworkMeasures], group: String?, synthetic: Bool) -> JSONValue {
        .object([
            ("synthetic", .bool(synthetic)),
            ("conventions", .object(conventions.map { ($0.0, .string($0.1)) })),
            ("networks", .array(rows.map { json($0, group: group) })),
        ])
    }

    private static func groupMembers(_ mixing: GroupMixing, column: String) -> [(String, JSONValue)] {
        let blocks = mixing.groups.flatMap { a in mixing.groups.map { GroupMixing.blockKey(a, $0) } }
        return [
            ("group", .string(column)),
            ("group_sizes", .object(mixing.groups.map { ($0, .integer(mixing.groupSizes[$0] ?? 0)) })),
            ("ties_between_groups", .integer(mixing.external)), ("ties_within_groups", .integer(mixing.internal)),
            ("ei_index", .number(mixing.eiIndex)),
            ("density_within_groups", .number(mixing.densityWithin)),
            ("density_between_groups", .number(mixing.densityBetween)),
            ("block_density", .object(blocks.map { ($0, .number(mixing.blockDensity[$0] ?? nil)) })),
            ("assortativity", .number(mixing.assortativity)),
        ]
    }

    private static func direction(_ way: RepresentativePrincipalDyad.Direction) -> JSONValue {
        .object([("present", .bool(way.present)), ("frequency", .number(way.frequency)),
                 ("mode", way.mode.map { .string($0.rawValue) } ?? .null)])
    }

    private static func people(_ m: NetworkMeasures) -> [JSONValue] {
        m.personIDs.indices.map { i in
            var fields: [(String, JSONValue)] = [
                ("id", .string(m.personIDs[i])), ("in_degree", .integer(m.inDegree[i])),
                ("out_degree", .integer(m.outDegree[i])), ("all_degree", .integer(m.allDegree[i])),
                ("betweenness", .number(m.betweenness[i])),
            ]
            if let valued = m.valued {
                fields += [("strength_in", .number(valued.strengthIn[i])), ("strength_out", .number(valued.strengthOut[i]))]
            }
            return .object(fields)
        }
    }
}
