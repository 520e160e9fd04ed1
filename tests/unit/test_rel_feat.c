/* test_rel_feat.c -- the pair classifier's features, hashed as they are spelled (tl_rel.c), equal those of their key strings built in full. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_gaz.h"
#include "tl_rel.h"
#include "tl_percep.h"
#include "tl_utf8.h"

/* ---- the reference: every key built as a string, then hashed (the
 * implementation before the keys were hashed byte by byte) ---- */
static uint32_t fs(uint32_t tmpl, const char *s, size_t n) { return tl_percep_mix(tmpl, tl_percep_hash(s, n, 7)); }

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

static int same_name(const char *a, size_t an, const char *b, size_t bn) {
    char fa[96], fb[96];
    size_t la = tl_utf8_fold(a, an, fa, sizeof fa), lb = tl_utf8_fold(b, bn, fb, sizeof fb);
    return la == lb && memcmp(fa, fb, la) == 0;
}

/* The gazetteer facts of entity e, through the memo when there is one. */
static const tl_rel_ent *ent_info(const tl_gaz *g, const tl_doc *d, tl_rel_ent *cache, int32_t e, tl_rel_ent *tmp) {
    tl_rel_ent *x = cache ? &cache[e] : tmp;
    if (cache && x->done) return x;
    const tl_entity *E = &d->entities[e];
    x->gclass = gaz_class(g, E);
    x->in_country = tl_gaz_place_country(g, E->name.ptr, E->name.len, &x->in_country_len);
    x->country = tl_gaz_country(g, E->name.ptr, E->name.len, &x->country_len);
    x->done = 1;
    return x;
}

/* Does the gazetteer put h in t (city / province in country: 1), or in
 * another country than t, a country it names (3), or is h a demonym of t
 * (or t of h: 2)?  0: it says nothing. */
static int gaz_rel(const tl_rel_ent *hi, const tl_entity *h, const tl_rel_ent *ti, const tl_entity *t) {
    size_t cn = hi->in_country_len;
    const char *c = hi->in_country;
    if (c && same_name(c, cn, t->name.ptr, t->name.len) && !same_name(c, cn, h->name.ptr, h->name.len)) return 1;
    for (uint32_t k = 0; c && k < t->n_aliases; k++)
        if (same_name(c, cn, t->aliases[k].ptr, t->aliases[k].len)) return 1;
    c = ti->country;
    cn = ti->country_len;
    if (c) {
        size_t hn = hi->in_country_len;
        const char *hc = hi->in_country;
        if (hc && hn == cn && memcmp(hc, c, cn) == 0) return 2; /* Berlin / German */
    }
    /* a place the gazetteer puts in one country, paired with another
     * country: whatever the words say, not inside it */
    if (hi->in_country && ti->gclass == 1 && !same_name(hi->in_country, hi->in_country_len, t->name.ptr, t->name.len))
        return 3;
    return 0;
}

/* The rank of entity e's country among the document's (at most 16, in
 * order of first entity) by mentions, ties to the first named: 1, 2, 3
 * for any later, 0 for none; *nc the number of countries, at most 3. */
static unsigned ref_rank(const tl_gaz *g, const tl_doc *d, int32_t e, unsigned *nc) {
    struct { const char *s; size_t n; uint32_t m; } c[16];
    unsigned k = 0, me = 99;
    for (uint32_t q = 0; q < d->n_entities; q++) {
        tl_rel_ent x;
        memset(&x, 0, sizeof x);
        ent_info(g, d, NULL, (int32_t)q, &x);
        if ((x.gclass != 1 && x.gclass != 2) || !x.country) {
            if (q == (uint32_t)e) me = 100;
            continue;
        }
        unsigned j = 0;
        while (j < k && !(c[j].n == x.country_len && memcmp(c[j].s, x.country, x.country_len) == 0)) j++;
        if (j == k && k < 16) c[k++] = (__typeof__(c[0])){x.country, x.country_len, 0};
        if (j < k) c[j].m += d->entities[q].n_mentions;
        if (q == (uint32_t)e) me = j;
    }
    *nc = k > 3 ? 3 : k;
    if (me == 100) return 0;
    unsigned r = 1;
    for (unsigned j = 0; j < k; j++)
        if (j != me && (me >= k || c[j].m > c[me].m || (c[j].m == c[me].m && j < me))) r++;
    return r > 3 ? 3 : r;
}

/* Feature strings are built by hand: snprintf's format parsing cost more
 * than the rest of the pair's features together.  kb_* append to a key of
 * at most 95 bytes, always NUL-terminated, and give its length. */
typedef struct { char b[96]; size_t n; } keybuf;

static void kb_str(keybuf *k, const char *s) {
    while (*s && k->n < sizeof k->b - 1) k->b[k->n++] = *s++;
    k->b[k->n] = 0;
}

