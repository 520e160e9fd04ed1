/* tl_fact_evc.c -- event coreference: an attack stated with its target only ("Y was shot dead") gets its actor from a later "the attack was carried out by X". */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"
#include <string.h>

/* Reports often tell an event with its victim first and name who did it a
 * sentence or two later through a definite description of the same event.
 * Only the kinds listed here stay open: each with the nouns that can refer
 * back to it.  (ARRESTED and CHARGED name an authority the same way, "the
 * arrest was made by X", but their scored fact has one role, so completing
 * them adds nothing a reader of the graph lacks.) */
static const struct {
    uint8_t type;
    uint8_t nouns; /* WL_* list: a bit test where a list search was 4 % of a long line */
} KINDS[] = {
    {TL_ATTACKED, WL_ATTACK_EVENT_NOUNS},
};
#define N_KINDS (sizeof KINDS / sizeof KINDS[0])

/* Words that may stand between an actor or an event noun and its verb:
 * auxiliaries and adverbs ("was reportedly carried out", "has also
 * claimed").  A hedge among them is read by tl_fact_modality. */
#define AUX_WORDS \
    "was|were|is|are|has|have|had|been|be|also|reportedly|allegedly|apparently|later|likely|probably|" \
    "may|might|could|believed|thought|suspected|to|subsequently|already"

static int kind_of(int type) {
    for (size_t k = 0; k < N_KINDS; k++)
        if (KINDS[k].type == type) return (int)k;
    return -1;
}

void tl_fact_evc_open(tl_fsent *s, int type, int m, int role, uint32_t trig, int status) {
    if (kind_of(type) < 0 || m < 0 || m >= s->nm || s->ms[m].ent < 0 || s->n_opened >= TL_FS_MAXOPEN) return;
    /* a nationality word is most often a modifier the frames took for an
     * argument ("Slovak politicians"), not one a later sentence completes */
    if (!tl_fact_type_ok(s, m, tl_fact_role_mask(type, role) & ~(1u << TL_NORP))) return;
    for (int k = 0; k < s->n_opened; k++)
        if (s->opened[k].type == type && s->opened[k].ent == s->ms[m].ent && s->opened[k].role == role) return;
    tl_fopen o = {s->ms[m].ent, s->si, trig, (int16_t)m, (uint8_t)type, (uint8_t)status, (uint8_t)(role != 0)};
    s->opened[s->n_opened++] = o;
}

/* Is the event noun at n definite: "the attack", "this brutal killing",
 * "the 2018 murder"?  A name between the determiner and the noun ("the
 * Kuje attack") makes it another, named event.  Can't fail. */
static int definite(const tl_fsent *s, uint32_t n) {
    for (uint32_t j = n; j > s->sb && j + 3 > n; j--) {
        uint32_t k = j - 1;
        if (tl_fact_w(s, k, "the|this|that|these|those")) return 1;
        if (tl_fact_is_punct(s, k) || tl_fact_ment_at(s, k) >= 0) return 0;
    }
    return 0;
}

/* The actor mention that ends right before token v, over at most four
 * auxiliaries ("X has also claimed"), or -1. */
static int subject_before(const tl_fsent *s, uint32_t v) {
    uint32_t k = v;
    for (int n = 0; n < 5 && k > s->sb; n++) {
        int m = tl_fact_ment_ending(s, k - 1);
        if (m >= 0) return s->ms[m].mod ? -1 : m;
        if (!tl_fact_w(s, k - 1, AUX_WORDS)) return -1;
        k--;
    }
    return -1;
}

/* "The Islamic State group's affiliate in Afghanistan claimed", "the
 * Islamic State's Khorasan branch claimed": the body whose part is the
 * subject of the verb at v, or -1.  Can't fail. */
static int part_owner_before(const tl_fsent *s, uint32_t v) {
    uint32_t q = v;
    /* (a place the part works in: "in Afghanistan") */
    int pm = q > s->sb ? tl_fact_ment_ending(s, q - 1) : -1;
    if (pm >= 0 && (s->ms[pm].type == TL_GPE || s->ms[pm].type == TL_LOC) && s->ms[pm].tb > s->sb + 1 &&
        tl_fact_is(s, s->ms[pm].tb - 1, "in"))
        q = s->ms[pm].tb - 1;
    if (q < s->sb + 3 || !tl_fact_w(s, q - 1, "branch|affiliate|wing|arm|faction|province|offshoot")) return -1;
    q -= 2;
    /* ("the Islamic State's Khorasan branch": the part's own name first) */
    pm = tl_fact_ment_ending(s, q);
    if (pm >= 0 && s->ms[pm].type != TL_PERSON && s->ms[pm].tb > s->sb) q = s->ms[pm].tb - 1;
    if (q <= s->sb || !tl_fact_w(s, q, "'s|\u2019s")) return -1;
    q--;
    if (q > s->sb && tl_fact_is(s, q, "group")) q--; /* "the Islamic State group's" */
    int m = tl_fact_ment_ending(s, q);
    return m >= 0 && s->ms[m].type == TL_ORG && !s->ms[m].pron ? m : -1;
}

