/* tl_ner.c -- named-entity mentions: a trained tagger plus rules for reports.
 *
 * Three stages over each sentence (the passes of the table at the end of
 * this file):
 *   1. an averaged-perceptron tagger (hashed features, greedy left to right)
 *      labels the "candidate" tokens -- capitalized words and the connectors
 *      between them -- with B/I-PER, ORG, LOC, MISC; every other token is O,
 *      which keeps the tagger off the bulk of running text;
 *   2. rules for report prose that a general model misses: titles before
 *      names, organization and facility head nouns, gazetteer places and
 *      nationalities, parenthesized acronyms;
 *   3. fine typing: the coarse LOC/MISC classes become GPE, LOC, FAC, NORP or
 *      EVENT from the gazetteer and head nouns.
 * Document-level consistency (one surface, one type; repeated surfaces found
 * everywhere) runs last, over the whole document.
 */
#include "tl_ner.h"
#include "tl_percep.h"
#include "tl_arena.h"
#include "tl_utf8.h"
#include "tl_tok.h"
#include "tl_smap.h"
#include "tl_cues.h"
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the model --------------------------------------------------------- */

/* The tagger is the project's averaged perceptron (tl_percep.c): its file
 * format, checksum, quantization and trainer.  A model holds either the
 * read-only quantized weights (tagging) or a trainer (tools/train-ner). */
struct tl_ner_model {
    tl_percep_model *pm;    /* shipped or loaded model, or NULL (rules only) */
    tl_percep_trainer *tr;  /* training weights, or NULL */
};

