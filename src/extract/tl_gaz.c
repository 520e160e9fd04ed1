/* tl_gaz.c -- gazetteer lookups over the const tables generated into tl_gaz_data.c. */
#include "tl_gaz.h"
#include "tl_gaz_data.h"
#include "tl_utf8.h"
#include "tl_smap.h"
#include <stdlib.h>
#include <string.h>

/* Inputs longer than this (in bytes) can't be keys: the generator caps keys
 * at 200 bytes, and folding never shrinks a name to less than a quarter. */
#define GAZ_MAX_IN 1024
#define GAZ_BUF (GAZ_MAX_IN + 64)

struct tl_gaz {
    const tl_gaz_table *t;
};

tl_gaz *tl_gaz_open(void) {
    tl_gaz *g = malloc(sizeof *g);
    if (!g) return NULL;
    g->t = &tl_gaz_builtin;
    return g;
}

void tl_gaz_close(tl_gaz *g) { free(g); }

/* Collapses runs of ASCII whitespace in out[0..n) to one space and trims;
 * returns the new length.  Can't fail. */
static size_t squeeze_space(char *out, size_t n) {
    size_t o = 0;
    int pending = 0;
    for (size_t i = 0; i < n; i++) {
        char c = out[i];
        if (c == ' ' || (c >= 9 && c <= 13)) {
            pending = o > 0;
            continue;
        }
        if (pending) out[o++] = ' ';
        pending = 0;
        out[o++] = c;
    }
    out[o] = 0;
    return o;
}

/* The cased form of s: like tl_utf8_fold but without case folding (accents
 * stripped, apostrophes and dashes made ASCII).  Returns the length, or
 * (size_t)-1 when it does not fit in cap-1 bytes.  Can't fail otherwise. */
static size_t norm_cased(const char *s, size_t n, char *out, size_t cap) {
    size_t o = tl_utf8_strip(s, n, out, cap);
    return o == (size_t)-1 ? o : squeeze_space(out, o);
}

/* Folds s into key (cap GAZ_BUF); returns the key length or 0 when s can't
 * be a key of t.  Can't fail. */
static size_t make_key(const tl_gaz_table *t, const char *s, size_t n, char *key) {
    if (!s || n == 0 || n > GAZ_MAX_IN) return 0;
    /* One ASCII word (the usual case): the key is the word lower-cased. */
    size_t w = 0;
    for (; w < n; w++) {
        unsigned char c = (unsigned char)s[w];
        if (c >= 0x80 || c == '`' || c <= ' ') break;
        key[w] = (char)(c + ((unsigned)(c - 'A') < 26u ? 32 : 0));
    }
    if (w == n) {
        key[n] = 0;
        return n <= t->max_key_len ? n : 0;
    }
    /* ASCII with spaces: fold and squeeze in one pass, giving up as soon as
     * the key is too long.  Same result as the general path below. */
    size_t o = 0;
    int pending = 0;
    for (size_t i = 0;; i++) {
        if (i == n) {
            key[o] = 0;
            return o;
        }
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || c == '`') break; /* tl_utf8_fold maps these */
        if (c == ' ' || (c >= 9 && c <= 13)) {
            pending = o > 0;
            continue;
        }
        if (o + pending >= t->max_key_len) return 0;
        if (pending) key[o++] = ' ';
        pending = 0;
        key[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    size_t k = tl_utf8_fold(s, n, key, GAZ_BUF);
    k = squeeze_space(key, k);
    if (k == 0 || k > t->max_key_len) return 0;
    return k;
}

static uint32_t fnv1a(const char *s, size_t n) {
    uint32_t h = 0x811c9dc5u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x01000193u;
    }
    return h;
}

/* Index of the entry whose folded key is key[0..k), or -1.  Can't fail. */
static long find(const tl_gaz_table *t, const char *key, size_t k) {
    if (!t->slots || !t->n_ent) return -1;
    uint32_t h = fnv1a(key, k) & t->slot_mask;
    for (uint32_t probes = 0; probes <= t->slot_mask; probes++) {
        uint32_t v = t->slots[h];
        if (!v) return -1;
        uint32_t ek = t->ent_key[v - 1];
        if ((ek & 0xFF) == k && memcmp(t->blob + (ek >> 8), key, k) == 0) return (long)(v - 1);
        h = (h + 1) & t->slot_mask;
    }
    return -1;
}

