/* rel_cv.h -- held-out fact counting and per-class operating points for train-rel's cross-validation (not part of the library). */
#ifndef REL_CV_H
#define REL_CV_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A fact in predicted-entity space: type and its two core arguments
 * (symmetric types with a <= b, see rcv_key_make). */
typedef struct rcv_key { int type; int32_t a, b; } rcv_key;

/* One combination of a gold fact's alternative keys: gold entity indices
 * g0, g1; idx the gold fact it belongs to (one match per gold fact). */
typedef struct rcv_gold { int type, g0, g1, idx, optional; } rcv_gold;

/* A document as the held-out count sees it: the alignment of predicted
 * entities with gold ones (-1: none), the gold rows, and the facts counted
 * so far (score.py counts a fact once, and a gold fact once). */
typedef struct rcv_doc {
    int *align;        /* predicted entity -> gold entity index, -1 */
    rcv_gold *gf;
    size_t ngf;
    rcv_key *seen;
    size_t nseen, capseen;
    char *matched;     /* per gold fact index (size nmatched: the largest idx + 1) */
    size_t nmatched;
    size_t nbase;      /* rcv_mark: facts counted before */
    char *base;        /* rcv_mark: matched before (NULL: never marked) */
} rcv_doc;

/* Remembers what d has counted so far, for rcv_reset.  Returns -1 when out
 * of memory, else 0. */
static inline int rcv_mark(rcv_doc *d) {
    free(d->base);
    d->base = malloc(d->nmatched + 1);
    if (!d->base) return -1;
    memcpy(d->base, d->matched, d->nmatched);
    d->nbase = d->nseen;
    return 0;
}

/* Forgets what d counted since rcv_mark (nothing when never marked).  Can't
 * fail. */
static inline void rcv_reset(rcv_doc *d) {
    if (!d->base) return;
    memcpy(d->matched, d->base, d->nmatched);
    d->nseen = d->nbase;
}

/* The key of a fact of `type` on (a, b); symmetric types ordered.  Can't
 * fail. */
static inline rcv_key rcv_key_make(int type, int32_t a, int32_t b, int symmetric) {
    rcv_key k = {type, a, b};
    if (symmetric && k.a > k.b) { k.a = b; k.b = a; }
    return k;
}

/* Counts fact k of document d as score.py would: nothing for a repeated
 * fact, an optional gold fact or a second alternative of a matched one;
 * else a true positive (*tp) when a gold fact of its type joins its
 * aligned arguments (either way for symmetric types), a false positive
 * (*fp) otherwise.  Returns -1 when out of memory (nothing counted), else
 * 0. */
static inline int rcv_judge(rcv_doc *d, rcv_key k, int symmetric, size_t *tp, size_t *fp) {
    for (size_t i = 0; i < d->nseen; i++)
        if (d->seen[i].type == k.type && d->seen[i].a == k.a && d->seen[i].b == k.b) return 0;
    if (d->nseen == d->capseen) {
        size_t cap = d->capseen ? d->capseen * 2 : 32;
        rcv_key *s = realloc(d->seen, cap * sizeof *s);
        if (!s) return -1;
        d->seen = s;
        d->capseen = cap;
    }
    d->seen[d->nseen++] = k;
    int ga = k.a >= 0 ? d->align[k.a] : -1, gb = k.b >= 0 ? d->align[k.b] : -1;
    for (size_t r = 0; r < d->ngf && ga >= 0 && gb >= 0; r++) {
        const rcv_gold *g = &d->gf[r];
        if (g->type != k.type) continue;
        if (!((g->g0 == ga && g->g1 == gb) || (symmetric && g->g0 == gb && g->g1 == ga))) continue;
        if (g->optional || d->matched[g->idx]) return 0;
        d->matched[g->idx] = 1;
        (*tp)++;
        return 0;
    }
    (*fp)++;
    return 0;
}

/* A held-out pair: its best class's fact and that class's margin over
 * "no relation" (float units of the fold's model); cls is the cell whose
 * operating point decides it (a class, or a class for one head type);
 * sub is the caller's (rcv_choose reads it not). */
typedef struct rcv_scored { float margin; int32_t doc; int cls, sub; rcv_key key; } rcv_scored;