static const char *const ner_label_names[TL_NER_NLABELS] = {
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

/* The model compiled into the library (see tl_ner_blob.c). */
extern const unsigned char tl_ner_blob[];
extern const unsigned char tl_ner_blob_end[];

static void err_set(tl_error *err, int code, const char *msg, const char *path) {
    if (!err) return;
    err->code = code;
    err->offset = -1;
    snprintf(err->msg, sizeof err->msg, "%s%s%s", path ? path : "", path ? ": " : "", msg);
}

int tl_ner_load(tl_ner_model **out, const char *path, tl_error *err) {
    tl_ner_model *m = calloc(1, sizeof *m);
    if (!m) { err_set(err, TL_ENOMEM, "out of memory", NULL); return TL_ENOMEM; }
    if (!path) {
        size_t n = (size_t)(tl_ner_blob_end - tl_ner_blob);
        if (n == 0) { *out = m; return TL_OK; } /* rules only */
        m->pm = tl_percep_load_mem(tl_ner_blob, n, "ner", err);
    } else {
        m->pm = tl_percep_load(path, "ner", err);
    }
    if (m->pm && tl_percep_n_classes(m->pm) != TL_NER_NLABELS) {
        tl_percep_free(m->pm);
        m->pm = NULL;
        err_set(err, TL_EFORMAT, "NER model has the wrong label count", path ? path : "built-in model");
    }
    if (!m->pm) {
        int rc = err && err->code ? err->code : TL_EFORMAT;
        free(m);
        return rc;
    }
    *out = m;
    return TL_OK;
}

tl_ner_model *tl_ner_new_empty(unsigned log2) {
    tl_ner_model *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->tr = tl_percep_trainer_new(log2, TL_NER_NLABELS);
    if (!m->tr) { free(m); return NULL; }
    return m;
}

void tl_ner_free(tl_ner_model *m) {
    if (!m) return;
    tl_percep_free(m->pm);
    tl_percep_trainer_free(m->tr);
    free(m);
}

void tl_ner_scores(const tl_ner_model *m, const uint32_t *f, size_t n, float *s) {
    for (int l = 0; l < TL_NER_NLABELS; l++) s[l] = 0;
    if (m->tr) {
        tl_percep_trainer_scores(m->tr, f, n, s);
    } else if (m->pm) {
        int32_t acc[TL_NER_NLABELS] = {0};
        tl_percep_score(m->pm, f, n, acc);
        float scale = tl_percep_scale(m->pm);
        for (int l = 0; l < TL_NER_NLABELS; l++) s[l] = (float)acc[l] * scale;
    }
}

void tl_ner_update(tl_ner_model *m, const uint32_t *f, size_t n, int truth, int guess) {
    if (m->tr) tl_percep_trainer_update(m->tr, f, n, (unsigned)truth, (unsigned)guess);
}

int tl_ner_accumulate(tl_ner_model *acc, const tl_ner_model *m, double weight) {
    if (!acc->tr || !m->tr) return TL_EINVAL;
    return tl_percep_trainer_accumulate(acc->tr, m->tr, weight);
}

int tl_ner_save(const tl_ner_model *m, float prune, const char *path, tl_error *err) {
    if (!m->tr) { err_set(err, TL_EINVAL, "not a model in training", NULL); return TL_EINVAL; }
    void *img = NULL;
    size_t len = 0;
    int rc = tl_percep_trainer_save(m->tr, "ner", ner_label_names, prune, &img, &len, err);
    if (rc != TL_OK) return rc;
    FILE *fp = fopen(path, "wb");
    if (!fp) { free(img); err_set(err, TL_EIO, "cannot write the model", path); return TL_EIO; }
    int ok = fwrite(img, 1, len, fp) == len;
    ok = (fclose(fp) == 0) && ok;
    free(img);
    if (!ok) { err_set(err, TL_EIO, "writing the model failed", path); return TL_EIO; }
    return TL_OK;
}

int tl_ner_allowed(int prev, int label) {
    if (label == TL_NER_O || (label % 2) == 1) return 1; /* O and B-X always */
    return prev == label || prev == label - 1;           /* I-X after B-X / I-X */
}

/* ---- per-token precomputation ------------------------------------------ */

enum { SH_LOWER = 1, SH_CAP, SH_CAPS, SH_DIGIT, SH_MIXED, SH_PUNCT };

typedef struct tokinfo {
    uint32_t word;    /* hash of the folded word */
    uint32_t cased;   /* hash of the word as written */
    uint32_t pre3, suf3, suf2;
    uint32_t shape;   /* hash of the compressed shape Xx-x */
    uint32_t gaz;     /* tl_gaz flags of the word alone */
    uint8_t gaz_multi; /* multiword gazetteer tag: class*4 + position(1 B, 2 I, 3 E) */
    uint8_t cls;      /* SH_* */
    uint8_t cand;
    uint8_t len;
    uint8_t has_wsum; /* tl_ner_feats.wsum of the token is set */
} tokinfo;

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
    uint32_t word, cased, pre3, suf3, suf2, shape; /* tokinfo fields, when have & NM_FEATS */
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

struct tl_ner_feats {
    const tl_doc *doc;
    const tl_gaz *gaz;
    const tl_ner_model *model; /* quantized model to keep word sums for, or NULL */
    int32_t (*wsum)[TL_NER_NLABELS]; /* per token: sums of its word_features (when has_wsum) */
    tokinfo *t;
    tl_ner_memo *memo;   /* NULL when out of memory: everything is computed each time */
    int own_memo;        /* memo was made for these features alone */
};

/* tl_gaz_lookup(f->gaz, s, n), remembered.  Can't fail (when memory runs out
 * the lookup is just not remembered). */
static uint32_t memo_gaz(const tl_ner_feats *f, const char *s, size_t n) {
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

static const char *tok_ptr(const tl_doc *d, uint32_t i, size_t *n) {
    *n = d->tokens[i].end - d->tokens[i].start;
    return d->text + d->tokens[i].start;
}

/* Lower-case words that may sit inside a name: "Bank of England",
 * "Osama bin Laden", "Abu Bakr al-Baghdadi", "Movement – Hussainiyoun". */
static int is_connector(const char *s, size_t n) {
    /* By length, so most words are rejected after one comparison. */
    switch (n) {
    case 1: return s[0] == 'y' || s[0] == '&' || s[0] == '-';
    case 2:
        return (s[0] == 'o' && (s[1] == 'f' || s[1] == 'n')) || (s[0] == 'a' && (s[1] == 'l' || s[1] == 't')) ||
               (s[0] == 'e' && s[1] == 'l') || (s[0] == 'd' && (s[1] == 'e' || s[1] == 'u' || s[1] == 'a')) ||
               (s[0] == 'l' && (s[1] == 'a' || s[1] == 'e')) || (s[0] == 'i' && s[1] == 'n') ||
               (s[0] == 'u' && s[1] == 'l');
    case 3:
        return !memcmp(s, "the", 3) || !memcmp(s, "al-", 3) || !memcmp(s, "bin", 3) || !memcmp(s, "ibn", 3) ||
               !memcmp(s, "abu", 3) || !memcmp(s, "and", 3) || !memcmp(s, "for", 3) || !memcmp(s, "del", 3) ||
               !memcmp(s, "van", 3) || !memcmp(s, "von", 3) || !memcmp(s, "der", 3) || !memcmp(s, "den", 3) ||
               !memcmp(s, "dos", 3) || !memcmp(s, "das", 3) || !memcmp(s, "\xE2\x80\x93", 3);
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
static size_t join_tokens(const tl_doc *d, uint32_t a, uint32_t b, char *buf, size_t cap) {
    size_t o = 0;
    for (uint32_t i = a; i < b; i++) {
        size_t n;
        const char *s = tok_ptr(d, i, &n);
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
static size_t word_features(const tokinfo *t, uint32_t *o) {
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
    tokinfo *ti = &f->t[i];
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
static tl_ner_feats *feats_new(const tl_gaz *g, const tl_ner_model *m, tl_ner_memo *memo, const tl_doc *d) {
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
        tokinfo *ti = &f->t[i];
        const tl_token *tk = &d->tokens[i];
        size_t n;
        const char *s = tok_ptr(d, i, &n);
        if (tk->flags & TL_TOK_PUNCT) ti->cls = SH_PUNCT;
        else if (tk->flags & TL_TOK_ALLCAPS) ti->cls = SH_CAPS;
        else if (tk->flags & TL_TOK_UPPER) ti->cls = SH_CAP;
        else if (!(tk->flags & TL_TOK_ALPHA)) ti->cls = SH_DIGIT;
        else if (has_upper(s, n)) ti->cls = SH_MIXED;
        else ti->cls = SH_LOWER;
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
        caps_to[i + 1] = caps_to[i] + (c == SH_CAP || c == SH_CAPS || c == SH_MIXED);
    }
#define CAPS_IN(a, b) (caps_to[(b) < d->n_tokens ? (b) + 1 : d->n_tokens] - caps_to[a]) /* tokens [a, b] */
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        if (!CAPS_IN(i >= 2 ? i - 2 : 0, i + 2)) continue;
        size_t n;
        const char *s = tok_ptr(d, i, &n);
        token_feats(f, s, n, CAPS_IN(i ? i - 1 : 0, i + 1) != 0, i);
    }
#undef CAPS_IN
    free(caps_to);
    /* Candidates: tokens with a capital letter; connectors between two. */
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        uint8_t c = f->t[i].cls;
        f->t[i].cand = (c == SH_CAP || c == SH_CAPS || c == SH_MIXED);
    }
    for (uint32_t i = 1; i + 1 < d->n_tokens; i++) {
        if (f->t[i].cand) continue;
        size_t n;
        const char *s = tok_ptr(d, i, &n);
        if (!is_connector(s, n) || d->tokens[i].sent != d->tokens[i - 1].sent) continue;
        uint32_t j = i + 1;
        if (j < d->n_tokens && !f->t[j].cand) {
            size_t n2;
            const char *s2 = tok_ptr(d, j, &n2);
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
        if (f->t[i].cls != SH_CAP && f->t[i].cls != SH_CAPS) continue;
        /* Entries are capitalized words joined by connectors: no lookup for
         * a span that holds any other lower-case word or punctuation. */
        unsigned reach = 1;
        while (reach < maxw && i + reach < d->n_tokens && d->tokens[i + reach].sent == d->tokens[i].sent) {
            const tokinfo *x = &f->t[i + reach];
            size_t xn;
            const char *xs = tok_ptr(d, i + reach, &xn);
            if (x->cls == SH_CAP || x->cls == SH_CAPS || x->cls == SH_MIXED || is_connector(xs, xn)) reach++;
            else break;
        }
        for (unsigned k = reach; k >= 2; k--) {
            if (i + k > d->n_tokens || d->tokens[i + k - 1].sent != d->tokens[i].sent) continue;
            if (f->t[i + k - 1].cls != SH_CAP && f->t[i + k - 1].cls != SH_CAPS) continue;
            size_t bl = join_tokens(d, i, i + k, buf, sizeof buf);
            if (!bl) continue;
            uint32_t fl = memo_gaz(f, buf, bl);
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

tl_ner_feats *tl_ner_feats_new(const tl_gaz *g, const tl_doc *d) { return feats_new(g, NULL, NULL, d); }

void tl_ner_feats_free(tl_ner_feats *f) {
    if (!f) return;
    if (f->own_memo) tl_ner_memo_free(f->memo);
    free(f->wsum);
    free(f->t);
    free(f);
}

int tl_ner_is_candidate(const tl_ner_feats *f, uint32_t i) { return f->t[i].cand; }

/* tl_ner_features, without word_features' ones when `ctx_only` (the
 * tagger then adds the word's sums from tokinfo.wsum).  Order of the
 * features is kept: training sums float weights in this order. */
static size_t features(const tl_ner_feats *f, uint32_t i, int prev, int prev2, int ctx_only, uint32_t *o) {
    const tl_doc *d = f->doc;
    const tokinfo *t = &f->t[i];
    uint32_t sent = d->tokens[i].sent;
    const uint32_t NONE = 0xABCDEFu;
    const tokinfo *p1 = (i >= 1 && d->tokens[i - 1].sent == sent) ? &f->t[i - 1] : NULL;
    const tokinfo *p2 = (i >= 2 && d->tokens[i - 2].sent == sent) ? &f->t[i - 2] : NULL;
    const tokinfo *n1 = (i + 1 < d->n_tokens && d->tokens[i + 1].sent == sent) ? &f->t[i + 1] : NULL;
    const tokinfo *n2 = (i + 2 < d->n_tokens && d->tokens[i + 2].sent == sent) ? &f->t[i + 2] : NULL;
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
    return features(f, i, prev, prev2, 0, o);
}

/* ---- spans, rules and typing ------------------------------------------- */

typedef struct span {
    uint32_t a, b;  /* tokens [a, b) */
    int cls;        /* the fine type (tl_ent_type) */
    uint32_t sb, se; /* byte range when only part of one token, else 0, 0 */
    uint32_t key, order; /* sorting: start byte, then position in the vector */
    uint32_t nick;       /* 1: a nickname inside the span before it */
} span;

static int span_cmp(const void *x, const void *y) {
    const span *a = x, *b = y;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

typedef struct spanvec {
    span *v;
    size_t n, cap;
} spanvec;

static int sv_push(spanvec *sv, span s) {
    if (sv->n == sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 256;
        span *p = realloc(sv->v, cap * sizeof *p);
        if (!p) return 0;
        sv->v = p;
        sv->cap = cap;
    }
    sv->v[sv->n++] = s;
    return 1;
}

static int tok_is(const tl_doc *d, uint32_t i, const char *w) {
    size_t n;
    const char *s = tok_ptr(d, i, &n);
    return strlen(w) == n && memcmp(s, w, n) == 0;
}

/* True when token i is one of the '|'-separated words of list (exactly). */
static int tok_in(const tl_doc *d, uint32_t i, const char *list) {
    size_t n;
    const char *s = tok_ptr(d, i, &n);
    for (const char *p = list; *p;) {
        const char *bar = strchr(p, '|');
        size_t l = bar ? (size_t)(bar - p) : strlen(p);
        if (l == n && memcmp(p, s, n) == 0) return 1;
        if (!bar) break;
        p = bar + 1;
    }
    return 0;
}

/* tok_in ignoring ASCII case: "Deputy" is in a list of "deputy". */
static int tok_in_fold(const tl_doc *d, uint32_t i, const char *list) {
    size_t n;
    const char *s = tok_ptr(d, i, &n);
    char low[64];
    if (n == 0 || n >= sizeof low) return 0;
    for (size_t k = 0; k < n; k++) low[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
    for (const char *p = list; *p;) {
        const char *bar = strchr(p, '|');
        size_t l = bar ? (size_t)(bar - p) : strlen(p);
        if (l == n && memcmp(p, low, n) == 0) return 1;
        if (!bar) break;
        p = bar + 1;
    }
    return 0;
}

/* True when the bytes s[0..n) pass a cue list's prefilter (data/gen-cues.sh):
 * a length within the list's and a first letter some word has.  Most tokens
 * stop here, before the list is searched.  Can't fail. */
static int cue_prefilter(const char *s, size_t n, size_t minlen, size_t maxlen, uint32_t first) {
    if (n < minlen || n > maxlen || n == 0) return 0;
    unsigned c = (unsigned char)s[0];
    return (first >> (c >= 'a' && c <= 'z' ? c - 'a' : 26)) & 1;
}

/* tok_in over a generated cue list, its prefilter first. */
#define TOK_IN_CUE(d, i, CUE) \
    (cue_prefilter((d)->text + (d)->tokens[i].start, (d)->tokens[i].end - (d)->tokens[i].start, CUE##_MINLEN, \
                   CUE##_MAXLEN, CUE##_FIRST) && tok_in(d, i, CUE))

/* TOK_IN_CUE ignoring ASCII case ("Records" in a list of "records"). */
#define TOK_IN_CUE_FOLD(d, i, CUE) (cue_prefilter_fold(d, i, CUE##_MINLEN, CUE##_MAXLEN, CUE##_FIRST) && tok_in_fold(d, i, CUE))

/* cue_prefilter on token i with its first letter folded to lower case. */
static int cue_prefilter_fold(const tl_doc *d, uint32_t i, size_t minlen, size_t maxlen, uint32_t first) {
    char c = d->text[d->tokens[i].start];
    c = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return cue_prefilter(&c, d->tokens[i].end - d->tokens[i].start, minlen, maxlen, first);
}

/* True when token i ends company, label, studio or club names
 * (cues/company_heads.txt: "Records", "Software", "FC").  Can't fail. */
static int company_head(const tl_doc *d, uint32_t i) { return TOK_IN_CUE_FOLD(d, i, TL_CUE_COMPANY_HEADS); }

static uint32_t span_gaz(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    char buf[256];
    size_t n = join_tokens(f->doc, a, b, buf, sizeof buf);
    return n ? memo_gaz(f, buf, n) : 0;
}

#define PLACEISH (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY | TL_GAZ_CITY_BIG | TL_GAZ_CAPITAL)
#define NAMEISH (PLACEISH | TL_GAZ_GIVEN | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_REGION)
#define HEADS (TL_GAZ_ORG_HEAD | TL_GAZ_FAC_HEAD | TL_GAZ_LOC_HEAD | TL_GAZ_EVENT_HEAD | TL_GAZ_GPE_HEAD)
#define PLACEISH_STRONG (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_SUBDIV)

/* The fine type of a span from its coarse class, the gazetteer and its head. */
static int fine_type(const tl_ner_feats *f, uint32_t a, uint32_t b, int cls) {
    uint32_t whole = span_gaz(f, a, b);
    uint32_t head = f->t[b - 1].gaz;
    int single = (b - a == 1);
    if (whole & (TL_GAZ_DEMONYM | TL_GAZ_NORP) && !(whole & TL_GAZ_COUNTRY)) return TL_NORP;
    /* The head noun of a multi-word name says more than the tagger's class:
     * "... International Airport" is a facility, "... Autonomous Republic" a
     * state, "... Inland Sea" a place, whatever the words before it. */
    if (!single && !(head & TL_GAZ_ORG_HEAD) && f->t[b - 1].cls != SH_CAPS) {
        if (head & TL_GAZ_FAC_HEAD) return TL_FAC;
        if (head & TL_GAZ_LOC_HEAD) return TL_LOC;
        if (head & TL_GAZ_EVENT_HEAD) return TL_EVENT;
        /* "Islamic State" stays an organization; "Rivers State" is a state. */
        if ((head & TL_GAZ_GPE_HEAD) && (cls != 2 || (f->t[a].gaz & (PLACEISH_STRONG | TL_GAZ_CITY)))) return TL_GPE;
    }
    /* "Sahand Tejarat Pars Co.", "Everlink Trading Ltd": a company word
     * that is no one's given name or surname ends an organization. */
    if (!single && ((head & TL_GAZ_ORG_HEAD) || company_head(f->doc, b - 1)) && (cls != 1 || !(head & TL_GAZ_GIVEN)))
        return TL_ORG;
    if (cls == 1) return TL_PERSON;
    /* "Harakat al-Nujaba", "Jaish al-Adl", "National Iranian Oil": a name
     * opened by an organization word is an organization, not a place. */
    if (!single && (f->t[a].gaz & TL_GAZ_ORG_WORD) && !(whole & NAMEISH) && !(f->t[a].gaz & PLACEISH_STRONG))
        return TL_ORG;
    if (cls == 2) return TL_ORG;
    if (whole & (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY)) return TL_GPE;
    if (whole & TL_GAZ_REGION) return TL_LOC;
    /* "Anna Magdalena Bach": a given name first, no place word. */
    if (!single && (f->t[a].gaz & TL_GAZ_GIVEN) && !(f->t[a].gaz & (TL_GAZ_WORD | PLACEISH_STRONG)))
        return TL_PERSON;
    if (cls == 3) return TL_GPE;
    return -1; /* MISC that is none of ours */
}

static int cls_of_label(int l) { return l == TL_NER_O ? 0 : (l + 1) / 2; }

/* Tags the candidate tokens of one sentence with the model; sc_out[i]
 * keeps the scores of token i's labels (for the type vote of the
 * tagger-spans pass). */
static void tag_sentence(const tl_ner_model *m, const tl_ner_feats *f, uint32_t a, uint32_t b, uint8_t *lab,
                         float (*sc_out)[TL_NER_NLABELS]) {
    uint32_t feats[TL_NER_MAX_FEATS];
    float sc[TL_NER_NLABELS];
    int p1 = 0, p2 = 0;
    for (uint32_t i = a; i < b; i++) {
        int best = TL_NER_O;
        if (f->t[i].cand && (m->pm || m->tr)) {
            if (f->t[i].has_wsum && f->model == m) {
                /* Exact: integer sums do not depend on the order. */
                int32_t acc[TL_NER_NLABELS];
                memcpy(acc, f->wsum[i], sizeof acc);
                tl_percep_score(m->pm, feats, features(f, i, p1, p2, 1, feats), acc);
                float scale = tl_percep_scale(m->pm);
                for (int l = 0; l < TL_NER_NLABELS; l++) sc[l] = (float)acc[l] * scale;
            } else {
                size_t n = tl_ner_features(f, i, p1, p2, feats);
                tl_ner_scores(m, feats, n, sc);
            }
            float bs = -1e30f;
            for (int l = 0; l < TL_NER_NLABELS; l++)
                if (tl_ner_allowed(p1, l) && sc[l] > bs) { bs = sc[l]; best = l; }
            memcpy(sc_out[i], sc, sizeof sc);
        }
        lab[i] = (uint8_t)best;
        p2 = p1;
        p1 = best;
    }
}

/* The type an apposition gives the name before it: "the Black Wolves, a
 * criminal gang", "Mahmoud Sharifi, a journalist", "Rustavi, a city in".
 * Returns a fine type or -1.  Can't fail. */
static int apposition_type(const tl_ner_feats *f, uint32_t b) {
    static const char *org[] = {"gang", "group", "militia", "organization", "organisation", "company", "firm",
        "network", "cartel", "party", "movement", "agency", "outlet", "newspaper", "website", "bank", "charity",
        "faction", "unit", "syndicate", "clan", "brigade", "battalion", "ministry", "court", "union", "front",
        "subsidiary", "corporation", "foundation", "institute", "university", "channel", "broadcaster",
        "militant", "insurgency", "outfit", "club", "team", "band", "council", "committee", "office"};
    static const char *per[] = {"journalist", "businessman", "businesswoman", "official", "commander", "leader",
        "activist", "dissident", "lawyer", "citizen", "national", "resident", "officer", "spokesman",
        "spokeswoman", "cleric", "politician", "minister", "diplomat", "general", "colonel", "agent", "spy",
        "operative", "man", "woman", "father", "mother", "son", "daughter", "brother", "sister", "wife",
        "husband", "native", "veteran", "singer", "writer", "author", "actor", "player", "footballer",
        "scientist", "engineer", "professor", "student", "director", "founder", "president", "chairman",
        "banker", "smuggler", "trafficker", "hacker", "judge", "prosecutor", "fighter"};
    static const char *gpe[] = {"city", "town", "village", "province", "region", "district", "country", "state",
        "capital", "municipality", "suburb", "county", "port", "island", "enclave", "oblast", "governorate"};
    const tl_doc *d = f->doc;
    uint32_t i = b, sent = b < d->n_tokens ? d->tokens[b].sent : 0;
    if (i >= d->n_tokens || f->t[i].cls != SH_PUNCT || d->text[d->tokens[i].start] != ',') return -1;
    i++;
    if (i >= d->n_tokens || d->tokens[i].sent != sent) return -1;
    size_t n;
    const char *s = tok_ptr(d, i, &n);
    if (!((n == 1 && s[0] == 'a') || (n == 2 && memcmp(s, "an", 2) == 0) || (n == 3 && memcmp(s, "the", 3) == 0)))
        return -1;
    /* Up to four lower-case words; the type comes from the first listed noun. */
    for (uint32_t k = i + 1; k < i + 5 && k < d->n_tokens && d->tokens[k].sent == sent; k++) {
        /* "a British lawyer": a nationality may qualify the noun */
        if (f->t[k].cls == SH_CAP && (f->t[k].gaz & (TL_GAZ_DEMONYM | TL_GAZ_NORP))) continue;
        if (f->t[k].cls != SH_LOWER && f->t[k].cls != SH_DIGIT) return -1;
        /* "the group's financial chief": a possessor is not the head */
        if (k + 1 < d->n_tokens && (tok_is(d, k + 1, "'s") || tok_is(d, k + 1, "\xe2\x80\x99s"))) {
            k++;
            continue;
        }
        s = tok_ptr(d, k, &n);
        for (size_t q = 0; q < sizeof org / sizeof *org; q++)
            if (strlen(org[q]) == n && memcmp(org[q], s, n) == 0) return TL_ORG;
        for (size_t q = 0; q < sizeof per / sizeof *per; q++)
            if (strlen(per[q]) == n && memcmp(per[q], s, n) == 0) return TL_PERSON;
        for (size_t q = 0; q < sizeof gpe / sizeof *gpe; q++)
            if (strlen(gpe[q]) == n && memcmp(gpe[q], s, n) == 0) return TL_GPE;
    }
    return -1;
}

/* A run of capitalized tokens [a, b) not covered by the tagger: type it by
 * rules.  Returns a fine type or -1. */
static int rule_type(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    const tl_doc *d = f->doc;
    uint32_t whole = span_gaz(f, a, b);
    if (whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG)) return TL_GPE;
    if ((whole & TL_GAZ_SUBDIV) && !(b - a == 1 && (f->t[a].gaz & TL_GAZ_WORD))) return TL_GPE;
    if (whole & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) return TL_NORP;
    if (whole & TL_GAZ_REGION) return TL_LOC;
    uint32_t head = f->t[b - 1].gaz;
    if (b - a >= 2) {
        if ((head & TL_GAZ_ORG_HEAD) || company_head(d, b - 1)) return TL_ORG;
        if (head & TL_GAZ_FAC_HEAD) return TL_FAC;
        if (head & TL_GAZ_EVENT_HEAD) return TL_EVENT;
        if (head & TL_GAZ_LOC_HEAD) return TL_LOC;
    }
    int app = apposition_type(f, b);
    if (app >= 0 && (b - a >= 2 || app != TL_PERSON || !(f->t[a].gaz & TL_GAZ_WORD))) return app;
    /* A title right before: a person. */
    if (a > 0 && (f->t[a - 1].gaz & TL_GAZ_TITLE) && d->tokens[a - 1].sent == d->tokens[a].sent) return TL_PERSON;
    if ((f->t[a].gaz & TL_GAZ_GIVEN) && b - a >= 2 && !(f->t[a].gaz & TL_GAZ_WORD)) return TL_PERSON;
    /* An acronym nobody else claimed is most often an organization. */
    if (b - a == 1 && f->t[a].cls == SH_CAPS && !(f->t[a].gaz & (TL_GAZ_WORD | TL_GAZ_CURRENCY | TL_GAZ_STOP)) &&
        d->tokens[a].end - d->tokens[a].start >= 2 && d->tokens[a].end - d->tokens[a].start <= 6)
        return TL_ORG;
    return -1;
}


/* ---- span refinement ----------------------------------------------------- */


static int is_lower_start(const char *s, size_t n) {
    int32_t c;
    if (!n) return 0;
    tl_utf8_decode(s, n, &c);
    return tl_uc_is_lower(c);
}

/* Type of a gazetteer hit for a word or part of one, or -1. */
static int gaz_type(uint32_t g) {
    if (g & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) return TL_NORP;
    if (g & (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY_BIG | TL_GAZ_CAPITAL)) return TL_GPE;
    if (g & TL_GAZ_REGION) return TL_LOC;
    return -1;
}

/* True when token i is a plural noun of members or a role in a group:
 * "al-Qaeda operatives", "Hamas militants", "Wagner fighters" make the
 * name before them an organization.  Can't fail. */
static int member_noun(const tl_doc *d, uint32_t i) {
    return i < d->n_tokens && TOK_IN_CUE(d, i, TL_CUE_MEMBER_NOUNS);
}

/* "al-Qaeda", "ash-Shabaab": an Arabic article glued to a capitalized
 * name, which starts in lower case.  Can't fail. */
static int arabic_article_name(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tok_ptr(d, i, &n);
    const char *h = n > 3 ? memchr(s, '-', n < 5 ? n : 5) : NULL;
    if (!h || h + 1 >= s + n || !(h[1] >= 'A' && h[1] <= 'Z')) return 0;
    size_t pl = (size_t)(h - s);
    return (pl == 2 && (!memcmp(s, "al", 2) || !memcmp(s, "el", 2) || !memcmp(s, "ad", 2) || !memcmp(s, "an", 2) ||
                        !memcmp(s, "as", 2) || !memcmp(s, "at", 2) || !memcmp(s, "az", 2) || !memcmp(s, "ar", 2))) ||
           (pl == 3 && (!memcmp(s, "ash", 3) || !memcmp(s, "adh", 3) || !memcmp(s, "ath", 3)));
}

/* A single hyphenated token: "anti-Azerbaijan", "Azeri-language",
 * "Iran-Azerbaijan".  Emits the parts that are places or nationalities and
 * returns 1, or returns 0 when the token is a name of its own
 * (Nagorno-Karabakh, IRGC-Quds, Al-Arabiya). */
static int split_compound(const tl_ner_feats *f, spanvec *sv, uint32_t t) {
    const tl_doc *d = f->doc;
    const char *s = d->text + d->tokens[t].start;
    size_t n = d->tokens[t].end - d->tokens[t].start;
    size_t ps[8], pl[8], np = 0, a = 0;
    for (size_t i = 0; i <= n && np < 8; i++)
        if (i == n || s[i] == '-') { ps[np] = a; pl[np] = i - a; np++; a = i + 1; }
    if (np < 2) return 0;
    int lower = 0, places = 0;
    int types[8];
    for (size_t k = 0; k < np; k++) {
        if (is_lower_start(s + ps[k], pl[k])) lower = 1;
        uint32_t pg = pl[k] ? memo_gaz(f, s + ps[k], pl[k]) : 0;
        if ((pg & TL_GAZ_WORD) && !(pg & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_DEMONYM | TL_GAZ_NORP)))
            pg = 0; /* "Western-origin" */
        types[k] = gaz_type(pg);
        if (types[k] >= 0) places++;
    }
    if (!lower && places < (int)np) return 0;
    for (size_t k = 0; k < np; k++) {
        if (types[k] < 0 || is_lower_start(s + ps[k], pl[k])) continue;
        span x = {t, t + 1, types[k], d->tokens[t].start + (uint32_t)ps[k],
                  d->tokens[t].start + (uint32_t)(ps[k] + pl[k]), 0, 0, 0};
        if (!sv_push(sv, x)) return -1;
    }
    return 1;
}

/* True when every word of [a, b) is a common lower-case English word (or
 * a function word) and none is a well-known name: "Read More", "Moreover",
 * "Country" capitalized by position or headline style.  Small places and
 * given names that are also common words ("North", "Port") do not save it. */
/* True when "known as", "nicknamed", "alias", "dubbed" (and maybe an
 * opening quote) come right before token a.  Can't fail. */
static int known_as_cue(const tl_ner_feats *f, uint32_t a) {
    const tl_doc *d = f->doc;
    uint32_t p = a;
    while (p > 0 && (d->tokens[p - 1].flags & TL_TOK_QUOTE)) p--;
    if (p >= 1 && (tok_is(d, p - 1, "alias") || tok_is(d, p - 1, "nicknamed") || tok_is(d, p - 1, "aka") ||
                   tok_is(d, p - 1, "a.k.a.")))
        return 1;
    /* "known as X", "known in criminal circles as X" */
    if (p < 2 || !tok_is(d, p - 1, "as")) return 0;
    for (uint32_t k = p - 1; k > 0 && k + 6 > p; k--) {
        if (d->tokens[k - 1].sent != d->tokens[a].sent || (d->tokens[k - 1].flags & TL_TOK_UPPER)) return 0;
        if (tok_is(d, k - 1, "known") || tok_is(d, k - 1, "nicknamed")) return 1;
    }
    return 0;
}

/* "Two", "Three", "Dozens": a capitalized count opening a sentence. */
static int is_number_word(const tl_doc *d, uint32_t t) {
    static const char *w[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                              "eleven", "twelve", "dozens", "hundreds", "thousands", "several", "many", "some"};
    char low[16];
    size_t n = d->tokens[t].end - d->tokens[t].start;
    if (n >= sizeof low) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = d->text[d->tokens[t].start + i];
        low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (strlen(w[i]) == n && memcmp(w[i], low, n) == 0) return 1;
    return 0;
}

/* Endings typical of surnames across Slavic, Turkic, Caucasian, Persian and
 * Romanian naming (Jafarov, Aliyeva, Petrenko, Popescu, Sargsyan,
 * Hosseinzadeh, Kovacevic, Kowalski). */
static int surname_like(const tl_ner_feats *f, uint32_t t) {
    static const char *suf[] = {"ov", "ova", "ev", "eva", "yev", "yeva", "enko", "escu", "yan", "ian",
                                "zadeh", "oglu", "vich", "vic", "ski", "sky", "skiy", "shvili", "dze"};
    const tl_doc *d = f->doc;
    size_t n;
    const char *s = tok_ptr(d, t, &n);
    if (n < 5 || f->t[t].cls != SH_CAP) return 0;
    for (size_t i = 0; i < sizeof suf / sizeof *suf; i++) {
        size_t l = strlen(suf[i]);
        if (n > l + 2 && memcmp(s + n - l, suf[i], l) == 0) return 1;
    }
    return 0;
}

static int all_common_words(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    const uint32_t strong = TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_DEMONYM |
                            TL_GAZ_NORP | TL_GAZ_REGION;
    for (uint32_t i = a; i < b; i++) {
        uint32_t g = f->t[i].gaz;
        if (!(g & (TL_GAZ_WORD | TL_GAZ_STOP)) || (g & strong) || f->t[i].cls == SH_CAPS) return 0;
        if (b - a > 1 && (g & HEADS)) return 0;
    }
    return 1;
}

/* True when token i is a possessive ("'s", "’s"): "the Chief Prosecutor's
 * Office" names an office after its holder (the holder-offices pass).
 * Can't fail. */
static int holder_office_next(const tl_doc *d, uint32_t i) {
    if (i >= d->n_tokens) return 0;
    size_t n;
    const char *s = tok_ptr(d, i, &n);
    return n >= 2 && s[n - 1] == 's' && (s[0] == '\'' || (unsigned char)s[0] == 0xE2);
}

/* Where the holder's name starts in [a, b), the words after "Title of" /
 * "Title for" ("Secretary of State Antony Blinken", "Minister for Home
 * Affairs Jane Doe"): the office's portfolio comes first, then a given
 * name and the capitalized words to the end.  The first given name that
 * is no dictionary word, else the last given name followed by at least
 * one word.  Returns UINT32_MAX when [a, b) does not read so.  Can't fail. */
static uint32_t portfolio_holder(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    const uint32_t stop = HEADS | TL_GAZ_ORG_WORD | PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_STOP;
    uint32_t pick = UINT32_MAX;
    for (uint32_t k = b - 1; k > a; k--) { /* from the end: the name is a run of capitalized words */
        if (f->t[k].cls != SH_CAP || (f->t[k].gaz & stop)) break;
        if (k + 1 < b && (f->t[k].gaz & TL_GAZ_GIVEN) && !(f->t[k].gaz & TL_GAZ_WORD)) pick = k;
        else if (k + 1 < b && (f->t[k].gaz & TL_GAZ_GIVEN) && pick == UINT32_MAX) pick = k;
    }
    return pick;
}

/* True when tokens a-2, a-1 read "Title of" / "Title for" in a's sentence. */
static int after_title_of(const tl_ner_feats *f, uint32_t a) {
    const tl_doc *d = f->doc;
    if (a < 2 || d->tokens[a - 2].sent != d->tokens[a].sent) return 0;
    if (!tok_is(d, a - 1, "of") && !tok_is(d, a - 1, "for")) return 0;
    return f->t[a - 2].cls == SH_CAP && (f->t[a - 2].gaz & TL_GAZ_TITLE) && !(f->t[a - 2].gaz & TL_GAZ_GIVEN);
}

/* Cleans up a span [a, b) of fine type `type` and adds what remains.
 * Returns 0 when out of memory. */
static int emit(const tl_ner_feats *f, spanvec *sv, uint32_t a, uint32_t b, int type, int depth) {
    const tl_doc *d = f->doc;
    if (depth > 4) return 1;
    /* Edges: connectors, punctuation, a leading article. */
    while (a < b && (f->t[a].cls == SH_LOWER || f->t[a].cls == SH_PUNCT)) a++;
    while (b > a && (f->t[b - 1].cls == SH_LOWER || f->t[b - 1].cls == SH_PUNCT)) b--;
    if (b > a + 1 && (tok_is(d, a, "The") || tok_is(d, a, "the"))) a++;
    /* "the Sughd Court Wednesday": a weekday ends no name */
    while (b > a + 1 && (f->t[b - 1].gaz & TL_GAZ_WEEKDAY) && f->t[b - 1].cls == SH_CAP) b--;
    if (a >= b) return 1;
    /* A sentence end the tokenizer took for an abbreviation ("World War I.
     * He", "the U.S. Because"): a capitalized function word after a word
     * ending in a period opens the next sentence, not more of the name. */
    for (uint32_t k = a + 1; k < b; k++) {
        if (f->t[k].cls != SH_CAP || !(f->t[k].gaz & TL_GAZ_STOP) || (f->t[k].gaz & NAMEISH)) continue;
        if (d->text[d->tokens[k - 1].end - 1] != '.' || !(d->tokens[k].flags & TL_TOK_SPACE_BEFORE)) continue;
        return emit(f, sv, a, k, type, depth + 1) && (k + 1 >= b || emit(f, sv, k + 1, b, type, depth + 1));
    }
    /* "CD", "UAVs", "CEO": a common acronym alone names nothing. */
    if (b - a == 1 && f->t[a].cls != SH_LOWER && TOK_IN_CUE_FOLD(d, a, TL_CUE_COMMON_ACRONYMS)) return 1;
    /* A dateline place in capitals, alone on its line or before a comma, at
     * the top of the report ("KHUJAND, Tajikistan --"): a place, whatever
     * the tagger made of a word it does not know. */
    if (type == TL_ORG && d->tokens[a].start < 400 && (d->tokens[a].flags & TL_TOK_LINE_START) && b - a <= 3 &&
        (b >= d->n_tokens || tok_is(d, b, ",") || (d->tokens[b].flags & TL_TOK_LINE_START))) {
        int caps = 1;
        for (uint32_t k = a; k < b && caps; k++)
            caps = f->t[k].cls == SH_CAPS && d->tokens[k].end - d->tokens[k].start >= 5;
        if (caps) type = TL_GPE;
    }
    /* "Today, ...", "Separately, ...": a dictionary word opening the
     * sentence before a comma is capitalized by position only */
    if (b == a + 1 && (d->tokens[a].flags & TL_TOK_SENT_START) && (f->t[a].gaz & (TL_GAZ_WORD | TL_GAZ_STOP)) &&
        !(f->t[a].gaz & (PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_GIVEN | TL_GAZ_CITY)) &&
        a + 1 < d->n_tokens && tok_is(d, a + 1, ","))
        return 1;
    /* A dateline ("LONDON - A former soldier", "BEIRUT — Israeli"): the
     * place in capitals ends at the dash; what follows is the story. */
    if ((d->tokens[a].flags & TL_TOK_LINE_START) && f->t[a].cls == SH_CAPS) {
        uint32_t k = a + 1;
        while (k < b && k < a + 4 && f->t[k].cls == SH_CAPS) k++;
        if (k + 1 < b && (tok_is(d, k, "-") || tok_is(d, k, "\xe2\x80\x93") || tok_is(d, k, "\xe2\x80\x94"))) {
            uint32_t c = k + 1; /* the story's first word: "A", "Two", "Today" are no names */
            if (c < b && (f->t[c].gaz & (TL_GAZ_WORD | TL_GAZ_STOP)) &&
                !(f->t[c].gaz & (PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_GIVEN | TL_GAZ_CITY)))
                c++;
            int pt = rule_type(f, a, k);
            return emit(f, sv, a, k, pt >= 0 ? pt : TL_GPE, depth + 1) && (c >= b || emit(f, sv, c, b, type, depth + 1));
        }
    }
    /* Leading hyphenated modifiers ("Qom-educated Russian"). */
    while (a < b && (d->tokens[a].flags & TL_TOK_HYPHEN) && b - a > 1 && !arabic_article_name(d, a)) {
        int r = split_compound(f, sv, a);
        if (r < 0) return 0;
        if (r == 0) break;
        a++;
    }
    /* "al-Shabaab" is one name, not a compound to split. */
    if (b - a == 1 && (d->tokens[a].flags & TL_TOK_HYPHEN) && !arabic_article_name(d, a)) {
        int r = split_compound(f, sv, a);
        if (r != 0) return r > 0;
    }
    /* "Kuala Lumpur-based Skyline Aviation": a place glued to a lower-case
     * word ends a modifier; the name proper starts after it. */
    for (uint32_t k = a + 1; k < b; k++) {
        if (!(d->tokens[k].flags & TL_TOK_HYPHEN)) continue;
        const char *ts = d->text + d->tokens[k].start;
        size_t tn = d->tokens[k].end - d->tokens[k].start;
        const char *h = memchr(ts, '-', tn);
        if (!h || h + 1 >= ts + tn || !is_lower_start(h + 1, (size_t)(ts + tn - h - 1))) continue;
        /* at the end only a participle makes a modifier ("Hong Kong-based",
         * "Moscow-backed"); "Kim Jong-un" is a name */
        if (k + 1 == b) {
            size_t sl = (size_t)(ts + tn - h - 1);
            if (sl < 3 || !((h[sl - 1] == 'e' && h[sl] == 'd') || (sl == 4 && memcmp(h + 1, "born", 4) == 0))) continue;
        }
        uint32_t hb = (uint32_t)(h - d->text);
        char buf[256];
        size_t bl = hb - d->tokens[a].start;
        if (bl < sizeof buf) {
            memcpy(buf, d->text + d->tokens[a].start, bl);
            int lt = gaz_type(memo_gaz(f, buf, bl));
            if (lt >= 0 && !sv_push(sv, (span){a, k + 1, lt, d->tokens[a].start, hb, 0, 0, 0})) return 0;
        }
        /* at the end ("Hong Kong-based"), the modifier is all there is */
        return k + 1 >= b || emit(f, sv, k + 1, b, type, depth + 1);
    }
    /* "Two Georgians were ...": a capitalized number or function word
     * opening the sentence is not part of the name after it. */
    while (b - a > 1 && (d->tokens[a].flags & TL_TOK_SENT_START) &&
           ((f->t[a].gaz & TL_GAZ_STOP) || is_number_word(d, a)) &&
           !(f->t[a].gaz & (TL_GAZ_COUNTRY | TL_GAZ_DEMONYM | TL_GAZ_NORP)))
        a++;
    uint32_t whole = span_gaz(f, a, b);
    /* An office's portfolio before its holder: "(Secretary of) State Antony
     * Blinken" is the person alone; the portfolio names no entity. */
    if (after_title_of(f, a) && all_common_words(f, a, b) && type != TL_PERSON) return 1; /* "Minister of Defence" */
    if (b - a >= 3) {
        uint32_t ti = UINT32_MAX; /* "Secretary" of "Secretary of State ..." inside the span */
        for (uint32_t i = a; i + 3 < b && ti == UINT32_MAX; i++)
            if (after_title_of(f, i + 2)) ti = i;
        uint32_t from = ti != UINT32_MAX ? ti + 2 : after_title_of(f, a) ? a : UINT32_MAX;
        uint32_t k = from != UINT32_MAX ? portfolio_holder(f, from, b) : UINT32_MAX;
        if (k != UINT32_MAX) {
            if (ti != UINT32_MAX && ti > a && !emit(f, sv, a, ti + 1, type, depth + 1)) return 0;
            return emit(f, sv, k, b, TL_PERSON, depth + 1);
        }
    }
    /* A title inside: the person is what follows the last title word; a
     * nationality before the title is a NORP of its own. */
    if (b - a >= 2) {
        uint32_t last_title = UINT32_MAX;
        for (uint32_t i = a; i + 1 < b; i++)
            if ((f->t[i].gaz & TL_GAZ_TITLE) && f->t[i].cls != SH_LOWER && !(f->t[i].gaz & TL_GAZ_GIVEN))
                last_title = i;
        if (last_title != UINT32_MAX && (type == TL_PERSON || (f->t[last_title + 1].gaz & TL_GAZ_GIVEN))) {
            /* What precedes the title names the office's country or body:
             * "Israeli Foreign Minister", "FBI Director", "IRGC commander". */
            uint32_t first_title = last_title;
            while (first_title > a &&
                   ((f->t[first_title - 1].gaz & (TL_GAZ_TITLE | TL_GAZ_ORG_WORD)) ||
                    tok_in_fold(d, first_title - 1, TL_CUE_OFFICE_MODIFIERS)) &&
                   !(f->t[first_title - 1].gaz & (TL_GAZ_DEMONYM | PLACEISH_STRONG)) && f->t[first_title - 1].cls != SH_CAPS)
                first_title--;
            if (first_title > a) {
                uint32_t pre = span_gaz(f, a, first_title);
                int pt = (pre & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) ? TL_NORP : gaz_type(pre);
                if (pt < 0) pt = (first_title - a == 1 && f->t[a].cls == SH_CAPS) ? TL_ORG : -1;
                if (pt < 0 && (f->t[first_title - 1].gaz & TL_GAZ_ORG_HEAD)) pt = TL_ORG;
                if (pt >= 0 && !emit(f, sv, a, first_title, pt, depth + 1)) return 0;
            }
            return emit(f, sv, last_title + 1, b, TL_PERSON, depth + 1);
        }
    }
    if (b - a == 1 && (f->t[a].gaz & TL_GAZ_TITLE) && type == TL_PERSON) return 1;
    /* A span ending in a title ("US District Judge", "FBI Assistant
     * Director"): the words from the title back over common words name an
     * office, not a thing; what precedes them names the body or country. */
    if (b - a >= 2 && (f->t[b - 1].gaz & TL_GAZ_TITLE) && f->t[b - 1].cls == SH_CAP && !(f->t[b - 1].gaz & HEADS) &&
        !(whole & TL_GAZ_TITLE) && !holder_office_next(d, b) &&
        !(whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_CITY | TL_GAZ_SUBDIV))) {
        uint32_t e = b - 1;
        while (e > a && f->t[e - 1].cls == SH_CAP &&
               ((f->t[e - 1].gaz & TL_GAZ_TITLE) || tok_in_fold(d, e - 1, TL_CUE_OFFICE_MODIFIERS)) &&
               !(f->t[e - 1].gaz & (TL_GAZ_ORG_HEAD | TL_GAZ_FAC_HEAD | TL_GAZ_DEMONYM | TL_GAZ_NORP | PLACEISH_STRONG)))
            e--;
        if (e == a) return 1;
        if (f->t[e - 1].cls == SH_LOWER) goto not_office; /* "Department of Justice" */
        uint32_t pre = span_gaz(f, a, e);
        int pt = (pre & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) ? TL_NORP : gaz_type(pre);
        if (pt < 0 && (f->t[e - 1].cls == SH_CAPS || (f->t[e - 1].gaz & TL_GAZ_ORG_HEAD))) pt = TL_ORG;
        if (pt < 0 && type == TL_ORG && !all_common_words(f, a, e)) pt = TL_ORG;
        return pt < 0 || emit(f, sv, a, e, pt, depth + 1);
    }
not_office:
    /* A person named right after an office or body, with no title word in
     * between: "... for Terrorism and Financial Intelligence Daniel R. Whitmore". */
    if (type != TL_PERSON && b - a >= 4) {
        for (uint32_t k = (b - a > 5 ? b - 4 : a + 1); k + 2 <= b; k++) {
            uint32_t gk = f->t[k].gaz;
            if (!(gk & TL_GAZ_GIVEN) || (gk & (TL_GAZ_WORD | HEADS | TL_GAZ_ORG_WORD | PLACEISH_STRONG))) continue;
            if (f->t[k - 1].cls == SH_LOWER) continue;
            int ok = 1;
            for (uint32_t q = k + 1; q < b && ok; q++)
                ok = (f->t[q].cls == SH_CAP) && !(f->t[q].gaz & (HEADS | TL_GAZ_ORG_WORD | TL_GAZ_STOP));
            if (!ok) continue;
            if (!emit(f, sv, a, k, type, depth + 1)) return 0;
            return emit(f, sv, k, b, TL_PERSON, depth + 1);
        }
    }
    /* A nationality in front of a name that is not an organization's,
     * facility's or event's own ("Saudi Al-Arabiya", "British RAF"). */
    if (b - a >= 2 && (f->t[a].gaz & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) && !(whole & NAMEISH) &&
        !(f->t[b - 1].gaz & HEADS) && type != TL_NORP) {
        if (!sv_push(sv, (span){a, a + 1, TL_NORP, 0, 0, 0, 0, 0})) return 0;
        uint32_t rest = span_gaz(f, a + 1, b);
        int rt = gaz_type(rest);
        if (rt < 0 && b - a >= 3 && ((f->t[a + 1].gaz & TL_GAZ_GIVEN) || surname_like(f, b - 1))) rt = TL_PERSON;
        if (rt < 0 && b - a == 2 && f->t[a + 1].cls == SH_CAPS) rt = TL_ORG;
        return emit(f, sv, a + 1, b, rt >= 0 ? rt : type, depth + 1);
    }
    /* The gazetteer knows countries and big cities better than the model. */
    if ((type == TL_PERSON || type == TL_ORG) && (whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG)) &&
        !(b - a >= 2 && (f->t[a].gaz & TL_GAZ_GIVEN)))
        type = TL_GPE;
    if ((type == TL_PERSON || type == TL_ORG) && b - a >= 2 && (whole & TL_GAZ_SUBDIV) && !(f->t[b - 1].gaz & HEADS))
        type = TL_GPE; /* "NEW YORK —" */
    if (whole & (TL_GAZ_DEMONYM | TL_GAZ_NORP) && !(whole & TL_GAZ_COUNTRY)) type = TL_NORP;
    /* Common words capitalized by position or headline style; titles alone
     * ("Supreme Leader"); currency codes ("USD"). */
    if (all_common_words(f, a, b) && b - a <= 3 && !known_as_cue(f, a) &&
        ((d->tokens[a].flags & (TL_TOK_SENT_START | TL_TOK_LINE_START)) ||
         (a > 0 && (d->tokens[a - 1].flags & TL_TOK_QUOTE))))
        return 1;
    if ((whole & TL_GAZ_TITLE) && !(whole & NAMEISH)) return 1;
    if (b - a == 1 && (f->t[a].gaz & TL_GAZ_CURRENCY) && f->t[a].cls == SH_CAPS) return 1;
    if (b - a == 1 && (f->t[a].gaz & (TL_GAZ_WEEKDAY | TL_GAZ_MONTH)) && !(f->t[a].gaz & NAMEISH & ~TL_GAZ_GIVEN)) return 1;
    /* "Western officials", "Central command": a common word that is only a
     * minor place name, used as an adjective. */
    if (b - a == 1 && type == TL_GPE && (f->t[a].gaz & TL_GAZ_WORD) && !(f->t[a].gaz & PLACEISH_STRONG & ~TL_GAZ_SUBDIV) &&
        b < d->n_tokens && f->t[b].cls == SH_LOWER && d->tokens[b].sent == d->tokens[a].sent)
        return 1;
    /* A head noun written in lower case right after: "Quds force",
     * "Nagorno-Karabakh war"; a year before an event: "2020 ... war". */
    if (b < d->n_tokens && d->tokens[b].sent == d->tokens[a].sent && f->t[b].cls == SH_LOWER &&
        (type == TL_ORG || type == TL_GPE || type == TL_EVENT || type == TL_FAC)) {
        uint32_t g = f->t[b].gaz;
        if (g & TL_GAZ_EVENT_HEAD && !(g & TL_GAZ_ORG_HEAD)) { type = TL_EVENT; b++; }
        else if (type == TL_ORG && (g & TL_GAZ_ORG_HEAD) && !TOK_IN_CUE(d, b, TL_CUE_ORG_DESCRIPTORS)) b++;
    }
    if (type == TL_EVENT && a > 0 && d->tokens[a - 1].sent == d->tokens[a].sent && f->t[a - 1].cls == SH_DIGIT &&
        d->tokens[a - 1].end - d->tokens[a - 1].start == 4)
        a--;
    if (type < 0) type = rule_type(f, a, b);
    if (type < 0 && known_as_cue(f, a)) type = TL_PERSON; /* known as "Dervish" */
    /* An apposition names the kind of thing: "Georgia Mills, a lawyer". */
    int app = apposition_type(f, b);
    /* Not after a preposition: in "born in Halifax, the son of ..." the
     * apposition is about the subject, not the place. */
    if (app >= 0 && type != TL_NORP && !(whole & (NAMEISH & ~TL_GAZ_GIVEN)) &&
        !(a > 0 && f->t[a - 1].cls == SH_LOWER && (f->t[a - 1].gaz & TL_GAZ_STOP)) &&
        !(a > 0 && d->tokens[a - 1].sent == d->tokens[a].sent && f->t[a - 1].cls == SH_PUNCT && d->text[d->tokens[a - 1].start] == ','))
        type = app;
    if (type < 0) return 1;
    return sv_push(sv, (span){a, b, type, 0, 0, 0, 0, 0});
}

/* Title-case lines (headlines, section heads): capitalization says nothing
 * there, so the tagger and the capitalization rules skip them; names in them
 * are still found by the document-consistency pass. */
static void mark_headlines(const tl_ner_feats *f, uint8_t *head) {
    const tl_doc *d = f->doc;
    uint32_t i = 0;
    while (i < d->n_tokens) {
        uint32_t j = i + 1;
        while (j < d->n_tokens && !(d->tokens[j].flags & TL_TOK_LINE_START)) j++;
        /* Title Case: nearly every word that is not a short function word is
         * capitalized, over at least four such words, and the line does not
         * read as a sentence of running text (no final period). */
        int content = 0, caps = 0;
        for (uint32_t k = i; k < j; k++) {
            uint8_t c = f->t[k].cls;
            if (c == SH_PUNCT || c == SH_DIGIT) continue;
            size_t n = d->tokens[k].end - d->tokens[k].start;
            int function = (f->t[k].gaz & TL_GAZ_STOP) && n <= 4;
            if (function) continue;
            content++;
            if (c == SH_CAP || c == SH_CAPS) caps++;
        }
        const char *last = d->text + d->tokens[j - 1].start;
        int period_end = f->t[j - 1].cls == SH_PUNCT && *last == '.';
        if (!period_end && content >= 4 && caps * 10 >= content * 8)
            for (uint32_t k = i; k < j; k++) head[k] = 1;
        i = j;
    }
}

/* ---- the passes ----------------------------------------------------------
 * tl_ner_run is a table of named passes over one document's state; each
 * pass reads and changes the state and returns TL_OK or TL_ENOMEM.  The
 * order matters: spans found by the tagger come before those of the rules,
 * and the document-consistency pass extends what both found. */

typedef struct ner_state {
    const tl_ner_model *m;
    tl_ner_feats *f;
    tl_doc *d;
    uint8_t *lab;   /* the tagger's label per token */
    float (*sc)[TL_NER_NLABELS]; /* the tagger's label scores per candidate token */
    uint8_t *head;  /* 1: token of a Title-Case line */
    spanvec sv;     /* spans found so far (sorted by the "sort" pass) */
} ner_state;

/* Title-Case lines: the tagger and the capitalization rules skip them. */
static int pass_headlines(ner_state *r) {
    mark_headlines(r->f, r->head);
    for (uint32_t i = 0; i < r->d->n_tokens; i++)
        if (r->head[i]) r->f->t[i].cand = 0;
    return TL_OK;
}

/* The tagger's labels, sentence by sentence. */
static int pass_tag(ner_state *r) {
    tl_doc *d = r->d;
    for (uint32_t s = 0; s < d->n_sentences; s++)
        tag_sentence(r->m, r->f, d->sentences[s].tok_begin, d->sentences[s].tok_end, r->lab, r->sc);
#ifdef TL_DEBUG_NER
    for (uint32_t i = 0; i < d->n_tokens; i++)
        fprintf(stderr, "%.*s/%d%s ", (int)(d->tokens[i].end - d->tokens[i].start), d->text + d->tokens[i].start,
                r->lab[i], r->head[i] ? "H" : "");
    fprintf(stderr, "\n");
#endif
    return TL_OK;
}

/* A span of the tagger for the type vote: the hash of its words, its
 * summed scores per class (over "O"), the class it gets. */
typedef struct vspan { uint32_t key; float v[4]; int cls; } vspan;

static int vspan_cmp(const void *x, const void *y) {
    const vspan *a = *(const vspan *const *)x, *b = *(const vspan *const *)y;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    return a < b ? -1 : a > b; /* stable: by position */
}

/* The tagger's spans, trimmed, widened to a multi-word gazetteer place
 * they cut, and cleaned up by emit(). */
static int pass_tagger_spans(ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    const uint8_t *lab = r->lab;
    spanvec *svp = &r->sv;
    /* One name, one class: the tagger's spans of the same words share the
     * class whose scores, summed over all of them, are highest ("Metallica"
     * read as a band in two sentences and as a place in one). */
    size_t nspan = 0;
    for (uint32_t i = 0; i < d->n_tokens; i++)
        nspan += cls_of_label(lab[i]) && (lab[i] & 1);
    vspan *vs = calloc(nspan ? nspan : 1, sizeof *vs);
    vspan **by = malloc((nspan ? nspan : 1) * sizeof *by);
    if (!vs || !by) { free(vs); free(by); return TL_ENOMEM; }
    size_t nv = 0;
    for (uint32_t i = 0; i < d->n_tokens && nv < nspan;) {
        int c = cls_of_label(lab[i]);
        if (!c || !(lab[i] & 1)) { i++; continue; }
        uint32_t j = i + 1;
        while (j < d->n_tokens && lab[j] == (uint8_t)(c * 2) && d->tokens[j].sent == d->tokens[i].sent) j++;
        vspan *x = &vs[nv];
        by[nv++] = x;
        x->cls = c;
        x->key = 2166136261u;
        for (uint32_t k = i; k < j; k++) {
            x->key = (x->key ^ f->t[k].word) * 16777619u;
            for (int q = 0; q < 4; q++) x->v[q] += r->sc[k][k == i ? q * 2 + 1 : q * 2 + 2] - r->sc[k][TL_NER_O];
        }
        i = j;
    }
    /* spans of one name lie together once sorted by key */
    if (nv > 1) qsort(by, nv, sizeof *by, vspan_cmp);
    for (size_t g0 = 0, g1; g0 < nv; g0 = g1) {
        float sum[4] = {0, 0, 0, 0};
        for (g1 = g0; g1 < nv && by[g1]->key == by[g0]->key; g1++)
            for (int q = 0; q < 4; q++) sum[q] += by[g1]->v[q];
        if (g1 - g0 < 2) continue;
        /* among person, organization and place: the tagger's MISC (titles
         * of works, events) keeps what it found */
        int best = 0;
        for (int q = 1; q < 3; q++)
            if (sum[q] > sum[best]) best = q;
        for (size_t y = g0; y < g1; y++)
            if (by[y]->cls != 4) by[y]->cls = best + 1;
    }
    free(by);
    size_t vi = 0;
    for (uint32_t i = 0; i < d->n_tokens;) {
        int c = cls_of_label(lab[i]);
        if (!c) { i++; continue; }
        uint32_t j = i + 1;
        while (j < d->n_tokens && lab[j] == (uint8_t)(c * 2) && d->tokens[j].sent == d->tokens[i].sent) j++;
        if ((lab[i] & 1) && vi < nv) c = vs[vi++].cls;
        uint32_t a = i, b = j;
        while (a < b && (f->t[a].cls == SH_LOWER || f->t[a].cls == SH_PUNCT)) a++;
        while (b > a && (f->t[b - 1].cls == SH_LOWER || f->t[b - 1].cls == SH_PUNCT)) b--;
        /* Cover the whole of a multi-word place the span cuts ("Republic"
         * of "the Republic of Azerbaijan"). */
        if (b > a && f->t[a].gaz_multi && f->t[b - 1].gaz_multi) {
            while (a > 0 && (f->t[a].gaz_multi & 3) >= 2 && f->t[a - 1].gaz_multi) a--;
            while (b < d->n_tokens && (f->t[b - 1].gaz_multi & 3) <= 2 && f->t[b].gaz_multi &&
                   (f->t[b].gaz_multi & 3) >= 2)
                b++;
            if (b > j) j = b;
        }
        if (b > a) {
            int ft = fine_type(f, a, b, c);
            /* MISC the gazetteer and heads could not place: the rules may
             * still find a titled person or a nationality inside. */
            if (!emit(f, svp, a, b, ft, 0)) { free(vs); return TL_ENOMEM; }
        }
        i = j;
    }
    free(vs);
    return TL_OK;
}

/* Rules on capitalized runs the tagger left alone: headline places, "two
 * al-Qaeda operatives", names after "known as", runs typed by gazetteer
 * and head noun. */
static int pass_capitalized_runs(ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    const uint8_t *lab = r->lab, *head = r->head;
    spanvec *svp = &r->sv;
    for (uint32_t i = 0; i < d->n_tokens;) {
        if (head[i] && (f->t[i].cls == SH_CAP || f->t[i].cls == SH_CAPS) &&
            (f->t[i].gaz & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_DEMONYM)) &&
            !(f->t[i].gaz & TL_GAZ_WORD) && !(i + 1 < d->n_tokens && f->t[i + 1].gaz_multi)) {
            /* In a headline only well-known places and nationalities stand
             * on their own; other names are found in the body. */
            int gt = gaz_type(f->t[i].gaz);
            if (gt >= 0 && !sv_push(svp, (span){i, i + 1, gt, 0, 0, 0, 0, 0})) return TL_ENOMEM;
            i++;
            continue;
        }
        if (!lab[i] && !head[i] && f->t[i].cls == SH_MIXED && arabic_article_name(d, i) && member_noun(d, i + 1)) {
            if (!sv_push(svp, (span){i, i + 1, TL_ORG, 0, 0, 0, 0, 0})) return TL_ENOMEM; /* "two al-Qaeda operatives" */
            i++;
            continue;
        }
        if (lab[i] || head[i] || !(f->t[i].cls == SH_CAP || f->t[i].cls == SH_CAPS)) { i++; continue; }
        /* A name given after "known as", "nicknamed", "alias", "dubbed":
         * whatever the words, it names the thing before it. */
        {
            uint32_t p = i;
            while (p > 0 && (d->tokens[p - 1].flags & TL_TOK_QUOTE)) p--;
            int cue = (p >= 2 && tok_is(d, p - 1, "as") && (tok_is(d, p - 2, "known") || tok_is(d, p - 2, "nicknamed"))) ||
                      (p >= 1 && (tok_is(d, p - 1, "alias") || tok_is(d, p - 1, "nicknamed") || tok_is(d, p - 1, "dubbed") ||
                                  tok_is(d, p - 1, "aka") || tok_is(d, p - 1, "a.k.a.")));
            if (cue && p < i) { /* quoted */
                uint32_t j = i;
                while (j < d->n_tokens && !lab[j] && (f->t[j].cls == SH_CAP || f->t[j].cls == SH_CAPS ||
                                                      (f->t[j].cand && f->t[j].cls == SH_LOWER)) &&
                       d->tokens[j].sent == d->tokens[i].sent && !(d->tokens[j].flags & TL_TOK_QUOTE))
                    j++;
                if (j < d->n_tokens && (d->tokens[j].flags & TL_TOK_QUOTE) && j > i) {
                    int t = TL_PERSON;
                    if (svp->n && svp->v[svp->n - 1].b <= p && (svp->v[svp->n - 1].cls == TL_ORG)) t = TL_ORG;
                    if (!sv_push(svp, (span){i, j, t, 0, 0, 0, 0, 0})) return TL_ENOMEM;
                    i = j;
                    continue;
                }
            }
        }
        uint32_t j = i;
        while (j < d->n_tokens && !lab[j] && f->t[j].cand && d->tokens[j].sent == d->tokens[i].sent) j++;
        while (j > i + 1 && (f->t[j - 1].cls == SH_LOWER || f->t[j - 1].cls == SH_PUNCT)) j--;
        uint32_t a = i;
        if (j - a > 1 && (tok_is(d, a, "The"))) a++;
        /* A sentence-initial common word is not part of a name. */
        while (a < j && (d->tokens[a].flags & TL_TOK_SENT_START) && (f->t[a].gaz & (TL_GAZ_WORD | TL_GAZ_STOP)) &&
               !(f->t[a].gaz & (TL_GAZ_COUNTRY | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_GIVEN)))
            a++;
        if (a < j) {
            int ft = rule_type(f, a, j);
            if (ft < 0 && j - a == 1) ft = gaz_type(f->t[a].gaz & ~(uint32_t)TL_GAZ_REGION);
            if (ft < 0 && j - a == 1 && member_noun(d, j) && arabic_article_name(d, a)) {
                /* "the al-Shabaab militants" (pushed as it is: emit() would
                 * split the hyphenated word) */
                if (!sv_push(svp, (span){a, j, TL_ORG, 0, 0, 0, 0, 0})) return TL_ENOMEM;
                i = j;
                continue;
            }
            if (ft >= 0 && !emit(f, svp, a, j, ft, 0)) return TL_ENOMEM;
            /* "Iran-funded", "Tehran-backed": the place inside a modifier */
            if (ft < 0 && j - a == 1 && (d->tokens[a].flags & TL_TOK_HYPHEN) && split_compound(f, svp, a) < 0)
                return TL_ENOMEM;
        }
        i = j > i ? j : i + 1;
    }
    return TL_OK;
}

/* Document consistency: a surface seen as an entity is one everywhere.
 * Spans are hashed by their first word; any run of capitalized tokens
 * equal to a known span (and not inside a longer capitalized run)
 * becomes a mention of the same type. */
static int pass_consistency(ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    const uint8_t *head = r->head;
    spanvec *svp = &r->sv;
    {
        size_t base = svp->n;
        uint32_t nb = 1;
        while (nb < base * 2) nb <<= 1;
        uint32_t *bucket = malloc(nb * sizeof *bucket);
        uint32_t *chain = malloc((base ? base : 1) * sizeof *chain);
        uint8_t *covered = calloc(d->n_tokens ? d->n_tokens : 1, 1);
        if (!bucket || !chain || !covered) { free(covered); free(bucket); free(chain); return TL_ENOMEM; }
        for (uint32_t k = 0; k < nb; k++) bucket[k] = UINT32_MAX;
        /* Surnames: the last word of a person's full name is that person when
         * it stands alone later ("Zaza Kapanadze ... Kapanadze said"). */
        uint32_t *surname = calloc(nb, sizeof *surname);
        if (!surname) { free(covered); free(bucket); free(chain); return TL_ENOMEM; }
        for (size_t k = 0; k < base; k++)
            if (svp->v[k].cls == TL_PERSON && !svp->v[k].se && svp->v[k].b - svp->v[k].a >= 2 &&
                (f->t[svp->v[k].b - 1].cls == SH_CAP || f->t[svp->v[k].b - 1].cls == SH_MIXED))
                surname[f->t[svp->v[k].b - 1].word & (nb - 1)] = f->t[svp->v[k].b - 1].word | 1u;
        for (size_t k = 0; k < base; k++) {
            for (uint32_t t = svp->v[k].a; t < svp->v[k].b; t++) covered[t] = 1;
            if (svp->v[k].se) { chain[k] = UINT32_MAX; continue; } /* part of a token */
            uint32_t h = f->t[svp->v[k].a].word & (nb - 1);
            chain[k] = bucket[h];
            bucket[h] = (uint32_t)k;
        }
        for (uint32_t i = 0; i < d->n_tokens; i++) {
            if (covered[i] || (f->t[i].cls != SH_CAP && f->t[i].cls != SH_CAPS && f->t[i].cls != SH_MIXED)) continue;
            if (i > 0 && !covered[i - 1] && (f->t[i - 1].cls == SH_CAP || f->t[i - 1].cls == SH_CAPS) &&
                d->tokens[i - 1].sent == d->tokens[i].sent && !head[i])
                continue; /* inside a longer capitalized run */
            for (uint32_t k = bucket[f->t[i].word & (nb - 1)]; k != UINT32_MAX; k = chain[k]) {
                const span *s = &svp->v[k];
                uint32_t len = s->b - s->a;
                if (i + len > d->n_tokens) continue;
                int same = 1;
                for (uint32_t q = 0; q < len && same; q++)
                    same = f->t[i + q].word == f->t[s->a + q].word && !covered[i + q] &&
                           f->t[i + q].cls != SH_LOWER && d->tokens[i + q].sent == d->tokens[i].sent;
                if (same && !head[i] && i + len < d->n_tokens &&
                    (f->t[i + len].cls == SH_CAP || f->t[i + len].cls == SH_CAPS) &&
                    d->tokens[i + len].sent == d->tokens[i].sent)
                    same = 0;
                if (same) {
                    if (!sv_push(svp, (span){i, i + len, s->cls, 0, 0, 0, 0, 0})) { free(covered); free(surname); free(bucket); free(chain); return TL_ENOMEM; }
                    for (uint32_t q = 0; q < len; q++) covered[i + q] = 1;
                    break;
                }
            }
            if (!covered[i] && f->t[i].cls == SH_CAP && surname[f->t[i].word & (nb - 1)] == (f->t[i].word | 1u) &&
                !(f->t[i].gaz & (PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP)) &&
                !(i + 1 < d->n_tokens && (f->t[i + 1].cls == SH_CAP || f->t[i + 1].cls == SH_CAPS) &&
                  d->tokens[i + 1].sent == d->tokens[i].sent)) {
                if (!sv_push(svp, (span){i, i + 1, TL_PERSON, 0, 0, 0, 0, 0})) { free(covered); free(surname); free(bucket); free(chain); return TL_ENOMEM; }
                covered[i] = 1;
            }
        }
        free(covered);
        free(surname);
        free(bucket);
        free(chain);
    }
    return TL_OK;
}

/* Sorts the spans by start; for equal starts the earlier pass wins (stable). */
static int pass_sort(ner_state *r) {
    tl_doc *d = r->d;
    spanvec *svp = &r->sv;
    for (size_t x = 0; x < svp->n; x++) {
        svp->v[x].order = (uint32_t)x;
        svp->v[x].key = svp->v[x].se ? svp->v[x].sb : d->tokens[svp->v[x].a].start;
    }
    if (svp->n > 1) qsort(svp->v, svp->n, sizeof *svp->v, span_cmp); /* svp->v is NULL when empty */
    return TL_OK;
}

/* "Hamas militants", "Wagner fighters": a name before a plural noun of
 * members is an organization, whatever the tagger said. */
static int pass_member_nouns(ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    spanvec *svp = &r->sv;
    for (size_t x = 0; x < svp->n; x++) {
        span *X = &svp->v[x];
        if (X->se || X->cls == TL_ORG || X->cls == TL_GPE || X->cls == TL_NORP || !member_noun(d, X->b)) continue;
        if (f->t[X->b - 1].gaz & (TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_COUNTRY)) continue;
        X->cls = TL_ORG;
    }
    return TL_OK;
}

/* "Rafael Santos ... Santos was hired": a lone word that is the last
 * name of a person named in full is that person, even when the
 * gazetteer or the tagger took it for a place ("in Santos" stays one).
 * The last names go into a small open-addressing set. */
static int pass_surnames(ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    spanvec *svp = &r->sv;
    {
        uint32_t cap = 16;
        while (cap < svp->n * 2) cap <<= 1;
        uint32_t *set = calloc(cap, sizeof *set);
        if (!set) return TL_ENOMEM;
        int any = 0;
        for (size_t x = 0; x < svp->n; x++) {
            const span *X = &svp->v[x];
            if (X->se || X->cls != TL_PERSON || X->b - X->a < 2 || f->t[X->b - 1].cls != SH_CAP) continue;
            uint32_t w = f->t[X->b - 1].word | 1u, h = w & (cap - 1);
            while (set[h] && set[h] != w) h = (h + 1) & (cap - 1);
            set[h] = w;
            any = 1;
        }
        for (size_t x = 0; any && x < svp->n; x++) {
            span *X = &svp->v[x];
            if (X->se || X->b - X->a != 1 || (X->cls != TL_GPE && X->cls != TL_LOC && X->cls != TL_ORG) ||
                f->t[X->a].cls != SH_CAP ||
                (f->t[X->a].gaz & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_SUBDIV)))
                continue;
            uint32_t w = f->t[X->a].word | 1u, h = w & (cap - 1);
            while (set[h] && set[h] != w) h = (h + 1) & (cap - 1);
            if (set[h] != w) continue;
            if (X->a > 0 && d->tokens[X->a - 1].sent == d->tokens[X->a].sent &&
                (tok_is(d, X->a - 1, "in") || tok_is(d, X->a - 1, "at") || tok_is(d, X->a - 1, "from") ||
                 tok_is(d, X->a - 1, "near") || tok_is(d, X->a - 1, "to") || tok_is(d, X->a - 1, "into") ||
                 tok_is(d, X->a - 1, "outside") || tok_is(d, X->a - 1, "of")))
                continue;
            X->cls = TL_PERSON;
        }
        free(set);
    }
    return TL_OK;
}

/* "a senior Hezbollah commander", "the Wagner fighters": a one-word name
 * between a lower-case word and a lower-case title or member noun modifies
 * it, so it names a body (or a place or nationality the gazetteer knows),
 * not a person -- unless it is a given name or the surname of a person
 * named in full in the document. */
static int pass_modifier_bodies(ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    spanvec *svp = &r->sv;
    for (size_t x = 0; x < svp->n; x++) {
        span *X = &svp->v[x];
        uint32_t a = X->a, b = X->b;
        if (X->se || X->cls != TL_PERSON || b - a != 1 || a == 0 || b >= d->n_tokens) continue;
        if (d->tokens[a - 1].sent != d->tokens[a].sent || d->tokens[b].sent != d->tokens[a].sent) continue;
        if (f->t[a - 1].cls != SH_LOWER || f->t[b].cls != SH_LOWER || f->t[a].cls != SH_CAP) continue;
        if (!(f->t[b].gaz & TL_GAZ_TITLE) && !member_noun(d, b)) continue;
        if (f->t[a].gaz & TL_GAZ_GIVEN) continue;
        /* "of" or "by" before it: "a friend of Putin adviser" is rare, but
         * after a preposition the word more often is a person's name. */
        if (f->t[a - 1].gaz & TL_GAZ_STOP && !tok_is(d, a - 1, "a") && !tok_is(d, a - 1, "an") &&
            !tok_is(d, a - 1, "the"))
            continue;
        int surname = 0;
        for (size_t y = 0; y < svp->n && !surname; y++) {
            const span *Y = &svp->v[y];
            surname = !Y->se && Y->cls == TL_PERSON && Y->b - Y->a >= 2 && f->t[Y->b - 1].word == f->t[a].word;
        }
        if (surname) continue;
        uint32_t g = f->t[a].gaz;
        X->cls = (g & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) ? TL_NORP : (g & PLACEISH_STRONG) ? TL_GPE : TL_ORG;
    }
    return TL_OK;
}

/* "Hamas leader Yahya Sinwar", "IRGC commander Qasem Soleimani": what
 * precedes a lower-case title before a person is a body, not a person. */
static int pass_body_before_title(ner_state *r) {
    const tl_ner_feats *f = r->f;
    spanvec *svp = &r->sv;
    for (size_t x = 0; x + 1 < svp->n; x++) {
        span *A = &svp->v[x], *B = &svp->v[x + 1];
        if (A->se || B->se || A->cls != TL_PERSON || B->cls != TL_PERSON || B->a != A->b + 1) continue;
        if (f->t[A->b].cls != SH_LOWER || !(f->t[A->b].gaz & TL_GAZ_TITLE)) continue;
        uint32_t ag = span_gaz(f, A->a, A->b);
        A->cls = (ag & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) ? TL_NORP : (ag & PLACEISH_STRONG) ? TL_GPE : TL_ORG;
    }
    return TL_OK;
}

/* "the Chief Prosecutor's Office", "the Sheriff's Department": an
 * office named after its holder is one organization. */
static int pass_holder_offices(ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    spanvec *svp = &r->sv;
    for (size_t x = 0; x < svp->n; x++) {
        span *B = &svp->v[x];
        if (B->se || B->cls < 0 || B->b - B->a != 1 || B->a < 2 || !(f->t[B->a].gaz & TL_GAZ_ORG_HEAD)) continue;
        if (x > 0 && svp->v[x - 1].b + 1 == B->a) continue; /* handled below */
        uint32_t p = B->a - 1, a = p;
        size_t pn;
        const char *ps = tok_ptr(d, p, &pn);
        if (pn < 2 || ps[pn - 1] != 's' || (ps[0] != '\'' && (unsigned char)ps[0] != 0xE2)) continue;
        while (a > 0 && f->t[a - 1].cls == SH_CAP && (f->t[a - 1].gaz & TL_GAZ_TITLE) &&
               d->tokens[a - 1].sent == d->tokens[B->a].sent)
            a--;
        if (a == p) continue;
        B->a = a; /* "the Attorney General's Office" */
        B->cls = TL_ORG;
        B->key = d->tokens[a].start;
    }
    for (size_t x = 0; x + 1 < svp->n; x++) {
        span *A = &svp->v[x], *B = &svp->v[x + 1];
        if (A->se || B->se || A->cls < 0 || B->a != A->b + 1 || B->b - B->a != 1) continue;
        size_t pn;
        const char *ps = tok_ptr(d, A->b, &pn);
        if (pn < 2 || ps[pn - 1] != 's' || (ps[0] != '\'' && (unsigned char)ps[0] != 0xE2)) continue;
        if (!(f->t[A->b - 1].gaz & TL_GAZ_TITLE) || !(f->t[B->a].gaz & TL_GAZ_ORG_HEAD)) continue;
        A->b = B->b;
        A->cls = TL_ORG;
        B->cls = -1;
    }
    return TL_OK;
}

/* Quoted nicknames inside a name: Ismael "El Mayo" Zambada is one
 * person whose mention covers all of it, with "El Mayo" kept as a
 * nickname mention inside it; also when the surname after the quote was
 * not recognized on its own (Person "Nick" Capitalized...). */
static int pass_nicknames(ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    spanvec *svp = &r->sv;
    for (size_t x = 0; x + 2 < svp->n; x++) {
        span *A = &svp->v[x], *B = &svp->v[x + 1], *C = &svp->v[x + 2];
        if (A->se || B->se || C->se || A->nick) continue;
        if (B->a != A->b + 1 || C->a != B->b + 1 || C->b > d->n_tokens) continue;
        if (!(d->tokens[A->b].flags & TL_TOK_QUOTE) || !(d->tokens[B->b].flags & TL_TOK_QUOTE)) continue;
        if (d->tokens[A->a].sent != d->tokens[C->a].sent) continue;
        if (A->cls != TL_PERSON && C->cls != TL_PERSON) continue;
        A->b = C->b;
        A->cls = TL_PERSON;
        B->nick = 1;
        B->cls = TL_PERSON;
        C->cls = -1; /* dropped below */
    }
    for (size_t x = 0; x + 1 < svp->n; x++) {
        span *A = &svp->v[x], *B = &svp->v[x + 1];
        if (A->se || B->se || A->nick || B->nick || A->cls != TL_PERSON || B->a != A->b + 1) continue;
        if (!(d->tokens[A->b].flags & TL_TOK_QUOTE) || B->b + 1 >= d->n_tokens ||
            !(d->tokens[B->b].flags & TL_TOK_QUOTE))
            continue;
        uint32_t c = B->b + 1, e = c;
        while (e < d->n_tokens && e < c + 3 && f->t[e].cls == SH_CAP && d->tokens[e].sent == d->tokens[A->a].sent &&
               !(f->t[e].gaz & (TL_GAZ_STOP | PLACEISH_STRONG | TL_GAZ_DEMONYM)))
            e++;
        if (e == c || (x + 2 < svp->n && svp->v[x + 2].a < e)) continue;
        A->b = e;
        B->nick = 1;
        B->cls = TL_PERSON;
    }
    return TL_OK;
}

/* The spans as the document's mentions (dropped ones and overlaps left
 * out); the only pass that changes the document. */
static int pass_mentions(ner_state *r) {
    tl_doc *d = r->d;
    spanvec *svp = &r->sv;
    tl_mention *mv = tl_arena_alloc(d->arena, (svp->n ? svp->n : 1) * sizeof *mv);
    if (!mv) return TL_ENOMEM;
    size_t nm = 0;
    for (size_t x = 0; x < svp->n; x++) {
        uint32_t st = svp->v[x].se ? svp->v[x].sb : d->tokens[svp->v[x].a].start;
        uint32_t en = svp->v[x].se ? svp->v[x].se : d->tokens[svp->v[x].b - 1].end;
        if (svp->v[x].cls < 0) continue;
        if (nm && st < mv[nm - 1].end && !svp->v[x].nick) continue; /* overlap: keep the first */
        tl_mention *mm = &mv[nm++];
        mm->tok_begin = svp->v[x].a;
        mm->tok_end = svp->v[x].b;
        mm->start = st;
        mm->end = en;
        mm->entity = -1;
        mm->type = (uint8_t)svp->v[x].cls;
        mm->flags = svp->v[x].nick ? TL_MENTION_NICK : 0;
    }
    d->mentions = mv;
    d->n_mentions = (uint32_t)nm;
    return TL_OK;
}

typedef int (*ner_pass_fn)(ner_state *r);

static const struct ner_pass {
    const char *name;
    ner_pass_fn run;
} ner_passes[] = {
    {"headlines", pass_headlines},
    {"tag", pass_tag},
    {"tagger-spans", pass_tagger_spans},
    {"capitalized-runs", pass_capitalized_runs},
    {"consistency", pass_consistency},
    {"sort", pass_sort},
    {"member-nouns", pass_member_nouns},
    {"surnames", pass_surnames},
    {"modifier-bodies", pass_modifier_bodies},
    {"body-before-title", pass_body_before_title},
    {"holder-offices", pass_holder_offices},
    {"nicknames", pass_nicknames},
    {"mentions", pass_mentions},
};
#define NER_NPASSES (sizeof ner_passes / sizeof ner_passes[0])

unsigned tl_ner_pass_count(void) { return (unsigned)NER_NPASSES; }

const char *tl_ner_pass_name(unsigned i) { return i < NER_NPASSES ? ner_passes[i].name : ""; }

int tl_ner_run_passes(const tl_ner_model *m, const tl_gaz *g, tl_ner_memo *memo, tl_doc *d, uint32_t skip) {
    int rc = TL_ENOMEM;
    ner_state r = {m, feats_new(g, m, memo, d), d, NULL, NULL, NULL, {0}};
    r.lab = calloc(d->n_tokens ? d->n_tokens : 1, 1);
    r.sc = calloc(d->n_tokens ? d->n_tokens : 1, sizeof *r.sc);
    r.head = calloc(d->n_tokens ? d->n_tokens : 1, 1);
    if (r.f && r.lab && r.head && r.sc) {
        rc = TL_OK;
        /* the last pass (mentions) always runs: it is the result */
        for (unsigned k = 0; k < NER_NPASSES && rc == TL_OK; k++)
            if (k + 1 == NER_NPASSES || !(skip >> k & 1)) rc = ner_passes[k].run(&r);
    }
    free(r.sv.v);
    free(r.lab);
    free(r.sc);
    free(r.head);
    tl_ner_feats_free(r.f);
    return rc;
}

int tl_ner_run(const tl_ner_model *m, const tl_gaz *g, tl_ner_memo *memo, tl_doc *d) {
    return tl_ner_run_passes(m, g, memo, d, 0);
}
