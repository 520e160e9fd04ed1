/* tl_namekey.c -- name keys shared by in-document grouping and cross-document resolution. */
#include "tl_namekey.h"
#include "tl_utf8.h"
#include <string.h>
#include "tl_org_aliases.h"

static int is_alnum_byte(unsigned char c) {
    /* After folding, any byte >= 0x80 belongs to a letter of another script
     * (accents are gone); keep those so non-Latin names still get keys. */
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

size_t tl_namekey_exact(const char *s, size_t n, char *out, size_t cap) {
    char folded[TL_NAMEKEY_MAX * 2];
    size_t fl = tl_utf8_fold(s, n, folded, sizeof folded);
    size_t o = 0;
    if (cap == 0) return 0;
    size_t i = 0;
    while (i < fl) {
        /* one word: a run of letters, digits and inner apostrophes */
        while (i < fl && !is_alnum_byte((unsigned char)folded[i])) i++;
        if (i >= fl) break;
        char word[TL_NAMEKEY_MAX];
        size_t wl = 0;
        int cut = 0;
        while (i < fl && (is_alnum_byte((unsigned char)folded[i]) || folded[i] == '\'')) {
            if (wl + 1 < sizeof word) word[wl++] = folded[i];
            else cut = 1;
            i++;
        }
        /* a word longer than a key is cut between characters: the key
         * stays UTF-8 (PostgreSQL refuses anything else) */
        if (cut) {
            size_t k = wl;
            while (k > 0 && ((unsigned char)word[k - 1] & 0xC0) == 0x80) k--;
            if (k > 0 && (unsigned char)word[k - 1] >= 0xC0 && !tl_utf8_valid_len(word + k - 1, wl - (k - 1))) wl = k - 1;
        }
        /* possessive: "iran's" -> "iran", "brothers'" -> "brothers" */
        if (wl >= 3 && word[wl - 2] == '\'' && word[wl - 1] == 's') wl -= 2;
        size_t k = 0;
        for (size_t j = 0; j < wl; j++)
            if (word[j] != '\'') word[k++] = word[j];
        wl = k;
        if (wl == 0) continue;
        if (o == 0 && wl == 3 && memcmp(word, "the", 3) == 0) continue;
        if (o + (o ? 1 : 0) + wl + 1 > cap) break;
        if (o) out[o++] = ' ';
        memcpy(out + o, word, wl);
        o += wl;
    }
    out[o] = 0;
    return o;
}

/* Ends a word of the transliteration key: a plural family name ("the
 * Aliyevs", "the Mamedovs") is the family's name. */
static size_t end_word(char *out, size_t o, size_t wstart) {
    if (o - wstart >= 5 && out[o - 1] == 's' && out[o - 2] == 'v' &&
        (out[o - 3] == 'e' || out[o - 3] == 'u'))
        o--;
    return o;
}

size_t tl_namekey_translit(const char *key, size_t n, char *out, size_t cap) {
    char tmp[TL_NAMEKEY_MAX];
    size_t t = 0;
    if (cap == 0) return 0;
    /* Pass 1: consonant digraphs and the vowel spellings transliteration
     * swaps freely.  'o' becomes 'u' (Qods/Quds, Mohammad/Muhammad) but 'e'
     * and 'a' stay themselves, so Aliyev and Aliyov remain apart. */
    for (size_t i = 0; i < n && t + 1 < sizeof tmp; i++) {
        char c = key[i], d = i + 1 < n ? key[i + 1] : 0;
        if (c == '\'' || c == '-') continue;
        if (d == 'h' && (c == 'k' || c == 'g' || c == 'd' || c == 'p' || c == 't')) {
            /* kh -> h, gh -> k (the same Persian letter as q), dh, th, ph */
            tmp[t++] = c == 'k' ? 'h' : c == 'g' ? 'k' : c == 'p' ? 'f' : c;
            i++;
        } else if (c == 'c' && d == 'k') {
            tmp[t++] = 'k';
            i++;
        } else if (c == 'o' && (d == 'u' || d == 'o')) {
            tmp[t++] = 'u';
            i++;
        } else if (c == 'e' && d == 'e') {
            tmp[t++] = 'i';
            i++;
        } else if (c == 'q' || (c == 'c' && d != 'h')) {
            tmp[t++] = 'k';
        } else if (c == 'y') {
            tmp[t++] = 'i';
        } else if (c == 'o') {
            tmp[t++] = 'u';
        } else if (c == 'z') {
            tmp[t++] = 's';
        } else if (c == 'w') {
            tmp[t++] = 'v';
        } else {
            tmp[t++] = c;
        }
    }
    /* Pass 2: ai/ei -> e (Hussain, Hussein, Huseyn), then single letters. */
    size_t o = 0, wstart = 0;
    for (size_t i = 0; i < t && o + 1 < cap; i++) {
        char c = tmp[i];
        if ((c == 'a' || c == 'e') && i + 1 < t && tmp[i + 1] == 'i') {
            c = 'e';
            i++;
        }
        if (c == ' ') {
            o = end_word(out, o, wstart);
            out[o++] = ' ';
            wstart = o;
            continue;
        }
        if (o > wstart && out[o - 1] == c) continue;
        out[o++] = c;
    }
    o = end_word(out, o, wstart);
    out[o] = 0;
    return o;
}

static int is_stop_word(const char *w, size_t n) {
    static const char *const stop[] = {"of", "the", "and", "for", "al", "el", "in", "on", "de"};
    for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
        if (strlen(stop[i]) == n && memcmp(stop[i], w, n) == 0) return 1;
    return 0;
}

size_t tl_namekey_acronym(const char *key, char *out, size_t cap) { return tl_namekey_acronym2(key, 0, out, cap); }

size_t tl_namekey_acronym2(const char *key, int with_of, char *out, size_t cap) {
    size_t o = 0;
    int words = 0;
    if (cap == 0) return 0;
    for (const char *p = key; *p;) {
        while (*p == ' ') p++;
        const char *w = p;
        while (*p && *p != ' ') p++;
        size_t wl = (size_t)(p - w);
        if (wl == 0) continue;
        if (with_of && wl == 2 && w[0] == 'o' && w[1] == 'f') {
            if (o + 1 < cap) out[o++] = 'o';
            continue;
        }
        if (is_stop_word(w, wl)) continue;
        /* digits and non-Latin initials make no usable acronym */
        if (!(w[0] >= 'a' && w[0] <= 'z')) { o = 0; words = 0; break; }
        if (o + 1 < cap) out[o++] = w[0];
        words++;
    }
    if (words < 2) o = 0;
    out[o] = 0;
    return o;
}

size_t tl_namekey_surname(const char *key, char *out, size_t cap) {
    const char *last = strrchr(key, ' ');
    if (cap == 0) return 0;
    if (!last || !last[1]) { out[0] = 0; return 0; }
    size_t n = strlen(last + 1);
    if (n + 1 > cap) n = cap - 1;
    memcpy(out, last + 1, n);
    out[n] = 0;
    return n;
}

size_t tl_namekey_place_core(const char *key, size_t n) {
    static const char *const kinds[] = {"strip", "region", "province", "governorate", "district", "oblast",
                                        "county", "prefecture", "department", "municipality", "d.c.", "dc"};
    size_t sp = n;
    while (sp > 0 && key[sp - 1] != ' ') sp--;
    if (sp < 2) return n; /* one word */
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strlen(kinds[i]) == n - sp && memcmp(kinds[i], key + sp, n - sp) == 0) return sp - 1;
    return n;
}

