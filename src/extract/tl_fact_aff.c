/* tl_fact_aff.c -- affiliation from the dependency tree: a person's role noun tied to an organization is membership, and the head of a part of an organization is its member. */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"
#include <string.h>

/* The parser's word limit (tl_fact_parse parses at most 100 words). */
#define AFF_MAX_WORDS 100
#define AFF_MAX 8 /* persons or organizations one noun is tied to */

/* Is absolute token k in the cue list CUE?  The list's lengths and first
 * letters (data/gen-cues.sh) reject most words before the list is
 * searched: these lists are asked about every word of many sentences. */
static int cue_pre(const tl_fsent *s, uint32_t k, unsigned minl, unsigned maxl, unsigned first) {
    if (k < s->sb || k >= s->se) return 0;
    uint32_t r = k - s->sb;
    unsigned c = (unsigned char)s->low[r][0];
    unsigned b = c >= 'a' && c <= 'z' ? c - 'a' : 26;
    return s->len[r] >= minl && s->len[r] <= maxl && ((first >> b) & 1u);
}
#define CUE_IN(s, k, CUE) (cue_pre((s), (k), CUE##_MINLEN, CUE##_MAXLEN, CUE##_FIRST) && tl_fact_w((s), (k), CUE))

/* A noun of a person's place in a group, or "part" ("were part of"). */
static int role_word(const tl_fsent *s, uint32_t k) {
    uint32_t f = s->d->tokens[k].flags;
    if (!(f & TL_TOK_ALPHA) || (f & TL_TOK_UPPER)) return 0;
    return CUE_IN(s, k, TL_CUE_AFFILIATION_NOUNS) || CUE_IN(s, k, TL_CUE_OCCUPATION_NOUNS) || tl_fact_is(s, k, "part");
}

/* One parsed sentence as this pass reads it. */
typedef struct aff {
    tl_fsent *s;
    int n;
    const int32_t *head;
    const uint8_t *label, *upos;
    int16_t first[AFF_MAX_WORDS], next[AFF_MAX_WORDS]; /* children lists */
    const tl_fact_rels *r; /* the parser's ids (the context's) */
} aff;

static int lab(const aff *a, int i, int l) { return l >= 0 && a->label[i] == l; }

/* Word of relative token i is in the '|'-separated list. */
static int word_in(const aff *a, int i, const char *list) {
    return tl_fact_w(a->s, a->s->sb + (uint32_t)i, list);
}

/* The named mention at relative token i of entity type `type`, or -1
 * (pronouns and "the group" are the frames' business; a name inside a
 * hyphenated modifier, "pro-Hamas", "Iran-backed", says something else). */
static int named(const aff *a, int i, int type) {
    int m = a->s->at[i];
    if (m < 0 || a->s->ms[m].pron || a->s->ms[m].virt || a->s->ms[m].mod || a->s->ms[m].type != type) return -1;
    if (strncmp(a->s->low[i], "pro-", 4) == 0 || strncmp(a->s->low[i], "anti-", 5) == 0) return -1;
    return m;
}

/* A common noun outside any name. */
static int common_noun(const aff *a, int i) { return a->upos[i] == a->r->noun && a->s->at[i] < 0; }

/* Does nominal i carry a case marker of the list ("of", "in")? */
static int has_case(const aff *a, int i, const char *list) {
    for (int c = a->first[i]; c >= 0; c = a->next[c])
        if (lab(a, c, a->r->case_) && word_in(a, c, list)) return 1;
    return 0;
}

static int add(int *out, int n, const tl_fsent *s, int m) {
    if (m < 0 || n >= AFF_MAX) return n;
    for (int k = 0; k < n; k++)
        if (s->ms[out[k]].ent == s->ms[m].ent) return n;
    out[n++] = m;
    return n;
}

/* The organization at token i and those coordinated with it ("in M23 and
 * the Congo River Alliance"). */
