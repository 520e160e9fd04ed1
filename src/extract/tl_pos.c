/* tl_pos.c -- part-of-speech tagger: greedy averaged perceptron trained on the Brown corpus. */
#include "tl_pos.h"
#include "tl_percep.h"
#include "tl_utf8.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const tag_names[TL_POS_COUNT] = {
    "NONE", "NOUN", "PROPN", "VERB", "VBD", "VBN", "VBG", "VERB_PRES", "MD", "AUX",
    "ADJ", "ADV", "ADP", "DET", "PRON", "NUM", "CONJ", "SCONJ", "PART", "POSS",
    "PUNCT", "WDT", "X"};

const char *tl_pos_tag_name(int tag) {
    return tag >= 0 && tag < TL_POS_COUNT ? tag_names[tag] : NULL;
}

int tl_pos_tag_parse(const char *name) {
    if (!name) return TL_POS_NONE;
    for (int t = 1; t < TL_POS_COUNT; t++)
        if (strcmp(name, tag_names[t]) == 0) return t;
    return TL_POS_NONE;
}

struct tl_pos_model {
    tl_percep_model *pm;
    uint8_t class_tag[TL_PERCEP_MAX_CLASSES]; /* model class -> tag id */
};

static void set_err(tl_error *err, int code, const char *msg) {
    if (!err) return;
    err->code = code;
    err->offset = -1;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
}

/* Wraps a loaded perceptron model, checking its classes are our tags. */
static tl_pos_model *wrap(tl_percep_model *pm, tl_error *err) {
    if (!pm) return NULL;
    tl_pos_model *m = calloc(1, sizeof *m);
    if (!m) {
        tl_percep_free(pm);
        set_err(err, TL_ENOMEM, "out of memory");
        return NULL;
    }
    m->pm = pm;
    unsigned nc = tl_percep_n_classes(pm);
    for (unsigned c = 0; c < nc; c++) {
        int t = tl_pos_tag_parse(tl_percep_class_name(pm, c));
        if (t == TL_POS_NONE) {
            set_err(err, TL_EFORMAT, "POS model has a tag this version does not know");
            tl_pos_free(m);
            return NULL;
        }
        m->class_tag[c] = (uint8_t)t;
    }
    return m;
}

tl_pos_model *tl_pos_load_mem(const void *data, size_t len, tl_error *err) {
    return wrap(tl_percep_load_mem(data, len, "pos", err), err);
}

tl_pos_model *tl_pos_view_decoded(const void *data, size_t len, tl_error *err) {
    return wrap(tl_percep_view_decoded(data, len, "pos", NULL, err), err);
}

tl_pos_model *tl_pos_load(const char *path, tl_error *err) {
    return wrap(tl_percep_load(path, "pos", err), err);
}

void tl_pos_free(tl_pos_model *m) {
    if (!m) return;
    tl_percep_free(m->pm);
    free(m);
}

