/* tl_percep.c -- averaged perceptron over hashed features: training, quantized model files, scoring. */
#include "tl_percep.h"
#include "tl_err.h"
#include "tl_buf.h"
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_MAX_LEN 32

/* x86-64 CPUs without POPCNT (before 2008) still run the portable scorer;
 * elsewhere it is the only one. */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TL_PERCEP_HW_POPCNT 1
#else
#define TL_PERCEP_HW_POPCNT 0
#endif
#define MAGIC "TLPERCEP"
#if TL_PERCEP_HW_POPCNT
#include <immintrin.h>
#endif

/* The scorer a model takes on this CPU: 0 the portable one, 1 with the
 * POPCNT instruction, 2 with POPCNT, BMI2 and AVX2 row sums.  Checked once per
 * model load (gcc's check includes the OS saving the AVX registers). */
static int cpu_level(void) {
#if TL_PERCEP_HW_POPCNT
    __builtin_cpu_init(); /* needed before constructors have run; cheap */
    if (!__builtin_cpu_supports("popcnt")) return 0;
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2") ? 2 : 1;
#else
    return 0;
#endif
}

/* The bucket index as a bitmap with ranks: bit b of word b / 64 says
 * whether bucket b has a row, and since rows are stored in bucket order, its
 * row number is the count of set bits before it.  A word takes 16 bytes for
 * 64 buckets where a table of row numbers took 256: the parser's transition
 * model (2^22 buckets) went from a 16 MB table, one cache miss per feature
 * on top of the row's own, to 1 MB that mostly stays in cache. */
typedef struct rank_word {
    uint64_t bits;
    uint32_t rank; /* rows in the buckets of the words before this one */
    uint32_t pad;  /* 16 bytes: four words to a cache line, none split */
} rank_word;

struct tl_percep_model {
    int borrowed;     /* index and rows lie in a decoded image the model does not own */
    unsigned n_classes;
    unsigned stride;  /* row length: stride_of(n_classes) */
    unsigned hash_bits;
    uint32_t mask;
    float scale;
    size_t n_rows;
    rank_word *index; /* 2^hash_bits / 64 words: which buckets have a row */
    int16_t *rows;    /* n_rows * stride, padding zeroed, bucket ascending */
    int level;        /* cpu_level(): which scorer this CPU runs */
    struct pline *lines; /* NULL, or the line table of a large model of up to 3 classes */
    char kind[NAME_MAX_LEN + 1];
    char names[TL_PERCEP_MAX_CLASSES][NAME_MAX_LEN + 1];
};

/* The line table (a load-time copy of a large model of up to three
 * classes, the parser's transition scorer): a bucket's row lies in the
 * cache line of its index bits, so a lookup takes one miss where the index
 * and the rows take two (the index load was two thirds of the scorer's
 * time).  Line b / 32 holds the bits of buckets b & ~31 .. b | 31 and the
 * rows of its first LINE_ROWS set buckets; a bucket past them (a line
 * with more rows than that: a few percent at the parser's 17% fill) is
 * read from the index and rows as before.  8 bytes of model become about
 * 12 (64 bytes for 32 buckets), built in a few milliseconds. */
#define LINE_BUCKETS 32
#define LINE_ROWS 10
/* Smaller models stay as they are: their index stays in cache. */
#define LINE_MIN_ROWS 65536
typedef struct pline {
    uint32_t bits;
    int16_t w[LINE_ROWS][3];
} pline;

struct tl_percep_trainer {
    unsigned n_classes;
    unsigned hash_bits;
    uint32_t mask;
    double clock;   /* instances seen + 1 */
    float *w;       /* current weights */
    double *u;      /* sum of clock * update, for lazy averaging */
};

uint32_t tl_percep_crc32(const void *data, size_t n) {
    /* Slicing by eight: tables built per call (8 KB, a few microseconds),
     * then eight bytes a step; a model's checksum is read at every start
     * (the parser's 13 MB took a quarter of its loading by four bytes a
     * step). */
    uint32_t t[8][256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
        t[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; i++)
        for (int k = 1; k < 8; k++) t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFF];
    const unsigned char *p = (const unsigned char *)data;
    uint32_t c = 0xFFFFFFFFu;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint32_t lo = c ^ ((uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 |
                           (uint32_t)p[i + 3] << 24);
        uint32_t hi = (uint32_t)p[i + 4] | (uint32_t)p[i + 5] << 8 | (uint32_t)p[i + 6] << 16 |
                      (uint32_t)p[i + 7] << 24;
        c = t[7][lo & 0xFF] ^ t[6][(lo >> 8) & 0xFF] ^ t[5][(lo >> 16) & 0xFF] ^ t[4][lo >> 24] ^
            t[3][hi & 0xFF] ^ t[2][(hi >> 8) & 0xFF] ^ t[1][(hi >> 16) & 0xFF] ^ t[0][hi >> 24];
    }
    for (; i < n; i++) c = (c >> 8) ^ t[0][(c ^ p[i]) & 0xFF];
    return c ^ 0xFFFFFFFFu;
}

/* The row length for n classes: 4 up to four classes (the parser's three
 * transitions, 729k rows: 8-byte rows, half the memory of padding to 8),
 * n rounded up to 8 up to 32 classes (the word tagger's cache, tl_pos.c,
 * is laid out for its 24), and 64 beyond: rows start 64-byte aligned in a
 * decoded image, so the parser's 54 labels and 49 XPOS tags take two cache
 * lines a row, where rows of 56 weights (112 bytes) took two or three, 2.5
 * on average (the padding is zeros: the scores are the same). */
static unsigned stride_of(unsigned n) {
    if (n <= 4) return 4;
    return n <= 32 ? (n + 7) & ~7u : 64;
}

/* Set bits of x.  Portable (no popcnt instruction assumed): a few
 * arithmetic steps, cheap beside the cache miss a lookup saves. */
