/* tl_rel.c -- entity-pair relation classifier (averaged perceptron) for encyclopedic relations.
 *
 * Re-DocRED-style relations (place within place, citizenship, membership,
 * birthplace, leadership, parts, family, founders) are often stated without
 * a trigger the frames know ("Cotabato City, Maguindanao"; "the German
 * footballer X"), so a classifier looks at every pair of entities named
 * close together: their types, what the gazetteer knows (city -> country,
 * demonyms), the words between them and around them, and their distance.
 * It is trained by tools/train-rel.c on shared/eval/redocred-train.
 */
#include "tl_rel.h"
#include "tl_blob.h"
#include "tl_percep.h"
#include "tl_utf8.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const uint8_t tl_rel_class_type[TL_REL_NCLASSES] = {0, TL_LOCATED_IN, TL_CITIZEN_OF, TL_MEMBER_OF, TL_BORN_IN,
                                                    TL_LEADER_OF, TL_PART_OF, TL_FAMILY_OF, TL_FOUNDED};
const char *const tl_rel_class_names[TL_REL_NCLASSES] = {"NONE", "LOCATED_IN", "CITIZEN_OF", "MEMBER_OF", "BORN_IN",
                                                         "LEADER_OF", "PART_OF", "FAMILY_OF", "FOUNDED"};

struct tl_rel_model {
    tl_percep_model *pm;
    int has_op; /* the model carries operating points */
    uint32_t window; /* sentences apart its pairs may be */
    /* per head entity type (the last: any type) and class, the margin to
     * beat (INT64_MAX: off) */
    int64_t op[TL_ENT_TYPE_COUNT + 1][TL_REL_NCLASSES];
};

static uint32_t fs(uint32_t tmpl, const char *s, size_t n) { return tl_percep_mix(tmpl, tl_percep_hash(s, n, 7)); }

uint32_t tl_rel_window_feature(void) { return fs(99, "window", 6); }

uint32_t tl_rel_window(const tl_rel_model *m) { return m ? m->window : TL_REL_WINDOW; }

uint32_t tl_rel_oppoint_feature(int htype) {
    uint32_t f = fs(99, "oppoint", 7);
    return htype >= 0 && htype < TL_ENT_TYPE_COUNT ? tl_percep_mix(f, (uint32_t)htype + 1) : f;
}

/* Reads the operating points of row `feature` into op[] (nothing when
 * the row is absent or without its marker); returns whether it was read. */
static int read_points(const tl_percep_model *pm, uint32_t feature, int64_t *op) {
    const int16_t *row = tl_percep_row(pm, feature);
    if (row && row[0] != TL_REL_OPPOINT_MARK) row = NULL; /* a feature's */
    unsigned nc = tl_percep_n_classes(pm);
    for (unsigned k = 0; row && k < TL_REL_NCLASSES; k++)
        op[k] = k >= nc ? 0 : row[k] == TL_REL_OPPOINT_OFF ? INT64_MAX : (int64_t)row[k] * TL_REL_OPPOINT_STEP;
    return row != NULL;
}

/* Wraps a loaded perceptron (consumed) with its operating points. */
static tl_rel_model *wrap(tl_percep_model *pm) {
    if (!pm) return NULL;
    tl_rel_model *m = calloc(1, sizeof *m);
    if (!m) { tl_percep_free(pm); return NULL; }
    m->pm = pm;
    const int16_t *w = tl_percep_row(pm, tl_rel_window_feature());
    m->window = w && w[0] > 0 && w[0] <= 64 ? (uint32_t)w[0] : TL_REL_WINDOW;
    m->has_op = read_points(pm, tl_rel_oppoint_feature(-1), m->op[TL_ENT_TYPE_COUNT]);
    for (int t = 0; m->has_op && t < TL_ENT_TYPE_COUNT; t++)
        if (!read_points(pm, tl_rel_oppoint_feature(t), m->op[t]))
            memcpy(m->op[t], m->op[TL_ENT_TYPE_COUNT], sizeof m->op[t]);
    return m;
}

