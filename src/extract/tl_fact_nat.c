/* tl_fact_nat.c -- nationality appositions around a name: an alias in parentheses before them, "of X origin" after them. */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"

/* An opening or closing quotation mark (straight or curly). */
static int quote_mark(const tl_fsent *s, uint32_t k) {
    return tl_fact_is(s, k, "\"") || tl_fact_is(s, k, "\u201c") || tl_fact_is(s, k, "\u201d") ||
           tl_fact_is(s, k, "'") || tl_fact_is(s, k, "\u2018") || tl_fact_is(s, k, "\u2019") || tl_fact_is(s, k, "``") ||
           tl_fact_is(s, k, "''");
}

/* Indictments name a defendant and then the short name they use for him:
 * "Sim Hyon Sop ("Sim"), 39, a North Korean national".  When token k
 * closes such a parenthesis -- one to four capitalised words, quoted or
 * not, nothing else -- the token before the parenthesis is where the name
 * ends; otherwise k itself.  "(the Department)", "(2019)" or a remark with
 * a comma or a verb inside is no alias.  Can't fail. */
uint32_t tl_fact_nat_alias_skip(const tl_fsent *s, uint32_t k) {
    if (k <= s->sb + 1 || k >= s->se || !tl_fact_is(s, k, ")")) return k;
    uint32_t o = k;
    int words = 0, quotes = 0;
    while (o > s->sb && o + 8 > k) {
        o--;
        if (tl_fact_is(s, o, "(")) break;
        if (quote_mark(s, o)) {
            quotes++;
            continue;
        }
        uint32_t f = s->d->tokens[o].flags;
        if (!(f & TL_TOK_ALPHA) || !(f & TL_TOK_UPPER)) return k;
        words++;
    }
    if (!tl_fact_is(s, o, "(") || o <= s->sb || words == 0 || words > 4 || (quotes != 0 && quotes != 2)) return k;
    return o - 1;
}

/* "a radicalised Russian of Chechen origin": after the nationality that
 * heads an apposition, "of" + a people + a noun of descent
 * (cues/origin_nouns.txt) says where the family came from; the
 * nationality before it is still the citizenship, and the apposition
 * goes on past the phrase.  Returns the
 * token after the descent noun, or e when tokens e.. are no such phrase.
 * Can't fail. */
uint32_t tl_fact_nat_origin_tail(const tl_fsent *s, uint32_t e) {
    if (!tl_fact_is(s, e, "of")) return e;
    int m = tl_fact_ment_at(s, e + 1);
    if (m < 0 || s->ms[m].pron || s->ms[m].tb != e + 1 || s->ms[m].type != TL_NORP) return e;
    uint32_t k = s->ms[m].te;
    if (!tl_fact_w(s, k, TL_CUE_ORIGIN_NOUNS)) return e;
    return k + 1;
}
