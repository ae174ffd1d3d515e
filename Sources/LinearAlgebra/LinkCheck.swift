import CLAPACK
func _linkCheck() -> Int32 {
    var m: Int32 = 2, n: Int32 = 2, lda: Int32 = 2, info: Int32 = 0, lwork: Int32 = -1
    var a: [Double] = [1, 2, 3, 4]; var jpvt: [Int32] = [0, 0]; var tau: [Double] = [0, 0]; var work: [Double] = [0]
    dgeqp3_(&m, &n, &a, &lda, &jpvt, &tau, &work, &lwork, &info)
    var x: [Double] = [1, 2]
    return info + Int32(cblas_ddot(2, &x, 1, &x, 1))
}
