/* tl_ent_alias.c -- other names an organization is given right where it is named: "(ACR, in Spanish)", ", or ACR", "formerly Y". */
#include "tl_ent_alias.h"
#include "tl_tok.h"
#include <string.h>

/* True when mention m is one all-capital word ("ELN", "ISIL-K"): the shape
 * of an acronym, which a person's or a place's name rarely has. */
static int acronym(const tl_doc *d, const tl_mention *m) {
    return m->tok_end == m->tok_begin + 1 && (d->tokens[m->tok_begin].flags & TL_TOK_ALLCAPS) &&
           m->start == d->tokens[m->tok_begin].start && m->end == d->tokens[m->tok_begin].end;
}

/* True when a mention of type `type` may be a group's other name: an
 * organization, or an acronym the tagger typed otherwise. */
static int org_like(const tl_doc *d, const tl_mention *m) {
    return m->type == TL_ORG || (acronym(d, m) && m->type != TL_GPE && m->type != TL_NORP);
}

/* True when the named thing p can take another name: an organization, or
 * a name the tagger took for a person that an acronym follows ("Jama'a
 * Nusrat ul-Islam (JNIM)"): places and nationalities keep theirs ("BEIRUT
 * (Reuters)", "Syria (SDF)" are no aliases). */
static int nameable(const tl_mention *p, const tl_mention *m, int is_acr) {
    if (p->type == TL_ORG) return 1;
    return p->type == TL_PERSON && is_acr && m->type == TL_ORG;
}

/* True when only "," and "and"/"or" stand in tokens [a, b) (at least one
 * token): the joints of a list of names. */
static int list_joint(const tl_doc *d, uint32_t a, uint32_t b) {
    if (a >= b) return 0;
    for (uint32_t t = a; t < b; t++)
        if (!tl_tok_eq(d, t, ",") && !tl_tok_eq(d, t, "and") && !tl_tok_eq(d, t, "or")) return 0;
    return 1;
}

void tl_ent_alias_links(const tl_doc *d, int32_t *link, uint8_t *kind) {
    uint32_t nm = d->n_mentions;
    for (uint32_t i = 0; i < nm; i++) link[i] = -1, kind[i] = TL_ENT_ALIAS_NONE;
    for (uint32_t i = 1; i < nm; i++) {
        const tl_mention *m = &d->mentions[i], *p = &d->mentions[i - 1];
        uint32_t s = m->tok_begin;
        if (p->tok_end >= s || d->tokens[p->tok_begin].sent != d->tokens[s].sent) continue;
        int is_acr = acronym(d, m);
        uint32_t after = m->tok_end < d->n_tokens ? m->tok_end : m->tok_end - 1;
        int closes = m->tok_end >= d->n_tokens || tl_tok_eq(d, after, ",") || tl_tok_eq(d, after, ")") ||
                     tl_tok_eq(d, after, ".") || tl_tok_eq(d, after, ";");
        /* "Name (ACR)", "Name (ACR, in Spanish)", "Name (ACR, formerly Y)":
         * the first word inside the parenthesis after a group's name is
         * its other name, whatever its letters (a name in another
         * language keeps its own initials). */
        if (s == p->tok_end + 1 && tl_tok_eq(d, p->tok_end, "(") && closes && is_acr && nameable(p, m, is_acr) &&
            !tl_tok_eq(d, after, ".") && !tl_tok_eq(d, after, ";")) {
            link[i] = (int32_t)(i - 1);
            kind[i] = TL_ENT_ALIAS_PAREN;
            continue;
        }
        /* More names of the same parenthesized list: "ISIS (ISIL, IS and
         * Daesh)". */
        if (kind[i - 1] == TL_ENT_ALIAS_PAREN && list_joint(d, p->tok_end, s) && org_like(d, m)) {
            link[i] = link[i - 1];
            kind[i] = TL_ENT_ALIAS_PAREN;
            continue;
        }
        /* "the Islamic State, or ISIS,": an acronym after ", or". */
        if (s == p->tok_end + 2 && tl_tok_eq(d, p->tok_end, ",") && tl_tok_eq(d, p->tok_end + 1, "or") && is_acr &&
            closes && p->type == TL_ORG && m->type == TL_ORG) {
            link[i] = (int32_t)(i - 1);
            kind[i] = TL_ENT_ALIAS_OR;
            continue;
        }
        /* "HTS, formerly al-Nusra Front", "X (previously Y)": a group's old
         * name, both named as groups. */
        if (s == p->tok_end + 2 && (tl_tok_eq(d, p->tok_end, ",") || tl_tok_eq(d, p->tok_end, "(")) &&
            (tl_tok_eq(d, s - 1, "formerly") || tl_tok_eq(d, s - 1, "previously")) && p->type == TL_ORG &&
            m->type == TL_ORG) {
            link[i] = (int32_t)(i - 1);
            kind[i] = TL_ENT_ALIAS_FORMERLY;
        }
    }
}

/* True when the n bytes at s are the word w.  Can't fail. */
static int word_is(const char *s, size_t n, const char *w) { return strlen(w) == n && memcmp(s, w, n) == 0; }

size_t tl_ent_alias_dept_core(const char *key, size_t klen, size_t *off) {
    static const char *const lead[] = {"u.s. ", "us ", "u.s ", "united states "};
    size_t a = 0, b = klen;
    for (size_t i = 0; i < sizeof lead / sizeof *lead; i++) {
        size_t l = strlen(lead[i]);
        if (klen > l && memcmp(key, lead[i], l) == 0) { a = l; break; }
    }
    int dept = 0; /* a department word was taken off */
    if (b - a > 14 && memcmp(key + a, "department of ", 14) == 0) {
        a += 14;
        if (b - a > 4 && memcmp(key + a, "the ", 4) == 0) a += 4;
        dept = 1;
    } else if (b - a > 11 && memcmp(key + b - 11, " department", 11) == 0) {
        b -= 11;
        dept = 1;
    }
    /* one word left: "treasury", "state", "justice" */
    for (size_t i = a; i < b; i++)
        if (key[i] == ' ') return 0;
    if (b <= a || word_is(key + a, b - a, "the")) return 0;
    /* Without its department word the name must be a department's own
     * ("U.S. Treasury"): "U.S. Army" is no "Army" of another country. */
    if (!dept && !(a > 0 && word_is(key + a, b - a, "treasury"))) return 0;
    *off = a;
    return b - a;
}
