/* train-rel.c -- trains the entity-pair relation classifier (models/rel.model) on a scored gold set.
 *
 * usage: train-rel [--iter N] [--seed S] [--ensemble K] [--bits B] [--window W] [--prune P]
 *                  [--folds F] GOLD_DIR OUT.model
 *
 * --ensemble K trains K perceptrons on K shuffles (seeds S..S+K-1) and
 * writes their mean: one training set and a slightly different one then
 * give closer models than a single shuffle does.
 *
 * GOLD_DIR holds docs/NAME.txt and gold.jsonl (SPEC entities with names,
 * facts with entity keys; see shared/eval/GUIDELINES.md).  Every document is
 * run through the real extraction pipeline, so the classifier learns on the
 * entities the system actually finds: each predicted entity is aligned with
 * the gold entity sharing most normalized names (same type or alt type, one
 * to one, as score.py aligns), and an ordered pair of predicted entities is
 * labelled with the gold fact type whose role 0 / role 1 they are (class
 * NONE otherwise).  Deterministic for a given seed.
 *
 * --folds F (F >= 2) also chooses the model's operating points by
 * cross-validation: F models, each trained without one fold of the
 * documents, score that fold's pairs; each class gets the margin over
 * "no relation" above which its held-out facts, added to the facts the
 * rest of the pipeline finds (frames, scorer), give the best fact F1 as
 * score.py counts it (rel_cv.h).  The points are written into the final
 * model (tl_rel_oppoint_feature), and the model written is the mean of
 * the F models (their margins are the ones the points were chosen on).
 * Without --folds the model has none, is trained once on everything, and
 * the run time uses its fixed margin.
 */
#include "threadline.h"
#include "tl_gaz.h"
#include "tl_percep.h"
#include "tl_rel.h"
#include "tl_utf8.h"
#include <jansson.h>
#include "tool_util.h"
#include "rel_cv.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* score.py's norm(), near enough: folded, "'s" dropped, non-alphanumerics
 * as single spaces, a leading "the " dropped. */
static void norm(const char *s, size_t n, char *out, size_t cap) {
    char f[256];
    size_t fl = tl_utf8_fold(s, n, f, sizeof f), o = 0;
    int sp = 1;
    for (size_t i = 0; i < fl && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)f[i];
        if (c == '\'' && i + 1 < fl && f[i + 1] == 's' && (i + 2 >= fl || !((unsigned char)f[i + 2] >= 'a' && (unsigned char)f[i + 2] <= 'z'))) {
            i++;
            continue;
        }
        int keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (keep) { out[o++] = (char)c; sp = 0; }
        else if (!sp) { out[o++] = ' '; sp = 1; }
    }
    while (o && out[o - 1] == ' ') o--;
    out[o] = 0;
    if (strncmp(out, "the ", 4) == 0) memmove(out, out + 4, o - 3);
}

typedef struct inst { uint32_t off; uint16_t n; uint8_t label; int8_t ht; int32_t doc, h, t; } inst;

static uint64_t rng_state;
static uint32_t rnd(void) { return tool_rng_next(&rng_state); }

static int type_fits(json_t *ge, int ptype) {
    const char *ty = json_string_value(json_object_get(ge, "type"));
    if (ty && tl_ent_type_parse(ty) == ptype) return 1;
    json_t *alt = json_object_get(ge, "alt_types");
    for (size_t k = 0; k < json_array_size(alt); k++)
        if (tl_ent_type_parse(json_string_value(json_array_get(alt, k))) == ptype) return 1;
    return 0;
}

/* The gold rows of one document: every combination of each fact's
 * alternative keys (score.py matches any of them, once per fact), for the
 * held-out count; ngold gets the facts that count (not optional).  Only
 * the types the set annotates (bit t of scored), as score.py reads it. */
