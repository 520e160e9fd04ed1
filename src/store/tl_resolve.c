/* tl_resolve.c -- name keys and the decision rule that links a document's entity to a stored one. */
#include "tl_resolve.h"
#include "tl_namekey.h"
#include "tl_gaz.h"
#include "threadline.h"
#include <stdio.h>
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

size_t tl_resolve_tail(const char *key, char *out, size_t cap) {
    if (cap == 0) return 0;
    out[0] = 0;
    if (tl_namekey_words(key) < 3) return 0;
    const char *p = key + strlen(key);
    int spaces = 0;
    while (p > key && spaces < 2) {
        p--;
        if (*p == ' ') spaces++;
    }
    p++;
    size_t n = strlen(p);
    if (n + 1 > cap) n = cap - 1;
    memcpy(out, p, n);
    out[n] = 0;
    return n;
}

int tl_resolve_is_short_form(const char *s, size_t n) { return tl_namekey_is_short_form(s, n); }

/* Words a qualifier may drop: "U.S. Justice Department" is the Justice
 * Department of the reports that name no other. */
static size_t skip_country_qualifier(const char *key) {
    static const char *const q[] = {"us ", "u s ", "united states "};
    for (size_t i = 0; i < sizeof q / sizeof *q; i++) {
        size_t l = strlen(q[i]);
        if (strncmp(key, q[i], l) == 0 && tl_namekey_words(key + l) >= 2) return l;
    }
    return 0;
}

size_t tl_resolve_variant(const char *key, int type, char *out, size_t cap) {
    char v[TL_RESOLVE_KEY_MAX];
    size_t n = 0;
    if (cap == 0) return 0;
    if (type == TL_PERSON && tl_namekey_words(key) >= 3) {
        /* initials go: "brian e nelson" = "brian nelson" */
        for (const char *p = key; *p;) {
            const char *w = p;
            while (*p && *p != ' ') p++;
            size_t wl = (size_t)(p - w);
            if (wl > 1 && n + wl + 2 < sizeof v) {
                if (n) v[n++] = ' ';
                memcpy(v + n, w, wl);
                n += wl;
            }
            while (*p == ' ') p++;
        }
        v[n] = 0;
        if (tl_namekey_words(v) < 2) n = (size_t)snprintf(v, sizeof v, "%s", key);
    } else if (type == TL_NORP) {
        /* a people and its members: "americans" = "american" */
        n = (size_t)snprintf(v, sizeof v, "%s", key);
        if (n >= sizeof v) n = sizeof v - 1;
        if (n > 4 && v[n - 1] == 's' && v[n - 2] != 's') v[--n] = 0;
    } else if (type == TL_ORG) {
        const char *k = key + skip_country_qualifier(key);
        /* another name of a well-known organization is its listed name
         * (Daesh, ISIL = Islamic State; Hizballah = Hezbollah) */
        char on[TL_RESOLVE_KEY_MAX];
        size_t onl = 0;
        const char *o = tl_namekey_org_alias(k, strlen(k), &onl);
        if (o && onl < sizeof on) {
            memcpy(on, o, onl);
            on[onl] = 0;
            k = on;
        }
        /* "department of justice" = "justice department", "department of
         * the treasury" = "treasury department", "ministry of the interior"
         * = "interior ministry" (one word after "of" or "of the") */
        static const char *const heads[] = {"department of ", "ministry of "};
        n = 0;
        for (size_t i = 0; i < sizeof heads / sizeof *heads && !n; i++) {
            size_t hl = strlen(heads[i]);
            if (strncmp(k, heads[i], hl) != 0) continue;
            const char *rest = k + hl;
            if (strncmp(rest, "the ", 4) == 0 && tl_namekey_words(rest + 4) == 1) rest += 4;
            if (tl_namekey_words(rest) == 1) n = (size_t)snprintf(v, sizeof v, "%s %.*s", rest, (int)(hl - 4), heads[i]);
        }
        if (!n) n = (size_t)snprintf(v, sizeof v, "%s", k);
        if (n >= sizeof v) n = sizeof v - 1;
        /* "Islamic Revolutionary Guards" = "Islamic Revolutionary Guard
         * Corps": a trailing "corps" after three words goes, and the last
         * word is made singular (Quds Forces = Quds Force) */
        if (n > 6 && memcmp(v + n - 6, " corps", 6) == 0) {
            v[n - 6] = 0;
            if (tl_namekey_words(v) >= 3) n -= 6;
            else v[n - 6] = ' ';
        }
        /* "Wagner Group" = "Wagner", "Los Ardillos gang" = "Los Ardillos":
         * a word that only describes the body goes (as in a document's
         * own grouping, tl_ent.c), where four letters or more are left */
        size_t core = tl_namekey_org_core(v, n);
        if (core >= 4) v[n = core] = 0;
        if (n > 4 && v[n - 1] == 's' && v[n - 2] != 's' && v[n - 2] != ' ' && v[n - 3] != ' ' && strchr(v, ' '))
            v[--n] = 0;
    } else if (type == TL_GPE || type == TL_LOC) {
        /* "gaza strip" = "gaza", "idlib province" = "idlib" */
        n = (size_t)snprintf(v, sizeof v, "%s", key);
        if (n >= sizeof v) n = sizeof v - 1;
        n = tl_namekey_place_core(v, n);
        v[n] = 0;
    } else {
        n = (size_t)snprintf(v, sizeof v, "%s", key);
        if (n >= sizeof v) n = sizeof v - 1;
    }
    return tl_namekey_translit(v, n, out, cap);
}