static inline unsigned popcount64(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

/* Row number + 1 of feature f's bucket, 0 when it has no weights.  No
 * branch: a branch on the loaded word would be mispredicted half the time
 * and stop the next features' loads from overlapping this one's miss. */
static inline uint32_t row_of(const tl_percep_model *m, uint32_t f) {
    uint32_t b = f & m->mask;
    const rank_word *w = &m->index[b >> 6];
    uint64_t bits = w->bits;
    uint32_t has = (uint32_t)(bits >> (b & 63)) & 1;
    uint64_t below = bits & (((uint64_t)1 << (b & 63)) - 1);
    return (w->rank + popcount64(below) + 1) & (0u - has);
}

/* Sets m->lines when m is large and of up to 3 classes and this CPU takes
 * the AVX2 scorer (the one that reads it); left NULL when memory is short:
 * the scores are the same either way. */
static void build_lines(tl_percep_model *m) {
    m->lines = NULL;
    if (m->level < 2 || m->n_classes > 3 || m->stride != 4 || m->n_rows < LINE_MIN_ROWS ||
        m->hash_bits < 6)
        return;
    size_t nl = ((size_t)1 << m->hash_bits) / LINE_BUCKETS;
    /* one line more: the scorer's 8-byte load of a line's last row reads
     * two bytes past it */
    pline *l = aligned_alloc(64, (nl + 1) * sizeof *l);
    if (!l) return;
    memset(&l[nl], 0, sizeof l[nl]);
    /* line by line, in order: two lines to an index word */
    for (size_t j = 0; j < nl; j++) {
        const rank_word *iw = &m->index[j / 2];
        uint32_t lo = (uint32_t)iw->bits, r = iw->rank;
        pline *x = &l[j];
        memset(x, 0, sizeof *x);
        if (j & 1) {
            r += (uint32_t)popcount64(lo);
            x->bits = (uint32_t)(iw->bits >> 32);
        } else {
            x->bits = lo;
        }
        unsigned cnt = (unsigned)popcount64(x->bits);
        for (unsigned pos = 0; pos < cnt && pos < LINE_ROWS; pos++)
            memcpy(x->w[pos], m->rows + (size_t)(r + pos) * 4, sizeof x->w[pos]);
    }
    m->lines = l;
}

/* ---- reading ------------------------------------------------------------- */
typedef struct cursor {
    const unsigned char *p;
    size_t n, off;
    int bad;
} cursor;

static unsigned get_u8(cursor *c) {
    if (c->bad || c->off + 1 > c->n) { c->bad = 1; return 0; }
    return c->p[c->off++];
}

static uint32_t get_u32(cursor *c) {
    if (c->bad || c->n - c->off < 4) { c->bad = 1; return 0; }
    const unsigned char *q = c->p + c->off;
    c->off += 4;
    return (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
}

static uint32_t get_varint(cursor *c) {
    /* the common case: a one- or two-byte value well inside the input */
    if (!c->bad && c->n - c->off >= 2 && c->off < c->n) {
        unsigned b0 = c->p[c->off];
        if (!(b0 & 0x80)) { c->off++; return b0; }
        unsigned b1 = c->p[c->off + 1];
        if (!(b1 & 0x80)) { c->off += 2; return (b0 & 0x7F) | (uint32_t)b1 << 7; }
    }
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        unsigned b = get_u8(c);
        if (c->bad) return 0;
        if (shift == 28 && (b & 0x70)) { c->bad = 1; return 0; } /* > 32 bits */
        v |= (uint32_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) return v;
    }
    c->bad = 1;
    return 0;
}

/* Reads a u8-length-prefixed name of 1..NAME_MAX_LEN printable bytes. */
static void get_name(cursor *c, char *out) {
    unsigned len = get_u8(c);
    if (c->bad || len == 0 || len > NAME_MAX_LEN || c->n - c->off < len) { c->bad = 1; return; }
    for (unsigned i = 0; i < len; i++) {
        unsigned char ch = c->p[c->off + i];
        if (ch <= ' ' || ch >= 0x7F) { c->bad = 1; return; }
        out[i] = (char)ch;
    }
    out[len] = 0;
    c->off += len;
}

/* Both loaders: check_crc 0 skips only the checksum; every bound is still
 * checked, so a malformed image is rejected either way. */
static tl_percep_model *load_image(const void *data, size_t len, const char *kind, int check_crc,
                                   tl_error *err) {
    if (!data) { tl_err_setf(err, TL_EINVAL, "no model data"); return NULL; }
    cursor c = {(const unsigned char *)data, len, 0, 0};
    if (len < 8 + 4 + 4 + 4 || memcmp(data, MAGIC, 8) != 0) {
        tl_err_setf(err, TL_EFORMAT, "not a threadline perceptron model (bad magic)");
        return NULL;
    }
    c.off = 8;
    uint32_t version = get_u32(&c);
    if (version != TL_PERCEP_VERSION) {
        tl_err_setf(err, TL_EFORMAT, "model version %u, expected %u", (unsigned)version,
                TL_PERCEP_VERSION);
        return NULL;
    }
    uint32_t total = get_u32(&c);
    if (total != len) {
        tl_err_setf(err, TL_EFORMAT, "model is %zu bytes, header says %u (truncated?)", len,
                (unsigned)total);
        return NULL;
    }
    c.n = len - 4; /* the checksum is not part of the body */
    cursor tail = {(const unsigned char *)data, len, len - 4, 0};
    uint32_t want = get_u32(&tail);
    if (check_crc && tl_percep_crc32(data, len - 4) != want) {
        tl_err_setf(err, TL_EFORMAT, "model checksum mismatch (corrupted file)");
        return NULL;
    }

    tl_percep_model *m = calloc(1, sizeof *m);
    if (!m) { tl_err_setf(err, TL_ENOMEM, "out of memory"); return NULL; }
    get_name(&c, m->kind);
    m->n_classes = get_u8(&c);
    if (!c.bad && (m->n_classes < 2 || m->n_classes > TL_PERCEP_MAX_CLASSES)) c.bad = 1;
    for (unsigned i = 0; !c.bad && i < m->n_classes; i++) get_name(&c, m->names[i]);
    m->hash_bits = get_u8(&c);
    if (!c.bad && (m->hash_bits < 10 || m->hash_bits > 24)) c.bad = 1;
    uint32_t sbits = get_u32(&c);
    memcpy(&m->scale, &sbits, sizeof m->scale);
    if (!c.bad && !(isfinite(m->scale) && m->scale > 0)) c.bad = 1;
    uint32_t n_rows = get_u32(&c);
    if (c.bad) goto bad;
    if (kind && strcmp(kind, m->kind) != 0) {
        tl_err_setf(err, TL_EFORMAT, "model is for \"%s\", expected \"%s\"", m->kind, kind);
        tl_percep_free(m);
        return NULL;
    }
    m->mask = (1u << m->hash_bits) - 1;
    /* Each row takes at least 1 + n_classes bytes: bounds the allocation. */
    if (n_rows > (1u << m->hash_bits) || n_rows > (c.n - c.off) / (1 + m->n_classes)) goto bad;
    m->n_rows = n_rows;
    m->index = calloc((size_t)1 << (m->hash_bits - 6), sizeof *m->index);
    /* Four classes or fewer (the parser's three transitions, 729k rows):
     * 8-byte rows, half the memory of padding to 8, and never across a
     * cache line. */
    m->stride = stride_of(m->n_classes);
    m->rows = calloc((n_rows ? n_rows : 1) * m->stride, sizeof *m->rows);
    if (!m->index || !m->rows) {
        tl_percep_free(m);
        tl_err_setf(err, TL_ENOMEM, "out of memory");
        return NULL;
    }
    uint64_t bucket = 0;
    for (uint32_t r = 0; r < n_rows; r++) {
        /* the gap to the next bucket: one byte for most rows, read inline
         * (a call per row was a tenth of loading the parser) */
        uint32_t d;
        if (c.off < c.n && !(c.p[c.off] & 0x80)) d = c.p[c.off++];
        else d = get_varint(&c);
        bucket = r == 0 ? d : bucket + 1 + (uint64_t)d;
        if (c.bad || bucket > m->mask) goto bad;
        m->index[bucket >> 6].bits |= (uint64_t)1 << (bucket & 63);
        int16_t *row = m->rows + (size_t)r * m->stride;
        unsigned k = 0;
        /* Most weights are one- or two-byte varints: decoded inline while a
         * whole row's worst case (3 bytes a weight, for |q| <= 32767) fits
         * in what is left; near the end, the checked reader. */
        if (c.n - c.off >= 3 * (size_t)m->n_classes) {
            const unsigned char *q8 = c.p + c.off;
            for (; k < m->n_classes; k++) {
                uint32_t z = *q8++;
                if (z & 0x80) {
                    z = (z & 0x7F) | (uint32_t)(*q8 & 0x7F) << 7;
                    if (*q8++ & 0x80) {
                        z |= (uint32_t)*q8 << 14;
                        if (*q8++ & 0x80) goto bad; /* over 21 bits: out of range */
                    }
                }
                if (z > 65534u) goto bad; /* |q| > 32767 */
                row[k] = (int16_t)((z >> 1) ^ (0u - (z & 1))); /* zigzag, no branch */
            }
            c.off = (size_t)(q8 - c.p);
        }
        for (; k < m->n_classes; k++) {
            size_t at = c.off;
            uint32_t z = get_varint(&c);
            int64_t q = (z & 1) ? -(int64_t)(z >> 1) - 1 : (int64_t)(z >> 1);
            if (c.bad || c.off - at > 3 || q < -32767 || q > 32767) goto bad;
            row[k] = (int16_t)q;
        }
    }
    if (c.off != c.n) goto bad;
    uint32_t before = 0;
    for (size_t i = 0; i < ((size_t)1 << (m->hash_bits - 6)); i++) {
        m->index[i].rank = before;
        before += (uint32_t)popcount64(m->index[i].bits);
    }
    m->level = cpu_level();
    build_lines(m);
    return m;
bad:
    tl_err_setf(err, TL_EFORMAT, "malformed model (at byte %zu)", c.off);
    if (err) err->offset = (long long)c.off;
    tl_percep_free(m);
    return NULL;
}

tl_percep_model *tl_percep_load_mem(const void *data, size_t len, const char *kind,
                                    tl_error *err) {
    return load_image(data, len, kind, 1, err);
}

tl_percep_model *tl_percep_load_builtin(const void *data, size_t len, const char *kind,
                                        tl_error *err) {
    return load_image(data, len, kind, 0, err);
}

tl_percep_model *tl_percep_load(const char *path, const char *kind, tl_error *err) {
    if (!path) { tl_err_setf(err, TL_EINVAL, "no model path"); return NULL; }
    FILE *f = fopen(path, "rb");
    if (!f) { tl_err_setf(err, TL_EIO, "cannot open model %s", path); return NULL; }
    size_t cap = 1 << 20, len = 0;
    unsigned char *buf = malloc(cap);
    int ioerr = 0;
    while (buf) {
        if (len == cap) {
            if (cap >= ((size_t)1 << 30)) { ioerr = 2; break; } /* 1 GiB: not a model */
            unsigned char *nb = realloc(buf, cap * 2);
            if (!nb) { free(buf); buf = NULL; break; }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) { ioerr = ferror(f) ? 1 : 0; break; }
    }
    fclose(f);
    if (!buf) { tl_err_setf(err, TL_ENOMEM, "out of memory reading %s", path); return NULL; }
    if (ioerr) {
        free(buf);
        if (ioerr == 2) tl_err_setf(err, TL_EFORMAT, "model %s is too large", path);
        else tl_err_setf(err, TL_EIO, "cannot read model %s", path);
        return NULL;
    }
    tl_percep_model *m = tl_percep_load_mem(buf, len, kind, err);
    free(buf);
    if (!m && err) {
        char msg[sizeof err->msg];
        memcpy(msg, err->msg, sizeof msg);
        msg[sizeof msg - 1] = 0;
        snprintf(err->msg, sizeof err->msg, "%.100s: %.150s", path, msg);
    }
    return m;
}

void tl_percep_free(tl_percep_model *m) {
    if (!m) return;
    if (!m->borrowed) {
        free(m->index);
        free(m->rows);
    }
    free(m->lines);
    free(m);
}

/* ---- decoded images -------------------------------------------------------
 * The arrays the scorer reads, written as they lie in memory, so that a
 * model compiled into the program is used in place: decoding the parser's
 * 8.6 M varint weights at every start was ~180 M instructions a process.
 * The build makes these images from the committed model files (tools/build/
 * model-decode.c), on and for the machine that builds, hence native byte
 * order: the order mark rejects an image of another order. */
#define DEC_MAGIC "TLPCDEC1"
#define DEC_ORDER 0x01020304u
#define DEC_ALIGN 64

typedef struct dec_head {
    char magic[8];
    uint32_t order;    /* DEC_ORDER in the writer's byte order */
    uint32_t n_classes, stride, hash_bits;
    float scale;
    uint32_t zero;
    uint64_t n_rows;
    uint64_t total;    /* the whole image, padding to DEC_ALIGN included */
    char kind[NAME_MAX_LEN + 1];
    char names[TL_PERCEP_MAX_CLASSES][NAME_MAX_LEN + 1];
} dec_head;

static size_t dec_round(size_t n) { return (n + DEC_ALIGN - 1) & ~(size_t)(DEC_ALIGN - 1); }

int tl_percep_write_decoded(const tl_percep_model *m, tl_buf *out) {
    if (!m || !out) return TL_EINVAL;
    dec_head h;
    memset(&h, 0, sizeof h); /* padding and unused names: the same bytes every build */
    memcpy(h.magic, DEC_MAGIC, 8);
    h.order = DEC_ORDER;
    h.n_classes = m->n_classes;
    h.stride = m->stride;
    h.hash_bits = m->hash_bits;
    h.scale = m->scale;
    h.n_rows = m->n_rows;
    size_t nwords = (size_t)1 << (m->hash_bits - 6);
    size_t idx_off = dec_round(sizeof h), rows_off = idx_off + nwords * sizeof(rank_word);
    size_t end = rows_off + m->n_rows * m->stride * sizeof(int16_t);
    h.total = dec_round(end);
    memcpy(h.kind, m->kind, sizeof h.kind);
    memcpy(h.names, m->names, sizeof h.names);
    static const char zeros[DEC_ALIGN];
    size_t start = out->len;
    tl_buf_put(out, (const char *)&h, sizeof h);
    tl_buf_put(out, zeros, idx_off - sizeof h);
    tl_buf_put(out, (const char *)m->index, nwords * sizeof(rank_word));
    tl_buf_put(out, (const char *)m->rows, m->n_rows * m->stride * sizeof(int16_t));
    tl_buf_put(out, zeros, h.total - end);
    if (out->oom) return TL_ENOMEM;
    return out->len - start == h.total ? TL_OK : TL_EINVAL;
}

/* A name field of a decoded header: NUL-terminated inside, a valid name. */
static int dec_name_ok(const char *f) {
    const char *z = memchr(f, 0, NAME_MAX_LEN + 1);
    if (!z || z == f) return 0;
    for (const char *q = f; q < z; q++)
        if ((unsigned char)*q <= ' ' || (unsigned char)*q >= 0x7F) return 0;
    return 1;
}

tl_percep_model *tl_percep_view_decoded(const void *data, size_t len, const char *kind,
                                        size_t *used, tl_error *err) {
    if (!data) { tl_err_setf(err, TL_EINVAL, "no model data"); return NULL; }
    const unsigned char *p = data;
    dec_head h;
    if ((uintptr_t)p % 16 != 0 || len < sizeof h) goto bad;
    memcpy(&h, p, sizeof h);
    if (memcmp(h.magic, DEC_MAGIC, 8) != 0 || h.order != DEC_ORDER) goto bad;
    if (h.n_classes < 2 || h.n_classes > TL_PERCEP_MAX_CLASSES || h.hash_bits < 10 ||
        h.hash_bits > 24 || h.stride != stride_of(h.n_classes) ||
        !(isfinite(h.scale) && h.scale > 0) || h.n_rows > ((uint64_t)1 << h.hash_bits))
        goto bad;
    if (!dec_name_ok(h.kind)) goto bad;
    for (unsigned k = 0; k < h.n_classes; k++)
        if (!dec_name_ok(h.names[k])) goto bad;
    if (kind && strcmp(kind, h.kind) != 0) {
        tl_err_setf(err, TL_EFORMAT, "model is for \"%s\", expected \"%s\"", h.kind, kind);
        return NULL;
    }
    size_t nwords = (size_t)1 << (h.hash_bits - 6);
    size_t idx_off = dec_round(sizeof h), rows_off = idx_off + nwords * sizeof(rank_word);
    size_t end = rows_off + (size_t)h.n_rows * h.stride * sizeof(int16_t);
    if (h.total != dec_round(end) || h.total > len) goto bad;
    /* The ranks must count the bits before them, or a lookup would read
     * past the rows: one pass over the bitmap (65,536 words for the
     * parser's transitions), nothing per weight. */
    const rank_word *index = (const rank_word *)(const void *)(p + idx_off);
    uint64_t before = 0;
    for (size_t i = 0; i < nwords; i++) {
        if (index[i].rank != before) goto bad;
        before += popcount64(index[i].bits);
    }
    if (before != h.n_rows) goto bad;
    tl_percep_model *m = calloc(1, sizeof *m);
    if (!m) { tl_err_setf(err, TL_ENOMEM, "out of memory"); return NULL; }
    m->borrowed = 1;
    m->n_classes = h.n_classes;
    m->stride = h.stride;
    m->hash_bits = h.hash_bits;
    m->mask = (1u << h.hash_bits) - 1;
    m->scale = h.scale;
    m->n_rows = (size_t)h.n_rows;
    /* read only: the scorer never writes a model's arrays */
    m->index = (rank_word *)(uintptr_t)index;
    m->rows = (int16_t *)(uintptr_t)(p + rows_off);
    memcpy(m->kind, h.kind, sizeof m->kind);
    memcpy(m->names, h.names, sizeof m->names);
    m->level = cpu_level();
    build_lines(m);
    if (used) *used = (size_t)h.total;
    return m;
bad:
    tl_err_setf(err, TL_EFORMAT, "malformed decoded model image");
    return NULL;
}

unsigned tl_percep_n_classes(const tl_percep_model *m) { return m ? m->n_classes : 0; }

const char *tl_percep_class_name(const tl_percep_model *m, unsigned c) {
    return m && c < m->n_classes ? m->names[c] : "";
}

size_t tl_percep_n_rows(const tl_percep_model *m) { return m ? m->n_rows : 0; }

/* Adds rows of `W` int16 weights (W a constant, so the loop vectorizes). */
#define ADD_ROWS(W)                                                        \
    do {                                                                   \
        int32_t acc[W] = {0};                                              \
        for (size_t i = 0; i < nr; i++) {                                  \
            const int16_t *w = m->rows + (size_t)(rows[i] - 1) * (W);      \
            for (unsigned k = 0; k < (W); k++) acc[k] += w[k];             \
        }                                                                  \
        for (unsigned k = 0; k < nc; k++) scores[k] += acc[k];             \
    } while (0)

/* Four int32 lanes (gcc and clang vector extensions). */
typedef int32_t v4si __attribute__((vector_size(16)));
typedef uint32_t v4su __attribute__((vector_size(16)));

/* Sums columns c0..c0+24 of the rows (base: row 0; the row stride W), with
 * the 24 sums in registers (a plain loop stored and reloaded them for every
 * row), and adds the first nc of them to scores.  Each 32-bit lane holds two
 * int16 weights: (x << 16) >> 16 sign-extends the even one, x >> 16 the odd
 * one, so the even and odd classes sum separately. */
static void add_cols24(const int16_t *base, size_t W, const uint32_t *rows, size_t nr,
                       unsigned nc, int32_t *scores) {
    v4si e0 = {0}, e1 = {0}, e2 = {0}, o0 = {0}, o1 = {0}, o2 = {0};
    for (size_t i = 0; i < nr; i++) {
        const int16_t *w = base + (size_t)(rows[i] - 1) * W;
        v4su x0, x1, x2;
        memcpy(&x0, w, sizeof x0);
        memcpy(&x1, w + 8, sizeof x1);
        memcpy(&x2, w + 16, sizeof x2);
        e0 += (v4si)(x0 << 16) >> 16;
        e1 += (v4si)(x1 << 16) >> 16;
        e2 += (v4si)(x2 << 16) >> 16;
        o0 += (v4si)x0 >> 16;
        o1 += (v4si)x1 >> 16;
        o2 += (v4si)x2 >> 16;
    }
    int32_t e[12], o[12];
    memcpy(e, &e0, 16);
    memcpy(e + 4, &e1, 16);
    memcpy(e + 8, &e2, 16);
    memcpy(o, &o0, 16);
    memcpy(o + 4, &o1, 16);
    memcpy(o + 8, &o2, 16);
    for (unsigned k = 0; k < nc; k++) scores[k] += (k & 1) ? o[k / 2] : e[k / 2];
}

/* The same for 8 columns. */
static void add_cols8(const int16_t *base, size_t W, const uint32_t *rows, size_t nr,
                      unsigned nc, int32_t *scores) {
    v4si e0 = {0}, o0 = {0};
    for (size_t i = 0; i < nr; i++) {
        v4su x0;
        memcpy(&x0, base + (size_t)(rows[i] - 1) * W, sizeof x0);
        e0 += (v4si)(x0 << 16) >> 16;
        o0 += (v4si)x0 >> 16;
    }
    int32_t e[4], o[4];
    memcpy(e, &e0, 16);
    memcpy(o, &o0, 16);
    for (unsigned k = 0; k < nc; k++) scores[k] += (k & 1) ? o[k / 2] : e[k / 2];
}

/* Rows wider than 32 (the parser's 49 tags and 54 labels): column blocks
 * of 24 then 8, each a pass over the rows.  Only the first pass misses the
 * cache; the scalar loop this replaces added one weight at a time to
 * memory, and was half of the parser's time. */
static void add_rows_wide(const int16_t *base, unsigned stride, const uint32_t *rows,
                          size_t nr, unsigned nc, int32_t *scores) {
    unsigned c0 = 0;
    while (c0 < nc) {
        unsigned left = nc - c0;
        if (left > 8 && c0 + 24 <= stride) {
            add_cols24(base + c0, stride, rows, nr, left < 24 ? left : 24, scores + c0);
            c0 += 24;
        } else {
            add_cols8(base + c0, stride, rows, nr, left < 8 ? left : 8, scores + c0);
            c0 += 8;
        }
    }
}

#if TL_PERCEP_HW_POPCNT
/* Sums rows of NB blocks of 8 int16 columns (NB a constant in each copy,
 * so the NB sums stay in registers): per block and row one widening load
 * (VPMOVSXWD) and one add, where the SSE2 sums take a shift pair per four
 * columns and a pass over the rows per 24 columns.  Integer sums: the
 * same scores as the other paths, in any order. */
static inline __attribute__((always_inline, target("avx2"))) void
blocks_avx2(const int16_t *base, size_t W, const uint32_t *rows, size_t nr, unsigned nc,
            int32_t *scores, const unsigned NB) {
    /* eight named sums, not an array: the compiler left an array's loop
     * rolled, its sums in memory */
    __m256i a0 = _mm256_setzero_si256(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
#define TL_BLK(j, a)                                                                              \
    if (NB > (j))                                                                                 \
    a = _mm256_add_epi32(a, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)(w + 8 * (j)))))
    for (size_t i = 0; i < nr; i++) {
        const int16_t *w = base + (size_t)(rows[i] - 1) * W;
        TL_BLK(0, a0); TL_BLK(1, a1); TL_BLK(2, a2); TL_BLK(3, a3);
        TL_BLK(4, a4); TL_BLK(5, a5); TL_BLK(6, a6); TL_BLK(7, a7);
    }