static rcv_gold *gold_rows(json_t *gfacts, json_t *gents, uint32_t scored, size_t *nrows, size_t *ngold) {
    size_t ng = json_array_size(gfacts), n = 0, cap = ng * 4 + 4;
    rcv_gold *r = malloc(cap * sizeof *r);
    *nrows = *ngold = 0;
    if (!r) return NULL;
    for (size_t k = 0; k < ng; k++) {
        json_t *f = json_array_get(gfacts, k);
        const char *ty = json_string_value(json_object_get(f, "type"));
        int ft = -1;
        for (int t = 0; ty && t < TL_FACT_TYPE_COUNT; t++)
            if (!strcmp(tl_fact_type_name(t), ty)) ft = t;
        if (ft < 0 || !(scored >> ft & 1)) continue;
        int optional = json_is_true(json_object_get(f, "optional"));
        if (!optional) (*ngold)++;
        const char *r1 = tl_fact_role_name(ft, 1);
        if (!r1) continue; /* one-role facts: the classifier adds none */
        json_t *args = json_object_get(f, "args"), *v[2] = {json_object_get(args, tl_fact_role_name(ft, 0)),
                                                            json_object_get(args, r1)};
        int keys[2][4];
        size_t nk[2] = {0, 0};
        for (int side = 0; side < 2; side++) {
            size_t m = json_is_array(v[side]) ? json_array_size(v[side]) : 1;
            for (size_t q = 0; q < m && nk[side] < 4; q++) {
                const char *key = json_string_value(json_is_array(v[side]) ? json_array_get(v[side], q) : v[side]);
                for (size_t gi = 0; key && gi < json_array_size(gents); gi++) {
                    const char *gk = json_string_value(json_object_get(json_array_get(gents, gi), "key"));
                    if (gk && !strcmp(gk, key)) { keys[side][nk[side]++] = (int)gi; break; }
                }
            }
        }
        for (size_t a = 0; a < nk[0]; a++)
            for (size_t b = 0; b < nk[1]; b++) {
                if (n == cap) {
                    cap *= 2;
                    rcv_gold *t = realloc(r, cap * sizeof *r);
                    if (!t) { free(r); return NULL; }
                    r = t;
                }
                rcv_gold g = {ft, keys[0][a], keys[1][b], (int)k, optional};
                r[n++] = g;
            }
    }
    *nrows = n;
    return r;
}

static int symmetric_type(int t) { return t == TL_ASSOCIATE_OF || t == TL_FAMILY_OF || t == TL_MET; }

/* Trains on every instance but those of fold `skip` (doc % folds; -1:
 * none): `ensemble` perceptrons on shuffles seeded seed.., their mean in
 * a trainer of plain weights (tl_percep_trainer_add works on it). */
static tl_percep_trainer *train(const inst *xs, size_t nx, const uint32_t *feats, int bits, int iters,
                                int ensemble, unsigned long seed, int folds, int skip) {
    tl_percep_trainer *tr = tl_percep_trainer_new((unsigned)bits, TL_REL_NCLASSES);
    size_t *order = malloc((nx + 1) * sizeof *order);
    if (!tr || !order) { fprintf(stderr, "train-rel: out of memory\n"); exit(1); }
    for (int member = 0; member < ensemble; member++) {
        tl_percep_trainer *one = tl_percep_trainer_new((unsigned)bits, TL_REL_NCLASSES);
        if (!one) { fprintf(stderr, "train-rel: out of memory\n"); exit(1); }
        size_t n = 0;
        for (size_t i = 0; i < nx; i++)
            if (skip < 0 || xs[i].doc % folds != skip) order[n++] = i;
        rng_state = (seed + (unsigned long)member) * 0x9E3779B97F4A7C15ULL + 1;
        for (int it = 0; it < iters; it++) {
            for (size_t i = n; i > 1; i--) {
                size_t k = rnd() % i, t = order[i - 1];
                order[i - 1] = order[k];
                order[k] = t;
            }
            size_t wrong = 0;
            for (size_t i = 0; i < n; i++) {
                const inst *x = &xs[order[i]];
                unsigned g = tl_percep_trainer_predict(one, feats + x->off, x->n);
                if (g != x->label) wrong++;
                tl_percep_trainer_update(one, feats + x->off, x->n, x->label, g);
            }
            if (it + 1 == iters)
                fprintf(stderr, "train-rel: fold %d, model %d: %zu errors of %zu in the last pass\n", skip, member + 1,
                        wrong, n);
        }
        tl_percep_trainer_accumulate(tr, one, 1.0 / ensemble);
        tl_percep_trainer_free(one);
    }
    free(order);
    return tr;
}

