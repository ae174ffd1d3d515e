import Simulation

/// The two renderings of a power study: Markdown for people (a table with a synthetic-data banner and the
/// generative model in words) and JSON for machines.
public enum PowerStudyReport {
    /// The study as Markdown: a banner saying the data are simulated, one table row per model, number of schools and
    /// effect, then notes on what power and coverage mean, their Monte Carlo error, and the generative model.
    public static func markdown(_ study: PowerStudy) -> String {
        let settings = study.settings
        let types = settings.covariances.map(\.description)
        let percent = NumberFormatting.fixed(settings.level * 100, decimals: settings.level * 100 == (settings.level * 100).rounded() ? 0 : 1)
        let alpha = NumberFormatting.roundTrip(((1 - settings.level) * 1e9).rounded() / 1e9)
        var table = MarkdownTable(headers: ["Model", "Schools", "True effect", "Mean estimate", "SD of estimates"]
                                  + types.map { "Power (\($0))" } + types.map { "Coverage (\($0))" }
                                  + types.map { "Mean SE (\($0))" })
        for cell in study.cells {
            table.append([cell.model.rawValue, String(cell.schools), number(cell.effect),
                          NumberFormatting.fixed(cell.meanEstimate, decimals: 1),
                          NumberFormatting.fixed(cell.estimateSD, decimals: 1)]
                         + cell.judgements.map { NumberFormatting.fixed($0.power, decimals: 3) }
                         + cell.judgements.map { NumberFormatting.fixed($0.coverage, decimals: 3) }
                         + cell.judgements.map { NumberFormatting.fixed($0.meanStandardError, decimals: 1) })
        }
        var out = "**Synthetic data.** Every number in this table comes from simulated districts, not from real schools.\n\n"
        out += table.render() + "\n"
        let replications = settings.replications
        let worst = 0.5 / Double(replications).squareRoot()
        let nearNominal = (settings.level * (1 - settings.level) / Double(replications)).squareRoot()
        out += "Power is the share of the \(replications) simulated districts per row in which the partnership "
            + "coefficient was significant (two-sided p < \(alpha)); coverage is the share whose \(percent)% interval "
            + "contained the true effect. With \(replications) districts a share's Monte Carlo standard error is at "
            + "most " + NumberFormatting.fixed(worst, decimals: 3) + " (about " + NumberFormatting.fixed(nearNominal, decimals: 3)
            + " near " + NumberFormatting.fixed(settings.level, decimals: 2) + "). The mean standard error "
            + "can be compared with the SD of the estimates: a good standard error is close to it.\n\n"
        let failures = study.cells.reduce(0) { $0 + $1.failures }
        if failures > 0 {
            out += "\(failures) model fits could not be judged (collinear draws or a leverage of one) and are left out "
                + "of their rows' shares.\n\n"
        }
        out += "Models: " + settings.models.map { "\($0.rawValue) is `\($0.formula)`" }.joined(separator: "; ") + ".\n\n"
        out += generativeModel(settings) + "\n"
        return out
    }

    /// The generative model in one paragraph, with the settings' numbers.
    public static func generativeModel(_ settings: PowerStudySettings) -> String {
        let p = settings
        return "Generative model (seed \(p.seed), the same draws for every effect and model): in each simulated "
            + "district, school poverty is uniform between \(number(p.povertyRange.lowerBound)) and "
            + "\(number(p.povertyRange.upperBound)) percent free or reduced-price meals; latent partnership is normal "
            + "with SD \(number(p.schoolSD)) survey points and is measured with reliability \(number(p.reliability)); "
            + "base-year API is \(number(p.baseIntercept)) \(signed(p.basePovertySlope)) × poverty plus normal noise "
            + "with SD \(number(p.baseSD)); growth is \(number(p.growthIntercept)) \(signed(p.growthPovertySlope)) × "
            + "poverty + effect × latent partnership plus normal noise with SD \(number(p.growthNoiseSD)); the "
            + "outcome-year API is base plus growth. The true effect is in API points of growth per survey point of "
            + "latent partnership; with reliability below 1 the estimates are attenuated towards effect × reliability. "
            + "`partnership power --help` gives the order of the random draws."
    }

    /// The study as JSON: the settings, then one object per cell.
    public static func json(_ study: PowerStudy) -> JSONValue {
        let p = study.settings
        let cells: [JSONValue] = study.cells.map { cell in
            .object([
                ("model", .string(cell.model.rawValue)),
                ("formula", .string(cell.model.formula)),
                ("schools", .integer(cell.schools)),
                ("effect", .number(cell.effect)),
                ("replications", .integer(cell.replications)),
                ("failures", .integer(cell.failures)),
                ("mean_estimate", .number(cell.meanEstimate)),
                ("estimate_sd", .number(cell.estimateSD)),
                ("judgements", .array(cell.judgements.map { judgement in
                    .object([
                        ("vcov", .string(judgement.covariance.description)),
                        ("power", .number(judgement.power)),
                        ("coverage", .number(judgement.coverage)),
                        ("mean_std_error", .number(judgement.meanStandardError)),
                    ])
                })),
            ])
        }
        return .object([
            ("synthetic", .bool(true)),
            ("seed", p.seed <= UInt64(Int.max) ? .integer(Int(p.seed)) : .string(String(p.seed))),
            ("replications", .integer(p.replications)),
            ("level", .number(p.level)),
            ("parameters", .object([
                ("school_sd", .number(p.schoolSD)),
                ("reliability", .number(p.reliability)),
                ("index_center", .number(p.indexCenter)),
                ("poverty_range", .array([.number(p.povertyRange.lowerBound), .number(p.povertyRange.upperBound)])),
                ("base_intercept", .number(p.baseIntercept)),
                ("base_poverty_slope", .number(p.basePovertySlope)),
                ("base_sd", .number(p.baseSD)),
                ("growth_intercept", .number(p.growthIntercept)),
                ("growth_poverty_slope", .number(p.growthPovertySlope)),
                ("growth_noise_sd", .number(p.growthNoiseSD)),
            ])),
            ("cells", .array(cells)),
        ])
    }

    /// A setting as people write it: `15`, `0.87`, `-2.67`.
    static func number(_ value: Double) -> String { NumberFormatting.roundTrip(value) }

    /// `+ 0.29` or `- 2.67`, for writing a linear formula.
    static func signed(_ value: Double) -> String { (value < 0 ? "- " : "+ ") + number(abs(value)) }
}
