/* tl_ner_int.h -- internals shared by the NER modules (tl_ner*.c): token data, spans, pass state. */
#ifndef TL_NER_INT_H
#define TL_NER_INT_H
#include "tl_ner.h"
#include "tl_percep.h"
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The tagger is the project's averaged perceptron (tl_percep.c): its file
 * format, checksum, quantization and trainer.  A model holds either the
 * read-only quantized weights (tagging) or a trainer (tools/train-ner). */
struct tl_ner_model {
    tl_percep_model *pm;    /* shipped or loaded model, or NULL (rules only) */
    tl_percep_trainer *tr;  /* training weights, or NULL */
};

/* ---- per-token data (tl_ner_feat.c) ------------------------------------ */

/* The class of a token's letters, from the tokenizer's flags. */
enum { TL_NER_SH_LOWER = 1, TL_NER_SH_CAP, TL_NER_SH_CAPS, TL_NER_SH_DIGIT, TL_NER_SH_MIXED, TL_NER_SH_PUNCT };

typedef struct tl_ner_tokinfo {
    uint32_t word;    /* hash of the folded word */
    uint32_t cased;   /* hash of the word as written */
    uint32_t pre3, suf3, suf2;
    uint32_t shape;   /* hash of the compressed shape Xx-x */
    uint32_t gaz;     /* tl_gaz flags of the word alone */
    uint8_t gaz_multi; /* multiword gazetteer tag: class*4 + position(1 B, 2 I, 3 E) */
    uint8_t cls;      /* TL_NER_SH_* */
    uint8_t cand;
    uint8_t len;
    uint8_t has_wsum; /* tl_ner_feats.wsum of the token is set */
} tl_ner_tokinfo;

struct tl_ner_feats {
    const tl_doc *doc;
    const tl_gaz *gaz;
    const tl_ner_model *model; /* quantized model to keep word sums for, or NULL */
    int32_t (*wsum)[TL_NER_NLABELS]; /* per token: sums of its word_features (when has_wsum) */
    tl_ner_tokinfo *t;
    tl_ner_memo *memo;   /* NULL when out of memory: everything is computed each time */
    int own_memo;        /* memo was made for these features alone */
};

/* The bytes of token i of d, its length in *n.  Can't fail. */
static inline const char *tl_ner_tok_ptr(const tl_doc *d, uint32_t i, size_t *n) {
    *n = d->tokens[i].end - d->tokens[i].start;
    return d->text + d->tokens[i].start;
}

/* tl_ner_feats_new with a memo the caller keeps (NULL: one for the features
 * alone); with a quantized model m, tokens also get their word sums (wsum).
 * NULL when out of memory; free with tl_ner_feats_free. */
tl_ner_feats *tl_ner_feats_make(const tl_gaz *g, const tl_ner_model *m, tl_ner_memo *memo, const tl_doc *d);
/* tl_ner_features, without the features of the word alone when ctx_only
 * (the tagger then adds the word's sums from wsum).  Writes at most
 * TL_NER_MAX_FEATS.  Can't fail. */
size_t tl_ner_feats_ctx(const tl_ner_feats *f, uint32_t i, int prev, int prev2, int ctx_only, uint32_t *o);
/* tl_gaz_lookup(f->gaz, s, n), remembered in f's memo.  Can't fail. */
uint32_t tl_ner_memo_gaz(const tl_ner_feats *f, const char *s, size_t n);
/* Joins tokens [a, b) of d with single spaces (none where the text has
 * none) into buf (cap bytes, NUL-terminated); returns the length, 0 when it
 * does not fit.  Can't fail. */
size_t tl_ner_join_tokens(const tl_doc *d, uint32_t a, uint32_t b, char *buf, size_t cap);

/* ---- spans (tl_ner_rules.c) -------------------------------------------- */

typedef struct tl_ner_span {
    uint32_t a, b;  /* tokens [a, b) */
    int cls;        /* the fine type (tl_ent_type), -1: dropped */
    uint32_t sb, se; /* byte range when only part of one token, else 0, 0 */
    uint32_t key, order; /* sorting: start byte, then position in the vector */
    uint32_t nick;       /* 1: a nickname inside the span before it */
} tl_ner_span;

typedef struct tl_ner_spanvec {
    tl_ner_span *v;
    size_t n, cap;
} tl_ner_spanvec;

/* Gazetteer flag sets the rules test together. */
#define TL_NER_PLACEISH (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY | TL_GAZ_CITY_BIG | TL_GAZ_CAPITAL)
#define TL_NER_NAMEISH (TL_NER_PLACEISH | TL_GAZ_GIVEN | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_REGION)
#define TL_NER_HEADS (TL_GAZ_ORG_HEAD | TL_GAZ_FAC_HEAD | TL_GAZ_LOC_HEAD | TL_GAZ_EVENT_HEAD | TL_GAZ_GPE_HEAD)
#define TL_NER_PLACEISH_STRONG (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_SUBDIV)

/* Appends s to sv.  Returns 1, or 0 when out of memory (sv unchanged). */
int tl_ner_sv_push(tl_ner_spanvec *sv, tl_ner_span s);
/* True when token i of d is exactly the word w.  Can't fail.  Inline: the
 * callers give literals, whose length the compiler knows (80,000 calls to
 * strlen on 100 Wikipedia documents otherwise). */