/* ---- Brown tag mapping ----------------------------------------------------- */
int tl_pos_from_brown(const char *s, size_t n) {
    char t[16];
    size_t k = 0;
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'a' && c <= 'z') c = (char)(c - 32);
        if (c >= 'A' && c <= 'Z') letters = 1;
        if (k + 1 < sizeof t) t[k++] = c;
    }
    t[k] = 0;
    if (n == 0) return TL_POS_X;
    if (strcmp(t, "*") == 0) return TL_POS_PART;
    if (!letters) return TL_POS_PUNCT;
    char *b = t;
    if (strncmp(b, "FW-", 3) == 0) b += 3;
    char *plus = strchr(b, '+');
    if (plus) *plus = 0;
    char *dash = strchr(b, '-');        /* -TL, -HL, -NC */
    if (dash && dash != b) *dash = 0;
    size_t l = strlen(b);
    while (l > 0 && (b[l - 1] == '*' || b[l - 1] == '$')) b[--l] = 0;
    if (l == 0) return TL_POS_PART;     /* "*" with a suffix */

    static const struct { const char *brown; unsigned char tag; } map[] = {
        {"NN", TL_POS_NOUN}, {"NNS", TL_POS_NOUN}, {"NR", TL_POS_NOUN}, {"NRS", TL_POS_NOUN},
        {"NP", TL_POS_PROPN}, {"NPS", TL_POS_PROPN},
        {"VB", TL_POS_VERB}, {"VBD", TL_POS_VBD}, {"VBN", TL_POS_VBN}, {"VBG", TL_POS_VBG},
        {"VBZ", TL_POS_VERB_PRES}, {"MD", TL_POS_MD},
        {"JJ", TL_POS_ADJ}, {"JJR", TL_POS_ADJ}, {"JJS", TL_POS_ADJ}, {"JJT", TL_POS_ADJ},
        {"AP", TL_POS_ADJ}, {"OD", TL_POS_ADJ},
        {"RB", TL_POS_ADV}, {"RBR", TL_POS_ADV}, {"RBT", TL_POS_ADV}, {"RN", TL_POS_ADV},
        {"QL", TL_POS_ADV}, {"QLP", TL_POS_ADV}, {"ABL", TL_POS_ADV}, {"WRB", TL_POS_ADV},
        {"WQL", TL_POS_ADV},
        {"IN", TL_POS_ADP},
        {"AT", TL_POS_DET}, {"DT", TL_POS_DET}, {"DTI", TL_POS_DET}, {"DTS", TL_POS_DET},
        {"DTX", TL_POS_DET}, {"ABN", TL_POS_DET}, {"ABX", TL_POS_DET},
        {"PN", TL_POS_PRON}, {"WPS", TL_POS_PRON}, {"WPO", TL_POS_PRON}, {"WP", TL_POS_PRON},
        {"EX", TL_POS_PRON},
        {"CD", TL_POS_NUM}, {"CC", TL_POS_CONJ}, {"CS", TL_POS_SCONJ},
        {"TO", TL_POS_PART}, {"RP", TL_POS_PART}, {"WDT", TL_POS_WDT},
        {"UH", TL_POS_X}, {"NIL", TL_POS_X},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(b, map[i].brown) == 0) return map[i].tag;
    if (strncmp(b, "PP", 2) == 0) return TL_POS_PRON;
    if (strncmp(b, "BE", 2) == 0 || strncmp(b, "HV", 2) == 0 || strncmp(b, "DO", 2) == 0)
        return TL_POS_AUX;
    return TL_POS_X;
}

/* ---- features -------------------------------------------------------------- */
enum { /* feature templates */
    F_BIAS = 1, F_WORD, F_SUF1, F_SUF2, F_SUF3, F_PRE1, F_PRE2, F_PRE3, F_SHAPE,
    F_CAPINIT, F_T1, F_T1T2, F_T1WORD, F_WM1, F_WM2, F_WP1, F_WP2, F_SUF3P1,
    F_SUF3M1, F_SHAPEM1, F_SHAPEP1, F_HYPHEN, F_DIGIT
};

enum { SH_OTHER, SH_XX, SH_X, SH_LOWER, SH_DIGIT, SH_MIXED, SH_START, SH_END };

typedef struct winfo {
    uint32_t word, suf[3], pre[3];
    uint8_t shape, cap, hyphen, digit;
} winfo;

#define START_HASH 0x5354u /* position before the sentence */
#define END_HASH 0x454eu   /* position after it */
#define TAG_START 200      /* "tag" of positions before the sentence */

