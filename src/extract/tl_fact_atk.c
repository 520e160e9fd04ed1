/* tl_fact_atk.c -- one more step from an attack's words to its sides in the parsed sentence: a crew noun or a weapon stands for its leader, group or user ("fighters led by X", "militants of Y", "gunmen from Y", "gunmen loyal to X", "drones launched by X"), "X was the target of an attack" names the target, a name before the attack noun or "claimed by X" names the attacker. */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"
#include <string.h>

/* The parse of the sentence as this module reads it: label and tag ids. */
typedef struct atk {
    const tl_fsent *s;
    int n;
    const tl_fact_rels *r; /* the parser's ids (the context's) */
} atk;

static void atk_init(const tl_fsent *s, atk *a) {
    a->s = s;
    a->n = (int)s->dt.n;
    a->r = &s->c->dep_rels; /* looked up when the parser loaded */
}

/* Does a word of the parsed sentence belong to the list?  Checked before
 * the label ids are looked up: most sentences have none. */
static int has_word(const tl_fsent *s, const char *list) {
    for (size_t k = 0; k < s->dt.n; k++)
        if (tl_fact_w(s, s->sb + (uint32_t)k, list)) return 1;
    return 0;
}

static int lab(const atk *a, int i, int l) { return l >= 0 && a->s->dt.label[i] == l; }
static int head(const atk *a, int i) { return a->s->dt.head[i]; }
static int word_in(const atk *a, int i, const char *list) { return tl_fact_w(a->s, a->s->sb + (uint32_t)i, list); }

/* The first child of i with relation l (any relation: l < 0 never), after
 * token `after`, or -1. */
static int child_after(const atk *a, int i, int l, int after) {
    for (int c = after + 1; c < a->n; c++)
        if (head(a, c) == i && lab(a, c, l)) return c;
    return -1;
}
static int child(const atk *a, int i, int l) { return child_after(a, i, l, -1); }

/* Is nominal i introduced by one of the prepositions of list? */
static int has_case(const atk *a, int i, const char *list) {
    for (int c = 0; c < a->n; c++)
        if (head(a, c) == i && lab(a, c, a->r->case_) && word_in(a, c, list)) return 1;
    return 0;
}

/* The child of i through l1 or l2 introduced by one of list, or -1. */
static int prep_child(const atk *a, int i, const char *list, int l1, int l2) {
    for (int c = 0; c < a->n; c++)
        if (head(a, c) == i && (lab(a, c, l1) || lab(a, c, l2)) && has_case(a, c, list)) return c;
    return -1;
}

/* The mention type at relative token i, or -1 (no mention, a pronoun). */
static int type_at(const atk *a, int i) {
    int m = a->s->at[i];
    if (m < 0 || a->s->ms[m].pron) return -1;
    return a->s->ms[m].type;
}

/* Is the name at i a country (its entity a GPE the gazetteer knows as
 * one)?  "the Mumbai attacks" names where, "a US strike" who. */
static int is_country(const atk *a, int i) {
    const tl_fsent *s = a->s;
    int m = s->at[i];
    if (m < 0 || s->ms[m].type != TL_GPE) return 0;
    const tl_entity *x = &s->d->entities[s->ms[m].ent];
    return (tl_gaz_lookup(s->g, x->name.ptr, x->name.len) & TL_GAZ_COUNTRY) != 0;
}

/* The group a hedging participle at c ties its noun to: "believed to
 * belong to Y", "thought to be members of Y", "suspected of belonging to
 * Y", "said to be loyal to Y"; -1.  Only a group or a state: "believed to
 * be from Y" names where they came from. */
static int hedged_tie(const atk *a, int c) {
    for (int y = c + 1; y < a->n; y++) {
        if (head(a, y) != c || !(lab(a, y, a->r->xcomp) || lab(a, y, a->r->advcl))) continue;
        int x = -1;
        if (word_in(a, y, "belong|belonging|loyal|linked|affiliated|allied|tied"))
            x = prep_child(a, y, "to|with", a->r->obl, a->r->nmod);
        else if (word_in(a, y, "members|member|fighters|militants|supporters|part|affiliates|operatives"))
            x = prep_child(a, y, "of", a->r->nmod, a->r->obl);
        if (x < 0) return -1;
        return type_at(a, x) == TL_ORG || is_country(a, x) ? x : -1;
    }
    return -1;
}

