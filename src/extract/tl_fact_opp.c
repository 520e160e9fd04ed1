/* tl_fact_opp.c -- the OPPOSES word frames beyond the trigger table: a war or jihad waged against Y, the target of "critical of Y", and when a nationality or a name stands for a state or only modifies a noun. */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"

int tl_fact_norp_state(const tl_fsent *s, int m) {
    if (s->ms[m].type != TL_NORP || !tl_fact_w(s, s->ms[m].te, TL_CUE_STATE_BODY_NOUNS)) return 0;
    /* "a Venezuelan army officer": the state word modifies a job held */
    uint32_t n = s->ms[m].te + 1;
    return !(n < s->se && tl_fact_tag(s, n) == TL_POS_NOUN && tl_fact_ment_at(s, n) < 0 &&
             !tl_fact_w(s, n, TL_CUE_STATE_BODY_NOUNS) && tl_fact_w(s, n, TL_CUE_OCCUPATION_NOUNS));
}

int tl_fact_name_modifies_noun(const tl_fsent *s, int m) {
    uint32_t e = s->ms[m].te;
    /* "Zarqa Front (ZF) founder X": past the name's acronym */
    if (e + 2 < s->se && tl_fact_is(s, e, "(") && tl_fact_is(s, e + 2, ")")) e += 3;
    return e < s->se && tl_fact_tag(s, e) == TL_POS_NOUN && tl_fact_ment_at(s, e) < 0 &&
           !(s->d->tokens[e].flags & TL_TOK_UPPER);
}

int tl_fact_opp_waged(tl_fsent *s, uint32_t i, int target, int status) {
    uint32_t lv = tl_fact_light_verb(s, i, TL_CUE_OPPOSE_LIGHT_VERBS);
    if (lv >= i) return 0;
    /* the target right after "against" or "on": "a campaign to persuade
     * users to stop using Y" opposes no Y, nor does "a war on Y's
     * pipelines" oppose Y's owner */
    /* "against the Ugandan government": the nationality stands for its
     * state */
    int state = 0;
    if (s->ms[target].type == TL_NORP && tl_fact_norp_state(s, target)) {
        int e = tl_fact_country_entity(s, s->ms[target].ent);
        int v = e >= 0 ? tl_fact_virtual(s, target, e, TL_GPE) : -1;
        if (v >= 0) target = v; /* (else the nationality, as "an Israeli strike" is Israel's) */
        state = 1;
    }
    uint32_t tb = s->ms[target].tb;
    if (tb > s->sb + 1 && tl_fact_wl(s, tb - 1, WL_DETS)) tb--;
    /* ("a feud with (the rival) Y", "a war with Y": with its noun of
     * hostility) */
    uint32_t wb = tb;
    if (wb > s->sb + 1 && tl_fact_w(s, wb - 1, "rival|rebel|armed|powerful|larger|smaller")) wb--;
    if (wb > s->sb + 1 && tl_fact_wl(s, wb - 1, WL_DETS)) wb--;
    int with = tl_fact_w(s, i, "feud|feuds|rivalry|war|conflict") && wb > s->sb && tl_fact_is(s, wb - 1, "with");
    /* ("the Foxtrot network": a band's noun after its name is the band) */
    int band = s->ms[target].type == TL_ORG && s->ms[target].te < s->se &&
               tl_fact_w(s, s->ms[target].te, TL_FACT_BAND_NOUNS);
    if (tb <= s->sb || !(with || tl_fact_w(s, tb - 1, "against|on")) ||
        (!state && !band && tl_fact_name_modifies_noun(s, target)))
        return 0;
    /* "X withdrew when the Viceroy declared war on Y": an unnamed
     * subject right before a finite verb is the one who wages it (not
     * before a participle: "his sermons propagating jihad against Y") */
    if (lv > s->sb && (tl_fact_tag(s, lv) == TL_POS_VBD || tl_fact_tag(s, lv) == TL_POS_VERB_PRES) &&
        (tl_fact_tag(s, lv - 1) == TL_POS_NOUN || tl_fact_tag(s, lv - 1) == TL_POS_PROPN) && tl_fact_ment_at(s, lv - 1) < 0)
        return 0;
    int a = tl_fact_subject(s, lv, tl_fact_role_mask(TL_OPPOSES, 0));
    if (a < 0 || a == target) return 0;
    tl_fact_emit_pair(s, TL_OPPOSES, a, target, lv, status);
    return 1;
}

int tl_fact_opp_adj_target(const tl_fsent *s, int o) {
    if (tl_fact_norp_state(s, o)) return 1; /* "critical of the Iranian regime" */
    uint32_t e = s->ms[o].te;
    if (e >= s->se) return 1;
    if (tl_fact_name_modifies_noun(s, o)) return 0;
    /* "critical of the Guantanamo release policy": a lower-case word the
     * tagger may read as a verb still continues the noun phrase, unless it
     * is a function word; "X's faction" is X's */
    return tl_fact_ment_at(s, e) >= 0 || (s->d->tokens[e].flags & TL_TOK_UPPER) || tl_fact_is_punct(s, e) ||
           tl_fact_is(s, e, "'s") || tl_fact_is(s, e, "'") || tl_fact_wl(s, e, WL_PREPS) || tl_fact_wl(s, e, WL_AND_OR) ||
           tl_fact_wl(s, e, WL_BE) || tl_fact_wl(s, e, WL_THAT_WHO_WHICH) || tl_fact_tag(s, e) == TL_POS_ADV;
}