/* Start of the UTF-8 character that ends at or before byte i (i > 0). */
static size_t char_back(const char *s, size_t i) {
    do i--; while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

static int is_dquote(const char *w, size_t n) {
    if (n == 1) return w[0] == '"';
    if (n == 2) return (w[0] == '`' && w[1] == '`') || (w[0] == '\'' && w[1] == '\'');
    if (n == 3 && (unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80) {
        unsigned char c = (unsigned char)w[2];
        return c == 0x9C || c == 0x9D || c == 0x9E || c == 0x9F; /* “ ” „ ‟ */
    }
    if (n == 2 && (unsigned char)w[0] == 0xC2)
        return (unsigned char)w[1] == 0xAB || (unsigned char)w[1] == 0xBB; /* « » */
    return 0;
}

static void word_info(const char *w, size_t n, winfo *out) {
    char low[64];
    size_t ln = 0;
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)w[i] >= 0x80) { ascii = 0; break; }
    if (is_dquote(w, n)) {
        low[0] = '"';
        ln = 1;
    } else if (ascii) {
        ln = n < sizeof low - 1 ? n : sizeof low - 1;
        for (size_t i = 0; i < ln; i++) {
            char c = w[i];
            low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        low[ln] = 0;
    } else {
        ln = tl_utf8_fold(w, n, low, sizeof low);
    }
    /* Shape, from the original bytes. */
    unsigned upper = 0, lower = 0, digit = 0, alpha = 0, hyphen = 0, first_upper = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)w[i];
        int32_t cp;
        size_t l = 1;
        if (c < 0x80) cp = c;
        else l = tl_utf8_decode(w + i, n - i, &cp);
        int up = 0, lo = 0;
        if (cp < 0x80) {
            up = cp >= 'A' && cp <= 'Z';
            lo = cp >= 'a' && cp <= 'z';
            if (cp >= '0' && cp <= '9') digit++;
            if (cp == '-' && i > 0 && i + 1 < n) hyphen = 1;
        } else {
            up = tl_uc_is_upper(cp);
            lo = !up && tl_uc_is_alpha(cp);
            if (tl_uc_is_digit(cp)) digit++;
        }
        if (up) { upper++; if (alpha == 0) first_upper = 1; }
        if (lo) lower++;
        if (up || lo) alpha++;
        i += l;
    }
    uint8_t shape;
    if (alpha == 0) shape = digit ? SH_DIGIT : SH_OTHER;
    else if (lower == 0) shape = SH_X;
    else if (upper == 0) shape = SH_LOWER;
    else if (first_upper && upper == 1) shape = SH_XX;
    else shape = SH_MIXED;
    out->shape = shape;
    out->cap = (uint8_t)first_upper;
    out->hyphen = (uint8_t)hyphen;
    out->digit = digit > 0;

    /* Word identity: numbers collapse to two classes. */
    if (ln > 0 && low[0] >= '0' && low[0] <= '9') {
        int all = 1;
        for (size_t i = 0; i < ln; i++)
            if (low[i] < '0' || low[i] > '9') all = 0;
        out->word = (all && ln == 4) ? tl_percep_hash("!YEAR", 5, F_WORD)
                                     : tl_percep_hash("!DIGITS", 7, F_WORD);
    } else {
        out->word = tl_percep_hash(low, ln, F_WORD);
    }
    /* Prefixes and suffixes of 1..3 characters. */
    size_t p = 0, s = ln;
    for (int k = 0; k < 3; k++) {
        if (p < ln) {
            p++;
            while (p < ln && ((unsigned char)low[p] & 0xC0) == 0x80) p++;
        }
        if (s > 0) s = char_back(low, s);
        out->pre[k] = tl_percep_hash(low, p, F_PRE1 + k);
        out->suf[k] = tl_percep_hash(low + s, ln - s, F_SUF1 + k);
    }
}

static void edge_info(winfo *out, int start) {
    uint32_t h = start ? START_HASH : END_HASH;
    out->word = h;
    for (int k = 0; k < 3; k++) out->pre[k] = out->suf[k] = h;
    out->shape = start ? SH_START : SH_END;
    out->cap = out->hyphen = out->digit = 0;
}

