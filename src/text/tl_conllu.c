/* tl_conllu.c -- CoNLL-U reader: sentences of a treebank file as views, with line numbers for errors. */
#include "tl_conllu.h"
#include "tl_arena.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void tl_conllu_init(tl_conllu_reader *r, const char *p, size_t len) {
    r->p = p;
    r->len = p ? len : 0;
    r->off = 0;
    r->lineno = 0;
}

static int fail(tl_error *err, size_t lineno, size_t off, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int fail(tl_error *err, size_t lineno, size_t off, const char *fmt, ...) {
    if (err) {
        err->code = TL_EFORMAT;
        err->offset = (long long)off;
        int k = snprintf(err->msg, sizeof err->msg, "line %zu: ", lineno);
        if (k < 0 || (size_t)k >= sizeof err->msg) k = 0;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg + k, sizeof err->msg - (size_t)k, fmt, ap);
        va_end(ap);
    }
    return TL_EFORMAT;
}

/* Parses a decimal number of 1..9 digits; -1 when s is not one. */
static long num(const char *s, size_t n) {
    if (n == 0 || n > 9) return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The next line as a view, without its \n (or \r\n); 0 at the end. */
static int next_line(tl_conllu_reader *r, tl_str *line, size_t *start) {
    if (r->off >= r->len) return 0;
    const char *b = r->p + r->off;
    const char *e = memchr(b, '\n', r->len - r->off);
    size_t n = e ? (size_t)(e - b) : r->len - r->off;
    *start = r->off;
    r->off += n + (e ? 1 : 0);
    r->lineno++;
    if (n > 0 && b[n - 1] == '\r') n--;
    line->ptr = b;
    line->len = n;
    return 1;
}

int tl_conllu_next(tl_conllu_reader *r, tl_arena *a, tl_conllu_sent *s, tl_error *err) {
    memset(s, 0, sizeof *s);
    tl_str line;
    size_t start = 0;
    /* skip blank lines between sentences */
    size_t save_off, save_line;
    for (;;) {
        save_off = r->off;
        save_line = r->lineno;
        if (!next_line(r, &line, &start)) return 0;
        if (line.len > 0) break;
    }
    r->off = save_off;
    r->lineno = save_line;
    /* count the block's lines first, to allocate once */
    size_t n_lines = 0;
    {
        tl_conllu_reader c = *r;
        while (next_line(&c, &line, &start) && line.len > 0) n_lines++;
    }
    s->lines = tl_arena_alloc(a, n_lines * sizeof *s->lines);
    s->words = tl_arena_alloc(a, n_lines * sizeof *s->words);
    s->head = tl_arena_alloc(a, n_lines * sizeof *s->head);
    if (!s->lines || !s->words || !s->head) return TL_ENOMEM;
    size_t nw = 0;
    for (size_t li = 0; li < n_lines; li++) {
        next_line(r, &line, &start);
        tl_conllu_line *L = &s->lines[li];
        memset(L, 0, sizeof *L);
        L->raw = line;
        L->lineno = r->lineno;
        if (memchr(line.ptr, 0, line.len))
            return fail(err, r->lineno, start, "NUL byte");
        if (line.ptr[0] == '#') { L->kind = TL_CONLLU_COMMENT; continue; }
        size_t c = 0, b = 0;
        for (size_t i = 0; i <= line.len; i++) {
            if (i == line.len || line.ptr[i] == '\t') {
                if (c < 10) { L->col[c].ptr = line.ptr + b; L->col[c].len = i - b; }
                c++;
                b = i + 1;
            }
        }
        if (c != 10)
            return fail(err, r->lineno, start, "expected 10 tab-separated columns, found %zu", c);
        for (int k = 0; k < 10; k++)
            if (L->col[k].len == 0)
                return fail(err, r->lineno, start, "column %d is empty", k + 1);
        const char *id = L->col[0].ptr;
        size_t idn = L->col[0].len;
        const char *dash = memchr(id, '-', idn), *dot = memchr(id, '.', idn);
        if (dash) {
            long x = num(id, (size_t)(dash - id)), y = num(dash + 1, idn - (size_t)(dash - id) - 1);
            if (x < 1 || y < x || x != (long)nw + 1)
                return fail(err, r->lineno, start, "bad multiword token ID '%.*s'", (int)(idn > 20 ? 20 : idn), id);
            L->kind = TL_CONLLU_MULTI;
            continue;
        }
        if (dot) {
            long x = num(id, (size_t)(dot - id)), y = num(dot + 1, idn - (size_t)(dot - id) - 1);
            if (x < 0 || y < 1 || x != (long)nw)
                return fail(err, r->lineno, start, "bad empty node ID '%.*s'", (int)(idn > 20 ? 20 : idn), id);
            L->kind = TL_CONLLU_EMPTY;
            continue;
        }
        long x = num(id, idn);
        if (x != (long)nw + 1)
            return fail(err, r->lineno, start, "word ID '%.*s', expected %zu", (int)(idn > 20 ? 20 : idn), id, nw + 1);
        L->kind = TL_CONLLU_WORD;
        s->words[nw] = li;
        tl_str h = L->col[6];
        if (h.len == 1 && h.ptr[0] == '_') s->head[nw] = -1;
        else {
            long hv = num(h.ptr, h.len);
            if (hv < 0) return fail(err, r->lineno, start, "HEAD '%.*s' is not a number", (int)(h.len > 20 ? 20 : h.len), h.ptr);
            s->head[nw] = (int32_t)hv;
        }
        nw++;
    }
    for (size_t i = 0; i < nw; i++)
        if (s->head[i] > (int32_t)nw) {
            tl_conllu_line *L = &s->lines[s->words[i]];
            return fail(err, L->lineno, (size_t)(L->raw.ptr - r->p), "HEAD %d is past the sentence's last word (%zu)",
                        (int)s->head[i], nw);
        }
    if (nw == 0) {
        tl_conllu_line *L = &s->lines[0];
        int only_comments = 1;
        for (size_t i = 0; i < n_lines; i++) only_comments &= s->lines[i].kind == TL_CONLLU_COMMENT;
        if (!only_comments) return fail(err, L->lineno, (size_t)(L->raw.ptr - r->p), "sentence without words");
    }
    s->n_lines = n_lines;
    s->n_words = nw;
    return 1;
}