#undef TL_BLK
    int32_t sum[64];
    const __m256i all[8] = {a0, a1, a2, a3, a4, a5, a6, a7};
    for (unsigned j = 0; j < NB; j++) _mm256_storeu_si256((__m256i *)(void *)(sum + 8 * j), all[j]);
    for (unsigned k = 0; k < nc; k++) scores[k] += sum[k];
}

/* The row sums of score_avx2, by stride (4: one 8-byte widening load a
 * row; 8 to 64: blocks_avx2 over the blocks the classes use). */
__attribute__((target("avx2"))) static void add_rows_avx2(const int16_t *base, unsigned stride,
                                                          const uint32_t *rows, size_t nr,
                                                          unsigned nc, int32_t *scores) {
    switch (stride) {
    case 4: {
        __m128i acc = _mm_setzero_si128();
        for (size_t i = 0; i < nr; i++)
            acc = _mm_add_epi32(acc, _mm_cvtepi16_epi32(_mm_loadl_epi64(
                                         (const __m128i *)(const void *)(base + (size_t)(rows[i] - 1) * 4))));
        int32_t sum[4];
        _mm_storeu_si128((__m128i *)(void *)sum, acc);
        for (unsigned k = 0; k < nc; k++) scores[k] += sum[k];
        break;
    }
    default: /* blocks of 8 classes, as many as the classes fill (not the padding) */
        switch ((nc + 7) / 8) {
        case 1: blocks_avx2(base, stride, rows, nr, nc, scores, 1); break;
        case 2: blocks_avx2(base, stride, rows, nr, nc, scores, 2); break;
        case 3: blocks_avx2(base, stride, rows, nr, nc, scores, 3); break;
        case 4: blocks_avx2(base, stride, rows, nr, nc, scores, 4); break;
        case 5: blocks_avx2(base, stride, rows, nr, nc, scores, 5); break;
        case 6: blocks_avx2(base, stride, rows, nr, nc, scores, 6); break;
        case 7: blocks_avx2(base, stride, rows, nr, nc, scores, 7); break;
        default: blocks_avx2(base, stride, rows, nr, nc, scores, 8); break; /* the widest: 64 classes */
        }
    }
}
#endif

