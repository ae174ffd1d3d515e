import DataTable
import Foundation

/// The record layout of a CDE fixed-width text file: each field's name, type and width, in order.
///
/// Given as data (CDE publishes one page per file and year), so any year's file can be read without code for
/// that year. Two forms are read: a CSV with columns number, name, type, width, description (with or without a
/// header row), and the plain-text table of CDE's layout pages (`1  CDS  Character  14  County/District/School
/// code`), where lines that are not a field number, name, type and whole-number width are ignored as prose.
public struct RecordLayout: Sendable, Equatable {
    /// How a field's text is turned into a value.
    public enum FieldType: String, Sendable, Equatable {
        /// Kept as text (CDE marks nearly every field Character, scores included, because they may hold codes).
        case character
        /// Parsed as a number; text that is not a number is an error.
        case numeric
    }

    /// One field of the record.
    public struct Field: Sendable, Equatable {
        /// The field's number in the layout (1-based).
        public let number: Int
        /// The field's name (`CDS`, `API12B`).
        public let name: String
        /// How its text is read.
        public let type: FieldType
        /// Width in bytes.
        public let width: Int
        /// First byte of the field in a record (1-based).
        public let start: Int
        /// The layout's description.
        public let description: String

        /// Creates a field.
        public init(number: Int, name: String, type: FieldType, width: Int, start: Int, description: String = "") {
            self.number = number
            self.name = name
            self.type = type
            self.width = width
            self.start = start
            self.description = description
        }
    }

    /// The fields in record order.
    public let fields: [Field]
    /// Where the layout came from.
    public let source: String?

    /// The width of a whole record: the sum of the field widths.
    public var recordWidth: Int { fields.reduce(0) { $0 + $1.width } }

