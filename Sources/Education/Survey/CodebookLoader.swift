import DataTable
import Foundation
import Yams

extension Codebook {
    /// Reads a codebook from a YAML file.
    ///
    /// The file has `instrument` (text), an optional `note`, an optional default `scale` (`min`, `max`, `labels`),
    /// optional `scales` (a list of `id` and `title`: the survey's own scales; the six PAL areas when absent), an
    /// optional `index` (`key`, `title` and `scales`, the ids it averages; the PAL index when absent),
    /// and `items`: a list of mappings with `id`, `text`, `area` (one of the declared scale ids, or of the PAL area
    /// keys when no scales are declared), an optional `scale`
    /// and an optional `reverse` (true for a negatively worded item). See `data/survey/pal-codebook.yaml`.
    ///
    /// - Throws: `DataError` naming the file, line and column of the problem (kind `.missingFile` when the file
    ///   cannot be read).
    public static func load(file path: String) throws -> Codebook {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw DataError("cannot read the codebook; check the path", at: CellLocation(file: path), kind: .missingFile)
        }
        guard let text = try TextInput.read(file: path, windows1252: false) else {
            throw DataError("the codebook is not UTF-8 text; save it as UTF-8", at: CellLocation(file: path))
        }
        return try Codebook(yaml: text, source: path)
    }

    /// Reads a codebook from YAML text; `source` names it in error messages.
    ///
    /// - Throws: `DataError` at the line and column of the problem.
    public init(yaml text: String, source: String? = nil) throws {
        let reader = CodebookYAMLReader(source: source)
        let root: Node?
        // Yams composes recursively: nesting thousands deep would exhaust the stack, so it is bounded first.
        try YAMLNesting.check(text, source: source)
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw reader.syntaxError(error)
        }
        guard let root else {
            throw DataError("the codebook is empty; see data/survey/pal-codebook.yaml for the layout",
                            at: CellLocation(file: source))
        }
        let parsed = try reader.codebook(root)
        try self.init(instrument: parsed.instrument, scales: parsed.scales ?? SurveyArea.pal, index: parsed.index ?? .pal,
                      items: parsed.items, source: source, declaresScales: parsed.scales != nil)
    }
}

/// Turns the YAML tree into codebook values, pointing every complaint at the node's line and column.
private struct CodebookYAMLReader {
    let source: String?

    func place(_ node: Node) -> CellLocation {
        CellLocation(file: source, line: node.mark?.line, column: node.mark?.column)
    }

