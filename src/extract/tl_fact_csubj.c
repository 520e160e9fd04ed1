/* tl_fact_csubj.c -- a clause whose subject is an unnamed common noun with a relative clause ("those who ..., support Y") has no named subject. */
#include "tl_fact.h"
#include "tl_fact_int.h"

/* The subject search of the frames walks left from a verb to the first
 * name.  "The US warned that people who evade its rules support Y": the
 * verb's subject is "people", which names nobody; walking on finds the US,
 * the subject of another clause.  True when token k is "who" and the word
 * before it is a lower-case word that no mention covers ("those who",
 * "men who", "militants who"): the search stops there with no subject.
 * "X who", "X, who" (a name before "who") are not stopped, nor is the
 * noun of an apposition ("X, a Ugandan national who joined Y": the
 * national is X).  Can't fail. */
int tl_fact_csubj_unnamed(const tl_fsent *s, uint32_t k) {
    if (k <= s->sb || !tl_fact_is(s, k, "who")) return 0;
    uint32_t f = s->d->tokens[k - 1].flags;
    if (!(f & TL_TOK_ALPHA) || (f & TL_TOK_UPPER) || tl_fact_ment_at(s, k - 1) >= 0) return 0;
    /* back over the noun phrase to its article: ", a ..." opens an apposition */
    for (uint32_t j = k - 1; j > s->sb && j + 8 > k; j--) {
        if (tl_fact_w(s, j, "a|an|the")) return !tl_fact_is(s, j - 1, ",");
        if (tl_fact_is_punct(s, j)) break;
    }
    return 1;
}