/* row_of with the POPCNT instruction: the portable bit count was a sixth of
 * the parser's instructions.  Only inlined into score_popcnt, which is
 * compiled for CPUs that have it and called only when this one does. */
static inline __attribute__((always_inline)) uint32_t row_of_hw(const tl_percep_model *m,
                                                                uint32_t f) {
    uint32_t b = f & m->mask;
    const rank_word *w = &m->index[b >> 6];
    /* The bucket's bit moved to the top: the bits counted are those below
     * it plus itself (the row number + 1 when it is set), and the top bit
     * says whether it is (an arithmetic shift makes it the mask).  Five
     * instructions fewer than masking and testing apart. */
    uint64_t up = w->bits << (63 - (b & 63));
    uint32_t has = (uint32_t)((int64_t)up >> 63);
    return (w->rank + (uint32_t)__builtin_popcountll(up)) & has;
}

/* The scorer, inlined twice: hw (a constant in each copy) picks the bit
 * count, so each copy has no test in its loop. */
static inline __attribute__((always_inline)) void score_body(const tl_percep_model *m,
                                                             const uint32_t *feats, size_t n,
                                                             int32_t *scores, int hw) {
    const unsigned nc = m->n_classes, stride = m->stride;
    uint32_t rows[64];
    while (n > 0) {
        size_t chunk = n < 64 ? n : 64, nr = 0;
        /* Phase 1: independent index loads (the CPU overlaps the misses). */
        for (size_t i = 0; i < chunk; i++) {
            uint32_t r = hw ? row_of_hw(m, feats[i]) : row_of(m, feats[i]);
            rows[nr] = r;
            nr += r != 0;
        }
        /* every cache line of a row: a wide row spans two or three; an
         * 8-byte row (stride 4) is 8-aligned, so never more than one */
        if (stride == 4) {
            for (size_t i = 0; i < nr; i++) __builtin_prefetch(m->rows + (size_t)(rows[i] - 1) * 4);
        } else {
            for (size_t i = 0; i < nr; i++) {
                const char *r0 = (const char *)(m->rows + (size_t)(rows[i] - 1) * stride);
                __builtin_prefetch(r0);
                /* rows of up to 128 bytes (64 classes) span at most three lines */
                if (stride * sizeof(int16_t) > 64) __builtin_prefetch(r0 + 64);
                __builtin_prefetch(r0 + stride * sizeof(int16_t) - 1);
            }
        }
        /* Phase 2: sum the rows. */
#if TL_PERCEP_HW_POPCNT
        if (hw == 2) {
            add_rows_avx2(m->rows, stride, rows, nr, nc, scores);
            feats += chunk;
            n -= chunk;
            continue;
        }
#endif
        switch (stride) {
        case 4: ADD_ROWS(4); break;
        case 8: ADD_ROWS(8); break;
        case 16: ADD_ROWS(16); break;
        case 24: add_cols24(m->rows, 24, rows, nr, nc, scores); break;
        case 32: ADD_ROWS(32); break;
        default: add_rows_wide(m->rows, stride, rows, nr, nc, scores);
        }
        feats += chunk;
        n -= chunk;
    }
}

