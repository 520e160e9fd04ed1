/* tl_ner_org.c -- organization spans: a head before "of" and an ordinal kept in the name, a title's portfolio dropped, listed portfolios and owned branches, a group's first word typed by its full name. */
#include "tl_ner_int.h"
#include <stdlib.h>
#include <string.h>

/* Span index + 1 covering each token of [0, n_tokens), 0 where none. */
static uint32_t *coverage(const tl_ner_state *r) {
    const tl_doc *d = r->d;
    uint32_t *cov = calloc(d->n_tokens ? d->n_tokens : 1, sizeof *cov);
    if (!cov) return NULL;
    for (size_t x = 0; x < r->sv.n; x++) {
        const tl_ner_span *s = &r->sv.v[x];
        if (s->cls < 0 || s->se) continue;
        for (uint32_t t = s->a; t < s->b && t < d->n_tokens; t++)
            if (!cov[t]) cov[t] = (uint32_t)x + 1;
    }
    return cov;
}

/* True when token t is an ordinal written in digits ("902nd", "2nd",
 * "33rd", "11th"): the number of a unit ("the 2nd Marine Infantry
 * Brigade").  Can't fail. */
static int ordinal(const tl_doc *d, uint32_t t) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, t, &n);
    size_t k = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9') k++;
    if (k == 0 || k > 4 || n - k != 2) return 0;
    return !memcmp(s + k, "st", 2) || !memcmp(s + k, "nd", 2) || !memcmp(s + k, "rd", 2) || !memcmp(s + k, "th", 2);
}

/* True when token t is a capitalized word of the body kind: "Ministry",
 * "Department", "Bureau", "University" (the gazetteer's organization
 * heads), no title and no place.  Can't fail. */
static int org_head_word(const tl_ner_feats *f, uint32_t t) {
    return f->t[t].cls == TL_NER_SH_CAP && (f->t[t].gaz & TL_GAZ_ORG_HEAD) &&
           !(f->t[t].gaz & (TL_GAZ_TITLE | TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM));
}

/* "China's Ministry of State Security": the head the span left out before
 * "of" is the start of the name.  The span then names a body. */
static void head_before_of(tl_ner_state *r, const uint32_t *cov, tl_ner_span *s) {
    const tl_doc *d = r->d;
    uint32_t a = s->a;
    if (a < 2 || s->cls == TL_PERSON || s->cls == TL_NORP || !tl_ner_tok_is(d, a - 1, "of")) return;
    if (cov[a - 1] || cov[a - 2] || d->tokens[a - 2].sent != d->tokens[a].sent || !org_head_word(r->f, a - 2)) return;
    s->a = a - 2;
    s->key = d->tokens[s->a].start;
    s->cls = TL_ORG;
}

/* "the 902nd Military Intelligence Group": an ordinal before a unit's
 * name is part of it. */
static void ordinal_before(tl_ner_state *r, const uint32_t *cov, tl_ner_span *s) {
    const tl_doc *d = r->d;
    uint32_t a = s->a;
    if (s->cls != TL_ORG || a < 1 || cov[a - 1] || d->tokens[a - 1].sent != d->tokens[a].sent) return;
    if (ordinal(d, a - 1)) s->a = a - 1, s->key = d->tokens[a - 1].start;
}

/* True when the words before token a read as a title and its portfolio up
 * to a: "Assistant Attorney General for", "Under Secretary of the Treasury
 * for Terrorism and", "Minister of" -- back over "for", "of", "and", "the"
 * and capitalized words (at least one "for" or "of") to a title word.
 * Can't fail. */
static int after_portfolio_title(const tl_ner_feats *f, uint32_t a) {
    const tl_doc *d = f->doc;
    int prep = 0;
    for (uint32_t k = a; k > 0 && a - k < 8; k--) {
        uint32_t t = k - 1;
        if (d->tokens[t].sent != d->tokens[a].sent) return 0;
        if (tl_ner_tok_is(d, t, "for") || tl_ner_tok_is(d, t, "of")) { prep = 1; continue; }
        if (tl_ner_tok_is(d, t, "and") || tl_ner_tok_is(d, t, "the")) continue;
        if (f->t[t].cls != TL_NER_SH_CAP) return 0;
        if ((f->t[t].gaz & TL_GAZ_TITLE) && !(f->t[t].gaz & TL_GAZ_GIVEN)) return prep;
    }
    return 0;
}

