import DataTable

extension NetworkMeasures {
    /// The school-level numbers a model uses, by column name (the JSON keys of `partnership network measures`).
    public var schoolLevelValues: [(name: String, value: Double?)] {
        var values: [(String, Double?)] = [
            ("nodes", Double(nodes)), ("ties", Double(ties)),
            ("response_rate", respondents.responseRate), ("density", density),
            ("density_respondents", respondents.respondentDensity),
            ("density_symmetrised", respondents.symmetrisedDensity),
            ("reciprocity", reciprocity), ("reciprocity_dyadic", reciprocityDyadic),
            ("transitivity", transitivity), ("average_clustering", averageClustering),
            ("centralization_in", centralizationIn), ("centralization_out", centralizationOut),
            ("centralization_all", centralizationAll),
            ("weak_components", Double(components.weak)), ("strong_components", Double(components.strong)),
            ("mean_betweenness", meanBetweenness), ("max_betweenness", maxBetweenness),
            ("mean_tie_value", valued?.meanTieValue), ("ei_index", groupMixing?.eiIndex),
        ]
        if let dyad = representativePrincipal {
            func flag(_ on: Bool) -> Double { on ? 1 : 0 }
            values += [
                ("rep_to_principal", flag(dyad.representativeToPrincipal.present)),
                ("principal_to_rep", flag(dyad.principalToRepresentative.present)),
                ("rep_principal_frequency", [dyad.representativeToPrincipal.frequency,
                                             dyad.principalToRepresentative.frequency].compactMap { $0 }.max()),
                ("rep_principal_informal", dyad.representativeToPrincipal.present || dyad.principalToRepresentative.present
                    ? flag(dyad.representativeToPrincipal.mode == .informal
                           || dyad.principalToRepresentative.mode == .informal) : nil),
            ]
        }
        return values
    }

    /// The measures' names over all rows, in order (a row without roles has no dyad columns).
    private static func columnNames(_ rows: [NetworkMeasures]) -> [String] {
        var names: [String] = []
        for row in rows {
            for name in row.schoolLevelValues.map(\.name) where !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// One row per school and relation: `school`, `relation`, then `schoolLevelValues` (missing where undefined).
    public static func longTable(_ rows: [NetworkMeasures]) throws -> DataTable {
        let names = columnNames(rows)
        var columns: [(name: String, values: Column)] = [
            ("school", .text(rows.map(\.school))), ("relation", .text(rows.map(\.relation))),
        ]
        for name in names {
            columns.append((name, .numeric(rows.map { row in row.schoolLevelValues.first { $0.name == name }?.value ?? nil })))
        }
        return try DataTable(columns: columns)
    }

    /// One row per school: `school`, then `<measure>_<relation>` for every measure and relation (for joining with
    /// school data and fitting models; a relation's name is used as written).
    public static func wideTable(_ rows: [NetworkMeasures]) throws -> DataTable {
        var schools: [String] = []
        for row in rows where !schools.contains(row.school) { schools.append(row.school) }
        var relations: [String] = []
        for row in rows where !relations.contains(row.relation) { relations.append(row.relation) }
        var index: [String: [String: NetworkMeasures]] = [:]
        for row in rows { index[row.school, default: [:]][row.relation] = row }
        let names = columnNames(rows)
        var columns: [(name: String, values: Column)] = [("school", .text(schools))]
        for relation in relations {
            for name in names {
                let values = schools.map { school in
                    index[school]?[relation]?.schoolLevelValues.first { $0.name == name }?.value ?? nil
                }
                columns.append((relation.isEmpty ? name : "\(name)_\(relation)", .numeric(values)))
            }
        }
        return try DataTable(columns: columns)
    }
}
