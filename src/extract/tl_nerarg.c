/* tl_nerarg.c -- NER passes for the names fact arguments need: a people that is a body, a group's quoted nickname, a kin's given name. */
#include "tl_nerarg.h"
#include <stdlib.h>
#include <string.h>

/* True when the words around span X make it a body: a possessive after
 * it ("the Houthis' commander", "Houthis's"), a lower-case title, member
 * or body noun ("Houthis leaders", "Houthis fighters", "the Houthi
 * movement"), a body's people or means ("a Houthi financier", "Houthi
 * drones"), a verb of what bodies do ("the Houthis fired", "the Houthis
 * said"), or a verb of what is done to one before it ("supplies the
 * Houthis", "helped the Houthis").  Can't fail. */
static int acts_as_body(const tl_ner_feats *f, const tl_ner_span *X) {
    const tl_doc *d = f->doc;
    uint32_t b = X->b;
    /* the object of what is done to a body: "Iran supplies the Houthis
     * with missiles", "strikes against the Houthis" */
    if (X->a >= 2 && tl_ner_tok_is(d, X->a - 1, "the") && d->tokens[X->a - 2].sent == d->tokens[X->a].sent) {
        static const char *const done[] = {"supplies", "supplied", "supply", "arms", "armed", "funds", "funded",
                                           "backs", "backed", "supports", "supported", "sanctioned", "designated",
                                           "against", "struck", "attacked", "bombed", "fought", "fighting",
                                           "helped", "helps", "help", "helping", "aided", "arming", "supplying",
                                           "funding", "financing", "financed", "targeting", "targeted",
                                           "provides", "provided", "provide", "providing", "trained", "trains",
                                           "equipped", "equips"};
        for (size_t k = 0; k < sizeof done / sizeof done[0]; k++)
            if (tl_ner_tok_is(d, X->a - 2, done[k])) return 1;
        /* the receiver of what is given to a body: "Iran provided
         * weapons and money to the Houthis", "smuggled arms to the
         * Houthis" (the giving verb a few words before "to") */
        if (X->a >= 4 && tl_ner_tok_is(d, X->a - 2, "to")) {
            static const char *const give[] = {"provided", "provides", "provide", "providing", "supplied", "supplies",
                                               "supplying", "sent", "sends", "sending", "delivered", "delivering",
                                               "shipped", "smuggled", "smuggling", "transferred", "sold",
                                               "funneled", "funnelled", "channeled", "channelled", "gave"};
            for (uint32_t v = X->a - 3, n = 0; n < 6 && d->tokens[v].sent == d->tokens[X->a].sent; v--, n++) {
                for (size_t k = 0; k < sizeof give / sizeof give[0]; k++)
                    if (tl_ner_tok_is(d, v, give[k])) return 1;
                if (v == 0) break;
            }
        }
        /* the agent of what a body does: "Sanaa is controlled by the
         * Houthis", "the attack was claimed by the Houthis" */
        if (X->a >= 3 && tl_ner_tok_is(d, X->a - 2, "by") && d->tokens[X->a - 3].sent == d->tokens[X->a].sent) {
            static const char *const by[] = {"controlled", "claimed", "held", "run", "seized", "captured",
                                             "launched", "fired", "carried", "led", "backed", "funded", "armed",
                                             "supported", "attacked", "targeted", "governed", "ruled"};
            uint32_t v = X->a - 3;
            if (v > 0 && tl_ner_tok_is(d, v, "out")) v--; /* "carried out by" */
            for (size_t k = 0; k < sizeof by / sizeof by[0]; k++)
                if (tl_ner_tok_is(d, v, by[k])) return 1;
        }
    }
    if (b >= d->n_tokens || d->tokens[b].sent != d->tokens[X->a].sent) return 0;
    size_t n;
    const char *s = tl_ner_tok_ptr(d, b, &n);
    if ((n == 1 && s[0] == '\'') || (n == 2 && s[0] == '\'' && s[1] == 's') || (n == 3 && !memcmp(s, "\xE2\x80\x99", 3)) ||
        (n == 4 && !memcmp(s, "\xE2\x80\x99s", 4)))
        return 1;
    /* (or of a relative clause on it: "the Houthis, who control much of
     * Yemen") */
    if (b + 2 < d->n_tokens && tl_ner_tok_is(d, b, ",") && (tl_ner_tok_is(d, b + 1, "who") || tl_ner_tok_is(d, b + 1, "which")))
        b += 2;
    if (f->t[b].cls != TL_NER_SH_LOWER) return 0;
    if ((f->t[b].gaz & TL_GAZ_TITLE) || tl_ner_member_noun(d, b)) return 1;
    /* a body's people and means: "a Houthi financier", "Houthi officials",
     * "Houthi attacks", "Houthi drones" */
    {
        static const char *const means[] = {"financier", "financiers", "official", "officials", "spokesman",
                                            "spokesperson", "rebels", "forces", "attack", "attacks", "drone",
                                            "drones", "missile", "missiles", "authorities", "government"};
        for (size_t k = 0; k < sizeof means / sizeof means[0]; k++)
            if (tl_ner_tok_is(d, b, means[k])) return 1;
    }
    /* "the Houthi movement": a body's own noun */
    if (tl_ner_tok_is(d, b, "movement") || tl_ner_tok_is(d, b, "group") || tl_ner_tok_is(d, b, "militia") ||
        tl_ner_tok_is(d, b, "organization") || tl_ner_tok_is(d, b, "organisation"))
        return 1;
    /* the subject of what a body does: "the Houthis fired a missile",
     * "the Houthis claimed the attack" (an adverb may come between) */
    if (tl_ner_tok_is(d, b, "have") || tl_ner_tok_is(d, b, "had") || tl_ner_tok_is(d, b, "also")) b++;
    /* what is done to a body: "the Houthis are backed by Iran" */
    if (b + 1 < d->n_tokens && (tl_ner_tok_is(d, b, "are") || tl_ner_tok_is(d, b, "were")) &&
        (tl_ner_tok_is(d, b + 1, "backed") || tl_ner_tok_is(d, b + 1, "funded") || tl_ner_tok_is(d, b + 1, "armed") ||
         tl_ner_tok_is(d, b + 1, "designated") || tl_ner_tok_is(d, b + 1, "sanctioned") ||
         tl_ner_tok_is(d, b + 1, "supplied") || tl_ner_tok_is(d, b + 1, "trained") || tl_ner_tok_is(d, b + 1, "equipped")))
        return 1;
    static const char *const acts[] = {"fired", "attacked", "launched", "claimed", "seized", "struck", "targeted",
                                       "hijacked", "captured", "announced", "controlled", "threatened", "vowed",
                                       "control", "controls", "run", "runs", "fire", "attack", "launch", "seize",
                                       "took", "take", "takes",
                                       "say", "said", "continue", "continued", "began",
                                       /* a body's means come from somewhere: "the Houthis
                                        * receive weapons from Iran", "rely on Iranian money" */
                                       "receive", "receives", "received", "rely", "relies", "relied"};
    if (b >= d->n_tokens || d->tokens[b].sent != d->tokens[X->a].sent) return 0;
    for (size_t k = 0; k < sizeof acts / sizeof acts[0]; k++)
        if (tl_ner_tok_is(d, b, acts[k])) return 1;
    return 0;
}