/* "Syria's General Intelligence Directorate": "General", a rank before a
 * name and so often left out by the tagger, opens a body's name when the
 * name ends in a body's head word and no other name comes before it. */
static void general_before(tl_ner_state *r, const uint32_t *cov, tl_ner_span *s) {
    const tl_doc *d = r->d;
    uint32_t a = s->a;
    if (s->cls != TL_ORG || a < 2 || cov[a - 1] || d->tokens[a - 1].sent != d->tokens[a].sent ||
        !tl_ner_tok_is(d, a - 1, "General") || !org_head_word(r->f, s->b - 1))
        return;
    /* (after a possessive, an article or a lower-case word: "Major
     * General Intelligence Directorate" is no body) */
    if (r->f->t[a - 2].cls == TL_NER_SH_CAP || r->f->t[a - 2].cls == TL_NER_SH_CAPS) return;
    s->a = a - 1;
    s->key = d->tokens[s->a].start;
}

static int portfolio_word(const tl_ner_feats *f, uint32_t t);

/* "Assistant Attorney General for National Security John Doe": the
 * portfolio of an office names no body; a name with a body's head
 * ("... for the Criminal Division") stays. */
static void portfolio(tl_ner_state *r, tl_ner_span *s) {
    const tl_ner_feats *f = r->f;
    if (s->cls != TL_ORG || s->se || (f->t[s->b - 1].gaz & TL_GAZ_ORG_HEAD)) return;
    /* ("Secretary of the Treasury": a well-known body's name is the body) */
    if (tl_ner_span_gaz(f, s->a, s->b) & TL_GAZ_ORG_NAME) return;
    for (uint32_t t = s->a; t < s->b; t++)
        if (f->t[t].cls == TL_NER_SH_CAPS) return; /* an acronym names a body */
    if (after_portfolio_title(f, s->a)) s->cls = -1;
    /* "Security Secretary X", "Homeland Security Secretary X": common
     * words in capitals right before a title and a capitalized name are
     * the title's portfolio */
    const tl_doc *d = r->d;
    uint32_t t = s->b;
    while (t < s->b + 2 && t + 2 < d->n_tokens && d->tokens[t].sent == d->tokens[s->a].sent && portfolio_word(f, t) &&
           !(f->t[t].gaz & TL_GAZ_TITLE))
        t++;
    if (s->cls == TL_ORG && t + 1 < d->n_tokens && d->tokens[t + 1].sent == d->tokens[s->a].sent &&
        f->t[t].cls == TL_NER_SH_CAP && (f->t[t].gaz & TL_GAZ_TITLE) && !(f->t[t].gaz & TL_GAZ_GIVEN) &&
        f->t[t + 1].cls == TL_NER_SH_CAP) {
        int common = 1;
        for (uint32_t k = s->a; k < s->b && common; k++) common = portfolio_word(f, k);
        if (common) s->cls = -1;
    }
}

/* True when the span's words after its first are all heads of a group's
 * name ("Division", "Group", "Brigade"). */
