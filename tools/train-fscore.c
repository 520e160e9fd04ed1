/* train-fscore.c -- trains the learned fact scorer (models/fscore.model) on gold sets and picks its operating point by cross-validation.
 *
 * usage: train-fscore [--iter N] [--seed S] [--ensemble K] [--bits B] [--folds F] [--prune P]
 *                     [--precision R] [--objective parity|f1] [--close G] [--veto-precision V]
 *                     [--veto-cv 0|1] [--report 0|1] [--types T,T...] OUT.model CV_DIR [GOLD_DIR...]
 *
 * Every GOLD_DIR (docs/NAME.txt and gold.jsonl, see shared/eval/GUIDELINES.md)
 * is training data; CV_DIR is too, and its documents, split in F folds,
 * also choose the operating point: a model trained without one fold scores
 * that fold's candidates, and the margin over "no fact" that gives the
 * best F1 on the held-out folds is folded into the "no fact" class's bias
 * of the final model (trained on everything).  Each fact type gets its
 * own operating point, the margin with the best held-out F1 when that
 * type's facts join the frames' (--objective f1), or the best among those
 * whose added facts are at least R times as precise as the frames'
 * (--objective parity, the default, with --precision R, default 1; see
 * fscore_op.h); a type without one, or not in --types, stays off.
 * --report 1 prints, per folder and type, where the gold facts the frames
 * miss stand held out (report_ceiling: the recall the points could reach).  --close G leaves out of
 * training the pairs labelled with a fact that are more than G tokens
 * apart with no trigger word of the type in the sentence (likely
 * sentences that name both without stating the fact).  --veto-precision V
 * (0: off) also picks, per type, a veto point: the frames' facts whose
 * held-out candidates score "no fact" above their class by more than it are
 * dropped (choose_veto); --veto-cv 1 lets every GOLD_DIR judge it too.
 *
 * Documents go through the real extraction pipeline, so the scorer learns
 * on the mentions the system finds.  Predicted entities are aligned with
 * gold entities by shared normalized names (as score.py aligns); a
 * candidate pair of mentions in one sentence is labelled with the gold fact
 * joining their entities (type and direction), a single person with its
 * gold ARRESTED / CHARGED / EXTRADITED fact when the sentence has a trigger
 * word of that type; everything else is "no fact".  Gold facts carry no
 * offsets, so every sentence naming both entities counts: the features of
 * the words between tell the sentences that state it from the others.
 * Deterministic for a given seed.
 */
#include "threadline.h"
#include "tl_percep.h"
#include "tl_fscore.h"
#include "tl_trig.h"
#include "tl_dep.h"
#include "tl_arena.h"
#include "tl_tok.h"
#include "tl_utf8.h"
#include <jansson.h>
#include "tool_util.h"
#include "fscore_op.h"
#include <math.h>
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
        if (c == '\'' && i + 1 < fl && f[i + 1] == 's' &&
            (i + 2 >= fl || !((unsigned char)f[i + 2] >= 'a' && (unsigned char)f[i + 2] <= 'z'))) {
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

static int fact_type_parse(const char *s) {
    for (int t = 0; s && t < TL_FACT_TYPE_COUNT; t++)
        if (!strcmp(tl_fact_type_name(t), s)) return t;
    return -1;
}

static int type_listed(const char *list, const char *name) {
    size_t n = strlen(name);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ',');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == n && !strncmp(p, name, n)) return 1;
        p += l + (e ? 1 : 0);
    }
    return 0;
}

static int type_fits(json_t *ge, int ptype) {
    const char *ty = json_string_value(json_object_get(ge, "type"));
    if (ty && tl_ent_type_parse(ty) == ptype) return 1;
    json_t *alt = json_object_get(ge, "alt_types");
    for (size_t k = 0; k < json_array_size(alt); k++)
        if (tl_ent_type_parse(json_string_value(json_array_get(alt, k))) == ptype) return 1;
    return 0;
}

typedef struct inst {
    uint32_t off;
    uint16_t n;
    uint8_t label;
    uint8_t unary;
    uint8_t rule;    /* the class of the frame's fact on it (tl_fscore_cand.rule), 0 */
    uint8_t notrain; /* scored held out, not learned from (--close) */
    int32_t doc;   /* ordinal among the CV set's documents, -1 when not in it */
    int32_t ea, eb; /* the predicted entities, left then right (eb -1: one mention) */
    int8_t ta, tb;  /* their entity types (tb -1) */
} inst;

typedef struct gfact { int type, g0, g1, idx, optional; } gfact;

/* A fact in predicted-entity space: type and core arguments (b -1 for
 * one-role types; symmetric types with a < b). */
typedef struct fkey { int type; int32_t a, b; } fkey;

/* What the held-out scoring needs of a document of the CV set. */
typedef struct cvdoc {
    int *align;       /* predicted entity -> gold entity, -1 */
    uint32_t nent;    /* predicted entities (align's length) */
    uint32_t *cooc;   /* --report: pairs of gold entities (lower << 16 | higher) some sentence names both of */
    size_t ncooc;
    gfact *gf;
    size_t ngf;
    size_t ngold;     /* gold facts that count (not optional) */
    int set;          /* which gold folder (0: CV_DIR; others with --veto-cv) */
    uint32_t scored;  /* bit t: the gold set annotates facts of type t */
    fkey *rules;      /* the facts the frames and classifiers found */
    int32_t *rinst;   /* per rule: the instance that judges it (veto), -1 */
    size_t nrules;
} cvdoc;

typedef struct data {
    uint32_t *feats;
    size_t nf, capf;
    inst *xs;
    size_t nx, capx;
    cvdoc *docs;      /* the CV set's documents */
    size_t ndocs, capdocs;
} data;

static int symmetric(int t) { return t == TL_ASSOCIATE_OF || t == TL_FAMILY_OF || t == TL_MET; }

static int one_role(int t) { return t == TL_ARRESTED || t == TL_CHARGED || t == TL_EXTRADITED; }

static fkey make_key(int type, int32_t a, int32_t b) {
    fkey k = {type, a, one_role(type) ? -1 : b};
    if (symmetric(type) && k.a > k.b) { int32_t t = k.a; k.a = k.b; k.b = t; }
    return k;
}

static uint64_t rng_state;

static int key_index(json_t *gents, const char *key) {
    for (size_t gi = 0; key && gi < json_array_size(gents); gi++) {
        const char *k = json_string_value(json_object_get(json_array_get(gents, gi), "key"));
        if (k && !strcmp(k, key)) return (int)gi;
    }
    return -1;
}

/* Every key a role lists (a string or an array of alternatives). */
static size_t role_keys(json_t *v, json_t *gents, int *out, size_t cap) {
    size_t n = 0;
    if (json_is_array(v)) {
        for (size_t k = 0; k < json_array_size(v) && n < cap; k++) {
            int g = key_index(gents, json_string_value(json_array_get(v, k)));
            if (g >= 0) out[n++] = g;
        }
    } else {
        int g = key_index(gents, json_string_value(v));
        if (g >= 0) out[n++] = g;
    }
    return n;
}

