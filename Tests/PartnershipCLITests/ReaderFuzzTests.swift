import Foundation
import Testing
import TestSupport
@testable import PartnershipCLI

/// A small seeded generator (SplitMix64), so every run of the fuzz test makes the same mutations.
struct FuzzRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}

/// One way of damaging a file, named for the failure message.
enum FuzzMutation: CaseIterable {
    case byteFlip, quote, delimiter, lineBreak, nul, truncation, hugeNumber, longField, invalidUTF8, deepNesting

    /// `bytes` damaged this way at a place drawn from `random`.
    func apply(to bytes: [UInt8], random: inout FuzzRandom) -> [UInt8] {
        var out = bytes
        let at = random.below(out.count + 1)
        func insert(_ text: String) { out.insert(contentsOf: Array(text.utf8), at: at) }
        switch self {
        case .byteFlip:
            for _ in 0...random.below(4) where !out.isEmpty { out[random.below(out.count)] ^= UInt8(1 << random.below(8)) }
        case .quote: insert(["\"", "'", "\"\"", "`"][random.below(4)])
        case .delimiter: insert([",", ";", "\t", ":", "|", ", ,"][random.below(6)])
        case .lineBreak: insert(["\n", "\r\n", "\r", "\n\n\n"][random.below(4)])
        case .nul: out.insert(0, at: at)
        case .truncation: out = Array(out.prefix(at))
        case .hugeNumber:
            insert(["9223372036854775807", "18446744073709551616", "1e308", "-1e309", "4611686018427387904",
                    "99999999999999999999999999999999"][random.below(6)])
        case .longField: insert(String(repeating: "x", count: 100_000))
        case .invalidUTF8: out.insert(contentsOf: [[0xFF, 0xFE], [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88]][random.below(4)], at: at)
        case .deepNesting:
            insert(random.below(2) == 0 ? String(repeating: "[", count: 5000)
                   : (0..<2000).map { String(repeating: " ", count: $0) + "- a\n" }.joined())
        }
        return out
    }
}

extension ReaderFuzzTests.Reader {
    /// The reader with `status` as its valid input's exit status.
    func expecting(_ status: Int32) -> Self {
        var copy = self
        copy.validStatus = status
        return copy
    }
}

/// The seeded fuzz test of every reader (issue 11): valid inputs mutated by `FuzzMutation` (byte flips, quotes,
/// delimiters, line breaks, NULs, truncation, huge numbers, 100,000-character fields, invalid UTF-8, deep nesting),
/// each run through the built `partnership` so that a crash or a hang shows as such. Every run must exit 0 with
/// nothing on standard error but notes, or exit with a contract code (64, 65, 66, 70) and print exactly one line,
/// `error: ...`. A run still going after 60 seconds counts as a hang (a guard, not a speed measurement).
@Suite struct ReaderFuzzTests {
    /// A reader under test: its valid input, the file name to give it, and the command that reads it.
    struct Reader: CustomTestStringConvertible, Sendable {
        var name: String
        var fileName: String
        var mutations: Int
        var valid: @Sendable (URL) throws -> [UInt8]
        var command: @Sendable (_ file: String, _ folder: URL) throws -> [String]
        /// The exit status of the valid input (0, except for the config, whose run is stopped on purpose).
        var validStatus: Int32 = 0
        var testDescription: String { name }
    }

    static let apisrs = Fixtures.fixture("reference/apisrs.csv").path
    static let growthLayout = Fixtures.shipped("layouts/api-growth-2012-fields-1-14.txt").path

