import ArgumentParser
import Regression
import Reporting
import Simulation

/// `partnership power`: how often a district of N schools detects a true partnership effect (Monte Carlo, synthetic).
public struct PowerCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "power",
        abstract: "Simulate districts to see how often a true partnership effect is detected (synthetic data).",
        discussion: """
            For each number of schools, simulates --replications districts, fits each --model to each with the \
            regression engine, and reports per model, size and true effect: the mean estimate and its SD, and for \
            each --vcov the power (share of districts with the partnership coefficient significant, two-sided \
            p < 1 - level), the coverage (share of intervals containing the true effect) and the mean standard \
            error. Every number is synthetic; the output says so.

            Generative model, per school s in order (U uniform on [0, 1), Z standard normal, from the seeded \
            xoshiro256** generator of simulate-survey): poverty x = 10 + 90 U (percent meals); latent partnership \
            theta = 0.4 Z (--school-sd); measurement error m = 0.4 sqrt((1 - R)/R) Z with R = --reliability; \
            base-year API b = 985 - 2.67 x + 36 Z (--base-sd); growth noise e = 15 Z (--noise-sd). Then for each \
            --effect beta: growth = -3.3 + 0.29 x + beta theta + e, outcome = b + growth, and the measured \
            partnership index p = 3.4 + theta + m. Defaults are calibrated to ABC Unified's real 2011-2012 API data \
            (lm(api11 ~ meals): 985, -2.67, residual SD 36; lm(growth ~ meals): -3.3, 0.29, residual SD 15.9) and to \
            the shipped synthetic survey (school SD 0.4; reliability of school means about 0.87). The same draws \
            serve every effect and model; the stream for N schools is seeded with seed XOR (N x 0x9E3779B97F4A7C15).

            Models: growth (growth ~ partnership + poverty), lagged (outcome ~ partnership + poverty + base), level \
            (outcome ~ partnership + poverty).

            Example:
              partnership power --schools 20 30 60 --effect 0 15 25 --model growth lagged \\
                --vcov classical HC3 --replications 1000 --seed 2011
            """
    )

    /// Numbers of schools.
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Schools per district (one or more).", valueName: "n"))
    public var schools: [Int]

    /// True effects.
    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "True effects: API points of growth per survey point of partnership (one or more).", valueName: "points"))
    public var effect: [Double]

    /// Models.
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Models: growth, lagged, level (one or more).", valueName: "model"))
    public var model: [String] = ["growth"]

    /// Standard errors.
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Standard errors judged: classical, HC0-HC3 (one or more).",
                                                          valueName: "type"))
    public var vcov: [String] = ["HC3"]

    /// Replications per number of schools.
    @Option(help: ArgumentHelp("Simulated districts per number of schools.", valueName: "n"))
    public var replications: Int = 1000

    /// The seed.
    @Option(help: ArgumentHelp("Seed of the random numbers (required: the same seed gives the same numbers).",
                               valueName: "seed"))
    public var seed: UInt64

    /// Confidence level.
    @Option(help: ArgumentHelp("Confidence level; significant means p < 1 - level.", valueName: "level"))
    public var level: Double = 0.95

    /// School SD of latent partnership.
    @Option(help: ArgumentHelp("SD of latent school partnership, in survey points.", valueName: "sd"))
    public var schoolSD: Double = 0.4

    /// Reliability of the measured index.
    @Option(help: ArgumentHelp("Reliability of a school's measured partnership index, in (0, 1].", valueName: "r"))
    public var reliability: Double = 0.87

    /// Growth noise SD.
    @Option(help: ArgumentHelp("SD of growth not explained by poverty or partnership, in API points.", valueName: "sd"))
    public var noiseSD: Double = 15

    /// Base-year API noise SD.
    @Option(help: ArgumentHelp("SD of base-year API around its poverty line, in API points.", valueName: "sd"))
    public var baseSD: Double = 36

    /// Output format.
    @Option(help: "Output format: markdown or json.")
    public var format: FitFormat = .markdown

    /// Output file.
    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    public var output: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// The study these options describe.
    func settings() throws -> PowerStudySettings {
        let models = try model.map { name -> PowerStudyModel in
            guard let parsed = PowerStudyModel(rawValue: name.lowercased()) else {
                throw CommandError(.usage, "unknown --model '\(name)'; use growth, lagged or level")
            }
            return parsed
        }
        var settings = PowerStudySettings(schoolCounts: schools, effects: effect, models: models,
                                          covariances: try vcov.map { try CovarianceType(parsing: $0) },
                                          replications: replications, seed: seed)
        settings.level = level
        settings.schoolSD = schoolSD
        settings.reliability = reliability
        settings.growthNoiseSD = noiseSD
        settings.baseSD = baseSD
        return settings
    }

    /// Runs the study and prints it.
    public func run() throws {
        let progress = ProgressLine(task: "power")
        let study = try PowerStudy(settings: settings(), progress: progress.map { line in { line.update($0) } })
        progress?.finish()
        let text: String
        switch format {
        case .markdown: text = PowerStudyReport.markdown(study)
        case .json: text = PowerStudyReport.json(study).rendered() + "\n"
        }
        try SchoolTableOutput.emit(text, to: output)
    }
}
