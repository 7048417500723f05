// zlib as Swift sees it.
#ifndef BLOTTER_CZLIB_SHIM_H
#define BLOTTER_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro over inflateInit2_ that passes the version and the stream size.
static inline int blotter_inflate_init2(z_streamp stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}

// deflateInit2 is a macro too (used to write gzip members, e.g. in tests).
static inline int blotter_deflate_init2(z_streamp stream, int level, int window_bits) {
    return deflateInit2(stream, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
}
#endif
