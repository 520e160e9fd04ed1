/* tl_fact_assoc.c -- fact extraction: the association shapes of ASSOCIATE_OF ("X has links to Y", "an aide to the leader of X, Y") and the refusals of "close to", "linked to", "works with". */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include <string.h>

#define P_ (1u << TL_PERSON)
#define O_ (1u << TL_ORG)

/* The person or group named after the nationality mention m and a few
 * lower-case or title words ("Afghan Prime Minister X"), or -1. */
int tl_fact_title_name_after(const tl_fsent *s, int m) {
    for (uint32_t k = s->ms[m].te; k < s->se && k < s->ms[m].te + 5; k++) {
        int n = tl_fact_ment_at(s, k);
        if (n >= 0) return s->ms[n].tb == k && tl_fact_type_ok(s, n, P_ | O_) ? n : -1;
        if (tl_fact_is_punct(s, k) || tl_fact_wl(s, k, WL_PREPS) || tl_fact_is_verbish(s, k)) return -1;
    }
    return -1;
}

/* "to the leader of X, Y" (from token k, after "to"): the person the
 * apposition after the office names, or -1. */
int tl_fact_titled_person_to(const tl_fsent *s, uint32_t k) {
    /* "to X's infamous mastermind, Y": the person after the possessor's
     * noun */
    int o = tl_fact_ment_from(s, k, NULL);
    /* (or a common noun's: "to the cartel's leader, Y") */
    uint32_t pe = 0;
    if (o >= 0 && s->ms[o].tb <= k + 1) pe = s->ms[o].te;
    else if (tl_fact_is(s, k, "the"))
        for (uint32_t j = k + 1; j < s->se && j < k + 4 && !pe; j++) {
            if (tl_fact_ment_at(s, j) >= 0 || !(s->d->tokens[j].flags & TL_TOK_ALPHA) ||
                (s->d->tokens[j].flags & TL_TOK_UPPER))
                break;
            if (j + 1 < s->se && tl_fact_w(s, j + 1, "'s|\u2019s|'|\u2019")) pe = j + 1;
        }
    if (pe && tl_fact_w(s, pe, "'s|\u2019s|'|\u2019")) {
        for (uint32_t j = pe + 1; j < s->se && j < pe + 5; j++) {
            if (tl_fact_is(s, j, ",")) {
                int p = tl_fact_ment_at(s, j + 1);
                return p >= 0 && s->ms[p].tb == j + 1 && s->ms[p].type == TL_PERSON && !s->ms[p].pron ? p : -1;
            }
            if (tl_fact_is_punct(s, j) || tl_fact_ment_at(s, j) >= 0 || tl_fact_is_verbish(s, j)) return -1;
        }
        return -1;
    }
    for (uint32_t j = k; j < s->se && j < k + 5; j++) {
        if (tl_fact_is(s, j, "of")) {
            int g = tl_fact_ment_from(s, j + 1, NULL);
            if (g < 0 || !tl_fact_is(s, s->ms[g].te, ",")) return -1;
            int p = tl_fact_ment_at(s, s->ms[g].te + 1);
            return p >= 0 && s->ms[p].tb == s->ms[g].te + 1 && s->ms[p].type == TL_PERSON && !s->ms[p].pron ? p : -1;
        }
        if (tl_fact_is_punct(s, j) || tl_fact_ment_at(s, j) >= 0 || tl_fact_is_verbish(s, j)) return -1;
    }
    return -1;
}

/* "X has links to Y", "X, known for its ties with Y": the noun of
 * association at i (its phrase starting at st, possessor poss) joins its
 * possessor or the subject of "have" to the name right after "to" or
 * "with".  People and groups only ("ties with Russia" is diplomacy), and
 * no fact from "no links", "denied any ties". */
/* Does the name at token tb open the sentence's main clause: first, after
 * "the", after a fronted phrase and its comma with no verb in it ("In
 * 2019, the X", "According to investigators, X"), or right after a verb of
 * saying ("Investigators said the X")?  Can't fail. */
static int opens_clause(const tl_fsent *s, uint32_t tb) {
    uint32_t b = tb;
    if (b > s->sb && tl_fact_w(s, b - 1, "the")) b--;
    if (b == s->sb) return 1;
    if (tl_fact_w(s, b - 1, "that")) b--;
    if (b > s->sb && tl_fact_wl(s, b - 1, WL_SAY)) return 1;
    if (!tl_fact_is(s, b - 1, ",")) return 0;
    for (uint32_t k = s->sb; k + 1 < b; k++)
        if (tl_fact_is_punct(s, k) || (tl_fact_is_verbish(s, k) && !tl_fact_w(s, k, "according"))) return 0;
    return 1;
}