/* The mention a "by" at b introduces, over a few lower-case words that
 * describe it ("by ex-soldier X", "by the gunman X"), or -1. */
static int by_object(const tl_fsent *s, uint32_t b) {
    for (uint32_t k = b + 1; k < s->se && k < b + 6; k++) {
        int m = tl_fact_ment_at(s, k);
        if (m >= 0) return (s->ms[m].tb == k && !s->ms[m].mod) ? m : -1;
        if (tl_fact_is(s, k, "-")) continue;
        if (tl_fact_is_punct(s, k) || (s->d->tokens[k].flags & TL_TOK_UPPER) || tl_fact_wl(s, k, WL_PREPS))
            return -1;
    }
    return -1;
}

/* The actor a sentence gives the event named at token n (a definite event
 * noun, or "it" after "responsibility for"): passive "n was carried out by
 * X", or active "X carried out / claimed responsibility for / was behind n".
 * *verb gets the token the actor is tied to (for modality).  -1 none. */
static int actor_of(const tl_fsent *s, uint32_t n, uint32_t d, uint32_t *verb) {
    /* passive, right of the noun */
    uint32_t j = n + 1;
    for (int k = 0; k < 4 && j < s->se && tl_fact_w(s, j, AUX_WORDS); k++) j++;
    if (j > n + 1 && (tl_fact_w(s, j, TL_CUE_EVENT_AGENT_VERBS) || tl_fact_is(s, j, "claimed"))) {
        uint32_t v = j++;
        if (tl_fact_is(s, v, "carried") && !tl_fact_is(s, j++, "out")) return -1;
        if (tl_fact_is(s, j, "by")) {
            *verb = v;
            return by_object(s, j);
        }
        return -1;
    }
    /* active, left of the determiner */
    if (d < s->sb + 2) return -1;
    uint32_t v = d - 1;
    if (tl_fact_is(s, v, "for") && d >= s->sb + 3 && tl_fact_is(s, v - 1, "responsibility") &&
        tl_fact_w(s, v - 2, "claimed|claims|claim|claiming|took|takes|accepted|accepts")) {
        v -= 2;
    } else if (tl_fact_is(s, v, "for") && tl_fact_is(s, v - 1, "responsible")) {
        v -= 1;
    } else if (tl_fact_is(s, v, "for") && v > s->sb + 1) {
        /* "The group blamed Israel for the killing": the one blamed (the
         * modality pass reads the blame as an allegation) */
        int m = tl_fact_ment_ending(s, v - 1);
        if (m < 0 || s->ms[m].mod || s->ms[m].tb <= s->sb ||
            !tl_fact_w(s, s->ms[m].tb - 1, "blamed|blames|blame|blaming"))
            return -1;
        *verb = n; /* (the noun after the blame's "for") */
        return m;
    } else if (tl_fact_w(s, v, "of|ordering|orchestrating|masterminding|organizing|organising|planning|carrying|"
                               "committing|perpetrating")) {
        /* "Ukraine accused Moscow of the killing", "accused X of
         * ordering the killing": the one accused (the modality pass reads
         * the accusation) */
        uint32_t o = v;
        if (!tl_fact_is(s, o, "of")) {
            if (o <= s->sb + 1 || !tl_fact_is(s, o - 1, "of")) return -1;
            o--;
        }
        int m = o > s->sb + 1 ? tl_fact_ment_ending(s, o - 1) : -1;
        if (m < 0 || s->ms[m].mod || s->ms[m].tb <= s->sb ||
            !tl_fact_w(s, s->ms[m].tb - 1, "accused|accuses|accuse|accusing|suspected|suspects|suspect|suspecting"))
            return -1;
        *verb = n;
        return m;
    } else if (tl_fact_is(s, v, "behind")) {
        if (!tl_fact_wl(s, v - 1, WL_BE)) return -1;
    } else if (tl_fact_is(s, v, "out") && tl_fact_is(s, v - 1, "carried")) {
        v -= 1;
    } else if (tl_fact_w(s, v, "claimed|claims")) {
        /* "X claimed the bombing" */
        *verb = v;
        int p = part_owner_before(s, v);
        return p >= 0 ? p : subject_before(s, v);
    } else if (!tl_fact_w(s, v, TL_CUE_EVENT_AGENT_VERBS) || tl_fact_is(s, v, "carried")) {
        return -1;
    }
    *verb = v;
    return subject_before(s, v);
}