int tl_fact_atk_crew(const tl_fsent *s, int i) {
    if (s->parsed != 1 || i < 0 || (size_t)i >= s->dt.n || s->at[i] >= 0) return -1;
    /* the word first: most nominals are no crew */
    uint32_t k = s->sb + (uint32_t)i;
    if (!tl_fact_w(s, k, TL_CUE_ATTACK_CREW_NOUNS) && !tl_fact_w(s, k, TL_CUE_ATTACK_GROUP_NOUNS) &&
        !tl_fact_w(s, k, TL_CUE_ATTACK_WEAPON_NOUNS))
        return -1;
    atk a;
    atk_init(s, &a);
    if (s->dt.upos[i] != a.r->noun) return -1;
    for (int c = 0; c < a.n; c++) {
        if (head(&a, c) != i) continue;
        /* "fighters led by X", "gunmen commanded by X", "drones launched by X" */
        if (lab(&a, c, a.r->acl) && s->dt.xpos[c] == a.r->vbn && word_in(&a, c, TL_CUE_CREW_LEADER_VERBS)) {
            int x = child(&a, c, a.r->obl_agent);
            if (x < 0) x = prep_child(&a, c, "by", a.r->obl, a.r->nmod);
            if (x >= 0 && type_at(&a, x) >= 0) return x;
        }
        /* "militants of Y", "gunmen from Y": a group or a state, not a
         * place ("soldiers of the town": where they were) nor a person
         * ("the guards of X" guard X) */
        if (lab(&a, c, a.r->nmod) && c > i && !word_in(&a, i, TL_CUE_ATTACK_WEAPON_NOUNS) &&
            (has_case(&a, c, "of") || (has_case(&a, c, "from") && word_in(&a, i, TL_CUE_ATTACK_CREW_NOUNS)))) {
            int ty = type_at(&a, c);
            if (ty == TL_ORG || is_country(&a, c)) return c;
        }
        /* "gunmen loyal to X", "militants linked to Y", "fighters
         * affiliated with Y": whom the crew answers to (a group, a
         * person, a state; not a place: "troops close to the border") */
        if ((lab(&a, c, a.r->amod) || lab(&a, c, a.r->acl)) && c > i && !word_in(&a, i, TL_CUE_ATTACK_WEAPON_NOUNS) &&
            word_in(&a, c, "loyal|linked|affiliated|allied|aligned|tied|belonging|working|fighting|acting")) {
            /* ("hackers working for X", "militants fighting for Y") */
            int x = prep_child(&a, c, word_in(&a, c, "working|fighting|acting") ? "for" : "to|with", a.r->obl, a.r->nmod);
            int ty = x >= 0 ? type_at(&a, x) : -1;
            if (ty == TL_ORG || ty == TL_PERSON || is_country(&a, x)) return x;
        }
        /* "militants believed to belong to Y", "fighters thought to be
         * members of Y", "gunmen suspected of belonging to Y": a hedged
         * tie names the same side (the fact's modality reads the hedge) */
        if (lab(&a, c, a.r->acl) && c > i && !word_in(&a, i, TL_CUE_ATTACK_WEAPON_NOUNS) &&
            word_in(&a, c, "believed|thought|suspected|said|reported|alleged|presumed")) {
            int x = hedged_tie(&a, c);
            if (x >= 0) return x;
        }
        /* "gunmen from Y": a group's own ("gunmen from Syria" came from
         * there) */
        if (lab(&a, c, a.r->nmod) && c > i && has_case(&a, c, "from") && !word_in(&a, i, TL_CUE_ATTACK_WEAPON_NOUNS) &&
            type_at(&a, c) == TL_ORG)
            return c;
    }
    return -1;
}