void tl_percep_score_portable(const tl_percep_model *m, const uint32_t *feats, size_t n,
                              int32_t *scores) {
    score_body(m, feats, n, scores, 0);
}

#if TL_PERCEP_HW_POPCNT
__attribute__((target("popcnt"))) static void score_popcnt(const tl_percep_model *m,
                                                           const uint32_t *feats, size_t n,
                                                           int32_t *scores) {
    score_body(m, feats, n, scores, 1);
}
#endif

#if TL_PERCEP_HW_POPCNT
/* BMI2 as well: the compiler then finds the bucket's bit and masks the
 * bits below it in one instruction each (SHRX, BZHI) where the POPCNT
 * copy takes three. */
__attribute__((target("popcnt,avx2,bmi2"))) static void score_avx2(const tl_percep_model *m,
                                                              const uint32_t *feats, size_t n,
                                                              int32_t *scores) {
    score_body(m, feats, n, scores, 2);
}
#endif

#if TL_PERCEP_HW_POPCNT
/* The scorer of a model with a line table: every line prefetched first (the
 * misses overlap), then each bucket's bit, rank and row read from its line;
 * a bucket whose row did not fit is looked up as before.  No branch on the
 * bit: an absent bucket adds row 0 masked to nothing. */
__attribute__((target("popcnt,avx2,bmi2"))) static void score_lines(const tl_percep_model *m,
                                                               const uint32_t *feats, size_t n,
                                                               int32_t *scores) {
    const pline *l = m->lines;
    const uint32_t mask = m->mask;
    __m128i acc = _mm_setzero_si128();
    uint32_t b[64];
    while (n > 0) {
        size_t chunk = n < 64 ? n : 64;
        for (size_t i = 0; i < chunk; i++) {
            b[i] = feats[i] & mask;
            __builtin_prefetch(&l[b[i] / LINE_BUCKETS]);
        }
        for (size_t i = 0; i < chunk; i++) {
            const pline *x = &l[b[i] / LINE_BUCKETS];
            uint32_t up = x->bits << (LINE_BUCKETS - 1 - b[i] % LINE_BUCKETS);
            int32_t has = -(int32_t)(up >> 31);
            /* the bucket's rank in the line; for an absent bucket, any */
            unsigned pos = (unsigned)__builtin_popcount(up) - 1;
            const int16_t *w = x->w[0];
            if (__builtin_expect(pos < LINE_ROWS, 1)) w = x->w[pos];
            else if (has) w = m->rows + (size_t)(row_of_hw(m, feats[i]) - 1) * 4; /* past the line's rows */
            /* the row's three weights and one lane of whatever follows */
            __m128i v = _mm_cvtepi16_epi32(_mm_loadl_epi64((const __m128i *)(const void *)w));
            acc = _mm_add_epi32(acc, _mm_and_si128(v, _mm_set1_epi32(has)));
        }
        feats += chunk;
        n -= chunk;
    }
    int32_t a[4];
    _mm_storeu_si128((__m128i *)(void *)a, acc);
    for (unsigned k = 0; k < m->n_classes; k++) scores[k] += a[k];
}
#endif