static int orgs_from(const aff *a, int i, int *out, int n) {
    n = add(out, n, a->s, named(a, i, TL_ORG));
    for (int c = a->first[i]; c >= 0; c = a->next[c]) {
        if (lab(a, c, a->r->conj)) n = add(out, n, a->s, named(a, c, TL_ORG));
        /* "a lawmaker from the ruling Progress Party": the parser often
         * reads a participle before a name as a noun the name is in
         * apposition to */
        if (lab(a, c, a->r->appos) && common_noun(a, i)) {
            int m = named(a, c, TL_ORG);
            if (m >= 0 && a->s->ms[m].tb == a->s->sb + (uint32_t)i + 1) n = add(out, n, a->s, m);
        }
    }
    return n;
}

/* Is child c of a noun the organization's slot: a modifier ("Y
 * fighter"), a possessor ("Y's aide") or a prepositional phrase ("a
 * figure in Y", "a lawmaker with Y")? */
static int group_slot(const aff *a, int c) {
    return lab(a, c, a->r->compound) || lab(a, c, a->r->nmod_poss) ||
           (lab(a, c, a->r->nmod) && has_case(a, c, "of|in|with|for|at|from|within|inside"));
}

/* The organizations a role noun i names as its group, directly or through
 * a part ("a member of Y's Z faction" is left to the frames; "an official
 * in Y's Jerusalem office" is Y's). */
static int groups(const aff *a, int i, int *out, int n) {
    for (int c = a->first[i]; c >= 0; c = a->next[c]) {
        if (!group_slot(a, c)) continue;
        n = orgs_from(a, c, out, n);
        /* "part of a group called Y": the name the participle gives */
        if (common_noun(a, c) && word_in(a, c, "group|organization|organisation|network|movement|cell|gang|militia"))
            for (int v = a->first[c]; v >= 0; v = a->next[v])
                if (lab(a, v, a->r->acl) && word_in(a, v, "called|named|dubbed|known"))
                    for (int d = a->first[v]; d >= 0; d = a->next[d])
                        if (lab(a, d, a->r->xcomp) || lab(a, d, a->r->obj) || lab(a, d, a->r->obl)) n = orgs_from(a, d, out, n);
        if (common_noun(a, c) && CUE_IN(a->s, a->s->sb + (uint32_t)c, TL_CUE_ORG_PART_NOUNS))
            for (int d = a->first[c]; d >= 0; d = a->next[d])
                if (group_slot(a, d)) n = orgs_from(a, d, out, n);
    }
    return n;
}

/* The person a role noun i describes: by apposition either way ("X, a
 * key figure in Y", "Y's general director, X"), as a title before the
 * name ("Y spokesman X"), through a copula ("X was Y's co-founder") or
 * "as" ("X worked as a Y affiliate"). */
static int holders(const aff *a, int i, int *out, int n) {
    tl_fsent *s = a->s;
    int h = a->head[i];
    if (h >= 0 && (lab(a, i, a->r->appos) || lab(a, i, a->r->compound))) n = add(out, n, s, named(a, h, TL_PERSON));
    int subj = -1, cop = 0, as = has_case(a, i, "as");
    for (int c = a->first[i]; c >= 0; c = a->next[c]) {
        if (lab(a, c, a->r->appos)) n = add(out, n, s, named(a, c, TL_PERSON));
        if (lab(a, c, a->r->cop)) cop = 1;
        if (lab(a, c, a->r->nsubj) || lab(a, c, a->r->nsubj_pass)) subj = c;
    }
    /* "X, who was treasurer of Y": the relative pronoun stands for the
     * name the clause is on */
    if (cop && subj >= 0 && h >= 0 && lab(a, i, a->r->acl_relcl) && word_in(a, subj, "who|that"))
        n = add(out, n, s, named(a, h, TL_PERSON));
    if (cop && subj >= 0) {
        /* "X, 19, and Y, 18, were part of Y": each coordinated subject */
        n = add(out, n, s, named(a, subj, TL_PERSON));
        for (int c = a->first[subj]; c >= 0; c = a->next[c])
            if (lab(a, c, a->r->conj)) n = add(out, n, s, named(a, c, TL_PERSON));
    }
    if (as && h >= 0 && (lab(a, i, a->r->obl) || lab(a, i, a->r->xcomp))) {
        /* "Y designated X as a Hezbollah financier", "X was described as
         * a Y financier": a verb's object, or its passive subject, is what
         * the "as" phrase says; the active subject only where there is no
         * object ("X worked as a Y affiliate") */
        int has_obj = 0;
        for (int c = a->first[h]; c >= 0; c = a->next[c]) has_obj |= lab(a, c, a->r->obj);
        for (int c = a->first[h]; c >= 0; c = a->next[c]) {
            if (!(lab(a, c, a->r->nsubj) && !has_obj) && !lab(a, c, a->r->nsubj_pass) && !lab(a, c, a->r->obj)) continue;
            n = add(out, n, s, named(a, c, TL_PERSON));
            /* "X, who served as treasurer of Y", "X, whom the US
             * designated as a financier of Y" */
            if (a->head[h] >= 0 && lab(a, h, a->r->acl_relcl) && word_in(a, c, "who|whom|that"))
                n = add(out, n, s, named(a, a->head[h], TL_PERSON));
        }
    }
    return n;
}

