/* train-rel.c -- trains the entity-pair relation classifier (models/rel.model) on a scored gold set.
 *
 * usage: train-rel [--iter N] [--seed S] [--ensemble K] [--bits B] [--window W] [--prune P] GOLD_DIR OUT.model
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
 */
#include "threadline.h"
#include "tl_gaz.h"
#include "tl_percep.h"
#include "tl_rel.h"
#include "tl_utf8.h"
#include <jansson.h>
#include "tool_util.h"
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

typedef struct inst { uint32_t off; uint16_t n; uint8_t label; } inst;

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

int main(int argc, char **argv) {
    int iters = 10, bits = 18, window = 2, ensemble = 1;
    float prune = 1.0f;
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
        else { fprintf(stderr, "train-rel: unknown option %s\n", argv[ai]); return 2; }
    }
    if (argc - ai != 2) {
        fprintf(stderr, "usage: train-rel [--iter N] [--seed S] [--ensemble K] [--bits B] [--window W] [--prune P] "
                        "GOLD_DIR OUT.model\n");
        return 2;
    }
    const char *dir = argv[ai], *out = argv[ai + 1];
    char path[4096];
    snprintf(path, sizeof path, "%s/gold.jsonl", dir);
    FILE *fp = fopen(path, "r");
    if (!fp) { perror(path); return 1; }
    tl_error err;
    tl_extractor *ex = tl_extractor_new(NULL, &err);
    tl_gaz *gaz = tl_gaz_open();
    if (!ex || !gaz) { fprintf(stderr, "train-rel: %s\n", ex ? "out of memory" : err.msg); return 1; }
    uint32_t *feats = NULL;
    size_t nf = 0, capf = 0;
    inst *xs = NULL;
    size_t nx = 0, capx = 0;
    size_t npos = 0, ngold = 0, ndocs = 0;
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
            nx++;
            nf += n;
            if (label) npos++;
        }
        free(pairs);
        free(gf);
        free(taken);
        free(align);
        tl_doc_free(d);
        free(text);
        json_decref(j);
    }
    free(line);
    fclose(fp);
    fprintf(stderr, "train-rel: %zu documents, %zu gold facts, %zu pairs, %zu labelled\n", ndocs, ngold, nx, npos);
    if (ensemble < 1 || ensemble > 64) { fprintf(stderr, "train-rel: --ensemble must be 1..64\n"); return 2; }
    tl_percep_trainer *tr = tl_percep_trainer_new((unsigned)bits, TL_REL_NCLASSES);
    size_t *order = malloc((nx + 1) * sizeof *order);
    if (!tr || !order) { fprintf(stderr, "train-rel: out of memory\n"); return 1; }
    for (int member = 0; member < ensemble; member++) {
        tl_percep_trainer *one = ensemble == 1 ? tr : tl_percep_trainer_new((unsigned)bits, TL_REL_NCLASSES);
        if (!one) { fprintf(stderr, "train-rel: out of memory\n"); return 1; }
        for (size_t i = 0; i < nx; i++) order[i] = i;
        rng_state = (seed + (unsigned long)member) * 0x9E3779B97F4A7C15ULL + 1;
        for (int it = 0; it < iters; it++) {
            for (size_t i = nx; i > 1; i--) {
                size_t k = rnd() % i, t = order[i - 1];
                order[i - 1] = order[k];
                order[k] = t;
            }
            size_t wrong = 0;
            for (size_t i = 0; i < nx; i++) {
                const inst *x = &xs[order[i]];
                unsigned g = tl_percep_trainer_predict(one, feats + x->off, x->n);
                if (g != x->label) wrong++;
                tl_percep_trainer_update(one, feats + x->off, x->n, x->label, g);
            }
            fprintf(stderr, "train-rel: model %d, iteration %d: %zu errors of %zu\n", member + 1, it + 1, wrong, nx);
        }
        if (one != tr) {
            tl_percep_trainer_accumulate(tr, one, 1.0 / ensemble);
            tl_percep_trainer_free(one);
        }
    }
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
    free(order);
    free(xs);
    free(feats);
    tl_percep_trainer_free(tr);
    tl_gaz_close(gaz);
    tl_extractor_free(ex);
    return 0;
}