/* ctx[0..5): words i-2 .. i+2.  t1, t2: class-free tag ids of i-1, i-2. */
static size_t make_features(const winfo *ctx, int initial, unsigned t1, unsigned t2,
                            uint32_t *f) {
    const winfo *w = &ctx[2];
    size_t k = 0;
    f[k++] = tl_percep_mix(F_BIAS, 0);
    f[k++] = tl_percep_mix(F_WORD, w->word);
    for (int j = 0; j < 3; j++) {
        f[k++] = tl_percep_mix(F_SUF1 + j, w->suf[j]);
        f[k++] = tl_percep_mix(F_PRE1 + j, w->pre[j]);
    }
    f[k++] = tl_percep_mix(F_SHAPE, w->shape | (unsigned)w->hyphen << 4 | (unsigned)w->digit << 5);
    f[k++] = tl_percep_mix(F_HYPHEN, w->hyphen);
    f[k++] = tl_percep_mix(F_DIGIT, w->digit);
    f[k++] = tl_percep_mix(F_CAPINIT, (unsigned)w->cap * 2 + (unsigned)initial);
    f[k++] = tl_percep_mix(F_T1, t1);
    f[k++] = tl_percep_mix(F_T1T2, t1 << 8 | t2);
    f[k++] = tl_percep_mix(tl_percep_mix(F_T1WORD, t1), w->word);
    f[k++] = tl_percep_mix(F_WM1, ctx[1].word);
    f[k++] = tl_percep_mix(F_WM2, ctx[0].word);
    f[k++] = tl_percep_mix(F_WP1, ctx[3].word);
    f[k++] = tl_percep_mix(F_WP2, ctx[4].word);
    f[k++] = tl_percep_mix(F_SUF3P1, ctx[3].suf[2]);
    f[k++] = tl_percep_mix(F_SUF3M1, ctx[1].suf[2]);
    f[k++] = tl_percep_mix(F_SHAPEM1, ctx[1].shape);
    f[k++] = tl_percep_mix(F_SHAPEP1, ctx[3].shape);
    return k;
}

size_t tl_pos_features(const tl_str *words, size_t n, size_t i, const uint8_t *tags,
                       uint32_t *feats) {
    winfo ctx[5];
    for (int d = -2; d <= 2; d++) {
        long long j = (long long)i + d;
        if (j < 0) edge_info(&ctx[d + 2], 1);
        else if ((size_t)j >= n) edge_info(&ctx[d + 2], 0);
        else word_info(words[j].ptr, words[j].len, &ctx[d + 2]);
    }
    unsigned t1 = i >= 1 ? tags[i - 1] : TAG_START;
    unsigned t2 = i >= 2 ? tags[i - 2] : TAG_START;
    return make_features(ctx, i == 0, t1, t2, feats);
}

void tl_pos_tag(const tl_pos_model *m, const tl_str *words, size_t n, uint8_t *tags) {
    if (!m || n == 0) return;
    winfo ring[5];     /* position j lives in ring[j % 5] */
    winfo ctx[5];
    winfo start, end;
    edge_info(&start, 1);
    edge_info(&end, 0);
    size_t done = 0;   /* positions [0, done) have word info in the ring */
    uint32_t feats[TL_POS_MAX_FEATS];
    for (size_t i = 0; i < n; i++) {
        while (done < n && done <= i + 2) {
            word_info(words[done].ptr, words[done].len, &ring[done % 5]);
            done++;
        }
        for (int d = -2; d <= 2; d++) {
            if ((long long)i + d < 0) ctx[d + 2] = start;
            else if (i + (size_t)(d + 2) >= n + 2) ctx[d + 2] = end;
            else ctx[d + 2] = ring[(i + (size_t)(d + 2) - 2) % 5];
        }
        unsigned t1 = i >= 1 ? tags[i - 1] : TAG_START;
        unsigned t2 = i >= 2 ? tags[i - 2] : TAG_START;
        size_t nf = make_features(ctx, i == 0, t1, t2, feats);
        tags[i] = m->class_tag[tl_percep_predict(m->pm, feats, nf)];
    }
}

/* ---- the word cache ---------------------------------------------------------- */

/* Of the features above, all but four (CAPINIT, T1, T1T2, T1WORD) depend on
 * one word and its offset from the tagged position.  The cache keeps, per
 * distinct word, the weight sums of its features at each offset; a position
 * then costs five sum additions plus the tag-dependent part.  Of that part,
 * CAPINIT is folded into the word's own sum (with a correction for the first
 * word of a sentence), T1 + T1T2 come from a table indexed by the two tags,
 * and T1WORD from a row remembered per word and previous tag.  Integer sums:
 * the order of addition does not change a score, so the tags are those of
 * tl_pos_tag.
 *
 * The cache lives as long as its owner wants (a document, or a thread's
 * workspace over many documents): words repeat across documents, so a
 * long-lived cache computes almost nothing.  Its size is bounded: when the
 * next sentence could take it past its limit it is emptied first. */
