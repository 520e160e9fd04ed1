/* tl_ner_feat.c -- NER per-token data and tagger features, with the word memo kept across documents. */
#include "tl_ner_int.h"
#include "tl_utf8.h"
#include "tl_tok.h"
#include "tl_smap.h"
#include <stdlib.h>
#include <string.h>

/* The word memo: per string (a token, or tokens joined for a gazetteer
 * lookup), its gazetteer flags and, for single words, the word features,
 * each computed the first time it is asked for.  All are pure functions of
 * the bytes (and of the model, for the sums), so a memo may serve any
 * number of documents (a thread's workspace keeps one): names and the words
 * around them repeat within and across documents, and a lookup folds and
 * hashes its string anew.  Words and multi-word names live in two maps: the
 * few thousand words every document asks for then stay in a small,
 * cache-friendly one.  Bounded (tl_smap): values are copied out at once, so
 * nothing points into a map across lookups. */
enum { NM_GAZ = 1, NM_FEATS = 2, NM_SUM = 4 };

typedef struct nm_word {      /* a record of the words map */
    uint32_t have;            /* NM_*: what the record holds */
    uint32_t gaz;             /* tl_gaz_lookup flags, when have & NM_GAZ */
    uint32_t word, cased, pre3, suf3, suf2, shape; /* tl_ner_tokinfo fields, when have & NM_FEATS */
    int32_t wsum[TL_NER_NLABELS]; /* the model's sums of the word's own features, when have & NM_SUM */
} nm_word;

typedef struct nm_name {      /* a record of the names map */
    uint32_t have;
    uint32_t gaz;             /* when have & NM_GAZ */
} nm_name;

#define NM_DEFAULT_BYTES ((size_t)2 << 20)

struct tl_ner_memo {
    tl_smap *words, *names;
    const tl_ner_model *model; /* the model the sums are of (one at a time) */
};

static void memo_clear(tl_ner_memo *m) {
    tl_smap_clear(m->words);
    tl_smap_clear(m->names);
}

tl_ner_memo *tl_ner_memo_new(size_t max_bytes) {
    tl_ner_memo *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    if (!max_bytes) max_bytes = NM_DEFAULT_BYTES;
    m->words = tl_smap_new(sizeof(nm_word), max_bytes / 2);
    m->names = tl_smap_new(sizeof(nm_name), max_bytes / 2);
    if (!m->words || !m->names) { tl_ner_memo_free(m); return NULL; }
    return m;
}

void tl_ner_memo_free(tl_ner_memo *m) {
    if (!m) return;
    tl_smap_free(m->words);
    tl_smap_free(m->names);
    free(m);
}


/* tl_gaz_lookup(f->gaz, s, n), remembered.  Can't fail (when memory runs out
 * the lookup is just not remembered). */
uint32_t tl_ner_memo_gaz(const tl_ner_feats *f, const char *s, size_t n) {
    if (!f->memo) return tl_gaz_lookup(f->gaz, s, n);
    /* A name of several words, or one word (then it shares the word's record). */
    nm_name *k = memchr(s, ' ', n) ? tl_smap_get(f->memo->names, s, n) : tl_smap_get(f->memo->words, s, n);
    if (!k) return tl_gaz_lookup(f->gaz, s, n);
    _Static_assert(offsetof(nm_word, gaz) == offsetof(nm_name, gaz) &&
                   offsetof(nm_word, have) == offsetof(nm_name, have), "nm_name is how nm_word starts");
    if (!(k->have & NM_GAZ)) {
        k->gaz = tl_gaz_lookup(f->gaz, s, n);
        k->have |= NM_GAZ;
    }
    return k->gaz;
}

/* Lower-case words that may sit inside a name: "Bank of England",
 * "Osama bin Laden", "Abu Bakr al-Baghdadi", "Movement – Hussainiyoun",
 * the Arabic "and" ("Jama'at Nasr al-Islam wal Muslimin"). */
