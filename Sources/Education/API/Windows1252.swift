/// Decoding of Windows-1252 text, the encoding of CDE's text files.
///
/// Written here rather than taken from Foundation because Foundation's Windows-1252 support differs between
/// platforms, and the table is small: bytes below 0x80 and from 0xA0 are Latin-1, 0x80-0x9F are listed.
enum Windows1252 {
    /// The characters of bytes 0x80-0x9F (the five bytes CP1252 leaves undefined keep their C1 code point).
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes Windows-1252 bytes.
    static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Decodes UTF-8 when the bytes are valid UTF-8 (dropping a byte-order mark), else Windows-1252.
    static func decodeUTF8OrWindows1252(_ bytes: [UInt8]) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        return decode(body)
    }
}
