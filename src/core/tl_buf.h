/* tl_buf.h -- growable byte buffer with JSON string escaping. */
#ifndef TL_BUF_H
#define TL_BUF_H
#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>

/* A buffer that remembers the first allocation failure: after it every
 * append is a no-op and `oom` stays set, so writers check once at the end. */
typedef struct tl_buf {
    char *p;
    size_t len, cap;
    int oom;
} tl_buf;

#define TL_BUF_INIT {NULL, 0, 0, 0}

void tl_buf_put(tl_buf *b, const char *s, size_t n);
void tl_buf_puts(tl_buf *b, const char *s);
void tl_buf_putc(tl_buf *b, char c);
void tl_buf_printf(tl_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends s as a quoted JSON string; control characters are escaped and any
 * invalid UTF-8 byte becomes U+FFFD, so the output is always valid JSON. */
void tl_buf_json_str(tl_buf *b, const char *s, size_t n);
/* Appends the decimal digits of v (faster than tl_buf_printf). */
void tl_buf_put_u32(tl_buf *b, uint32_t v);
/* Frees the storage and resets to empty.  Accepts a zeroed buffer. */
void tl_buf_free(tl_buf *b);
#endif