/* Gives ss the parse of its sentence when the fact pass would have one for
 * the scorer: a sentence of 3 to 100 words with a pair to score (as
 * tl_fact_parse and tl_fact_scored decide), parsed by the same built-in
 * parser.  Out of memory or without a parser, ss stays without a tree. */
static void sent_tree(tl_fscore_sent *ss, const tl_dep_model *dm, const tl_fscore_cand *cs, size_t nc) {
    size_t n = ss->se - ss->sb;
    int any_pair = 0;
    for (size_t k = 0; k < nc && !any_pair; k++) any_pair = cs[k].b >= 0;
    if (!dm || !any_pair || n < 3 || n > 100) return;
    tl_str words[100];
    for (size_t k = 0; k < n; k++) {
        const tl_token *tk = &ss->d->tokens[ss->sb + k];
        words[k].ptr = ss->d->text + tk->start;
        words[k].len = tk->end - tk->start;
    }
    tl_arena *ar = tl_arena_new(16384);
    tl_dep_tree dt;
    if (ar && tl_dep_parse(dm, words, n, ar, &dt) == TL_OK) {
        uint32_t labh[100];
        for (size_t k = 0; k < dt.n; k++) {
            const char *nm = tl_dep_label_name(dm, dt.label[k]);
            labh[k] = tl_percep_hash(nm, strlen(nm), 13);
        }
        tl_fscore_sent_tree(ss, dt.head, labh, dt.n);
    }
    tl_arena_free(ar);
}

/* Does the fact's evidence overlap bytes [b, e) (the sentence)? */
static int in_sentence(const tl_fact *f, uint32_t b, uint32_t e) {
    return f->evidence.start < e && f->evidence.end > b;
}

/* The class of frame fact f on candidate x (as tl_fact_score.c rule_of
 * reads a frame's candidate), 0 when f does not join its entities. */
static unsigned fact_class_on(const tl_fact *f, const tl_fscore_arg *as, const tl_fscore_cand *x) {
    int32_t a = f->args[0], b = f->args[1];
    if (a < 0) return 0;
    unsigned cls = 0;
    if (x->b < 0) {
        cls = tl_fscore_class_of(f->type, 0);
        return tl_fscore_class_unary(cls) && a == as[x->a].ent ? cls : 0;
    }
    if (b < 0) return 0;
    if (a == as[x->a].ent && b == as[x->b].ent) cls = tl_fscore_class_of(f->type, 0);
    else if (a == as[x->b].ent && b == as[x->a].ent) cls = tl_fscore_class_of(f->type, 1);
    return tl_fscore_class_unary(cls) ? 0 : cls;
}

/* Lists in cd->cooc every pair of gold entities (through align) whose
 * predicted mentions share a sentence of d, once each, for the recall
 * report.  Returns -1 when out of memory, else 0. */
static int cooc_pairs(const tl_doc *d, const int *align, cvdoc *cd) {
    size_t cap = 0;
    uint32_t mi = 0;
    for (uint32_t si = 0; si < d->n_sentences; si++) {
        uint32_t sb = d->sentences[si].tok_begin, se = d->sentences[si].tok_end;
        while (mi < d->n_mentions && d->mentions[mi].tok_end <= sb) mi++;
        for (uint32_t p = mi; p < d->n_mentions && d->mentions[p].tok_begin < se; p++)
            for (uint32_t q = p + 1; q < d->n_mentions && d->mentions[q].tok_begin < se; q++) {
                int32_t ea = d->mentions[p].entity, eb = d->mentions[q].entity;
                int ga = ea >= 0 ? align[ea] : -1, gb = eb >= 0 ? align[eb] : -1;
                if (ga < 0 || gb < 0 || ga == gb || ga > 0xffff || gb > 0xffff) continue;
                uint32_t key = ga < gb ? (uint32_t)ga << 16 | (uint32_t)gb : (uint32_t)gb << 16 | (uint32_t)ga;
                size_t k = 0;
                while (k < cd->ncooc && cd->cooc[k] != key) k++;
                if (k < cd->ncooc) continue;
                if (cd->ncooc == cap) {
                    cap = cap ? cap * 2 : 64;
                    uint32_t *n = realloc(cd->cooc, cap * sizeof *n);
                    if (!n) return -1;
                    cd->cooc = n;
                }
                cd->cooc[cd->ncooc++] = key;
            }
    }
    return 0;
}

/* Does document cd name gold entity g (a predicted entity aligned with it)? */
static int names_gold(const cvdoc *cd, int g) {
    for (uint32_t e = 0; e < cd->nent; e++)
        if (cd->align[e] == g) return 1;
    return 0;
}

/* Does a sentence of cd name both gold entities a and b (cooc_pairs)? */
static int cooccur(const cvdoc *cd, int a, int b) {
    if (a < 0 || b < 0 || a > 0xffff || b > 0xffff) return 0;
    uint32_t key = a < b ? (uint32_t)a << 16 | (uint32_t)b : (uint32_t)b << 16 | (uint32_t)a;
    for (size_t k = 0; k < cd->ncooc; k++)
        if (cd->cooc[k] == key) return 1;
    return 0;
}