/* The hash of a span's words (the key of "the same name"). */
static uint32_t words_key(const tl_ner_feats *f, const tl_ner_span *X) {
    uint32_t h = 2166136261u;
    for (uint32_t k = X->a; k < X->b; k++) h = (h ^ f->t[k].word) * 16777619u;
    return h | 1u;
}

/* True when gazetteer flags g are those of a name both a people and a
 * well-known organization ("Houthis").  Can't fail. */
static int people_and_body(uint32_t g) {
    return (g & TL_GAZ_ORG_NAME) && (g & TL_GAZ_NORP) && !(g & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM));
}

/* True when span X is joined by "and", "or" or a comma to a span the
 * passes typed a body ("Hezbollah and the Houthis", "the Houthis and
 * Hamas"): names listed together are of one kind.  Can't fail. */
static int listed_with_body(const tl_ner_state *r, const tl_ner_span *X) {
    const tl_doc *d = r->d;
    for (size_t y = 0; y < r->sv.n; y++) {
        const tl_ner_span *Y = &r->sv.v[y];
        if (Y->se || Y->cls != TL_ORG || Y == X) continue;
        uint32_t a, b; /* the tokens between the two spans */
        if (Y->b <= X->a) a = Y->b, b = X->a;
        else if (X->b <= Y->a) a = X->b, b = Y->a;
        else continue;
        if (b - a < 1 || b - a > 2 || d->tokens[a].sent != d->tokens[X->a].sent) continue;
        if (!(tl_ner_tok_is(d, a, "and") || tl_ner_tok_is(d, a, "or") || tl_ner_tok_is(d, a, ","))) continue;
        if (b - a == 2 && !tl_ner_tok_is(d, a + 1, "the")) continue;
        return 1;
    }
    return 0;
}