static int is_connector(const char *s, size_t n) {
    /* By length, so most words are rejected after one comparison. */
    switch (n) {
    case 1: return s[0] == 'y' || s[0] == '&' || s[0] == '-';
    case 2:
        return (s[0] == 'o' && (s[1] == 'f' || s[1] == 'n')) || (s[0] == 'a' && (s[1] == 'l' || s[1] == 't')) ||
               (s[0] == 'e' && s[1] == 'l') || (s[0] == 'd' && (s[1] == 'e' || s[1] == 'u' || s[1] == 'a')) ||
               (s[0] == 'l' && (s[1] == 'a' || s[1] == 'e')) || (s[0] == 'i' && s[1] == 'n') ||
               (s[0] == 'u' && s[1] == 'l') || (s[0] == 'w' && s[1] == 'a');
    case 3:
        /* By first byte: fifteen memcmp calls for every three-letter word
         * ("was", "his") were most of this function. */
        switch (s[0]) {
        case 't': return !memcmp(s, "the", 3);
        case 'a': return !memcmp(s, "al-", 3) || !memcmp(s, "abu", 3) || !memcmp(s, "and", 3);
        case 'b': return !memcmp(s, "bin", 3);
        case 'i': return !memcmp(s, "ibn", 3);
        case 'f': return !memcmp(s, "for", 3);
        case 'v': return !memcmp(s, "van", 3) || !memcmp(s, "von", 3);
        case 'w': return !memcmp(s, "wal", 3); /* "Nasr al-Islam wal Muslimin" */
        case 'd':
            return !memcmp(s, "del", 3) || !memcmp(s, "der", 3) || !memcmp(s, "den", 3) || !memcmp(s, "dos", 3) ||
                   !memcmp(s, "das", 3);
        case '\xE2': return !memcmp(s, "\xE2\x80\x93", 3);
        default: return 0;
        }
    case 4: return !memcmp(s, "bint", 4);
    case 5: return !memcmp(s, "della", 5);
    default: return 0;
    }
}

static int has_upper(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) { /* ASCII without the decoder */
            if (b >= 'A' && b <= 'Z') return 1;
            i++;
            continue;
        }
        int32_t c;
        i += tl_utf8_decode(s + i, n - i, &c);
        if (tl_uc_is_upper(c)) return 1;
    }
    return 0;
}

/* Joins tokens [a, b) with single spaces into buf (cap bytes); 0 if too long. */
size_t tl_ner_join_tokens(const tl_doc *d, uint32_t a, uint32_t b, char *buf, size_t cap) {
    size_t o = 0;
    for (uint32_t i = a; i < b; i++) {
        size_t n;
        const char *s = tl_ner_tok_ptr(d, i, &n);
        int glue = i > a && !(d->tokens[i].flags & TL_TOK_SPACE_BEFORE);
        if (o + n + 2 >= cap) return 0;
        if (i > a && !glue) buf[o++] = ' ';
        memcpy(buf + o, s, n);
        o += n;
    }
    buf[o] = 0;
    return o;
}

static uint32_t gaz_class(uint32_t f) {
    if (f & (TL_GAZ_COUNTRY)) return 1;
    if (f & (TL_GAZ_SUBDIV | TL_GAZ_CITY)) return 2;
    if (f & (TL_GAZ_REGION)) return 3;
    if (f & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) return 4;
    return 0;
}

/* The word features of token bytes s[0..n) into e's feature fields. */
static void word_feats(const char *s, size_t n, nm_word *e) {
    char fold[128];
    size_t fl = tl_utf8_fold(s, n, fold, sizeof fold);
    e->word = tl_percep_hash(fold, fl, 2166136261u);
    e->cased = tl_percep_hash(s, n < 64 ? n : 64, 0x9747b28cu);
    /* Affixes on bytes of the folded form (fine for Latin script). */
    e->pre3 = tl_percep_hash(fold, fl < 3 ? fl : 3, 0x1234567u);
    e->suf3 = tl_percep_hash(fold + (fl > 3 ? fl - 3 : 0), fl < 3 ? fl : 3, 0x7654321u);
    e->suf2 = tl_percep_hash(fold + (fl > 2 ? fl - 2 : 0), fl < 2 ? fl : 2, 0x5555555u);
    /* Compressed shape: runs of X, x, d, punctuation kept once. */
    char shp[16];
    size_t sl = 0;
    for (size_t k = 0; k < n && sl < sizeof shp - 1;) {
        int32_t c;
        if ((unsigned char)s[k] < 0x80) c = (unsigned char)s[k++];
        else k += tl_utf8_decode(s + k, n - k, &c);
        char ch;
        if (c < 0x80) /* tl_uc_is_upper / _alpha / _digit, inline for ASCII */
            ch = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd' : (char)c;
        else
            ch = tl_uc_is_upper(c) ? 'X' : tl_uc_is_alpha(c) ? 'x' : tl_uc_is_digit(c) ? 'd' : '*';
        if (sl == 0 || shp[sl - 1] != ch) shp[sl++] = ch;
    }
    e->shape = tl_percep_hash(shp, sl, 0x31415926u);
}

/* A feature: template id and value hashed together (tl_percep's hashing). */
static uint32_t mix(uint32_t tmpl, uint32_t v) { return tl_percep_mix(tmpl, v); }

