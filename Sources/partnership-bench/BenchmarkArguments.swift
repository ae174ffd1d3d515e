/// Options of the benchmark (plain parsing: the benchmark has no dependency beyond the package's own modules).
struct BenchmarkArguments {
    /// Rows of the synthetic design.
    var rows = 1_000_000
    /// Columns of the synthetic design (intercept included).
    var columns = 50
    /// Timed repetitions per case (the minimum and median are reported).
    var repetitions = 3
    /// Run only this case (used by the parent to start children).
    var mode: String?
    /// The statewide API file.
    var growthFile = "data/api/ca-api-growth-2011-2013.csv"
    /// The 2012 Base file.
    var baseFile = "data/api/ca-api-base-2012-reduced.csv"

    init<S: Sequence>(_ words: S) where S.Element == String {
        var iterator = words.makeIterator()
        while let word = iterator.next() {
            switch word {
            case "--rows": rows = Int(iterator.next() ?? "") ?? rows
            case "--columns": columns = Int(iterator.next() ?? "") ?? columns
            case "--repetitions": repetitions = max(1, Int(iterator.next() ?? "") ?? repetitions)
            case "--mode": mode = iterator.next()
            case "--growth": growthFile = iterator.next() ?? growthFile
            case "--base": baseFile = iterator.next() ?? baseFile
            default:
                FileHandle.standardError.write(Data("""
                    usage: partnership-bench [--rows N] [--columns K] [--repetitions R] [--growth FILE] [--base FILE]

                    """.utf8))
                exit(64)
            }
        }
    }

    /// The arguments a child process gets for `mode`.
    func childArguments(mode: String) -> [String] {
        ["--rows", String(rows), "--columns", String(columns), "--repetitions", String(repetitions),
         "--growth", growthFile, "--base", baseFile, "--mode", mode]
    }
}

import Foundation
