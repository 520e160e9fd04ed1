/* tl_fact_mod.c -- fact extraction: facts fused into compounds ("Iran-backed X") and each fact's modality (negation, hedges, attribution). */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"
#include <string.h>

/* ---- compounds ----------------------------------------------------------------- */

/* "Iran-backed militias", "the Tehran-funded Hussainiyoun", "an Iran-funded
 * organisation is the Huseyniyya": a name fused with a participle of
 * support names the supporter of the noun phrase it modifies. */
static int compound_suffix(const char *w, size_t n, const char *list) {
    const char *dash = memchr(w, '-', n);
    while (dash) {
        const char *next = memchr(dash + 1, '-', n - (size_t)(dash + 1 - w));
        if (!next) break;
        dash = next;
    }
    if (!dash || dash == w) return 0;
    return tl_trig_in_list(list, dash + 1, n - (size_t)(dash + 1 - w));
}

/* Does mention x form a compound with one of list's participles?  Yes
 * when its last token holds it ("Iran-backed": *t is that token, *y is
 * x) or when the tokenizer split a name's period from it ("U.S.-based":
 * "U.S.", "-", "based" written without spaces: *y is x stretched past
 * the participle, *t the participle).  Can't fail. */
static int glued_compound(const tl_fsent *s, const tl_fment *x, const char *list, tl_fment *y, uint32_t *t) {
    *y = *x;
    uint32_t r = x->te - 1 - s->sb;
    if (compound_suffix(s->low[r], s->len[r], list)) {
        /* the name must end inside the compound, not be a name that
         * ends in such a word */
        *t = x->te - 1;
        return s->d->entities[x->ent].name.len < s->len[r];
    }
    uint32_t d = x->te;
    if (d + 1 >= s->se || !tl_fact_is(s, d, "-") || s->d->tokens[d].start != s->d->tokens[d - 1].end ||
        s->d->tokens[d + 1].start != s->d->tokens[d].end || !tl_trig_in_list(list, s->low[d + 1 - s->sb], s->len[d + 1 - s->sb]))
        return 0;
    y->te = d + 2;
    *t = d + 1;
    return 1;
}

#define SUPPORT_PARTICIPLES "backed|funded|sponsored|supported|financed|bankrolled|armed|trained|equipped"

/* The name a compound modifier ending at token t describes: the name it
 * premodifies ("the Iran-backed X"), the subject of a copula after its
 * phrase ("an Iran-funded organisation is X"), the name its phrase is an
 * apposition of ("X, an Iran-backed militia") or, when want_after, the
 * name set off after its phrase ("a Minsk-based supplier, X,").  -1 when
 * none. */
static int compound_holder(const tl_fsent *s, const tl_fment *x, int want_after) {
    int o = tl_fact_ment_from(s, x->te, NULL);
    if (o >= 0 && s->ms[o].tb > x->te + 1) o = -1; /* "Iran-backed the group": no */
    /* ("a Culiacan-based company he controls": not a personal pronoun;
     * "the Iran-backed group" stands for the body) */
    if (o >= 0 && s->ms[o].pron && tl_fact_w(s, s->ms[o].tb, "he|she|it|they|him|her|them|his|its|their|we|i|you"))
        o = -1;
    /* "X, a Somalia-based al-Shabaab official": the body's name modifies a
     * person's noun, which the place describes; the apposition's name is
     * the holder */
    /* (not "Iran-backed X fighters", "Rwanda-backed M23 rebels": the
     * fighters of a band stand for it) */
    if (o >= 0 && s->ms[o].type == TL_ORG && s->ms[o].te < s->se &&
        (tl_fact_w(s, s->ms[o].te, TL_CUE_LEADER_WORDS) || tl_fact_w(s, s->ms[o].te, TL_CUE_MEMBER_NOUNS) ||
         tl_fact_w(s, s->ms[o].te, TL_CUE_MEMBER_ROLE_NOUNS)) &&
        !tl_fact_w(s, s->ms[o].te, "fighters|militants|rebels|insurgents|militiamen|gunmen|forces"))
        o = -1;
    if (o < 0) {
        for (uint32_t k = x->te; k < s->se && k < x->te + 4; k++) {
            if (tl_fact_wl(s, k, WL_IS_WAS_ARE_ETC)) { o = tl_fact_ment_from(s, k + 1, NULL); break; }
            if (want_after && tl_fact_is(s, k, ",") && k > x->te) {
                /* "a Kenya-based money firm, Hadid Exchange,": the name is
                 * the whole apposition, ended by punctuation or a verb */
                int m = tl_fact_ment_at(s, k + 1);
                if (m >= 0 && s->ms[m].tb == k + 1 && !s->ms[m].pron &&
                    (s->ms[m].te >= s->se || tl_fact_is_punct(s, s->ms[m].te) || tl_fact_is_verbish(s, s->ms[m].te)))
                    o = m;
                break;
            }
            int m = tl_fact_ment_at(s, k);
            if (m >= 0 && k > x->te && s->ms[m].tb == k && !s->ms[m].pron) {
                /* "the Turkey-based money services firm X": a name after a
                 * few lower-case words of its kind */
                int plain = 1;
                for (uint32_t j = x->te; j < k; j++)
                    plain &= (s->d->tokens[j].flags & TL_TOK_ALPHA) && !(s->d->tokens[j].flags & TL_TOK_UPPER) &&
                             !tl_fact_wl(s, j, WL_PREPS) && !tl_fact_wl(s, j, WL_BE) && !tl_fact_wl(s, j, WL_AND_OR) &&
                             !tl_fact_wl(s, j, WL_DETS) && !tl_fact_is(s, j, "to");
                /* the word before the name says what kind it is ("firm"),
                 * so a verb the tagger misread ("paid") opens no name */
                if (plain && tl_fact_w(s, k - 1, TL_CUE_KIND_ORG_NOUNS)) o = m;
                break;
            }
            if (m >= 0 || tl_fact_is_punct(s, k) || (s->d->tokens[k].flags & TL_TOK_UPPER)) break;
        }
    }
    if (o < 0 && x->tb >= s->sb + 3) {
        uint32_t k = x->tb - 1;
        if (tl_fact_w(s, k, "a|an|the") && tl_fact_is(s, k - 1, ",")) o = tl_fact_ment_ending(s, k - 2);
        /* "X is a Nairobi-based businessman": the copula's subject */
        else if (tl_fact_w(s, k, "a|an") && tl_fact_w(s, k - 1, "is|was")) o = tl_fact_ment_ending(s, k - 2);
        if (o >= 0 && s->ms[o].pron) o = -1;
    }
    return o;
}

