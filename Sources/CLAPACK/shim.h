// Debian's reference LAPACK prototypes (hidden Fortran string lengths included) and the CBLAS interface;
// through Debian's alternatives both resolve to OpenBLAS at run time.
#include <lapack.h>
#include <cblas.h>
