/* tl_gaz.h -- gazetteer lookups over tables compiled in at build time. */
#ifndef TL_GAZ_H
#define TL_GAZ_H
#include <stddef.h>
#include <stdint.h>

/* What a name (or a lowercase word) is known to be.  A key may carry several
 * bits ("Georgia": country and US state; "Jordan": country and given name). */
enum {
    TL_GAZ_COUNTRY   = 1u << 0,  /* country: common, official and alternative names */
    TL_GAZ_SUBDIV    = 1u << 1,  /* first-level subdivision (ISO 3166-2) */
    TL_GAZ_CITY      = 1u << 2,  /* populated place, population >= 15,000 */
    TL_GAZ_CITY_BIG  = 1u << 3,  /* populated place, population >= 250,000 */
    TL_GAZ_DEMONYM   = 1u << 4,  /* nationality adjective/noun, singular or plural */
    TL_GAZ_GIVEN     = 1u << 5,  /* given (first) name */
    TL_GAZ_REGION    = 1u << 6,  /* continent, world region, sea, mountain range */
    TL_GAZ_WORD      = 1u << 7,  /* common English word that is written lower case */
    TL_GAZ_NORP      = 1u << 8,  /* religious, ethnic or political group adjective */
    TL_GAZ_TITLE     = 1u << 9,  /* title or role before a name: Gen., President */
    TL_GAZ_ORG_HEAD  = 1u << 10, /* last word of an organization: Ministry, Brigade */
    TL_GAZ_FAC_HEAD  = 1u << 11, /* last word of a facility: Airport, Embassy, Base */
    TL_GAZ_LOC_HEAD  = 1u << 12, /* last word of a place: Sea, Mountains, Valley */
    TL_GAZ_EVENT_HEAD = 1u << 13, /* last word of an event: War, Conference */
    TL_GAZ_GPE_HEAD  = 1u << 14, /* last word of a GPE: Province, Republic, City */
    TL_GAZ_ORG_WORD  = 1u << 15, /* word typical inside org names: Islamic, National */
    TL_GAZ_ABBREV    = 1u << 16, /* abbreviation taking a period: Gen., Jan., No., Inc. */
    TL_GAZ_CAPITAL   = 1u << 17, /* national capital */
    TL_GAZ_MONTH     = 1u << 18, /* month name */
    TL_GAZ_WEEKDAY   = 1u << 19, /* weekday name */
    TL_GAZ_STOP      = 1u << 20, /* function word: the, of, and, he, it ... */
    TL_GAZ_SURNAME_PART = 1u << 21, /* name particle: al, bin, de, van, von, abu */
    TL_GAZ_CURRENCY  = 1u << 22, /* ISO 4217 currency code: USD, EUR */
    TL_GAZ_GIVEN_F   = 1u << 23, /* a woman's given name (both bits: either's) */
    TL_GAZ_GIVEN_M   = 1u << 24, /* a man's given name */
    TL_GAZ_ORG_NAME  = 1u << 25, /* a well-known organization's name: Reuters, Hamas */
    TL_GAZ_FORMER_STATE = 1u << 26 /* a state that no longer exists: Soviet Union, Yugoslavia */
};

typedef struct tl_gaz tl_gaz;

/* Opens the built-in tables.  Returns NULL only when out of memory. */
tl_gaz *tl_gaz_open(void);
void tl_gaz_close(tl_gaz *g);

/* Flags of the exact name s[0..n) (one or more words separated by single
 * spaces), matched case- and accent-insensitively.  0 when unknown.
 * Can't fail. */
uint32_t tl_gaz_lookup(const tl_gaz *g, const char *s, size_t n);

/* Like tl_gaz_lookup, but the flags only of entries whose case matches
 * exactly -- "may" is a word, "May" a month and a given name.  Can't fail. */
uint32_t tl_gaz_lookup_cased(const tl_gaz *g, const char *s, size_t n);

/* For a demonym ("Azerbaijani", "Georgians"), the country's common name
 * ("Azerbaijan"); for a country alternative name ("USA"), its common name.
 * Returns a view into static tables, or {NULL, 0}.  Can't fail. */
const char *tl_gaz_country(const tl_gaz *g, const char *s, size_t n, size_t *out_len);

/* Population of the largest place with that name, 0 when none.  Can't fail. */
uint32_t tl_gaz_population(const tl_gaz *g, const char *s, size_t n);

/* For a place name (country, city, subdivision, capital), the common name of
 * the country it is, or lies in; when several places share the name: the
 * country itself first, then the most populous city, then a subdivision.
 * Returns a view into static tables, or {NULL, 0}.  Can't fail. */
const char *tl_gaz_place_country(const tl_gaz *g, const char *s, size_t n, size_t *out_len);

/* Is s[0..n) one hyphenated double nationality: a people's name or its
 * combining form ("Franco", "Sino", "Anglo"...), a hyphen and a people's
 * name?  Returns 1 for a combining form ("Franco-Moroccan"), 2 for two
 * peoples' names ("Russian-German", "Iranian-American"), 0 for neither.
 * Both parts by tl_gaz_lookup.  Can't fail. */
int tl_gaz_dual_demonym(const tl_gaz *g, const char *s, size_t n);

/* ---- remembered lookups --------------------------------------------------- */
/* A memo of lookups: the entry each string folds to, so asking again for a
 * name (documents repeat their names, and so do documents of a thread) skips
 * folding and probing the tables.  Answers are those of the plain calls.  A
 * memo serves one thread at a time; it holds about max_bytes (0: 1 MiB) and
 * forgets everything when full.  Returns NULL when out of memory. */
typedef struct tl_gaz_memo tl_gaz_memo;
tl_gaz_memo *tl_gaz_memo_new(size_t max_bytes);
/* Frees the memo.  Accepts NULL. */
void tl_gaz_memo_free(tl_gaz_memo *m);
/* tl_gaz_lookup and tl_gaz_country through memo m (NULL: not remembered).
 * Can't fail. */
uint32_t tl_gaz_lookup_memo(const tl_gaz *g, tl_gaz_memo *m, const char *s, size_t n);
const char *tl_gaz_country_memo(const tl_gaz *g, tl_gaz_memo *m, const char *s, size_t n,
                                size_t *out_len);

/* Number of distinct (folded) keys; 0 for the empty fallback.  Can't fail. */
size_t tl_gaz_size(const tl_gaz *g);

/* The longest entry, in words: lookups of longer spans always miss. */
unsigned tl_gaz_max_words(const tl_gaz *g);
#endif
