/* tl_fact_org.c -- leadership, founding and part-of facts from the shapes the trigger frames miss: taking over, launching, operating under, part nouns tied by apposition or possessor, coordinated titles. */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"
#include <string.h>

/* The parser's word limit (tl_fact_parse parses at most 100 words). */
#define ORG_MAX_WORDS 100
#define ORG_MAX 8 /* names one nominal may stand for */

/* Is absolute token k in the cue list CUE?  The list's lengths and first
 * letters (data/gen-cues.sh) reject most words before the list is
 * searched: worth() asks about every word of many sentences. */
static int cue_pre(const tl_fsent *s, uint32_t k, unsigned minl, unsigned maxl, unsigned first) {
    if (k < s->sb || k >= s->se) return 0;
    uint32_t r = k - s->sb;
    unsigned c = (unsigned char)s->low[r][0];
    unsigned b = c >= 'a' && c <= 'z' ? c - 'a' : 26;
    return s->len[r] >= minl && s->len[r] <= maxl && ((first >> b) & 1u);
}
#define CUE_IN(s, k, CUE) (cue_pre((s), (k), CUE##_MINLEN, CUE##_MAXLEN, CUE##_FIRST) && tl_fact_w((s), (k), CUE))

/* One parsed sentence as this pass reads it. */
typedef struct org {
    tl_fsent *s;
    int n, nc; /* words; candidates from before this pass */
    const int32_t *head;
    const uint8_t *label, *upos;
    int16_t first[ORG_MAX_WORDS], next[ORG_MAX_WORDS]; /* children lists */
    const tl_fact_rels *r; /* the parser's ids (the context's) */
} org;

static int lab(const org *a, int i, int l) { return l >= 0 && a->label[i] == l; }

