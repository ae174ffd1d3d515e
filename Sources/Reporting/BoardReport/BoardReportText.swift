/// How the board report writes numbers and effect sentences for readers who are not statisticians.
public enum BoardReportText {
    /// A count with thousands separators: `9,595`.
    public static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, character) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// API points and other effects, one decimal: `7.9`, `-27.9`.
    public static func points(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 1) }

    /// A confidence level as a percentage: `95%`.
    public static func percent(_ level: Double) -> String {
        let value = level * 100
        return NumberFormatting.fixed(value, decimals: value == value.rounded() ? 0 : 1) + "%"
    }

    /// A p-value as a phrase: `p = 0.611`, `p < 0.001`.
    public static func pValue(_ p: Double) -> String {
        p < 0.001 ? "p < 0.001" : "p = " + NumberFormatting.fixed(p, decimals: 3)
    }

    /// `a`, `a and b`, `a, b and c`.
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// The sentence about one association, in API points per unit of the explanatory measure, honest about the
    /// interval: e.g. "Holding poverty constant, schools whose PAL index was one point higher had 2012 API scores
    /// about 7.9 points higher (95% interval -27.9 to 43.7 points; p = 0.650). The interval includes zero, so these
    /// data cannot tell whether ..."
    ///
    /// - Parameters:
    ///   - unitPhrase: the subject's difference, e.g. "whose PAL index was one point higher".
    ///   - outcomePhrase: the outcome, e.g. "2012 API scores" or "API growth from 2011 to 2012".
    ///   - controls: words for the measures held constant.
    ///   - unit: the outcome's unit, plural ("points").
    ///   - estimate: the slope.
    ///   - low: the interval's lower end.
    ///   - high: the interval's upper end.
    ///   - p: the slope's p-value.
    ///   - level: the interval's confidence level, e.g. 0.95.
    public static func association(unitPhrase: String, outcomePhrase: String, controls: [String], estimate: Double,
                                   low: Double, high: Double, pValue p: Double, level: Double,
                                   unit: String = "points") -> String {
        var sentence = controls.isEmpty ? "Schools " : "Holding " + list(controls) + " constant, schools "
        let direction = estimate >= 0 ? "higher" : "lower"
        sentence += unitPhrase + " had " + outcomePhrase + " about " + points(abs(estimate)) + " " + unit + " " + direction
        sentence += " (" + percent(level) + " interval " + points(low) + " to " + points(high) + " " + unit + "; "
            + pValue(p) + ")."
        if low <= 0 && high >= 0 {
            sentence += " The interval includes zero, so these data cannot tell whether such schools score higher, "
                + "lower or the same."
        } else if low > 0 {
            sentence += " The whole interval is above zero: in these data the association is positive, though that "
                + "alone does not show that one causes the other."
        } else {
            sentence += " The whole interval is below zero: in these data the association is negative, though that "
                + "alone does not show that one causes the other."
        }
        return sentence
    }
}