static int load_dir(const char *dir, tl_extractor *ex, const tl_trig_lex *lex, const tl_dep_model *dm, data *D,
                    int cvset, int close_gap, int want_cooc) {
    int cv = cvset >= 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/gold.jsonl", dir);
    FILE *fp = fopen(path, "r");
    if (!fp) { perror(path); return 0; }
    tl_error err;
    char *line = NULL;
    size_t lcap = 0, ndocs = 0, npos = 0, n0 = D->nx;
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
            fprintf(stderr, "train-fscore: %s: skipped\n", path);
            free(text);
            json_decref(j);
            continue;
        }
        ndocs++;
        int32_t docid = cv ? (int32_t)D->ndocs : -1;
        /* A gold set that annotates only some fact types (scored_facts,
         * e.g. Re-DocRED's) says nothing of arrests or charges: its single
         * persons are no examples of "no fact" for them. */
        json_t *sfacts = json_object_get(j, "scored_facts");
        int unary_known = !json_is_array(sfacts);
        for (size_t q = 0; !unary_known && q < json_array_size(sfacts); q++) {
            int ft = fact_type_parse(json_string_value(json_array_get(sfacts, q)));
            unary_known = ft >= 0 && one_role(ft);
        }
        json_t *gents = json_object_get(j, "entities");
        size_t ng = json_array_size(gents);
        char *taken = calloc(ng + 1, 1);
        int *align = malloc((d->n_entities + 1) * sizeof *align);
        if (!taken || !align) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
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
                        if (!gn) continue;
                        norm(gn, strlen(gn), b, sizeof b);
                        if (a[0] && !strcmp(a, b)) { ov++; break; }
                    }
                }
                if (ov > bov) { bov = ov; best = (int)gi; }
            }
            if (best >= 0) { taken[best] = 1; align[e] = best; }
        }
        /* Gold facts, one row per combination of alternative keys. */
        json_t *gfacts = json_object_get(j, "facts");
        size_t ngf = json_array_size(gfacts), nr = 0, capr = ngf * 4 + 4;
        gfact *gf = malloc(capr * sizeof *gf);
        if (!gf) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
        for (size_t k = 0; k < ngf; k++) {
            json_t *f = json_array_get(gfacts, k);
            int ft = fact_type_parse(json_string_value(json_object_get(f, "type")));
            if (ft < 0 || !tl_fscore_class_of(ft, 0)) continue;
            int optional = json_is_true(json_object_get(f, "optional"));
            json_t *args = json_object_get(f, "args");
            int k0[4], k1[4];
            size_t n0k = role_keys(json_object_get(args, tl_fact_role_name(ft, 0)), gents, k0, 4);
            int unary = tl_fscore_class_unary(tl_fscore_class_of(ft, 0));
            size_t n1k = unary ? 1 : role_keys(json_object_get(args, tl_fact_role_name(ft, 1)), gents, k1, 4);
            if (unary) k1[0] = -1;
            for (size_t a = 0; a < n0k; a++)
                for (size_t b = 0; b < n1k; b++) {
                    if (nr == capr) {
                        capr *= 2;
                        gf = realloc(gf, capr * sizeof *gf);
                        if (!gf) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
                    }
                    gf[nr].type = ft;
                    gf[nr].g0 = k0[a];
                    gf[nr].g1 = k1[b];
                    gf[nr].idx = (int)k;
                    gf[nr].optional = optional;
                    nr++;
                }
        }
        /* The frames' facts that a candidate judges (the veto): per fact
         * of d, the first instance whose rule it is. */
        int32_t *finst = malloc((d->n_facts + 1) * sizeof *finst);
        if (!finst) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
        for (uint32_t k = 0; k < d->n_facts; k++) finst[k] = -1;
        /* Sentence by sentence, as the fact pass sees it. */
        uint32_t mi = 0;
        for (uint32_t si = 0; si < d->n_sentences; si++) {
            uint32_t sb = d->sentences[si].tok_begin, se = d->sentences[si].tok_end;
            if (se - sb > TL_TOK_MAX_SENT) se = sb + TL_TOK_MAX_SENT;
            tl_fscore_arg as[64];
            int na = 0;
            while (mi < d->n_mentions && d->mentions[mi].tok_end <= sb) mi++;
            for (uint32_t k = mi; k < d->n_mentions && d->mentions[k].tok_begin < se && na < 64; k++) {
                const tl_mention *m = &d->mentions[k];
                if (m->tok_begin < sb || m->tok_end > se || m->entity < 0) continue;
                if (na && m->tok_begin < as[na - 1].tb) continue;
                as[na].tb = m->tok_begin;
                as[na].te = m->tok_end;
                as[na].ent = m->entity;
                as[na].type = d->entities[m->entity].type;
                na++;
            }
            if (na < 1) continue;
            tl_fscore_sent ss;
            tl_fscore_sent_init(&ss, d, lex, sb, se);
            tl_fscore_cand cs[256];
            size_t nc = tl_fscore_cands(&ss, as, na, cs, 256);
            sent_tree(&ss, dm, cs, nc);
            /* The frames' fact on each candidate, as the fact pass finds
             * it among the sentence's frames: the first that joins its
             * entities. */
            uint32_t sbb = d->tokens[ss.sb].start, sbe = d->tokens[ss.se - 1].end;
            int rfact[256];
            for (size_t c = 0; c < nc; c++) {
                rfact[c] = -1;
                for (uint32_t k = 0; k < d->n_facts && !cs[c].rule; k++) {
                    if (!in_sentence(&d->facts[k], sbb, sbe)) continue;
                    cs[c].rule = (uint8_t)fact_class_on(&d->facts[k], as, &cs[c]);
                    if (cs[c].rule) rfact[c] = (int)k;
                }
            }
            uint32_t strig = 0; /* the fact types whose trigger words the sentence holds */
            for (uint32_t k = 0; k < ss.se - ss.sb; k++) strig |= ss.tbits[k];
            for (size_t c = 0; c < nc; c++) {
                if (cs[c].b < 0 && !unary_known) continue;
                int ga = align[as[cs[c].a].ent], gb = cs[c].b >= 0 ? align[as[cs[c].b].ent] : -1;
                unsigned label = 0;
                for (size_t r = 0; r < nr && !label && ga >= 0; r++) {
                    int sym = gf[r].type == TL_ASSOCIATE_OF || gf[r].type == TL_FAMILY_OF || gf[r].type == TL_MET;
                    if (cs[c].b < 0) {
                        if (gf[r].g1 < 0 && gf[r].g0 == ga && (strig >> gf[r].type & 1))
                            label = tl_fscore_class_of(gf[r].type, 0);
                    } else if (gb >= 0 && gf[r].g1 >= 0) {
                        if (gf[r].g0 == ga && gf[r].g1 == gb) label = tl_fscore_class_of(gf[r].type, 0);
                        else if (gf[r].g0 == gb && gf[r].g1 == ga) label = tl_fscore_class_of(gf[r].type, !sym);
                    }
                }
                /* a gold fact whose mentions' types its roles don't take
                 * (an entity typed otherwise) teaches nothing */
                if (label && !tl_fscore_fits(label, as[cs[c].a].type, cs[c].b >= 0 ? as[cs[c].b].type : -1))
                    label = 0;
                /* Gold facts have no offsets: a sentence naming both
                 * entities with neither a trigger word of the type nor
                 * the two names close together most likely does not
                 * state the fact; it teaches nothing either way.  It is
                 * still scored held out: the fact pass scores such a pair
                 * too, so the operating points and the recall report
                 * (--report) count it (measured: the same points, the
                 * same model bytes; 21 news-train gold facts move from
                 * "no candidate" to "below no fact"). */
                int notrain = 0;
                if (label && cs[c].b >= 0) {
                    int rv;
                    int ty = tl_fscore_class_type(label, &rv);
                    uint32_t gap = as[cs[c].b].tb - as[cs[c].a].te;
                    if (!(strig >> ty & 1) && gap > (uint32_t)close_gap) notrain = 1;
                }
                if (D->nf + TL_FSCORE_MAX_FEATS > D->capf) {
                    D->capf = D->capf ? D->capf * 2 : 1 << 20;
                    D->feats = realloc(D->feats, D->capf * sizeof *D->feats);
                }
                if (D->nx == D->capx) {
                    D->capx = D->capx ? D->capx * 2 : 1 << 16;
                    D->xs = realloc(D->xs, D->capx * sizeof *D->xs);
                }
                if (!D->feats || !D->xs) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
                size_t n = tl_fscore_features(&ss, as, na, &cs[c], D->feats + D->nf);
                inst *x = &D->xs[D->nx++];
                x->off = (uint32_t)D->nf;
                x->n = (uint16_t)n;
                x->label = (uint8_t)label;
                x->unary = cs[c].b < 0;
                x->rule = cs[c].rule;
                x->notrain = (uint8_t)notrain;
                /* this instance judges the frame's facts of its rule's type
                 * on its entities in the sentence (tl_fact_score.c
                 * veto_frames) */
                for (uint32_t k = 0; rfact[c] >= 0 && k < d->n_facts; k++) {
                    if (finst[k] >= 0 || !in_sentence(&d->facts[k], sbb, sbe)) continue;
                    if (fact_class_on(&d->facts[k], as, &cs[c]) == cs[c].rule) finst[k] = (int32_t)(D->nx - 1);
                }
                x->doc = docid;
                x->ea = as[cs[c].a].ent;
                x->eb = cs[c].b >= 0 ? as[cs[c].b].ent : -1;
                x->ta = (int8_t)as[cs[c].a].type;
                x->tb = (int8_t)(cs[c].b >= 0 ? as[cs[c].b].type : -1);
                D->nf += n;
                if (label) npos++;
            }
        }
        if (cv) {
            if (D->ndocs == D->capdocs) {
                D->capdocs = D->capdocs ? D->capdocs * 2 : 64;
                D->docs = realloc(D->docs, D->capdocs * sizeof *D->docs);
                if (!D->docs) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
            }
            cvdoc *cd = &D->docs[D->ndocs++];
            cd->align = align;
            cd->nent = d->n_entities;
            cd->cooc = NULL;
            cd->ncooc = 0;
            if (want_cooc && cooc_pairs(d, align, cd) < 0) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
            cd->gf = gf;
            cd->ngf = nr;
            cd->ngold = 0;
            cd->set = cvset;
            cd->scored = json_is_array(sfacts) ? 0 : ~0u;
            for (size_t q = 0; q < json_array_size(sfacts); q++) {
                int ft = fact_type_parse(json_string_value(json_array_get(sfacts, q)));
                if (ft >= 0) cd->scored |= 1u << ft;
            }
            for (size_t r = 0; r < nr; r++) {
                int first = 1;
                for (size_t q = 0; q < r; q++) first &= gf[q].idx != gf[r].idx;
                if (first && !gf[r].optional) cd->ngold++;
            }
            cd->rules = malloc((d->n_facts + 1) * sizeof *cd->rules);
            cd->rinst = malloc((d->n_facts + 1) * sizeof *cd->rinst);
            if (!cd->rules || !cd->rinst) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
            cd->nrules = 0;
            for (uint32_t k = 0; k < d->n_facts; k++)
                if (d->facts[k].args[0] >= 0 && (one_role(d->facts[k].type) || d->facts[k].args[1] >= 0)) {
                    cd->rinst[cd->nrules] = finst[k];
                    cd->rules[cd->nrules++] = make_key(d->facts[k].type, d->facts[k].args[0], d->facts[k].args[1]);
                }
            gf = NULL;
            align = NULL;
        }
        free(gf);
        free(finst);
        free(taken);
        free(align);
        tl_doc_free(d);
        free(text);
        json_decref(j);
    }
    free(line);
    fclose(fp);
    fprintf(stderr, "train-fscore: %s: %zu documents, %zu candidates, %zu labelled\n", dir, ndocs, D->nx - n0, npos);
    return 1;
}

