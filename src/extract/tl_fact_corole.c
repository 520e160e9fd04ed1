/* tl_fact_corole.c -- role fillers named through a counted plural ("the two leaders"), an age ("the 45-year-old") or a possessed group noun ("his gang"): resolved to the names of the last sentences by number and type, or left alone. */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include <string.h>

/* Nouns that stand for people when counted ("the two leaders", "both
 * suspects"): what an attack, membership or leadership fact takes as its
 * person when the report has just named them. */
static const char *const people_nouns =
    "men|women|leaders|suspects|defendants|brothers|sisters|commanders|militants|gunmen|attackers|assailants|"
    "founders|co-founders|cofounders|hackers|operatives|fugitives|accused|brothers-in-law|associates|partners|"
    "ringleaders|masterminds|officials|executives|sons|daughters";

/* Nouns of an armed or criminal organization that a person's possessive
 * introduces ("his gang", "their militia"). */
static const char *const group_nouns =
    "group|gang|organization|organisation|network|militia|cartel|faction|movement|outfit|syndicate|cell|clan";

/* How many people a counted word stands for: 2 for "two", "both", 3 for
 * "three", 0 for anything else. */
static int count_word(const tl_fsent *s, uint32_t i) {
    if (tl_fact_is(s, i, "two") || tl_fact_is(s, i, "both")) return 2;
    if (tl_fact_is(s, i, "three")) return 3;
    return 0;
}

/* Adds entity e to a set of at most TL_CRL_MAX, no duplicates; returns the
 * new size (an overflow counts as one more, so that "more than n" holds). */
static int add_distinct(int32_t *set, int n, int32_t e) {
    for (int k = 0; k < n && k < TL_CRL_MAX; k++)
        if (set[k] == e) return n;
    if (n < TL_CRL_MAX) set[n] = e;
    return n + 1;
}

/* The distinct named entities of `type` in the sentence before token i,
 * added to set (size n): the new size. */
static int named_before(const tl_fsent *s, uint32_t i, int type, int32_t *set, int n) {
    for (int m = 0; m < s->nm; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->type == type && !x->pron && !x->virt && !x->mod && x->te <= i) n = add_distinct(set, n, x->ent);
    }
    return n;
}

/* The distinct entities of `type` named from token i of this sentence back
 * through the remembered sentences, nearest first, stopping after the
 * first sentence whose names reach `want`: exactly `want` of them fill
 * out (returns want); more ("the two men" after three names), none in the
 * window, or fewer return 0. */
static int antecedents(const tl_fsent *s, const tl_corole *c, uint32_t i, int type, int want, int32_t *out) {
    int32_t set[TL_CRL_MAX];
    int n = named_before(s, i, type, set, 0);
    for (int k = 0; k < c->n && n < want; k++) {
        const tl_crl_sent *p = &c->sent[k];
        if (s->si - p->si > TL_CRL_WINDOW) break;
        const int32_t *ids = type == TL_PERSON ? p->person : p->org;
        int cnt = type == TL_PERSON ? p->n_person : p->n_org;
        for (int q = 0; q < cnt && q < TL_CRL_MAX; q++) n = add_distinct(set, n, ids[q]);
        if (cnt > TL_CRL_MAX) n = want + 1; /* the sentence named more than it kept */
    }
    if (n != want) return 0;
    memcpy(out, set, (size_t)want * sizeof *out);
    return want;
}

/* Binds token i to the group g of n people: the mention stands for the
 * first, emit() repeats the fact for the others.  A sentence holds one
 * group: a second, other group is refused. */
static int bind_group(tl_fsent *s, uint32_t i, const int32_t *g, int n) {
    if (s->nm >= TL_FS_MAXM || n > TL_FS_GROUP) return 0;
    if (s->n_group && (s->n_group != n || memcmp(s->group, g, (size_t)n * sizeof *g) != 0)) return 0;
    memcpy(s->group, g, (size_t)n * sizeof *g);
    s->n_group = n;
    tl_fment *m = &s->ms[s->nm];
    memset(m, 0, sizeof *m);
    m->tb = i; m->te = i + 1; m->ent = g[0]; m->type = TL_PERSON; m->pron = TL_PRON_PLURAL;
    s->at[i - s->sb] = (int16_t)s->nm++;
    return 1;
}

