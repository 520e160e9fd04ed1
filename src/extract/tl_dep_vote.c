/* tl_dep_vote.c -- a vote of dependency parsers reparsed by Eisner's algorithm: the model file, the members' parses, the tree. */
#include "tl_dep_vote.h"
#include "tl_err.h"
#include "tl_arena.h"
#include "tl_percep.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC "TLDEPVOT"

struct tl_dep_vote {
    unsigned k; /* extra members */
    tl_percep_model *trans[TL_DEP_VOTE_MAX_MEMBERS], *label[TL_DEP_VOTE_MAX_MEMBERS];
    uint32_t weight[TL_DEP_VOTE_MAX_MEMBERS];
    int rtl[TL_DEP_VOTE_MAX_MEMBERS]; /* reads the sentence right to left */
    unsigned fallback;                /* relation of an arc no member made ("dep") */
};

void tl_dep_vote_free(tl_dep_vote *v) {
    if (!v) return;
    for (unsigned j = 0; j < v->k; j++) {
        tl_percep_free(v->trans[j]);
        tl_percep_free(v->label[j]);
    }
    free(v);
}

unsigned tl_dep_vote_members(const tl_dep_vote *v) { return v ? v->k : 0; }

/* A member's label scorer must name the main model's relations in the same
 * order, since ids are compared across members. */
static int same_labels(const tl_dep_model *m, const tl_percep_model *lab) {
    unsigned nl = tl_dep_n_labels(m);
    if (tl_percep_n_classes(lab) != nl) return 0;
    for (unsigned i = 0; i < nl; i++)
        if (strcmp(tl_percep_class_name(lab, i), tl_dep_label_name(m, i)) != 0) return 0;
    return 1;
}

/* Every loader: `builtin` skips the checksums of the executable's own bytes
 * (tl_percep_load_builtin), every bound is checked either way. */
tl_dep_vote *tl_dep_vote_load_image(const tl_dep_model *m, const void *data, size_t len, int builtin,
                                    tl_error *err) {
    if (!m || !data) { tl_err_setf(err, TL_EINVAL, "no parser or vote model"); return NULL; }
    const unsigned char *p = data;
    if (len < 20 || memcmp(p, MAGIC, 8) != 0) {
        tl_err_setf(err, TL_EFORMAT, "not a threadline vote model (bad magic)");
        return NULL;
    }
    if (tl_rd32le(p + 8) != TL_DEP_VOTE_VERSION) {
        tl_err_setf(err, TL_EFORMAT, "vote model version %u, expected %u", (unsigned)tl_rd32le(p + 8),
                TL_DEP_VOTE_VERSION);
        return NULL;
    }
    uint32_t k = tl_rd32le(p + 16);
    if (tl_rd32le(p + 12) != len || k < 1 || k >= TL_DEP_VOTE_MAX_MEMBERS) {
        tl_err_setf(err, TL_EFORMAT, "vote model truncated or with %u members", (unsigned)k);
        return NULL;
    }
    tl_dep_vote *v = calloc(1, sizeof *v);
    if (!v) { tl_err_setf(err, TL_ENOMEM, "out of memory"); return NULL; }
    int dep = tl_dep_label_id(m, "dep");
    v->fallback = dep >= 0 ? (unsigned)dep : 0;
    size_t o = 20;
    for (uint32_t j = 0; j < k; j++) {
        if (len - o < 12) goto bad;
        uint32_t flags = tl_rd32le(p + o), w = tl_rd32le(p + o + 4);
        o += 8;
        if (flags > 1 || w < 1 || w > 1000) goto bad;
        tl_percep_model *part[2] = {NULL, NULL};
        static const char *const kinds[2] = {"dep-trans", "dep-label"};
        for (int q = 0; q < 2; q++) {
            if (len - o < 4) goto bad;
            uint32_t pn = tl_rd32le(p + o);
            o += 4;
            if (pn > len - o) goto bad;
            part[q] = builtin ? tl_percep_load_builtin(p + o, pn, kinds[q], err)
                              : tl_percep_load_mem(p + o, pn, kinds[q], err);
            o += pn;
            if (!part[q]) {
                tl_percep_free(part[0]);
                tl_dep_vote_free(v);
                return NULL;
            }
        }
        v->trans[v->k] = part[0];
        v->label[v->k] = part[1];
        v->weight[v->k] = w;
        v->rtl[v->k] = (int)(flags & 1);
        v->k++;
        if (tl_percep_n_classes(part[0]) != TL_DEP_NTRANS || !same_labels(m, part[1])) goto bad;
    }
    if (o != len) goto bad;
    return v;
bad:
    tl_dep_vote_free(v);
    tl_err_setf(err, TL_EFORMAT, "malformed vote model, or one made for another parser model");
    return NULL;
}

