// OpenBLAS's C interface (Debian: libopenblas-dev). Only Sources/Autodiff/BLAS.swift imports it.
#include <cblas.h>