static void bind_one(tl_fsent *s, uint32_t i, int32_t e, int type) {
    if (s->nm >= TL_FS_MAXM) return;
    tl_fment *m = &s->ms[s->nm];
    memset(m, 0, sizeof *m);
    m->tb = i; m->te = i + 1; m->ent = e; m->type = (uint8_t)type; m->pron = 1;
    s->at[i - s->sb] = (int16_t)s->nm++;
}

/* Is token i an age ("45-year-old"), the head of "the 45-year-old"? */
static int age_word(const tl_fsent *s, uint32_t i) {
    uint32_t r = i - s->sb;
    size_t n = s->len[r];
    return n > 9 && s->low[r][0] >= '0' && s->low[r][0] <= '9' && memcmp(s->low[r] + n - 9, "-year-old", 9) == 0;
}

/* The number of people the count word before token i asks for: 0 none,
 * -1 a bare "two" (new people).  See count_word. */
static int counted(const tl_fsent *s, uint32_t i) {
    if (i <= s->sb) return 0;
    int want = count_word(s, i - 1);
    if (!want || tl_fact_is(s, i - 1, "both")) return want;
    return i >= s->sb + 2 && (tl_fact_is(s, i - 2, "the") || tl_fact_is(s, i - 2, "these") || tl_fact_is(s, i - 2, "all"))
               ? want
               : -1;
}

int tl_fact_corole_count_ok(const tl_fsent *s, uint32_t i, int n) {
    int want = counted(s, i);
    return want == 0 || want == n;
}

/* Words that follow a subject standing for people named before ("both
 * were charged", "the three face trial"). */
#define SUBJECT_VERBS                                                                                          \
    "were|are|was|is|have|had|has|face|faced|pleaded|denied|deny|received|will|would|could|now|later|also|remain|" \
    "remained"