int tl_resolve_types_compatible(int a, int b) {
    if (a == b) return 1;
    if ((a == TL_GPE && b == TL_LOC) || (a == TL_LOC && b == TL_GPE)) return 1;
    if ((a == TL_FAC && b == TL_LOC) || (a == TL_LOC && b == TL_FAC)) return 1;
    return 0;
}

int tl_resolve_types_retypable(int a, int b, int words) {
    if (a == b || a < 0 || b < 0 || a > TL_LOC || b > TL_LOC || tl_resolve_types_compatible(a, b)) return 0;
    if (a == TL_ORG || b == TL_ORG) return 1;
    return words >= 2; /* a person and a place */
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

const char *tl_resolve_why_name(int why) {
    switch (why & 0xf) {
    case TL_WHY_NAME: return "same full name";
    case TL_WHY_ALIAS: return "alias seen in the text";
    case TL_WHY_ACRONYM: return "acronym of a joined name";
    case TL_WHY_TRANSLIT: return "transliteration";
    case TL_WHY_SURNAME: return "surname, with shared context";
    case TL_WHY_SHORTFORM: return "short form, with shared context";
    case TL_WHY_RETYPE: return "same full name, typed otherwise in other documents";
    default: return why & TL_WHY_CONTEXT ? "shared context" : "new entity";
    }
}

int tl_resolve_generic_name(const struct tl_gaz *g, const char *s, size_t n, int type) {
    int lower = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ') return 0;
        lower |= s[i] >= 'a' && s[i] <= 'z';
    }
    if (!g || !n || !lower) return 0;
    uint32_t f = tl_gaz_lookup(g, s, n);
    uint32_t named = TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY | TL_GAZ_CITY_BIG | TL_GAZ_DEMONYM |
                     TL_GAZ_GIVEN | TL_GAZ_REGION | TL_GAZ_NORP | TL_GAZ_CAPITAL | TL_GAZ_MONTH | TL_GAZ_WEEKDAY;
    if (f & named) return 0;
    if (type == TL_ORG) return (f & TL_GAZ_ORG_WORD) && !(f & TL_GAZ_WORD);
    return (f & (TL_GAZ_WORD | TL_GAZ_ORG_WORD)) != 0;
}