tl_dep_vote *tl_dep_vote_load_mem(const tl_dep_model *m, const void *data, size_t len, tl_error *err) {
    return tl_dep_vote_load_image(m, data, len, 0, err);
}

tl_dep_vote *tl_dep_vote_load(const tl_dep_model *m, const char *path, tl_error *err) {
    if (!path) { tl_err_setf(err, TL_EINVAL, "no vote model path"); return NULL; }
    FILE *f = fopen(path, "rb");
    if (!f) { tl_err_setf(err, TL_EIO, "cannot open %s", path); return NULL; }
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            if (cap >= ((size_t)1 << 30)) { free(buf); fclose(f); tl_err_setf(err, TL_EFORMAT, "%s: too large", path); return NULL; }
            size_t nc = cap ? cap * 2 : 1 << 20;
            unsigned char *q = realloc(buf, nc);
            if (!q) { free(buf); fclose(f); tl_err_setf(err, TL_ENOMEM, "out of memory"); return NULL; }
            buf = q;
            cap = nc;
        }
        size_t r = fread(buf + len, 1, cap - len, f);
        len += r;
        if (r == 0) break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) { free(buf); tl_err_setf(err, TL_EIO, "cannot read %s", path); return NULL; }
    tl_dep_vote *v = tl_dep_vote_load_image(m, buf, len, 0, err);
    free(buf);
    return v;
}

/* ---- Eisner's algorithm ------------------------------------------------------ */

int tl_dep_eisner(const int64_t *score, size_t n, tl_arena *a, int32_t *head) {
    if (!score || !a || !head || n == 0 || n > 4096) return TL_EINVAL;
    size_t sz = n + 1, cells = sz * sz;
    /* spans s..t of words 1..n; [0]: headed at t, [1]: headed at s.
     * cmp: complete spans, inc: spans whose head's arc to the other end is
     * made; bc / bi the best split of each. */
    int64_t *cmp[2], *inc[2];
    int32_t *bc[2], *bi[2];
    for (int d = 0; d < 2; d++) {
        cmp[d] = tl_arena_calloc(a, cells, sizeof *cmp[d]);
        inc[d] = tl_arena_calloc(a, cells, sizeof *inc[d]);
        bc[d] = tl_arena_calloc(a, cells, sizeof *bc[d]);
        bi[d] = tl_arena_calloc(a, cells, sizeof *bi[d]);
        if (!cmp[d] || !inc[d] || !bc[d] || !bi[d]) return TL_ENOMEM;
    }
#define AT(s, t) ((size_t)(s) * sz + (size_t)(t))
    for (size_t w = 1; w < n; w++) {
        for (size_t s = 1; s + w <= n; s++) {
            size_t t = s + w, arg = s;
            int64_t best = INT64_MIN;
            for (size_t q = s; q < t; q++) {
                int64_t x = cmp[1][AT(s, q)] + cmp[0][AT(q + 1, t)];
                if (x > best) { best = x; arg = q; }
            }
            inc[0][AT(s, t)] = best + score[AT(t, s)];
            inc[1][AT(s, t)] = best + score[AT(s, t)];
            bi[0][AT(s, t)] = bi[1][AT(s, t)] = (int32_t)arg;
            best = INT64_MIN;
            for (size_t q = s; q < t; q++) {
                int64_t x = cmp[0][AT(s, q)] + inc[0][AT(q, t)];
                if (x > best) { best = x; arg = q; }
            }
            cmp[0][AT(s, t)] = best;
            bc[0][AT(s, t)] = (int32_t)arg;
            best = INT64_MIN;
            for (size_t q = s + 1; q <= t; q++) {
                int64_t x = inc[1][AT(s, q)] + cmp[1][AT(q, t)];
                if (x > best) { best = x; arg = q; }
            }
            cmp[1][AT(s, t)] = best;
            bc[1][AT(s, t)] = (int32_t)arg;
        }
    }
    /* the one word r on the ROOT heads the complete spans 1..r and r..n */
    size_t root = 1;
    int64_t best = INT64_MIN;
    for (size_t r = 1; r <= n; r++) {
        int64_t x = cmp[0][AT(1, r)] + cmp[1][AT(r, n)] + score[AT(0, r)];
        if (x > best) { best = x; root = r; }
    }
    head[root] = 0;
    /* back-tracking with an explicit stack: at most 2n spans wait at once */
    typedef struct { int32_t s, t; uint8_t complete, dir; } span;
    span *todo = tl_arena_alloc(a, (2 * n + 4) * sizeof *todo);
    if (!todo) return TL_ENOMEM;
    size_t sp = 0;
    todo[sp++] = (span){1, (int32_t)root, 1, 0};
    todo[sp++] = (span){(int32_t)root, (int32_t)n, 1, 1};
    while (sp > 0) {
        span x = todo[--sp];
        if (x.s >= x.t) continue;
        if (x.complete) {
            int32_t q = bc[x.dir][AT(x.s, x.t)];
            if (x.dir == 0) {
                todo[sp++] = (span){x.s, q, 1, 0};
                todo[sp++] = (span){q, x.t, 0, 0};
            } else {
                todo[sp++] = (span){x.s, q, 0, 1};
                todo[sp++] = (span){q, x.t, 1, 1};
            }
        } else {
            if (x.dir == 0) head[x.s] = x.t;
            else head[x.t] = x.s;
            int32_t q = bi[x.dir][AT(x.s, x.t)];
            todo[sp++] = (span){x.s, q, 1, 1};
            todo[sp++] = (span){q + 1, x.t, 1, 0};
        }
    }
#undef AT
    return TL_OK;
}