    func syntaxError(_ error: YamlError) -> DataError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return DataError("the codebook is not valid YAML (\(problem)); fix the syntax here",
                             at: CellLocation(file: source, line: mark.line, column: mark.column))
        default:
            return DataError("the codebook cannot be read as YAML (\(error)); check it is a text file",
                             at: CellLocation(file: source))
        }
    }

    /// The pairs of a mapping node, refusing keys that are not `allowed` (usually a typo worth pointing at).
    func pairs(_ node: Node, what: String, allowed: [String]) throws -> [String: (key: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            throw DataError("\(what) must be a mapping of keys (\(allowed.joined(separator: ", "))) to values",
                            at: place(node))
        }
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw DataError("\(what) has a key that is not text; use one of: \(allowed.joined(separator: ", "))",
                                at: place(key))
            }
            guard allowed.contains(name) else {
                throw DataError("\(what) has an unknown key '\(name)'; use one of: \(allowed.joined(separator: ", "))",
                                at: place(key))
            }
            result[name] = (key, value)
        }
        return result
    }

    func text(_ node: Node, what: String) throws -> String {
        guard let value = node.scalar?.string else {
            throw DataError("\(what) must be text", at: place(node))
        }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw DataError("\(what) is empty; fill it in", at: place(node)) }
        return trimmed
    }

    func codebook(_ root: Node) throws -> (instrument: String, scales: [SurveyArea]?, index: SurveyIndex?,
                                           items: [CodebookItem]) {
        let top = try pairs(root, what: "the codebook",
                            allowed: ["instrument", "note", "scale", "scales", "index", "items"])
        guard let instrumentNode = top["instrument"]?.value else {
            throw DataError("the codebook has no 'instrument'; name the survey it describes", at: place(root))
        }
        let instrument = try text(instrumentNode, what: "'instrument'")
        let defaultScale = try top["scale"].map { try scale($0.value, what: "the default 'scale'") }
        guard let itemsNode = top["items"]?.value else {
            throw DataError("the codebook has no 'items'; list the survey's items under 'items:'", at: place(root))
        }
        guard case .sequence(let sequence) = itemsNode else {
            throw DataError("'items' must be a list (each item starting with '- id:')", at: place(itemsNode))
        }
        let scales = try top["scales"].map { try declaredScales($0.value) }
        let index = try top["index"].map { try indexDefinition($0.value, scales: scales ?? SurveyArea.pal) }
        let items = try sequence.map { try item($0, defaultScale: defaultScale, scales: scales) }
        return (instrument, scales, index, items)
    }

    /// The `scales:` list: each entry an `id` (a column name) and a `title`, ids unique.
    func declaredScales(_ node: Node) throws -> [SurveyArea] {
        guard case .sequence(let sequence) = node, !sequence.isEmpty else {
            throw DataError("'scales' must be a non-empty list (each scale starting with '- id:')", at: place(node))
        }
        var result: [SurveyArea] = []
        for entry in sequence {
            let fields = try pairs(entry, what: "a scale", allowed: ["id", "title"])
            guard let idNode = fields["id"]?.value else {
                throw DataError("a scale has no 'id'; give it the key its items name under 'area'", at: place(entry))
            }
            let id = try text(idNode, what: "a scale's 'id'")
            guard Codebook.isUsableID(id) else {
                throw DataError("scale id '\(id)' cannot be a column name; use letters, digits and '_', starting with "
                                + "a letter", at: place(idNode))
            }
            guard !result.contains(where: { $0.rawValue == id }) else {
                throw DataError("scale id '\(id)' is declared twice; give every scale its own id", at: place(idNode))
            }
            let title = try fields["title"].map { try text($0.value, what: "scale '\(id)''s 'title'") } ?? id
            result.append(SurveyArea(id: id, title: title))
        }
        return result
    }

    /// The `index:` mapping: `key` (default `pal_index`), `title` (default "PAL index") and `scales` (default all).
    func indexDefinition(_ node: Node, scales: [SurveyArea]) throws -> SurveyIndex {
        let fields = try pairs(node, what: "'index'", allowed: ["key", "title", "scales"])
        let key = try fields["key"].map { try text($0.value, what: "the index's 'key'") } ?? SurveyIndex.pal.key
        if let keyNode = fields["key"]?.value, !Codebook.isUsableID(key) || scales.contains(where: { $0.rawValue == key }) {
            throw DataError("the index key '\(key)' must be a column name (letters, digits, '_') unlike every scale id",
                            at: place(keyNode))
        }
        let title = try fields["title"].map { try text($0.value, what: "the index's 'title'") } ?? SurveyIndex.pal.title
        var ids: [String] = []
        if let listNode = fields["scales"]?.value {
            guard case .sequence(let sequence) = listNode, !sequence.isEmpty else {
                throw DataError("the index's 'scales' must be a non-empty list of scale ids", at: place(listNode))
            }
            for entry in sequence {
                let id = try text(entry, what: "a scale of the index")
                guard scales.contains(where: { $0.rawValue == id }) else {
                    throw DataError("the index names scale '\(id)', which the codebook does not declare; use one of: "
                                    + scales.map(\.rawValue).joined(separator: ", "), at: place(entry))
                }
                ids.append(id)
            }
        }
        return SurveyIndex(key: key, title: title, scaleIDs: ids)
    }

    func item(_ node: Node, defaultScale: ResponseScale?, scales: [SurveyArea]?) throws -> CodebookItem {
        let fields = try pairs(node, what: "an item", allowed: ["id", "text", "area", "scale", "reverse"])
        guard let idNode = fields["id"]?.value else {
            throw DataError("an item has no 'id'; give it the name of its column in the responses file", at: place(node))
        }
        let id = try text(idNode, what: "an item's 'id'")
        guard let textNode = fields["text"]?.value else {
            throw DataError("item '\(id)' has no 'text'; give the question's wording", at: place(node))
        }
        let wording = try text(textNode, what: "item '\(id)''s 'text'")
        let keyList = scales.map { $0.map(\.rawValue).joined(separator: ", ") } ?? SurveyArea.keyList
        guard let areaNode = fields["area"]?.value else {
            throw DataError("item '\(id)' has no 'area'; use one of: \(keyList)", at: place(node))
        }
        let areaKey = try text(areaNode, what: "item '\(id)''s 'area'")
        guard let area = (scales ?? SurveyArea.pal).first(where: { $0.rawValue == areaKey }) else {
            let hint = scales == nil ? " (or declare the survey's own scales under 'scales:')" : ""
            throw DataError("item '\(id)' has area '\(areaKey)'; use one of: \(keyList)\(hint)", at: place(areaNode))
        }
        let itemScale: ResponseScale
        if let scaleNode = fields["scale"]?.value {
            itemScale = try scale(scaleNode, what: "item '\(id)''s 'scale'")
        } else if let defaultScale {
            itemScale = defaultScale
        } else {
            throw DataError("item '\(id)' has no 'scale' and the codebook has no default 'scale'; add one",
                            at: place(node))
        }
        var reverse = false
        if let reverseNode = fields["reverse"]?.value {
            guard let flag = reverseNode.bool else {
                throw DataError("item '\(id)''s 'reverse' must be true or false", at: place(reverseNode))
            }
            reverse = flag
        }
        return CodebookItem(id: id, text: wording, area: area, scale: itemScale, isReverseCoded: reverse,
                            line: node.mark?.line)
    }

    func scale(_ node: Node, what: String) throws -> ResponseScale {
        let fields = try pairs(node, what: what, allowed: ["min", "max", "labels"])
        guard let minNode = fields["min"]?.value, let minimum = minNode.int else {
            throw DataError("\(what) needs a whole-number 'min' (the lowest answer)",
                            at: place(fields["min"]?.value ?? node))
        }
        guard let maxNode = fields["max"]?.value, let maximum = maxNode.int else {
            throw DataError("\(what) needs a whole-number 'max' (the highest answer)",
                            at: place(fields["max"]?.value ?? node))
        }
        guard minimum < maximum else {
            throw DataError("\(what) has 'min' \(minimum) not below 'max' \(maximum); swap or fix them", at: place(maxNode))
        }
        var labels: [String] = []
        if let labelsNode = fields["labels"]?.value {
            guard case .sequence(let sequence) = labelsNode else {
                throw DataError("\(what)'s 'labels' must be a list, lowest answer first", at: place(labelsNode))
            }
            labels = try sequence.map { try text($0, what: "a label of \(what)") }
            guard labels.count == maximum - minimum + 1 else {
                throw DataError("\(what) has \(labels.count) labels for the \(maximum - minimum + 1) answers "
                                + "\(minimum)-\(maximum); give one label per answer", at: place(labelsNode))
            }
        }
        return ResponseScale(minimum: minimum, maximum: maximum, labels: labels)
    }
}
