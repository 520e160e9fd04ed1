/* tl_fact_place.c -- place-within-place facts from the kind nouns of places: "X is a republic in Y", "X, a township in the district of Y", "A and B, two towns in Y", "Y's capital, X", "three Colombian departments (A, B, C)". */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"

/* Local mention starting exactly at token i (no pronoun), or -1. */
static int starts_at(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se) return -1;
    int m = s->at[i - s->sb];
    if (m < 0 || s->ms[m].pron || s->ms[m].virt || s->ms[m].tb != i) return -1;
    return m;
}

static uint32_t flags(const tl_fsent *s, uint32_t i) {
    return (i >= s->sb && i < s->se) ? s->d->tokens[i].flags : 0;
}

/* A lower-case word no mention covers: an adjective or noun that may sit
 * before the kind noun ("a predominantly Muslim republic" has a name in
 * it, which ends the phrase; such phrases are left alone). */
static int plain_word(const tl_fsent *s, uint32_t i) {
    uint32_t f = flags(s, i);
    return (f & TL_TOK_ALPHA) && !(f & TL_TOK_UPPER) && s->at[i - s->sb] < 0 && !tl_fact_wl(s, i, WL_PREPS) &&
           !tl_fact_wl(s, i, WL_DETS) && !tl_fact_wl(s, i, WL_BE) && !tl_fact_wl(s, i, WL_AND_OR);
}

/* A noun of a kind of administrative place (cues/division_nouns.txt). */
static int kind_noun(const tl_fsent *s, uint32_t i) { return tl_fact_w(s, i, TL_CUE_DIVISION_NOUNS); }

/* Is there already a LOCATED_IN candidate between the entities of mentions
 * a and b, in either direction?  Can't fail. */
static int joined(const tl_fsent *s, int a, int b) {
    int32_t ea = s->ms[a].ent, eb = s->ms[b].ent;
    for (int c = 0; c < s->nc; c++) {
        const tl_fcand *f = &s->cands[c];
        if (f->type != TL_LOCATED_IN || f->m[0] < 0 || f->m[1] < 0) continue;
        int32_t x = s->ms[f->m[0]].ent, y = s->ms[f->m[1]].ent;
        if ((x == ea && y == eb) || (x == eb && y == ea)) return 1;
    }
    return 0;
}

/* Adds "a lies in p" as background (a noun phrase's fact) when the types
 * fit and no candidate joins the two yet. */
static void place_in(tl_fsent *s, int a, int p, uint32_t trig) {
    if (a < 0 || p < 0 || s->ms[a].ent == s->ms[p].ent) return;
    if (!tl_fact_type_ok(s, a, tl_fact_role_mask(TL_LOCATED_IN, 0)) ||
        !tl_fact_type_ok(s, p, tl_fact_role_mask(TL_LOCATED_IN, 1)) || joined(s, a, p))
        return;
    tl_fcand c = {TL_LOCATED_IN, 0, {a, p, -1, -1}, trig, 1, 0, 0};
    tl_fact_push(s, &c);
}

/* The place a phrase from token k names: "Y", "the Y", "eastern Y", "the
 * district of Y", "the Special District of Y" (a capitalized kind word
 * before "of").  Only a GPE or LOC.  The mention, or -1. */
static int place_phrase(const tl_fsent *s, uint32_t k) {
    if (tl_fact_is(s, k, "the")) k++;
    for (int n = 0; n < 3 && k < s->se && !kind_noun(s, k) && starts_at(s, k) < 0; n++, k++)
        if (!(flags(s, k) & TL_TOK_ALPHA) || tl_fact_wl(s, k, WL_PREPS)) return -1;
    if (kind_noun(s, k) && tl_fact_is(s, k + 1, "of")) k += 2;
    if (starts_at(s, k) < 0 && tl_fact_w(s, k, TL_CUE_COMPASS)) k++; /* "eastern Y", not "North Caucasus" */
    int p = starts_at(s, k);
    return p >= 0 && (s->ms[p].type == TL_GPE || s->ms[p].type == TL_LOC) ? p : -1;
}

