import DataTable
import Foundation

/// The settings of `partnership report --config FILE`: a flat list of the command's options, as YAML `key: value`
/// lines or one JSON object.
///
/// ```yaml
/// # my-district.yaml
/// responses: pal-2013.csv
/// district: 1964212
/// survey-year: 2012
/// outcome-year: 2013
/// vcov: HC3
/// ```
///
/// Keys are the long option names without dashes in front (`survey-year`; `survey_year` also works). Paths are taken
/// relative to the config file's folder. Options given on the command line win over the file.
///
/// Only flat `key: value` lines are read, not YAML in general: the command line target does not link a YAML
/// library (Yams is a dependency of Education only), and a report's settings never need nesting, so a small
/// reader that names the line of any mistake is enough and keeps the error messages our own.
struct ReportConfiguration: Equatable {
    /// The values by canonical key (`survey-year`), as text.
    var values: [String: String]
    /// The file the values came from.
    var source: String

    /// The keys a config file may use, with what each expects (for error messages).
    static let keys: [(key: String, expects: String)] = [
        ("responses", "a file"), ("codebook", "a file"), ("growth", "a file"), ("base", "a file"),
        ("district", "a county-district code (the first 7 digits of a CDS code) or 'all'"), ("survey-year", "a year"), ("outcome-year", "a year"),
        ("keep-alternative", "true or false"), ("exclude-special-education", "true or false"),
        ("exclude-charters", "true or false"), ("min-valid-scores", "a whole number"),
        ("vcov", "classical, HC0-HC3, CR1:COLUMN or CR2:COLUMN"), ("level", "a number between 0 and 1"),
        ("suppress-below", "a whole number, 3 or more"), ("min-answered", "a share between 0 and 1"),
        ("influential-schools", "a whole number"), ("statewide", "true or false"), ("output", "a folder"),
    ] + SchoolTableSettings.keys

    /// The keys whose values are paths (resolved against the config file's folder).
    static let pathKeys = Set<String>(["responses", "codebook", "growth", "base", "output"])
        .union(SchoolTableSettings.pathKeys)

    /// Reads and checks a config file.
    ///
    /// - Throws: `CommandError` 66 if the file cannot be read, 64 for anything in it the command cannot use.
    static func load(file path: String) throws -> ReportConfiguration {
        let loaded: String?
        do {
            loaded = try TextInput.read(file: path, windows1252: false)
        } catch let error as DataError where error.kind == .missingFile {
            throw CommandError(.missingInput, "\(path): cannot read the config file; check the path")
        }
        guard let text = loaded else {
            throw CommandError(.usage, "\(path): the config file is not UTF-8 text")
        }
        let raw = text.drop { $0.isWhitespace }.first == "{" ? try json(text, source: path) : try yaml(text, source: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var values: [String: String] = [:]
        for (key, value, line) in raw {
            let canonical = key.replacingOccurrences(of: "_", with: "-").lowercased()
            guard keys.contains(where: { $0.key == canonical }) else {
                throw CommandError(.usage, "\(path):\(line): unknown setting '\(key)'; the settings are "
                                   + keys.map(\.key).joined(separator: ", "))
            }
            guard values[canonical] == nil else {
                throw CommandError(.usage, "\(path):\(line): '\(key)' is set twice; keep one")
            }
            if pathKeys.contains(canonical), !value.hasPrefix("/") {
                values[canonical] = folder.appendingPathComponent(value).path
            } else {
                values[canonical] = value
            }
        }
        return ReportConfiguration(values: values, source: path)
    }

    /// `key: value` lines; `#` starts a comment outside quotes; values may be quoted.
    static func yaml(_ text: String, source: String) throws -> [(String, String, Int)] {
        var result: [(String, String, Int)] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "---" { continue }
            let number = index + 1
            guard line.first.map({ !$0.isWhitespace }) ?? false, let colon = trimmed.firstIndex(of: ":") else {
                throw CommandError(.usage, "\(source):\(number): expected 'key: value' at the start of the line "
                                   + "(only flat settings are read, no nesting or lists)")
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if let quote = value.first, quote == "\"" || quote == "'" {
                guard let end = value.dropFirst().firstIndex(of: quote) else {
                    throw CommandError(.usage, "\(source):\(number): the quoted value of '\(key)' has no closing \(quote)")
                }
                let rest = value[value.index(after: end)...].trimmingCharacters(in: .whitespaces)
                guard rest.isEmpty || rest.hasPrefix("#") else {
                    throw CommandError(.usage, "\(source):\(number): unexpected text after the quoted value of '\(key)'")
                }
                value = String(value[value.index(after: value.startIndex)..<end])
            } else if let comment = value.range(of: " #") {
                value = value[..<comment.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            guard !key.isEmpty, !value.isEmpty else {
                throw CommandError(.usage, "\(source):\(number): '\(trimmed)' gives no value; write 'key: value'")
            }
            result.append((key, value, number))
        }
        return result
    }

    /// One JSON object of strings, numbers and booleans.
    static func json(_ text: String, source: String) throws -> [(String, String, Int)] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw CommandError(.usage, "\(source): not valid JSON (\(error.localizedDescription)); write one object "
                               + "such as {\"district\": \"1964212\"}")
        }
        guard let dictionary = object as? [String: Any] else {
            throw CommandError(.usage, "\(source): the JSON must be one object of settings")
        }
        // JSON objects have no line numbers once parsed; report keys in sorted order so messages are stable.
        return try dictionary.keys.sorted().map { key in
            let value = dictionary[key]!
            switch value {
            case let text as String: return (key, text, 1)
            case let number as NSNumber:
                // Foundation boxes JSON true/false as NSNumber too (printed 1/0 on some platforms); `flag` reads both.
                return (key, number.stringValue, 1)
            default:
                throw CommandError(.usage, "\(source): '\(key)' must be a string, number or true/false")
            }
        }
    }

    /// The text value of `key`, if set.
    func text(_ key: String) -> String? { values[key] }

    /// The whole-number value of `key`, if set.
    func integer(_ key: String) throws -> Int? {
        guard let text = values[key] else { return nil }
        guard let value = Int(text) else { throw invalid(key, text) }
        return value
    }

    /// The number value of `key`, if set.
    func number(_ key: String) throws -> Double? {
        guard let text = values[key] else { return nil }
        guard let value = Double(text) else { throw invalid(key, text) }
        return value
    }

    /// The true/false value of `key`, if set.
    func flag(_ key: String) throws -> Bool? {
        guard let text = values[key] else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: throw invalid(key, text)
        }
    }

    private func invalid(_ key: String, _ text: String) -> CommandError {
        let expects = ReportConfiguration.keys.first { $0.key == key }?.expects ?? "another value"
        return CommandError(.usage, "\(source): '\(key): \(text)' is not \(expects)")
    }
}
