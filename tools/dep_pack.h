/* dep_pack.h -- train-dep's model surgery: --shrink (weight rows dropped) and --vote-pack (the vote model of `threadline parse`); not part of the library. */
#ifndef DEP_PACK_H
#define DEP_PACK_H
#include "threadline.h"
#include "tl_buf.h"
#include "tl_dep.h"
#include "tl_dep_vote.h"
#include "tl_percep.h"
#include "tool_util.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shrinking a trained model ------------------------------------------- */

static uint32_t rd_u32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr_u32(unsigned char *p, uint32_t v) {
    for (int q = 0; q < 4; q++) p[q] = (unsigned char)(v >> (8 * q));
}

static void put_var(tl_buf *b, uint32_t v) {
    while (v >= 0x80) { tl_buf_putc(b, (char)((v & 0x7F) | 0x80)); v >>= 7; }
    tl_buf_putc(b, (char)v);
}

/* Reads a varint at *o of p[0..n) (at most 5 bytes); -1 past the end. */
static int get_var(const unsigned char *p, size_t n, size_t *o, uint32_t *v) {
    *v = 0;
    for (int sh = 0; sh < 35; sh += 7) {
        if (*o >= n) return -1;
        unsigned c = p[(*o)++];
        *v |= (uint32_t)(c & 0x7F) << sh;
        if (!(c & 0x80)) return 0;
    }
    return -1;
}

/* Appends to out the perceptron image p[0..n) without the rows whose largest
 * |quantized weight| is below minq (rows are re-delta-coded, the length and
 * checksum recomputed; the kept rows' bytes are unchanged).  Returns 0, or -1
 * on a malformed image (the caller loaded the model first, so it is not). */
static int shrink_part(const unsigned char *p, size_t n, unsigned minq, tl_buf *out, size_t *kept,
                       size_t *total) {
    size_t o = 16;
    if (n < o + 1 || o + 1 + p[o] > n) return -1;
    o += 1 + p[o];                                 /* kind */
    if (o >= n) return -1;
    unsigned nc = p[o++];
    for (unsigned k = 0; k < nc; k++) {            /* class names */
        if (o >= n || o + 1 + p[o] > n) return -1;
        o += 1 + p[o];
    }
    o += 1 + 4;                                    /* hash bits, scale */
    if (o + 4 > n || n < 4) return -1;
    uint32_t n_rows = rd_u32(p + o);
    size_t start = out->len, hdr = o;
    tl_buf_put(out, (const char *)p, hdr);
    tl_buf_put(out, "\0\0\0\0", 4);                        /* row count, patched below */
    o += 4;
    uint64_t bucket = 0, prev = 0;
    uint32_t nk = 0;
    for (uint32_t r = 0; r < n_rows; r++) {
        uint32_t d, z, maxq = 0;
        if (get_var(p, n - 4, &o, &d) != 0) return -1;
        bucket = r == 0 ? d : bucket + 1 + d;
        size_t w0 = o;
        for (unsigned k = 0; k < nc; k++) {
            if (get_var(p, n - 4, &o, &z) != 0) return -1;
            uint32_t a = (z >> 1) + (z & 1);       /* |q| from the zigzag code */
            if (a > maxq) maxq = a;
        }
        if (maxq < minq) continue;
        put_var(out, (uint32_t)(nk == 0 ? bucket : bucket - prev - 1));
        tl_buf_put(out, (const char *)p + w0, o - w0);
        prev = bucket;
        nk++;
    }
    if (o != n - 4) return -1;
    tl_buf_put(out, "\0\0\0\0", 4);                        /* checksum, patched below */
    unsigned char *img = (unsigned char *)out->p + start;
    size_t len = out->len - start;
    wr_u32(img + 12, (uint32_t)len);
    wr_u32(img + hdr, nk);
    wr_u32(img + len - 4, tl_percep_crc32(img, len - 4));
    *kept = nk;
    *total = n_rows;
    return 0;
}

/* --shrink X,U,T,L IN OUT: the parser model IN without the weight rows of
 * each part (XPOS, UPOS, transitions, labels) whose largest |quantized
 * weight| is below the part's threshold; the clusters are copied.  A
 * deterministic function of IN: `make dep-model` applies it after training. */
static int shrink_model(const char *spec, const char *in, const char *out_path) {
    unsigned minq[4];
    if (sscanf(spec, "%u,%u,%u,%u", &minq[0], &minq[1], &minq[2], &minq[3]) != 4) {
        fprintf(stderr, "train-dep: --shrink wants X,U,T,L thresholds\n");
        return 2;
    }
    tl_error err = {0};
    tl_dep_model *m = tl_dep_load(in, &err); /* every bound and checksum checked */
    if (!m) { fprintf(stderr, "train-dep: %s: %s\n", in, err.msg); return 1; }
    tl_dep_free(m);
    FILE *f = fopen(in, "rb");
    if (!f) return 1;
    tl_buf src = TL_BUF_INIT, dst = TL_BUF_INIT;
    char chunk[1 << 16];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) tl_buf_put(&src, chunk, got);
    fclose(f);
    const unsigned char *p = (const unsigned char *)src.p;
    size_t n = src.len, o = 16;
    int rc = 0;
    tl_buf_put(&dst, (const char *)p, 16);
    for (int k = 0; k < 4 && rc == 0; k++) {
        size_t pn = rd_u32(p + o), at = dst.len, kept = 0, total = 0;
        tl_buf_put(&dst, "\0\0\0\0", 4);
        if (shrink_part(p + o + 4, pn, minq[k], &dst, &kept, &total) != 0) { rc = 1; break; }
        wr_u32((unsigned char *)dst.p + at, (uint32_t)(dst.len - at - 4));
        fprintf(stderr, "  part %d: %zu of %zu rows kept (|q| >= %u)\n", k, kept, total, minq[k]);
        o += 4 + pn;
    }
    if (rc == 0 && (src.oom || dst.oom)) { fprintf(stderr, "train-dep: out of memory\n"); rc = 1; }
    if (rc == 0) {
        tl_buf_put(&dst, (const char *)p + o, n - o); /* clusters */
        wr_u32((unsigned char *)dst.p + 12, (uint32_t)dst.len);
        m = tl_dep_load_mem(dst.p, dst.len, &err);
        if (!m) { fprintf(stderr, "train-dep: shrunk model invalid: %s\n", err.msg); rc = 1; }
        tl_dep_free(m);
    }
    if (rc == 0) {
        FILE *fo = fopen(out_path, "wb");
        if (!fo || fwrite(dst.p, 1, dst.len, fo) != dst.len || fclose(fo) != 0) {
            fprintf(stderr, "train-dep: cannot write %s\n", out_path);
            rc = 1;
        } else {
            fprintf(stderr, "train-dep: %s: %zu -> %zu bytes\n", out_path, n, dst.len);
        }
    }
    tl_buf_free(&src);
    tl_buf_free(&dst);
    return rc;
}

