/* tl_buf.h -- growable byte buffer with JSON string escaping. */
#ifndef TL_BUF_H
#define TL_BUF_H
#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

/* A buffer that remembers the first allocation failure: after it every
 * append is a no-op and `oom` stays set, so writers check once at the end. */
typedef struct tl_buf {
    char *p;
    size_t len, cap;
    int oom;
} tl_buf;

#define TL_BUF_INIT {NULL, 0, 0, 0}

/* tl_buf_put when the buffer must grow first (or has failed): the call the
 * inline appends below make when the bytes do not fit.  Can't fail (an
 * allocation failure sets oom). */
void tl_buf_put_grow(tl_buf *b, const char *s, size_t n);
/* Appends n bytes of s (kept NUL-terminated).  Inline: JSON output appends
 * tens of thousands of short literals a document, whose lengths then fold
 * at compile time and which mostly fit without growing. */
static inline void tl_buf_put(tl_buf *b, const char *s, size_t n) {
    if (!b->oom && b->cap - b->len > n) {
        if (n) memcpy(b->p + b->len, s, n);
        b->len += n;
        b->p[b->len] = 0;
        return;
    }
    tl_buf_put_grow(b, s, n);
}
/* Appends the NUL-terminated string s. */
static inline void tl_buf_puts(tl_buf *b, const char *s) { tl_buf_put(b, s, strlen(s)); }
/* Appends one byte. */
static inline void tl_buf_putc(tl_buf *b, char c) { tl_buf_put(b, &c, 1); }
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