#define PC_STRIDE 24     /* the row stride the cache handles (the shipped model: 22 classes) */
#define PC_MAXLEN 255    /* longer words are not cached */
#define PC_MAXSENT 1024  /* longer sentences are tagged uncached */
#define PC_NT TL_POS_COUNT /* previous-tag slots: 0 for TAG_START, else the tag id */
#define PC_DEFAULT_BYTES ((size_t)4 << 20)
/* Score offset of the padding classes: below any real score (at most ~30
 * rows of |weight| <= 32767 each), far from int32 overflow. */
#define PC_NOCLASS (-(1 << 30))
enum { PC_SELF, PC_M1, PC_M2, PC_P1, PC_P2, PC_N };

/* gcc and clang vector extensions: four int32 lanes. */
typedef int32_t v4si __attribute__((vector_size(16)));
typedef uint32_t v4su __attribute__((vector_size(16)));

/* 24 class scores: v[0..3) hold the even classes, v[3..6) the odd ones, the
 * order in which a row's int16 pairs split cheaply into int32 lanes. */
typedef struct psum { v4si v[6]; } psum;

/* Adds a row that is never NULL: no branch on the way. */
static inline void psum_add_row_nn(psum *s, const int16_t *w) {
    v4su x0, x1, x2;
    memcpy(&x0, w, sizeof x0);
    memcpy(&x1, w + 8, sizeof x1);
    memcpy(&x2, w + 16, sizeof x2);
    s->v[0] += (v4si)(x0 << 16) >> 16;
    s->v[1] += (v4si)(x1 << 16) >> 16;
    s->v[2] += (v4si)(x2 << 16) >> 16;
    s->v[3] += (v4si)x0 >> 16;
    s->v[4] += (v4si)x1 >> 16;
    s->v[5] += (v4si)x2 >> 16;
}

/* Adds a row; NULL (no weights) adds nothing. */
static inline void psum_add_row(psum *s, const int16_t *w) {
    if (w) psum_add_row_nn(s, w);
}

/* Stands for "no weights": T1WORD rows are missing for most (tag, word)
 * pairs, and a branch on that mispredicts. */
static const int16_t pc_zero_row[PC_STRIDE];

static inline void psum_add(psum *s, const psum *a) {
    s->v[0] += a->v[0]; /* unrolled: the sums stay in registers */
    s->v[1] += a->v[1];
    s->v[2] += a->v[2];
    s->v[3] += a->v[3];
    s->v[4] += a->v[4];
    s->v[5] += a->v[5];
}

static inline void psum_sub(psum *s, const psum *a) {
    for (int k = 0; k < 6; k++) s->v[k] -= a->v[k];
}

static inline v4si v4_max(v4si a, v4si b) {
    v4si gt = a > b;
    return (a & gt) | (b & ~gt);
}

/* Bit l of the result: lane l of a is -1.  Can't fail. */
static inline unsigned v4_bits(v4si a) {
    return (unsigned)(a[0] & 1) | (unsigned)(a[1] & 2) | (unsigned)(a[2] & 4) | (unsigned)(a[3] & 8);
}

/* The class with the highest score (ties: the lowest class), as the scalar
 * loop over classes 0, 1, 2... would find it.  Classes past the model's
 * count must hold PC_NOCLASS (see pc_tctx).  Branch-free but for the end:
 * the scalar loop's "new best?" branch mispredicted at every other class. */
