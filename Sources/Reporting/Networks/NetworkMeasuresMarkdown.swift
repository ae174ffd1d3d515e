import Networks

extension NetworkMeasuresOutput {
    /// The rows as a Markdown table for people (four decimals; JSON has every digit), with the
    /// representative-principal dyads when the roster has roles, and the conventions underneath.
    public static func markdown(_ rows: [NetworkMeasures], group: String?, synthetic: Bool) -> String {
        let schools = rows.contains { !$0.school.isEmpty }
        var headers = schools ? ["School"] : []
        headers += ["Relation", "People", "Ties", "Response rate", "Density", "Density (respondents)", "Reciprocity",
                    "Reciprocity (dyadic)", "Transitivity", "Average clustering", "Centralization in",
                    "Centralization out", "Centralization all", "Weak components", "Strong components",
                    "Mean betweenness"]
        if let group { headers.append("E-I (\(group))") }
        var table = MarkdownTable(headers: headers, alignments: headers.indices.map { $0 < (schools ? 2 : 1) ? .left : .right })
        func cell(_ value: Double?, _ decimals: Int = 4) -> String {
            value.map { NumberFormatting.fixed($0, decimals: decimals) } ?? "—"
        }
        for m in rows {
            var row = schools ? [m.school] : []
            row += [m.relation.isEmpty ? "(all ties)" : m.relation, String(m.nodes), String(m.ties),
                    cell(m.respondents.responseRate, 2), cell(m.density), cell(m.respondents.respondentDensity),
                    cell(m.reciprocity), cell(m.reciprocityDyadic), cell(m.transitivity), cell(m.averageClustering),
                    cell(m.centralizationIn), cell(m.centralizationOut), cell(m.centralizationAll),
                    String(m.components.weak), String(m.components.strong), cell(m.meanBetweenness, 2)]
            if group != nil { row.append(cell(m.groupMixing?.eiIndex)) }
            table.append(row)
        }
        var out = synthetic ? "**Synthetic data**: these networks are simulated, not a real survey.\n\n" : ""
        out += "## Network measures\n\n" + table.render()
        out += "\n\(rows.count) network\(rows.count == 1 ? "" : "s"); \"—\": not defined for this network.\n"
        out += dyadTable(rows)
        out += "\nConventions (where igraph, networkx and sna differ):\n\n"
        out += conventions.map { "- `\($0.0)`: \($0.1)" }.joined(separator: "\n") + "\n"
        return out
    }

    /// The union representative-principal dyads, or nothing when no network has both roles.
    private static func dyadTable(_ rows: [NetworkMeasures]) -> String {
        let dyads = rows.compactMap { m in m.representativePrincipal.map { (m, $0) } }
        guard !dyads.isEmpty else { return "" }
        var table = MarkdownTable(headers: ["School", "Relation", "Representative → principal", "Frequency", "Mode",
                                            "Principal → representative", "Frequency", "Mode"],
                                  alignments: [.left, .left, .left, .right, .left, .left, .right, .left])
        func way(_ d: RepresentativePrincipalDyad.Direction) -> [String] {
            [d.present ? "yes" : "no", d.frequency.map { NumberFormatting.significant($0) } ?? "—",
             d.mode?.rawValue ?? "—"]
        }
        for (m, dyad) in dyads {
            table.append([m.school, m.relation] + way(dyad.representativeToPrincipal) + way(dyad.principalToRepresentative))
        }
        return "\n## Union site representative and principal\n\n" + table.render()
    }
}
