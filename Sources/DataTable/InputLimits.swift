/// The sizes past which the package's readers refuse an input, each with one line saying which bound was passed.
///
/// Real inputs are far inside every bound (a statewide CSV record is about 1 KB, a CDE field at most a few hundred
/// bytes, a codebook nests 4 deep). The bounds exist so that a damaged or hostile file ends in an error rather than
/// a crash (integer overflow, stack exhaustion) or hours of work. README.md lists them per reader.
public enum InputLimits {
    /// The longest line of any text input, in bytes (16 MiB).
    public static let lineBytes = 16 << 20
    /// The longest CSV field, in bytes (1 MiB).
    public static let fieldBytes = 1 << 20
    /// The deepest nesting of lists and mappings in a YAML codebook.
    public static let nestingDepth = 64
    /// The widest field of a fixed-width record layout, in bytes.
    public static let layoutFieldWidth = 65_536
    /// The widest whole fixed-width record, in bytes (1 MiB).
    public static let recordWidth = 1 << 20

    /// Throws when `bytes`, which `source` names, hold a line longer than `lineBytes` (LF, CRLF and CR end lines).
    ///
    /// - Throws: `DataError` at the first line that is too long.
    public static func checkLineLengths(_ bytes: [UInt8], source: String?) throws {
        var line = 1
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if index - start > lineBytes { throw tooLong(line: line, source: source) }
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                line += 1
                start = index + 1
            }
            index += 1
        }
        if bytes.count - start > lineBytes { throw tooLong(line: line, source: source) }
    }

    private static func tooLong(line: Int, source: String?) -> DataError {
        DataError("the line is longer than \(lineBytes >> 20) MiB, the most any reader accepts; "
                      + "check that this is a text file of the expected kind",
                  at: CellLocation(file: source, line: line))
    }
}