/* Every span of type from whose words' key is one of the nk keys becomes
 * an organization's.  Can't fail. */
static void retype_keys(tl_ner_state *r, const uint32_t *keys, size_t nk, int from) {
    for (size_t x = 0; nk && x < r->sv.n; x++) {
        tl_ner_span *X = &r->sv.v[x];
        if (X->se || X->nick || X->cls != from) continue;
        uint32_t w = words_key(r->f, X);
        for (size_t k = 0; k < nk; k++)
            if (keys[k] == w) { X->cls = TL_ORG; break; }
    }
}

int tl_nerarg_pass_group_names(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    /* the names some mention of which acts as a body (a handful per
     * document at most: a small array, linear search) */
    uint32_t keys[16] = {0};
    size_t nk = 0;
    for (size_t x = 0; x < r->sv.n && nk < 16; x++) {
        const tl_ner_span *X = &r->sv.v[x];
        if (X->se || X->nick || X->cls != TL_NORP || !people_and_body(tl_ner_span_gaz(f, X->a, X->b))) continue;
        if (!acts_as_body(f, X) && !listed_with_body(r, X)) continue;
        uint32_t w = words_key(f, X);
        size_t k = 0;
        while (k < nk && keys[k] != w) k++;
        if (k == nk) keys[nk++] = w;
    }
    retype_keys(r, keys, nk, TL_NORP);
    /* "attacked the offices of Charlie Hebdo": a name that has offices,
     * headquarters or premises is a body's, though its first word is a
     * given name; its other mentions follow */
    nk = 0;
    const tl_doc *d = r->d;
    for (size_t x = 0; x < r->sv.n && nk < 16; x++) {
        const tl_ner_span *X = &r->sv.v[x];
        if (X->se || X->nick || X->cls != TL_PERSON || X->b - X->a < 2 || X->a < 2 ||
            !tl_ner_tok_is(d, X->a - 1, "of") || d->tokens[X->a - 2].sent != d->tokens[X->a].sent)
            continue;
        if (!tl_ner_tok_is(d, X->a - 2, "offices") && !tl_ner_tok_is(d, X->a - 2, "headquarters") &&
            !tl_ner_tok_is(d, X->a - 2, "premises") && !tl_ner_tok_is(d, X->a - 2, "newsroom"))
            continue;
        keys[nk++] = words_key(f, X);
    }
    retype_keys(r, keys, nk, TL_PERSON);
    return TL_OK;
}