/* Has a candidate of the sentence (index < nc) joined entities ea and eb
 * as member or leader? */
static int joined(const tl_fsent *s, int nc, int32_t ea, int32_t eb) {
    for (int k = 0; k < nc; k++) {
        const tl_fcand *c = &s->cands[k];
        if ((c->type != TL_MEMBER_OF && c->type != TL_LEADER_OF) || c->m[0] < 0 || c->m[1] < 0) continue;
        if (s->ms[c->m[0]].ent == ea && s->ms[c->m[1]].ent == eb) return 1;
    }
    return 0;
}

/* Is absolute token k a word of "secretary general", "director general"
 * (either: the parser heads the pair with either): the head of the body,
 * not a general in it?  Can't fail. */
static int general_head(const tl_fsent *s, uint32_t k) {
    if (k > s->sb && tl_fact_is(s, k, "general") && tl_fact_w(s, k - 1, "secretary|director")) return 1;
    return k + 1 < s->se && tl_fact_w(s, k, "secretary|director") && tl_fact_is(s, k + 1, "general");
}

/* Is a verb of harm the tagger may have missed between tokens lo and hi
 * ("Two members of the cartel shot journalist X": the parser hangs the
 * body on the job noun through "shot")?  Can't fail. */
static int harm_verb_between(const tl_fsent *s, uint32_t lo, uint32_t hi) {
    for (uint32_t k = lo; k < hi && k < s->se; k++)
        if (tl_fact_w(s, k, TL_FACT_HARM_VERBS)) return 1;
    return 0;
}

/* "X, a key figure in M23 and the Congo River Alliance", "a judge and
 * former lawmaker with Y", "X worked as a Y affiliate": every person a
 * role noun describes is a member of every organization it names.  A noun
 * coordinated with another ("a judge and former lawmaker") shares the
 * other's person and groups. */