/* "the U.S.-born Hamas financier X": the person named right after a
 * description that starts at token k, a few lower-case words and names
 * of bodies or peoples that modify it, the last a lower-case noun; -1.
 * Can't fail. */
static int person_after_description(const tl_fsent *s, uint32_t k) {
    for (uint32_t j = k, n = 0; j < s->se && n < 6; n++) {
        int m = tl_fact_ment_at(s, j);
        if (m >= 0 && s->ms[m].tb == j && !s->ms[m].pron && s->ms[m].type == TL_PERSON) {
            uint32_t p = j - 1;
            return j > k && (s->d->tokens[p].flags & TL_TOK_ALPHA) && !(s->d->tokens[p].flags & TL_TOK_UPPER) &&
                           tl_fact_tag(s, p) == TL_POS_NOUN
                       ? m
                       : -1;
        }
        if (m >= 0 && !s->ms[m].pron && (s->ms[m].type == TL_ORG || s->ms[m].type == TL_NORP)) {
            j = s->ms[m].te;
            continue;
        }
        if (m >= 0 || !(s->d->tokens[j].flags & TL_TOK_ALPHA) || (s->d->tokens[j].flags & TL_TOK_UPPER) ||
            tl_fact_wl(s, j, WL_PREPS) || tl_fact_wl(s, j, WL_BE) || tl_fact_wl(s, j, WL_AND_OR) ||
            tl_fact_wl(s, j, WL_DETS) || tl_fact_is_verbish(s, j))
            return -1;
        j++;
    }
    return -1;
}

