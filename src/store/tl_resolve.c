/* tl_resolve.c -- name keys and the decision rule that links a document's entity to a stored one. */
#include "tl_resolve.h"
#include "tl_namekey.h"
#include "threadline.h"
#include <string.h>

/* The keys themselves live in tl_namekey.c, shared with the in-document
 * grouping of src/extract, so that two spellings one document counts as one
 * name are one name across documents too. */
size_t tl_resolve_key(const char *s, size_t n, char *out, size_t cap) { return tl_namekey_exact(s, n, out, cap); }

size_t tl_resolve_phonetic(const char *key, char *out, size_t cap) {
    return tl_namekey_translit(key, strlen(key), out, cap);
}

size_t tl_resolve_acronym(const char *key, char *out, size_t cap) { return tl_namekey_acronym(key, out, cap); }

size_t tl_resolve_surname(const char *key, char *out, size_t cap) { return tl_namekey_surname(key, out, cap); }

int tl_resolve_words(const char *key) { return tl_namekey_words(key); }

int tl_resolve_is_short_form(const char *s, size_t n) { return tl_namekey_is_short_form(s, n); }

int tl_resolve_types_compatible(int a, int b) {
    if (a == b) return 1;
    if ((a == TL_GPE && b == TL_LOC) || (a == TL_LOC && b == TL_GPE)) return 1;
    if ((a == TL_FAC && b == TL_LOC) || (a == TL_LOC && b == TL_FAC)) return 1;
    return 0;
}

int tl_resolve_choose(const tl_resolve_cand *c, size_t n) {
    int best = -1, tie = 0;
    for (size_t i = 0; i < n; i++) {
        if (best < 0 || c[i].strength > c[best].strength ||
            (c[i].strength == c[best].strength && c[i].context > c[best].context)) {
            best = (int)i;
            tie = 0;
        } else if (c[i].strength == c[best].strength && c[i].context == c[best].context) {
            tie = 1;
        }
    }
    if (best < 0) return -1;
    if (tie && c[best].strength < 3) return -1;
    return best;
}