static void role_nouns(const aff *a, int nc) {
    tl_fsent *s = a->s;
    for (int i = 0; i < a->n; i++) {
        /* "part": "X and Y were part of a group called Z" */
        if (!common_noun(a, i) || !role_word(s, s->sb + (uint32_t)i)) continue;
        int hs[AFF_MAX], gs[AFF_MAX];
        int nh = holders(a, i, hs, 0), ng = groups(a, i, gs, 0);
        int h = a->head[i];
        if (h >= 0 && lab(a, i, a->r->conj) && a->upos[h] == a->r->noun) {
            nh = holders(a, h, hs, nh);
            ng = groups(a, h, gs, ng);
        }
        for (int c = a->first[i]; c >= 0; c = a->next[c])
            if (lab(a, c, a->r->conj) && common_noun(a, c)) ng = groups(a, c, gs, ng);
        /* "the group's secretary general", "director general of Y": the
         * head of the body (the hyphenated "secretary-general" is the
         * lexicon's leader noun) */
        uint32_t w = s->sb + (uint32_t)i;
        /* "a Hezbollah financier" funds the body: support, not membership
         * (SPEC: SUPPORTS "funds, finances") */
        int type = general_head(s, w) ? TL_LEADER_OF : tl_fact_is(s, w, "financier") ? TL_SUPPORTS : TL_MEMBER_OF;
        /* "X, the group's secretary general": the head's body may be a
         * description or "its" the frames resolved (a member noun's is
         * left to the frames) */
        /* (the apposition read from the words where the parser missed
         * it: "X, the group's secretary general,") */
        if (type == TL_LEADER_OF && !nh)
            for (uint32_t k = w; k > s->sb + 1 && k + 6 > w; k--)
                if (tl_fact_is(s, k - 1, ",")) {
                    int p = tl_fact_ment_ending(s, k - 2);
                    if (p >= 0 && !s->ms[p].pron && s->ms[p].type == TL_PERSON) hs[nh++] = p;
                    break;
                }
        if (type == TL_LEADER_OF && !ng)
            for (int c = a->first[i]; c >= 0 && !ng; c = a->next[c]) {
                int m = lab(a, c, a->r->nmod_poss) ? s->at[c] : -1;
                if (m >= 0 && s->ms[m].pron && s->ms[m].type == TL_ORG) gs[ng++] = m;
            }
        /* background: the relation is stated inside a noun phrase; not
         * what a verb calls someone ("designated X as a Y financier": the
         * modality reads the verb) */
        s->np = !has_case(a, i, "as");
        for (int x = 0; x < nh; x++)
            for (int y = 0; y < ng; y++) {
                if (joined(s, nc, s->ms[hs[x]].ent, s->ms[gs[y]].ent)) continue;
                if (harm_verb_between(s, s->ms[gs[y]].te, w)) continue;
                tl_fact_emit(s, type, hs[x], gs[y], -1, -1, w, 0);
            }
        s->np = 0;
    }
}

/* Does token c (a child of the office word) hold the group's mention g
 * through a possessor, a modifier or "of" ("Hezbollah's coastal sector")? */
static int holds(const aff *a, int c, int g) {
    for (int d = a->first[c]; d >= 0; d = a->next[d])
        if ((lab(a, d, a->r->nmod_poss) || lab(a, d, a->r->compound) || lab(a, d, a->r->amod) ||
             (lab(a, d, a->r->nmod) && has_case(a, d, "of"))) &&
            a->s->at[d] >= 0 && a->s->ms[a->s->at[d]].ent == a->s->ms[g].ent)
            return 1;
    return 0;
}

/* Does the office word i (leading group mention g) lead only a part of
 * the group?  Sets *org to an organization that owns the office when the
 * frames took a place for the group ("Y's Karachi leader"). */
/* Is word c the noun of a body that rules the whole group: "politburo",
 * "political bureau", "central committee", "shura council"?  Can't
 * fail. */
static int ruling_organ(const aff *a, int c) {
    uint32_t k = a->s->sb + (uint32_t)c;
    if (tl_fact_is(a->s, k, "politburo")) return 1;
    return k > a->s->sb && tl_fact_w(a->s, k, "bureau|office|committee|council|shura") &&
           tl_fact_w(a->s, k - 1, "political|central|shura|leadership|ruling|governing");
}

