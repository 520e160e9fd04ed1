/* tl_err.h -- filling a tl_error with a formatted message, and reading the little-endian integers of the model files. */
#ifndef TL_ERR_H
#define TL_ERR_H
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include "threadline.h"

/* Sets *err to `code` with a printf-style message (cut to fit msg) and no
 * input offset (-1): the model loaders' errors concern a whole file.  err
 * may be NULL (the caller does not want the reason).  Can't fail. */
static inline void tl_err_setf(tl_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static inline void tl_err_setf(tl_error *err, int code, const char *fmt, ...) {
    if (!err) return;
    err->code = code;
    err->offset = -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

/* The 32-bit little-endian integer at p (4 readable bytes), whatever the
 * host's byte order.  Can't fail. */
static inline uint32_t tl_rd32le(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
#endif