static int first_word_of_group(const tl_ner_feats *f, const tl_ner_span *s) {
    if (s->b - s->a < 2 || s->se) return 0;
    for (uint32_t t = s->a + 1; t < s->b; t++)
        if (f->t[t].cls != TL_NER_SH_CAP || !(f->t[t].gaz & TL_GAZ_ORG_HEAD) || (f->t[t].gaz & TL_GAZ_TITLE)) return 0;
    return 1;
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int has(const uint32_t *v, size_t n, uint32_t w) { return n && bsearch(&w, v, n, sizeof *v, cmp_u32) != NULL; }

/* "the Sonnenkrieg Division ... Sonnenkrieg used the internet": a lone
 * word typed a person that is the first word of a group's name in the
 * same report ("X" + heads only) is that group, unless a person named in
 * full has it as a name or the gazetteer knows it as a given name.  The
 * words go into sorted arrays: O(n log n) in the spans.  Returns 0 when
 * out of memory. */
static int group_first_words(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    size_t ng = 0, np = 0, cap = 0;
    for (size_t x = 0; x < r->sv.n; x++)
        if (!r->sv.v[x].se && r->sv.v[x].cls >= 0) cap += r->sv.v[x].b - r->sv.v[x].a;
    uint32_t *groups = malloc((cap ? cap : 1) * sizeof *groups), *persons = malloc((cap ? cap : 1) * sizeof *persons);
    if (!groups || !persons) { free(groups); free(persons); return 0; }
    for (size_t x = 0; x < r->sv.n; x++) {
        const tl_ner_span *o = &r->sv.v[x];
        if (o->se || o->cls < 0) continue;
        if (o->cls == TL_ORG && first_word_of_group(f, o)) groups[ng++] = f->t[o->a].cased;
        if (o->cls == TL_PERSON && o->b - o->a >= 2)
            for (uint32_t t = o->a; t < o->b; t++) persons[np++] = f->t[t].cased;
    }
    if (ng) {
        qsort(groups, ng, sizeof *groups, cmp_u32);
        qsort(persons, np, sizeof *persons, cmp_u32);
        for (size_t x = 0; x < r->sv.n; x++) {
            tl_ner_span *s = &r->sv.v[x];
            if (s->cls != TL_PERSON || s->se || s->b - s->a != 1 || (f->t[s->a].gaz & (TL_GAZ_GIVEN | TL_NER_NAMEISH))) continue;
            uint32_t w = f->t[s->a].cased;
            if (has(groups, ng, w) && !has(persons, np, w)) s->cls = TL_ORG;
        }
    }
    free(groups);
    free(persons);
    return 1;
}

/* "the 2nd Marine Infantry Brigade of the Colombian Navy": a numbered
 * unit's name ends at its head; the body after "of (the)" is the one it
 * belongs to, a name of its own.  Returns 0 when out of memory. */
static int numbered_unit_of(tl_ner_state *r, size_t x) {
    const tl_doc *d = r->d;
    const tl_ner_feats *f = r->f;
    tl_ner_span s = r->sv.v[x];
    if (s.cls != TL_ORG || !ordinal(d, s.a)) return 1;
    for (uint32_t k = s.a + 2; k + 1 < s.b; k++) {
        if (!tl_ner_tok_is(d, k, "of")) continue;
        if (!org_head_word(f, k - 1)) return 1;
        uint32_t c = k + 1 + (tl_ner_tok_is(d, k + 1, "the") ? 1u : 0u);
        if (c >= s.b || f->t[c].cls != TL_NER_SH_CAP) return 1;
        r->sv.v[x].b = k;
        tl_ner_span w = s;
        w.a = c;
        w.key = d->tokens[c].start;
        return tl_ner_sv_push(&r->sv, w);
    }
    return 1;
}

/* "Islamic State of Iraq and Syria (ISIS)": a group's name and the name
 * after its "and" are one name when the acronym in the parenthesis right
 * after them spells the initials of all their capitalized words.  Can't
 * fail. */
static void joined_by_acronym(tl_ner_state *r, size_t x, const uint32_t *cov) {
    const tl_doc *d = r->d;
    tl_ner_span *s = &r->sv.v[x];
    uint32_t b = s->b;
    if (s->cls != TL_ORG || b + 4 >= d->n_tokens || !tl_ner_tok_is(d, b, "and") || !cov[b + 1]) return;
    tl_ner_span *y = &r->sv.v[cov[b + 1] - 1];
    if (y == s || y->a != b + 1 || y->se || y->b + 2 >= d->n_tokens || !tl_ner_tok_is(d, y->b, "(") ||
        !tl_ner_tok_is(d, y->b + 2, ")") || !(d->tokens[y->b + 1].flags & TL_TOK_ALLCAPS))
        return;
    char ini[32];
    size_t n = 0;
    for (uint32_t t = s->a; t < y->b && n < sizeof ini; t++)
        if (d->tokens[t].flags & TL_TOK_UPPER) ini[n++] = d->text[d->tokens[t].start];
    size_t al;
    const char *acr = tl_ner_tok_ptr(d, y->b + 1, &al);
    if (n < 3 || n != al || memcmp(ini, acr, n) != 0) return;
    s->b = y->b;
    y->cls = -1;
}

/* "Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)": a name of three words
 * or more read as a person's is a body's when the capitals in the
 * parenthesis right after it spell the initials of its words (the first
 * capital of each, "ul-Islam" giving I) and its first word is no given
 * name.  Can't fail. */
static void person_with_acronym(tl_ner_state *r, tl_ner_span *s) {
    const tl_doc *d = r->d;
    uint32_t b = s->b;
    if (s->cls != TL_PERSON || b - s->a < 3 || b + 2 >= d->n_tokens || !tl_ner_tok_is(d, b, "(") ||
        !tl_ner_tok_is(d, b + 2, ")") || !(d->tokens[b + 1].flags & TL_TOK_ALLCAPS))
        return;
    /* (a given name first is a person's: "John Fitzgerald Kennedy (JFK)") */
    if (r->f->t[s->a].gaz & TL_GAZ_GIVEN) return;
    char ini[16];
    size_t n = 0;
    for (uint32_t t = s->a; t < b; t++) {
        const char *w = d->text + d->tokens[t].start;
        size_t wl = d->tokens[t].end - d->tokens[t].start;
        for (size_t k = 0; k < wl; k++)
            if (w[k] >= 'A' && w[k] <= 'Z') {
                if (n == sizeof ini) return;
                ini[n++] = w[k];
                break;
            }
    }
    size_t al;
    const char *acr = tl_ner_tok_ptr(d, b + 1, &al);
    if (n >= 3 && n == al && !memcmp(ini, acr, n)) s->cls = TL_ORG;
}

/* A word of a portfolio list: a capitalized common word that names no
 * place, person or people ("Tobacco", "Fisheries").  Can't fail. */
static int portfolio_word(const tl_ner_feats *f, uint32_t t) {
    return f->t[t].cls == TL_NER_SH_CAP && (f->t[t].gaz & TL_GAZ_WORD) && !(f->t[t].gaz & TL_NER_NAMEISH) &&
           !(f->t[t].gaz & TL_GAZ_TITLE);
}

/* Tokens of the portfolio item at t (one or two portfolio words), 0 when
 * none.  Can't fail. */
static uint32_t portfolio_item(const tl_ner_feats *f, const tl_doc *d, uint32_t t, uint32_t sent) {
    if (t >= d->n_tokens || d->tokens[t].sent != sent || !portfolio_word(f, t)) return 0;
    return t + 1 < d->n_tokens && d->tokens[t + 1].sent == sent && portfolio_word(f, t + 1) ? 2 : 1;
}

/* "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Ministry of
 * Agriculture, Fisheries and Food": a body's name whose portfolio is a
 * list runs on over the commas to the item after "and", when every item is
 * one or two capitalized common words.  The spans the tagger made of the
 * items go.  Can't fail. */
static void listed_portfolio(tl_ner_state *r, tl_ner_span *s, const uint32_t *cov) {
    const tl_doc *d = r->d;
    const tl_ner_feats *f = r->f;
    uint32_t b = s->b;
    if (s->cls != TL_ORG || s->se || b + 3 >= d->n_tokens || !tl_ner_tok_is(d, b, ",")) return;
    uint32_t sent = d->tokens[s->a].sent;
    /* the span reads "Head of Item" */
    uint32_t of = 0;
    for (uint32_t k = s->a + 1; k + 1 < b; k++)
        if (tl_ner_tok_is(d, k, "of")) of = k;
    if (!of || !org_head_word(f, of - 1) || portfolio_item(f, d, of + 1, sent) != b - of - 1) return;
    uint32_t t = b;
    int ended = 0;
    for (int items = 0; items < 8 && !ended; items++) {
        /* ", Item" or ", and Item" or "and Item" */
        int comma = tl_ner_tok_is(d, t, ",");
        uint32_t u = t + (comma ? 1u : 0u);
        int last = u < d->n_tokens && tl_ner_tok_is(d, u, "and");
        if (last) u++;
        if (!comma && !last) return;
        uint32_t n = portfolio_item(f, d, u, sent);
        if (!n) return;
        t = u + n;
        ended = last;
    }
    if (!ended) return;
    /* an item the tagger spanned beyond the list keeps its span */
    for (uint32_t k = b; k < t; k++)
        if (cov[k]) {
            const tl_ner_span *y = &r->sv.v[cov[k] - 1];
            if (y->a < b || y->b > t) return;
        }
    for (uint32_t k = b; k < t; k++)
        if (cov[k]) r->sv.v[cov[k] - 1].cls = -1;
    s->b = t;
}

/* "the Islamic State's Central Africa Province": a name an organization
 * owns that reads as a place by its head (Province, Region) but is no place
 * the gazetteer knows is the organization's branch.  Can't fail. */
static void owned_branch(tl_ner_state *r, tl_ner_span *s, const uint32_t *cov) {
    const tl_doc *d = r->d;
    const tl_ner_feats *f = r->f;
    uint32_t a = s->a;
    if ((s->cls != TL_GPE && s->cls != TL_LOC) || s->se || a < 2 || !cov[a - 2]) return;
    if (!(f->t[s->b - 1].gaz & TL_GAZ_GPE_HEAD) || (tl_ner_span_gaz(f, a, s->b) & TL_NER_NAMEISH)) return;
    if (!tl_ner_tok_is(d, a - 1, "'s") && !tl_ner_tok_is(d, a - 1, "\xe2\x80\x99s")) return;
    const tl_ner_span *o = &r->sv.v[cov[a - 2] - 1];
    if (o->cls == TL_ORG && o->b == a - 1 && !o->se) s->cls = TL_ORG;
}

/* "al-Qaeda in the Islamic Maghreb", "al-Qaeda in Iraq": an organization,
 * "in" (and "the") and the name after it are one organization when the
 * gazetteer knows the whole as one (org_names.txt); the tagger cuts such
 * names at "in". */
static void franchise_in(tl_ner_state *r, tl_ner_span *s, const uint32_t *cov) {
    const tl_doc *d = r->d;
    uint32_t k = s->b;
    if (s->cls != TL_ORG || k + 1 >= d->n_tokens || !tl_ner_tok_is(d, k, "in")) return;
    k++;
    if (tl_ner_tok_is(d, k, "the")) k++;
    if (k >= d->n_tokens || !cov[k]) return;
    tl_ner_span *o = &r->sv.v[cov[k] - 1];
    if (o == s || o->a != k || o->se || d->tokens[o->b - 1].sent != d->tokens[s->a].sent) return;
    uint32_t st = d->tokens[s->a].start, en = d->tokens[o->b - 1].end;
    if (!(tl_ner_memo_gaz(r->f, d->text + st, en - st) & TL_GAZ_ORG_NAME)) return;
    s->b = o->b;
    o->cls = -1;
}

/* True when token t is a number written in digits alone ("29155"). */
static int plain_number(const tl_doc *d, uint32_t t) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, t, &n);
    if (n == 0 || n > 6) return 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] < '0' || s[k] > '9') return 0;
    return 1;
}

