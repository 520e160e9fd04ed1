/* tl_fact_norp.c -- "Russian President X", "Chechen leader Y": a nationality as the group a head of state leads when the document names no country for it.
 *
 * The pair lies inside one noun phrase.  The frames read it when the
 * document also names the country: the adjective then stands for that
 * entity (tl_fact_country_entity, "French President X" leads France).
 * When the document never names it, SPEC's GPE role had no argument and
 * the fact was lost, and the learned scorer never offered the pair (its
 * role types take no NORP as a group).  The gold sets count the adjective
 * itself then, as SPEC does for CITIZEN_OF ("a Georgian national"): on
 * news-train every "NORP President X" is a LEADER_OF of X and the country
 * or its adjective.  Only an office that heads a state or a people, right
 * between the adjective and the name, is read: "Russian opposition leader
 * X" and "Iranian Foreign Minister Y" lead no country, and "Shiite leader
 * Z" heads a faith (data/lexicon/cues/creed_party_words.txt).
 *
 * Measured, not taken: the same for places ("the Mozambican province of
 * X" LOCATED_IN the adjective): on news-train one right and one wrong
 * fact (a place the gold does not list), one wrong on seeds, one right on
 * redocred-holdout (bench/README.md).
 */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"

/* The mention starting exactly at token i (a name: no pronoun, not
 * virtual), or -1. */
static int name_at(const tl_fsent *s, uint32_t i) {
    int m = tl_fact_ment_at(s, i);
    if (m < 0 || s->ms[m].pron || s->ms[m].virt || s->ms[m].tb != i || s->ms[m].ent < 0) return -1;
    return m;
}

/* Tokens of an office over a state or a people starting at token k
 * ("president", "prime minister", "supreme leader"), 0 none; *type is
 * what its holder is of the state (LEADER_OF).  Measured, not taken: an
 * office that serves the state ("Israeli Foreign Minister X", "Norwegian
 * envoy Y") as MEMBER_OF of the adjective alone, one wrong fact on seeds
 * and none right; the frames read it when the country is named. */
static uint32_t office_len(const tl_fsent *s, uint32_t k, int *type) {
    *type = TL_LEADER_OF;
    if (tl_fact_w(s, k, "president|premier|leader|king|queen|monarch|ruler|dictator|chancellor|emir|strongman"))
        return 1;
    if (tl_fact_is(s, k, "prime") && tl_fact_is(s, k + 1, "minister")) return 2;
    if (tl_fact_is(s, k, "supreme") && tl_fact_is(s, k + 1, "leader")) return 2;
    return 0;
}

/* Is NORP mention m a nationality or a people (not a faith or a party)
 * whose country the document does not name? */
static int stateless_people(tl_fsent *s, int m) {
    const tl_fment *x = &s->ms[m];
    if (x->pron || x->virt || x->mod || x->ent < 0 || x->type != TL_NORP) return 0;
    const tl_str *name = &s->d->entities[x->ent].name;
    if (!(tl_gaz_lookup(s->g, name->ptr, name->len) & (TL_GAZ_DEMONYM | TL_GAZ_NORP))) return 0;
    if (tl_fact_w(s, x->te - 1, TL_CUE_CREED_PARTY_WORDS)) return 0;
    /* a country the document names: the frames read the phrase with it */
    return tl_fact_country_entity(s, x->ent) < 0;
}

void tl_fact_norp(tl_fsent *s) {
    int nm = s->nm;
    for (int m = 0; m < nm; m++) {
        if (s->ms[m].type != TL_NORP || s->ms[m].virt) continue;
        int type;
        uint32_t k = s->ms[m].te, n = office_len(s, k, &type);
        if (!n) continue;
        int p = name_at(s, k + n);
        if (p < 0 || s->ms[p].type != TL_PERSON || !stateless_people(s, m)) continue;
        tl_fcand c = {(uint8_t)type, 0, {p, m, -1, -1}, k, 1, 0, 0};
        tl_fact_push(s, &c);
    }
}