static int heads_part(const aff *a, int i, int g, int *org) {
    *org = -1;
    /* the group named on the office word itself ("Y's", "Y") */
    int own = 0;
    for (int c = a->first[i]; c >= 0; c = a->next[c])
        own |= (lab(a, c, a->r->nmod_poss) || lab(a, c, a->r->compound)) && a->s->at[c] >= 0 &&
               a->s->ms[a->s->at[c]].ent == a->s->ms[g].ent;
    for (int c = a->first[i]; c >= 0; c = a->next[c]) {
        /* "director for international relations": a portfolio */
        if (lab(a, c, a->r->nmod) && common_noun(a, c) && has_case(a, c, "for")) return 1;
        /* "Y's head of security": a portfolio too, when the group is Y */
        if (own && lab(a, c, a->r->nmod) && common_noun(a, c) && has_case(a, c, "of") && !holds(a, c, g) &&
            !tl_fact_wl(a->s, a->s->sb + (uint32_t)c, WL_GROUP_MOVEMENT_ORGANIZATION_ETC))
            return 1;
        /* "Y's procurement director"; not "the Labour party leader", nor
         * "Y's political bureau chief" (the ruling organ's head leads Y) */
        if (lab(a, c, a->r->compound) && common_noun(a, c) && !holds(a, c, g) &&
            !tl_fact_wl(a->s, a->s->sb + (uint32_t)c, WL_GROUP_MOVEMENT_ORGANIZATION_ETC) && !ruling_organ(a, c) &&
            /* ("Y's longtime leader", "Y's top commander": a word of time
             * or rank the parser took for a noun names no portfolio) */
            !word_in(a, c, "longtime|long-time|longstanding|onetime|one-time|interim|acting|overall|supreme|founding|"
                           "top"))
            return 1;
        /* "fellow Y commander": one of several */
        if ((lab(a, c, a->r->amod) || lab(a, c, a->r->compound)) && word_in(a, c, "fellow")) return 1;
        /* "commander of Y's coastal sector", "heads Y's Jerusalem office" */
        if (((lab(a, c, a->r->nmod) && has_case(a, c, "of")) || lab(a, c, a->r->obj)) && common_noun(a, c) &&
            CUE_IN(a->s, a->s->sb + (uint32_t)c, TL_CUE_ORG_PART_NOUNS) && holds(a, c, g) && !ruling_organ(a, c))
            return 1;
    }
    /* "Y's Karachi leader": a place names where the part is; the frames
     * may have taken the place, or the owner, for the group */
    int place = 0;
    for (int c = a->first[i]; c >= 0; c = a->next[c]) {
        if (lab(a, c, a->r->compound) && named(a, c, TL_GPE) >= 0) place = 1;
        if (lab(a, c, a->r->nmod_poss) && named(a, c, TL_ORG) >= 0) *org = named(a, c, TL_ORG);
    }
    if (!place || *org < 0) {
        *org = -1;
        return 0;
    }
    if (a->s->ms[g].type != TL_GPE) *org = -1;
    return 1;
}

/* "Y's general director A, B and C": one office word, singular, before a
 * list of names names its holder first; the others are named with the
 * group, as its members (one leader per office).  The frames gave each
 * the office. */
static void listed_leaders(tl_fsent *s, int nc) {
    for (int k = 0; k < nc; k++) {
        tl_fcand *c = &s->cands[k];
        if (c->type != TL_LEADER_OF || c->m[0] < 0 || c->m[1] < 0 || s->ms[c->m[0]].type != TL_PERSON) continue;
        if (!tl_fact_w(s, c->trig, TL_CUE_LEADER_WORDS)) continue;
        /* the holder nearest the office word among the candidates of the same office and group */
        uint32_t d = s->ms[c->m[0]].tb > c->trig ? s->ms[c->m[0]].tb - c->trig : c->trig - s->ms[c->m[0]].tb;
        for (int j = 0; j < nc; j++) {
            const tl_fcand *o = &s->cands[j];
            if (j == k || o->trig != c->trig || o->m[0] < 0 || o->m[1] < 0 || s->ms[o->m[1]].ent != s->ms[c->m[1]].ent ||
                s->ms[o->m[0]].ent == s->ms[c->m[0]].ent || (o->type != TL_LEADER_OF && o->type != TL_MEMBER_OF))
                continue;
            uint32_t e = s->ms[o->m[0]].tb > o->trig ? s->ms[o->m[0]].tb - o->trig : o->trig - s->ms[o->m[0]].tb;
            if (e < d) {
                c->type = TL_MEMBER_OF;
                break;
            }
        }
    }
}