/* "commanded Unit 29155", "Task Force 88", "Brigade 313": a capitalized
 * head word of a military or police unit and the number right after it
 * are a body's name (the number extends a name that ends at the head).
 * Returns 0 when out of memory. */
static int numbered_heads(tl_ner_state *r, const uint32_t *cov) {
    const tl_doc *d = r->d;
    for (uint32_t t = 0; t + 1 < d->n_tokens; t++) {
        if (!(d->tokens[t].flags & TL_TOK_UPPER) || !plain_number(d, t + 1) || cov[t + 1] ||
            d->tokens[t].sent != d->tokens[t + 1].sent)
            continue;
        if (!tl_ner_tok_is(d, t, "Unit") && !tl_ner_tok_is(d, t, "Brigade") && !tl_ner_tok_is(d, t, "Battalion") &&
            !tl_ner_tok_is(d, t, "Regiment") && !tl_ner_tok_is(d, t, "Squadron") && !tl_ner_tok_is(d, t, "Force") &&
            !tl_ner_tok_is(d, t, "Detachment") && !tl_ner_tok_is(d, t, "Corps"))
            continue;
        if (cov[t]) {
            tl_ner_span *y = &r->sv.v[cov[t] - 1];
            if (y->b == t + 1 && y->cls == TL_ORG) y->b = t + 2;
            continue;
        }
        tl_ner_span w = {t, t + 2, TL_ORG, 0, 0, d->tokens[t].start, 0, 0};
        if (!tl_ner_sv_push(&r->sv, w)) return 0;
    }
    return 1;
}

int tl_ner_pass_org_spans(tl_ner_state *r) {
    uint32_t *cov = coverage(r);
    if (!cov) return TL_ENOMEM;
    size_t n = r->sv.n;
    for (size_t x = 0; x < n; x++) {
        tl_ner_span *s = &r->sv.v[x];
        if (s->cls < 0 || s->se) continue;
        head_before_of(r, cov, s);
        ordinal_before(r, cov, s);
        general_before(r, cov, s);
        portfolio(r, s);
        joined_by_acronym(r, x, cov);
        person_with_acronym(r, s);
        listed_portfolio(r, s, cov);
        owned_branch(r, s, cov);
        franchise_in(r, s, cov);
        if (!numbered_unit_of(r, x)) { free(cov); return TL_ENOMEM; }
    }
    if (!numbered_heads(r, cov)) { free(cov); return TL_ENOMEM; }
    free(cov);
    return group_first_words(r) ? TL_OK : TL_ENOMEM;
}
