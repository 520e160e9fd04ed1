/* tl_buf.c -- growable byte buffer with JSON string escaping. */
#include "tl_buf.h"
#include "tl_utf8.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int grow(tl_buf *b, size_t extra) {
    if (b->oom) return 0;
    if (b->cap - b->len > extra) return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len <= extra) {
        if (cap > ((size_t)-1) / 2) { b->oom = 1; return 0; }
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) { b->oom = 1; return 0; }
    b->p = p;
    b->cap = cap;
    return 1;
}

void tl_buf_put_grow(tl_buf *b, const char *s, size_t n) {
    if (!grow(b, n)) return;
    if (n) memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

void tl_buf_printf(tl_buf *b, const char *fmt, ...) {
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) { tl_buf_put(b, tmp, (size_t)n); return; }
    if (!grow(b, (size_t)n + 1)) return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void tl_buf_json_str(tl_buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    tl_buf_putc(b, '"');
    size_t i = 0, run = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') { i++; run++; continue; }
        tl_buf_put(b, s + i - run, run);
        run = 0;
        if (c < 0x80) {
            char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
            size_t el = 2;
            switch (c) {
            case '"': esc[1] = '"'; break;
            case '\\': esc[1] = '\\'; break;
            case '\n': esc[1] = 'n'; break;
            case '\r': esc[1] = 'r'; break;
            case '\t': esc[1] = 't'; break;
            default:
                esc[1] = 'u'; esc[2] = '0'; esc[3] = '0';
                esc[4] = hex[c >> 4]; esc[5] = hex[c & 15]; el = 6;
            }
            tl_buf_put(b, esc, el);
            i++;
            continue;
        }
        size_t l = tl_utf8_valid_len(s + i, n - i);
        if (l == 0) { tl_buf_put(b, "\xEF\xBF\xBD", 3); i++; continue; }
        tl_buf_put(b, s + i, l);
        i += l;
    }
    tl_buf_put(b, s + i - run, run);
    tl_buf_putc(b, '"');
}

void tl_buf_put_u32(tl_buf *b, uint32_t v) {
    char tmp[10];
    size_t n = 0;
    do { tmp[sizeof tmp - 1 - n++] = (char)('0' + v % 10); v /= 10; } while (v);
    tl_buf_put(b, tmp + sizeof tmp - n, n);
}

void tl_buf_free(tl_buf *b) {
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}