/* "X is a mountainous republic in Y", "X, a township in the district of
 * Y, in eastern Z": a place described by a kind of place in another.  The
 * in-phrase of the apposition is read only through "the <kind> of", which
 * the frames do not follow; a trailing ", in Z" places Y (and X) in Z. */
static void kind_in(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_GPE && s->ms[m].type != TL_FAC) return;
    uint32_t k = s->ms[m].te;
    int copula = tl_fact_w(s, k, "is|was");
    if (!copula && !tl_fact_is(s, k, ",")) return;
    k++;
    if (!tl_fact_w(s, k, "a|an|the")) return;
    k++;
    for (int n = 0; n < 4 && k < s->se && !kind_noun(s, k); n++, k++) {
        int q = starts_at(s, k); /* "a predominantly Muslim Russian republic" */
        if (q >= 0 && s->ms[q].type == TL_NORP) k = s->ms[q].te - 1;
        else if (!plain_word(s, k)) return;
    }
    if (!kind_noun(s, k) || !tl_fact_w(s, k + 1, "in|of")) return;
    uint32_t noun = k;
    k += 2;
    /* the apposition's plain "in Y" is the frames' (tl_fact.c) */
    if (!copula && !(tl_fact_is(s, k, "the") && kind_noun(s, k + 1) && tl_fact_is(s, k + 2, "of")) &&
        !(tl_fact_is(s, k, "the") && (flags(s, k + 1) & TL_TOK_UPPER) && kind_noun(s, k + 2)))
        return;
    int p = place_phrase(s, k);
    if (p < 0) return;
    place_in(s, m, p, noun);
    uint32_t e = s->ms[p].te;
    if (tl_fact_is(s, e, ",") && tl_fact_is(s, e + 1, "in")) {
        int z = place_phrase(s, e + 2);
        if (z >= 0) {
            place_in(s, p, z, noun);
            place_in(s, m, z, noun);
        }
    }
}

/* "North Darfur's capital, El Fasher", "Y province's capital Z": the
 * capital a place owns lies in it. */
static void possessed_capital(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_GPE && s->ms[m].type != TL_LOC) return;
    uint32_t k = s->ms[m].te;
    if (kind_noun(s, k)) k++; /* "Y province's capital" */
    if (!tl_fact_is(s, k, "'s") && !tl_fact_is(s, k, "'")) return;
    k++;
    if (tl_fact_w(s, k, "provincial|regional|state|administrative")) k++;
    if (!tl_fact_w(s, k, "capital|seat")) return;
    k++;
    if (tl_fact_is(s, k, ",")) k++;
    int c = starts_at(s, k);
    if (c >= 0 && s->ms[c].type == TL_GPE) place_in(s, c, m, k - 1);
}

/* "three Colombian departments (Norte Santander, Cesar, La Guajira)", "the
 * Kenyan provinces of A and B", "the Syrian city of Aleppo": the places a
 * nationality's (or a
 * country's) kind noun lists lie in that country, and not in one another
 * (the comma of "A, B" reads as "a place, its region" elsewhere). */