typedef struct opts { int iters, ensemble; unsigned bits; unsigned long seed; } opts;

/* Is instance x held out of fold `fold` of gold folder `set`? */
static int held_out(const data *D, const inst *x, int folds, int fold, int set) {
    return x->doc >= 0 && D->docs[x->doc].set == set && x->doc % folds == fold;
}

/* Trains on every instance but those of gold folder `set`'s documents in
 * fold `skip` (-1: all); returns a trainer holding plain (averaged,
 * summed) weights. */
static tl_percep_trainer *train(const data *D, const opts *o, int folds, int skip, int set) {
    tl_percep_trainer *acc = tl_percep_trainer_new(o->bits, TL_FSCORE_NCLASSES);
    size_t *order = malloc((D->nx + 1) * sizeof *order);
    if (!acc || !order) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
    for (int member = 0; member < o->ensemble; member++) {
        tl_percep_trainer *one = tl_percep_trainer_new(o->bits, TL_FSCORE_NCLASSES);
        if (!one) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
        size_t n = 0;
        for (size_t i = 0; i < D->nx; i++)
            if (!D->xs[i].notrain && (skip < 0 || !held_out(D, &D->xs[i], folds, skip, set))) order[n++] = i;
        rng_state = (o->seed + (unsigned long)member) * 0x9E3779B97F4A7C15ULL + 1;
        for (int it = 0; it < o->iters; it++) {
            for (size_t i = n; i > 1; i--) {
                size_t k = tool_rng_next(&rng_state) % i, t = order[i - 1];
                order[i - 1] = order[k];
                order[k] = t;
            }
            size_t wrong = 0;
            for (size_t i = 0; i < n; i++) {
                const inst *x = &D->xs[order[i]];
                unsigned g = tl_percep_trainer_predict(one, D->feats + x->off, x->n);
                if (g != x->label) wrong++;
                tl_percep_trainer_update(one, D->feats + x->off, x->n, x->label, g);
            }
            if (it + 1 == o->iters)
                fprintf(stderr, "train-fscore: fold %d, model %d: %zu errors of %zu in the last pass\n", skip,
                        member + 1, wrong, n);
        }
        tl_percep_trainer_accumulate(acc, one, 1.0 / o->ensemble);
        tl_percep_trainer_free(one);
    }
    free(order);
    return acc;
}

static tl_percep_model *to_model(const tl_percep_trainer *t, float prune, void **img, size_t *len) {
    tl_error err;
    if (tl_percep_trainer_save(t, "fscore", tl_fscore_class_names, prune, img, len, &err) != TL_OK) {
        fprintf(stderr, "train-fscore: %s\n", err.msg);
        exit(1);
    }
    tl_percep_model *m = tl_percep_load_mem(*img, *len, "fscore", &err);
    if (!m) { fprintf(stderr, "train-fscore: %s\n", err.msg); exit(1); }
    return m;
}

typedef struct scored { float margin; int32_t doc; fkey key; } scored;

static int by_margin_desc(const void *a, const void *b) {
    const scored *x = a, *y = b;
    if (x->margin != y->margin) return x->margin < y->margin ? 1 : -1;
    /* ties in a fixed order: the sort is deterministic */
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    if (x->key.type != y->key.type) return x->key.type < y->key.type ? -1 : 1;
    if (x->key.a != y->key.a) return x->key.a < y->key.a ? -1 : 1;
    return x->key.b < y->key.b ? -1 : x->key.b > y->key.b;
}

/* The facts of one held-out document so far, as score.py counts them. */
typedef struct dstate {
    fkey *keys;
    size_t n, cap;
    char *matched;    /* per gold fact index */
} dstate;

/* Adds key k to document cd's facts; counts a true or a false positive as
 * score.py would (a repeated fact, an optional gold fact or a second
 * alternative of a matched one count for nothing). */
