import Education

extension SurveyError: ClassifiedError {
    /// A survey setting that cannot be used (a share outside 0-1, a threshold below 3, an impossible simulated
    /// effect) is a problem with how the command was asked for: 64.
    public var exitStatus: ExitStatus { .usage }
}