/* ---- the vote ------------------------------------------------------------------ */

int tl_dep_vote_combine(size_t n, unsigned k, const int32_t *const *head, const uint8_t *const *label,
                        const int32_t *const *margin, const uint32_t *weight, unsigned root_label,
                        unsigned fallback, tl_arena *a, int32_t *head_out, uint8_t *label_out) {
    /* n <= 256 keeps every tree's sum of packed scores within int64 */
    if (!head || !label || !weight || !a || !head_out || !label_out || n == 0 || n > 256 || k == 0 ||
        k > TL_DEP_VOTE_MAX_MEMBERS)
        return TL_EINVAL;
    size_t sz = n + 1;
    int64_t *score = tl_arena_calloc(a, sz * sz, sizeof *score);
    if (!score) return TL_ENOMEM;
    /* Three scores in one integer, each unit above the most the smaller
     * ones can add up to over a tree: the votes first; among trees of as
     * many votes the one whose arcs the members made most surely (their
     * transition margins, clipped); then the main parser's arcs, one point
     * each.  On the dev files the margins settled a tenth of a point of UAS
     * that the main parser's arcs had decided worse (bench/README.md). */
    int64_t m_unit = (int64_t)sz;
    int64_t v_unit = m_unit * ((int64_t)n * k * TL_DEP_VOTE_MARGIN_CLIP + 1);
    for (unsigned j = 0; j < k; j++) {
        if (weight[j] > 1000) return TL_EINVAL;
        for (size_t d = 1; d <= n; d++) {
            int32_t h = head[j][d];
            if (h < 0 || (size_t)h > n || (size_t)h == d) continue;
            int64_t mg = margin ? margin[j][d] : 0;
            if (mg < 0) mg = 0;
            if (mg > TL_DEP_VOTE_MARGIN_CLIP) mg = TL_DEP_VOTE_MARGIN_CLIP;
            score[(size_t)h * sz + d] += v_unit * weight[j] + m_unit * mg + (j == 0);
        }
    }
    int rc = tl_dep_eisner(score, n, a, head_out);
    if (rc != TL_OK) return rc;
    for (size_t d = 1; d <= n; d++) {
        int32_t h = head_out[d];
        if (h == 0) { label_out[d] = (uint8_t)root_label; continue; }
        /* the relation with most votes among the members that made the arc;
         * ties to the earlier member */
        int best = -1;
        int64_t bestv = 0;
        for (unsigned j = 0; j < k; j++) {
            if (head[j][d] != h) continue;
            int64_t v = 0;
            for (unsigned q = 0; q < k; q++)
                if (head[q][d] == h && label[q][d] == label[j][d]) v += weight[q];
            if (best < 0 || v > bestv) { best = (int)j; bestv = v; }
        }
        unsigned l = best >= 0 ? label[best][d] : label[0][d];
        label_out[d] = (uint8_t)(l == root_label ? fallback : l);
    }
    return TL_OK;
}

