import Regression

extension FormulaError: ClassifiedError {
    /// A formula that does not parse, or names a column the data do not have, is a usage error (64).
    public var exitStatus: ExitStatus { .usage }
}
