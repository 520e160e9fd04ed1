/* tl_namekey.h -- name keys shared by in-document grouping and cross-document resolution. */
#ifndef TL_NAMEKEY_H
#define TL_NAMEKEY_H
#include <stddef.h>

/* Longest key written by the functions below, terminator included. */
#define TL_NAMEKEY_MAX 256

/* The exact key of a surface name: case-folded and accents stripped by
 * tl_utf8_fold (which also maps the Turkic and Azerbaijani letters: ı -> i,
 * ə -> a, ş ğ ç ö ü lose their marks), a leading "the" and possessive 's
 * dropped, apostrophes removed, hyphens and other punctuation made a single
 * space.  Writes at most cap-1 bytes, always NUL-terminated; returns the
 * length (0 for a name with no letters or digits).  Can't fail. */
size_t tl_namekey_exact(const char *s, size_t n, char *out, size_t cap);

/* The transliteration key of an exact key (n bytes; apostrophes and hyphens
 * in it are skipped): q, gh, c, ck -> k (Qasem = Ghasem), kh -> h, dh -> d,
 * th -> t, ph -> f, z -> s, w -> v; vowels: o, u, ou, oo -> u (Qods =
 * Quds), y, ee -> i, ai, ei -> e (Hussain = Hussein = Huseyn); doubled
 * letters single; a plural family name -yevs/-ovs loses its s.  Other vowel
 * changes are kept, so Aliyev and Aliyov, Hassan and Hussein stay apart.
 * Same contract as tl_namekey_exact. */
size_t tl_namekey_translit(const char *key, size_t n, char *out, size_t cap);

/* The initials of the significant words of an exact key ("of", "the",
 * "and", "for", "al", ... skipped); returns 0 (and writes "") for fewer than
 * two.  Can't fail. */
size_t tl_namekey_acronym(const char *key, char *out, size_t cap);

/* Like tl_namekey_acronym; with with_of, "of" gives its "o" ("department
 * of justice" -> "doj", as in DoJ).  Can't fail. */
size_t tl_namekey_acronym2(const char *key, int with_of, char *out, size_t cap);

/* The last word of a key with two or more words; 0 otherwise.  Can't fail. */
size_t tl_namekey_surname(const char *key, char *out, size_t cap);

/* Length of an exact key without a trailing word that only says what kind
 * of place it is ("gaza strip" -> 4, "idlib province" -> 5: Strip, Region,
 * Province, Governorate, District, Oblast, County, Prefecture, Department,
 * Municipality, "D.C."), or n when it has none or nothing would be left.  "City"
 * and "State" are not among them: Kuwait City is not Kuwait.  Can't fail. */
size_t tl_namekey_place_core(const char *key, size_t n);

/* Length of an exact key without a trailing word that only describes the
 * organization itself ("wagner group" -> 6, "los ardillos gang" -> 12:
 * Movement, Group, Organization, Party, Front, Gang, Cartel, Syndicate),
 * or n when it has none or is one word.  Not "Network", "Division",
 * "Brigades" or "Clan": those name a body of their own, a part, another
 * group named after one, a family's people.  Can't fail. */
size_t tl_namekey_org_core(const char *key, size_t n);

/* Number of words of a key.  Can't fail. */
int tl_namekey_words(const char *key);

/* 1 when the surface form is a single all-capitals word of 2-8 letters
 * ("IRGC", "FBI"), or one with a single small letter inside ("DoJ", "MoD").
 * Can't fail. */
int tl_namekey_is_short_form(const char *s, size_t n);

/* The organization an exact key names under another of its names
 * (data/lexicon/org_aliases.txt: "isil", "daesh" -> "islamic state";
 * "hizballah" -> "hezbollah"): the exact key of the name it is listed
 * under, a static string, with its length in *len; NULL (and *len 0) when
 * key is no listed alias.  The name a line lists under is no alias of
 * itself: callers that group names compare tl_namekey_org_name's.  Can't
 * fail. */
const char *tl_namekey_org_alias(const char *key, size_t n, size_t *len);
/* The key an organization is known by across its names: the listed name
 * for an alias, else key itself (*len = n).  Can't fail. */
const char *tl_namekey_org_name(const char *key, size_t n, size_t *len);
/* The alias table, for tests: entry i (0-based) as written in the lexicon
 * (alias, name) and as keys; returns 0 past the end.  Can't fail. */
int tl_namekey_org_alias_entry(size_t i, const char **alias_text, const char **name_text, const char **alias_key,
                               const char **name_key);
#endif