tl_rel_model *tl_rel_model_builtin(void) {
    size_t n;
    const unsigned char *img = tl_rel_blob_image(&n);
    if (n < 16) return NULL;
    return wrap(tl_percep_view_decoded(img, n, "rel", NULL, NULL)); /* decoded at build time */
}

tl_rel_model *tl_rel_model_load(const char *path, tl_error *err) {
    return wrap(tl_percep_load(path, "rel", err));
}

int tl_rel_has_oppoints(const tl_rel_model *m) { return m && m->has_op; }

int tl_rel_accept(const tl_rel_model *m, unsigned cls, int htype, int32_t margin, int32_t dflt) {
    if (!m || cls == 0 || cls >= TL_REL_NCLASSES) return 0;
    if (!m->has_op) return margin > dflt;
    int t = htype >= 0 && htype < TL_ENT_TYPE_COUNT ? htype : TL_ENT_TYPE_COUNT;
    return (int64_t)margin > m->op[t][cls];
}

void tl_rel_model_free(tl_rel_model *m) {
    if (!m) return;
    tl_percep_free(m->pm);
    free(m);
}

unsigned tl_rel_predict(const tl_rel_model *m, const uint32_t *feats, size_t n, int32_t *margin) {
    int32_t sc[TL_PERCEP_MAX_CLASSES] = {0};
    tl_percep_score(m->pm, feats, n, sc);
    unsigned nc = tl_percep_n_classes(m->pm), best = 1;
    if (nc > TL_REL_NCLASSES) nc = TL_REL_NCLASSES;
    if (nc < 2) { *margin = 0; return 0; }
    /* The best relation class even when "none" scores higher: the caller
     * picks the operating point by the margin. */
    for (unsigned c = 2; c < nc; c++)
        if (sc[c] > sc[best]) best = c;
    *margin = sc[best] - sc[0];
    return best;
}

/* ---- pairs ---------------------------------------------------------------------- */

typedef struct pslot { uint64_t key; uint32_t idx; } pslot;

static uint32_t msent(const tl_doc *d, uint32_t m) { return d->tokens[d->mentions[m].tok_begin].sent; }

long tl_rel_pairs(const tl_doc *d, uint32_t window, size_t cap, tl_rel_pair **out) {
    *out = NULL;
    /* the table holds distinct ordered pairs of entities: at most cap, and
     * at most n_entities * (n_entities - 1); half full at most */
    size_t ne = d->n_entities, most = ne > 1 && ne < ((size_t)1 << 31) ? ne * (ne - 1) : 1;
    if (most > cap) most = cap;
    size_t hcap = 64;
    while (hcap < most * 2) hcap *= 2;
    pslot *h = calloc(hcap, sizeof *h);
    tl_rel_pair *v = malloc((cap ? cap : 1) * sizeof *v);
    if (!h || !v) { free(h); free(v); return -1; }
    size_t n = 0;
    for (uint32_t i = 0; i < d->n_mentions && n < cap; i++) {
        const tl_mention *a = &d->mentions[i];
        if (a->entity < 0) continue;
        uint32_t sa = msent(d, i);
        /* Bounded fan-out: the next 48 mentions at most. */
        for (uint32_t j = i + 1; j < d->n_mentions && j < i + 48 && n < cap; j++) {
            const tl_mention *b = &d->mentions[j];
            uint32_t sb = msent(d, j);
            if (sb > sa + window) break;
            if (b->entity < 0 || b->entity == a->entity) continue;
            for (int dir = 0; dir < 2; dir++) {
                int32_t he = dir ? b->entity : a->entity, te = dir ? a->entity : b->entity;
                uint64_t key = ((uint64_t)(uint32_t)he << 32) | (uint32_t)te;
                size_t k = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 40) & (hcap - 1);
                while (h[k].key && h[k].key != key + 1) k = (k + 1) & (hcap - 1);
                uint32_t dd = sb - sa;
                if (!h[k].key) {
                    if (n >= cap) break;
                    h[k].key = key + 1;
                    h[k].idx = (uint32_t)n;
                    tl_rel_pair p = {he, te, dir ? j : i, dir ? i : j, dd, dd == 0};
                    v[n++] = p;
                } else {
                    tl_rel_pair *p = &v[h[k].idx];
                    if (dd == 0) p->n_cooc++;
                    uint32_t old = d->mentions[p->mh].start > d->mentions[p->mt].start
                                       ? d->mentions[p->mh].start - d->mentions[p->mt].end
                                       : d->mentions[p->mt].start - d->mentions[p->mh].end;
                    uint32_t now = b->start - a->end;
                    if (dd < p->sent_dist || (dd == p->sent_dist && now < old)) {
                        p->sent_dist = dd;
                        p->mh = dir ? j : i;
                        p->mt = dir ? i : j;
                    }
                }
            }
        }
    }
    free(h);
    *out = v;
    return (long)n;
}