void tl_percep_score_level(const tl_percep_model *m, const uint32_t *feats, size_t n,
                           int32_t *scores, int level) {
#if TL_PERCEP_HW_POPCNT
    if (level > m->level) level = m->level;
    if (level >= 2 && m->lines) { score_lines(m, feats, n, scores); return; }
    if (level >= 2) { score_avx2(m, feats, n, scores); return; }
    if (level == 1) { score_popcnt(m, feats, n, scores); return; }
#else
    (void)level;
#endif
    tl_percep_score_portable(m, feats, n, scores);
}

void tl_percep_score(const tl_percep_model *m, const uint32_t *feats, size_t n,
                     int32_t *scores) {
    tl_percep_score_level(m, feats, n, scores, 2);
}

const int16_t *tl_percep_row(const tl_percep_model *m, uint32_t f) {
    uint32_t r = row_of(m, f);
    return r ? m->rows + (size_t)(r - 1) * m->stride : NULL;
}

float tl_percep_scale(const tl_percep_model *m) { return m ? m->scale : 0.0f; }

unsigned tl_percep_stride(const tl_percep_model *m) { return m ? m->stride : 0; }

unsigned tl_percep_predict(const tl_percep_model *m, const uint32_t *feats, size_t n) {
    int32_t scores[TL_PERCEP_MAX_CLASSES] = {0};
    tl_percep_score(m, feats, n, scores);
    unsigned best = 0;
    for (unsigned k = 1; k < m->n_classes; k++)
        if (scores[k] > scores[best]) best = k;
    return best;
}