static void owned_list(tl_fsent *s, int m) {
    int t = s->ms[m].type;
    if (t != TL_NORP && t != TL_GPE) return;
    uint32_t k = s->ms[m].te;
    int owned = t == TL_GPE && (tl_fact_is(s, k, "'s") || tl_fact_is(s, k, "'"));
    if (owned) k++;
    if (!kind_noun(s, k) || s->len[k - s->sb] < 2) return;
    /* "the Syrian city of Aleppo": one place, after "of" */
    int one = s->low[k - s->sb][s->len[k - s->sb] - 1] != 's';
    uint32_t noun = k++;
    if (!tl_fact_w(s, k, one ? "of" : "(|of|:")) return;
    k++;
    /* "the Brooklyn borough of New York City": a part of a town named
     * before its noun lies in the town after "of" */
    if (t == TL_GPE && !owned && one && tl_fact_w(s, noun, "borough|neighborhood|neighbourhood|suburb|quarter|ward")) {
        int p = starts_at(s, k);
        if (p >= 0 && s->ms[p].type == TL_GPE && !s->ms[p].pron) place_in(s, m, p, noun);
        return;
    }
    int items[8], n = 0;
    while (n < 8) {
        int p = starts_at(s, k);
        if (p < 0 || s->ms[p].type != TL_GPE) break;
        items[n++] = p;
        k = s->ms[p].te;
        if (tl_fact_is(s, k, ",")) k++;
        if (tl_fact_wl(s, k, WL_AND_OR)) k++;
    }
    if (n < 2 && !(one && n == 1)) return;
    if (one) n = 1; /* "the Syrian city of Aleppo, Idlib and Homs" lists no more cities */
    /* drop what the comma rule made between the items */
    for (int c = 0; c < s->nc; c++) {
        tl_fcand *f = &s->cands[c];
        if (f->type != TL_LOCATED_IN || f->m[0] < 0 || f->m[1] < 0) continue;
        int a = 0, b = 0;
        for (int i = 0; i < n; i++) {
            a |= s->ms[items[i]].ent == s->ms[f->m[0]].ent;
            b |= s->ms[items[i]].ent == s->ms[f->m[1]].ent;
        }
        if (a && b) s->cands[c--] = s->cands[--s->nc];
    }
    int country = m;
    if (t == TL_NORP) {
        /* the nationality stands for its country where the report names it */
        int e = tl_fact_country_entity(s, s->ms[m].ent);
        country = e >= 0 ? tl_fact_virtual(s, m, e, TL_GPE) : -1;
        if (country < 0) return;
    }
    for (int i = 0; i < n; i++) place_in(s, items[i], country, noun);
}

/* The place a phrase from token k names (place_phrase), or the place
 * that one owns: "Mali's Kessel region" is Kessel.  -1 when none. */
static int owned_place_phrase(const tl_fsent *s, uint32_t k) {
    int p = place_phrase(s, k);
    if (p < 0) return -1;
    uint32_t e = s->ms[p].te;
    if (!tl_fact_is(s, e, "'s") && !tl_fact_is(s, e, "'")) return p;
    int q = starts_at(s, e + 1);
    return q >= 0 && (s->ms[q].type == TL_GPE || s->ms[q].type == TL_LOC) ? q : p;
}

/* "A and B, two towns in Y", "the towns of A and B in northern Y": every
 * place of a list that a plural kind of place describes lies in the place
 * after "in".  m opens the list. */
static void list_kind_in(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_GPE) return;
    int items[8], n = 0;
    items[n++] = m;
    uint32_t k = s->ms[m].te;
    while (n < 8 && k + 1 < s->se) {
        int last = tl_fact_wl(s, k, WL_AND_OR) || (tl_fact_is(s, k, ",") && tl_fact_wl(s, k + 1, WL_AND_OR));
        uint32_t j = k + 1 + (uint32_t)(tl_fact_is(s, k, ",") && tl_fact_wl(s, k + 1, WL_AND_OR));
        int q = (tl_fact_is(s, k, ",") || last) ? starts_at(s, j) : -1;
        if (q < 0 || s->ms[q].type != TL_GPE) break;
        items[n++] = q;
        k = s->ms[q].te;
        if (last) break;
    }
    if (n < 2) return;
    uint32_t in = 0, noun = 0;
    /* "A and B, two towns in Y" */
    if (tl_fact_is(s, k, ",") && k + 3 < s->se &&
        ((flags(s, k + 1) & TL_TOK_DIGIT) || tl_fact_w(s, k + 1, "two|three|four|five|six|several|both")) &&
        kind_noun(s, k + 2) && tl_fact_is(s, k + 3, "in")) {
        noun = k + 2;
        in = k + 3;
    }
    /* "the towns of A and B in Y" */
    uint32_t b = s->ms[m].tb;
    if (!in && b >= s->sb + 2 && tl_fact_is(s, b - 1, "of") && kind_noun(s, b - 2) && tl_fact_is(s, k, "in")) {
        noun = b - 2;
        in = k;
    }
    if (!in) return;
    int p = owned_place_phrase(s, in + 1);
    if (p < 0) return;
    for (int i = 0; i < n; i++) place_in(s, items[i], p, noun);
}

