/// One import for the whole library: `import PartnershipStats` brings in tables, survey scoring, models and reports.
///
/// The layers stay separate modules (DESIGN.md's order); this umbrella only re-exports them, so a program that needs
/// one layer can still import just that one.
@_exported import DataTable
@_exported import Distributions
@_exported import Education
@_exported import LinearAlgebra
@_exported import Networks
@_exported import Regression
@_exported import Reporting
@_exported import Simulation
