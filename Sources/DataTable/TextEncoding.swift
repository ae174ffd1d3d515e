/// Turns a file's bytes into UTF-8 bytes: UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise.
///
/// CDE's research files are Windows-1252 ("Ñ" in school names is the single byte 0xD1), while files saved by R,
/// Python or a modern spreadsheet are UTF-8. A byte sequence that is valid UTF-8 is almost never meaningful 1252
/// text with accented letters, so "valid UTF-8 as a whole, else 1252" tells the two apart without a setting.
/// Foundation's `String(data:encoding:)` could do the 1252 part, but it allocates a String for the whole file and
/// differs between platforms for the five bytes 1252 leaves undefined; the table below is the whole of it.
enum TextEncoding: Sendable, Equatable {
    /// The bytes were valid UTF-8.
    case utf8
    /// The bytes were not UTF-8 and were read as Windows-1252.
    case windows1252

    /// The UTF-8 byte-order mark, which some Windows programs put at the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes as UTF-8 without a byte-order mark, and the encoding they were read in.
    static func utf8Bytes(from bytes: [UInt8]) -> (bytes: [UInt8], encoding: TextEncoding) {
        var body = bytes
        if body.starts(with: byteOrderMark) { body.removeFirst(byteOrderMark.count) }
        if body.allSatisfy({ $0 < 0x80 }) || String(validating: body, as: UTF8.self) != nil {
            return (body, .utf8)
        }
        return (transcodeWindows1252(body), .windows1252)
    }

    /// Unicode scalars of the bytes 0x80...0x9F in Windows-1252; the five bytes it leaves undefined map to the C1
    /// control with the same number, as the WHATWG encoding standard does.
    private static let highControlRange: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Windows-1252 bytes re-encoded as UTF-8 (bytes 0xA0...0xFF are Latin-1, the same code points).
    static func transcodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? highControlRange[Int(byte) - 0x80] : UInt32(byte)
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }
}