/* The frames' leaders of a part become members of the whole. */
static void part_leaders(const aff *a, int nc) {
    tl_fsent *s = a->s;
    for (int k = 0; k < nc; k++) {
        tl_fcand *c = &s->cands[k];
        if (c->type != TL_LEADER_OF || c->m[0] < 0 || c->m[1] < 0 || s->ms[c->m[0]].type != TL_PERSON) continue;
        if (c->trig < s->sb || c->trig >= s->sb + (uint32_t)a->n) continue;
        int i = (int)(c->trig - s->sb), org;
        if (!CUE_IN(a->s, a->s->sb + (uint32_t)i, TL_CUE_LEADER_WORDS) || !heads_part(a, i, c->m[1], &org)) continue;
        c->type = TL_MEMBER_OF;
        if (org >= 0) c->m[1] = org;
    }
}

/* "X, Y's head of security": an office over a part of the group the
 * frames read no leader from is a membership as well. */
static void part_offices(const aff *a, int nc) {
    tl_fsent *s = a->s;
    for (int i = 0; i < a->n; i++) {
        if (!common_noun(a, i) || !CUE_IN(a->s, a->s->sb + (uint32_t)i, TL_CUE_LEADER_WORDS)) continue;
        for (int c = a->first[i]; c >= 0; c = a->next[c]) {
            int g = (lab(a, c, a->r->nmod_poss) || lab(a, c, a->r->compound)) ? named(a, c, TL_ORG) : -1, org;
            if (g < 0 || !heads_part(a, i, g, &org)) continue;
            int hs[AFF_MAX];
            int nh = holders(a, i, hs, 0);
            s->np = 1;
            for (int x = 0; x < nh; x++)
                if (!joined(s, nc, s->ms[hs[x]].ent, s->ms[g].ent))
                    tl_fact_emit(s, TL_MEMBER_OF, hs[x], g, -1, -1, s->sb + (uint32_t)i, 0);
            s->np = 0;
        }
    }
}

/* Is absolute token k a capitalized word of a title ("Deputy", "Press",
 * "Secretary", "Colonel")? */
static int title_word(const tl_fsent *s, uint32_t k) {
    const tl_token *tk = &s->d->tokens[k];
    if (!(tk->flags & TL_TOK_UPPER) || !(tk->flags & TL_TOK_ALPHA) || s->at[k - s->sb] >= 0) return 0;
    return (tl_gaz_lookup_cased(s->g, s->d->text + tk->start, tk->end - tk->start) & TL_GAZ_TITLE) ||
           CUE_IN(s, k, TL_CUE_OFFICE_MODIFIERS) || tl_fact_w(s, k, "press|under");
}

/* "Pentagon Deputy Press Secretary X", "Marine Corps Colonel X": an
 * organization, a chain of capitalized title words ending in a role noun,
 * and the person's name.  Read from the words: the parser takes such
 * chains for names and misattaches them (measured on news-train). */
static void title_chains(tl_fsent *s, int nc) {
    for (int o = 0; o < s->nm; o++) {
        const tl_fment *g = &s->ms[o];
        if (g->type != TL_ORG || g->pron || g->virt || g->mod) continue;
        uint32_t k = g->te, last = 0;
        int n = 0;
        for (; k < s->se && n < 4 && title_word(s, k); k++, n++) last = k;
        if (!n || k >= s->se || !(CUE_IN(s, last, TL_CUE_AFFILIATION_NOUNS) || CUE_IN(s, last, TL_CUE_OCCUPATION_NOUNS)))
            continue;
        int p = s->at[k - s->sb];
        if (p < 0 || s->ms[p].tb != k || s->ms[p].pron || s->ms[p].type != TL_PERSON) continue;
        if (joined(s, nc, s->ms[p].ent, g->ent)) continue;
        s->np = 1;
        tl_fact_emit(s, general_head(s, last) ? TL_LEADER_OF : TL_MEMBER_OF, p, o, -1, -1, last, 0);
        s->np = 0;
    }
}

/* "X belonged to Y's Z faction": a member of a part the sentence places
 * in a whole (a PART_OF candidate of its own) is a member of the whole. */
