import LinearAlgebra

/// The covariance of the estimated coefficients under one estimator, with the degrees of freedom its tests use.
public struct CoefficientCovariance: Sendable {
    /// The estimator.
    public let type: CovarianceType
    /// k x k over the estimated columns (aliased ones left out), in model order.
    public let matrix: Matrix
    /// Names of the estimated columns, the rows and columns of `matrix`.
    public let columnNames: [String]
    /// Degrees of freedom of each coefficient's t test and interval: n − k for classical and HC, G − 1 for CR1,
    /// Satterthwaite's per coefficient for CR2.
    public let degreesOfFreedom: [Double]
    /// Denominator degrees of freedom of Wald F tests under this covariance: n − k, or G − 1 when clustered
    /// (as `estimatr::lm_robust` reports its F).
    public let waldDenominatorDegreesOfFreedom: Double
    /// Number of clusters, for clustered estimators.
    public let clusterCount: Int?

    /// Standard errors, the square roots of the diagonal.
    public var standardErrors: [Double] { (0..<matrix.rows).map { matrix[$0, $0].squareRoot() } }
}

extension LinearModelFit {
    /// The covariance of the estimates under `type`.
    ///
    /// HC and clustered estimators are computed here, on request, never during the fit.
    ///
    /// - Throws: `RegressionError` when the estimator is undefined for this fit (HC2/HC3 with a leverage of one; a
    ///   cluster column the design does not carry; fewer than two clusters).
    public func covariance(_ type: CovarianceType) throws -> CoefficientCovariance {
        let residualDF = Double(residualDegreesOfFreedom)
        let tDF = [Double](repeating: residualDF, count: rank)
        switch type {
        case .classical:
            return classicalCovariance
        case .hc0, .hc1, .hc2, .hc3:
            return CoefficientCovariance(type: type, matrix: try heteroskedasticityConsistentCovariance(type),
                                         columnNames: estimatedColumnNames, degreesOfFreedom: tDF,
                                         waldDenominatorDegreesOfFreedom: residualDF, clusterCount: nil)
        case .clustered(let column, let adjustment):
            let clustered = try clusterCovariance(column: column, adjustment: adjustment)
            return CoefficientCovariance(type: type, matrix: clustered.covariance, columnNames: estimatedColumnNames,
                                         degreesOfFreedom: clustered.degreesOfFreedom,
                                         waldDenominatorDegreesOfFreedom: Double(clustered.clusterCount - 1),
                                         clusterCount: clustered.clusterCount)
        }
    }

    /// σ²(XᵀWX)⁻¹ on n − k degrees of freedom, which every fit has.
    var classicalCovariance: CoefficientCovariance {
        let residualDF = Double(residualDegreesOfFreedom)
        let variance = residualSumOfSquares / residualDF
        var matrix = unscaledCovariance
        for index in matrix.values.indices { matrix.values[index] *= variance }
        return CoefficientCovariance(type: .classical, matrix: matrix, columnNames: estimatedColumnNames,
                                     degreesOfFreedom: [Double](repeating: residualDF, count: rank),
                                     waldDenominatorDegreesOfFreedom: residualDF, clusterCount: nil)
    }

    /// The quantities the clustered estimators need, in weighted coordinates, for the rows that count.
    ///
    /// Rows of weight zero are left out (so n, G and the small-sample factors count only rows that carry weight, as
    /// R's `lm` counts them).
    public func leastSquaresQuantities() -> LeastSquaresQuantities {
        let columns = aliasedColumns.isEmpty ? nil : estimatedColumns
        var matrix = LinearModel.scaledDesign(design, rootWeights: rootWeights, columns: columns)
        var scaledResiduals = weightedResiduals
        var weights = design.weights
        if let all = design.weights, all.contains(0) {
            let keep = all.indices.filter { all[$0] > 0 }
            var values = [Double]()
            values.reserveCapacity(keep.count * matrix.columns)
            for j in 0..<matrix.columns {
                for i in keep { values.append(matrix[i, j]) }
            }
            matrix = Matrix(rows: keep.count, columns: matrix.columns, columnMajor: values)
            scaledResiduals = keep.map { scaledResiduals[$0] }
            weights = keep.map { all[$0] }
        }
        // CR2 needs the weights themselves: estimatr's working model is on the unweighted scale.
        return LeastSquaresQuantities(matrix: matrix, residuals: scaledResiduals, bread: unscaledCovariance,
                                      residualDegreesOfFreedom: residualDegreesOfFreedom, weights: weights)
    }

    private func clusterCovariance(column: String, adjustment: ClusterAdjustment) throws -> ClusterRobustCovariance {
        guard let clusters = design.clusters, design.clusterName == column else {
            let carried = design.clusterName.map { "it was built with cluster column '\($0)'" } ?? "it has no cluster column"
            throw RegressionError("cannot cluster on '\(column)': \(carried); build the design with cluster column '\(column)'",
                                  kind: .usage)
        }
        let used = design.weights.map { weights in clusters.indices.filter { weights[$0] > 0 }.map { clusters[$0] } }
            ?? clusters
        let groups = Set(used).count
        guard groups >= 2 else {
            throw RegressionError("clustering on '\(column)' needs at least 2 clusters, but the rows used have \(groups)")
        }
        return try clusterRobustCovariance(leastSquaresQuantities(), clusters: used, adjustment: adjustment)
    }
}