static void kb_uint(keybuf *k, unsigned v) {
    char t[12];
    size_t n = 0;
    do { t[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n && k->n < sizeof k->b - 1) k->b[k->n++] = t[--n];
    k->b[k->n] = 0;
}

/* The key tp followed by the numbers a (and b when nb is 2). */
static uint32_t fs_nums(uint32_t tmpl, const char *tp, unsigned a, unsigned b, int nb) {
    keybuf k = {.n = 0};
    kb_str(&k, tp);
    kb_uint(&k, a);
    if (nb == 2) kb_uint(&k, b);
    return fs(tmpl, k.b, k.n);
}

/* The key tp, the number a, the separator sep and the word w. */
static uint32_t fs_word(uint32_t tmpl, const char *tp, unsigned a, const char *sep, const char *w) {
    keybuf k = {.n = 0};
    kb_str(&k, tp);
    kb_uint(&k, a);
    kb_str(&k, sep);
    kb_str(&k, w);
    return fs(tmpl, k.b, k.n);
}

static size_t ref_features(const tl_doc *d, const tl_gaz *g, tl_rel_ent *cache, const tl_rel_pair *p,
                              uint32_t *f) {
    size_t n = 0;
    const tl_entity *H = &d->entities[p->h], *T = &d->entities[p->t];
    tl_rel_ent th, tt;
    const tl_rel_ent *hi = ent_info(g, d, cache, p->h, &th), *ti = ent_info(g, d, cache, p->t, &tt);
    const tl_mention *mh = &d->mentions[p->mh], *mt = &d->mentions[p->mt];
    char tp[8] = {(char)('A' + H->type), (char)('A' + T->type), 0};
    uint32_t gh = hi->gclass, gt = ti->gclass;
    uint32_t sd = p->sent_dist > 3 ? 3 : p->sent_dist;
    uint32_t gr = gaz_rel(hi, H, ti, T), grr = gaz_rel(ti, T, hi, H);
    int hfirst = mh->start < mt->start;
    /* the title entity: the one named in the first sentence */
    uint32_t s0h = d->tokens[d->mentions[H->mentions[0]].tok_begin].sent;
    uint32_t s0t = d->tokens[d->mentions[T->mentions[0]].tok_begin].sent;
    f[n++] = fs(1, tp, 2);
    f[n++] = fs_nums(2, tp, gh, gt, 2);
    f[n++] = fs_nums(3, tp, sd, 0, 1);
    f[n++] = fs_nums(4, tp, gr, grr, 2);
    f[n++] = fs_nums(5, tp, (unsigned)hfirst, sd, 2);
    f[n++] = fs_nums(6, tp, s0h <= 1, s0t <= 1, 2);
    f[n++] = fs_nums(7, tp, p->n_cooc > 3 ? 3 : p->n_cooc, 0, 1);
    f[n++] = fs_nums(8, tp, H->n_mentions > 3 ? 3 : H->n_mentions, T->n_mentions > 3 ? 3 : T->n_mentions, 2);
    f[n++] = fs(9, "bias", 4);
    unsigned nc, hr = ref_rank(g, d, p->h, &nc), tr = ref_rank(g, d, p->t, &nc);
    f[n++] = fs_nums(20, tp, tr * 4 + nc, s0h <= 1, 2);
    f[n++] = fs_nums(21, tp, hr * 4 + nc, tr, 2);
    /* Words between the two mentions (same sentence, up to 12 tokens). */
    const tl_mention *l = hfirst ? mh : mt, *r = hfirst ? mt : mh;
    char w[32];
    if (p->sent_dist == 0 && r->tok_begin >= l->tok_end) {
        uint32_t gap = r->tok_begin - l->tok_end;
        f[n++] = fs_nums(10, tp, (unsigned)hfirst, gap > 8 ? 9 : gap, 2);
        if (gap <= 12) {
            char seq[64] = "";
            size_t sl = 0;
            for (uint32_t k = l->tok_end; k < r->tok_begin && n < TL_REL_MAX_FEATS - 16; k++) {
                size_t wl = lowtok(d, k, w, sizeof w);
                f[n++] = fs_word(11, tp, (unsigned)hfirst, "|", w);
                f[n++] = fs(12, w, wl);
                if (sl + wl + 1 < sizeof seq) { memcpy(seq + sl, w, wl); sl += wl; seq[sl++] = ' '; seq[sl] = 0; }
            }
            if (gap <= 4) {
                f[n++] = fs_word(13, tp, (unsigned)hfirst, "|", seq);
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
        f[n++] = fs_nums(17, tp, nb > 3 ? 3 : nb, kinds, 2);
        /* the word before the left mention and after the right one */
        if (l->tok_begin > 0) {
            lowtok(d, l->tok_begin - 1, w, sizeof w);
            f[n++] = fs_word(14, tp, (unsigned)hfirst, "<", w);
        }
        if (r->tok_end < d->n_tokens) {
            lowtok(d, r->tok_end, w, sizeof w);
            f[n++] = fs_word(15, tp, (unsigned)hfirst, ">", w);
        }
    }
    /* The last word of each name ("X University", "Y County", "Z River"):
     * what kind of thing it is, where no gazetteer knows it. */
    if (n < TL_REL_MAX_FEATS - 10) {
        lowtok(d, mh->tok_end - 1, w, sizeof w);
        f[n++] = fs_word(18, tp, 0, "|", w);
        lowtok(d, mt->tok_end - 1, w, sizeof w);
        f[n++] = fs_word(18, tp, 1, "|", w);
        /* and the first of a longer one ("University of X", "Lake Y") */
        if (mh->tok_end - mh->tok_begin > 1) {
            lowtok(d, mh->tok_begin, w, sizeof w);
            f[n++] = fs_word(19, tp, 0, "|", w);
        }
        if (mt->tok_end - mt->tok_begin > 1) {
            lowtok(d, mt->tok_begin, w, sizeof w);
            f[n++] = fs_word(19, tp, 1, "|", w);
        }
    }
    /* Words right after the head's first mention (Wikipedia leads: "X is a
     * German footballer", "X (born 1970 in Y)"). */
    const tl_mention *h0 = &d->mentions[H->mentions[0]];
    for (uint32_t k = h0->tok_end, c = 0; k < d->n_tokens && c < 6 && n < TL_REL_MAX_FEATS - 2; k++, c++) {
        if (d->tokens[k].sent != d->tokens[h0->tok_begin].sent) break;
        lowtok(d, k, w, sizeof w);
        f[n++] = fs_word(16, tp, s0h <= 1, "|", w);
    }
    return n;
}

/* ---- tests ---- */

static tl_doc *doc_of(tl_extractor *ex, const char *text) {
    tl_error err = {0};
    tl_doc *d = NULL;
    assert_int_equal(tl_extract(ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    return d;
}

/* Every pair of text's document: the same features as the reference,
 * with the per-entity memo and without; returns the number of pairs. */
static long same_features(tl_extractor *ex, const tl_gaz *g, const char *text) {
    tl_doc *d = doc_of(ex, text);
    tl_rel_pair *p = NULL;
    long n = tl_rel_pairs(d, 3, 100000, &p);
    assert_true(n >= 0);
    tl_rel_ent *memo = calloc(d->n_entities ? d->n_entities : 1, sizeof *memo);
    assert_non_null(memo);
    for (long i = 0; i < n; i++) {
        uint32_t want[TL_REL_MAX_FEATS], got[TL_REL_MAX_FEATS], memoed[TL_REL_MAX_FEATS];
        size_t k = ref_features(d, g, NULL, &p[i], want);
        assert_int_equal(tl_rel_features(d, g, &p[i], got), k);
        assert_memory_equal(want, got, k * sizeof *want);
        assert_int_equal(tl_rel_features_cached(d, g, memo, &p[i], memoed), k);
        assert_memory_equal(want, memoed, k * sizeof *want);
    }
    free(memo);
    free(p);
    tl_doc_free(d);
    return n;
}

static void test_prose(void **state) {
    (void)state;
    tl_error err = {0};
    tl_extractor *ex = tl_extractor_new(NULL, &err);
    assert_non_null(ex);
    tl_gaz *g = tl_gaz_open();
    assert_non_null(g);
    /* words between (up to 12), before and after, first and last words of
     * names, the words after the head's first mention */
    assert_true(same_features(ex, g,
                              "Marta Kowalski, a Polish engineer born in Gdansk, joined the Baltic Freight Union in "
                              "2019. The union is based in Riga, Latvia. Kowalski later met Tomas Berzins and Anna "
                              "Ozola in Vilnius.\n\nBerzins is a citizen of Latvia. Ozola lives in Tallinn, Estonia.") > 4);
    /* numbers, capitals, a word longer than 31 bytes, accented letters, a
     * gap over 12 tokens, names far apart */
    assert_true(same_features(ex, g,
                              "Harbor Dynamics of Lyon signed 4,500 contracts with SUPERCALIFRAGILISTICEXPIALIDOCIOUS"
                              "ABCDEFGH Logistics in Zurich. The firm of Jos\xc3\xa9 \xc3\x81lvarez, which was founded "
                              "by his cousin and his brother and his aunt and two more partners nobody knew, sued "
                              "Nordwind Trading. Nothing happened. Nothing at all. Still nothing. Then Kiel Marine "
                              "Works moved to Hamburg, Germany.") > 4);
    /* a document with one name: no pair */
    assert_int_equal(same_features(ex, g, "Nothing here names two things but Oslo."), 0);
    tl_gaz_close(g);
    tl_extractor_free(ex);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prose),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