void tl_fact_links_frame(tl_fsent *s, uint32_t i, uint32_t st, int poss) {
    const uint32_t mask = P_ | O_;
    /* "an alliance between X and Y" */
    if (tl_fact_is(s, i + 1, "between") && tl_fact_w(s, i, "alliance|alliances|partnership|pact")) {
        int x = tl_fact_ment_from(s, i + 2, NULL);
        if (x < 0 || s->ms[x].tb > i + 3 || !tl_fact_type_ok(s, x, mask) || !tl_fact_is(s, s->ms[x].te, "and")) return;
        int y = tl_fact_ment_from(s, s->ms[x].te + 1, NULL);
        if (y >= 0 && s->ms[y].tb <= s->ms[x].te + 2 && tl_fact_type_ok(s, y, mask) && s->ms[x].ent != s->ms[y].ent)
            tl_fact_emit(s, TL_ASSOCIATE_OF, x, y, -1, -1, i, 0);
        return;
    }
    if (!tl_fact_w(s, i + 1, "to|with")) return;
    int b = tl_fact_ment_from(s, i + 2, NULL);
    /* "links to the Mexican X cartel": the nationality qualifies the name */
    if (b >= 0 && s->ms[b].type == TL_NORP) {
        int n = tl_fact_ment_at(s, s->ms[b].te);
        b = n >= 0 && s->ms[n].tb == s->ms[b].te ? n : -1;
    }
    if (b < 0 || !tl_fact_type_ok(s, b, mask)) return;
    /* the verb "have" a few words back (the tagger may leave it in the
     * noun phrase: "X has close links") */
    uint32_t hv = i;
    for (uint32_t k = i; k > s->sb && k + 5 > i; k--) {
        if (tl_fact_w(s, k - 1, "have|has|had|having|maintain|maintains|maintained|maintaining|form|forms|formed|"
                                "forming|forge|forges|forged|forging")) { hv = k - 1; break; }
        if (tl_fact_is_punct(s, k - 1) || tl_fact_ment_at(s, k - 1) >= 0) break;
    }
    uint32_t from = hv < i ? hv : st;
    for (uint32_t k = from; k < i; k++)
        if (tl_fact_w(s, k, "no|any|without|possible|denied|deny|denies|not|never")) return;
    if (from > s->sb && tl_fact_w(s, from - 1, "no|any|not|never|without|deny|denies|denied|denying|reject|rejects|"
                                                 "rejected|investigate|investigated|investigating|examine|examined|probe|probed"))
        return;
    int a = poss >= 0 && tl_fact_type_ok(s, poss, mask) ? poss : -1;
    if (a < 0 && hv < i) {
        a = tl_fact_subject(s, hv, mask);
        /* "the men were part of X and had links to Y": a second predicate's
         * subject is the clause's, trusted only when it opens the sentence */
        uint32_t c = hv;
        while (c > s->sb && tl_fact_w(s, c - 1, "is|are|was|were|been|thought|believed|said|to|also|reportedly"))
            c--;
        if (a >= 0 && c > s->sb && tl_fact_w(s, c - 1, "and") && !opens_clause(s, s->ms[a].tb)) a = -1;
    }
    if (a < 0 || s->ms[a].ent == s->ms[b].ent) return;
    tl_fact_emit(s, TL_ASSOCIATE_OF, a, b, -1, -1, i, 0);
}

/* May "linked to", "close to", "works with" at i join its subject to the
 * object o?  Not when the participle modifies an unnamed noun ("a source
 * close to X", "militants linked to X"), when its subject is some of a
 * set ("groups, several of which are aligned with X"), nor when the
 * object only owns the partner ("works with X's finance chief"). */
int tl_fact_associate_surf_ok(const tl_fsent *s, uint32_t i, int o) {
    if (o < 0) return 1;
    if (tl_fact_is(s, s->ms[o].te, "'s") || tl_fact_is(s, s->ms[o].te, "'")) return 0;
    if (i > s->sb && tl_fact_tag(s, i - 1) == TL_POS_NOUN && tl_fact_ment_at(s, i - 1) < 0 &&
        !(s->d->tokens[i - 1].flags & TL_TOK_UPPER))
        return 0;
    for (uint32_t k = i; k > s->sb + 1 && k + 4 > i; k--)
        if (tl_fact_w(s, k - 1, "which|whom") && tl_fact_is(s, k - 2, "of")) return 0;
    return 1;
}

/* "conspired with three traders, X": the person named after the noun. */
int tl_fact_named_after_noun(const tl_fsent *s, uint32_t k) {
    for (uint32_t j = k; j < s->se && j < k + 8; j++) {
        if (tl_fact_is(s, j, ",") && j > k) {
            int p = tl_fact_ment_at(s, j + 1);
            return p >= 0 && s->ms[p].tb == j + 1 && s->ms[p].type == TL_PERSON && !s->ms[p].pron ? p : -1;
        }
        if (tl_fact_ment_at(s, j) >= 0 || tl_fact_is_verbish(s, j) || tl_fact_wl(s, j, WL_PREPS) ||
            tl_fact_wl(s, j, WL_THAT_WHO_WHICH))
            return -1;
    }
    return -1;
}
