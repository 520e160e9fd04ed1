/* tl_resolve.h -- name keys and the decision rule that links a document's entity to a stored one. */
#ifndef TL_RESOLVE_H
#define TL_RESOLVE_H
#include <stddef.h>
#include <stdint.h>

/* Longest key written by the functions below, terminator included. */
#define TL_RESOLVE_KEY_MAX 256 /* = TL_NAMEKEY_MAX */

/* Kinds of lookup keys kept for every name of an entity. */
enum {
    TL_KEY_EXACT = 0,  /* folded name: case, accents, "the", possessive 's, punctuation */
    TL_KEY_PHON = 1,   /* transliteration key of the exact key (Qods = Quds) */
    TL_KEY_SUR = 2,    /* surname of a multi-word PERSON name */
    TL_KEY_ACR = 3,    /* initials of a multi-word name ("islamic revolutionary guard corps" -> "irgc") */
    TL_KEY_SHORT = 4,  /* an all-capitals single word, which may be an acronym */
    TL_KEY_TAIL = 5    /* last two words of an ORG's variant key of three or more ("revolutionary guard") */
};

/* The exact key of a surface name: case-folded, accents stripped, a leading
 * "the" and possessive 's dropped, apostrophes removed, other punctuation
 * made a single space.  Writes at most cap-1 bytes, always NUL-terminated;
 * returns the length (0 for a name with no letters or digits).  Can't fail. */
size_t tl_resolve_key(const char *s, size_t n, char *out, size_t cap);

/* The transliteration key of an exact key (tl_namekey_translit: q/gh/c/k,
 * kh/h, dh/d, th/t, ph/f, z/s, w/v, ou/oo/o/u, ee/y/i, ai/ei/e, doubled
 * letters single, -yevs/-yev).  Vowel changes other than these are kept,
 * so -ov and -ev stay different.  Same contract as tl_resolve_key. */
size_t tl_resolve_phonetic(const char *key, char *out, size_t cap);

/* The transliteration key of a variant of an exact key that names the same
 * thing for an entity of tl_ent_type `type`: a PERSON's initials dropped
 * ("Brian E. Nelson" = "Brian Nelson"), a NORP's plural made singular
 * (Americans = American), an ORG's leading "US" qualifier dropped and
 * "Department of X" read as "X Department", a trailing "Corps" dropped and
 * its last word made singular (Revolutionary Guards = Revolutionary Guard
 * Corps), a place's kind dropped (Gaza Strip = Gaza,
 * tl_namekey_place_core).  Used as the transliteration
 * key (TL_KEY_PHON) of every stored name.  Same contract as tl_resolve_key. */
size_t tl_resolve_variant(const char *key, int type, char *out, size_t cap);

/* The initials of the significant words of an exact key ("of", "the", "and",
 * "for", "al" skipped); returns 0 (and writes "") for fewer than two.
 * Can't fail. */
size_t tl_resolve_acronym(const char *key, char *out, size_t cap);

/* The last word of a key with two or more words; 0 otherwise.  Can't fail. */
size_t tl_resolve_surname(const char *key, char *out, size_t cap);

/* The last two words of a key of three or more words (an organization's
 * short form: "Revolutionary Guards" for "Islamic Revolutionary Guard
 * Corps"); 0 (and "") otherwise.  Can't fail. */
size_t tl_resolve_tail(const char *key, char *out, size_t cap);

/* Number of words of a key.  Can't fail. */
int tl_resolve_words(const char *key);

/* 1 when the surface form is a single all-capitals word of 2-8 letters
 * ("IRGC", "FBI").  Can't fail. */
int tl_resolve_is_short_form(const char *s, size_t n);

/* 1 when entities of these tl_ent_types may be one thing: the same type, or
 * GPE/LOC, LOC/FAC (places the extractor may type either way).  Can't fail. */
int tl_resolve_types_compatible(int a, int b);

/* 1 when entities of these incompatible tl_ent_types, named by an exact
 * key of `words` words, may still be one thing the extractor typed two
 * ways ("Hamas" a person in one report, an organization in others): an
 * organization and a person or a place; a person and a place only under a
 * name of two or more words (a person "Jordan" is not the country).  A
 * facility, a people and an event never join another type (the Quds Force
 * is not its base).  Such a join needs the same full name and settles the
 * type by a vote of documents.  Can't fail. */
int tl_resolve_types_retypable(int a, int b, int words);

/* 1 when a surface name is a lone common word that the graph does not
 * keep as an entity: one word with a lower-case letter (not an acronym),
 * known to the gazetteer `g` as nothing that names a place, a people, a
 * person or a date, and either a lower-case English word ("Courtroom" or
 * "Hydra" taken for a person, "Rs" for a place) or, for an entity of any
 * tl_ent_type, a word that only qualifies organizations' names
 * ("Islamic", "European").  An organization named by a lower-case word is
 * kept: the Pentagon, the Telegraph, the Army are names.  Can't fail. */
struct tl_gaz;
int tl_resolve_generic_name(const struct tl_gaz *g, const char *s, size_t n, int type);

/* Why a document's entity joined a stored one (recorded with the join,
 * printed by `show --why`).  TL_WHY_CONTEXT is or'ed in when shared
 * context picked it among equally good candidates. */
enum {
    TL_WHY_NEW = 0,       /* no stored entity matched: a new one */
    TL_WHY_NAME = 1,      /* the same full name */
    TL_WHY_ALIAS = 2,     /* another name the document gives it (alias seen in the text) */
    TL_WHY_ACRONYM = 3,   /* an acronym of a joined name, or the name of a joined acronym */
    TL_WHY_TRANSLIT = 4,  /* a transliteration or spelling variant */
    TL_WHY_SURNAME = 5,   /* a lone surname (or the full name of a lone surname), with context */
    TL_WHY_SHORTFORM = 6, /* an organization's last two words, with context */
    TL_WHY_RETYPE = 7,    /* the same full name under another type (the documents vote the type) */
    TL_WHY_CONTEXT = 0x10
};

/* "same full name", "alias seen in the text", ...; "shared context" for
 * TL_WHY_CONTEXT alone.  Can't fail. */
const char *tl_resolve_why_name(int why);

/* A stored entity that a document's entity might join. */
typedef struct tl_resolve_cand {
    int64_t entity;
    int strength;   /* best match kind: 3 exact, 2 acronym or transliteration, 1 surname or short form */
    int context;    /* how many of the document's other entities it already co-occurs with */
    int why;        /* TL_WHY_ of the strongest match */
    int name_idx;   /* which name of the document's entity matched: 0 its name, k its k-th alias */
} tl_resolve_cand;

/* Picks the candidate a document's entity joins, or -1 to start a new
 * entity.  Rule: the strongest match wins; among equally strong ones the
 * one sharing the most context; a tie left on an exact name goes to the
 * first (oldest) candidate, a tie on a weaker match starts a new entity
 * (two "Aliyev"s with nothing in common stay apart).  Can't fail. */
int tl_resolve_choose(const tl_resolve_cand *c, size_t n);
#endif