static inline int rcv_by_margin_desc(const void *x, const void *y) {
    const rcv_scored *a = x, *b = y;
    if (a->margin != b->margin) return a->margin < b->margin ? 1 : -1;
    /* ties in a fixed order: qsort is not stable, the trainer must be
     * reproducible */
    if (a->doc != b->doc) return a->doc < b->doc ? -1 : 1;
    if (a->key.type != b->key.type) return a->key.type < b->key.type ? -1 : 1;
    if (a->key.a != b->key.a) return a->key.a < b->key.a ? -1 : 1;
    return a->key.b < b->key.b ? -1 : a->key.b > b->key.b;
}

/* The points of one class: cut k (0..n) adds the class's facts with a
 * margin above point[k] and counts tp[k], fp[k] more; cut 0 adds none. */
typedef struct rcv_curve { size_t n; float *point; size_t *tp, *fp; } rcv_curve;

/* The operating points of cells (classes) 1..ncls-1 (a cell whose
 * index is 0 modulo ncls0 is "no relation" and gets none; ncls0 = ncls
 * when the cells are the classes).  sc[0..ns) are the held-out
 * pairs (sorted here); docs their documents, already holding the facts of
 * the rest of the pipeline; tp0, fp0 what those count; ngold the gold facts
 * that count.  Each class's facts join the others' (a class's facts and
 * gold facts are its own, so the classes add up); the points are found by
 * coordinate ascent on the held-out F1 (three rounds, classes in order),
 * among the cuts whose added facts are at least minprec precise.  out[c]
 * gets the point of class c, or `off` when adding none of its facts is
 * best; symmetric[c] says whether class c's type is symmetric.  Returns
 * -1 when out of memory, else the held-out F1 reached. */
static inline double rcv_choose(rcv_doc *docs, rcv_scored *sc, size_t ns, int ncls, int ncls0, const int *symmetric,
                                size_t tp0, size_t fp0, size_t ngold, double minprec, float off, float *out) {
    qsort(sc, ns, sizeof *sc, rcv_by_margin_desc);
    rcv_curve *cv = calloc((size_t)ncls, sizeof *cv);
    size_t *pick = calloc((size_t)ncls, sizeof *pick);
    double best = -1;
    if (!cv || !pick) goto done;
    for (int c = 1; c < ncls; c++) {
        rcv_curve *k = &cv[c];
        if (c % ncls0 == 0) continue;
        k->point = malloc((ns + 1) * sizeof *k->point);
        k->tp = calloc(ns + 1, sizeof *k->tp);
        k->fp = calloc(ns + 1, sizeof *k->fp);
        if (!k->point || !k->tp || !k->fp) goto done;
        k->point[0] = off;
        size_t tp = 0, fp = 0;
        for (size_t i = 0; i < ns; i++) {
            if (sc[i].cls != c) continue;
            if (rcv_judge(&docs[sc[i].doc], sc[i].key, symmetric[c], &tp, &fp) < 0) goto done;
            size_t nx = i + 1;
            while (nx < ns && sc[nx].cls != c) nx++;
            if (nx < ns && sc[nx].margin == sc[i].margin) continue; /* cut between margins only */
            k->n++;
            k->point[k->n] = nx < ns ? (sc[i].margin + sc[nx].margin) / 2 : sc[i].margin - 1;
            k->tp[k->n] = tp;
            k->fp[k->n] = fp;
        }
    }
    for (int round = 0; round < 3; round++)
        for (int c = 1; c < ncls; c++) {
            if (c % ncls0 == 0) continue;
            size_t tp = tp0, fp = fp0;
            for (int o = 1; o < ncls; o++)
                if (o != c && o % ncls0) { tp += cv[o].tp[pick[o]]; fp += cv[o].fp[pick[o]]; }
            double bf = -1;
            for (size_t j = 0; j <= cv[c].n; j++) {
                size_t a = cv[c].tp[j], b = cv[c].fp[j];
                if (j && (double)a < minprec * (double)(a + b)) continue;
                double f = tp + a + fp + b + ngold ? 2.0 * (double)(tp + a) / (double)(tp + a + fp + b + ngold) : 0;
                if (f > bf) { bf = f; pick[c] = j; }
            }
            best = bf;
        }
    out[0] = off;
    for (int c = 1; c < ncls; c++) out[c] = c % ncls0 ? cv[c].point[pick[c]] : off;
    if (best < 0) best = 0;
done:
    for (int c = 1; cv && c < ncls; c++) {
        free(cv[c].point);
        free(cv[c].tp);
        free(cv[c].fp);
    }
    free(cv);
    free(pick);
    return best;
}
#endif