/* The features of token t that depend on its bytes alone (the bias too):
 * tl_ner_features' templates 1, 2, 7, 10-13, 25 and 26.  Writes at most
 * 32 and returns how many. */
static size_t word_features(const tl_ner_tokinfo *t, uint32_t *o) {
    size_t k = 0;
    o[k++] = mix(1, 0);
    o[k++] = mix(2, t->word);
    o[k++] = mix(7, t->shape);
    o[k++] = mix(10, t->suf3);
    o[k++] = mix(11, t->pre3);
    o[k++] = mix(12, t->suf2);
    for (uint32_t g = t->gaz & 0x3FFFFFu; g; g &= g - 1) o[k++] = mix(13, (uint32_t)__builtin_ctz(g));
    o[k++] = mix(25, t->len > 12 ? 12 : t->len);
    o[k++] = mix(26, t->cased);
    return k;
}

/* Sets the word features of token ti from its bytes, and with gaz its
 * gazetteer flags, through the memo. */
static void token_feats(const tl_ner_feats *f, const char *s, size_t n, int gaz, uint32_t i) {
    tl_ner_tokinfo *ti = &f->t[i];
    nm_word tmp = {0, 0, 0, 0, 0, 0, 0, 0, {0}};
    nm_word *e = f->memo ? tl_smap_get(f->memo->words, s, n) : NULL;
    if (!e) e = &tmp;
    if (!(e->have & NM_FEATS)) {
        word_feats(s, n, e);
        e->have |= NM_FEATS;
    }
    if (gaz && !(e->have & NM_GAZ)) {
        e->gaz = tl_gaz_lookup(f->gaz, s, n);
        e->have |= NM_GAZ;
    }
    ti->word = e->word;
    ti->cased = e->cased;
    ti->pre3 = e->pre3;
    ti->suf3 = e->suf3;
    ti->suf2 = e->suf2;
    ti->shape = e->shape;
    ti->len = (uint8_t)(n > 255 ? 255 : n);
    if (!gaz) return;
    ti->gaz = e->gaz;
    /* The tagger looks at tokens next to capitals only: their own
     * features' weights are summed once per word. */
    if (f->model) {
        if (!(e->have & NM_SUM)) {
            uint32_t feats[TL_NER_MAX_FEATS];
            size_t k = word_features(ti, feats);
            memset(e->wsum, 0, sizeof e->wsum);
            tl_percep_score(f->model->pm, feats, k, e->wsum);
            e->have |= NM_SUM;
        }
        memcpy(f->wsum[i], e->wsum, sizeof e->wsum);
        ti->has_wsum = 1;
    }
}

/* tl_ner_feats_new with a memo the caller keeps (NULL: one for f alone);
 * with a quantized model m, tokens also get their word sums (wsum). */
tl_ner_feats *tl_ner_feats_make(const tl_gaz *g, const tl_ner_model *m, tl_ner_memo *memo, const tl_doc *d) {
    tl_ner_feats *f = malloc(sizeof *f);
    if (!f) return NULL;
    f->doc = d;
    f->gaz = g;
    f->model = m && m->pm && !m->tr ? m : NULL;
    f->t = calloc(d->n_tokens ? d->n_tokens : 1, sizeof *f->t);
    /* not zeroed: read only where has_wsum says it was written */
    f->wsum = f->model ? malloc((d->n_tokens ? d->n_tokens : 1) * sizeof *f->wsum) : NULL;
    if (!f->t || (f->model && !f->wsum)) { free(f->t); free(f->wsum); free(f); return NULL; }
    f->own_memo = !memo;
    f->memo = memo ? memo : tl_ner_memo_new(0);
    if (f->memo && f->memo->model != f->model) { /* sums of another model */
        memo_clear(f->memo);
        f->memo->model = f->model;
    }
    /* Classes first: they decide which tokens the tagger looks at. */
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        tl_ner_tokinfo *ti = &f->t[i];
        const tl_token *tk = &d->tokens[i];
        size_t n;
        const char *s = tl_ner_tok_ptr(d, i, &n);
        if (tk->flags & TL_TOK_PUNCT) ti->cls = TL_NER_SH_PUNCT;
        else if (tk->flags & TL_TOK_ALLCAPS) ti->cls = TL_NER_SH_CAPS;
        else if (tk->flags & TL_TOK_UPPER) ti->cls = TL_NER_SH_CAP;
        else if (!(tk->flags & TL_TOK_ALPHA)) ti->cls = TL_NER_SH_DIGIT;
        else if (has_upper(s, n)) ti->cls = TL_NER_SH_MIXED;
        else ti->cls = TL_NER_SH_LOWER;
    }
    /* Word hashes, affixes and shapes of the tokens features can reach: two
     * to each side of a capitalized word.  The rest of the text is skipped.
     * Gazetteer flags are read only around capitalized words (features look
     * one token to each side): long lower-case stretches skip the lookup. */
    /* caps_to[i]: capitalized tokens in [0, i), so a window's test is a subtraction. */
    uint32_t *caps_to = malloc(((size_t)d->n_tokens + 1) * sizeof *caps_to);
    if (!caps_to) { tl_ner_feats_free(f); return NULL; }
    caps_to[0] = 0;
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        uint8_t c = f->t[i].cls;
        caps_to[i + 1] = caps_to[i] + (c == TL_NER_SH_CAP || c == TL_NER_SH_CAPS || c == TL_NER_SH_MIXED);
    }
