import Reporting

extension BoardReportError: ClassifiedError {
    /// 65 when the data cannot support the report (too few complete schools), 64 for a request out of range.
    public var exitStatus: ExitStatus { kind == .usage ? .usage : .badData }
}