/* Is relative token i in the cue list (the macro's prefilter first)? */
#define WORD_CUE(a, i, CUE)                                                                          \
    (cue_pre((a)->s, (a)->s->sb + (uint32_t)(i), CUE##_MINLEN, CUE##_MAXLEN, CUE##_FIRST) &&           \
     tl_fact_w((a)->s, (a)->s->sb + (uint32_t)(i), CUE))

static int word_in(const org *a, int i, const char *list) {
    return tl_fact_w(a->s, a->s->sb + (uint32_t)i, list);
}

static int child(const org *a, int i, int l) {
    for (int c = a->first[i]; c >= 0; c = a->next[c])
        if (lab(a, c, l)) return c;
    return -1;
}

static int has_case(const org *a, int i, const char *list) {
    for (int c = a->first[i]; c >= 0; c = a->next[c])
        if (lab(a, c, a->r->case_) && word_in(a, c, list)) return 1;
    return 0;
}

/* The argument mention at relative token i: a name or a resolved pronoun
 * (not a possessive "his", not a name inside "Iran-backed"), or -1. */
static int arg_at(const org *a, int i) {
    int m = tl_fact_ment_at(a->s, a->s->sb + (uint32_t)i);
    if (m < 0 || a->s->ms[m].virt || a->s->ms[m].mod) return -1;
    return m;
}

static int add(const tl_fsent *s, int *out, int n, int m) {
    if (m < 0 || n >= ORG_MAX) return n;
    for (int k = 0; k < n; k++)
        if (s->ms[out[k]].ent == s->ms[m].ent) return n;
    out[n++] = m;
    return n;
}

/* The names nominal i stands for: its own and those coordinated with it
 * ("Storm, Semenov and Pertsev launched Y"). */
static int names(const org *a, int i, int *out, int n) {
    if (i < 0) return n;
    n = add(a->s, out, n, arg_at(a, i));
    for (int c = a->first[i]; c >= 0; c = a->next[c])
        if (lab(a, c, a->r->conj)) n = add(a->s, out, n, arg_at(a, c));
    return n;
}

/* The subject of verb v: its own, the noun a relative clause modifies
 * ("X, who took over Y"), or the subject (active or passive) of the
 * verb it is coordinated with ("X was released and took over Y").  -1 when none. */
static int subject_of(const org *a, int v) {
    int sj = child(a, v, a->r->nsubj), h = a->head[v];
    if (sj >= 0 && lab(a, v, a->r->acl_relcl) && h >= 0 && word_in(a, sj, "who|which|that")) return h;
    if (sj >= 0) return sj;
    if (h >= 0 && lab(a, v, a->r->conj)) {
        /* "X was released and took over Y": a passive head's subject too */
        int x = child(a, h, a->r->nsubj);
        return x >= 0 ? x : child(a, h, a->r->nsubj_pass);
    }
    return -1;
}

/* Has a candidate from before this pass joined the entities of mentions
 * x and y with `type` (either way), or, for a leader, as member? */
static int joined(const org *a, int type, int x, int y) {
    const tl_fsent *s = a->s;
    int32_t ex = s->ms[x].ent, ey = s->ms[y].ent;
    for (int k = 0; k < a->nc; k++) {
        const tl_fcand *c = &s->cands[k];
        if (c->m[0] < 0 || c->m[1] < 0) continue;
        if (c->type != type && !(type == TL_LEADER_OF && c->type == TL_MEMBER_OF)) continue;
        int32_t e0 = s->ms[c->m[0]].ent, e1 = s->ms[c->m[1]].ent;
        if ((e0 == ex && e1 == ey) || (e0 == ey && e1 == ex)) return 1;
    }
    return 0;
}

/* Emits type(x, y) for every pair of the two lists no candidate joined;
 * np marks facts a noun phrase states (background). */
static void emit_pairs(org *a, int type, const int *xs, int nx, const int *ys, int ny, int trig, int np) {
    tl_fsent *s = a->s;
    for (int i = 0; i < nx; i++)
        for (int j = 0; j < ny; j++) {
            if (s->ms[xs[i]].ent == s->ms[ys[j]].ent || joined(a, type, xs[i], ys[j])) continue;
            uint8_t keep = s->np;
            s->np = (uint8_t)np;
            tl_fact_emit(s, type, xs[i], ys[j], -1, -1, s->sb + (uint32_t)trig, 0);
            s->np = keep;
        }
}

/* The group a leadership noun i ("the helm", "command") names with "of":
 * "took the helm of Y".  Adds its names. */
static int of_names(const org *a, int i, int *out, int n) {
    for (int c = a->first[i]; c >= 0; c = a->next[c])
        if (lab(a, c, a->r->nmod) && has_case(a, c, "of")) n = names(a, c, out, n);
    return n;
}

/* "X took over Y", "X, who took over Y in 2019", "X assumed command of
 * Y", "X took the helm of Y": the subject leads the group. */
static void take_charge(org *a, int v) {
    if (a->upos[v] != a->r->verb || !WORD_CUE(a, v, TL_CUE_TAKE_CHARGE_VERBS)) return;
    int gs[ORG_MAX], ls[ORG_MAX], ng = 0;
    int o = child(a, v, a->r->obj), prt = child(a, v, a->r->prt);
    if (prt >= 0 && word_in(a, prt, "over")) {
        /* "took over Y": the group itself is the object (a leadership
         * noun: "took over command of Y") */
        if (o >= 0) ng = WORD_CUE(a, o, TL_CUE_LEADERSHIP_NOUNS) ? of_names(a, o, gs, 0) : names(a, o, gs, 0);
    } else if (o >= 0 && a->s->at[o] < 0 && WORD_CUE(a, o, TL_CUE_LEADERSHIP_NOUNS)) {
        ng = of_names(a, o, gs, 0);
    } else if (v + 1 < a->n && word_in(a, v + 1, "over") && lab(a, v + 1, a->r->case_)) {
        /* the parser may read "over" right after the verb as a
         * preposition: "took over the Red Hand" with "the Red Hand" an
         * oblique */
        int g = a->head[v + 1];
        if (g < 0 || a->head[g] != v || !lab(a, g, a->r->obl)) return;
        ng = WORD_CUE(a, g, TL_CUE_LEADERSHIP_NOUNS) ? of_names(a, g, gs, 0) : names(a, g, gs, 0);
    } else {
        /* the parser may hang "of Y" on the verb: "assumed command of Y" */
        return;
    }
    if (!ng) return;
    int nl = names(a, subject_of(a, v), ls, 0);
    emit_pairs(a, TL_LEADER_OF, ls, nl, gs, ng, v, 0);
}

/* "under X's leadership, Y ...", "Y, under the command of X, ...": the
 * person leads the group the phrase's verb or noun is said of. */
static void under_leadership(org *a, int i) {
    if (a->upos[i] != a->r->noun || a->s->at[i] >= 0 || !WORD_CUE(a, i, TL_CUE_LEADERSHIP_NOUNS) || !has_case(a, i, "under"))
        return;
    int ls[ORG_MAX], gs[ORG_MAX], nl = 0, ng = 0;
    for (int c = a->first[i]; c >= 0; c = a->next[c])
        if (lab(a, c, a->r->nmod_poss) || (lab(a, c, a->r->nmod) && has_case(a, c, "of"))) nl = names(a, c, ls, nl);
    int h = a->head[i];
    if (!nl || h < 0) return;
    if (a->upos[h] == a->r->verb) ng = names(a, subject_of(a, h), gs, 0);
    else ng = names(a, h, gs, 0);
    /* a person under another's command is a subordinate, not a group */
    int k = 0;
    for (int j = 0; j < ng; j++)
        if (a->s->ms[gs[j]].type == TL_ORG) gs[k++] = gs[j];
    emit_pairs(a, TL_LEADER_OF, ls, nl, gs, k, i, 0);
}

/* "X launched Y in 2019", "X started Y": founding, when the object is an
 * organization (emit checks the types: "launched an attack" names none). */
static void launch(org *a, int v) {
    if (a->upos[v] != a->r->verb || !WORD_CUE(a, v, TL_CUE_FOUNDING_VERBS)) return;
    int o = child(a, v, a->r->obj);
    if (o < 0 || child(a, v, a->r->prt) >= 0) return;
    int gs[ORG_MAX], fs[ORG_MAX];
    int ng = 0, nf = names(a, subject_of(a, v), fs, 0);
    int tmp[ORG_MAX], nt = names(a, o, tmp, 0);
    for (int k = 0; k < nt; k++)
        if (a->s->ms[tmp[k]].type == TL_ORG) gs[ng++] = tmp[k];
    emit_pairs(a, TL_FOUNDED, fs, nf, gs, ng, v, 0);
}

/* "X operates under Y", "X falls under the umbrella of Y": X is part of Y. */
static void operate_under(org *a, int v) {
    if (a->upos[v] != a->r->verb || !WORD_CUE(a, v, TL_CUE_OPERATE_UNDER_VERBS)) return;
    int ws[ORG_MAX], ps[ORG_MAX], nw = 0;
    for (int c = a->first[v]; c >= 0; c = a->next[c]) {
        if (!lab(a, c, a->r->obl) || !has_case(a, c, "under")) continue;
        nw = a->s->at[c] >= 0 ? names(a, c, ws, nw) : of_names(a, c, ws, nw); /* "the umbrella of Y" */
    }
    if (!nw) return;
    int np = names(a, subject_of(a, v), ps, 0);
    emit_pairs(a, TL_PART_OF, ps, np, ws, nw, v, 0);
}

/* "Y comprises A and B", "Y includes A", "Y is made up of A and B", "Y
 * consists of A", "A and B make up Y": between organizations, A and B
 * are parts of Y.  A subject that includes something somewhere ("the FBI
 * included X on its list") is left alone. */
static void composed_of(org *a, int v) {
    if (a->upos[v] != a->r->verb) return;
    int ws[ORG_MAX], ps[ORG_MAX], nw = 0, np = 0;
    if (word_in(a, v, "comprise|comprises|comprised|include|includes|encompass|encompasses")) {
        if (child(a, v, a->r->aux_pass) >= 0 || child(a, v, a->r->obl) >= 0) return;
        /* (not "the charges include X") */
        int sj = child(a, v, a->r->nsubj);
        if (sj < 0 || arg_at(a, sj) < 0) return;
        nw = names(a, sj, ws, 0);
        np = names(a, child(a, v, a->r->obj), ps, 0);
    } else if (word_in(a, v, "made|composed|consists|consisted|consist|consisting")) {
        int of = -1;
        for (int c = a->first[v]; c >= 0; c = a->next[c]) {
            if (lab(a, c, a->r->obl) && has_case(a, c, "of")) of = c;
            /* ("made up mainly of Y": the parser may hang it on the adverb) */
            if (a->upos[c] == a->r->adv)
                for (int g = a->first[c]; g >= 0; g = a->next[g])
                    if (lab(a, g, a->r->obl) && has_case(a, g, "of")) of = g;
        }
        if (of < 0) return;
        /* "made" only as "made up of" */
        if (word_in(a, v, "made") && (child(a, v, a->r->prt) < 0 || !word_in(a, child(a, v, a->r->prt), "up"))) return;
        int sj = child(a, v, a->r->nsubj_pass);
        if (sj < 0) sj = child(a, v, a->r->nsubj);
        if (sj < 0 || arg_at(a, sj) < 0) return;
        nw = names(a, sj, ws, 0);
        np = names(a, of, ps, 0);
    } else if (word_in(a, v, "make|makes|made") && child(a, v, a->r->prt) >= 0 &&
               word_in(a, child(a, v, a->r->prt), "up") && child(a, v, a->r->aux_pass) < 0) {
        np = names(a, child(a, v, a->r->nsubj), ps, 0);
        int o = child(a, v, a->r->obj);
        /* "A and B make up the core of Y" */
        nw = o >= 0 && arg_at(a, o) < 0 && word_in(a, o, "core|bulk|backbone|majority|heart|most|much")
                 ? of_names(a, o, ws, 0)
                 : names(a, o, ws, 0);
    } else {
        return;
    }
    int k = 0, j = 0;
    for (int x = 0; x < nw; x++)
        if (a->s->ms[ws[x]].type == TL_ORG) ws[k++] = ws[x];
    for (int x = 0; x < np; x++)
        if (a->s->ms[ps[x]].type == TL_ORG) ps[j++] = ps[x];
    if (k != 1) return; /* one whole */
    emit_pairs(a, TL_PART_OF, ps, j, ws, k, v, 0);
}

/* "X owns Y", "Y is owned by X", "Y, owned by X": between two
 * organizations (emit and the filter check), Y is part of X. */
static void ownership(org *a, int v) {
    if (a->upos[v] != a->r->verb || !WORD_CUE(a, v, TL_CUE_OWNERSHIP_VERBS)) return;
    int ws[ORG_MAX], ps[ORG_MAX], nw = 0, np = 0;
    int sp = child(a, v, a->r->nsubj_pass), ag = -1;
    for (int c = a->first[v]; c >= 0; c = a->next[c])
        if ((lab(a, c, a->r->obl_agent) || lab(a, c, a->r->obl)) && has_case(a, c, "by")) ag = c;
    if (ag >= 0) {
        nw = names(a, ag, ws, 0);
        /* "Y is owned by X"; "Y, owned by X" (the participle modifies Y) */
        np = names(a, sp >= 0 ? sp : (lab(a, v, a->r->acl) ? a->head[v] : -1), ps, 0);
    } else if (child(a, v, a->r->aux_pass) < 0 && sp < 0) {
        nw = names(a, subject_of(a, v), ws, 0);
        np = names(a, child(a, v, a->r->obj), ps, 0);
    }
    int k = 0, j = 0;
    for (int x = 0; x < nw; x++)
        if (a->s->ms[ws[x]].type == TL_ORG) ws[k++] = ws[x];
    for (int x = 0; x < np; x++)
        if (a->s->ms[ps[x]].type == TL_ORG) ps[j++] = ps[x];
    emit_pairs(a, TL_PART_OF, ps, j, ws, k, v, 0);
}

/* The names noun i is said of: the name it is in apposition to or that
 * is in apposition to it ("X, the parent of Y"), the subject of its
 * copula ("X is the parent of Y"), or, coordinated in a predicate, the
 * subject of the first noun's copula ("X is a civil servant and former
 * CEO of Y"). */
static int holders(const org *a, int i, int *out, int n) {
    int h = a->head[i];
    if (h >= 0 && lab(a, i, a->r->appos)) n = add(a->s, out, n, arg_at(a, h));
    for (int c = a->first[i]; c >= 0; c = a->next[c]) {
        if (lab(a, c, a->r->appos)) n = names(a, c, out, n);
        if (lab(a, c, a->r->cop)) n = names(a, child(a, i, a->r->nsubj), out, n);
    }
    if (h >= 0 && lab(a, i, a->r->conj) && a->upos[h] == a->r->noun && child(a, h, a->r->cop) >= 0)
        n = names(a, child(a, h, a->r->nsubj), out, n);
    return n;
}

/* "X, the parent of Y", "X is the parent company of Y": Y is part of X. */
static void parent_noun(org *a, int i) {
    tl_fsent *s = a->s;
    if (a->upos[i] != a->r->noun || s->at[i] >= 0 || !WORD_CUE(a, i, TL_CUE_PARENT_NOUNS)) return;
    int ps[ORG_MAX], ws[ORG_MAX], np = 0;
    for (int c = a->first[i]; c >= 0; c = a->next[c])
        if (lab(a, c, a->r->nmod) && has_case(a, c, "of")) np = names(a, c, ps, np);
    /* "the parent company of Y": the compound's head holds the "of" */
    int h = a->head[i];
    if (!np && h >= 0 && lab(a, i, a->r->compound)) {
        for (int c = a->first[h]; c >= 0; c = a->next[c])
            if (lab(a, c, a->r->nmod) && has_case(a, c, "of")) np = names(a, c, ps, np);
        i = h;
    }
    if (!np) return;
    int nw = holders(a, i, ws, 0), k = 0, j = 0;
    for (int x = 0; x < nw; x++)
        if (s->ms[ws[x]].type == TL_ORG) ws[k++] = ws[x];
    for (int x = 0; x < np; x++)
        if (s->ms[ps[x]].type == TL_ORG) ps[j++] = ps[x];
    emit_pairs(a, TL_PART_OF, ps, j, ws, k, i, 1);
}

/* The type of the relational-noun frame of absolute token k (LEADER_OF,
 * FOUNDED, MEMBER_OF), or -1. */
static int title_type(const tl_fsent *s, uint32_t k);

/* A leader's or founder's title the tree frames leave without its holder:
 * coordinated in a predicate ("X is a civil servant and former CEO of
 * Y"), or the subject of a copula whose predicate is the name ("The
 * first leader of Y was X").  The group: "of Y" or "Y's". */
static void title_holder(org *a, int i) {
    tl_fsent *s = a->s;
    /* a capitalized title ("the Premier of Y") may be tagged a proper noun */
    if (a->upos[i] != a->r->noun && a->upos[i] != a->r->propn) return;
    int ty = title_type(s, s->sb + (uint32_t)i);
    if (ty != TL_LEADER_OF && ty != TL_FOUNDED) return;
    int hs[ORG_MAX], gs[ORG_MAX], nh = 0, ng = 0, h = a->head[i];
    if (!s->is_trig[i]) {
        /* no frame reads the word: its holder by apposition or copula too
         * ("X, the Premier of Y") */
        nh = holders(a, i, hs, 0);
    } else if (h >= 0 && lab(a, i, a->r->conj) && a->upos[h] == a->r->noun && child(a, h, a->r->cop) >= 0 &&
        child(a, i, a->r->cop) < 0)
        nh = names(a, child(a, h, a->r->nsubj), hs, 0);
    else if (h >= 0 && lab(a, i, a->r->nsubj) && child(a, h, a->r->cop) >= 0 && arg_at(a, h) >= 0)
        nh = names(a, h, hs, 0);
    if (!nh) return;
    for (int c = a->first[i]; c >= 0; c = a->next[c])
        if (lab(a, c, a->r->nmod_poss) || (lab(a, c, a->r->nmod) && has_case(a, c, "of"))) ng = names(a, c, gs, ng);
    int k = 0;
    for (int x = 0; x < nh; x++)
        if (s->ms[hs[x]].type == TL_PERSON) hs[k++] = hs[x];
    emit_pairs(a, ty, hs, k, gs, ng, i, 1);
}

/* A part noun i (cues/part_of_nouns.txt) ties the organizations it names
 * as parts to the one it names as whole:
 *   whole: "of Y", "Y's", "its" when the noun is coordinated with Y ("Y
 *          and its subsidiaries"), a pronoun the document resolved;
 *   parts: its apposition ("its subsidiaries A and B"), the name it is in
 *          apposition to ("X, a unit of Y"), the subject of its copula
 *          ("X is a subsidiary of Y"), and, with "a"/"an", the name the
 *          parser hung on the whole ("An affiliate of Y, X, said").
 * Stated inside a noun phrase: background. */
static void part_noun(org *a, int i) {
    tl_fsent *s = a->s;
    if (a->upos[i] != a->r->noun || s->at[i] >= 0 || !WORD_CUE(a, i, TL_CUE_PART_OF_NOUNS)) return;
    int ws[ORG_MAX], ps[ORG_MAX], nw = 0, np = 0, of = -1;
    for (int c = a->first[i]; c >= 0; c = a->next[c]) {
        if (lab(a, c, a->r->nmod) && has_case(a, c, "of") && s->at[c] >= 0) {
            nw = names(a, c, ws, nw);
            of = c;
        } else if (lab(a, c, a->r->nmod_poss)) {
            int m = arg_at(a, c), h = a->head[i];
            if (m < 0 && word_in(a, c, "its|their") && h >= 0 && lab(a, i, a->r->conj)) m = arg_at(a, h);
            nw = add(s, ws, nw, m);
        }
    }
    /* "X, a hacking unit controlled by Y": the agent of a participle of
     * control on the part noun is the whole, when no "of" names one */
    if (!nw)
        for (int c = a->first[i]; c >= 0; c = a->next[c])
            if (lab(a, c, a->r->acl) && word_in(a, c, "controlled|run|operated|overseen|directed|commanded|managed"))
                for (int g = a->first[c]; g >= 0; g = a->next[g])
                    if (lab(a, g, a->r->obl_agent) && s->at[g] >= 0 && s->ms[s->at[g]].type == TL_ORG) nw = names(a, g, ws, nw);
    if (!nw) return;
    int h = a->head[i];
    if (h >= 0 && lab(a, i, a->r->appos)) np = add(s, ps, np, arg_at(a, h));
    /* ("the Africa Corps, a unit controlled by Y", the noun parsed as a
     * clause of its own: the apposition read from the words, a name, a
     * comma and an indefinite article before the noun and its modifiers) */
    if (!np && h >= 0 && !lab(a, i, a->r->appos)) {
        int q = i - 1;
        while (q > 0 && (a->upos[q] == a->r->noun || lab(a, q, a->r->amod)) && s->at[q] < 0 && a->head[q] == i) q--;
        if (q >= 2 && word_in(a, q, "a|an") && a->head[q] == i && word_in(a, q - 1, ",")) {
            int m = tl_fact_ment_ending(s, s->sb + (uint32_t)(q - 2));
            if (m >= 0 && !s->ms[m].virt && !s->ms[m].mod && s->ms[m].type == TL_ORG) np = add(s, ps, np, m);
        }
    }
    for (int c = a->first[i]; c >= 0; c = a->next[c]) {
        if (lab(a, c, a->r->appos)) np = names(a, c, ps, np);
        if (lab(a, c, a->r->cop)) np = names(a, child(a, i, a->r->nsubj), ps, np);
    }
    if (!np && of >= 0) {
        /* "an affiliate of Y, X, said": an indefinite part noun names no
         * part of its own, so the name set off after its group is it */
        int d = child(a, i, a->r->det), x = child(a, of, a->r->appos);
        if (d >= 0 && word_in(a, d, "a|an") && x > of) np = names(a, x, ps, np);
    }
    /* the whole is never among its parts ("Y and its units" is no part of Y) */
    int k = 0;
    for (int j = 0; j < np; j++) {
        int dup = 0;
        for (int w = 0; w < nw; w++) dup |= s->ms[ps[j]].ent == s->ms[ws[w]].ent;
        if (!dup) ps[k++] = ps[j];
    }
    emit_pairs(a, TL_PART_OF, ps, k, ws, nw, i, 1);
}

/* The type of the relational-noun frame of absolute token k (LEADER_OF,
 * FOUNDED, MEMBER_OF), or -1. */
static int title_type(const tl_fsent *s, uint32_t k) {
    if (k >= s->se || s->at[k - s->sb] >= 0) return -1;
    /* a premier heads a government; read here, not by the trigger
     * lexicon, whose words are features of the learned scorer */
    if (tl_fact_is(s, k, "premier")) return TL_LEADER_OF;
    if (!s->is_trig[k - s->sb]) return -1;
    const tl_trig *fr[6];
    int past = 0;
    size_t nf = tl_trig_lookup(s->c->lex, s->low[k - s->sb], s->len[k - s->sb], fr, 6, &past);
    for (size_t f = 0; f < nf; f++)
        if (fr[f]->kind == TL_TK_REL &&
            (fr[f]->type == TL_LEADER_OF || fr[f]->type == TL_FOUNDED || fr[f]->type == TL_MEMBER_OF)) {
            /* a prime minister heads the government (a minister is a member) */
            if (fr[f]->type == TL_MEMBER_OF && k > s->sb && tl_fact_is(s, k, "minister") && tl_fact_is(s, k - 1, "prime"))
                return TL_LEADER_OF;
            return fr[f]->type;
        }
    return -1;
}

/* The token after organization mention o, past its acronym in
 * parentheses ("Lashkar-e-Taiba (LeT) founder"). */
static uint32_t after_org(const tl_fsent *s, int o) {
    uint32_t k = s->ms[o].te;
    /* one word in parentheses: its acronym (the entity pass may not
     * have joined it, "Lashkar-e-Taiba (LeT)") */
    if (k + 2 < s->se && tl_fact_is(s, k, "(") && tl_fact_is(s, k + 2, ")") &&
        (s->d->tokens[k + 1].flags & TL_TOK_UPPER))
        k += 3;
    return k;
}

/* "Y founder and Z chief X", "Y (Y2) founder and Z (Z2) chief X": titles
 * coordinated before one name are all hers; the frames read at most the
 * last ("Z chief X").  Read from the words: the parser takes such chains
 * for one name. */
static void coordinated_titles(tl_fsent *s, int nc) {
    for (int o = 0; o < s->nm; o++) {
        const tl_fment *g = &s->ms[o];
        if (g->type != TL_ORG || g->pron || g->virt || g->mod) continue;
        uint32_t t1 = after_org(s, o);
        int ty = title_type(s, t1);
        if (ty < 0 || !tl_fact_is(s, t1 + 1, "and")) continue;
        /* the second group and its title, then the holder */
        int o2 = tl_fact_ment_at(s, t1 + 2);
        if (o2 < 0 || s->ms[o2].tb != t1 + 2 || s->ms[o2].type != TL_ORG) continue;
        uint32_t t2 = after_org(s, o2);
        int ty2 = title_type(s, t2);
        if (ty2 < 0) continue;
        int p = tl_fact_ment_at(s, t2 + 1);
        if (p < 0 || s->ms[p].tb != t2 + 1 || s->ms[p].type != TL_PERSON || s->ms[p].pron) continue;
        org a = {.s = s, .nc = nc};
        int xs[1] = {p}, ys[1] = {o}, zs[1] = {o2};
        emit_pairs(&a, ty, xs, 1, ys, 1, (int)(t1 - s->sb), 1);
        emit_pairs(&a, ty2, xs, 1, zs, 1, (int)(t2 - s->sb), 1);
    }
}

/* "the President of Y X", "the first leader of Y was X": a leader's or
 * founder's title, "of" and its group, then the name, bare or after
 * "is"/"was".  Read from the words: the parser hangs such a name on the
 * group (as its apposition). */
static void title_of_then_name(tl_fsent *s, int nc) {
    for (uint32_t k = s->sb; k + 3 < s->se; k++) {
        int ty = title_type(s, k);
        if ((ty != TL_LEADER_OF && ty != TL_FOUNDED) || !tl_fact_is(s, k + 1, "of")) continue;
        int g = tl_fact_ment_from(s, k + 2, NULL);
        if (g < 0 || s->ms[g].pron || (s->ms[g].type != TL_ORG && s->ms[g].type != TL_GPE)) continue;
        uint32_t e = s->ms[g].te, cop = tl_fact_is(s, e, "is") || tl_fact_is(s, e, "was");
        int p = tl_fact_ment_at(s, e + cop);
        if (p < 0 || s->ms[p].tb != e + cop || s->ms[p].type != TL_PERSON || s->ms[p].pron) continue;
        org a = {.s = s, .nc = nc};
        int xs[1] = {p}, ys[1] = {g};
        emit_pairs(&a, ty, xs, 1, ys, 1, (int)(k - s->sb), 1);
    }
}

/* Is the sentence worth a parse for this pass: an organization and
 * another name, and a word one of the tree readings starts from? */
static int worth(const tl_fsent *s) {
    int orgs = 0, states = 0, people = 0;
    for (int m = 0; m < s->nm; m++) {
        if (s->ms[m].virt || s->ms[m].mod) continue;
        orgs += s->ms[m].type == TL_ORG;
        states += s->ms[m].type == TL_GPE;
        people += s->ms[m].type == TL_PERSON;
    }
    /* every reading joins an organization to another name, or a leader
     * to a state */
    int groups = orgs >= 2 || (orgs && (states || people)), leaders = people && (orgs || states);
    if (!groups && !leaders) return 0;
    for (uint32_t k = s->sb; k < s->se; k++) {
        if (s->at[k - s->sb] >= 0) continue;
        if (leaders) {
            /* a title coordinated after "and", or before a copula and a
             * name; a premier */
            if (s->is_trig[k - s->sb] && (tl_fact_is(s, k - 1, "and") || tl_fact_is(s, k - 2, "and")) &&
                title_type(s, k) >= 0)
                return 1;
            if (tl_fact_is(s, k, "premier")) return 1;
        }
        if (!groups) continue;
        if (CUE_IN(s, k, TL_CUE_PART_OF_NOUNS) || CUE_IN(s, k, TL_CUE_FOUNDING_VERBS)) return 1;
        if (CUE_IN(s, k, TL_CUE_LEADERSHIP_NOUNS) || CUE_IN(s, k, TL_CUE_OPERATE_UNDER_VERBS)) return 1;
        if (CUE_IN(s, k, TL_CUE_OWNERSHIP_VERBS) || CUE_IN(s, k, TL_CUE_PARENT_NOUNS)) return 1;
        /* (composed_of: "made" and "make" only before "up") */
        if (orgs >= 2 && s->len[k - s->sb] >= 4 &&
            (tl_fact_w(s, k, "comprise|comprises|comprised|include|includes|encompass|encompasses|composed|consists|"
                             "consisted|consist|consisting") ||
             (tl_fact_w(s, k, "made|make|makes") && tl_fact_is(s, k + 1, "up"))))
            return 1;
        if (CUE_IN(s, k, TL_CUE_TAKE_CHARGE_VERBS) && tl_fact_w(s, k + 1, "over|the|command|control|leadership"))
            return 1;
    }
    return 0;
}

int tl_fact_org(tl_fsent *s) {
    int nc = s->nc;
    coordinated_titles(s, nc);
    title_of_then_name(s, nc);
    if (s->se - s->sb > ORG_MAX_WORDS || !worth(s)) return 0;
    int p = tl_fact_parse(s);
    if (p <= 0) return p;
    const tl_fact_rels *r = &s->c->dep_rels; /* looked up when the parser loaded */
    org a;
    memset(&a, 0, sizeof a);
    a.r = r;
    a.s = s;
    a.n = (int)s->dt.n;
    a.nc = nc;
    a.head = s->dt.head;
    a.label = s->dt.label;
    a.upos = s->dt.upos;
    if (a.n > ORG_MAX_WORDS) return 0;
    tl_fact_children(a.head, a.n, a.first, a.next);
    for (int i = 0; i < a.n; i++) {
        take_charge(&a, i);
        under_leadership(&a, i);
        launch(&a, i);
        operate_under(&a, i);
        part_noun(&a, i);
        ownership(&a, i);
        composed_of(&a, i);
        parent_noun(&a, i);
        title_holder(&a, i);
    }
    return 0;
}