    /// The field called `name` (case-insensitive).
    public func field(named name: String) -> Field? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }
    }

    /// Creates a layout from fields given as (name, type, width); numbers and start positions follow their order.
    public init(fields: [(name: String, type: FieldType, width: Int)], source: String? = nil) throws {
        var built: [Field] = []
        var start = 1
        for (index, field) in fields.enumerated() {
            built.append(Field(number: index + 1, name: field.name, type: field.type, width: field.width, start: start))
            // Saturating: the checked initializer refuses widths past the bounds before anything reads `start`.
            start = min(start &+ max(field.width, 0), Int.max / 2)
        }
        try self.init(checked: built, source: source, lines: nil)
    }

    private init(checked fields: [Field], source: String?, lines: [Int]?) throws {
        var seen: Set<String> = []
        for (index, field) in fields.enumerated() {
            let location = CellLocation(file: source, line: lines?[index])
            guard field.width > 0 else {
                throw EducationError("field \(field.name) has width \(field.width); widths must be positive", at: location)
            }
            guard field.width <= InputLimits.layoutFieldWidth, field.start - 1 <= InputLimits.recordWidth - field.width else {
                throw RecordLayout.widthTooLarge(field.name, String(field.width), at: location)
            }
            guard !field.name.isEmpty else {
                throw EducationError("field \(field.number) has no name; give every field a name", at: location)
            }
            guard seen.insert(field.name.lowercased()).inserted else {
                throw EducationError("field name \(field.name) appears twice; names must be unique", at: location)
            }
        }
        guard !fields.isEmpty else {
            throw EducationError("the layout has no fields; each line needs number, name, type, width",
                                 at: CellLocation(file: source))
        }
        self.fields = fields
        self.source = source
    }

    /// Reads a layout file: CSV when its name ends in `.csv`, else the plain-text table form.
    public static func read(file path: String) throws -> RecordLayout {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw EducationError("cannot read the layout file; check the path", at: CellLocation(file: path),
                                 kind: .missingFile)
        }
        let text = try TextInput.read(file: path, windows1252: true) ?? ""
        return path.lowercased().hasSuffix(".csv")
            ? try parse(csv: text, source: path) : try parse(table: text, source: path)
    }

    /// Parses the CSV form: number, name, type, width[, description], with or without a header row.
    public static func parse(csv text: String, source: String? = nil) throws -> RecordLayout {
        let firstField = text.prefix { $0 != "," && $0 != "\n" }.trimmingCharacters(in: .whitespaces)
        let hasHeader = Int(firstField) == nil
        // Without a header row, one is put in front, naming as many columns as the first line has fields.
        let firstLineFields = fieldCount(firstLineOf: text)
        let headerNames = ["number", "name", "type", "width", "description"].prefix(max(4, min(5, firstLineFields)))
            + (5..<max(5, firstLineFields)).map { "extra\($0 - 4)" }
        let header = headerNames.joined(separator: ",") + "\n"
        let table = try CSVReader.read(text: hasHeader ? text : header + text, source: source,
                                       options: CSVOptions(textColumns: []))
        guard table.columnNames.count >= 4 else {
            throw EducationError("a layout CSV needs the columns number, name, type, width (and description)",
                                 at: CellLocation(file: source, line: 1))
        }
        let names = table.columnNames
        let numbers = try table.text(names[0]), fieldNames = try table.text(names[1])
        let types = try table.text(names[2]), widths = try table.text(names[3])
        let descriptions = names.count > 4 ? try table.text(names[4]) : Array(repeating: nil, count: table.rowCount)
        var fields: [Field] = []
        var lines: [Int] = []
        var start = 1
        for row in 0..<table.rowCount {
            // The reader numbers lines of the text it saw; without a header of its own that text had one more line.
            let line = (table.sourceLines?[row] ?? row + 2) - (hasHeader ? 0 : 1)
            let field = try makeField(number: numbers[row], name: fieldNames[row], type: types[row], width: widths[row],
                                      description: descriptions[row], start: start, expectedNumber: fields.count + 1,
                                      at: CellLocation(file: source, line: line))
            fields.append(field)
            lines.append(line)
            start += field.width
        }
        return try RecordLayout(checked: fields, source: source, lines: lines)
    }

    /// Parses the plain-text table form: lines `NUMBER NAME TYPE WIDTH [DESCRIPTION]`; other lines are ignored.
    public static func parse(table text: String, source: String? = nil) throws -> RecordLayout {
        var fields: [Field] = []
        var lines: [Int] = []
        var start = 1
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            // A field line starts with its number and has a whole-number width in the fourth place; prose does not.
            guard parts.count >= 4, Int(parts[0]) != nil, parts[3].allSatisfy(\.isASCII), parts[3].allSatisfy(\.isNumber)
            else { continue }
            let description = parts.dropFirst(4).joined(separator: " ")
            let field = try makeField(number: String(parts[0]), name: String(parts[1]), type: String(parts[2]),
                                      width: String(parts[3]), description: description, start: start,
                                      expectedNumber: fields.count + 1,
                                      at: CellLocation(file: source, line: index + 1))
            fields.append(field)
            lines.append(index + 1)
            start += field.width
        }
        return try RecordLayout(checked: fields, source: source, lines: lines)
    }

    /// The number of fields on the first line of CSV text (delimiters inside quotes do not count).
    private static func fieldCount(firstLineOf text: String) -> Int {
        var count = 1
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            else if !quoted && (character == "\n" || character == "\r\n" || character == "\r") { break }
            else if !quoted && character == "," { count += 1 }
        }
        return count
    }

    private static func widthTooLarge(_ name: String, _ width: String, at location: CellLocation) -> EducationError {
        EducationError("field \(name) has width \(width), more than the \(InputLimits.layoutFieldWidth) bytes a field "
                       + "may have; check the width column", at: location)
    }

    private static func makeField(number: String?, name: String?, type: String?, width: String?, description: String?,
                                  start: Int, expectedNumber: Int, at location: CellLocation) throws -> Field {
        guard let number = number.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw EducationError("the field number is missing or not a whole number", at: location)
        }
        guard number == expectedNumber else {
            throw EducationError("field number \(number) where \(expectedNumber) was expected; "
                                 + "list the fields in record order without gaps", at: location)
        }
        let name = (name ?? "").trimmingCharacters(in: .whitespaces)
        let widthText = (width ?? "").trimmingCharacters(in: .whitespaces)
        // The CSV reader hands a numeric column back as a Double's text (`4.611686018427388e+18` for 2^62).
        let wholeNumber = Double(widthText).flatMap { $0.rounded() == $0 ? $0 : nil }
        guard let width = Int(widthText) ?? wholeNumber.flatMap({ abs($0) < 1e15 ? Int($0) : nil }) else {
            if let wholeNumber, wholeNumber > 0 { throw widthTooLarge(name, widthText, at: location) }
            throw EducationError("field \(name) has no whole-number width", at: location)
        }
        // Bounded so that start positions and the record width cannot overflow, and a typo cannot ask for gigabytes.
        guard width <= InputLimits.layoutFieldWidth else { throw widthTooLarge(name, widthText, at: location) }
        guard start - 1 + max(width, 0) <= InputLimits.recordWidth else {
            throw EducationError("the record is wider than \(InputLimits.recordWidth) bytes, the most a layout may "
                                 + "describe, with field \(name); check the widths", at: location)
        }
        let typeText = (type ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let fieldType: FieldType
        switch typeText {
        case "character", "char", "text", "string", "alphanumeric", "a", "c": fieldType = .character
        case "numeric", "number", "integer", "decimal", "n", "int": fieldType = .numeric
        default:
            throw EducationError("field \(name) has type '\(type ?? "")'; use Character or Numeric", at: location)
        }
        return Field(number: number, name: name, type: fieldType, width: width, start: start,
                     description: description ?? "")
    }
}