static void judge(const cvdoc *cd, dstate *st, fkey k, size_t *tp, size_t *fp) {
    for (size_t i = 0; i < st->n; i++)
        if (st->keys[i].type == k.type && st->keys[i].a == k.a && st->keys[i].b == k.b) return;
    if (st->n == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 32;
        st->keys = realloc(st->keys, st->cap * sizeof *st->keys);
        if (!st->keys) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
    }
    st->keys[st->n++] = k;
    int ga = cd->align[k.a], gb = k.b >= 0 ? cd->align[k.b] : -1;
    for (size_t r = 0; r < cd->ngf && ga >= 0; r++) {
        const gfact *g = &cd->gf[r];
        if (g->type != k.type) continue;
        int hit = one_role(k.type) ? g->g0 == ga
                                   : gb >= 0 && ((g->g0 == ga && g->g1 == gb) ||
                                                 (symmetric(k.type) && g->g0 == gb && g->g1 == ga));
        if (!hit) continue;
        if (g->optional || st->matched[g->idx]) return;
        st->matched[g->idx] = 1;
        (*tp)++;
        return;
    }
    (*fp)++;
}

/* A veto point must drop at least this many wrong facts held out: fewer
 * say more about one gold set's habits than about the rules (measured: 8
 * of 8 ASSOCIATE_OF drops wrong on news-train, right half the time on
 * reports never seen). */
#define VETO_MIN_DROPS 10

typedef struct vkey { float score; int stat; } vkey;

static int by_score_desc(const void *a, const void *b) {
    const vkey *x = a, *y = b;
    if (x->score != y->score) return x->score < y->score ? 1 : -1;
    return x->stat - y->stat; /* ties in a fixed order (qsort is not stable) */
}

/* The veto points, one per fact type (TL_FSCORE_OFF_MARGIN: none): each
 * fact the frames found in the held-out documents is dropped when "no
 * fact" beats its class by more than the point on every candidate that
 * judges it (one it has none of -- a pronoun's fact, say -- is never
 * dropped).  A type's point is the one with the largest sum of held-out F1
 * gains over the gold folders judging (CV_DIR, and with --veto-cv the
 * others), among those that lower no folder's F1 and whose dropped facts
 * are at least `prec` wrong and VETO_MIN_DROPS; none when no drop raises
 * F1.  Only margins above 0: the scorer must prefer "no fact".  A folder
 * that does not annotate a type (scored_facts) says nothing of its facts. */
#define VETO_SETS 8
static void choose_veto(const data *D, const float *vm, double prec, int all_sets, double *veto) {
    for (int ty = 0; ty < TL_FACT_TYPE_COUNT; ty++) veto[ty] = TL_FSCORE_OFF_MARGIN;
    if (prec <= 0) return;
    size_t cap = 0;
    for (size_t k = 0; k < D->ndocs; k++) cap += D->docs[k].nrules;
    vkey *vk = malloc((cap + 1) * sizeof *vk);
    /* per document and rule: right (1), wrong (-1) or neither (0) */
    int8_t **stat = calloc(D->ndocs + 1, sizeof *stat);
    size_t tp0[VETO_SETS] = {0}, fp0[VETO_SETS] = {0}, ng[VETO_SETS] = {0};
    if (!vk || !stat) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
    for (size_t k = 0; k < D->ndocs; k++) {
        const cvdoc *cd = &D->docs[k];
        int set = cd->set < VETO_SETS ? cd->set : VETO_SETS - 1;
        if (set && !all_sets) continue;
        dstate one = {0};
        int maxidx = 0;
        for (size_t r = 0; r < cd->ngf; r++)
            if (cd->gf[r].idx >= maxidx) maxidx = cd->gf[r].idx + 1;
        one.matched = calloc((size_t)maxidx + 1, 1);
        stat[k] = calloc(cd->nrules + 1, 1);
        if (!one.matched || !stat[k]) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
        ng[set] += cd->ngold;
        for (size_t r = 0; r < cd->nrules; r++) {
            if (!(cd->scored >> cd->rules[r].type & 1)) continue;
            size_t tp = 0, fp = 0;
            judge(cd, &one, cd->rules[r], &tp, &fp);
            stat[k][r] = (int8_t)(tp ? 1 : fp ? -1 : 0);
            tp0[set] += tp;
            fp0[set] += fp;
        }
        free(one.keys);
        free(one.matched);
    }
    for (int ty = 0; ty < TL_FACT_TYPE_COUNT; ty++) {
        size_t nv = 0;
        for (size_t k = 0; k < D->ndocs; k++) {
            const cvdoc *cd = &D->docs[k];
            for (size_t r = 0; stat[k] && r < cd->nrules; r++) {
                if (cd->rules[r].type != ty || !stat[k][r]) continue;
                float score = 1e30f;
                for (size_t q = 0; q < cd->nrules; q++) {
                    const fkey *a = &cd->rules[q], *b = &cd->rules[r];
                    if (a->type != b->type || a->a != b->a || a->b != b->b) continue;
                    float v = cd->rinst[q] >= 0 ? vm[cd->rinst[q]] : -1e30f;
                    if (v < score) score = v;
                }
                if (score <= 0) continue;
                vk[nv].score = score;
                vk[nv].stat = stat[k][r] * (1 + (cd->set < VETO_SETS ? cd->set : VETO_SETS - 1));
                nv++;
            }
        }
        qsort(vk, nv, sizeof *vk, by_score_desc);
        size_t dtp[VETO_SETS] = {0}, dfp[VETO_SETS] = {0}, atp = 0, afp = 0, btp = 0, bfp = 0;
        double best = 0;
        for (size_t i = 0; i < nv; i++) {
            int set = abs(vk[i].stat) - 1;
            if (vk[i].stat > 0) { dtp[set]++; atp++; }
            else { dfp[set]++; afp++; }
            if (i + 1 < nv && vk[i + 1].score == vk[i].score) continue;
            if (afp < VETO_MIN_DROPS || (double)afp / (double)(afp + atp) < prec) continue;
            double gain = 0;
            int worse = 0;
            for (int q = 0; q < VETO_SETS; q++) {
                if (!ng[q]) continue;
                double f0 = 2.0 * (double)tp0[q] / (double)(tp0[q] + fp0[q] + ng[q]);
                double f1 = 2.0 * (double)(tp0[q] - dtp[q]) / (double)(tp0[q] - dtp[q] + fp0[q] - dfp[q] + ng[q]);
                worse |= f1 < f0;
                gain += f1 - f0;
            }
            if (worse || gain <= best) continue;
            best = gain;
            veto[ty] = i + 1 < nv ? (vk[i].score + vk[i + 1].score) / 2 : vk[i].score / 2;
            btp = atp;
            bfp = afp;
        }
        if (bfp)
            fprintf(stderr, "train-fscore: veto %-12s margin > %7.3f drops tp %zu fp %zu (of %zu judged)\n",
                    tl_fact_type_name(ty), veto[ty], btp, bfp, nv);
    }
    for (size_t k = 0; k < D->ndocs; k++) free(stat[k]);
    free(stat);
    free(vk);
}