static tl_percep_model *to_model(const tl_percep_trainer *t, float prune, void **img, size_t *len) {
    tl_error err;
    if (tl_percep_trainer_save(t, "rel", tl_rel_class_names, prune, img, len, &err) != TL_OK) {
        fprintf(stderr, "train-rel: %s\n", err.msg);
        exit(1);
    }
    tl_percep_model *m = tl_percep_load_mem(*img, *len, "rel", &err);
    if (!m) { fprintf(stderr, "train-rel: %s\n", err.msg); exit(1); }
    return m;
}

/* Cross-validation: the held-out pairs' best classes and margins, the
 * operating point of each class (rcv_choose) into point[] and of each
 * class and head entity type into cell_point[type * classes + class]
 * (float units; off: the class never adds).  docs hold the facts of the
 * rest of the pipeline (rcv_mark'ed).  Returns 0 when out of memory. */
static int choose_points(const inst *xs, size_t nx, const uint32_t *feats, rcv_doc *docs, size_t ndocs, size_t tp0,
                         size_t fp0, size_t ngold, int bits, int iters, int ensemble, unsigned long seed, int folds,
                         float prune, double minprec, float off, float *point, float *cell_point,
                         tl_percep_trainer *mean) {
    rcv_scored *sc = malloc((nx + 1) * sizeof *sc);
    if (!sc) return 0;
    size_t ns = 0;
    for (int f = 0; f < folds; f++) {
        tl_percep_trainer *t = train(xs, nx, feats, bits, iters, ensemble, seed, folds, f);
        void *img;
        size_t len;
        tl_percep_model *m = to_model(t, prune, &img, &len);
        float scale = tl_percep_scale(m);
        for (size_t i = 0; i < nx; i++) {
            if (xs[i].doc % folds != f) continue;
            int32_t s[TL_PERCEP_MAX_CLASSES] = {0};
            tl_percep_score(m, feats + xs[i].off, xs[i].n, s);
            unsigned best = 1; /* as tl_rel_predict chooses */
            for (unsigned c = 2; c < TL_REL_NCLASSES; c++)
                if (s[c] > s[best]) best = c;
            int ty = tl_rel_class_type[best];
            sc[ns].margin = (float)(s[best] - s[0]) * scale;
            sc[ns].doc = xs[i].doc;
            sc[ns].cls = (int)best;
            sc[ns].key = rcv_key_make(ty, xs[i].h, xs[i].t, symmetric_type(ty));
            sc[ns].sub = xs[i].ht >= 0 && xs[i].ht < TL_ENT_TYPE_COUNT ? xs[i].ht : 0;
            ns++;
        }
        tl_percep_free(m);
        free(img);
        if (mean && tl_percep_trainer_accumulate(mean, t, 1.0 / folds) != TL_OK) return 0;
        tl_percep_trainer_free(t);
    }
    /* First one point per class, then one per class and head entity type
     * (cells); a cell keeps its own point only where at least CELL_MIN
     * held-out facts lie between the two: fewer say little. */
    enum { NCL = TL_REL_NCLASSES, NCELL = TL_ENT_TYPE_COUNT * TL_REL_NCLASSES, CELL_MIN = 10 };
    int sym[NCELL];
    for (int c = 0; c < NCELL; c++) sym[c] = symmetric_type(tl_rel_class_type[c % NCL]);
    double f0 = tp0 + fp0 + ngold ? 2.0 * (double)tp0 / (double)(tp0 + fp0 + ngold) : 0;
    double f1 = rcv_choose(docs, sc, ns, NCL, NCL, sym, tp0, fp0, ngold, minprec, off, point);
    float cell[NCELL];
    double f2 = -1;
    if (f1 >= 0) {
        for (size_t k = 0; k < ndocs; k++) rcv_reset(&docs[k]);
        for (size_t i = 0; i < ns; i++) sc[i].cls = sc[i].sub * NCL + sc[i].cls;
        f2 = rcv_choose(docs, sc, ns, NCELL, NCL, sym, tp0, fp0, ngold, minprec, off, cell);
    }
    if (f2 >= 0)
        for (int c = 0; c < NCELL; c++) {
            float lo = cell[c] < point[c % NCL] ? cell[c] : point[c % NCL];
            float hi = cell[c] < point[c % NCL] ? point[c % NCL] : cell[c];
            size_t between = 0;
            for (size_t i = 0; i < ns; i++) between += sc[i].cls == c && sc[i].margin > lo && sc[i].margin <= hi;
            if (between < CELL_MIN) cell[c] = point[c % NCL];
            cell_point[c] = cell[c];
        }
    free(sc);
    if (f1 < 0 || f2 < 0) return 0;
    fprintf(stderr, "train-rel: held out, without the classifier: tp %zu fp %zu of %zu, F1 %.4f; with it: F1 %.4f "
                    "(a point per class), %.4f (per class and head type, before the %d-fact rule)\n",
            tp0, fp0, ngold, f0, f1, f2, (int)CELL_MIN);
    for (int c = 1; c < NCL; c++) {
        if (point[c] >= off) fprintf(stderr, "train-rel: %-11s off\n", tl_rel_class_names[c]);
        else fprintf(stderr, "train-rel: %-11s margin > %.3f\n", tl_rel_class_names[c], point[c]);
        for (int t = 0; t < TL_ENT_TYPE_COUNT; t++) {
            float v = cell_point[t * NCL + c];
            if (v == point[c]) continue;
            if (v >= off) fprintf(stderr, "train-rel:   head %-6s off\n", tl_ent_type_name(t));
            else fprintf(stderr, "train-rel:   head %-6s margin > %.3f\n", tl_ent_type_name(t), v);
        }
    }
    return 1;
}