void tl_fact_compounds(tl_fsent *s) {
    int nm = s->nm; /* tl_fact_emit() may add virtual mentions */
    for (int m = 0; m < nm; m++) {
        const tl_fment *x = &s->ms[m];
        /* "Iranian-backed": a people's name stands for its state when the
         * document names the state */
        int norp = x->type == TL_NORP && !x->pron && !x->virt;
        if (x->pron || x->virt || (!norp && !tl_fact_type_ok(s, m, tl_fact_role_mask(TL_SUPPORTS, 0)))) continue;
        tl_fment y;
        uint32_t t;
        /* "a Chinese state-sponsored group", "a Russian government-backed
         * hacking group": a people's name before a state's support is its
         * state's, as "Iranian-backed" is */
        if (norp && x->te < s->se &&
            tl_fact_w(s, x->te, "state-sponsored|state-backed|state-supported|state-funded|state-linked|state-affiliated|"
                                "government-backed|government-sponsored|government-funded|government-linked")) {
            y = *x;
            y.te = x->te + 1;
            t = x->te;
        } else if (!glued_compound(s, x, SUPPORT_PARTICIPLES, &y, &t)) {
            continue;
        }
        uint32_t mask = tl_fact_role_mask(TL_SUPPORTS, 1) & ~(1u << TL_GPE);
        int o = compound_holder(s, &y, 0);
        if (o < 0 || !tl_fact_type_ok(s, o, mask)) continue;
        int a = m;
        if (norp) {
            int32_t e = tl_fact_country_entity(s, x->ent);
            a = e >= 0 ? tl_fact_virtual(s, m, e, TL_GPE) : -1;
            if (a < 0) continue;
        }
        /* background, like any noun phrase fact: "Iran-backed X" in a
         * sentence a source is credited with is the author's */
        s->np = 1;
        tl_fact_emit(s, TL_SUPPORTS, a, o, -1, -1, t, 0);
        s->np = 0;
    }
    /* "the pro-Hamas collective X", "X, a pro-Iranian militia": a name
     * fused after "pro-" is supported by the name its phrase describes. */
    for (int m = 0; m < nm; m++) {
        const tl_fment *x = &s->ms[m];
        uint32_t r = x->tb - s->sb;
        if (x->pron || x->virt || x->te != x->tb + 1 || s->len[r] < 5 || memcmp(s->low[r], "pro-", 4) != 0) continue;
        const tl_str *nmv = &s->d->entities[x->ent].name;
        if (nmv->len >= s->len[r]) continue;
        int o = compound_holder(s, x, 0);
        if (o < 0 || s->ms[o].ent == x->ent || !tl_fact_type_ok(s, o, tl_fact_role_mask(TL_SUPPORTS, 0))) continue;
        s->np = 1;
        tl_fact_emit(s, TL_SUPPORTS, o, m, -1, -1, x->tb, 0);
        s->np = 0;
    }
    /* "the Kenya-based X", "X, a Minsk-based supplier", "a Texas-based
     * firm, X": a place fused with "based" or "headquartered" places the
     * name the phrase describes.  Background, like any noun phrase fact. */
    for (int m = 0; m < nm; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->pron || x->virt || !tl_fact_type_ok(s, m, tl_fact_role_mask(TL_LOCATED_IN, 1))) continue;
        tl_fment y;
        uint32_t t;
        if (!glued_compound(s, x, "based|headquartered", &y, &t)) continue;
        int o = compound_holder(s, &y, 1);
        if (o < 0 || s->ms[o].ent == x->ent || !tl_fact_type_ok(s, o, tl_fact_role_mask(TL_LOCATED_IN, 0))) continue;
        s->np = 1;
        tl_fact_emit(s, TL_LOCATED_IN, o, m, -1, -1, t, 0);
        s->np = 0;
    }
    /* "Anwar al-Awlaki, a U.S.-born cleric", "the Pakistan-born
     * businessman X": a place fused with "born" is the person's
     * birthplace (a people's name, "Iranian-born", names no place) */
    for (int m = 0; m < nm; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->pron || x->virt || (x->type != TL_GPE && x->type != TL_LOC)) continue;
        tl_fment y;
        uint32_t t;
        if (!glued_compound(s, x, "born", &y, &t)) continue;
        int o = compound_holder(s, &y, 1);
        if (o < 0) o = person_after_description(s, y.te);
        if (o < 0 || s->ms[o].type != TL_PERSON || s->ms[o].pron) continue;
        s->np = 1;
        tl_fact_emit(s, TL_BORN_IN, o, m, -1, -1, t, 0);
        s->np = 0;
    }
}

/* ---- modality ---------------------------------------------------------------- */

int tl_fact_charge_answered(const tl_fsent *s, int a0_tok, uint32_t trig) {
    uint32_t from = a0_tok >= 0 && (uint32_t)a0_tok < trig ? (uint32_t)a0_tok : (trig > s->sb + 8 ? trig - 8 : s->sb);
    int answers = 0;
    for (uint32_t k = from; k <= trig + 1 && k < s->se; k++) {
        if (!tl_fact_wl(s, k, WL_NEG)) continue;
        /* a plea: "not guilty" answers the charge it is entered to */
        if (tl_fact_is(s, k + 1, "guilty")) { answers = 1; continue; }
        /* a denial of the charge itself: "denied the charges",
         * "denies all the accusations against him" */
        if (tl_fact_wl(s, k, WL_DENIAL_VERBS)) {
            int charge = 0;
            for (uint32_t j = k + 1; j < s->se && j <= k + 3 && !charge; j++)
                charge = tl_fact_w(s, j, "charge|charges|accusation|accusations|allegation|allegations|count|counts");
            if (charge) { answers = 1; continue; }
        }
        return 0; /* "has not been charged": a negation of the charge */
    }
    return answers;
}

/* A hedge used as a modifier ("the alleged spy", "a key suspect") doubts
 * only its own noun phrase: "an alleged member of X" is alleged, but in
 * "the alleged spy, X, was extradited" the extradition is not.  True when the
 * hedge at k is not such a modifier, or when trig lies inside its phrase. */
