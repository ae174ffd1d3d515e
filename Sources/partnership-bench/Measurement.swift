import Foundation

/// The outcome of one benchmark case.
struct CaseResult {
    /// Case name.
    var name: String
    /// Seconds of each timed repetition.
    var seconds: [Double]
    /// Peak resident memory of the process (bytes).
    var peakBytes: Int
    /// Bytes of the design matrix the case works on.
    var designBytes: Int
    /// Extra facts to print (e.g. n, k, coefficient check).
    var notes: [String: String] = [:]

    var minimum: Double { seconds.min() ?? .nan }
    var median: Double { seconds.sorted()[seconds.count / 2] }

    /// One JSON line (the parent reads it back).
    var jsonLine: String {
        let noteText = notes.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ",")
        return "{\"name\":\"\(name)\",\"seconds\":[\(seconds.map { String($0) }.joined(separator: ","))],"
            + "\"peak_bytes\":\(peakBytes),\"design_bytes\":\(designBytes),\"notes\":{\(noteText)}}"
    }

    init(name: String, seconds: [Double], peakBytes: Int, designBytes: Int, notes: [String: String] = [:]) {
        self.name = name
        self.seconds = seconds
        self.peakBytes = peakBytes
        self.designBytes = designBytes
        self.notes = notes
    }

    init?(jsonLine: String) {
        guard let data = jsonLine.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let name = object["name"] as? String, let seconds = object["seconds"] as? [Double],
              let peak = object["peak_bytes"] as? Int, let design = object["design_bytes"] as? Int else { return nil }
        self.init(name: name, seconds: seconds, peakBytes: peak, designBytes: design,
                  notes: object["notes"] as? [String: String] ?? [:])
    }
}

/// Wall-clock seconds of `body`.
func timed(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The process's peak resident set size so far (VmHWM from /proc/self/status), in bytes.
func peakResidentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }
    return 0
}

/// A megabyte figure for people.
func megabytes(_ bytes: Int) -> String {
    bytes < 10 << 20 ? String(format: "%.2f MB", Double(bytes) / 1_048_576) : String(format: "%.0f MB", Double(bytes) / 1_048_576)
}