/* Tokens [a, b): the span of the first n0 that covers exactly them takes
 * type cls; when no such span overlaps them, a new one is added.  Returns
 * 1, or 0 when out of memory (the spans then unchanged). */
static int retype_or_add(tl_ner_state *r, size_t n0, uint32_t a, uint32_t b, int cls) {
    int seen = 0;
    for (size_t x = 0; x < n0; x++) {
        tl_ner_span *X = &r->sv.v[x];
        if (X->se || X->cls < 0 || X->b <= a || X->a >= b) continue;
        seen = 1;
        if (X->a == a && X->b == b) X->cls = cls;
    }
    return seen || tl_ner_sv_push(&r->sv, (tl_ner_span){a, b, cls, 0, 0, 0, 0, 0});
}

/* True when token t is a quotation mark.  Can't fail. */
static int quote(const tl_doc *d, uint32_t t) { return t < d->n_tokens && (d->tokens[t].flags & TL_TOK_QUOTE); }

int tl_nerarg_pass_group_nicknames(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    const tl_doc *d = r->d;
    size_t n0 = r->sv.n;
    for (uint32_t v = 2; v + 2 < d->n_tokens; v++) {
        /* the verb of naming and the quote after it */
        uint32_t q = v + 1;
        if (tl_ner_tok_is(d, v, "known") && tl_ner_tok_is(d, v + 1, "as")) q = v + 2;
        else if (!tl_ner_tok_is(d, v, "nicknamed") && !tl_ner_tok_is(d, v, "dubbed")) continue;
        if (!quote(d, q)) continue;
        /* a noun of a group before it, with or without a comma: "a
         * terrorist cell, nicknamed", "a gang known as" */
        uint32_t p = tl_ner_tok_is(d, v - 1, ",") ? v - 2 : v - 1;
        if (d->tokens[p].sent != d->tokens[v].sent || f->t[p].cls != TL_NER_SH_LOWER || tl_ner_kind_noun(d, p) != TL_ORG)
            continue;
        /* one to four capitalized words up to the closing quote; an
         * article opening them is no part of the name */
        uint32_t a = q + 1, b = a;
        if (a < d->n_tokens && tl_ner_tok_is(d, a, "The")) a++, b++;
        while (b < d->n_tokens && b < a + 4 && d->tokens[b].sent == d->tokens[v].sent &&
               (f->t[b].cls == TL_NER_SH_CAP || f->t[b].cls == TL_NER_SH_CAPS || f->t[b].cls == TL_NER_SH_MIXED))
            b++;
        if (b == a || !quote(d, b)) continue;
        /* a span over these words becomes the group; else a new one */
        if (!retype_or_add(r, n0, a, b, TL_ORG)) return TL_ENOMEM;
    }
    return TL_OK;
}

/* True when token t is a noun of kin ("wife", "son") that a possessive
 * opens: "his wife", "Kuzmin's wife", "her younger brother".  Can't
 * fail. */
static int possessed_kin(const tl_doc *d, uint32_t t) {
    static const char *const kin[] = {"wife", "husband", "son", "daughter", "brother", "sister", "mother",
                                      "father", "widow", "widower", "cousin", "nephew", "niece", "uncle",
                                      "aunt", "fiancee", "fiance", "stepson", "stepdaughter", "girlfriend",
                                      "boyfriend", "grandson", "granddaughter"};
    size_t k = 0;
    while (k < sizeof kin / sizeof kin[0] && !tl_ner_tok_is(d, t, kin[k])) k++;
    if (k == sizeof kin / sizeof kin[0] || t < 1) return 0;
    uint32_t p = t - 1;
    /* (an adjective of age or state between: "his younger brother") */
    static const char *const adj[] = {"younger", "elder", "older", "eldest", "oldest", "youngest", "late",
                                      "former", "estranged", "twin", "only"};
    for (size_t j = 0; j < sizeof adj / sizeof adj[0] && p > 0; j++)
        if (tl_ner_tok_is(d, p, adj[j])) {
            p--;
            break;
        }
    if (d->tokens[p].sent != d->tokens[t].sent) return 0;
    return tl_ner_tok_is(d, p, "his") || tl_ner_tok_is(d, p, "her") || tl_ner_tok_is(d, p, "their") ||
           tl_ner_tok_is(d, p, "'s") || tl_ner_tok_is(d, p, "\xe2\x80\x99s") || tl_ner_tok_is(d, p, "His") ||
           tl_ner_tok_is(d, p, "Her") || tl_ner_tok_is(d, p, "Their");
}

