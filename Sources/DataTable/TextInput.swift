/// The one place every text input (codebook and config YAML, notebooks, record layouts) becomes text: a
/// byte-order mark dropped, UTF-8 (or Windows-1252 where the reader allows it), and LF, CRLF and lone CR line ends
/// all made LF, so each parser after it sees `\n` only.
///
/// Done once here rather than in each parser because Swift's `String` treats CRLF as one `Character` that is not
/// `"\n"`: a parser splitting on `"\n"` reads a CRLF file as one line. Bytes are unified before they become a String.
/// CSV files keep their own byte-level splitter, which already ends records at LF, CRLF or CR and keeps a quoted
/// CRLF as part of the value (RFC 4180); they share the line bound `InputLimits.checkLineLengths`.
public enum TextInput {
    /// `bytes` with CRLF and lone CR line ends turned into LF (returned unchanged when they hold no CR).
    public static func unifyingLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard let firstReturn = bytes.firstIndex(of: 0x0D) else { return bytes }
        var out = Array(bytes[..<firstReturn])
        out.reserveCapacity(bytes.count)
        var index = firstReturn
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// The text of a file's bytes with LF line ends, or nil when they are not UTF-8 and `windows1252` is false.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, as read.
    ///   - windows1252: whether bytes that are not valid UTF-8 are read as Windows-1252 (CDE's files) instead.
    public static func text(_ bytes: [UInt8], windows1252: Bool) -> String? {
        var body = bytes
        if body.starts(with: TextEncoding.byteOrderMark) { body.removeFirst(TextEncoding.byteOrderMark.count) }
        let valid = body.allSatisfy { $0 < 0x80 } || String(validating: body, as: UTF8.self) != nil
        guard valid || windows1252 else { return nil }
        let utf8 = valid ? body : TextEncoding.transcodeWindows1252(body)
        return String(decoding: unifyingLineEnds(utf8), as: UTF8.self)
    }

    /// Reads the file at `path` as text with LF line ends, checking its line lengths against `InputLimits`.
    ///
    /// - Returns: nil when the bytes are not UTF-8 and `windows1252` is false (the caller says what to do).
    /// - Throws: `DataError` (kind `.missingFile`) when it cannot be read, or for a line past `InputLimits.lineBytes`.
    public static func read(file path: String, windows1252: Bool) throws -> String? {
        let bytes = try readWholeFile(path)
        try InputLimits.checkLineLengths(bytes, source: path)
        return text(bytes, windows1252: windows1252)
    }
}