    static func apisrsHead() throws -> [UInt8] {
        let lines = try String(contentsOfFile: apisrs, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return Array((lines.prefix(40).joined(separator: "\n") + "\n").utf8)
    }

    static func fixedWidthRecords() -> [UInt8] {
        growthFixedWidthBytes(rows: [
            ["CDS": "19642121930056", "RTYPE": "S", "SNAME": "Cerritos High", "DNAME": "ABC Unified",
             "CNAME": "Los Angeles", "VALID": "1617", "API12": "868", "API11": "869"],
            ["CDS": "01611190130229", "RTYPE": "S", "SNAME": "Alameda High", "DNAME": "Alameda City Unified",
             "CNAME": "Alameda", "VALID": "1200", "API12": "812", "API11": "B"],
        ])
    }

    static let readers: [Reader] = [
        Reader(name: "CSV", fileName: "data.csv", mutations: 60, valid: { _ in try apisrsHead() }) { file, _ in
            ["fit", "--data", file, "--formula", "api00 ~ meals + ell"]
        },
        Reader(name: "codebook YAML", fileName: "codebook.yaml", mutations: 60,
               valid: { _ in Array(try Data(contentsOf: URL(fileURLWithPath: SurveyPaths.codebook))) }) { file, _ in
            ["score-survey", "--responses", SurveyPaths.fixtureResponses, "--codebook", file, "--format", "json"]
        },
        // The config's reader is what is tested: command-line --codebook (which wins) names a missing file, so a
        // config that still reads ends at once with 66 instead of running a whole report.
        Reader(name: "report config", fileName: "config.yaml", mutations: 60, valid: { _ in
            Array("# my district\nresponses: pal-2013.csv\ndistrict: 1964212\nsurvey-year: 2011\noutcome-year: 2012\n"
                  .appending("vcov: HC3\nlevel: 0.95\nsuppress-below: 5\nstatewide: false\n").utf8)
        }) { file, folder in
            ["report", "--config", file, "--codebook", folder.appendingPathComponent("none.yaml").path,
             "--output", folder.appendingPathComponent("rep").path]
        }.expecting(66),
        Reader(name: "record layout", fileName: "layout.txt", mutations: 50,
               valid: { _ in Array(try Data(contentsOf: URL(fileURLWithPath: growthLayout))) }) { file, folder in
            let input = folder.appendingPathComponent("records.txt")
            try Data(fixedWidthRecords()).write(to: input)
            return ["import-api", "--layout", file, "--input", input.path,
                    "--output", folder.appendingPathComponent("out.csv").path]
        },
        Reader(name: "fixed-width file", fileName: "records.txt", mutations: 50, valid: { _ in fixedWidthRecords() }) {
            file, folder in
            ["import-api", "--layout", growthLayout, "--input", file, "--output", folder.appendingPathComponent("out.csv").path]
        },
        Reader(name: "notebook", fileName: "notebook.md", mutations: 30, valid: { _ in
            Array("# A note\n\nSome prose with a | pipe.\n\n```partnership\n# a comment\nfit --data \(apisrs) --formula \"api00 ~ meals\"\n```\n\n```sh\nnot run\n```\n".utf8)
        }) { file, folder in
            ["render", file, "--output", folder.appendingPathComponent("out/notebook.md").path]
        },
    ]

    @Test(arguments: readers)
    func mutatedInputsKeepTheErrorContract(_ reader: Reader) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = try reader.valid(folder)
        var random = FuzzRandom(state: 20_261_111 &+ UInt64(reader.fileName.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        // The valid input first: it must succeed, or the mutations would test nothing.
        for index in 0...reader.mutations {
            let mutation = FuzzMutation.allCases[index % FuzzMutation.allCases.count]
            let bytes = index == 0 ? valid : mutation.apply(to: valid, random: &random)
            let case_ = folder.appendingPathComponent("case-\(index)")
            try FileManager.default.createDirectory(at: case_, withIntermediateDirectories: true)
            let file = case_.appendingPathComponent(reader.fileName)
            try Data(bytes).write(to: file)
            let run = try runGuarded(try reader.command(file.path, case_))
            let label = "\(reader.name) #\(index) (\(index == 0 ? "valid" : "\(mutation)")): "
            let lines = run.errors.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            if index == 0 { #expect(run.status == reader.validStatus, "\(label)\(run.errors)") }
            if run.status == 0 {
                #expect(lines.allSatisfy { $0.hasPrefix("note: ") }, "\(label)\(run.errors)")
            } else {
                #expect([64, 65, 66, 70].contains(run.status), "\(label)exit \(run.status): \(run.errors.prefix(300))")
                #expect(lines.count == 1 && lines.first?.hasPrefix("error: ") == true,
                        "\(label)\(lines.count) lines: \(run.errors.prefix(300))")
            }
            try? FileManager.default.removeItem(at: case_)
        }
    }

    /// Runs the built executable; a crash shows as a status above 128 and a run past 60 seconds is killed (-1).
    func runGuarded(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PartnershipExecutable.path())
        process.arguments = arguments
        let errURL = try temporaryFolder().appendingPathComponent("err")
        defer { try? FileManager.default.removeItem(at: errURL.deletingLastPathComponent()) }
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        var hung = false
        if process.isRunning {
            hung = true
            process.terminate()
        }
        process.waitUntilExit()
        try err.close()
        let errors = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        if hung { return (-1, "hung: " + errors) }
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return (status, errors)
    }
}