/* Was open event o stated in the last TL_EVC_WINDOW sentences before this
 * one, with at most one paragraph break between?  News reports give a
 * paragraph to a sentence or two, and the next one often goes on with the
 * same event ("... attacked a base in Kenya." / "... confirmed the attack
 * on the airstrip"); a second break has moved on. */
static int in_window(const tl_fsent *s, const tl_fopen *o, int (*new_para)(const tl_doc *, uint32_t, uint32_t)) {
    const tl_doc *d = s->d;
    if (o->si >= s->si || s->si - o->si > TL_EVC_WINDOW) return 0;
    int breaks = 0;
    for (uint32_t k = o->si + 1; k <= s->si; k++) breaks += new_para(d, d->sentences[k - 1].start, d->sentences[k].start);
    return breaks <= 1;
}

/* The person named right after "the [suspected] gunman," at token i
 * ("The suspected gunman, X, was arrested"), or -1.  Can't fail. */
static int agent_described(const tl_fsent *s, uint32_t i) {
    if (!tl_fact_is(s, i, "the")) return -1;
    uint32_t k = i + 1;
    if (tl_fact_w(s, k, "suspected|alleged|accused|presumed")) k++;
    if (k + 2 >= s->se || !tl_fact_w(s, k, "gunman|killer|attacker|assailant|shooter|hitman|murderer|assassin|bomber") ||
        !tl_fact_is(s, k + 1, ","))
        return -1;
    int m = tl_fact_ment_at(s, k + 2);
    return m >= 0 && s->ms[m].tb == k + 2 && s->ms[m].type == TL_PERSON && !s->ms[m].pron ? m : -1;
}

/* "X attacked a base in Kenya. ... the attack on Y": this sentence's
 * definite event noun found its target and no actor (an event opened
 * here), and an event of its kind found its actor and no target a little
 * before.  The actor stays open: one actor may have several targets. */
static void complete_targets(tl_fsent *s, const tl_fopen *open, int n_open,
                             int (*new_para)(const tl_doc *, uint32_t, uint32_t)) {
    int n = 0;
    for (int k = 0; k < s->n_opened; k++) {
        tl_fopen t = s->opened[k];
        int kind = kind_of(t.type), done = 0;
        if (t.role == 1 && kind >= 0 && tl_fact_wl(s, t.trig, KINDS[kind].nouns) && definite(s, t.trig))
            for (int j = n_open; j-- > 0 && !done;) {
                const tl_fopen *o = &open[j];
                if (o->role != 0 || o->type != t.type || o->ent == t.ent || !in_window(s, o, new_para)) continue;
                int v = tl_fact_virtual(s, t.m, o->ent, s->d->entities[o->ent].type);
                if (v < 0) break;
                tl_fcand c;
                memset(&c, 0, sizeof c);
                c.type = t.type;
                c.status = t.status;
                c.m[0] = v;
                c.m[1] = t.m;
                c.m[2] = c.m[3] = -1;
                c.trig = t.trig;
                c.ev_first = o->si + 1;
                tl_fact_push(s, &c);
                done = 1;
            }
        if (!done) s->opened[n++] = t; /* completed: not open any more */
    }
    s->n_opened = n;
}