/* ---- features -------------------------------------------------------------------- */

static size_t lowtok(const tl_doc *d, uint32_t i, char *b, size_t cap) {
    const tl_token *t = &d->tokens[i];
    size_t n = t->end - t->start;
    if (n >= cap) n = cap - 1;
    for (size_t k = 0; k < n; k++) {
        char c = d->text[t->start + k];
        b[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    b[n] = 0;
    /* digits collapse: years and counts are not lexical cues */
    if (t->flags & TL_TOK_DIGIT) { strcpy(b, "0"); n = 1; }
    return n;
}

static uint32_t gaz_class(const tl_gaz *g, const tl_entity *e) {
    uint32_t f = tl_gaz_lookup(g, e->name.ptr, e->name.len);
    if (f & TL_GAZ_COUNTRY) return 1;
    if (f & TL_GAZ_DEMONYM) return 2;
    if (f & TL_GAZ_SUBDIV) return 3;
    if (f & (TL_GAZ_CITY | TL_GAZ_CITY_BIG | TL_GAZ_CAPITAL)) return 4;
    if (f & TL_GAZ_REGION) return 5;
    return 0;
}

/* The gazetteer facts of entity e, through the memo when there is one;
 * with them the folded forms of its name and of the country it lies in,
 * which every pair of the entity compares. */
static const tl_rel_ent *ent_info(const tl_gaz *g, const tl_doc *d, tl_rel_ent *cache, int32_t e, tl_rel_ent *tmp) {
    tl_rel_ent *x = cache ? &cache[e] : tmp;
    if (cache && x->done) return x;
    const tl_entity *E = &d->entities[e];
    x->gclass = gaz_class(g, E);
    x->in_country = tl_gaz_place_country(g, E->name.ptr, E->name.len, &x->in_country_len);
    x->country = tl_gaz_country(g, E->name.ptr, E->name.len, &x->country_len);
    x->fname_len = tl_utf8_fold(E->name.ptr, E->name.len, x->fname, sizeof x->fname);
    x->fin_len = x->in_country ? tl_utf8_fold(x->in_country, x->in_country_len, x->fin, sizeof x->fin) : 0;
    x->done = 1;
    return x;
}

/* The country entity e names or is the demonym of (gazetteer bytes,
 * *n its length), or NULL. */
static const char *ent_country(const tl_rel_ent *x, size_t *n) {
    *n = x->country_len;
    return x->gclass == 1 || x->gclass == 2 ? x->country : NULL;
}

/* The rank of entity e's country among the countries of the document by
 * mentions (1, 2, 3 for any other, 0: none) and the number of distinct
 * countries (at most 3), into *rank and *count.  A country and its
 * demonym count as one ("Scotland", "Scottish").  Encyclopedic texts
 * leave much unsaid that the document's main country answers: a person
 * in an article about a country's politics is mostly its citizen, its
 * towns lie in it.  With cache, every entity's rank is kept on the first
 * call; without, the document is read again (same result). */
static void country_rank(const tl_gaz *g, const tl_doc *d, tl_rel_ent *cache, int32_t e, unsigned *rank,
                         unsigned *count) {
    if (cache && cache[e].crank_done) {
        *rank = cache[e].crank;
        *count = cache[e].ncountries;
        return;
    }
    /* the first 16 distinct countries, in the order of the entities */
    enum { NC = 16 };
    const char *name[NC];
    size_t len[NC];
    uint32_t ment[NC];
    unsigned nc = 0;
    for (uint32_t k = 0; k < d->n_entities; k++) {
        tl_rel_ent tmp;
        const tl_rel_ent *x = ent_info(g, d, cache, (int32_t)k, &tmp);
        size_t cl;
        const char *c = ent_country(x, &cl);
        if (!c) continue;
        unsigned j = 0;
        while (j < nc && !(len[j] == cl && memcmp(name[j], c, cl) == 0)) j++;
        if (j == nc) {
            if (nc == NC) continue;
            name[nc] = c;
            len[nc] = cl;
            ment[nc++] = 0;
        }
        ment[j] += d->entities[k].n_mentions;
    }
    unsigned total = nc > 3 ? 3 : nc;
    for (uint32_t k = 0; k < d->n_entities; k++) {
        if (!cache && k != (uint32_t)e) continue;
        tl_rel_ent tmp;
        const tl_rel_ent *x = ent_info(g, d, cache, (int32_t)k, &tmp);
        size_t cl;
        const char *c = ent_country(x, &cl);
        unsigned r = 0;
        if (c) {
            unsigned j = 0;
            while (j < nc && !(len[j] == cl && memcmp(name[j], c, cl) == 0)) j++;
            r = 1;
            /* more mentions, or as many and named first, rank before */
            for (unsigned q = 0; q < nc; q++)
                if (q != j && (j == nc || ment[q] > ment[j] || (ment[q] == ment[j] && q < j))) r++;
            if (r > 3) r = 3;
        }
        if (cache) {
            cache[k].crank = (uint8_t)r;
            cache[k].ncountries = (uint8_t)total;
            cache[k].crank_done = 1;
        }
        if (k == (uint32_t)e) {
            *rank = r;
            *count = total;
        }
    }
}

/* Do two folded names match? */
static int same_folded(const char *a, size_t an, const char *b, size_t bn) { return an == bn && memcmp(a, b, an) == 0; }

/* Does the gazetteer put h in t (city / province in country: 1), or in
 * another country than t, a country it names (3), or is h a demonym of t
 * (or t of h: 2)?  0: it says nothing.  Names compare folded
 * (tl_utf8_fold, the forms ent_info keeps). */
static int gaz_rel(const tl_rel_ent *hi, const tl_entity *h, const tl_rel_ent *ti, const tl_entity *t) {
    (void)h;
    const char *c = hi->in_country;
    if (c && same_folded(hi->fin, hi->fin_len, ti->fname, ti->fname_len) &&
        !same_folded(hi->fin, hi->fin_len, hi->fname, hi->fname_len))
        return 1;
    for (uint32_t k = 0; c && k < t->n_aliases; k++) {
        char fa[sizeof hi->fin];
        size_t la = tl_utf8_fold(t->aliases[k].ptr, t->aliases[k].len, fa, sizeof fa);
        if (same_folded(hi->fin, hi->fin_len, fa, la)) return 1;
    }
    c = ti->country;
    size_t cn = ti->country_len;
    if (c) {
        size_t hn = hi->in_country_len;
        const char *hc = hi->in_country;
        if (hc && hn == cn && memcmp(hc, c, cn) == 0) return 2; /* Berlin / German */
    }
    /* a place the gazetteer puts in one country, paired with another
     * country: whatever the words say, not inside it */
    if (hi->in_country && ti->gclass == 1 && !same_folded(hi->fin, hi->fin_len, ti->fname, ti->fname_len)) return 3;
    return 0;
}

/* Feature keys are hashed as they are spelled, byte by byte, without
 * building the string: a feature's hash is tl_percep_hash of its key (seed
 * 7) mixed with its template, and the key is the pair's type letters, a
 * number or two, a separator and a word.  The prefix every word of a pair
 * shares is hashed once; snprintf, then hand-built keys, each cost more
 * than the rest of the pair's features together.  hs_* are FNV-1a 64 with
 * tl_percep_hash's seed and finish (tests/unit/test_rel_feat.c holds them
 * to it). */
#define HS_PRIME 0x100000001b3ULL
static inline uint64_t hs_seed(void) { return 0xcbf29ce484222325ULL ^ (7ULL * 0x9E3779B97F4A7C15ULL); }

static inline uint64_t hs_byte(uint64_t h, unsigned char c) { return (h ^ c) * HS_PRIME; }

/* The bytes of s up to its NUL (a key's string part). */
static inline uint64_t hs_str(uint64_t h, const char *s) {
    while (*s) h = hs_byte(h, (unsigned char)*s++);
    return h;
}

/* The decimal digits of v. */
static inline uint64_t hs_uint(uint64_t h, unsigned v) {
    if (v < 10) return hs_byte(h, (unsigned char)('0' + v)); /* nearly every number of a key */
    char t[12];
    size_t n = 0;
    do { t[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) h = hs_byte(h, (unsigned char)t[--n]);
    return h;
}

static inline uint32_t hs_end(uint32_t tmpl, uint64_t h) {
    h ^= h >> 33; h *= 0xff51afd7ed558ccdULL; h ^= h >> 33;
    return tl_percep_mix(tmpl, (uint32_t)(h >> 32) ^ (uint32_t)h);
}

/* The key prefix tp followed by the numbers a (and b when nb is 2). */
static uint32_t fs_nums(uint32_t tmpl, uint64_t tp, unsigned a, unsigned b, int nb) {
    uint64_t h = hs_uint(tp, a);
    if (nb == 2) h = hs_uint(h, b);
    return hs_end(tmpl, h);
}

/* A key prefix: the type letters tp, the number a and the separator sep. */
static inline uint64_t hs_prefix(uint64_t tp, unsigned a, char sep) { return hs_byte(hs_uint(tp, a), (unsigned char)sep); }

/* The prefix followed by token i as lowtok spells it (lower-case ASCII, at
 * most 31 bytes, "0" for a number); a key's string part ends at a NUL. */
static uint32_t fs_tok(uint32_t tmpl, uint64_t h, const tl_doc *d, uint32_t i) {
    const tl_token *t = &d->tokens[i];
    if (t->flags & TL_TOK_DIGIT) return hs_end(tmpl, hs_byte(h, '0'));
    size_t n = t->end - t->start;
    if (n > 31) n = 31;
    const unsigned char *s = (const unsigned char *)d->text + t->start;
    for (size_t k = 0; k < n && s[k]; k++) {
        unsigned char c = s[k];
        h = hs_byte(h, (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c);
    }
    return hs_end(tmpl, h);
}

/* The features of the last word (template 18) and, for a name of two
 * words or more, the first word (19, in w[1]; returns whether there is
 * one) of mention m of an entity in role `role` (0 head, 1 tail) of a pair
 * whose other entity has type `other`, key prefix tph.  Through the
 * entity's memo e (NULL: none), which keeps the last mention asked per
 * role and other type: the closest mentions of a pair repeat. */
static int name_words(const tl_doc *d, tl_rel_ent *e, unsigned role, int other, uint32_t m, uint64_t tph,
                      uint32_t w[2]) {
    const tl_mention *x = &d->mentions[m];
    int two = x->tok_end - x->tok_begin > 1;
    int memo = e && other >= 0 && other < TL_ENT_TYPE_COUNT;
    if (memo && e->nw_m[role][other] == m + 1) {
        w[0] = e->nw[role][other][0];
        w[1] = e->nw[role][other][1];
        return two;
    }
    const uint64_t pre = hs_prefix(tph, role, '|');
    w[0] = fs_tok(18, pre, d, x->tok_end - 1);
    w[1] = two ? fs_tok(19, pre, d, x->tok_begin) : 0;
    if (memo) {
        e->nw_m[role][other] = m + 1;
        e->nw[role][other][0] = w[0];
        e->nw[role][other][1] = w[1];
    }
    return two;
}

size_t tl_rel_features(const tl_doc *d, const tl_gaz *g, const tl_rel_pair *p, uint32_t *f) {
    return tl_rel_features_cached(d, g, NULL, p, f);
}

size_t tl_rel_features_cached(const tl_doc *d, const tl_gaz *g, tl_rel_ent *cache, const tl_rel_pair *p,
                              uint32_t *f) {
    size_t n = 0;
    const tl_entity *H = &d->entities[p->h], *T = &d->entities[p->t];
    tl_rel_ent th, tt;
    const tl_rel_ent *hi = ent_info(g, d, cache, p->h, &th), *ti = ent_info(g, d, cache, p->t, &tt);
    const tl_mention *mh = &d->mentions[p->mh], *mt = &d->mentions[p->mt];
    char tp[8] = {(char)('A' + H->type), (char)('A' + T->type), 0};
    const uint64_t tph = hs_byte(hs_byte(hs_seed(), (unsigned char)tp[0]), (unsigned char)tp[1]);
    uint32_t gh = hi->gclass, gt = ti->gclass;
    uint32_t sd = p->sent_dist > 3 ? 3 : p->sent_dist;
    uint32_t gr = gaz_rel(hi, H, ti, T), grr = gaz_rel(ti, T, hi, H);
    int hfirst = mh->start < mt->start;
    /* the title entity: the one named in the first sentence */
    uint32_t s0h = d->tokens[d->mentions[H->mentions[0]].tok_begin].sent;
    uint32_t s0t = d->tokens[d->mentions[T->mentions[0]].tok_begin].sent;
    f[n++] = fs(1, tp, 2);
    f[n++] = fs_nums(2, tph, gh, gt, 2);
    f[n++] = fs_nums(3, tph, sd, 0, 1);
    f[n++] = fs_nums(4, tph, gr, grr, 2);
    f[n++] = fs_nums(5, tph, (unsigned)hfirst, sd, 2);
    f[n++] = fs_nums(6, tph, s0h <= 1, s0t <= 1, 2);
    f[n++] = fs_nums(7, tph, p->n_cooc > 3 ? 3 : p->n_cooc, 0, 1);
    f[n++] = fs_nums(8, tph, H->n_mentions > 3 ? 3 : H->n_mentions, T->n_mentions > 3 ? 3 : T->n_mentions, 2);
    f[n++] = fs(9, "bias", 4);
    /* the two countries' ranks in the document, with whether the head is
     * its subject */
    unsigned hr, tr, ncty;
    country_rank(g, d, cache, p->h, &hr, &ncty);
    country_rank(g, d, cache, p->t, &tr, &ncty);
    f[n++] = fs_nums(20, tph, tr * 4 + ncty, s0h <= 1, 2);
    f[n++] = fs_nums(21, tph, hr * 4 + ncty, tr, 2);

    /* Words between the two mentions (same sentence, up to 12 tokens). */
    const tl_mention *l = hfirst ? mh : mt, *r = hfirst ? mt : mh;
    char w[32];
    if (p->sent_dist == 0 && r->tok_begin >= l->tok_end) {
        uint32_t gap = r->tok_begin - l->tok_end;
        f[n++] = fs_nums(10, tph, (unsigned)hfirst, gap > 8 ? 9 : gap, 2);
        if (gap <= 12) {
            char seq[64] = "";
            size_t sl = 0;
            const uint64_t pre = hs_prefix(tph, (unsigned)hfirst, '|');
            for (uint32_t k = l->tok_end; k < r->tok_begin && n < TL_REL_MAX_FEATS - 16; k++) {
                size_t wl = lowtok(d, k, w, sizeof w);
                /* the key's word ends at a NUL, the bare word's hash takes
                 * all wl bytes */
                uint64_t hk = pre, hw = hs_seed();
                int cut = 0;
                for (size_t q = 0; q < wl; q++) {
                    unsigned char c = (unsigned char)w[q];
                    cut |= c == 0;
                    if (!cut) hk = hs_byte(hk, c);
                    hw = hs_byte(hw, c);
                }
                f[n++] = hs_end(11, hk);
                f[n++] = hs_end(12, hw);
                if (sl + wl + 1 < sizeof seq) { memcpy(seq + sl, w, wl); sl += wl; seq[sl++] = ' '; seq[sl] = 0; }
            }
            if (gap <= 4) {
                f[n++] = hs_end(13, hs_str(pre, seq));
            }
        }
        /* The names between the two: none (adjacent, "Y, Z"), or which
         * kinds (a list of places is no nesting; a person between
         * usually takes the relation). */
        uint32_t lo = p->mh < p->mt ? p->mh : p->mt, hi2 = p->mh < p->mt ? p->mt : p->mh, nb = 0, kinds = 0;
        for (uint32_t k = lo + 1; k < hi2 && k < d->n_mentions; k++) {
            if (d->mentions[k].entity < 0 || d->mentions[k].tok_begin < l->tok_end) continue;
            if (nb++ < 3) kinds = kinds * 8 + d->entities[d->mentions[k].entity].type + 1;
        }
        f[n++] = fs_nums(17, tph, nb > 3 ? 3 : nb, kinds, 2);
        /* the word before the left mention and after the right one */
        if (l->tok_begin > 0) {
            f[n++] = fs_tok(14, hs_prefix(tph, (unsigned)hfirst, '<'), d, l->tok_begin - 1);
        }
        if (r->tok_end < d->n_tokens) {
            f[n++] = fs_tok(15, hs_prefix(tph, (unsigned)hfirst, '>'), d, r->tok_end);
        }
    }
    /* The last word of each name ("X University", "Y County", "Z River"):
     * what kind of thing it is, where no gazetteer knows it. */
    if (n < TL_REL_MAX_FEATS - 10) {
        uint32_t hw[2], tw[2];
        int h19 = name_words(d, cache ? &cache[p->h] : NULL, 0, T->type, p->mh, tph, hw);
        int t19 = name_words(d, cache ? &cache[p->t] : NULL, 1, H->type, p->mt, tph, tw);
        f[n++] = hw[0];
        f[n++] = tw[0];
        /* and the first of a longer one ("University of X", "Lake Y") */
        if (h19) f[n++] = hw[1];
        if (t19) f[n++] = tw[1];
    }
    /* Words right after the head's first mention (Wikipedia leads: "X is a
     * German footballer", "X (born 1970 in Y)"). */
    const tl_mention *h0 = &d->mentions[H->mentions[0]];
    tl_rel_ent *hm = cache ? &cache[p->h] : NULL;
    unsigned ty = T->type < TL_ENT_TYPE_COUNT ? T->type : 0;
    if (hm && T->type < TL_ENT_TYPE_COUNT && hm->lead_done[ty]) {
        /* the same words and keys as for the head's last pair with a tail of this type */
        for (unsigned c = 0; c < hm->lead_n[ty] && n < TL_REL_MAX_FEATS - 2; c++) f[n++] = hm->lead[ty][c];
        return n;
    }
    const uint64_t p16 = hs_prefix(tph, s0h <= 1, '|');
    uint32_t lead[6];
    unsigned nl = 0;
    for (uint32_t k = h0->tok_end; k < d->n_tokens && nl < 6; k++) {
        if (d->tokens[k].sent != d->tokens[h0->tok_begin].sent) break;
        lead[nl++] = fs_tok(16, p16, d, k);
    }
    for (unsigned c = 0; c < nl && n < TL_REL_MAX_FEATS - 2; c++) f[n++] = lead[c];
    if (hm && T->type < TL_ENT_TYPE_COUNT) {
        memcpy(hm->lead[ty], lead, nl * sizeof *lead);
        hm->lead_n[ty] = (uint8_t)nl;
        hm->lead_done[ty] = 1;
    }
    return n;
}
