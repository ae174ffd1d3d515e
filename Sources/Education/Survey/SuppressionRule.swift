/// The small-group rule that keeps any respondent's answers from being read off a survey output.
///
/// With threshold T (default 5), the outputs obey:
/// 1. A school with fewer than T respondents is suppressed: none of its scores are shown, only its respondent count
///    and the `suppressed` flag (a count reveals who took part, never what anyone answered).
/// 2. In a shown school, a measure with fewer than T respondents scored on it has its mean and SD left empty
///    (its count is shown).
/// 3. Role breakdowns (school x role) are all-or-nothing per school: they are shown only when the school is shown and
///    every role group present has at least T respondents; otherwise every role row of the school is suppressed,
///    counts included. Showing the teachers of a school with 20 teachers and 2 administrators next to the all-roles
///    row would let anyone subtract the administrators' mean (complementary disclosure). The same holds per measure:
///    a measure appears in a school's role rows only if every role group with any score on it has at least T.
/// Pooled statistics (alpha, item-rest correlations, ICCs) use every respondent; they describe items and variance
/// shares across all schools, from which no school's or person's answers can be recovered.
public struct SuppressionRule: Sendable, Equatable {
    /// Groups with fewer respondents than this are suppressed; never below `smallestThreshold`.
    public let threshold: Int

    /// The default threshold: 5 respondents.
    public static let defaultThreshold = 5
    /// The smallest threshold allowed: with 2, each of two respondents could read the other's answers from the mean.
    public static let smallestThreshold = 3

    /// The standard rule: threshold 5, the rule every output uses unless the analyst asks for another.
    public static let standard = SuppressionRule()

    /// The standard rule (threshold 5); it cannot fail, unlike `init(threshold:)` with an analyst's number.
    public init() {
        threshold = SuppressionRule.defaultThreshold
    }

    /// The rule with an analyst's threshold, checked so that no output can reveal a respondent.
    ///
    /// - Throws: `SurveyError` (kind `.usage`) if `threshold` is below `smallestThreshold`.
    public init(threshold: Int) throws {
        guard threshold >= SuppressionRule.smallestThreshold else {
            throw SurveyError("a suppression threshold of \(threshold) cannot protect respondents (with 2, each of two "
                              + "people can read the other's answers from the mean); use "
                              + "\(SuppressionRule.smallestThreshold) or more (the default is \(SuppressionRule.defaultThreshold))", kind: .usage)
        }
        self.threshold = threshold
    }

    /// Whether a group of `count` respondents is large enough to show.
    public func allows(_ count: Int) -> Bool { count >= threshold }
}
