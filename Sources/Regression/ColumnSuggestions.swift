/// Advice for a column name that is not in the data: the closest names, or the list of names.
///
/// Typos in formulas are the commonest mistake (`meal` for `meals`, `api_stu` for `api.stu`), so the advice names
/// what was probably meant instead of making the analyst read the whole header.
enum ColumnSuggestions {
    /// "did you mean 'meals'?", or the available columns when none is close.
    static func advice(for name: String, among columns: [String]) -> String {
        let close = closeMatches(for: name, among: columns)
        if !close.isEmpty {
            return "did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        let shown = columns.prefix(40).joined(separator: ", ")
        let more = columns.count > 40 ? ", … (\(columns.count) in all)" : ""
        return columns.isEmpty ? "the data have no columns" : "the columns are: " + shown + more
    }

    /// Up to three names within a small edit distance of `name`, closest first; differences in case, `.` versus
    /// `_`, and a missing or extra trailing letter all count as close.
    static func closeMatches(for name: String, among columns: [String]) -> [String] {
        func normalized(_ s: String) -> [Character] {
            Array(s.lowercased().map { $0 == "_" ? "." : $0 })
        }
        let target = normalized(name)
        let limit = max(1, min(3, target.count / 3))
        let scored = columns.compactMap { column -> (String, Int)? in
            let distance = editDistance(target, normalized(column))
            return distance <= limit ? (column, distance) : nil
        }
        return scored.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
    }

    /// Levenshtein distance (insertions, deletions, substitutions).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
