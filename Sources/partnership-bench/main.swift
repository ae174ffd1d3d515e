// partnership-bench: release-mode benchmark of the regression engine (issue 2).
//
//   swift run -c release partnership-bench                 # all cases, each in its own process
//   swift run -c release partnership-bench --rows 200000   # a smaller synthetic design
//
// Each case runs in a child process of its own so that its peak memory (the kernel's VmHWM) is its alone.
// Cases: `qr` times bare LAPACK dgeqp3 on the synthetic design; `fit` times OLS + HC3 standard errors through the
// package (LinearModel.fit + coefficientTable(.hc3)) on the same design; `statewide` reads the real 2011-2013 statewide
// API file, merges it with the 2012 Base file, and fits API 2012 on API 2011, poverty, English learners and school type
// with HC3 standard errors.
import Foundation

let arguments = BenchmarkArguments(CommandLine.arguments.dropFirst())
if let single = arguments.mode {
    let result = try runCase(single, arguments: arguments)
    print(result.jsonLine)
} else {
    try runAll(arguments: arguments)
}
