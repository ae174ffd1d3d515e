/// The version of PartnershipStats that `partnership --version` prints.
///
/// Semantic versioning: the command-line and JSON contracts of DESIGN.md change only with the major number.
public enum PackageVersion {
    /// The release this source tree is.
    public static let current = "0.6.0"
}