static inline unsigned psum_argmax(const psum *s) {
    v4si mx = v4_max(v4_max(v4_max(s->v[0], s->v[3]), v4_max(s->v[1], s->v[4])), v4_max(s->v[2], s->v[5]));
    int32_t best = mx[0];
    for (int l = 1; l < 4; l++) best = mx[l] > best ? mx[l] : best;
    v4si b = {best, best, best, best};
    /* Even classes 2j: lane j % 4 of v[j / 4]; odd classes 2j+1: of v[3 + j / 4]. */
    unsigned ev = v4_bits(s->v[0] == b) | v4_bits(s->v[1] == b) << 4 | v4_bits(s->v[2] == b) << 8;
    unsigned od = v4_bits(s->v[3] == b) | v4_bits(s->v[4] == b) << 4 | v4_bits(s->v[5] == b) << 8;
    unsigned ke = ev ? 2 * (unsigned)__builtin_ctz(ev) : 99, ko = od ? 2 * (unsigned)__builtin_ctz(od) + 1 : 99;
    return ke < ko ? ke : ko;
}

typedef struct pc_ent {
    uint32_t hash, off;  /* key hash; key bytes at bytes + off */
    uint32_t len, word;  /* key length; winfo.word */
    uint32_t t1known;    /* bit t: t1w[t] is set */
    uint8_t cap;         /* winfo.cap */
} pc_ent;

/* What the cache knows of one word. */
typedef struct pc_data {
    psum sum[PC_N];               /* weight sums per offset; SELF includes CAPINIT "not initial" */
    const int16_t *t1w[PC_NT];    /* T1WORD row per previous tag, or pc_zero_row (valid when t1known says so) */
} pc_data;

struct tl_pos_cache {
    const tl_pos_model *m;
    uint32_t *slot;      /* entry index + 1, 0 = empty */
    uint32_t mask;
    pc_ent *e;
    pc_data *data;       /* per entry */
    size_t n, cap;
    char *bytes;
    size_t nb, capb;
    size_t max_n, max_nb; /* the bounds: entries, key bytes */
    psum start[PC_N], end[PC_N]; /* the edges (M1, M2 / P1, P2 used) */
    psum init_fix[2];    /* per cap: CAPINIT "initial" minus CAPINIT "not initial" */
    psum noclass;        /* PC_NOCLASS in the lanes of classes the model does not have, else 0 */
    psum tctx[PC_NT][PC_NT]; /* T1 + T1T2 rows per (t1, t2) slot */
    uint32_t tknown[PC_NT];  /* bit t2 of [t1]: tctx[t1][t2] is set */
};

/* The weight sums of w's features at each offset, into out. */
static void offset_sums(const tl_percep_model *pm, const winfo *w, psum out[PC_N]) {
    memset(out, 0, PC_N * sizeof *out);
    psum *o = &out[PC_SELF];
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_BIAS, 0)));
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_WORD, w->word)));
    for (int j = 0; j < 3; j++) {
        psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_SUF1 + j, w->suf[j])));
        psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_PRE1 + j, w->pre[j])));
    }
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_SHAPE, w->shape | (unsigned)w->hyphen << 4 |
                                                                 (unsigned)w->digit << 5)));
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_HYPHEN, w->hyphen)));
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_DIGIT, w->digit)));
    o = &out[PC_M1];
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_WM1, w->word)));
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_SUF3M1, w->suf[2])));
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_SHAPEM1, w->shape)));
    psum_add_row(&out[PC_M2], tl_percep_row(pm, tl_percep_mix(F_WM2, w->word)));
    o = &out[PC_P1];
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_WP1, w->word)));
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_SUF3P1, w->suf[2])));
    psum_add_row(o, tl_percep_row(pm, tl_percep_mix(F_SHAPEP1, w->shape)));
    psum_add_row(&out[PC_P2], tl_percep_row(pm, tl_percep_mix(F_WP2, w->word)));
}

/* Slot of a previous-tag value (TAG_START or a tag id). */
static inline unsigned tslot(unsigned t) { return t == TAG_START ? 0 : t; }