/* Does head type ty (-1: the classes' row) get a row of points? */
static int own_row(const float *point, const float *cell, int ty) {
    int own = ty < 0;
    for (unsigned c = 1; c < TL_REL_NCLASSES && !own; c++) own = cell[ty * TL_REL_NCLASSES + c] != point[c];
    return own;
}

/* Writes the operating points into t's rows (tl_rel_oppoint_feature), in
 * the units tl_rel.c reads (TL_REL_OPPOINT_STEP times the quantized
 * margin): point / STEP in weights, held within the largest weight so that
 * the quantization step stays; a class that is off gets the largest weight
 * (TL_REL_OPPOINT_OFF once quantized).  The classes' points go into the
 * row of any type; a head type with a point of its own for some class gets
 * a row of its own (cell[type * classes + class]).  Returns 0 when a row is
 * a feature's (a hash collision) or on failure. */
static int write_points(tl_percep_trainer *t, float prune, const float *point, const float *cell, float off,
                        int window) {
    void *img;
    size_t len;
    tl_percep_model *m = to_model(t, prune, &img, &len);
    double maxabs = (double)tl_percep_scale(m) * 32767.0;
    /* The classes' row and the window's must be no feature's; a type
     * whose row is a feature's keeps the classes' points (the run time
     * reads a row only with its marker, TL_REL_OPPOINT_MARK). */
    int taken = tl_percep_row(m, tl_rel_window_feature()) != NULL ||
                tl_percep_row(m, tl_rel_oppoint_feature(-1)) != NULL;
    int typed[TL_ENT_TYPE_COUNT];
    for (int ty = 0; ty < TL_ENT_TYPE_COUNT; ty++) {
        typed[ty] = own_row(point, cell, ty) && !tl_percep_row(m, tl_rel_oppoint_feature(ty));
        if (own_row(point, cell, ty) && !typed[ty])
            fprintf(stderr, "train-rel: head %s: its row is a feature's, the classes' points serve\n",
                    tl_ent_type_name(ty));
    }
    tl_percep_free(m);
    free(img);
    if (taken) { fprintf(stderr, "train-rel: the operating points' rows collide with a feature\n"); return 0; }
    /* the window the points were chosen on: the run time lists its pairs so */
    double step = maxabs / 32767.0;
    if (tl_percep_trainer_add(t, tl_rel_window_feature(), 0, window * step) != TL_OK ||
        tl_percep_trainer_add(t, tl_rel_window_feature(), 1, maxabs / 2) != TL_OK)
        return 0;
    for (int ty = -1; ty < TL_ENT_TYPE_COUNT; ty++) {
        const float *p = ty < 0 ? point : cell + ty * TL_REL_NCLASSES;
        if (ty >= 0 && !typed[ty]) continue;
        uint32_t f = tl_rel_oppoint_feature(ty);
        if (tl_percep_trainer_add(t, f, 0, TL_REL_OPPOINT_MARK * step) != TL_OK) return 0;
        for (unsigned c = 1; c < TL_REL_NCLASSES; c++) {
            double v = p[c] >= off ? maxabs : p[c] / TL_REL_OPPOINT_STEP;
            if (v > maxabs * 0.999 && p[c] < off) v = maxabs * 0.999;
            if (v < -maxabs) v = -maxabs;
            if (tl_percep_trainer_add(t, f, c, v) != TL_OK) return 0;
        }
    }
    return 1;
}