size_t tl_namekey_org_core(const char *key, size_t n) {
    /* (not "network", "division", "brigades" or "clan": "Stanford
     * University Network" is a body of its own, a division a part,
     * "Hizbullah Brigades" another group named after one, a clan's name
     * its people's) */
    static const char *const kinds[] = {"movement", "group", "organization", "organisation", "party",
                                        "front",    "gang",  "cartel",       "syndicate"};
    size_t sp = n;
    while (sp > 0 && key[sp - 1] != ' ') sp--;
    if (sp < 2) return n; /* one word */
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strlen(kinds[i]) == n - sp && memcmp(kinds[i], key + sp, n - sp) == 0) return sp - 1;
    return n;
}

int tl_namekey_words(const char *key) {
    int n = 0, in = 0;
    for (; *key; key++) {
        if (*key == ' ') in = 0;
        else if (!in) { in = 1; n++; }
    }
    return n;
}

int tl_namekey_is_short_form(const char *s, size_t n) {
    if (n < 2 || n > 8) return 0;
    int lower = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z') lower++;
        else if (!(s[i] >= 'A' && s[i] <= 'Z')) return 0;
    }
    /* "DoJ", "MoD": capitals at both ends, one small letter (of) inside */
    return lower == 0 || (lower == 1 && n >= 3 && s[n - 1] >= 'A' && s[n - 1] <= 'Z');
}

/* A binary search of the generated table (sorted by alias key, bytewise). */
const char *tl_namekey_org_alias(const char *key, size_t n, size_t *len) {
    size_t lo = 0, hi = sizeof TL_ORG_ALIASES / sizeof TL_ORG_ALIASES[0];
    *len = 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *a = TL_ORG_ALIASES[mid][0];
        size_t al = strlen(a);
        int c = memcmp(a, key, al < n ? al : n);
        if (c == 0) c = al < n ? -1 : al > n ? 1 : 0;
        if (c == 0) {
            *len = strlen(TL_ORG_ALIASES[mid][1]);
            return TL_ORG_ALIASES[mid][1];
        }
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

const char *tl_namekey_org_name(const char *key, size_t n, size_t *len) {
    const char *c = tl_namekey_org_alias(key, n, len);
    if (c) return c;
    *len = n;
    return key;
}

int tl_namekey_org_alias_entry(size_t i, const char **alias_text, const char **name_text, const char **alias_key,
                               const char **name_key) {
    if (i >= sizeof TL_ORG_ALIASES / sizeof TL_ORG_ALIASES[0]) return 0;
    *alias_text = TL_ORG_ALIAS_TEXTS[i][0];
    *name_text = TL_ORG_ALIAS_TEXTS[i][1];
    *alias_key = TL_ORG_ALIASES[i][0];
    *name_key = TL_ORG_ALIASES[i][1];
    return 1;
}