/* "ISIS-K, the Islamic State's affiliate in Afghanistan", "Y's branch in
 * Yemen, X": a part the frames found (a PART_OF on a noun of a body's
 * part) is where its noun's "in" phrase says. */
static void part_in(tl_fsent *s) {
    int nc = s->nc;
    for (int k = 0; k < nc; k++) {
        const tl_fcand *c = &s->cands[k];
        uint32_t t = c->trig;
        if (c->type != TL_PART_OF || c->m[0] < 0 || t + 2 >= s->se || !tl_fact_is(s, t + 1, "in") ||
            !tl_fact_w(s, t, "affiliate|affiliates|branch|branches|wing|cell|cells|chapter|chapters|faction|unit|"
                             "franchise|offshoot|province"))
            continue;
        place_in(s, c->m[0], owned_place_phrase(s, t + 2), t);
    }
}

/* The place a dwelling noun at k stands in: "home in Y", "villa near Y",
 * "house outside Y", "farmhouse on the outskirts of Y"; a place near
 * which one lives is a town or a country, not a lake.  The mention, or
 * -1. */
static int dwelling_place(const tl_fsent *s, uint32_t k) {
    if (!tl_fact_w(s, k, TL_CUE_DWELLING_NOUNS)) return -1;
    k++;
    int in = tl_fact_is(s, k, "in");
    if (tl_fact_is(s, k, "on") && tl_fact_is(s, k + 1, "the") && tl_fact_w(s, k + 2, "outskirts|edge") &&
        tl_fact_is(s, k + 3, "of"))
        k += 3;
    else if (!in && !tl_fact_w(s, k, "near|outside")) return -1;
    int p = place_phrase(s, k + 1);
    /* (near a lake or a mountain is in no place) */
    return p >= 0 && (in || s->ms[p].type == TL_GPE) ? p : -1;
}

/* "was arrested at his home in Phoenix", "X's villa outside Marbella",
 * "the home of X in Y": a person lives where the person's dwelling is (a
 * dwelling "near" a place too, as "lives in a villa outside Y" does in
 * the frames).  m is a person's name or possessive pronoun. */
static void dwelling_in(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_PERSON || s->ms[m].virt) return;
    uint32_t k = s->ms[m].te;
    /* "the home of X in Y" */
    if (!s->ms[m].pron && s->ms[m].tb >= s->sb + 2 && tl_fact_is(s, s->ms[m].tb - 1, "of") &&
        tl_fact_w(s, s->ms[m].tb - 2, TL_CUE_DWELLING_NOUNS) && tl_fact_is(s, k, "in")) {
        place_in(s, m, place_phrase(s, k + 1), s->ms[m].tb - 2);
        return;
    }
    if (s->ms[m].pron) {
        if (s->ms[m].pron != TL_PRON_POSS || !tl_fact_w(s, s->ms[m].tb, "his|her|their")) return;
    } else {
        if (!tl_fact_w(s, k, "'s|\u2019s|'")) return;
        k++;
    }
    if (!tl_fact_w(s, k, TL_CUE_DWELLING_NOUNS) && plain_word(s, k)) k++;
    place_in(s, m, dwelling_place(s, k), k);
}

void tl_fact_place(tl_fsent *s) {
    part_in(s);
    int nm = s->nm;
    for (int m = 0; m < nm; m++) {
        dwelling_in(s, m);
        if (s->ms[m].pron || s->ms[m].virt || s->ms[m].mod) continue;
        kind_in(s, m);
        list_kind_in(s, m);
        possessed_capital(s, m);
        owned_list(s, m);
    }
}

/* The gazetteer's size class of a place (contract in tl_fact_int.h). */
int tl_fact_place_rank(const tl_fsent *s, int m) {
    const tl_str *n = &s->d->entities[s->ms[m].ent].name;
    uint32_t g = tl_gaz_lookup(s->g, n->ptr, n->len);
    if (g & TL_GAZ_COUNTRY) return 4;
    if (g & TL_GAZ_SUBDIV) return 3;
    if (g & (TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG)) return 2;
    return (g & TL_GAZ_CITY) ? 1 : 0;
}