static int attributive_hedge_covers(const tl_fsent *s, uint32_t k, uint32_t trig) {
    if (!tl_fact_w(s, k, "alleged|suspected|suspect|suspects|purported|accused")) return 1;
    /* "X, accused of war crimes, was extradited", "a commander suspected
     * of murder was arrested": the participle's phrase ends before the
     * verb of the fact, whose own auxiliary follows it */
    if (trig > k + 2 && tl_fact_w(s, k, "accused|suspected") && tl_fact_w(s, k + 1, "of|in"))
        for (uint32_t j = k + 2; j < trig; j++)
            if (tl_fact_w(s, j, "was|were|is|are|has|have|had")) return 0;
    /* ("a man accused of financing X pleaded not guilty": or the fact's
     * own verb is the finite one after the phrase) */
    if (trig > k + 2 && tl_fact_w(s, k, "accused|suspected") && tl_fact_w(s, k + 1, "of|in") &&
        (tl_fact_tag(s, trig) == TL_POS_VBD || tl_fact_tag(s, trig) == TL_POS_VERB_PRES) &&
        !tl_fact_w(s, trig - 1, "having|to|and|or"))
        return 0;
    /* "the arrested suspects", "two suspects": the noun names people and
     * doubts nothing (the adjective "suspected" does) */
    if (k > s->sb + 1 && tl_fact_w(s, k, "suspect|suspects") &&
        (tl_fact_wl(s, k - 1, WL_DETS) || (s->d->tokens[k - 1].flags & TL_TOK_DIGIT) ||
         (tl_fact_wl(s, k - 2, WL_DETS) && (tl_fact_tag(s, k - 1) == TL_POS_ADJ || tl_fact_tag(s, k - 1) == TL_POS_VBN ||
                                            tl_fact_tag(s, k - 1) == TL_POS_VBD || tl_fact_tag(s, k - 1) == TL_POS_NUM))))
        return 0;
    if (k == s->sb || !(tl_fact_wl(s, k - 1, WL_DETS) || (s->d->tokens[k - 1].flags & TL_TOK_DIGIT) ||
                        tl_fact_w(s, k - 1, "key|main|prime|chief|other|two|three|four|five|six|seven|eight|nine|ten|"
                                            "several|many|dozens|both|all|these|those|more|'s|\u2019s|his|her|its|their")))
        return 1;
    if (trig < k || trig > k + 6) return 0;
    for (uint32_t j = k + 1; j < trig; j++)
        if (tl_fact_is_punct(s, j) || tl_fact_wl(s, j, WL_BE) || tl_fact_is_verbish(s, j)) return 0;
    return 1;
}

/* Does the verb of claiming at k take an attack as its object ("claimed
 * responsibility", "claimed the bombing", "claimed the 2017 attacks"), or
 * name who claimed one ("a bombing claimed by X")?
 * Can't fail. */
static int claimed_attack(const tl_fsent *s, uint32_t k) {
    if (tl_fact_is(s, k + 1, "responsibility") || tl_fact_wl(s, k + 1, WL_ATTACK_EVENT_NOUNS)) return 1;
    /* ("a bombing claimed by X", "a car bomb claimed by X": the claim's
     * participle after the attack or its weapon) */
    if (k > s->sb && tl_fact_is(s, k + 1, "by") &&
        (tl_fact_wl(s, k - 1, WL_ATTACK_EVENT_NOUNS) || tl_fact_w(s, k - 1, TL_CUE_ATTACK_WEAPON_NOUNS)))
        return 1;
    /* ("claimed twin suicide bombings": modifiers with no determiner,
     * lower-case words of the attack's kind) */
    uint32_t j = k + 1;
    if (tl_fact_w(s, j, "the|an|a|its|their|both|two|three|several")) j++;
    for (uint32_t e = j + 3; j < s->se && j < e; j++) {
        if (tl_fact_wl(s, j, WL_ATTACK_EVENT_NOUNS)) return 1;
        if (!(s->d->tokens[j].flags & TL_TOK_DIGIT) && tl_fact_tag(s, j) != TL_POS_ADJ && tl_fact_tag(s, j) != TL_POS_NUM &&
            !tl_fact_w(s, j, "suicide|twin|car|truck|drone|rocket|missile|bomb|terror|terrorist|deadly"))
            return 0;
    }
    return 0;
}

/* "arrested 30 people on suspicion of spying since Russia's invasion of
 * Ukraine": a phrase of time between the hedge at k and the trigger
 * (which lies within a few words of its "since", "amid" or "during")
 * tells a known event the suspicion does not cover.  Can't fail. */
static int time_phrase_after(const tl_fsent *s, uint32_t k, uint32_t trig) {
    for (uint32_t j = k + 1; j < trig; j++)
        if (tl_fact_w(s, j, "since|amid|during") && trig <= j + 6) return 1;
    return 0;
}

/* "X, believed to be a member of Y, was arrested", "X, said to have
 * funded Y, fled": a hedging participle that opens an aside set off by
 * commas doubts the aside alone.  True when the word at k opens such an
 * aside and trig lies past its closing comma.  Can't fail. */
static int hedge_aside_before(const tl_fsent *s, uint32_t k, uint32_t trig) {
    if (k <= s->sb + 1 || !tl_fact_is(s, k - 1, ",") || !tl_fact_w(s, k + 1, "to|of|as|in|by")) return 0;
    for (uint32_t c = k + 2; c < trig && c < k + 25; c++) {
        if (tl_fact_is(s, c, ",")) return 1;
        if (tl_fact_is_punct(s, c)) return 0;
    }
    return 0;
}

/* "X, who allegedly heads the group's finance office, was sanctioned": a
 * hedge inside a relative clause set off by commas doubts the clause
 * alone.  True when the hedge at k follows ", who" or ", which" (a few
 * words back) and the clause's closing comma comes before trig.  Can't
 * fail. */