void tl_fact_corole_add(tl_fsent *s, const tl_corole *c) {
    /* "Both were charged", "..., and both face life in prison": "both"
     * standing alone as a subject is the two people last named */
    for (uint32_t i = s->sb; i + 1 < s->se; i++) {
        if (!tl_fact_is(s, i, "both") || s->at[i - s->sb] >= 0) continue;
        if (i > s->sb && !tl_fact_is(s, i - 1, ",") && !tl_fact_w(s, i - 1, "and|but|where|after")) continue;
        if (!tl_fact_w(s, i + 1, SUBJECT_VERBS)) continue;
        int32_t g[TL_CRL_MAX];
        if (antecedents(s, c, i, TL_PERSON, 2, g)) bind_group(s, i, g, 2);
    }
    for (uint32_t i = s->sb + 1; i < s->se; i++) {
        if (s->at[i - s->sb] >= 0 || s->len[i - s->sb] < 3) continue;
        /* every form opens with "the", "two", "three", "both" or "his",
         * "her", "their": the previous word picks the one rule to try, and
         * most words are spared the lists */
        uint32_t p = i - 1 - s->sb;
        char c0 = s->low[p][0];
        if (s->len[p] < 3 || s->len[p] > 5 || (c0 != 't' && c0 != 'b' && c0 != 'h')) continue;
        int the = tl_fact_is(s, i - 1, "the");
        /* "the 45-year-old" standing alone (not "the 27-year-old Kuciak"):
         * the one person named in this sentence before it or in the
         * nearest sentence that names any; two there are refused */
        if (the) {
            if (age_word(s, i) &&
                !(i + 1 < s->se && (s->at[i + 1 - s->sb] >= 0 || (s->d->tokens[i + 1].flags & TL_TOK_UPPER)))) {
                int32_t e[1];
                if (antecedents(s, c, i, TL_PERSON, 1, e)) bind_one(s, i, e[0], TL_PERSON);
                continue;
            }
            /* "The three were arrested", "The pair had carried out
             * surveillance of Y": a count standing alone as a subject is
             * as many people last named ("one of the three" is a part of
             * them) */
            /* ("the pair", "the duo": two) */
            int n = tl_fact_w(s, i, "two|pair|duo") ? 2 : tl_fact_is(s, i, "three") ? 3 : tl_fact_is(s, i, "four") ? 4 : 0;
            if (n && n <= TL_CRL_MAX && i + 1 < s->se && tl_fact_w(s, i + 1, SUBJECT_VERBS) &&
                !(i >= s->sb + 2 && tl_fact_is(s, i - 2, "of"))) {
                int32_t g[TL_CRL_MAX];
                if (antecedents(s, c, i, TL_PERSON, n, g)) bind_group(s, i, g, n);
            }
            continue;
        }
        /* "the two leaders", "both suspects", "the three men": as many
         * people as the count, named in this sentence before it or in the
         * nearest sentences that name any; a third name makes the
         * reading unsure, and it is left alone. */
        int want = counted(s, i); /* -1: "two men were seen", new people */
        if (want) {
            /* "one of the two men", "one of the three founders": a part of
             * the group, not all of it */
            uint32_t det = tl_fact_is(s, i - 1, "both") ? i - 1 : i - 2;
            if (want < 0 || (det > s->sb && tl_fact_is(s, det - 1, "of")) || !tl_fact_w(s, i, people_nouns))
                continue;
            int32_t g[TL_CRL_MAX];
            if (antecedents(s, c, i, TL_PERSON, want, g)) bind_group(s, i, g, want);
            continue;
        }
        /* "his gang", "her organization", "their militia": the one
         * organization named in this sentence before it or in the nearest
         * sentences that name one; two such are refused. */
        if ((tl_fact_is(s, i - 1, "his") || tl_fact_is(s, i - 1, "her") || tl_fact_is(s, i - 1, "their")) &&
            tl_fact_w(s, i, group_nouns) && !(i + 1 < s->se && tl_fact_is(s, i + 1, "'s")) &&
            !tl_fact_is(s, i + 1, "of")) {
            int32_t e[1];
            if (antecedents(s, c, i, TL_ORG, 1, e)) bind_one(s, i, e[0], TL_ORG);
        }
    }
}

void tl_fact_corole_note(const tl_fsent *s, tl_corole *c) {
    tl_crl_sent cur = {.si = s->si};
    int32_t p[TL_CRL_MAX + 1], o[TL_CRL_MAX + 1];
    int np = 0, no = 0;
    for (int m = 0; m < s->nm; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->pron || x->virt || x->mod) continue;
        if (x->type == TL_PERSON) np = add_distinct(p, np, x->ent);
        else if (x->type == TL_ORG) no = add_distinct(o, no, x->ent);
    }
    /* a sentence that names nobody keeps the window as it is: the
     * antecedents are "the nearest sentences that name any" */
    if (!np && !no) return;
    cur.n_person = (uint8_t)(np > TL_CRL_MAX ? TL_CRL_MAX + 1 : np);
    cur.n_org = (uint8_t)(no > TL_CRL_MAX ? TL_CRL_MAX + 1 : no);
    memcpy(cur.person, p, (size_t)(np < TL_CRL_MAX ? np : TL_CRL_MAX) * sizeof *p);
    memcpy(cur.org, o, (size_t)(no < TL_CRL_MAX ? no : TL_CRL_MAX) * sizeof *o);
    int keep = c->n < TL_CRL_KEEP ? c->n : TL_CRL_KEEP - 1;
    memmove(c->sent + 1, c->sent, (size_t)keep * sizeof *c->sent);
    c->sent[0] = cur;
    c->n = keep + 1;
}