static long lookup_exact(const tl_gaz *g, const char *s, size_t n) {
    char key[GAZ_BUF];
    if (!g || !g->t) return -1;
    size_t k = make_key(g->t, s, n, key);
    return k ? find(g->t, key, k) : -1;
}

/* "St Petersburg", "St Louis": British style drops the period of "St.",
 * which the gazetteer's names keep.  Writes s with "St." for its first
 * word into out (GAZ_BUF bytes) and returns the length, or 0 when s does
 * not open with a bare "St".  Can't fail. */
static size_t saint_period(const char *s, size_t n, char *out) {
    if (!s || n < 4 || n + 1 >= GAZ_BUF || (s[0] != 'S' && s[0] != 's') || s[1] != 't' || s[2] != ' ') return 0;
    memcpy(out, s, 2);
    out[2] = '.';
    memcpy(out + 3, s + 2, n - 2);
    return n + 1;
}

/* The entry of s, or of s with "St." for a bare "St" (saint_period); -1
 * when there is none.  Can't fail. */
static long lookup_entry(const tl_gaz *g, const char *s, size_t n) {
    long e = lookup_exact(g, s, n);
    if (e >= 0) return e;
    char alt[GAZ_BUF];
    size_t an = saint_period(s, n, alt);
    return an ? lookup_exact(g, alt, an) : -1;
}

static const tl_gaz_extra *entry_extra(const tl_gaz_table *t, long e) {
    if (e < 0 || !t->ent_extra) return NULL;
    uint16_t x = t->ent_extra[e];
    return x && x <= t->n_extra ? &t->extras[x - 1] : NULL;
}

static const char *country_name(const tl_gaz_table *t, unsigned id, size_t *out_len) {
    if (id == 0 || id > t->n_countries) {
        if (out_len) *out_len = 0;
        return NULL;
    }
    uint32_t c = t->countries[id - 1];
    if (out_len) *out_len = c & 0xFF;
    return t->blob + (c >> 8);
}

uint32_t tl_gaz_lookup(const tl_gaz *g, const char *s, size_t n) {
    long e = lookup_entry(g, s, n);
    return e < 0 ? 0 : g->t->ent_flags[e];
}

uint32_t tl_gaz_lookup_cased(const tl_gaz *g, const char *s, size_t n) {
    long e = lookup_exact(g, s, n);
    char alt[GAZ_BUF];
    size_t an = e < 0 ? saint_period(s, n, alt) : 0;
    if (an) { /* (the cased forms are compared as the gazetteer spells them) */
        e = lookup_exact(g, alt, an);
        s = alt;
        n = an;
    }
    if (e < 0) return 0;
    const tl_gaz_table *t = g->t;
    char c[GAZ_BUF];
    size_t cl = norm_cased(s, n, c, sizeof c);
    if (cl == (size_t)-1) return 0;
    uint32_t v = t->ent_var[e];
    if (v == 0) { /* the only cased form is the folded key itself */
        uint32_t ek = t->ent_key[e];
        return (ek & 0xFF) == cl && memcmp(t->blob + (ek >> 8), c, cl) == 0 ? t->ent_flags[e] : 0;
    }
    if (v == 1) { /* the only cased form is the key capitalized (ASCII) */
        uint32_t ek = t->ent_key[e];
        const char *k = t->blob + (ek >> 8);
        if ((ek & 0xFF) != cl) return 0;
        for (size_t i = 0; i < cl; i++) {
            char want = k[i];
            if ((i == 0 || k[i - 1] == ' ' || k[i - 1] == '-') && want >= 'a' && want <= 'z')
                want = (char)(want - 32);
            if (c[i] != want) return 0;
        }
        return t->ent_flags[e];
    }
    uint32_t flags = 0;
    for (uint32_t i = (v >> 8) - 1, end = (v >> 8) - 1 + (v & 0xFF); i < end && i < t->n_var; i++) {
        uint32_t vs = t->var_str[i];
        if ((vs & 0xFF) == cl && memcmp(t->blob + (vs >> 8), c, cl) == 0) flags |= t->var_flags[i];
    }
    return flags;
}