#define CAPS_IN(a, b) (caps_to[(b) < d->n_tokens ? (b) + 1 : d->n_tokens] - caps_to[a]) /* tokens [a, b] */
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        if (!CAPS_IN(i >= 2 ? i - 2 : 0, i + 2)) continue;
        size_t n;
        const char *s = tl_ner_tok_ptr(d, i, &n);
        token_feats(f, s, n, CAPS_IN(i ? i - 1 : 0, i + 1) != 0, i);
    }
#undef CAPS_IN
    free(caps_to);
    /* Candidates: tokens with a capital letter; connectors between two. */
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        uint8_t c = f->t[i].cls;
        f->t[i].cand = (c == TL_NER_SH_CAP || c == TL_NER_SH_CAPS || c == TL_NER_SH_MIXED);
    }
    for (uint32_t i = 1; i + 1 < d->n_tokens; i++) {
        if (f->t[i].cand) continue;
        size_t n;
        const char *s = tl_ner_tok_ptr(d, i, &n);
        if (!is_connector(s, n) || d->tokens[i].sent != d->tokens[i - 1].sent) continue;
        uint32_t j = i + 1;
        if (j < d->n_tokens && !f->t[j].cand) {
            size_t n2;
            const char *s2 = tl_ner_tok_ptr(d, j, &n2);
            if (is_connector(s2, n2)) j++; /* "of the" */
        }
        if (f->t[i - 1].cand && j < d->n_tokens && f->t[j].cand &&
            d->tokens[j].sent == d->tokens[i].sent) {
            for (uint32_t k = i; k < j; k++) f->t[k].cand = 1;
        }
    }
    /* Multiword gazetteer matches, longest first, starting at capitals. */
    unsigned maxw = tl_gaz_max_words(g);
    if (maxw > 6) maxw = 6;
    char buf[256];
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        if (f->t[i].cls != TL_NER_SH_CAP && f->t[i].cls != TL_NER_SH_CAPS) continue;
        /* Entries are capitalized words joined by connectors: no lookup for
         * a span that holds any other lower-case word or punctuation. */
        unsigned reach = 1;
        while (reach < maxw && i + reach < d->n_tokens && d->tokens[i + reach].sent == d->tokens[i].sent) {
            const tl_ner_tokinfo *x = &f->t[i + reach];
            size_t xn;
            const char *xs = tl_ner_tok_ptr(d, i + reach, &xn);
            if (x->cls == TL_NER_SH_CAP || x->cls == TL_NER_SH_CAPS || x->cls == TL_NER_SH_MIXED || is_connector(xs, xn)) reach++;
            else break;
        }
        for (unsigned k = reach; k >= 2; k--) {
            if (i + k > d->n_tokens || d->tokens[i + k - 1].sent != d->tokens[i].sent) continue;
            if (f->t[i + k - 1].cls != TL_NER_SH_CAP && f->t[i + k - 1].cls != TL_NER_SH_CAPS) continue;
            size_t bl = tl_ner_join_tokens(d, i, i + k, buf, sizeof buf);
            if (!bl) continue;
            uint32_t fl = tl_ner_memo_gaz(f, buf, bl);
            uint32_t cls = gaz_class(fl);
            if (!cls) continue;
            for (uint32_t j = i; j < i + k; j++)
                f->t[j].gaz_multi = (uint8_t)(cls * 4 + (j == i ? 1 : j + 1 == i + k ? 3 : 2));
            i += k - 1;
            break;
        }
    }
    return f;
}

tl_ner_feats *tl_ner_feats_new(const tl_gaz *g, const tl_doc *d) { return tl_ner_feats_make(g, NULL, NULL, d); }

