// OpenBLAS's C interface (Debian: libopenblas-dev). Only Sources/Autodiff/BLAS.swift imports it.
#include <cblas.h>
// glibc's mallopt, to keep the tensor's large buffers on the heap (Autodiff's Memory).
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