/* ---- training ------------------------------------------------------------ */
tl_percep_trainer *tl_percep_trainer_new(unsigned hash_bits, unsigned n_classes) {
    if (hash_bits < 10 || hash_bits > 24 || n_classes < 2 || n_classes > TL_PERCEP_MAX_CLASSES)
        return NULL;
    tl_percep_trainer *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    size_t n = ((size_t)1 << hash_bits) * n_classes;
    t->n_classes = n_classes;
    t->hash_bits = hash_bits;
    t->mask = (1u << hash_bits) - 1;
    t->clock = 1;
    t->w = calloc(n, sizeof *t->w);
    t->u = calloc(n, sizeof *t->u);
    if (!t->w || !t->u) { tl_percep_trainer_free(t); return NULL; }
    return t;
}

void tl_percep_trainer_free(tl_percep_trainer *t) {
    if (!t) return;
    free(t->w);
    free(t->u);
    free(t);
}

unsigned tl_percep_trainer_predict(const tl_percep_trainer *t, const uint32_t *feats,
                                   size_t n) {
    float scores[TL_PERCEP_MAX_CLASSES] = {0};
    const unsigned nc = t->n_classes;
    for (size_t i = 0; i < n; i++) {
        const float *w = t->w + (size_t)(feats[i] & t->mask) * nc;
        for (unsigned k = 0; k < nc; k++) scores[k] += w[k];
    }
    unsigned best = 0;
    for (unsigned k = 1; k < nc; k++)
        if (scores[k] > scores[best]) best = k;
    return best;
}

void tl_percep_trainer_scores(const tl_percep_trainer *t, const uint32_t *feats, size_t n,
                              float *scores) {
    const unsigned nc = t->n_classes;
    for (size_t i = 0; i < n; i++) {
        const float *w = t->w + (size_t)(feats[i] & t->mask) * nc;
        for (unsigned k = 0; k < nc; k++) scores[k] += w[k];
    }
}

void tl_percep_trainer_update(tl_percep_trainer *t, const uint32_t *feats, size_t n,
                              unsigned truth, unsigned guess) {
    if (truth != guess && truth < t->n_classes && guess < t->n_classes) {
        for (size_t i = 0; i < n; i++) {
            size_t base = (size_t)(feats[i] & t->mask) * t->n_classes;
            t->w[base + truth] += 1;
            t->u[base + truth] += t->clock;
            t->w[base + guess] -= 1;
            t->u[base + guess] -= t->clock;
        }
    }
    t->clock += 1;
}