static int relative_aside_before(const tl_fsent *s, uint32_t k, uint32_t trig) {
    if (k >= trig) return 0;
    int rel = 0;
    for (uint32_t j = k; j > s->sb + 1 && j + 5 > k && !rel; j--) {
        if (tl_fact_is_punct(s, j - 1) && !tl_fact_is(s, j - 1, ",")) return 0;
        rel = tl_fact_w(s, j - 1, "who|which") && tl_fact_is(s, j - 2, ",");
    }
    if (!rel) return 0;
    for (uint32_t c = k + 1; c < trig && c < k + 25; c++) {
        if (tl_fact_is(s, c, ",")) return 1;
        if (tl_fact_is_punct(s, c)) return 0;
    }
    return 0;
}

/* "The network was allegedly run by X, a 41-year-old Albanian who lived
 * in Brussels": a relative clause on an apposition's noun after the hedge
 * at k describes the one named, outside what is doubted.  True when trig
 * lies in such a clause.  Can't fail. */
static int apposition_clause_after(const tl_fsent *s, uint32_t k, uint32_t trig) {
    int appos = 0;
    for (uint32_t j = k + 1; j < trig; j++) {
        if (tl_fact_is(s, j, ",") && j + 1 < trig && tl_fact_w(s, j + 1, "a|an")) appos = 1;
        else if (appos && tl_fact_w(s, j, "who|which")) return 1;
        else if (tl_fact_is(s, j, ";") || tl_fact_is(s, j, ".")) return 0;
    }
    return 0;
}

/* True when mention m can be the named source of a report: a name, not a
 * pronoun and not a nationality ("German prosecutors said" names no one). */
static int named_source(const tl_fsent *s, int m) {
    return !s->ms[m].pron && s->ms[m].type != TL_NORP;
}

/* "State Department spokesman X said ...", "X of Hamas said ...": a fact
 * read from a noun or preposition inside the subject of the saying verb
 * at k describes the speaker in the author's words; it is not what the
 * speaker said.  Can't fail. */
static int speaker_description(const tl_fsent *s, uint32_t trig, int a0_tok, uint32_t k) {
    if (a0_tok < 0 || (uint32_t)a0_tok >= k || trig >= k || tl_fact_is_verbish(s, trig)) return 0;
    uint32_t from = (uint32_t)a0_tok < trig ? (uint32_t)a0_tok : trig;
    for (uint32_t j = from; j < k; j++)
        if (tl_fact_is_punct(s, j) || (j != trig && tl_fact_is_verbish(s, j))) return 0;
    return 1;
}

/* Does the nearest word of preps in the reach-1 words before the trigger
 * at trig follow, at most eight words after, a verb of verbs ("sanctioned
 * ... for", "designated ... as", "charged ... with")?  What that phrase
 * says is then the verb's grounds, an accusation.  Can't fail. */
static int grounds_of(const tl_fsent *s, uint32_t trig, uint32_t reach, const char *preps, const char *verbs) {
    if (trig < s->sb + 2 || trig >= s->se) return 0;
    for (uint32_t j = trig - 1; j > s->sb && j + reach > trig; j--) {
        if (!tl_fact_w(s, j, preps)) continue;
        for (uint32_t k = j; k > s->sb && k + 8 > j; k--)
            if (tl_fact_w(s, k - 1, verbs)) return 1;
        return 0;
    }
    return 0;
}

/* "X was recruited by Y in 2020, prosecutors allege.", "..., the
 * indictment alleges.", "..., alleges the complaint.": a verb of
 * accusation that ends the sentence after a comma, with its subject of a
 * few words before or after it, casts all before the comma, trig among
 * it, as an allegation.  Can't fail. */
static int trailing_allegation(const tl_fsent *s, uint32_t trig) {
    static const char verbs[] = "allege|alleges|alleged|claim|claims|contend|contends|charge|charges|suspect|suspects";
    uint32_t e = s->se;
    while (e > s->sb && (tl_fact_is_punct(s, e - 1) || (s->d->tokens[e - 1].flags & TL_TOK_QUOTE))) e--;
    if (e < s->sb + 3) return 0;
    uint32_t v = e - 1, c;
    if (tl_fact_w(s, v, verbs)) { /* "..., prosecutors allege." */
        c = v;
        while (c > s->sb && c + 5 > v && !tl_fact_is(s, c - 1, ",")) c--;
        c--;
    } else { /* "..., alleges the indictment." */
        c = v;
        while (c > s->sb && c + 5 > v && !tl_fact_is(s, c, ",")) c--;
        if (!tl_fact_is(s, c, ",") || !tl_fact_w(s, c + 1, verbs)) return 0;
        v = c + 1;
    }
    if (c <= s->sb || !tl_fact_is(s, c, ",") || trig >= c) return 0;
    /* the words between the comma and the end: the subject, no verb */
    for (uint32_t k = c + 1; k < e; k++) {
        if (k == v) continue;
        int t = tl_fact_tag(s, k);
        if (tl_fact_is_punct(s, k) || t == TL_POS_VBD || t == TL_POS_VBN || t == TL_POS_VERB_PRES) return 0;
    }
    return 1;
}