static void member_of_whole(tl_fsent *s) {
    int nc = s->nc;
    for (int k = 0; k < nc; k++) {
        const tl_fcand *c = &s->cands[k];
        if (c->type != TL_MEMBER_OF || c->m[0] < 0 || c->m[1] < 0 || s->ms[c->m[0]].type != TL_PERSON) continue;
        for (int j = 0; j < nc; j++) {
            const tl_fcand *w = &s->cands[j];
            if (w->type != TL_PART_OF || w->m[0] < 0 || w->m[1] < 0 || s->ms[w->m[0]].ent != s->ms[c->m[1]].ent) continue;
            int p = c->m[0], g = w->m[1];
            if (s->ms[g].type != TL_ORG || s->ms[g].ent == s->ms[p].ent || joined(s, s->nc, s->ms[p].ent, s->ms[g].ent)) continue;
            uint8_t np = s->np;
            s->np = c->np;
            tl_fact_emit(s, TL_MEMBER_OF, p, g, -1, -1, c->trig, c->status);
            s->np = np;
        }
    }
}

/* The body named right after "of" at token o ("of Hamas", "of the
 * Wagner Group", "of Russia's FSB"), or -1; not one before "'s" ("X of
 * Hamas's military wing" is of a part).  Can't fail. */
static int of_body(const tl_fsent *s, uint32_t o) {
    uint32_t g0 = tl_fact_is(s, o + 1, "the") ? o + 2 : o + 1;
    int g = g0 < s->se ? tl_fact_ment_at(s, g0) : -1;
    if (g >= 0 && s->ms[g].tb == g0 && s->ms[g].type == TL_GPE && tl_fact_is(s, s->ms[g].te, "'s")) {
        g0 = s->ms[g].te + 1;
        g = g0 < s->se ? tl_fact_ment_at(s, g0) : -1;
    }
    if (g < 0 || s->ms[g].tb != g0 || s->ms[g].type != TL_ORG || s->ms[g].pron || s->ms[g].virt) return -1;
    return tl_fact_is(s, s->ms[g].te, "'s") || tl_fact_is(s, s->ms[g].te, "'") ? -1 : g;
}

/* "Hezbollah's X", "X of Hamas said": a person named right after a group
 * and "'s", or right before "of" and a group, is its member (a title
 * between them is the title passes' to read). */
static void name_affiliation(tl_fsent *s) {
    for (int a = 0; a < s->nm; a++) {
        const tl_fment *x = &s->ms[a];
        if (x->virt || x->pron || x->te + 1 >= s->se) continue;
        uint32_t k = x->te;
        if (x->type == TL_ORG && (tl_fact_is(s, k, "'s") || tl_fact_is(s, k, "'"))) {
            int b = tl_fact_ment_at(s, k + 1);
            if (b >= 0 && s->ms[b].tb == k + 1 && s->ms[b].type == TL_PERSON && !s->ms[b].pron &&
                s->ms[b].ent != x->ent)
                tl_fact_emit(s, TL_MEMBER_OF, b, a, -1, -1, k, 0);
        } else if (x->type == TL_PERSON && (tl_fact_is(s, k, "of") || (tl_fact_is(s, k, ",") && tl_fact_is(s, k + 1, "of")))) {
            /* "X, of the Wagner Group, was captured": the aside must close */
            int aside = tl_fact_is(s, k, ",");
            uint32_t o = aside ? k + 1 : k;
            int g = of_body(s, o);
            if (g < 0 || s->ms[g].ent == x->ent) continue;
            if (aside && s->ms[g].te < s->se && !tl_fact_is(s, s->ms[g].te, ",") && !tl_fact_is_punct(s, s->ms[g].te))
                continue;
            tl_fact_emit(s, TL_MEMBER_OF, a, g, -1, -1, o, 0);
            /* "X, Y and Z of Hamas": the names listed before share the
             * body (a name with its own "of" ends the list: "X of Fatah
             * and Y of Hamas", as does one after "of") */
            uint32_t j = x->tb;
            int and_seen = 0;
            while (j > s->sb + 1) {
                int sep_and = tl_fact_is(s, j - 1, "and");
                if (!sep_and && !tl_fact_is(s, j - 1, ",")) break;
                if (!sep_and && !and_seen) break; /* "Hamas's chief, X of Y": no list */
                and_seen |= sep_and;
                int b = tl_fact_ment_ending(s, j - 2);
                if (b < 0 || s->ms[b].pron || s->ms[b].virt || s->ms[b].type != TL_PERSON || s->ms[b].ent == s->ms[g].ent)
                    break;
                /* "Y of Harvard and X of Columbia": a body's name is no
                 * listed person */
                if (s->ms[b].tb > s->sb && tl_fact_is(s, s->ms[b].tb - 1, "of")) break;
                tl_fact_emit(s, TL_MEMBER_OF, b, g, -1, -1, o, 0);
                j = s->ms[b].tb;
            }
        }
    }
}

