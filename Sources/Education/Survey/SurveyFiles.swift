/// The survey files the package ships under `data/` (find them with `ShippedData.path`).
public enum SurveyFiles {
    /// The PAL codebook (illustrative item wording; the six areas are the real survey's).
    public static let palCodebook = "survey/pal-codebook.yaml"
    /// The SYNTHETIC 2011 PAL survey for ABC Unified's schools (see data/survey/README.md).
    public static let abcSynthetic2011 = "survey/pal-2011-abc-synthetic.csv"
    /// The real ABC Unified 2011-2012 school table the synthetic survey was drawn for.
    public static let abcSchools2011to2012 = "survey/abc-2011-2012-schools.csv"
}