/* The gold fact row of document cd that fact k would match (as judge
 * matches), -1 none. */
static int gold_row(const cvdoc *cd, fkey k) {
    int ga = cd->align[k.a], gb = k.b >= 0 ? cd->align[k.b] : -1;
    for (size_t r = 0; r < cd->ngf && ga >= 0; r++) {
        const gfact *g = &cd->gf[r];
        if (g->type != k.type) continue;
        if (one_role(k.type) ? g->g0 == ga
                             : gb >= 0 && ((g->g0 == ga && g->g1 == gb) || (symmetric(k.type) && g->g0 == gb && g->g1 == ga)))
            return (int)r;
    }
    return -1;
}

/* --report 1: the recall ceiling of gold folder `set`'s held-out
 * documents, per fact type.  Each gold fact that counts (not optional, of
 * a type the folder annotates) is found by the frames, or else by its best
 * held-out candidate labelled with it (lm: the margin of its label's class
 * over "no fact", -1e30 when not held out; lbest: its class is the best
 * that fits): added (above the type's point thr), below the point (the
 * class wins, by too little), below "no fact", or won by another fact
 * class; or it has no candidate (no sentence names both, or no mention). */
static void report_ceiling(const data *D, const float *lm, const uint8_t *lbest, const double *thr, int set,
                           const char *name) {
    size_t cnt[TL_FACT_TYPE_COUNT][9];
    memset(cnt, 0, sizeof cnt);
    uint8_t **stat = calloc(D->ndocs + 1, sizeof *stat);
    if (!stat) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
    /* per gold fact index: 0 no candidate, 1 another class, 2 below "no
     * fact", 3 below the point, 4 added, 5 the frames' */
    for (size_t k = 0; k < D->ndocs; k++) {
        const cvdoc *cd = &D->docs[k];
        if (cd->set != set) continue;
        int maxidx = 0;
        for (size_t r = 0; r < cd->ngf; r++)
            if (cd->gf[r].idx >= maxidx) maxidx = cd->gf[r].idx + 1;
        stat[k] = calloc((size_t)maxidx + 1, 1);
        if (!stat[k]) { fprintf(stderr, "train-fscore: out of memory\n"); exit(1); }
        for (size_t r = 0; r < cd->nrules; r++) {
            int g = gold_row(cd, cd->rules[r]);
            if (g >= 0) stat[k][cd->gf[g].idx] = 5;
        }
    }
    for (size_t i = 0; i < D->nx; i++) {
        const inst *x = &D->xs[i];
        if (!x->label || x->doc < 0 || !stat[x->doc] || lm[i] < -1e29f) continue;
        int rev;
        int type = tl_fscore_class_type(x->label, &rev);
        if (type < 0) continue;
        int g = gold_row(&D->docs[x->doc], make_key(type, rev ? x->eb : x->ea, rev ? x->ea : x->eb));
        if (g < 0) continue;
        uint8_t v = lm[i] <= 0 ? 2 : !lbest[i] ? 1 : lm[i] > thr[type] ? 4 : 3;
        uint8_t *cur = &stat[x->doc][D->docs[x->doc].gf[g].idx];
        if (*cur < v) *cur = v;
    }
    for (size_t k = 0; k < D->ndocs; k++) {
        const cvdoc *cd = &D->docs[k];
        if (!stat[k]) continue;
        for (size_t r = 0; r < cd->ngf; r++) {
            const gfact *g = &cd->gf[r];
            int first = 1;
            for (size_t q = 0; q < r; q++) first &= cd->gf[q].idx != g->idx;
            if (!first || g->optional || !(cd->scored >> g->type & 1)) continue;
            cnt[g->type][0]++;
            cnt[g->type][1 + stat[k][g->idx]]++;
            /* without a candidate: an argument the document's entities
             * miss, or two never named in one sentence */
            if (stat[k][g->idx]) continue;
            if (!names_gold(cd, g->g0) || (g->g1 >= 0 && !names_gold(cd, g->g1))) cnt[g->type][7]++;
            else if (g->g1 >= 0 && !cooccur(cd, g->g0, g->g1)) cnt[g->type][8]++;
        }
        free(stat[k]);
    }
    free(stat);
    fprintf(stderr, "train-fscore: recall ceiling, %s (held out): type gold / frames / added / below the point / "
                    "below no fact / another class / no candidate (of which: an argument unfound, never in one sentence)\n", name);
    size_t tot[9] = {0};
    for (int ty = 0; ty < TL_FACT_TYPE_COUNT; ty++) {
        if (!cnt[ty][0]) continue;
        fprintf(stderr, "train-fscore:   %-12s %4zu / %4zu / %3zu / %3zu / %3zu / %3zu / %3zu (%zu, %zu)\n",
                tl_fact_type_name(ty), cnt[ty][0], cnt[ty][6], cnt[ty][5], cnt[ty][4], cnt[ty][3], cnt[ty][2], cnt[ty][1],
                cnt[ty][7], cnt[ty][8]);
        for (int q = 0; q < 9; q++) tot[q] += cnt[ty][q];
    }
    fprintf(stderr, "train-fscore:   %-12s %4zu / %4zu / %3zu / %3zu / %3zu / %3zu / %3zu (%zu, %zu)\n", "all", tot[0],
            tot[6], tot[5], tot[4], tot[3], tot[2], tot[1], tot[7], tot[8]);
}

/* Writes the veto points into t's veto row (tl_fscore_veto_feature), as
 * margins of the final model: its class biases lose their add points
 * (thr), so the veto point of a class is veto + thr.  Class 0 gets a
 * marker that keeps the row from being pruned.  Returns 0 when the row is
 * taken by a feature (a hash collision; then change the row's name). */
static int write_veto(tl_percep_trainer *t, float prune, const double *veto, const double *thr) {
    int any = 0;
    for (int ty = 0; ty < TL_FACT_TYPE_COUNT; ty++) any |= veto[ty] < TL_FSCORE_OFF_MARGIN;
    if (!any) return 1;
    void *img;
    size_t len;
    tl_percep_model *m = to_model(t, prune, &img, &len);
    int taken = tl_percep_row(m, tl_fscore_veto_feature()) != NULL;
    tl_percep_free(m);
    free(img);
    if (taken) {
        fprintf(stderr, "train-fscore: the veto row collides with a feature\n");
        return 0;
    }
    uint32_t vf = tl_fscore_veto_feature();
    if (tl_percep_trainer_add(t, vf, 0, 100.0) != TL_OK) return 0;
    for (unsigned c = 1; c < TL_FSCORE_NCLASSES; c++) {
        int rev;
        int ty = tl_fscore_class_type(c, &rev);
        if (veto[ty] >= TL_FSCORE_OFF_MARGIN) continue;
        if (tl_percep_trainer_add(t, vf, c, veto[ty] + thr[ty]) != TL_OK) return 0;
    }
    return 1;
}