/* --vote-pack T,L OUT MEMBER...: the vote model of `threadline parse`
 * (format in tl_dep_vote.h) from trained parser models, of which only the
 * transition and label scorers are kept (the main model tags), their rows
 * under the thresholds T and L dropped as --shrink does.  A member is
 * [ltr:|rtl:]PATH[@WEIGHT] (rtl: trained with --reverse; weight 100).
 * Checked by loading the result against main model MAIN (the last member
 * argument is OUT's, see usage).  Returns the exit status. */
static int vote_pack(const char *spec, const char *main_path, const char *out_path, int nm,
                     char *const *members) {
    unsigned minq[2];
    if (sscanf(spec, "%u,%u", &minq[0], &minq[1]) != 2 || nm < 1 || nm >= TL_DEP_VOTE_MAX_MEMBERS) {
        fprintf(stderr, "train-dep: --vote-pack T,L MAIN.model OUT.model MEMBER... (1 to 7 members)\n");
        return 2;
    }
    tl_buf dst = TL_BUF_INIT;
    tl_buf_put(&dst, "TLDEPVOT\1\0\0\0\0\0\0\0", 16);
    unsigned char q[4];
    wr_u32(q, (uint32_t)nm);
    tl_buf_put(&dst, (const char *)q, 4);
    int rc = 0;
    for (int j = 0; j < nm && rc == 0; j++) {
        char path[4096];
        const char *a = members[j];
        uint32_t flags = 0, weight = 100;
        if (!strncmp(a, "rtl:", 4)) { flags = 1; a += 4; }
        else if (!strncmp(a, "ltr:", 4)) a += 4;
        snprintf(path, sizeof path, "%s", a);
        char *at = strrchr(path, '@');
        if (at) { *at = 0; weight = (uint32_t)atoi(at + 1); }
        tl_error err = {0};
        tl_dep_model *m = tl_dep_load(path, &err); /* every bound and checksum checked */
        if (!m) { fprintf(stderr, "train-dep: %s: %s\n", path, err.msg); rc = 1; break; }
        tl_dep_free(m);
        size_t n;
        unsigned char *p = (unsigned char *)tool_slurp(path, &n);
        if (!p) { rc = 1; break; }
        wr_u32(q, flags);
        tl_buf_put(&dst, (const char *)q, 4);
        wr_u32(q, weight);
        tl_buf_put(&dst, (const char *)q, 4);
        size_t o = 16;
        for (int k = 0; k < 4 && rc == 0; k++) {
            size_t pn = rd_u32(p + o), at2 = dst.len, kept = 0, total = 0;
            if (k >= 2) {
                tl_buf_put(&dst, "\0\0\0\0", 4);
                if (shrink_part(p + o + 4, pn, minq[k - 2], &dst, &kept, &total) != 0) rc = 1;
                else {
                    wr_u32((unsigned char *)dst.p + at2, (uint32_t)(dst.len - at2 - 4));
                    fprintf(stderr, "  %s part %d: %zu of %zu rows kept\n", path, k, kept, total);
                }
            }
            o += 4 + pn;
        }
        free(p);
    }
    if (rc == 0 && dst.oom) { fprintf(stderr, "train-dep: out of memory\n"); rc = 1; }
    if (rc == 0) {
        wr_u32((unsigned char *)dst.p + 12, (uint32_t)dst.len);
        tl_error err = {0};
        tl_dep_model *m = tl_dep_load(main_path, &err);
        tl_dep_vote *v = m ? tl_dep_vote_load_mem(m, dst.p, dst.len, &err) : NULL;
        if (!v) { fprintf(stderr, "train-dep: vote model invalid: %s\n", err.msg); rc = 1; }
        tl_dep_vote_free(v);
        tl_dep_free(m);
    }
    if (rc == 0) {
        FILE *fo = fopen(out_path, "wb");
        if (!fo || fwrite(dst.p, 1, dst.len, fo) != dst.len || fclose(fo) != 0) {
            fprintf(stderr, "train-dep: cannot write %s\n", out_path);
            rc = 1;
        } else {
            fprintf(stderr, "train-dep: wrote %s (%zu bytes)\n", out_path, dst.len);
        }
    }
    tl_buf_free(&dst);
    return rc;
}

#endif