static inline int tl_ner_tok_is(const tl_doc *d, uint32_t i, const char *w) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    return strlen(w) == n && memcmp(s, w, n) == 0;
}

/* Is token i a Roman numeral of a name's order ("II", "XIII", and "I" of
 * "Clovis I")?  Can't fail. */
static inline int tl_ner_roman_numeral(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    if (n == 0 || n > 5) return 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] != 'I' && s[k] != 'V' && s[k] != 'X') return 0;
    return 1;
}
/* The gazetteer flags of tokens [a, b) read as one name (a former state's
 * with TL_GAZ_COUNTRY added).  Can't fail. */
uint32_t tl_ner_span_gaz(const tl_ner_feats *f, uint32_t a, uint32_t b);
/* True when token i is a plural noun of members ("operatives",
 * "militants").  Can't fail. */
int tl_ner_member_noun(const tl_doc *d, uint32_t i);
/* The fine type (tl_ent_type) of the tagger's span [a, b) of coarse class
 * cls (1 PER, 2 ORG, 3 LOC, 4 MISC), or -1 for a MISC that is none of
 * ours.  Can't fail. */
int tl_ner_fine_type(const tl_ner_feats *f, uint32_t a, uint32_t b, int cls);
/* The kind of thing the noun at token i names: TL_ORG, TL_PERSON or TL_GPE
 * (cues/kind_{org,person,place}_nouns.txt: "gang", "journalist", "town"),
 * else -1.  Can't fail. */
int tl_ner_kind_noun(const tl_doc *d, uint32_t i);
/* Does the noun at token i name a person by kind, trade or place in a body
 * ("journalist", "lawyer", "fighter", "operatives"; cues/
 * kind_person_nouns.txt, occupation_nouns.txt, affiliation_nouns.txt,
 * member_nouns.txt)?  Can't fail. */
int tl_ner_person_noun(const tl_doc *d, uint32_t i);
/* True when token i is a noun that, right after a name, makes the name an
 * organization ("the X faction"; cues/kind_org_after_nouns.txt).  Can't
 * fail. */
int tl_ner_org_after_noun(const tl_doc *d, uint32_t i);
/* The type an apposition after token b-1 gives the name before it: "the
 * Black Wolves, a criminal gang", "Mahmoud Sharifi, a journalist",
 * "Rustavi, a city in", "X, formerly the world's biggest marketplace".
 * Returns a fine type or -1.  Can't fail. */
int tl_ner_apposition_type(const tl_ner_feats *f, uint32_t b);
/* Cleans up a span [a, b) of fine type `type` (titles, datelines,
 * modifiers, nationalities split off) and adds what remains to sv.
 * Returns 0 when out of memory, else 1. */
int tl_ner_emit(const tl_ner_feats *f, tl_ner_spanvec *sv, uint32_t a, uint32_t b, int type, int depth);

/* ---- the passes (tl_ner.c: the table) ---------------------------------- */

/* One document's state, read and changed by the passes in order. */
typedef struct tl_ner_state {
    const tl_ner_model *m;
    tl_ner_feats *f;
    tl_doc *d;
    uint8_t *lab;   /* the tagger's label per token */
    float (*sc)[TL_NER_NLABELS]; /* the tagger's label scores per candidate token */
    uint8_t *head;  /* 1: token of a Title-Case line */
    tl_ner_spanvec sv;     /* spans found so far (sorted by the "sort" pass) */
} tl_ner_state;

/* Each pass returns TL_OK or TL_ENOMEM (the state then only fit to free). */
int tl_ner_pass_capitalized_runs(tl_ner_state *r); /* tl_ner_rules.c */
int tl_ner_pass_possessive_names(tl_ner_state *r); /* tl_ner_rules.c */
int tl_ner_pass_possessed_parts(tl_ner_state *r);  /* tl_ner_rules.c */
int tl_ner_pass_for_names(tl_ner_state *r);        /* tl_ner_rules.c */
int tl_ner_pass_plural_bodies(tl_ner_state *r);    /* tl_ner_rules.c */
int tl_ner_pass_particle_names(tl_ner_state *r);   /* tl_ner_rules.c */
int tl_ner_pass_place_joins(tl_ner_state *r);      /* tl_ner_rules.c */
int tl_ner_pass_consistency(tl_ner_state *r);      /* tl_ner_doc.c from here */
int tl_ner_pass_sort(tl_ner_state *r);
int tl_ner_pass_member_nouns(tl_ner_state *r);
int tl_ner_pass_surnames(tl_ner_state *r);
int tl_ner_pass_modifier_bodies(tl_ner_state *r);
int tl_ner_pass_body_before_title(tl_ner_state *r);
int tl_ner_pass_holder_offices(tl_ner_state *r);
int tl_ner_pass_nicknames(tl_ner_state *r);
int tl_ner_pass_described_kinds(tl_ner_state *r);
int tl_ner_pass_org_spans(tl_ner_state *r);        /* tl_ner_org.c */
#endif