int tl_fact_atk_crew_of_verb(tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se) return -1;
    uint32_t k = s->sb;
    while (k < s->se && !tl_fact_w(s, k, TL_CUE_ATTACK_CREW_NOUNS) && !tl_fact_w(s, k, TL_CUE_ATTACK_GROUP_NOUNS) &&
           !tl_fact_w(s, k, TL_CUE_ATTACK_WEAPON_NOUNS) && !tl_fact_w(s, k, TL_CUE_ATTACK_EVENT_NOUNS))
        k++;
    if (k == s->se || k >= i || tl_fact_parse(s) != 1) return -1; /* no crew before the verb: no parse */
    atk a;
    atk_init(s, &a);
    int sj = child(&a, (int)(i - s->sb), a.r->nsubj);
    int x = sj >= 0 ? tl_fact_atk_crew(s, sj) : -1;
    /* "A bombing claimed by X killed 30 people in Y": the attack's own
     * doer */
    if (x < 0 && sj >= 0 && s->at[sj] < 0 && word_in(&a, sj, TL_CUE_ATTACK_EVENT_NOUNS)) x = tl_fact_atk_attacker(s, sj);
    /* "X said its fighters killed 20 soldiers in Y": the speaker whose
     * crew or weapons they are */
    if (x < 0 && sj >= 0 && s->at[sj] < 0 &&
        (word_in(&a, sj, TL_CUE_ATTACK_CREW_NOUNS) || word_in(&a, sj, TL_CUE_ATTACK_WEAPON_NOUNS) ||
         word_in(&a, sj, "fighters|militants|forces|troops|members|men"))) {
        int pp = child(&a, sj, a.r->nmod_poss), v = (int)(i - s->sb);
        int h = head(&a, v);
        if (pp >= 0 && word_in(&a, pp, "its|their") && h >= 0 && lab(&a, v, a.r->ccomp) &&
            word_in(&a, h, TL_CUE_REPORTING_VERBS)) {
            int y = child(&a, h, a.r->nsubj), my = y >= 0 ? s->at[y] : -1;
            if (my >= 0 && !s->ms[my].pron && (s->ms[my].type == TL_ORG || s->ms[my].type == TL_GPE)) x = y;
        }
    }
    int m = x >= 0 ? s->at[x] : -1;
    return m >= 0 && !s->ms[m].pron ? m : -1;
}

int tl_fact_atk_target_of(const tl_fsent *s, int e) {
    if (s->parsed != 1 || e < 0 || (size_t)e >= s->dt.n) return -1;
    if (!has_word(s, TL_CUE_ATTACK_TARGET_NOUNS)) return -1; /* before the label ids */
    atk a;
    atk_init(s, &a);
    /* the attack noun hangs on "target" through "of", directly or through
     * the "attempt"/"plot" its compound heads */
    if (lab(&a, e, a.r->compound) && head(&a, e) > e) e = head(&a, e); /* "an assassination plot" */
    int h = head(&a, e);
    if (h < 0 || !lab(&a, e, a.r->nmod) || !has_case(&a, e, "of") || !word_in(&a, h, TL_CUE_ATTACK_TARGET_NOUNS))
        return -1;
    /* "X was the target of ...", "X became the target of ..." */
    if (child(&a, h, a.r->cop) >= 0) {
        int x = child(&a, h, a.r->nsubj);
        return x >= 0 && type_at(&a, x) >= 0 ? x : -1;
    }
    /* "X, the target of a plot by Y" */
    if (lab(&a, h, a.r->appos) && head(&a, h) >= 0 && type_at(&a, head(&a, h)) >= 0) return head(&a, h);
    return -1;
}

/* Is c hung on e through at most two nominal modifiers ("an attack in
 * Jordan, across the border into Syria, attributed to X": the parser hangs
 * the participle on the last noun of the attack's phrase)? */
static int in_phrase(const atk *a, int c, int e) {
    int h = head(a, c);
    for (int d = 0; d < 3 && h >= 0; d++) {
        if (h == e) return 1;
        if (!lab(a, h, a->r->nmod)) return 0;
        h = head(a, h);
    }
    return 0;
}

/* Who a participle after the attack noun says answers for it: "claimed by
 * X", "attributed to X", "blamed on X"; -1. */
static int answers(const atk *a, int c) {
    int x = -1;
    if (word_in(a, c, "claimed")) {
        x = child(a, c, a->r->obl_agent);
        if (x < 0) x = prep_child(a, c, "by", a->r->obl, a->r->nmod);
    } else if (word_in(a, c, "attributed|blamed")) {
        x = prep_child(a, c, "to|on", a->r->obl, a->r->nmod);
    }
    return x >= 0 && type_at(a, x) >= 0 ? x : -1;
}