tl_pos_cache *tl_pos_cache_new(const tl_pos_model *m, size_t max_bytes) {
    if (!m || tl_percep_stride(m->pm) != PC_STRIDE) return NULL;
    tl_pos_cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->m = m;
    if (!max_bytes) max_bytes = PC_DEFAULT_BYTES;
    /* An entry takes its record, its data, two slots and (on average far
     * less than) 32 key bytes. */
    c->max_n = max_bytes / (sizeof(pc_ent) + sizeof(pc_data) + 2 * sizeof(uint32_t) + 32);
    if (c->max_n < 16) c->max_n = 16;
    c->max_nb = c->max_n * 32;
    c->mask = 1023;
    c->slot = calloc(c->mask + 1, sizeof *c->slot);
    if (!c->slot) { free(c); return NULL; }
    winfo w;
    edge_info(&w, 1);
    offset_sums(m->pm, &w, c->start);
    edge_info(&w, 0);
    offset_sums(m->pm, &w, c->end);
    for (unsigned k = tl_percep_n_classes(m->pm); k < PC_STRIDE; k++)
        c->noclass.v[(k & 1) * 3 + k / 8][k / 2 % 4] = PC_NOCLASS;
    for (unsigned cap = 0; cap < 2; cap++) {
        psum_add_row(&c->init_fix[cap], tl_percep_row(m->pm, tl_percep_mix(F_CAPINIT, cap * 2 + 1)));
        psum not_initial = {0};
        psum_add_row(&not_initial, tl_percep_row(m->pm, tl_percep_mix(F_CAPINIT, cap * 2)));
        psum_sub(&c->init_fix[cap], &not_initial);
    }
    return c;
}

void tl_pos_cache_free(tl_pos_cache *c) {
    if (!c) return;
    free(c->slot);
    free(c->e);
    free(c->data);
    free(c->bytes);
    free(c);
}

/* Forgets every word (the storage is kept for the next ones). */
static void pc_clear(tl_pos_cache *c) {
    memset(c->slot, 0, ((size_t)c->mask + 1) * sizeof *c->slot);
    c->n = 0;
    c->nb = 0;
}

static uint32_t pc_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Doubles the slot table. */
static int pc_rehash(tl_pos_cache *c) {
    uint32_t mask = c->mask * 2 + 1;
    uint32_t *slot = calloc((size_t)mask + 1, sizeof *slot);
    if (!slot) return 0;
    for (size_t i = 0; i < c->n; i++) {
        uint32_t h = c->e[i].hash & mask;
        while (slot[h]) h = (h + 1) & mask;
        slot[h] = (uint32_t)i + 1;
    }
    free(c->slot);
    c->slot = slot;
    c->mask = mask;
    return 1;
}

/* The entry of word w[0..n), added when new; -1 when it can't be cached.
 * The caller made sure the bounds leave room for it. */
static long pc_get(tl_pos_cache *c, const char *w, size_t n) {
    if (n > PC_MAXLEN) return -1;
    uint32_t hash = pc_hash(w, n), h = hash & c->mask;
    for (uint32_t v; (v = c->slot[h]) != 0; h = (h + 1) & c->mask) {
        const pc_ent *e = &c->e[v - 1];
        if (e->hash == hash && e->len == n && memcmp(c->bytes + e->off, w, n) == 0) return (long)v - 1;
    }
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        if (cap > c->max_n) cap = c->max_n;
        if (cap <= c->n) return -1;
        pc_ent *e = realloc(c->e, cap * sizeof *e);
        if (!e) return -1;
        c->e = e;
        pc_data *data = realloc(c->data, cap * sizeof *data);
        if (!data) return -1;
        c->data = data;
        c->cap = cap;
    }
    if (c->nb + n > c->capb) {
        size_t capb = c->capb ? c->capb * 2 : 4096;
        while (capb < c->nb + n) capb *= 2;
        char *b = realloc(c->bytes, capb);
        if (!b) return -1;
        c->bytes = b;
        c->capb = capb;
    }
    pc_ent *e = &c->e[c->n];
    pc_data *dt = &c->data[c->n];
    winfo wi;
    word_info(w, n, &wi);
    e->hash = hash;
    e->off = (uint32_t)c->nb;
    e->len = (uint32_t)n;
    e->word = wi.word;
    e->cap = wi.cap;
    e->t1known = 0;
    memcpy(c->bytes + c->nb, w, n);
    c->nb += n;
    offset_sums(c->m->pm, &wi, dt->sum);
    psum_add_row(&dt->sum[PC_SELF], tl_percep_row(c->m->pm, tl_percep_mix(F_CAPINIT, (unsigned)wi.cap * 2)));
    c->slot[h] = (uint32_t)++c->n;
    if (c->n * 2 > c->mask && !pc_rehash(c)) return -1; /* still consistent */
    return (long)c->n - 1;
}