int tl_nerarg_pass_kin_names(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    const tl_doc *d = r->d;
    size_t n0 = r->sv.n;
    for (uint32_t t = 1; t + 3 < d->n_tokens; t++) {
        uint32_t n = t + 2;
        if (!tl_ner_tok_is(d, t + 1, ",") || d->tokens[n].sent != d->tokens[t].sent) continue;
        /* one capitalized word, a given name, set off by a comma */
        if (f->t[n].cls != TL_NER_SH_CAP || !(f->t[n].gaz & TL_GAZ_GIVEN) || !tl_ner_tok_is(d, n + 1, ",") ||
            !possessed_kin(d, t))
            continue;
        if (!retype_or_add(r, n0, n, n + 1, TL_PERSON)) return TL_ENOMEM;
    }
    /* "Ivan Petrov's daughter Maria Petrova was detained": capitalized
     * words right after a possessed kin noun, opening with a given name,
     * are the kin's name, which the tagger may have left untyped (a span
     * it typed stays) */
    for (uint32_t t = 1; t + 2 < d->n_tokens; t++) {
        uint32_t n = t + 1, e = n;
        if (f->t[n].cls != TL_NER_SH_CAP || !(f->t[n].gaz & TL_GAZ_GIVEN) || d->tokens[n].sent != d->tokens[t].sent ||
            !possessed_kin(d, t))
            continue;
        while (e < d->n_tokens && e < n + 4 && d->tokens[e].sent == d->tokens[n].sent && f->t[e].cls == TL_NER_SH_CAP) e++;
        int typed = 0;
        for (size_t x = 0; x < n0 && !typed; x++) {
            const tl_ner_span *X = &r->sv.v[x];
            typed = !X->se && X->cls >= 0 && X->b > n && X->a < e;
        }
        if (!typed && !tl_ner_sv_push(&r->sv, (tl_ner_span){n, e, TL_PERSON, 0, 0, 0, 0, 0})) return TL_ENOMEM;
    }
    /* "the brothers Said and Cherif Kouachi": a given name alone right
     * after a plural kin noun, before "and" and another given name, is a
     * person's (the tagger reads "Said" a verb); tl_ent.c gives it the
     * surname the second name ends in */
    for (uint32_t t = 1; t + 3 < d->n_tokens; t++) {
        uint32_t n = t + 1;
        if (f->t[n].cls != TL_NER_SH_CAP || !(f->t[n].gaz & TL_GAZ_GIVEN) || !tl_ner_tok_is(d, n + 1, "and") ||
            f->t[n + 2].cls != TL_NER_SH_CAP || !(f->t[n + 2].gaz & TL_GAZ_GIVEN) ||
            d->tokens[n + 2].sent != d->tokens[t].sent)
            continue;
        if (!tl_ner_tok_is(d, t, "brothers") && !tl_ner_tok_is(d, t, "sisters") && !tl_ner_tok_is(d, t, "siblings") &&
            !tl_ner_tok_is(d, t, "twins") && !tl_ner_tok_is(d, t, "cousins") && !tl_ner_tok_is(d, t, "sons") &&
            !tl_ner_tok_is(d, t, "daughters"))
            continue;
        if (!retype_or_add(r, n0, n, n + 1, TL_PERSON)) return TL_ENOMEM;
    }
    return TL_OK;
}