static void put_u32(tl_buf *b, uint32_t v) {
    char q[4] = {(char)(v & 0xFF), (char)(v >> 8 & 0xFF), (char)(v >> 16 & 0xFF),
                 (char)(v >> 24 & 0xFF)};
    tl_buf_put(b, q, 4);
}

static void put_varint(tl_buf *b, uint32_t v) {
    while (v >= 0x80) {
        tl_buf_putc(b, (char)((v & 0x7F) | 0x80));
        v >>= 7;
    }
    tl_buf_putc(b, (char)v);
}

static int valid_name(const char *s) {
    size_t n = s ? strlen(s) : 0;
    if (n == 0 || n > NAME_MAX_LEN) return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] <= ' ' || (unsigned char)s[i] >= 0x7F) return 0;
    return 1;
}

static void put_name(tl_buf *b, const char *s) {
    tl_buf_putc(b, (char)strlen(s));
    tl_buf_puts(b, s);
}

int tl_percep_trainer_accumulate(tl_percep_trainer *acc, const tl_percep_trainer *t, double weight) {
    if (!acc || !t || acc->n_classes != t->n_classes || acc->hash_bits != t->hash_bits) return TL_EINVAL;
    size_t n = ((size_t)1 << t->hash_bits) * t->n_classes;
    for (size_t i = 0; i < n; i++) {
        double own = acc->w[i] - acc->u[i] / acc->clock;
        acc->w[i] = (float)(own + weight * (t->w[i] - t->u[i] / t->clock));
        acc->u[i] = 0;
    }
    acc->clock = 1;
    return TL_OK;
}

int tl_percep_trainer_add(tl_percep_trainer *t, uint32_t f, unsigned cls, double delta) {
    if (!t || cls >= t->n_classes || t->clock != 1) return TL_EINVAL;
    size_t i = (size_t)(f & t->mask) * t->n_classes + cls;
    if (t->u[i] != 0) return TL_EINVAL;
    t->w[i] = (float)(t->w[i] + delta);
    return TL_OK;
}

int tl_percep_trainer_save(const tl_percep_trainer *t, const char *kind,
                           const char *const *names, float prune, void **out,
                           size_t *out_len, tl_error *err) {
    if (!t || !out || !out_len || !valid_name(kind) || !names) {
        tl_err_setf(err, TL_EINVAL, "bad arguments to tl_percep_trainer_save");
        return TL_EINVAL;
    }
    for (unsigned k = 0; k < t->n_classes; k++)
        if (!valid_name(names[k])) {
            tl_err_setf(err, TL_EINVAL, "bad class name #%u", k);
            return TL_EINVAL;
        }
    const unsigned nc = t->n_classes;
    const size_t n_buckets = (size_t)1 << t->hash_bits;
    /* Pass 1: the largest averaged weight sets the quantization step. */
    double maxabs = 0;
    for (size_t i = 0; i < n_buckets * nc; i++) {
        double a = fabs(t->w[i] - t->u[i] / t->clock);
        if (a > maxabs) maxabs = a;
    }
    double scale = maxabs > 0 ? maxabs / 32767.0 : 1.0;
    /* Pass 2: quantize, prune, count. */
    tl_buf rows = TL_BUF_INIT;
    uint32_t n_rows = 0;
    size_t prev = 0;
    int32_t q[TL_PERCEP_MAX_CLASSES];
    for (size_t bkt = 0; bkt < n_buckets; bkt++) {
        const float *w = t->w + bkt * nc;
        const double *u = t->u + bkt * nc;
        double rowmax = 0;
        int nonzero = 0;
        for (unsigned k = 0; k < nc; k++) {
            double a = w[k] - u[k] / t->clock;
            if (fabs(a) > rowmax) rowmax = fabs(a);
            long v = lrint(a / scale);
            if (v > 32767) v = 32767;
            if (v < -32767) v = -32767;
            q[k] = (int32_t)v;
            nonzero |= v != 0;
        }
        if (!nonzero || rowmax < prune) continue;
        put_varint(&rows, (uint32_t)(n_rows == 0 ? bkt : bkt - prev - 1));
        for (unsigned k = 0; k < nc; k++)
            put_varint(&rows, q[k] < 0 ? ((uint32_t)(-(q[k] + 1)) << 1) | 1 : (uint32_t)q[k] << 1);
        prev = bkt;
        n_rows++;
    }
    tl_buf b = TL_BUF_INIT;
    tl_buf_put(&b, MAGIC, 8);
    put_u32(&b, TL_PERCEP_VERSION);
    put_u32(&b, 0); /* total length, patched below */
    put_name(&b, kind);
    tl_buf_putc(&b, (char)nc);
    for (unsigned k = 0; k < nc; k++) put_name(&b, names[k]);
    tl_buf_putc(&b, (char)t->hash_bits);
    /* The loader wants a positive float: a step below the smallest float
     * (weights near 1e-44) would be written as 0 and the model refused. */
    float fs = (float)scale;
    if (!(fs >= FLT_MIN)) fs = FLT_MIN;
    uint32_t sbits;
    memcpy(&sbits, &fs, sizeof sbits);
    put_u32(&b, sbits);
    put_u32(&b, n_rows);
    tl_buf_put(&b, rows.p, rows.len);
    int oom = rows.oom;
    tl_buf_free(&rows);
    if (!oom && !b.oom) {
        uint32_t total = (uint32_t)(b.len + 4);
        for (int i = 0; i < 4; i++) b.p[12 + i] = (char)(total >> (8 * i) & 0xFF);
        put_u32(&b, tl_percep_crc32(b.p, b.len));
    }
    if (oom || b.oom) {
        tl_buf_free(&b);
        tl_err_setf(err, TL_ENOMEM, "out of memory writing the model");
        return TL_ENOMEM;
    }
    *out = b.p;
    *out_len = b.len;
    return TL_OK;
}
