import CLAPACK
import DataTable
import Education
import Foundation
import LinearAlgebra
import Regression

/// Runs one case in this process.
func runCase(_ name: String, arguments: BenchmarkArguments) throws -> CaseResult {
    switch name {
    case "qr": return try bareQR(arguments)
    case "fit": return try olsWithHC3(arguments)
    case "statewide": return try statewide(arguments)
    default:
        FileHandle.standardError.write(Data("unknown case \(name)\n".utf8))
        exit(64)
    }
}

/// dgeqp3 alone on a copy of the synthetic design (the copy is made outside the timed region).
func bareQR(_ arguments: BenchmarkArguments) throws -> CaseResult {
    let design = SyntheticDesign(rows: arguments.rows, columns: arguments.columns)
    var seconds: [Double] = []
    for _ in 0..<arguments.repetitions {
        var a = design.matrix.values
        var m = Int32(design.matrix.rows), n = Int32(design.matrix.columns), lda = m, info: Int32 = 0
        var pivots = [Int32](repeating: 0, count: Int(n))
        var tau = [Double](repeating: 0, count: Int(n))
        var query = 0.0, lwork: Int32 = -1
        dgeqp3_(&m, &n, &a, &lda, &pivots, &tau, &query, &lwork, &info)
        lwork = Int32(query)
        var work = [Double](repeating: 0, count: Int(lwork))
        seconds.append(timed { dgeqp3_(&m, &n, &a, &lda, &pivots, &tau, &work, &lwork, &info) })
        precondition(info == 0, "dgeqp3 failed with info \(info)")
    }
    return CaseResult(name: "bare dgeqp3", seconds: seconds, peakBytes: peakResidentBytes(),
                      designBytes: design.matrix.values.count * 8,
                      notes: ["n": String(arguments.rows), "k": String(arguments.columns)])
}

/// The package's OLS fit and HC3 coefficient table on the synthetic design.
func olsWithHC3(_ arguments: BenchmarkArguments) throws -> CaseResult {
    let synthetic = SyntheticDesign(rows: arguments.rows, columns: arguments.columns)
    let names = ["(Intercept)"] + (1..<arguments.columns).map { "x\($0)" }
    let design = DesignMatrix(formula: "y ~ " + names.dropFirst().joined(separator: " + "), responseName: "y",
                              response: synthetic.response, matrix: synthetic.matrix, columnNames: names,
                              termLabels: Array(names.dropFirst()), termOfColumn: [nil] + (0..<(arguments.columns - 1)).map { $0 },
                              hasIntercept: true, rowsUsed: Array(0..<arguments.rows))
    var seconds: [Double] = []
    var worstError = 0.0
    for _ in 0..<arguments.repetitions {
        seconds.append(try timed {
            let fit = try LinearModel.fit(design)
            let table = try fit.coefficientTable(covariance: .hc3)
            for (row, truth) in zip(table.rows, synthetic.trueCoefficients) {
                worstError = max(worstError, abs(row.estimate - truth) / row.standardError)
            }
        })
    }
    return CaseResult(name: "OLS + HC3 (package)", seconds: seconds, peakBytes: peakResidentBytes(),
                      designBytes: synthetic.matrix.values.count * 8,
                      notes: ["n": String(arguments.rows), "k": String(arguments.columns),
                              "largest |estimate - truth| / SE": String(format: "%.2f", worstError)])
}

/// The real statewide file: read, merge with the Base file, and fit with HC3.
func statewide(_ arguments: BenchmarkArguments) throws -> CaseResult {
    var seconds: [Double] = []
    var notes: [String: String] = [:]
    var designBytes = 0
    for _ in 0..<arguments.repetitions {
        var readSeconds = 0.0, fitSeconds = 0.0
        let total = try timed {
            var merged: LaggedMerge!
            readSeconds = try timed {
                let growth = try APIGrowthFile.read(file: arguments.growthFile)
                let base = try APIBaseFile.read(file: arguments.baseFile)
                merged = try LaggedMerge.build(growth: growth, base: base, survey: nil,
                                               options: LaggedMergeOptions(excludeAlternative: true))
            }
            fitSeconds = try timed {
                let design = try DesignMatrix.build(formula: "api12 ~ api11 + meals + p_el + stype", data: merged.table)
                let fit = try LinearModel.fit(design)
                let table = try fit.coefficientTable(covariance: .hc3)
                designBytes = design.matrix.values.count * 8
                notes["n"] = String(fit.observationCount)
                notes["dropped"] = String(design.dropped.total)
                notes["api11 coefficient"] = String(format: "%.6f", table["api11"]?.estimate ?? .nan)
            }
        }
        seconds.append(total)
        notes["read+merge seconds"] = String(format: "%.4f", readSeconds)
        notes["design+fit+HC3 seconds"] = String(format: "%.4f", fitSeconds)
    }
    return CaseResult(name: "statewide API 2011-2013 (read, merge, fit, HC3)", seconds: seconds,
                      peakBytes: peakResidentBytes(), designBytes: designBytes, notes: notes)
}

/// Runs every case in a child process and prints a table with the issue's two targets.
func runAll(arguments: BenchmarkArguments) throws {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var results: [String: CaseResult] = [:]
    for mode in ["qr", "fit", "statewide"] {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments.childArguments(mode: mode)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let line = output.split(separator: "\n").last, let result = CaseResult(jsonLine: String(line)) else {
            FileHandle.standardError.write(Data("case \(mode) failed (exit \(process.terminationStatus))\n".utf8))
            exit(70)
        }
        results[mode] = result
    }
    print("partnership-bench: \(arguments.rows) x \(arguments.columns) synthetic design, \(arguments.repetitions) repetitions, "
          + "OPENBLAS_NUM_THREADS=\(ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] ?? "unset")")
    print("")
    print("| case | min s | median s | peak memory | design matrix | peak / design |")
    print("|---|---:|---:|---:|---:|---:|")
    for mode in ["qr", "fit", "statewide"] {
        let r = results[mode]!
        print("| \(r.name) | \(String(format: "%.3f", r.minimum)) | \(String(format: "%.3f", r.median)) | "
              + "\(megabytes(r.peakBytes)) | \(megabytes(r.designBytes)) | "
              // For a design of a few hundred kilobytes the process's own footprint dominates: no useful ratio.
              + "\(r.designBytes > 16 << 20 ? String(format: "%.2f", Double(r.peakBytes) / Double(r.designBytes)) : "-") |")
    }
    print("")
    let qr = results["qr"]!, fit = results["fit"]!
    let ratio = fit.median / qr.median
    let memory = Double(fit.peakBytes) / Double(fit.designBytes)
    print("OLS + HC3 time / bare dgeqp3 time: \(String(format: "%.2f", ratio)) (target <= 1.30: \(ratio <= 1.3 ? "met" : "NOT met"))")
    print("OLS + HC3 peak memory / design matrix: \(String(format: "%.2f", memory)) (target <= 3.00: \(memory <= 3 ? "met" : "NOT met"))")
    for mode in ["qr", "fit", "statewide"] {
        for (key, value) in results[mode]!.notes.sorted(by: { $0.key < $1.key }) {
            print("  \(results[mode]!.name): \(key) = \(value)")
        }
    }
}