int tl_fact_atk_attacker(const tl_fsent *s, int e) {
    if (s->parsed != 1 || e < 0 || (size_t)e >= s->dt.n) return -1;
    /* before the label ids: a name just before the noun, or a word of
     * claiming in the sentence */
    int near = 0;
    for (int k = e - 1; k >= 0 && k >= e - 4 && !near; k--) near = s->at[k] >= 0;
    int by = (size_t)e + 1 < s->dt.n && tl_fact_is(s, s->sb + (uint32_t)e + 1, "by");
    if (!near && !by && !has_word(s, "claimed|attributed|blamed")) return -1;
    atk a;
    atk_init(s, &a);
    /* "an attack by X killed 30 people": the noun's own agent, a body, a
     * state or a person */
    if (by)
        for (int c = e + 2; c < a.n && c < e + 6; c++)
            if (head(&a, c) == e && lab(&a, c, a.r->nmod) && has_case(&a, c, "by")) {
                int ty = type_at(&a, c);
                if (ty == TL_ORG || ty == TL_PERSON || ty == TL_NORP || is_country(&a, c)) return c;
                break;
            }
    /* "the bombing, claimed by X": who claims it answers for it; so does
     * whom a relative clause lays it on ("an assassination attempt,
     * which he blamed on France") */
    for (int c = e + 1; c < a.n; c++) {
        if (!(lab(&a, c, a.r->acl) || (lab(&a, c, a.r->acl_relcl) && word_in(&a, c, "blamed|attributed|claimed"))) ||
            !in_phrase(&a, c, e))
            continue;
        int x = answers(&a, c);
        if (x >= 0) return x;
    }
    for (int c = 0; c < e; c++) {
        if (head(&a, c) != e) continue;
        /* "a Y plot", "a Russian attack": a group, a nationality or a
         * country before the noun (a city there is where: "the Mumbai
         * attacks") */
        if (lab(&a, c, a.r->amod) || lab(&a, c, a.r->compound)) {
            int ty = type_at(&a, c);
            int m = s->at[c];
            if (m >= 0 && s->ms[m].mod) continue; /* "Iran-backed": says who backs, not who attacks */
            if (ty == TL_ORG || ty == TL_NORP || is_country(&a, c)) return c;
        }
    }
    return -1;
}

int tl_fact_atk_appos(const tl_fsent *s, int e, int ob) {
    if (s->parsed != 1 || e < 0 || ob < 0 || (size_t)e >= s->dt.n || (size_t)ob >= s->dt.n || s->at[ob] >= 0) return -1;
    atk a;
    atk_init(s, &a);
    /* the noun explained by its own apposition is read so already */
    if (child(&a, ob, a.r->appos) >= 0) return -1;
    /* the next apposition of e after ob, with only ob's phrase and a
     * comma between */
    int x = child_after(&a, e, a.r->appos, ob);
    if (x < 0 || type_at(&a, x) != TL_PERSON) return -1;
    for (int k = ob + 1; k < x; k++) {
        int hk = head(&a, k);
        if (s->at[k] >= 0 && s->at[k] == s->at[x]) continue; /* the name's first words */
        if (hk != ob && !word_in(&a, k, ",")) return -1;
    }
    return x;
}

int tl_fact_atk_culprit(const tl_fsent *s, int e, int *by_obj) {
    *by_obj = -1;
    if (s->parsed != 1 || e < 0 || (size_t)e >= s->dt.n) return -1;
    if (!has_word(s, TL_CUE_CULPRIT_VERBS)) return -1;
    atk a;
    atk_init(s, &a);
    if (lab(&a, e, a.r->compound) && head(&a, e) > e) e = head(&a, e); /* "the attempted murder" reads as one */
    int h = head(&a, e);
    /* "convicted of involvement in the murders of X and Y": a noun of
     * taking part between the verb and the attack (the one convicted of
     * it took part) */
    if (h >= 0 && has_case(&a, e, "in") && word_in(&a, h, "involvement|complicity|participation|role|part") &&
        head(&a, h) >= 0) {
        e = h;
        h = head(&a, h);
    }
    /* "sentenced X to life in prison for the bombing": the phrase may hang
     * on the sentence's words or on the person; the verb is above them */
    /* ("charged in 2018 over the 2014 cyberattack on Y": or on the
     * verb's date) */
    for (int n = 0; n < 4 && h >= 0 && !word_in(&a, h, TL_CUE_CULPRIT_VERBS) && has_case(&a, e, "for|over"); n++) {
        int up = head(&a, h);
        int year = (s->d->tokens[s->sb + (uint32_t)h].flags & TL_TOK_DIGIT) != 0;
        if (up < 0 || !(word_in(&a, h, "life|prison|jail|years|year|months|month|death|term|terms|sentence|custody") ||
                        year || (type_at(&a, h) == TL_PERSON && lab(&a, h, a.r->obj))))
            break;
        h = up;
    }
    /* "convicted of", "charged with", "guilty of / to", "arrested for"; or
     * the object of "admitted" / "confessed" ("X confessed the killing") */
    int prep = (lab(&a, e, a.r->obl) || lab(&a, e, a.r->nmod)) && has_case(&a, e, "of|with|for|to|over");
    if (h < 0 || !(prep || lab(&a, e, a.r->obj)) || !word_in(&a, h, TL_CUE_CULPRIT_VERBS)) return -1;
    /* "wanted for the murder of Y", "served 28 years for the killing of
     * Y": these two only with "for" ("wanted the killing of Y" is a wish) */
    if (word_in(&a, h, "wanted|served|serving") && !(prep && has_case(&a, e, "for"))) return -1;
    /* "found guilty of", "pleaded guilty to": the verb "guilty" completes */
    if (word_in(&a, h, "guilty") && child(&a, h, a.r->cop) < 0 && (lab(&a, h, a.r->xcomp) || lab(&a, h, a.r->obj)) &&
        head(&a, h) >= 0)
        h = head(&a, h);
    /* "police charged X with the murder": the accused is the object */
    int o = child(&a, h, a.r->obj);
    /* ("sentenced him to life for the murder": a pronoun the person) */
    int om = o >= 0 ? s->at[o] : -1;
    if (o >= 0 && o != e && om >= 0 && s->ms[om].type == TL_PERSON && s->ms[om].pron != TL_PRON_POSS) *by_obj = o;
    return h;
}