int main(int argc, char **argv) {
    int iters = 10, bits = 18, window = TL_REL_WINDOW, ensemble = 1, folds = 0;
    float prune = 1.0f;
    double minprec = 0;
    unsigned long seed = 11;
    int ai = 1;
    for (; ai < argc && argv[ai][0] == '-' && argv[ai][1] == '-'; ai += 2) {
        if (ai + 1 >= argc) break;
        if (!strcmp(argv[ai], "--iter")) iters = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--seed")) seed = strtoul(argv[ai + 1], NULL, 10);
        else if (!strcmp(argv[ai], "--ensemble")) ensemble = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--bits")) bits = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--window")) window = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--prune")) prune = (float)atof(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--folds")) folds = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--min-precision")) minprec = atof(argv[ai + 1]);
        else { fprintf(stderr, "train-rel: unknown option %s\n", argv[ai]); return 2; }
    }
    if (argc - ai != 2 || folds == 1 || folds < 0 || iters < 1 || window < 0 || window > 64) {
        fprintf(stderr, "usage: train-rel [--iter N] [--seed S] [--ensemble K] [--bits B] [--window W] [--prune P] "
                        "[--folds F] [--min-precision P] GOLD_DIR OUT.model\n");
        return 2;
    }
    if (ensemble < 1 || ensemble > 64) { fprintf(stderr, "train-rel: --ensemble must be 1..64\n"); return 2; }
    const char *dir = argv[ai], *out = argv[ai + 1];
    char path[4096];
    snprintf(path, sizeof path, "%s/gold.jsonl", dir);
    FILE *fp = fopen(path, "r");
    if (!fp) { perror(path); return 1; }
    tl_error err;
    /* The pipeline without this classifier: the pairs' features do not
     * depend on the facts, and its facts are what the held-out count adds
     * to. */
    tl_options eo = {0};
    eo.no_rel = 1;
    tl_extractor *ex = tl_extractor_new(&eo, &err);
    tl_gaz *gaz = tl_gaz_open();
    if (!ex || !gaz) { fprintf(stderr, "train-rel: %s\n", ex ? "out of memory" : err.msg); return 1; }
    uint32_t *feats = NULL;
    size_t nf = 0, capf = 0;
    inst *xs = NULL;
    size_t nx = 0, capx = 0;
    size_t npos = 0, ngold = 0, ndocs = 0;
    rcv_doc *docs = NULL;
    size_t tp0 = 0, fp0 = 0, cvgold = 0;
    char *line = NULL;
    size_t lcap = 0;
    while (getline(&line, &lcap, fp) > 0) {
        json_error_t jerr;
        json_t *j = json_loads(line, 0, &jerr);
        if (!j) continue;
        const char *name = json_string_value(json_object_get(j, "doc"));
        snprintf(path, sizeof path, "%s/docs/%s", dir, name ? name : "");
        size_t len;
        char *text = tool_slurp(path, &len);
        tl_doc *d = NULL;
        if (!text || tl_extract(ex, text, len, path, &d, &err) != TL_OK) {
            fprintf(stderr, "train-rel: %s: skipped\n", path);
            free(text);
            json_decref(j);
            continue;
        }
        ndocs++;
        /* Align predicted entities with gold keys. */
        json_t *gents = json_object_get(j, "entities");
        size_t ng = json_array_size(gents);
        char *taken = calloc(ng + 1, 1);
        int *align = malloc((d->n_entities + 1) * sizeof *align);
        for (uint32_t e = 0; e < d->n_entities; e++) {
            align[e] = -1;
            const tl_entity *x = &d->entities[e];
            int best = -1, bov = 0;
            for (size_t gi = 0; gi < ng; gi++) {
                json_t *ge = json_array_get(gents, gi);
                if (taken[gi] || !type_fits(ge, x->type)) continue;
                json_t *names = json_object_get(ge, "names");
                int ov = 0;
                for (uint32_t k = 0; k <= x->n_aliases; k++) {
                    const tl_str *pn = k == 0 ? &x->name : &x->aliases[k - 1];
                    char a[256];
                    norm(pn->ptr, pn->len, a, sizeof a);
                    for (size_t q = 0; q < json_array_size(names); q++) {
                        const char *gn = json_string_value(json_array_get(names, q));
                        char b[256];
                        norm(gn, strlen(gn), b, sizeof b);
                        if (a[0] && !strcmp(a, b)) { ov++; break; }
                    }
                }
                if (ov > bov) { bov = ov; best = (int)gi; }
            }
            if (best >= 0) { taken[best] = 1; align[e] = best; }
        }
        /* Gold facts as (class, gold h index, gold t index). */
        json_t *gfacts = json_object_get(j, "facts");
        size_t ngf = json_array_size(gfacts);
        int (*gf)[3] = malloc((ngf * 8 + 1) * sizeof *gf);
        size_t ngfl = 0;
        for (size_t k = 0; k < ngf; k++) {
            json_t *f = json_array_get(gfacts, k);
            const char *ty = json_string_value(json_object_get(f, "type"));
            int cls = 0;
            for (int c = 1; c < TL_REL_NCLASSES; c++)
                if (ty && !strcmp(ty, tl_rel_class_names[c])) cls = c;
            if (!cls) continue;
            int ft = tl_rel_class_type[cls];
            json_t *args = json_object_get(f, "args");
            const char *r0 = tl_fact_role_name(ft, 0), *r1 = tl_fact_role_name(ft, 1);
            json_t *a0 = json_object_get(args, r0), *a1 = json_object_get(args, r1);
            const char *k0 = json_is_array(a0) ? json_string_value(json_array_get(a0, 0)) : json_string_value(a0);
            const char *k1 = json_is_array(a1) ? json_string_value(json_array_get(a1, 0)) : json_string_value(a1);
            int g0 = -1, g1 = -1;
            for (size_t gi = 0; gi < ng; gi++) {
                const char *key = json_string_value(json_object_get(json_array_get(gents, gi), "key"));
                if (key && k0 && !strcmp(key, k0)) g0 = (int)gi;
                if (key && k1 && !strcmp(key, k1)) g1 = (int)gi;
            }
            if (g0 < 0 || g1 < 0) continue;
            ngold++;
            gf[ngfl][0] = cls; gf[ngfl][1] = g0; gf[ngfl][2] = g1; ngfl++;
            if (ft == TL_FAMILY_OF) { gf[ngfl][0] = cls; gf[ngfl][1] = g1; gf[ngfl][2] = g0; ngfl++; }
        }
        tl_rel_pair *pairs = NULL;
        long np = tl_rel_pairs(d, (uint32_t)window, d->n_mentions * 16 + 64, &pairs);
        for (long p = 0; p < np; p++) {
            int gh = align[pairs[p].h], gt = align[pairs[p].t];
            int label = 0;
            for (size_t k = 0; k < ngfl && gh >= 0 && gt >= 0; k++)
                if (gf[k][1] == gh && gf[k][2] == gt) { label = gf[k][0]; break; }
            if (nf + TL_REL_MAX_FEATS > capf) {
                capf = capf ? capf * 2 : 1 << 20;
                feats = realloc(feats, capf * sizeof *feats);
            }
            if (nx == capx) {
                capx = capx ? capx * 2 : 1 << 16;
                xs = realloc(xs, capx * sizeof *xs);
            }
            if (!feats || !xs) { fprintf(stderr, "train-rel: out of memory\n"); return 1; }
            size_t n = tl_rel_features(d, gaz, &pairs[p], feats + nf);
            xs[nx].off = (uint32_t)nf;
            xs[nx].n = (uint16_t)n;
            xs[nx].label = (uint8_t)label;
            xs[nx].doc = (int32_t)(ndocs - 1);
            xs[nx].h = pairs[p].h;
            xs[nx].ht = (int8_t)d->entities[pairs[p].h].type;
            xs[nx].t = pairs[p].t;
            nx++;
            nf += n;
            if (label) npos++;
        }
        free(pairs);
        free(gf);
        if (folds) {
            /* The held-out count's document: its gold rows, and the facts
             * the rest of the pipeline found, counted now. */
            rcv_doc *nd = realloc(docs, ndocs * sizeof *docs);
            if (!nd) { fprintf(stderr, "train-rel: out of memory\n"); return 1; }
            docs = nd;
            rcv_doc *cd = &docs[ndocs - 1];
            memset(cd, 0, sizeof *cd);
            json_t *sf = json_object_get(j, "scored_facts");
            uint32_t scored = json_is_array(sf) ? 0 : ~0u;
            for (size_t q = 0; q < json_array_size(sf); q++) {
                const char *sn = json_string_value(json_array_get(sf, q));
                for (int t = 0; sn && t < TL_FACT_TYPE_COUNT; t++)
                    if (!strcmp(tl_fact_type_name(t), sn)) scored |= 1u << t;
            }
            size_t dg = 0;
            cd->gf = gold_rows(gfacts, gents, scored, &cd->ngf, &dg);
            cd->matched = calloc(ngf + 1, 1);
            cd->nmatched = ngf + 1;
            cd->align = align;
            align = NULL;
            if (!cd->gf || !cd->matched) { fprintf(stderr, "train-rel: out of memory\n"); return 1; }
            cvgold += dg;
            for (uint32_t k = 0; k < d->n_facts; k++) {
                const tl_fact *f = &d->facts[k];
                if (!(scored >> f->type & 1) || f->args[0] < 0 || f->args[1] < 0 || !tl_fact_role_name(f->type, 1))
                    continue;
                rcv_key key = rcv_key_make(f->type, f->args[0], f->args[1], symmetric_type(f->type));
                if (rcv_judge(cd, key, symmetric_type(f->type), &tp0, &fp0) < 0) {
                    fprintf(stderr, "train-rel: out of memory\n");
                    return 1;
                }
            }
            if (rcv_mark(cd) < 0) { fprintf(stderr, "train-rel: out of memory\n"); return 1; }
        }
        free(taken);
        free(align);
        tl_doc_free(d);
        free(text);
        json_decref(j);
    }
    free(line);
    fclose(fp);
    fprintf(stderr, "train-rel: %zu documents, %zu gold facts, %zu pairs, %zu labelled\n", ndocs, ngold, nx, npos);
    float point[TL_REL_NCLASSES], cell[TL_ENT_TYPE_COUNT * TL_REL_NCLASSES];
    const float off = 1e30f;
    tl_percep_trainer *mean = folds ? tl_percep_trainer_new((unsigned)bits, TL_REL_NCLASSES) : NULL;
    if (folds && (!mean || !choose_points(xs, nx, feats, docs, ndocs, tp0, fp0, cvgold, bits, iters, ensemble, seed,
                                          folds, prune, minprec, off, point, cell, mean))) {
        fprintf(stderr, "train-rel: out of memory\n");
        return 1;
    }
    for (size_t k = 0; k < (folds ? ndocs : 0); k++) {
        free(docs[k].align);
        free(docs[k].gf);
        free(docs[k].seen);
        free(docs[k].matched);
        free(docs[k].base);
    }
    free(docs);
    /* With folds, the model is the mean of the folds' models: the points
     * were chosen on their margins, and a model trained once on every
     * document has larger ones (it moved the points by up to 0.07 fact F1
     * on held-out documents); each document still trains all but one. */
    tl_percep_trainer *tr = mean ? mean : train(xs, nx, feats, bits, iters, ensemble, seed, 1, -1);
    if (folds && !write_points(tr, prune, point, cell, off, window)) return 1;
    void *img = NULL;
    size_t ilen = 0;
    if (tl_percep_trainer_save(tr, "rel", tl_rel_class_names, prune, &img, &ilen, &err) != TL_OK) {
        fprintf(stderr, "train-rel: %s\n", err.msg);
        return 1;
    }
    FILE *of = fopen(out, "wb");
    if (!of || fwrite(img, 1, ilen, of) != ilen || fclose(of) != 0) { perror(out); return 1; }
    fprintf(stderr, "train-rel: wrote %s (%zu bytes)\n", out, ilen);
    free(img);
    free(xs);
    free(feats);
    tl_percep_trainer_free(tr);
    tl_gaz_close(gaz);
    tl_extractor_free(ex);
    return 0;
}
