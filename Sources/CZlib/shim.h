// zlib as Swift sees it.
#ifndef BLOTTER_CZLIB_SHIM_H
#define BLOTTER_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro over inflateInit2_ that passes the version and the stream size.
static inline int blotter_inflate_init2(z_streamp stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}
#endif
