import Testing
@testable import DataTable

@Test("valid UTF-8 is kept as it is")
func utf8IsKept() {
    let bytes: [UInt8] = Array("Peña, Ñ, €".utf8)
    let (out, encoding) = TextEncoding.utf8Bytes(from: bytes)
    #expect(encoding == .utf8)
    #expect(out == bytes)
}

@Test("bytes that are not UTF-8 are read as Windows-1252")
func windows1252() {
    // "Peña" with ñ as the 1252 byte 0xF1, "Ñ" as 0xD1, then 0x80 (euro), 0x93/0x94 (curly quotes), 0x96 (en dash),
    // and 0x81, one of the five bytes 1252 leaves undefined (kept as the C1 control U+0081).
    let bytes: [UInt8] = [0x50, 0x65, 0xF1, 0x61, 0x20, 0xD1, 0x20, 0x80, 0x93, 0x61, 0x94, 0x96, 0x81]
    let (out, encoding) = TextEncoding.utf8Bytes(from: bytes)
    #expect(encoding == .windows1252)
    #expect(String(decoding: out, as: UTF8.self) == "Peña Ñ €\u{201C}a\u{201D}\u{2013}\u{0081}")
}

@Test("a UTF-8 byte-order mark is removed, in either encoding")
func byteOrderMark() {
    let utf8 = TextEncoding.utf8Bytes(from: [0xEF, 0xBB, 0xBF, 0x61, 0x0A])
    #expect(utf8.bytes == [0x61, 0x0A])
    #expect(utf8.encoding == .utf8)
    let latin = TextEncoding.utf8Bytes(from: [0xEF, 0xBB, 0xBF, 0x61, 0xE9])
    #expect(latin.encoding == .windows1252)
    #expect(String(decoding: latin.bytes, as: UTF8.self) == "aé")
}