/* Can a leader candidate at office word t lead a part: a word after it
 * ("for", "of"), a noun or a place before it ("procurement director",
 * "Karachi leader", "fellow"), or a verb ("heads Y's office")?  Read from
 * the words, so that most leaders cost no parse. */
static int part_signal(const tl_fsent *s, uint32_t t) {
    if (tl_fact_w(s, t + 1, "for|of") || tl_fact_w(s, t, "heads|leads|commands|runs")) return 1;
    if (t <= s->sb) return 0;
    int m = s->at[t - 1 - s->sb];
    if (m >= 0) return s->ms[m].type == TL_GPE;
    return tl_fact_tag(s, t - 1) == TL_POS_NOUN || tl_fact_is(s, t - 1, "fellow");
}

/* Is the sentence worth a parse for this pass: a person and an
 * organization that no candidate joins as member or leader, and a role
 * noun; or a leader candidate that may lead only a part. */
static int worth(const tl_fsent *s) {
    for (int k = 0; k < s->nc; k++)
        if (s->cands[k].type == TL_LEADER_OF && part_signal(s, s->cands[k].trig)) return 1;
    int open = 0;
    for (int p = 0; p < s->nm && !open; p++) {
        const tl_fment *x = &s->ms[p];
        if (x->pron || x->virt || x->type != TL_PERSON) continue;
        for (int o = 0; o < s->nm && !open; o++) {
            const tl_fment *y = &s->ms[o];
            if (!y->pron && !y->virt && !y->mod && y->type == TL_ORG && !joined(s, s->nc, x->ent, y->ent)) open = 1;
        }
    }
    if (!open) {
        /* "X, the group's secretary general": a body's head whose body is
         * a description (role_nouns) */
        int person = 0, body = 0;
        for (int p = 0; p < s->nm; p++) {
            person |= !s->ms[p].pron && s->ms[p].type == TL_PERSON;
            body |= s->ms[p].pron && s->ms[p].type == TL_ORG;
        }
        if (!person || !body) return 0;
        for (uint32_t k = s->sb + 1; k < s->se; k++)
            if (general_head(s, k)) return 1;
        return 0;
    }
    for (uint32_t k = s->sb; k < s->se; k++)
        if (s->at[k - s->sb] < 0 && (role_word(s, k) || CUE_IN(s, k, TL_CUE_LEADER_WORDS)))
            return 1;
    return 0;
}

int tl_fact_aff(tl_fsent *s) {
    name_affiliation(s);
    title_chains(s, s->nc);
    listed_leaders(s, s->nc);
    if (s->se - s->sb > AFF_MAX_WORDS || !worth(s)) {
        member_of_whole(s);
        return 0;
    }
    int p = tl_fact_parse(s);
    if (p <= 0) {
        member_of_whole(s);
        return p;
    }
    const tl_fact_rels *r = &s->c->dep_rels; /* looked up when the parser loaded */
    aff a;
    a.r = r;
    a.s = s;
    a.n = (int)s->dt.n;
    a.head = s->dt.head;
    a.label = s->dt.label;
    a.upos = s->dt.upos;
    if (a.n > AFF_MAX_WORDS) return 0;
    tl_fact_children(a.head, a.n, a.first, a.next);
    int nc = s->nc;
    part_leaders(&a, nc);
    role_nouns(&a, nc);
    part_offices(&a, nc);
    member_of_whole(s);
    return 0;
}