/* T1 + T1T2 rows for previous tags t1, t2 (raw values), plus c->noclass:
 * every position adds one of these, which keeps the padding classes out of
 * psum_argmax. */
static inline const psum *pc_tctx(tl_pos_cache *c, unsigned t1, unsigned t2) {
    unsigned a = tslot(t1), b = tslot(t2);
    psum *p = &c->tctx[a][b];
    if (!(c->tknown[a] >> b & 1)) {
        *p = c->noclass;
        psum_add_row(p, tl_percep_row(c->m->pm, tl_percep_mix(F_T1, t1)));
        psum_add_row(p, tl_percep_row(c->m->pm, tl_percep_mix(F_T1T2, t1 << 8 | t2)));
        c->tknown[a] |= 1u << b;
    }
    return p;
}

/* The T1WORD row of entry k after previous tag t1 (raw value), or
 * pc_zero_row. */
static inline const int16_t *pc_t1w(tl_pos_cache *c, uint32_t k, unsigned t1) {
    unsigned a = tslot(t1);
    pc_ent *e = &c->e[k];
    if (!(e->t1known >> a & 1)) {
        const int16_t *r = tl_percep_row(c->m->pm, tl_percep_mix(tl_percep_mix(F_T1WORD, t1), e->word));
        c->data[k].t1w[a] = r ? r : pc_zero_row;
        e->t1known |= 1u << a;
    }
    return c->data[k].t1w[a];
}

void tl_pos_tag_cached(const tl_pos_model *m, tl_pos_cache *c, const tl_str *words, size_t n,
                       uint8_t *tags) {
    if (!m || n == 0) return;
    if (!c || c->m != m || n > PC_MAXSENT || n > c->max_n) { tl_pos_tag(m, words, n, tags); return; }
    /* Room for every word of the sentence, so no entry goes away while the
     * sentence is tagged. */
    size_t need = 0;
    for (size_t i = 0; i < n; i++) need += words[i].len;
    if (c->n + n > c->max_n || c->nb + need > c->max_nb) pc_clear(c);
    uint32_t id[PC_MAXSENT];
    for (size_t i = 0; i < n; i++) {
        long e = pc_get(c, words[i].ptr, words[i].len);
        if (e < 0) { tl_pos_tag(m, words, n, tags); return; }
        id[i] = (uint32_t)e;
    }
    for (size_t i = 0; i < n; i++) {
        psum sc = c->data[id[i]].sum[PC_SELF];
        psum_add(&sc, i >= 1 ? &c->data[id[i - 1]].sum[PC_M1] : &c->start[PC_M1]);
        psum_add(&sc, i >= 2 ? &c->data[id[i - 2]].sum[PC_M2] : &c->start[PC_M2]);
        psum_add(&sc, i + 1 < n ? &c->data[id[i + 1]].sum[PC_P1] : &c->end[PC_P1]);
        psum_add(&sc, i + 2 < n ? &c->data[id[i + 2]].sum[PC_P2] : &c->end[PC_P2]);
        unsigned t1 = i >= 1 ? tags[i - 1] : TAG_START;
        unsigned t2 = i >= 2 ? tags[i - 2] : TAG_START;
        if (i == 0) psum_add(&sc, &c->init_fix[c->e[id[i]].cap]);
        psum_add(&sc, pc_tctx(c, t1, t2));
        psum_add_row_nn(&sc, pc_t1w(c, id[i], t1));
        tags[i] = m->class_tag[psum_argmax(&sc)];
    }
}
