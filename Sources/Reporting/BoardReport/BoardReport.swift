import DataTable
import Education
import Regression

/// What the board report is built from: the survey responses (with their codebook) and the API files, already read.
///
/// Reading is the caller's job (the command line reads the files and maps their errors to exit codes); the report
/// only needs the files' names, which it prints without folders so the report reads the same wherever it was made.
public struct BoardReportInputs: Sendable {
    /// The survey's responses, checked against its codebook.
    public var responses: SurveyResponses
    /// The CDS-keyed API file with both years (the spine of the merge, and the statewide section's data).
    public var growth: APIGrowthFile
    /// The Base API file giving poverty (MEALS) and English learners (P_EL); the models need poverty.
    public var base: APIBaseFile
    /// The file names as the report prints them (responses, codebook, growth, base).
    public var fileNames: FileNames

    /// The names of the input files, as printed in the report.
    public struct FileNames: Sendable, Equatable {
        /// The survey responses file.
        public var responses: String
        /// The codebook file.
        public var codebook: String
        /// The growth (API) file.
        public var growth: String
        /// The Base API file.
        public var base: String

        /// Names from paths: only the last path component is kept, so no folder of the machine shows up.
        public init(responses: String, codebook: String, growth: String, base: String) {
            self.responses = FileNames.lastComponent(responses)
            self.codebook = FileNames.lastComponent(codebook)
            self.growth = FileNames.lastComponent(growth)
            self.base = FileNames.lastComponent(base)
        }

        static func lastComponent(_ path: String) -> String {
            path.split(separator: "/").last.map(String.init) ?? path
        }
    }

    /// Creates the inputs.
    public init(responses: SurveyResponses, growth: APIGrowthFile, base: APIBaseFile, fileNames: FileNames) {
        self.responses = responses
        self.growth = growth
        self.base = base
        self.fileNames = fileNames
    }
}

/// How the report is computed: which schools and years, standard errors, suppression and scoring rules.
public struct BoardReportOptions: Sendable, Equatable {
    /// Years, district and exclusions of the merge (default: ABC Unified, 2011 to 2012, alternative schools left out).
    public var merge: LaggedMergeOptions
    /// The standard errors of every model table (default HC3, which behaves well with about 30 schools).
    public var covariance: CovarianceType
    /// Confidence level of every interval (default 0.95).
    public var level: Double
    /// The small-group rule for survey results (default: fewer than 5 respondents are suppressed).
    public var suppression: SuppressionRule
    /// The share of an area's items a respondent must answer for the area to be scored.
    public var minimumAnsweredShare: Double
    /// How many of the most influential schools (by Cook's distance) the diagnostics name.
    public var influentialSchools: Int
    /// Whether to add the statewide context section (real API data for every school in the growth file).
    public var includeStatewide: Bool

    /// The fewest schools the models are fitted on: four models of up to four coefficients need residual degrees of
    /// freedom to spare, and HC3 standard errors are unstable with fewer.
    public static let minimumSchools = 10

    /// Creates options; the defaults are the main job's.
    public init(merge: LaggedMergeOptions = LaggedMergeOptions(districtPrefix: LaggedMergeOptions.abcUnified),
                covariance: CovarianceType = .hc3, level: Double = 0.95,
                suppression: SuppressionRule = .standard,
                minimumAnsweredShare: Double = ScaleScores.defaultMinimumAnsweredShare,
                influentialSchools: Int = 5, includeStatewide: Bool = true) {
        self.merge = merge
        self.covariance = covariance
        self.level = level
        self.suppression = suppression
        self.minimumAnsweredShare = minimumAnsweredShare
        self.influentialSchools = influentialSchools
        self.includeStatewide = includeStatewide
    }
}

/// The name the board report uses for `PartnershipError`, the library's one error type.
public typealias BoardReportError = PartnershipError

/// The board report: `report.md` and its SVG figures, built in memory so a caller can write them all or nothing.
public struct BoardReport: Sendable {
    /// One output file: its path relative to the report folder, and its text.
    public struct File: Sendable, Equatable {
        /// Relative path, e.g. `report.md` or `figures/partnership-vs-growth.svg`.
        public var path: String
        /// The file's contents.
        public var contents: String
    }

    /// The analysis behind the report.
    public let analysis: BoardReportAnalysis
    /// The files, `report.md` first, then the figures in the order the report shows them.
    public let files: [File]

    /// The report's Markdown.
    public var markdown: String { files[0].contents }

    /// The name of the Markdown file in the report folder.
    public static let markdownName = "report.md"
    /// The folder of the figures, relative to the Markdown file.
    public static let figureFolder = "figures"

    /// Runs the analysis and writes the report in memory.
    ///
    /// - Throws: `BoardReportError` when the data cannot support the models; `SurveyError`, `EducationError`,
    ///   `RegressionError` or `FormulaError` from the steps beneath.
    public init(inputs: BoardReportInputs, options: BoardReportOptions = BoardReportOptions()) throws {
        let analysis = try BoardReportAnalysis(inputs: inputs, options: options)
        let figures = BoardReportFigures(analysis: analysis)
        let markdown = BoardReportMarkdown(analysis: analysis, figures: figures).render()
        self.analysis = analysis
        self.files = [File(path: BoardReport.markdownName, contents: markdown)]
            + figures.all.map { File(path: BoardReport.figureFolder + "/" + $0.fileName, contents: $0.svg) }
    }
}