int tl_fact_relative_belief(const tl_fsent *s, uint32_t trig) {
    for (uint32_t k = trig > s->sb + 5 ? trig - 3 : s->sb + 2; k < trig; k++) {
        if (!tl_fact_w(s, k, "believe|believes|believed|suspect|suspects|suspected|think|thinks|thought")) continue;
        for (uint32_t j = k - 1, d = 0; j > s->sb && d < 3 && !tl_fact_is_punct(s, j); j--, d++)
            if (tl_fact_w(s, j - 1, "who|which|whom")) return 1;
    }
    return 0;
}

void tl_fact_modality(const tl_fsent *s, uint32_t trig, int a0_tok, uint8_t *modality, int32_t *source) {
    *modality = TL_ASSERTED;
    *source = -1;
    /* Negation: between the subject (or 5 tokens back) and the trigger. */
    uint32_t from = a0_tok >= 0 && (uint32_t)a0_tok < trig ? (uint32_t)a0_tok : (trig > s->sb + 5 ? trig - 5 : s->sb);
    if (trig - from > 8) from = trig - 8;
    for (uint32_t k = from; k < trig; k++)
        if (tl_fact_wl(s, k, WL_NEG) && !tl_fact_is(s, k + 1, "only") && !tl_fact_is(s, k + 1, "longer")) {
            *modality = TL_NEGATED;
            return;
        }
    /* "X refused to condemn Y", "X failed to arrest Y", "X avoided
     * criticising Y", "X stopped short of sanctioning Y": a verb that
     * says the act was not done, right before it (not "X, who refused to
     * testify, was charged": the verb must govern the trigger) */
    for (uint32_t k = from; k < trig; k++) {
        int gov = trig == k + 1 || (tl_fact_is(s, k + 1, "to") && trig <= k + 3) ||
                  (tl_fact_is(s, k, "short") && tl_fact_is(s, k + 1, "of") && trig == k + 2 && k > s->sb &&
                   tl_fact_w(s, k - 1, "stopped|stops|stop|stopping"));
        if (gov && (tl_fact_is(s, k, "short") ||
                    tl_fact_w(s, k, "avoided|avoids|avoid|avoiding|refused|refuses|refuse|refusing|declined|declines|"
                                    "decline|declining|failed|fails|fail|failing|reluctant|unwilling|unable"))) {
            *modality = TL_NEGATED;
            return;
        }
    }
    /* "police found no evidence that X funded Y", "X was cleared of
     * funding Y": the clause after them is denied */
    for (uint32_t k = trig > s->sb + 12 ? trig - 12 : s->sb; k + 1 < trig; k++) {
        if (tl_fact_is(s, k, "no") && tl_fact_w(s, k + 1, "evidence|proof|indication|sign|signs") &&
            tl_fact_w(s, k + 2, "that|of")) {
            *modality = TL_NEGATED;
            return;
        }
        if (k + 2 >= trig && tl_fact_w(s, k, "cleared|acquitted|exonerated") && tl_fact_is(s, k + 1, "of")) {
            *modality = TL_NEGATED;
            return;
        }
    }
    /* "X denied (for years) that he led the group": a denial governs the
     * clause after it */
    /* ("denied that it had known X was living in Y": what one denies
     * knowing is a fact the text takes as given) */
    for (uint32_t k = s->sb; k < from; k++)
        if (tl_fact_wl(s, k, WL_DENIAL_VERBS) && k < trig)
            for (uint32_t j = k + 1; j < from + 1 && j < k + 5; j++)
                if (tl_fact_is(s, j, "that") || tl_fact_is(s, j, "having")) {
                    for (uint32_t q = j + 1; q < trig && q < j + 5; q++)
                        if (tl_fact_w(s, q, "known|knew|know|knowing|aware|realized|realised|noticed")) return;
                    *modality = TL_NEGATED;
                    return;
                }
    /* "X was sanctioned for financing Y", "designated for its support to
     * Y": the grounds of a sanction are an accusation; so is what someone
     * is blamed for ("officials blamed X for the attack on Y") */
    if (grounds_of(s, trig, 3, "for",
                   "sanctioned|sanctions|sanctioning|designated|designating|blacklisted|blacklisting|blamed|blames|"
                   "blame|blaming")) {
        *modality = TL_ALLEGED;
        return;
    }
    /* "the U.S. designated X as a Hezbollah financier", "X was labeled by
     * the Treasury as one of Y's financiers": what a designation calls
     * someone is an accusation (a noun the "as" phrase ends in: "a man
     * identified only as X, arrested in Y" names a man) */
    if (tl_fact_tag(s, trig) == TL_POS_NOUN &&
        grounds_of(s, trig, 6, "as",
                   "designated|designating|labeled|labelled|labeling|labelling|branded|blacklisted|sanctioned")) {
        *modality = TL_ALLEGED;
        return;
    }
    /* "X was charged with supplying arms to Y", "indicted for funding Y":
     * what a charge says is an accusation (the charge itself, at
     * "charged", is an event) */
    /* ("charged with plotting to kill Y": the gerund's infinitive too) */
    uint32_t reach = trig >= s->sb + 3 && tl_fact_is(s, trig - 1, "to") && tl_fact_tag(s, trig - 2) == TL_POS_VBG ? 4 : 3;
    /* ("over the 2014 cyberattack": a year before the noun) */
    if (trig > s->sb + 1 && (s->d->tokens[trig - 1].flags & TL_TOK_DIGIT)) reach++;
    if (grounds_of(s, trig, reach, "with|for|of|over", "charged|charging|indicted|indicting|charges|indictment")) {
        *modality = TL_ALLEGED;
        return;
    }
    /* "Treasury sanctioned X, who has facilitated transfers to Y": what
     * a relative clause says of the one sanctioned or charged is the
     * accusation */
    /* (a role the clause names, "who heads Y's office", is who the person
     * is, and stays asserted) */
    int role = tl_fact_w(s, trig, "heads|head|headed|leads|lead|led|runs|run|ran|chairs|chaired|commands|commanded|"
                                  "serves|served|works|worked|belongs|belonged|founded|manages|managed|leader|member|"
                                  "chief|commander|founder|official|officer|operative|representative|is|was");
    for (uint32_t k = trig; !role && k > s->sb + 2 && k + 12 > trig; k--) {
        if (tl_fact_is(s, k, ";") || tl_fact_is(s, k, ".")) break;
        if (!tl_fact_w(s, k, "who|which")) continue;
        int m = tl_fact_is(s, k - 1, ",") ? tl_fact_ment_ending(s, k - 2) : -1;
        /* "designating X, a Kenya-based facilitator who has moved funds":
         * the apposition's noun stands between */
        for (uint32_t j = k - 1; m < 0 && j > s->sb + 1 && j + 8 > k; j--) {
            if (tl_fact_is(s, j, ",") && tl_fact_w(s, j + 1, "a|an")) {
                m = tl_fact_ment_ending(s, j - 1);
                break;
            }
            if (tl_fact_is_punct(s, j) || tl_fact_is_verbish(s, j)) break;
        }
        if (m < 0) break;
        uint32_t b = s->ms[m].tb;
        /* the name is the verb's object: titles between, no clause ("Three
         * of those sanctioned live in Turkey: X, who heads ..." is not) */
        for (uint32_t j = b; j > s->sb && j + 6 > b; j--) {
            if (tl_fact_w(s, j - 1, "sanctioned|designated|indicted|charged|accused|blacklisted|targeted|sanctioning|"
                                    "designating")) {
                *modality = TL_ALLEGED;
                return;
            }
            if (tl_fact_is_punct(s, j - 1) || tl_fact_is_verbish(s, j - 1)) break;
        }
        break;
    }
    /* "X has been linked to the 2018 poisoning of Y": a link is a
     * suspicion */
    for (uint32_t k = trig; k > s->sb + 1 && k + 5 > trig; k--) {
        if (tl_fact_is_punct(s, k - 1) || tl_fact_ment_at(s, k - 1) >= 0) break; /* "militants linked to X attacked" */
        if (tl_fact_is(s, k - 1, "to") && tl_fact_w(s, k - 2, "linked|tied|connected")) {
            *modality = TL_ALLEGED;
            return;
        }
    }
    /* "X is wanted in Iraq for his role in the bombings": what one is
     * wanted for is an accusation */
    for (uint32_t k = trig; k > s->sb + 1 && k + 8 > trig; k--) {
        if (tl_fact_is(s, k - 1, ";") || tl_fact_is(s, k - 1, ".")) break;
        if (!tl_fact_is(s, k - 1, "for")) continue;
        /* "wanted for", "wanted in Iraq for" */
        for (uint32_t j = k - 1; j > s->sb && j + 5 > k; j--) {
            if (tl_fact_is_punct(s, j - 1)) break;
            if (tl_fact_is(s, j - 1, "wanted")) {
                *modality = TL_ALLEGED;
                return;
            }
        }
    }
    /* "the bombing was blamed on X", "an attack attributed to X": whom an
     * attack is laid on is accused of it (and "Authorities blamed X": the
     * blame itself is the fact's word) */
    if (trig < s->se && tl_fact_w(s, trig, "blamed|blames|blame|blaming")) {
        *modality = TL_ALLEGED;
        return;
    }
    for (uint32_t k = trig + 1; k + 1 < s->se && k < trig + 12; k++)
        if (tl_fact_w(s, k, "blamed|attributed") && tl_fact_w(s, k + 1, "on|to")) {
            *modality = TL_ALLEGED;
            return;
        }
    /* "X, police believe, was a member of Y": a belief set off by commas
     * inside the clause doubts it */
    for (uint32_t k = s->sb + 2; k + 1 < trig; k++) {
        if (!tl_fact_is(s, k + 1, ",") || !tl_fact_w(s, k, "believe|believes|suspect|think|thinks")) continue;
        for (uint32_t j = k - 1; j > s->sb && j + 5 > k; j--)
            if (tl_fact_is(s, j, ",")) {
                *modality = TL_ALLEGED;
                return;
            }
    }
    if (tl_fact_relative_belief(s, trig)) {
        *modality = TL_ALLEGED;
        return;
    }
    /* Hedges anywhere before the trigger (and right after it: "X was
     * arrested, allegedly for ..."), "on suspicion of", "thought to". */
    uint32_t end = trig + 3 < s->se ? trig + 3 : s->se;
    for (uint32_t k = s->sb; k < end; k++) {
        if (!tl_fact_wl(s, k, WL_HEDGE)) continue;
        if (k == trig) continue; /* "the department accused X": the accusation is the fact */
        if (tl_fact_wl(s, k, WL_THOUGHT_BELIEVED) && !tl_fact_wl(s, k + 1, WL_TO_THAT)) continue;
        if (tl_fact_wl(s, k, WL_MAY) && (s->d->tokens[k].flags & TL_TOK_UPPER)) continue;
        /* ("X claimed the bombing": a claim of one's own attack, as a
         * claim of responsibility is) */
        if (tl_fact_wl(s, k, WL_CLAIM_CLAIMS_CLAIMED_ETC) && claimed_attack(s, k)) continue;
        if (tl_fact_wl(s, k, WL_REPORTEDLY)) {
            if (!relative_aside_before(s, k, trig)) *modality = TL_REPORTED;
            continue;
        }
        if (!attributive_hedge_covers(s, k, trig) || hedge_aside_before(s, k, trig) || time_phrase_after(s, k, trig) ||
            (k < trig && apposition_clause_after(s, k, trig)) || relative_aside_before(s, k, trig))
            continue;
        *modality = TL_ALLEGED;
        return;
    }
    if (*modality == TL_REPORTED) return;
    if (trailing_allegation(s, trig)) {
        *modality = TL_ALLEGED;
        return;
    }
    /* Attribution: "according to X", "X reported that", "It is reported". */
    for (uint32_t k = s->sb; k < s->se; k++) {
        if (tl_fact_is(s, k, "according") && tl_fact_is(s, k + 1, "to")) {
            *modality = TL_REPORTED;
            int unnamed = 0;
            for (uint32_t j = k + 2; j < s->se && j < k + 8; j++) {
                int m = tl_fact_ment_at(s, j);
                if (m >= 0 && named_source(s, m)) { *source = s->ms[m].ent; break; }
                if (tl_fact_is(s, j, ",")) break;
                unnamed |= tl_fact_w(s, j, TL_CUE_UNNAMED_SOURCES);
            }
            if (*source < 0 && unnamed) *modality = TL_ASSERTED;
            return;
        }
        if (tl_fact_wl(s, k, WL_SAY) && !tl_fact_is(s, k - 1, "the") && !tl_fact_is(s, k - 1, "a")) {
            int t = tl_fact_tag(s, k);
            if (t && !(tl_fact_is_verbish(s, k) || t == TL_POS_VBN)) continue;
            /* "X claimed responsibility": the claim is the doer's act */
            if (tl_fact_is(s, k + 1, "responsibility")) continue;
            if (k < trig && hedge_aside_before(s, k, trig)) continue;
            /* "gunmen said to be loyal to X", "he is reported to have
             * fled": a raising "said to" names no source and hedges, as
             * "thought to" does */
            if (k < trig && tl_fact_w(s, k, "said|reported") && tl_fact_is(s, k + 1, "to") && k + 2 < s->se &&
                tl_fact_w(s, k + 2, "be|have|belong|work|head|lead|run|control|command")) {
                *modality = TL_ALLEGED;
                return;
            }
            /* "Among those designated was X, a financier who the
             * department said has supported Y": a source inside a
             * relative clause after the fact speaks for that clause only */
            if (k > trig + 2) {
                int rel = 0;
                for (uint32_t j = k - 1; j > trig && j + 5 > k && !rel; j--) rel = tl_fact_w(s, j, "who|which|whom");
                if (rel) continue;
            }
            if (speaker_description(s, trig, a0_tok, k)) return; /* the author's own words */
            *modality = TL_REPORTED;
            /* The speaker: the subject right before, or after an inverted "said X". */
            int unnamed = 0;
            for (uint32_t j = k, n = 0; j > s->sb && n < 4; n++) {
                j--;
                int m = tl_fact_ment_ending(s, j);
                if (m >= 0) { if (named_source(s, m)) *source = s->ms[m].ent; break; }
                if (tl_fact_is_punct(s, j)) break;
                unnamed |= tl_fact_w(s, j, TL_CUE_UNNAMED_SOURCES);
            }
            if (*source < 0 && !unnamed) {
                int m = tl_fact_ment_from(s, k + 1, NULL);
                if (m >= 0 && named_source(s, m) && s->ms[m].type != TL_GPE) *source = s->ms[m].ent;
                for (uint32_t j = k + 1; m < 0 && j < s->se && j < k + 4 && !tl_fact_is_punct(s, j); j++)
                    unnamed |= tl_fact_w(s, j, TL_CUE_UNNAMED_SOURCES);
            }
            /* "police said", "German prosecutors say": a speaker left
             * unnamed leaves the statement the author's own (a pronoun or
             * "the report" still stands for a source named earlier) */
            if (*source < 0 && unnamed) *modality = TL_ASSERTED;
            return;
        }
    }
}