int tl_dep_parse_vote(const tl_dep_model *m, const tl_dep_vote *v, tl_dep_cache *cache,
                      const tl_str *words, size_t n, tl_arena *a, tl_dep_tree *out) {
    if (!v || n > TL_DEP_VOTE_MAX_WORDS) return tl_dep_parse_cached(m, cache, words, n, a, out);
    if (!out) return TL_EINVAL;
    memset(out, 0, sizeof *out);
    if (!m || !a || (n > 0 && !words)) return TL_EINVAL;
    if (n == 0) return TL_OK;
    unsigned k = v->k + 1;
    tl_dep_word *w, *rw = tl_arena_alloc(a, (n + 1) * sizeof *rw);
    int32_t *head[TL_DEP_VOTE_MAX_MEMBERS], *rh = tl_arena_alloc(a, (n + 1) * sizeof *rh);
    uint8_t *lab[TL_DEP_VOTE_MAX_MEMBERS], *rl = tl_arena_alloc(a, n + 1);
    uint32_t weight[TL_DEP_VOTE_MAX_MEMBERS];
    int32_t *mg[TL_DEP_VOTE_MAX_MEMBERS], *rm = tl_arena_calloc(a, n + 1, sizeof *rm);
    tl_dep_tree t = {n, NULL, NULL, NULL, NULL};
    t.head = tl_arena_alloc(a, n * sizeof *t.head);
    t.label = tl_arena_alloc(a, n);
    t.upos = tl_arena_alloc(a, n);
    t.xpos = tl_arena_alloc(a, n);
    int32_t *hv = tl_arena_alloc(a, (n + 1) * sizeof *hv);
    uint8_t *lv = tl_arena_alloc(a, n + 1);
    if (!rw || !rh || !rl || !t.head || !t.label || !t.upos || !t.xpos || !hv || !lv) return TL_ENOMEM;
    for (unsigned j = 0; j < k; j++) {
        head[j] = tl_arena_alloc(a, (n + 1) * sizeof *head[j]);
        lab[j] = tl_arena_alloc(a, n + 1);
        mg[j] = tl_arena_calloc(a, n + 1, sizeof *mg[j]);
        if (!head[j] || !lab[j] || !mg[j]) return TL_ENOMEM;
    }
    int rc = tl_dep_tag(m, cache, words, n, a, &w);
    if (rc != TL_OK) return rc;
    unsigned root = tl_dep_root_label(m);
    /* the right-to-left members read the tagged words reversed, as
     * train-dep --reverse showed them: only `first` depends on the place */
    rw[0] = w[0];
    for (size_t j = 1; j <= n; j++) {
        rw[j] = w[n + 1 - j];
        rw[j].first = j == 1;
    }
    for (unsigned j = 0; j < k && rc == TL_OK; j++) {
        const tl_percep_model *tr = j ? v->trans[j - 1] : tl_dep_trans_scorer(m);
        const tl_percep_model *lb = j ? v->label[j - 1] : tl_dep_label_scorer(m);
        weight[j] = j ? v->weight[j - 1] : TL_DEP_VOTE_MAIN_WEIGHT;
        if (!j || !v->rtl[j - 1]) {
            rc = tl_dep_run(tr, lb, root, w, n, a, head[j], lab[j], mg[j]);
            continue;
        }
        rc = tl_dep_run(tr, lb, root, rw, n, a, rh, rl, rm);
        for (size_t d = 1; d <= n && rc == TL_OK; d++) {
            mg[j][n + 1 - d] = rm[d];
            head[j][n + 1 - d] = rh[d] ? (int32_t)(n + 1) - rh[d] : 0;
            lab[j][n + 1 - d] = rl[d];
        }
    }
    if (rc == TL_OK)
        rc = tl_dep_vote_combine(n, k, (const int32_t *const *)head, (const uint8_t *const *)lab,
                                 (const int32_t *const *)mg, weight,
                                 root, v->fallback, a, hv, lv);
    if (rc != TL_OK) return rc;
    for (size_t i = 0; i < n; i++) {
        t.head[i] = hv[i + 1] - 1;
        t.label[i] = lv[i + 1];
        t.xpos[i] = (uint8_t)(w[i + 1].xpos - 1);
        t.upos[i] = (uint8_t)(w[i + 1].upos - 1);
    }
    tl_dep_finish(m, &t, words, a);
    *out = t;
    return TL_OK;
}