const char *tl_gaz_country(const tl_gaz *g, const char *s, size_t n, size_t *out_len) {
    long e = lookup_entry(g, s, n);
    const tl_gaz_extra *x = e < 0 ? NULL : entry_extra(g->t, e);
    return country_name(g ? g->t : NULL, x ? x->country : 0, out_len);
}

const char *tl_gaz_place_country(const tl_gaz *g, const char *s, size_t n, size_t *out_len) {
    long e = lookup_entry(g, s, n);
    const tl_gaz_extra *x = e < 0 ? NULL : entry_extra(g->t, e);
    return country_name(g ? g->t : NULL, x ? x->place_country : 0, out_len);
}

uint32_t tl_gaz_population(const tl_gaz *g, const char *s, size_t n) {
    long e = lookup_entry(g, s, n);
    const tl_gaz_extra *x = e < 0 ? NULL : entry_extra(g->t, e);
    return x ? x->pop : 0;
}

int tl_gaz_dual_demonym(const tl_gaz *g, const char *s, size_t n) {
    /* the combining forms English writes before a hyphen */
    static const char *const forms[] = {"Franco", "Anglo", "Sino", "Russo", "Italo", "Indo", "Afro", "Greco",
                                        "Hispano", "Luso", "Austro", "Serbo", "Turko", "Irano", "Germano"};
    const char *h = n > 2 ? memchr(s + 1, '-', n - 2) : NULL;
    if (!h || memchr(h + 1, '-', (size_t)(s + n - h - 1))) return 0;
    size_t fl = (size_t)(h - s), rl = n - fl - 1;
    if (!(tl_gaz_lookup(g, h + 1, rl) & TL_GAZ_DEMONYM)) return 0;
    if (tl_gaz_lookup(g, s, fl) & TL_GAZ_DEMONYM) return 2;
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (strlen(forms[i]) == fl && memcmp(forms[i], s, fl) == 0) return 1;
    return 0;
}

/* ---- remembered lookups ------------------------------------------------------ */

struct tl_gaz_memo {
    tl_smap *map;            /* string -> struct memo_rec */
    const tl_gaz_table *t;   /* the tables the entries index */
};

struct memo_rec {
    uint32_t known;          /* entry is set */
    int32_t entry;           /* lookup_entry's answer */
};

tl_gaz_memo *tl_gaz_memo_new(size_t max_bytes) {
    tl_gaz_memo *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->map = tl_smap_new(sizeof(struct memo_rec), max_bytes);
    if (!m->map) { free(m); return NULL; }
    return m;
}

void tl_gaz_memo_free(tl_gaz_memo *m) {
    if (!m) return;
    tl_smap_free(m->map);
    free(m);
}

/* lookup_entry through the memo. */
static long memo_entry(const tl_gaz *g, tl_gaz_memo *m, const char *s, size_t n) {
    if (!m || !g) return lookup_entry(g, s, n);
    if (m->t != g->t) { /* entries of other tables */
        tl_smap_clear(m->map);
        m->t = g->t;
    }
    struct memo_rec *r = tl_smap_get(m->map, s, n);
    if (!r) return lookup_entry(g, s, n);
    if (!r->known) {
        r->entry = (int32_t)lookup_entry(g, s, n);
        r->known = 1;
    }
    return r->entry;
}

uint32_t tl_gaz_lookup_memo(const tl_gaz *g, tl_gaz_memo *m, const char *s, size_t n) {
    long e = memo_entry(g, m, s, n);
    return e < 0 ? 0 : g->t->ent_flags[e];
}

const char *tl_gaz_country_memo(const tl_gaz *g, tl_gaz_memo *m, const char *s, size_t n,
                                size_t *out_len) {
    long e = memo_entry(g, m, s, n);
    const tl_gaz_extra *x = e < 0 ? NULL : entry_extra(g->t, e);
    return country_name(g ? g->t : NULL, x ? x->country : 0, out_len);
}

unsigned tl_gaz_max_words(const tl_gaz *g) { return g && g->t ? g->t->max_words : 0; }

size_t tl_gaz_size(const tl_gaz *g) { return g && g->t ? g->t->n_ent : 0; }
