/// Where one field's text sits in the file's bytes.
struct FieldSpan: Sendable, Equatable {
    /// First byte of the value (after an opening quote).
    var start: Int
    /// One past the last byte of the value (before a closing quote).
    var end: Int
    /// Whether the value contains doubled quotes (`""`) that stand for one quote each.
    var hasDoubledQuotes: Bool
}

/// The fields of a CSV text, split into records by RFC 4180's rules, with every record as wide as the header.
///
/// Fields are stored flat: field `f` of record `r` is `fields[r * width + f]`; record 0 is the header.
struct CSVRecords: Sendable {
    /// All fields, record after record.
    var fields: [FieldSpan] = []
    /// Number of fields in every record (the header's).
    var width = 0
    /// Physical line on which each record starts (1-based).
    var lines: [Int] = []
    /// Byte offset at which each record starts, to find the line of a later field of a record that spans lines.
    var byteStarts: [Int] = []

    /// Number of records, header included.
    var count: Int { lines.count }
}

/// Splits CSV bytes into records and fields (RFC 4180).
///
/// Rules, written here because the reader's users see them in errors:
/// - A field that starts with `"` is quoted: it may contain the delimiter, line breaks and `""` (one quote). Spaces or
///   tabs between the closing quote and the next delimiter are ignored; any other text there is an error, because it
///   nearly always means a quote inside the value was not doubled.
/// - A quote opens a quoted field only as the field's first character; elsewhere (`12" pipe`, or after leading
///   spaces) it is an ordinary character, as in Python's csv module.
/// - Records end at LF, CRLF or a lone CR; the last record may end without a line break.
/// - Empty lines between records are skipped, as R's `read.csv` does (`blank.lines.skip = TRUE`).
/// - Every record must have as many fields as the header.
///
/// A hand-written splitter over bytes, not a library: the package has no CSV dependency, and splitting on UTF-8 bytes
/// (delimiter, quote and line breaks are ASCII, which never occur inside a multi-byte character) is what makes
/// reading the 3 MB statewide file take milliseconds.
struct CSVRecordSplitter {
    /// The field separator, one ASCII byte.
    let delimiter: UInt8
    /// The file's name for error messages.
    let source: String?

    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// Splits `bytes` (UTF-8, no byte-order mark) into records.
    ///
    /// - Throws: `DataError` for an unterminated quote (at the line where it opened), text after a closing quote,
    ///   a record whose width differs from the header's, or an input with no header.
    func split(_ bytes: UnsafeBufferPointer<UInt8>) throws -> CSVRecords {
        let quote = Self.quote, lineFeed = Self.lineFeed, carriageReturn = Self.carriageReturn
        let delimiter = self.delimiter
        let n = bytes.count
        var records = CSVRecords()
        records.fields.reserveCapacity(n / 4)
        var i = 0
        var line = 1

        while i < n {
            // Skip empty lines between records.
            if bytes[i] == lineFeed || bytes[i] == carriageReturn {
                i += (bytes[i] == carriageReturn && i + 1 < n && bytes[i + 1] == lineFeed) ? 2 : 1
                line += 1
                continue
            }
            let recordLine = line
            let recordByteStart = i
            let firstField = records.fields.count
            var fieldNumber = 0

            while true {
                fieldNumber += 1
                let start: Int, end: Int
                var doubled = false
                if i < n && bytes[i] == quote {
                    let openingLine = line
                    i += 1
                    start = i
                    while true {
                        guard i < n else {
                            throw DataError(
                                "a quoted field starts here but its closing quote is missing; "
                                    + "add the closing \" (and double any quote inside the value: \"\")",
                                at: CellLocation(file: source, line: openingLine, column: fieldNumber))
                        }
                        let byte = bytes[i]
                        if byte == quote {
                            if i + 1 < n && bytes[i + 1] == quote {
                                doubled = true
                                i += 2
                                continue
                            }
                            break
                        }
                        if byte == lineFeed || (byte == carriageReturn && (i + 1 >= n || bytes[i + 1] != lineFeed)) {
                            line += 1
                        }
                        i += 1
                    }
                    end = i
                    i += 1  // the closing quote
                    while i < n && bytes[i] != delimiter && (bytes[i] == Self.space || bytes[i] == Self.tab) { i += 1 }
                    if i < n && bytes[i] != delimiter && bytes[i] != lineFeed && bytes[i] != carriageReturn {
                        throw DataError(
                            "unexpected text after the closing quote of a quoted field; "
                                + "a quote inside a quoted value must be doubled (\"\")",
                            at: CellLocation(file: source, line: line, column: fieldNumber))
                    }
                } else {
                    start = i
                    while i < n {
                        let byte = bytes[i]
                        if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
                        i += 1
                    }
                    end = i
                }
                records.fields.append(FieldSpan(start: start, end: end, hasDoubledQuotes: doubled))
                if i < n && bytes[i] == delimiter {
                    i += 1
                    continue
                }
                // End of the record: step over its line break.
                if i < n {
                    i += (bytes[i] == carriageReturn && i + 1 < n && bytes[i + 1] == lineFeed) ? 2 : 1
                    line += 1
                }
                break
            }

            let fieldCount = records.fields.count - firstField
            if records.lines.isEmpty {
                records.width = fieldCount
            } else if fieldCount != records.width {
                throw raggedRecord(fieldCount: fieldCount, width: records.width, recordLine: recordLine,
                                   recordByteStart: recordByteStart, fields: records.fields[firstField...],
                                   bytes: bytes)
            }
            records.lines.append(recordLine)
            records.byteStarts.append(recordByteStart)
        }
        guard !records.lines.isEmpty else {
            throw DataError("the file is empty; a header row naming the columns is required",
                            at: CellLocation(file: source))
        }
        return records
    }

    /// The error for a record that has more or fewer fields than the header.
    private func raggedRecord(fieldCount: Int, width: Int, recordLine: Int, recordByteStart: Int,
                              fields: ArraySlice<FieldSpan>, bytes: UnsafeBufferPointer<UInt8>) -> DataError {
        let spans = Array(fields)
        if fieldCount > width {
            // Point at the first field the header has no name for.
            let extra = spans[width]
            let line = Self.line(of: extra.start, recordLine: recordLine, recordByteStart: recordByteStart, in: bytes)
            return DataError(
                "this row has \(fieldCount) fields but the header names \(width) columns; "
                    + "quote values that contain the delimiter, or remove the extra field",
                at: CellLocation(file: source, line: line, column: width + 1))
        }
        let last = spans[spans.count - 1]
        let line = Self.line(of: last.end, recordLine: recordLine, recordByteStart: recordByteStart, in: bytes)
        return DataError(
            "this row has \(fieldCount) field\(fieldCount == 1 ? "" : "s") but the header names \(width) columns; "
                + "add the missing field\(width - fieldCount == 1 ? "" : "s") (leave them empty if the value is missing)",
            at: CellLocation(file: source, line: line, column: fieldCount + 1))
    }

    /// The physical line of byte `offset`, counting line breaks from the start of its record.
    static func line(of offset: Int, recordLine: Int, recordByteStart: Int,
                     in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = recordLine
        var i = recordByteStart
        while i < offset {
            let byte = bytes[i]
            if byte == lineFeed || (byte == carriageReturn && (i + 1 >= bytes.count || bytes[i + 1] != lineFeed)) {
                line += 1
            }
            i += 1
        }
        return line
    }
}