void tl_fact_evc_complete(tl_fsent *s, tl_fopen *open, int *n_open,
                          int (*new_para)(const tl_doc *, uint32_t, uint32_t)) {
    const tl_doc *d = s->d;
    complete_targets(s, open, *n_open, new_para);
    for (uint32_t i = s->sb; i < s->se && *n_open > 0; i++) {
        int kind = -1, a = -1;
        uint32_t det = i, verb = i;
        if (tl_fact_is(s, i, "it")) {
            /* "it" refers to an event only where one claims it */
            if (i >= s->sb + 2 && tl_fact_is(s, i - 1, "for") && tl_fact_is(s, i - 2, "responsibility"))
                kind = kind_of(TL_ATTACKED);
        } else {
            for (size_t k = 0; k < N_KINDS && kind < 0; k++)
                if (tl_fact_wl(s, i, KINDS[k].nouns)) kind = (int)k;
            if (kind >= 0 && !definite(s, i)) kind = -1;
            /* "the attack on Y" names its own target: the frames read it
             * (not "blamed the attack on Y": the one blamed) */
            int blamed_on = 0;
            for (det = i; kind >= 0 && det > s->sb && !tl_fact_w(s, det, "the|this|that|these|those");) det--;
            if (kind >= 0 && tl_fact_is(s, i + 1, "on") && det > s->sb &&
                tl_fact_w(s, det - 1, "blamed|blames|blame|blaming"))
                blamed_on = 1;
            else if (kind >= 0 && tl_fact_w(s, i + 1, "on|of|against") && tl_fact_ment_from(s, i + 2, NULL) >= 0)
                kind = -1;
            if (blamed_on) {
                uint32_t b = tl_fact_is(s, i + 2, "the") ? i + 3 : i + 2;
                int m = b < s->se ? tl_fact_ment_at(s, b) : -1;
                if (m < 0 || s->ms[m].tb != b || s->ms[m].mod) continue;
                a = m;
                verb = det - 1;
                goto found;
            }
        }
        /* "Authorities blamed the X." with no event named: the last
         * attack told without its doer (read as an allegation) */
        if (kind < 0 && i + 1 < s->se && tl_fact_w(s, i, "blamed|blames")) {
            uint32_t b = tl_fact_is(s, i + 1, "the") ? i + 2 : i + 1;
            int m = b < s->se ? tl_fact_ment_at(s, b) : -1;
            if (m < 0 || s->ms[m].tb != b || s->ms[m].mod || s->ms[m].pron) continue;
            uint32_t e = s->ms[m].te;
            if (!(e >= s->se || tl_fact_is(s, e, ".") || (tl_fact_is(s, e, ",") && e + 1 < s->se &&
                                                          tl_fact_w(s, e + 1, "a|an|which|saying|said|citing"))))
                continue;
            a = m;
            kind = kind_of(TL_ATTACKED);
            goto found;
        }
        /* "The Islamic State claimed responsibility." with no event named
         * after it: the last attack told without its doer */
        if (kind < 0 && i > s->sb && tl_fact_is(s, i, "responsibility") && !tl_fact_is(s, i + 1, "for") &&
            tl_fact_w(s, i - 1, "claimed|claims|claim|claiming")) {
            /* ("The Islamic State's Khorasan branch claimed": the body
             * whose part it is) */
            a = part_owner_before(s, i - 1);
            if (a < 0) a = tl_fact_subject(s, i - 1, tl_fact_role_mask(TL_ATTACKED, 0));
            if (a < 0) continue;
            kind = kind_of(TL_ATTACKED);
        } else if (kind < 0) {
            /* "The suspected gunman, X, was arrested": the doer of the
             * attack told by a noun of its doer, and named after it */
            a = agent_described(s, i);
            if (a < 0) continue;
            kind = kind_of(TL_ATTACKED);
        } else {
            a = actor_of(s, i, det, &verb);
        }
    found:;
        int type = KINDS[kind].type;
        if (a < 0 || s->ms[a].ent < 0 || !tl_fact_type_ok(s, a, tl_fact_role_mask(type, 0))) continue;
        uint8_t mod;
        int32_t src;
        tl_fact_modality(s, verb, (int)s->ms[a].tb, &mod, &src);
        if (mod == TL_NEGATED) continue; /* "X denied it was behind the attack" */
        for (int k = 0; k < *n_open;) {
            tl_fopen o = open[k];
            int ok = o.role == 1 && o.type == type && in_window(s, &o, new_para) && o.ent != s->ms[a].ent;
            int v = ok ? tl_fact_virtual(s, a, o.ent, d->entities[o.ent].type) : -1;
            if (v < 0) {
                k++;
                continue;
            }
            tl_fcand c;
            memset(&c, 0, sizeof c);
            c.type = o.type;
            c.status = o.status;
            c.m[0] = a;
            c.m[1] = v;
            c.m[2] = c.m[3] = -1;
            c.trig = verb;
            c.ev_first = o.si + 1;
            tl_fact_push(s, &c);
            open[k] = open[--*n_open]; /* completed: no second actor */
        }
    }
}

void tl_fact_evc_keep(tl_fsent *s, tl_fopen *open, int *n_open) {
    int n = 0;
    for (int k = 0; k < *n_open; k++)
        if (s->si + 1 - open[k].si <= TL_EVC_WINDOW) open[n++] = open[k];
    for (int k = 0; k < s->n_opened; k++) {
        if (n == TL_FS_MAXOPEN) { /* full: the oldest goes */
            memmove(open, open + 1, (TL_FS_MAXOPEN - 1) * sizeof *open);
            n--;
        }
        open[n++] = s->opened[k];
    }
    *n_open = n;
}