void tl_ner_feats_free(tl_ner_feats *f) {
    if (!f) return;
    if (f->own_memo) tl_ner_memo_free(f->memo);
    free(f->wsum);
    free(f->t);
    free(f);
}

int tl_ner_is_candidate(const tl_ner_feats *f, uint32_t i) { return f->t[i].cand; }

/* tl_ner_features, without word_features' ones when `ctx_only` (the
 * tagger then adds the word's sums from tl_ner_tokinfo.wsum).  Order of the
 * features is kept: training sums float weights in this order. */
size_t tl_ner_feats_ctx(const tl_ner_feats *f, uint32_t i, int prev, int prev2, int ctx_only, uint32_t *o) {
    const tl_doc *d = f->doc;
    const tl_ner_tokinfo *t = &f->t[i];
    uint32_t sent = d->tokens[i].sent;
    const uint32_t NONE = 0xABCDEFu;
    const tl_ner_tokinfo *p1 = (i >= 1 && d->tokens[i - 1].sent == sent) ? &f->t[i - 1] : NULL;
    const tl_ner_tokinfo *p2 = (i >= 2 && d->tokens[i - 2].sent == sent) ? &f->t[i - 2] : NULL;
    const tl_ner_tokinfo *n1 = (i + 1 < d->n_tokens && d->tokens[i + 1].sent == sent) ? &f->t[i + 1] : NULL;
    const tl_ner_tokinfo *n2 = (i + 2 < d->n_tokens && d->tokens[i + 2].sent == sent) ? &f->t[i + 2] : NULL;
    size_t k = 0;
    if (!ctx_only) {
        o[k++] = mix(1, 0);
        o[k++] = mix(2, t->word);
    }
    o[k++] = mix(3, p1 ? p1->word : NONE);
    o[k++] = mix(4, n1 ? n1->word : NONE);
    o[k++] = mix(5, p2 ? p2->word : NONE);
    o[k++] = mix(6, n2 ? n2->word : NONE);
    if (!ctx_only) o[k++] = mix(7, t->shape);
    o[k++] = mix(8, p1 ? p1->shape : NONE);
    o[k++] = mix(9, n1 ? n1->shape : NONE);
    if (!ctx_only) {
        o[k++] = mix(10, t->suf3);
        o[k++] = mix(11, t->pre3);
        o[k++] = mix(12, t->suf2);
        for (uint32_t g = t->gaz & 0x3FFFFFu; g; g &= g - 1) o[k++] = mix(13, (uint32_t)__builtin_ctz(g)); /* bits 0..21, ascending */
    }
    o[k++] = mix(14, t->gaz_multi);
    o[k++] = mix(15, (uint32_t)prev);
    o[k++] = mix(16, (uint32_t)(prev * 16 + prev2));
    o[k++] = mix(17, t->shape ^ (uint32_t)prev * 7919u);
    o[k++] = mix(18, t->word ^ (n1 ? n1->word * 31u : NONE));
    o[k++] = mix(19, t->word ^ (p1 ? p1->word * 17u : NONE));
    uint32_t fl = d->tokens[i].flags;
    o[k++] = mix(20, (fl & TL_TOK_SENT_START ? 1u : 0u) | (fl & TL_TOK_LINE_START ? 2u : 0u) |
                         ((uint32_t)t->cls << 2));
    if (p1) for (uint32_t g = p1->gaz & 0x3FFFFFu; g; g &= g - 1) o[k++] = mix(21, (uint32_t)__builtin_ctz(g));
    if (n1) for (uint32_t g = n1->gaz & 0x3FFFFFu; g; g &= g - 1) o[k++] = mix(22, (uint32_t)__builtin_ctz(g));
    o[k++] = mix(23, p1 ? p1->gaz_multi : 255u);
    o[k++] = mix(24, n1 ? n1->gaz_multi : 255u);
    if (!ctx_only) {
        o[k++] = mix(25, t->len > 12 ? 12 : t->len);
        o[k++] = mix(26, t->cased);
    }
    o[k++] = mix(27, (uint32_t)prev * 131u + t->cls);
    o[k++] = mix(28, (p1 ? p1->cls : 9u) * 16u + t->cls * 4u + (n1 ? n1->cls : 9u) * 64u);
    /* At most 12 + 22 + 7 + 2 * 22 + 6 = 91: the cap never cuts, so the
     * word sums plus the context features are exactly all features. */
    _Static_assert(TL_NER_MAX_FEATS >= 91, "features would be cut");
    return k;
}

size_t tl_ner_features(const tl_ner_feats *f, uint32_t i, int prev, int prev2, uint32_t *o) {
    return tl_ner_feats_ctx(f, i, prev, prev2, 0, o);
}