int main(int argc, char **argv) {
    opts o = {8, 3, 18, 5};
    int folds = 4;
    float prune = 1.0f;
    double prec_ratio = 1.0;
    double veto_prec = 0; /* --veto-precision: 0 no veto */
    int veto_cv = 0;      /* --veto-cv 1: every GOLD_DIR judges the veto too */
    int objective = FOP_PARITY; /* --objective parity|f1 (fscore_op.h) */
    int report = 0;       /* --report 1: the recall ceiling of every folder (report_ceiling) */
    int close_gap = 1000;
    const char *types = NULL; /* comma-separated fact types that may be on; NULL: all */
    int ai = 1;
    for (; ai < argc && argv[ai][0] == '-' && argv[ai][1] == '-'; ai += 2) {
        if (ai + 1 >= argc) break;
        if (!strcmp(argv[ai], "--iter")) o.iters = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--seed")) o.seed = strtoul(argv[ai + 1], NULL, 10);
        else if (!strcmp(argv[ai], "--ensemble")) o.ensemble = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--bits")) o.bits = (unsigned)atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--folds")) folds = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--prune")) prune = (float)atof(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--precision")) prec_ratio = atof(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--close")) close_gap = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--veto-precision")) veto_prec = atof(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--veto-cv")) veto_cv = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--types")) types = argv[ai + 1];
        else if (!strcmp(argv[ai], "--report")) report = atoi(argv[ai + 1]);
        else if (!strcmp(argv[ai], "--objective")) {
            objective = fop_objective(argv[ai + 1]);
            if (objective < 0) { fprintf(stderr, "train-fscore: --objective: parity or f1\n"); return 2; }
        }
        else { fprintf(stderr, "train-fscore: unknown option %s\n", argv[ai]); return 2; }
    }
    if (argc - ai < 2 || o.iters < 1 || o.ensemble < 1 || o.ensemble > 64 || folds < 2) {
        fprintf(stderr, "usage: train-fscore [--iter N] [--seed S] [--ensemble K] [--bits B] [--folds F] "
                        "[--prune P] [--precision R] [--objective parity|f1] [--close G] [--veto-precision V] [--veto-cv 0|1] "
                        "[--report 0|1] [--types T,T...] OUT.model CV_DIR [GOLD_DIR...]\n");
        return 2;
    }
    const char *out = argv[ai];
    tl_error err;
    /* The frames' facts without the scorer: the operating point is the
     * scorer's gain over them. */
    tl_options eo = {0};
    eo.frames_only = 1;
    tl_extractor *ex = tl_extractor_new(&eo, &err);
    tl_trig_lex *lex = tl_trig_lex_new();
    if (!ex || !lex) {
        fprintf(stderr, "train-fscore: %s\n", ex ? "out of memory" : err.msg);
        tl_trig_lex_free(lex);
        tl_extractor_free(ex);
        return 1;
    }
    data D = {0};
    /* the parser of the fact pass, for the dependency path features (none:
     * the pairs are learned without them) */
    tl_dep_model *dm = tl_dep_load_builtin(&err);
    for (int k = ai + 1; k < argc; k++)
        if (!load_dir(argv[k], ex, lex, dm, &D, k == ai + 1 ? 0 : veto_cv || report ? k - ai - 1 : -1, close_gap, report)) {
            /* a refused folder leaks nothing (LeakSanitizer in train_tools.sh) */
            tl_dep_free(dm);
            tl_trig_lex_free(lex);
            tl_extractor_free(ex);
            return 1;
        }
    /* Cross-validation over the CV set's documents: each held-out
     * candidate's best fact and its margin over "no fact". */
    scored *sc = malloc((D.nx + 1) * sizeof *sc);
    float *vm = malloc((D.nx + 1) * sizeof *vm); /* held-out margin of "no fact" over the rule's class */
    /* --report: a labelled candidate's held-out margin of its label's class
     * over "no fact" (-1e30: not held out), and whether that class won */
    float *lm = malloc((D.nx + 1) * sizeof *lm);
    uint8_t *lbest = calloc(D.nx + 1, 1);
    size_t ns = 0;
    if (!sc || !vm || !lm || !lbest) { fprintf(stderr, "train-fscore: out of memory\n"); return 1; }
    for (size_t i = 0; i < D.nx; i++) lm[i] = -1e30f;
    for (int f = 0; f < folds; f++) {
        tl_percep_trainer *t = train(&D, &o, folds, f, 0);
        void *img;
        size_t len;
        tl_percep_model *m = to_model(t, prune, &img, &len);
        float scale = tl_percep_scale(m);
        for (size_t i = 0; i < D.nx; i++) {
            const inst *x = &D.xs[i];
            if (!held_out(&D, x, folds, f, 0)) continue;
            int32_t s[TL_PERCEP_MAX_CLASSES] = {0};
            tl_percep_score(m, D.feats + x->off, x->n, s);
            if (x->rule) vm[i] = (float)(s[0] - s[x->rule]) * scale;
            unsigned best = tl_fscore_best(s, x->unary, x->ta, x->tb);
            if (x->label) {
                lm[i] = (float)(s[x->label] - s[0]) * scale;
                lbest[i] = best == x->label;
            }
            int rev;
            int type = tl_fscore_class_type(best, &rev);
            if (type < 0) continue;
            sc[ns].margin = (float)(s[best] - s[0]) * scale;
            sc[ns].doc = x->doc;
            sc[ns].key = make_key(type, rev ? x->eb : x->ea, rev ? x->ea : x->eb);
            ns++;
        }
        tl_percep_free(m);
        free(img);
        tl_percep_trainer_free(t);
    }
    /* With --veto-cv, the other gold folders' documents are held out in
     * turn too (CV_DIR's always trained on), for the veto's margins only:
     * the additions' operating points stay CV_DIR's alone. */
    for (int set = 1; (veto_cv || report) && set < argc - ai - 1; set++)
        for (int f = 0; f < folds; f++) {
            tl_percep_trainer *t = train(&D, &o, folds, f, set);
            void *img;
            size_t len;
            tl_percep_model *m = to_model(t, prune, &img, &len);
            float scale = tl_percep_scale(m);
            for (size_t i = 0; i < D.nx; i++) {
                const inst *x = &D.xs[i];
                if (!(x->rule || x->label) || !held_out(&D, x, folds, f, set)) continue;
                int32_t s[TL_PERCEP_MAX_CLASSES] = {0};
                tl_percep_score(m, D.feats + x->off, x->n, s);
                if (x->rule) vm[i] = (float)(s[0] - s[x->rule]) * scale;
                if (x->label) {
                    lm[i] = (float)(s[x->label] - s[0]) * scale;
                    lbest[i] = tl_fscore_best(s, x->unary, x->ta, x->tb) == x->label;
                }
            }
            tl_percep_free(m);
            free(img);
            tl_percep_trainer_free(t);
        }
    /* Fact-level F1 on the held-out documents: the frames' facts, plus the
     * scorer's above a margin.  The best margin is the operating point. */
    dstate *st = calloc(D.ndocs + 1, sizeof *st);
    size_t tp = 0, fp = 0, ngold = 0;
    if (!st) { fprintf(stderr, "train-fscore: out of memory\n"); return 1; }
    for (size_t k = 0; k < D.ndocs; k++) {
        int maxidx = 0;
        for (size_t r = 0; r < D.docs[k].ngf; r++)
            if (D.docs[k].gf[r].idx >= maxidx) maxidx = D.docs[k].gf[r].idx + 1;
        st[k].matched = calloc((size_t)maxidx + 1, 1);
        if (!st[k].matched) { fprintf(stderr, "train-fscore: out of memory\n"); return 1; }
        if (D.docs[k].set != 0) continue;
        ngold += D.docs[k].ngold;
        for (size_t r = 0; r < D.docs[k].nrules; r++) judge(&D.docs[k], &st[k], D.docs[k].rules[r], &tp, &fp);
    }
    double f0 = ngold ? 2.0 * (double)tp / (double)(tp + fp + ngold) : 0;
    fprintf(stderr, "train-fscore: frames alone: tp %zu fp %zu of %zu: F1 %.3f\n", tp, fp, ngold, f0);
    /* One operating point per fact type: the margin that gives the best
     * held-out F1 when that type's facts join the frames' (fop_pick).
     * Under --objective parity the scorer's facts must also be at least
     * as precise as the frames' (times R, the --precision ratio); under f1
     * any cut that raises the held-out F1 may be taken.  A type with no
     * such margin stays off.  Types are judged apart: a fact of one type
     * never matches a gold fact of another. */
    size_t tp0 = tp, fp0 = fp;
    qsort(sc, ns, sizeof *sc, by_margin_desc);
    double thr[TL_FACT_TYPE_COUNT];
    size_t sum_tp = 0, sum_fp = 0;
    size_t *ctp = calloc(ns + 1, sizeof *ctp), *cfp = calloc(ns + 1, sizeof *cfp);
    double *cpt = calloc(ns + 1, sizeof *cpt);
    if (!ctp || !cfp || !cpt) { fprintf(stderr, "train-fscore: out of memory\n"); return 1; }
    for (int ty = 0; ty < TL_FACT_TYPE_COUNT; ty++) {
        /* off: far above any margin seen, so that the class's bias is
         * the largest weight of the model and quantizes to the bottom of
         * the range, which tells the run time the class never wins */
        thr[ty] = TL_FSCORE_OFF_MARGIN;
        if (types && !type_listed(types, tl_fact_type_name(ty))) {
            fprintf(stderr, "train-fscore: %-12s off (not in --types)\n", tl_fact_type_name(ty));
            continue;
        }
        size_t ttp = tp0, tfp = fp0, n = 0;
        for (size_t i = 0; i < ns; i++) {
            if (sc[i].key.type != ty) continue;
            /* Only margins above "no fact": the operating point is folded
             * into the class's bias, so a negative one would raise the
             * class over the other fact classes too, and it would win
             * candidates cross-validation never gave it (measured: a
             * SUPPORTS point of -10 made it the best class of most pairs). */
            if (sc[i].margin <= 0) break;
            judge(&D.docs[sc[i].doc], &st[sc[i].doc], sc[i].key, &ttp, &tfp);
            size_t nx = i + 1;
            while (nx < ns && sc[nx].key.type != ty) nx++;
            if (nx < ns && sc[nx].margin == sc[i].margin) continue;
            n++;
            ctp[n] = ttp - tp0;
            cfp[n] = tfp - fp0;
            cpt[n] = nx < ns ? (sc[i].margin + sc[nx].margin) / 2 : sc[i].margin - 1;
            if (cpt[n] < 0) cpt[n] = 0;
        }
        size_t k = fop_pick(ctp, cfp, n, tp0, fp0, ngold, objective, prec_ratio);
        if (k) {
            thr[ty] = cpt[k];
            sum_tp += ctp[k];
            sum_fp += cfp[k];
            fprintf(stderr, "train-fscore: %-12s margin > %7.3f adds tp %zu fp %zu (all above 0: tp %zu fp %zu)\n",
                    tl_fact_type_name(ty), thr[ty], ctp[k], cfp[k], n ? ctp[n] : 0, n ? cfp[n] : 0);
        } else
            fprintf(stderr, "train-fscore: %-12s off (above 0: tp %zu fp %zu)\n", tl_fact_type_name(ty),
                    n ? ctp[n] : 0, n ? cfp[n] : 0);
    }
    free(ctp);
    free(cfp);
    free(cpt);
    double fall = ngold ? 2.0 * (double)(tp0 + sum_tp) / (double)(tp0 + sum_tp + fp0 + sum_fp + ngold) : 0;
    fprintf(stderr, "train-fscore: frames and scorer: tp %zu fp %zu of %zu: P %.3f R %.3f F1 %.3f (held out)\n",
            tp0 + sum_tp, fp0 + sum_fp, ngold, (double)(tp0 + sum_tp) / (double)(tp0 + sum_tp + fp0 + sum_fp),
            (double)(tp0 + sum_tp) / (double)ngold, fall);
    double veto[TL_FACT_TYPE_COUNT];
    choose_veto(&D, vm, veto_prec, veto_cv, veto);
    for (int set = 0; report && set < argc - ai - 1; set++)
        report_ceiling(&D, lm, lbest, thr, set, argv[ai + 1 + set]);
    for (size_t k = 0; k < D.ndocs; k++) {
        free(st[k].keys);
        free(st[k].matched);
        free(D.docs[k].align);
        free(D.docs[k].cooc);
        free(D.docs[k].gf);
        free(D.docs[k].rules);
        free(D.docs[k].rinst);
    }
    free(vm);
    free(lm);
    free(lbest);
    free(st);
    free(D.docs);
    free(sc);
    /* The final model on everything, each class's operating point taken
     * off its bias weight. */
    tl_percep_trainer *t = train(&D, &o, folds, -1, 0);
    uint32_t bias = tl_fscore_bias_feature();
    for (unsigned c = 1; c < TL_FSCORE_NCLASSES; c++) {
        int rev;
        int ty = tl_fscore_class_type(c, &rev);
        if (tl_percep_trainer_add(t, bias, c, -thr[ty]) != TL_OK) {
            fprintf(stderr, "train-fscore: cannot set the bias\n");
            return 1;
        }
    }
    if (!write_veto(t, prune, veto, thr)) return 1;
    void *img;
    size_t len;
    tl_percep_model *m = to_model(t, prune, &img, &len);
    tl_percep_free(m);
    FILE *of = fopen(out, "wb");
    if (!of || fwrite(img, 1, len, of) != len || fclose(of) != 0) { perror(out); return 1; }
    fprintf(stderr, "train-fscore: wrote %s (%zu bytes)\n", out, len);
    free(img);
    tl_percep_trainer_free(t);
    free(D.feats);
    free(D.xs);
    tl_dep_free(dm);
    tl_trig_lex_free(lex);
    tl_extractor_free(ex);
    return 0;
}