/* tl_fact_light_verb: tl_fact_int.h */
uint32_t tl_fact_light_verb(const tl_fsent *s, uint32_t i, const char *words) {
    for (uint32_t k = i; k > s->sb && k + 6 > i; k--) {
        if (tl_fact_w(s, k - 1, words)) return k - 1;
        if (tl_fact_ment_at(s, k - 1) >= 0 || tl_fact_is(s, k - 1, ",") || tl_fact_is(s, k - 1, ";")) break;
        if (k - 1 < i && (tl_fact_is_verbish(s, k - 1) || (tl_fact_ing(s, k - 1))))
            break;
    }
    return i;
}

#define HOSTAGE_VERBS "take|takes|took|taken|taking|hold|holds|held|holding|keep|keeps|kept|keeping"

void tl_fact_atk_hostage(tl_fsent *s, uint32_t i) {
    const uint32_t by_mask = tl_fact_role_mask(TL_ATTACKED, 0), tgt = tl_fact_role_mask(TL_ATTACKED, 1);
    if (i < s->sb + 2) return;
    if (tl_fact_w(s, i - 1, "taken|held|kept")) {
        /* passive: the subject was taken, by the name after "by" */
        if (!tl_fact_wl(s, i - 2, WL_BE) || !tl_fact_is(s, i + 1, "by")) return;
        /* the victim named right before "was" ("two persons were taken
         * hostage by X" names none) */
        int victim = tl_fact_ment_ending(s, i - 3);
        if (victim >= 0 && !tl_fact_type_ok(s, victim, tgt)) victim = -1;
        int by = tl_fact_ment_from(s, i + 2, NULL);
        if (victim >= 0 && by >= 0 && s->ms[by].tb <= i + 3 && by != victim &&
            tl_fact_type_ok(s, by, by_mask))
            tl_fact_emit_pair(s, TL_ATTACKED, by, victim, i - 1, 3);
        return;
    }
    /* active: the verb, then the victim right before "hostage" */
    int victim = tl_fact_ment_ending(s, i - 1);
    if (victim < 0 || !tl_fact_type_ok(s, victim, tgt)) return;
    uint32_t v = s->ms[victim].tb;
    /* "took three Americans hostage", "took the two men hostage" */
    for (int k = 0; k < 2 && v > s->sb && !tl_fact_w(s, v - 1, HOSTAGE_VERBS); k++) {
        if (!(tl_fact_wl(s, v - 1, WL_DETS) || tl_fact_tag(s, v - 1) == TL_POS_NUM)) return;
        v--;
    }
    if (v <= s->sb || !tl_fact_w(s, v - 1, HOSTAGE_VERBS)) return;
    int a = tl_fact_subject(s, v - 1, by_mask);
    if (a >= 0 && a != victim) tl_fact_emit_pair(s, TL_ATTACKED, a, victim, i, 3);
}
