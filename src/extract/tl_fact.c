/* tl_fact.c -- fact extraction: who did what to whom, when, where, how surely.
 *
 * Sentence by sentence: the entity mentions of the sentence (plus pronouns
 * and "the group" resolved to the entity in focus) are the candidate
 * arguments; trigger words from the lexicon (tl_trig.c) each carry a frame
 * that says where their arguments are -- subject to the left, object or
 * prepositional object to the right, passives swapped, relational nouns
 * reading appositions, copulas, possessives and titles.  Type constraints
 * per role reject most wrong attachments.  Each fact then gets modality
 * (negation, hedges, attribution), time, place and amount from its sentence.
 * Work per sentence is bounded by its length (at most TL_TOK_MAX_SENT
 * tokens); nothing is quadratic in the document.
 */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_fact_when.h"
#include "tl_trig.h"
#include "tl_pos.h"
#include "tl_tok.h"
#include "tl_arena.h"
#include "tl_cues.h"
#include "tl_utf8.h"
#include <stdlib.h>
#include <string.h>

/* ---- role type constraints ---------------------------------------------------- */

#define P_ (1u << TL_PERSON)
#define O_ (1u << TL_ORG)
#define G_ (1u << TL_GPE)
#define L_ (1u << TL_LOC)
#define F_ (1u << TL_FAC)
#define N_ (1u << TL_NORP)
#define E_ (1u << TL_EVENT)

/* Allowed entity types per role (0, 1, 2 = by/to, 3 = from). */
static const uint32_t ROLE_MASK[TL_FACT_TYPE_COUNT][4] = {
    [TL_MEMBER_OF] = {P_ | O_, O_ | G_, 0, 0},
    [TL_LEADER_OF] = {P_, O_ | G_, 0, 0},
    [TL_FOUNDED] = {P_ | O_ | G_, O_, 0, 0},
    [TL_PART_OF] = {O_, O_, 0, 0},
    [TL_SUPPORTS] = {P_ | O_ | G_, P_ | O_ | G_, 0, 0},
    [TL_RECRUITED] = {P_ | O_ | G_, P_, 0, 0},
    [TL_ASSOCIATE_OF] = {P_ | O_ | G_, P_ | O_ | G_, 0, 0},
    [TL_FAMILY_OF] = {P_, P_, 0, 0},
    [TL_MET] = {P_ | O_, P_ | O_, 0, 0},
    [TL_OPPOSES] = {P_ | O_ | G_ | N_, P_ | O_ | G_ | N_ | F_, 0, 0},
    [TL_ATTACKED] = {P_ | O_ | G_ | N_, P_ | O_ | G_ | F_ | N_ | L_, 0, 0},
    [TL_SPIED_ON] = {P_ | O_ | G_, P_ | O_ | G_ | F_ | N_, 0, 0},
    [TL_ARRESTED] = {P_, 0, O_ | G_, 0},
    [TL_CHARGED] = {P_ | O_, 0, O_ | G_, 0},
    [TL_EXTRADITED] = {P_, 0, G_, G_},
    [TL_CITIZEN_OF] = {P_, G_ | N_, 0, 0},
    [TL_ORIGIN] = {P_, N_ | G_, 0, 0},
    [TL_BORN_IN] = {P_, G_ | L_, 0, 0},
    [TL_LOCATED_IN] = {P_ | O_ | F_ | G_ | L_, G_ | L_ | F_, 0, 0},
    [TL_TRAVELED_TO] = {P_, G_ | L_ | F_, 0, 0},
};

uint32_t tl_fact_role_mask(int type, int role) {
    return type >= 0 && type < TL_FACT_TYPE_COUNT && role >= 0 && role < 4 ? ROLE_MASK[type][role] : 0;
}

static int core2(int type) {
    return !(type == TL_ARRESTED || type == TL_CHARGED || type == TL_EXTRADITED);
}

static int symmetric(int type) {
    return type == TL_ASSOCIATE_OF || type == TL_FAMILY_OF || type == TL_MET;
}

/* ---- word classes ------------------------------------------------------------- */


int tl_fact_wl(const tl_fsent *s, uint32_t i, int list) {
    if (i < s->sb || i >= s->se) return 0;
    uint32_t r = i - s->sb;
    /* Before classify_words (add_pronouns) the word is looked up on its own;
     * the shared lists have always answered 0 there. */
    if (!s->classified)
        return list >= TL_FACT_NSHARED && ((tl_fact_word_lists(s->c, s->low[r], s->len[r]) >> list) & 1);
    return (s->wcls[r] >> list) & 1;
}


/* Mention that starts at token i, after skipping determiners and a few
 * modifiers ("the", "Iranian-born", "former"), within 3 tokens. */
/* The parts of a body its name may own ("the gang's Chilean cell"). */
#define OWNED_PART_NOUNS \
    "cell|cells|branch|wing|unit|faction|affiliate|division|chapter|subsidiary|arm|force|command|directorate"

/* "leads the group's Kenyan wing", "headed Hezbollah's southern unit": the
 * organization owning the unnamed part the object after token i names
 * (no name after the part's noun), or -1.  Can't fail. */
static int unnamed_part_owner(const tl_fsent *s, uint32_t i) {
    uint32_t k = i + 1;
    /* ("headed a faction of Y": an indefinite part as well) */
    int the = k < s->se && tl_fact_w(s, k, "the|a|an");
    if (the) k++;
    int o = k < s->se ? tl_fact_ment_at(s, k) : -1;
    uint32_t q = k;
    if (o >= 0 && s->ms[o].tb == k && s->ms[o].type == TL_ORG && tl_fact_w(s, s->ms[o].te, "'s|\u2019s|'|\u2019"))
        q = s->ms[o].te + 1;
    else if (!the) return -1;
    else o = -1; /* "the Kenyan wing of Y" */
    /* a nationality, adjectives or a noun before the part's noun */
    for (int n = 0; n < 3 && q < s->se && !tl_fact_w(s, q, OWNED_PART_NOUNS); n++) {
        int m = tl_fact_ment_at(s, q);
        /* ("the Reynosa faction of Y": a place's name as well) */
        if (m >= 0 && (s->ms[m].type == TL_NORP || (o < 0 && (s->ms[m].type == TL_GPE || s->ms[m].type == TL_LOC))) &&
            !s->ms[m].pron)
            q = s->ms[m].te;
        else if (m < 0 && (tl_fact_tag(s, q) == TL_POS_ADJ || tl_fact_tag(s, q) == TL_POS_NOUN) &&
                 !(s->d->tokens[q].flags & TL_TOK_UPPER))
            q++;
        else return -1;
    }
    if (q >= s->se || !tl_fact_w(s, q, OWNED_PART_NOUNS)) return -1;
    if (o < 0) {
        /* "the Kenyan wing of Al-Shabaab" (named by no name of its own) */
        if (q + 2 >= s->se || !tl_fact_is(s, q + 1, "of")) return -1;
        o = tl_fact_ment_from(s, q + 2, NULL);
        /* (not "the armed wing of Y, the Z Brigades": the part named
         * after the comma; "who headed a faction of Y, died" closes a
         * clause there) */
        uint32_t c = o >= 0 ? s->ms[o].te : s->se;
        return o >= 0 && s->ms[o].type == TL_ORG &&
                       !(c + 1 < s->se && tl_fact_is(s, c, ",") &&
                         (tl_fact_w(s, c + 1, "the|a|an") || (s->d->tokens[c + 1].flags & TL_TOK_UPPER)))
                   ? o
                   : -1;
    }
    /* (a name after it is the part's own: "Y's Syrian branch, Z"; not
     * the comma closing a clause: "X, who heads Y's military wing, was
     * killed") */
    if (q + 1 < s->se && tl_fact_ment_at(s, q + 1) >= 0) return -1;
    if (q + 1 < s->se && tl_fact_is(s, q + 1, ",") &&
        (q + 2 >= s->se || tl_fact_ment_at(s, q + 2) >= 0 || tl_fact_w(s, q + 2, "the|a|an|known|called|named|dubbed")))
        return -1;
    return o;
}

/* "sanctions on two companies accused of helping X": is the verb at i a
 * gerund after "accused of" (suspected, convicted...) that a common noun
 * heads?  Its subject is that noun, no name of the clause.  Can't fail. */
static int accused_noun_before(const tl_fsent *s, uint32_t i) {
    if (i < s->sb + 3 || !tl_fact_is(s, i - 1, "of") ||
        !tl_fact_w(s, i - 2, "accused|suspected|charged|convicted|indicted|guilty|sanctioned|designated"))
        return 0;
    return tl_fact_tag(s, i - 3) == TL_POS_NOUN && tl_fact_ment_at(s, i - 3) < 0;
}

/* "the Kenyan city of Mombasa", "the Paris suburb of Saint-Denis": the
 * place a phrase opening with mention m names, when a kind noun and an
 * "of" follow m -- the of-phrase, unless m names an administrative unit
 * that the of-phrase holds ("the Shinwar district of Nangarhar"; a city
 * or a bigger place that outranks the of-phrase is the holder: "the
 * Brussels district of Molenbeek").  m itself otherwise.  Can't fail. */
static int kind_of_place(const tl_fsent *s, int m) {
    uint32_t e = s->ms[m].te;
    /* (a region's name too: "the Ural Mountains city of Yekaterinburg") */
    if (e + 2 >= s->se || (s->ms[m].type != TL_GPE && s->ms[m].type != TL_NORP && s->ms[m].type != TL_LOC) ||
        !tl_fact_w(s, e, TL_CUE_DIVISION_NOUNS) || !tl_fact_is(s, e + 1, "of"))
        return m;
    int o = tl_fact_ment_at(s, e + 2);
    if (o < 0 || s->ms[o].tb != e + 2 || (s->ms[o].type != TL_GPE && s->ms[o].type != TL_LOC)) return m;
    if (s->ms[m].type == TL_NORP || s->ms[m].type == TL_LOC) return o;
    int unit = tl_fact_w(s, e, "district|province|region|governorate|oblast|prefecture|county|subdistrict|"
                               "department|canton|municipality|tehsil|commune|parish|borough");
    int rm = tl_fact_place_rank(s, m), ro = tl_fact_place_rank(s, o);
    return unit && !(rm >= 2 && rm > ro) ? m : o;
}

int tl_fact_ment_from(const tl_fsent *s, uint32_t i, uint32_t *end_skip) {
    int described = 0; /* "the pro-Hamas collective X": a noun after the modifier */
    for (uint32_t k = i; k < s->se && k < i + 4; k++) {
        int m = tl_fact_ment_at(s, k);
        if (m >= 0 && s->ms[m].mod) { described = 1; continue; } /* "the Iran-backed X": X */
        if (m >= 0 && s->ms[m].tb == k) {
            /* "Iran's Quds Force": the possessed name is the argument */
            uint32_t e = s->ms[m].te;
            if (e + 1 < s->se && (tl_fact_is(s, e, "'s") || tl_fact_is(s, e, "'"))) {
                /* ("Italy's 'Ndrangheta": over an elision's apostrophe) */
                uint32_t o = e + 1 + (uint32_t)(e + 2 < s->se && tl_fact_is(s, e + 1, "'"));
                int m2 = tl_fact_ment_at(s, o);
                if (m2 >= 0 && s->ms[m2].tb == o) m = m2;
            }
            m = kind_of_place(s, m);
            /* "an attack on the Dutch politician Geert Wilders": a
             * nationality and a person's noun before the person */
            if (s->ms[m].type == TL_NORP) {
                uint32_t q = s->ms[m].te;
                /* (not "Iranian national X": whose nationality it is, the
                 * coordination reads, coord()) */
                for (int n = 0; n < 3 && q < s->se && tl_fact_ment_at(s, q) < 0 && (s->d->tokens[q].flags & TL_TOK_ALPHA) &&
                                !(s->d->tokens[q].flags & TL_TOK_UPPER) && !tl_fact_wl(s, q, WL_PREPS) &&
                                !tl_fact_wl(s, q, WL_AND_OR) &&
                                !tl_fact_w(s, q, "national|nationals|citizen|citizens|born|descent|origin|ethnic");
                     n++)
                    q++;
                int p = q > s->ms[m].te && q < s->se ? tl_fact_ment_at(s, q) : -1;
                if (p >= 0 && s->ms[p].tb == q && s->ms[p].type == TL_PERSON && !s->ms[p].pron) m = p;
            }
            if (end_skip) *end_skip = k;
            return m;
        }
        if (m >= 0) return -1;
        /* "the 'Ndrangheta": an elision's apostrophe opens the name */
        if (tl_fact_is(s, k, "'") && k + 1 < s->se && tl_fact_ment_at(s, k + 1) >= 0 &&
            !(s->d->tokens[k].end < s->d->tokens[k + 1].start))
            continue;
        if (tl_fact_is_punct(s, k) || tl_fact_wl(s, k, WL_PREPS) || tl_fact_wl(s, k, WL_BE)) return -1;
        if (!tl_fact_wl(s, k, WL_DETS) && !(s->d->tokens[k].flags & TL_TOK_UPPER) && k > i + 1 && !described) return -1;
    }
    return -1;
}

/* The nearest mention left of token i that reads as a clause subject:
 * not the object of a preposition, not a possessive modifier.  Stops at
 * ';' and at the sentence start. */
/* Do the words between a reporting verb at k and the verb at i hold a
 * subject of their own: a common noun or a pronoun no mention covers? */
static int said_clause_subject(const tl_fsent *s, uint32_t k, uint32_t i) {
    for (uint32_t j = k + 1; j < i; j++) {
        int tg = tl_fact_tag(s, j);
        if ((tg == TL_POS_NOUN || tg == TL_POS_PRON) && tl_fact_ment_at(s, j) < 0) return 1;
    }
    return 0;
}

/* Are the tokens [from, to) only auxiliaries and adverbs ("was", "has
 * been", "was later"), so that a comma before them ends a phrase right
 * before the verb?  Can't fail. */
static int aux_only(const tl_fsent *s, uint32_t from, uint32_t to) {
    for (uint32_t j = from; j < to; j++)
        if (!tl_fact_wl(s, j, WL_BE) && !tl_fact_w(s, j, "has|have|had|also|later|then|reportedly|allegedly") &&
            tl_fact_tag(s, j) != TL_POS_ADV)
            return 0;
    return 1;
}

/* Are the tokens [from, to) a verb group that raises the subject of the
 * verb after it ("is believed to have", "was said to be", "appears to
 * have")?  Can't fail. */
static int raising_only(const tl_fsent *s, uint32_t from, uint32_t to) {
    int raise = 0;
    for (uint32_t j = from; j < to; j++) {
        if (tl_fact_w(s, j, "believed|said|thought|reported|expected|alleged|understood|known|likely|appears|appeared|"
                            "seems|seemed|set|due"))
            raise = 1;
        /* (and a verb whose subject is the infinitive's: "X, a member of
         * Y, had pledged to confront Z") */
        else if (j + 1 < to && tl_fact_is(s, j + 1, "to") &&
                 tl_fact_w(s, j, "pledged|vowed|promised|threatened|agreed|tried|sought|planned|wanted|decided|"
                                 "attempted|hoped|refused|failed|pledges|vows|promises|threatens|agrees|tries|seeks|"
                                 "plans|wants|decides|attempts|hopes|refuses|fails|continued|continues"))
            raise = 1;
        else if (!tl_fact_wl(s, j, WL_BE) && !tl_fact_w(s, j, "to|have|has|had|also|later|then|widely|now") &&
                 tl_fact_tag(s, j) != TL_POS_ADV)
            return 0;
    }
    return raise;
}

/* The person named right before the comma of an apposition whose "a" or
 * "an" is token k ("X, a smuggler", "X, 46, a banker"), or -1.  Can't
 * fail. */
static int person_before_apposition(const tl_fsent *s, uint32_t k) {
    if (k < s->sb + 2 || !tl_fact_is(s, k - 1, ",")) return -1;
    uint32_t c = k - 1;
    if (c > s->sb + 2 && (s->d->tokens[c - 1].flags & TL_TOK_DIGIT) && tl_fact_is(s, c - 2, ",")) c -= 2; /* ", 46," */
    int m = tl_fact_ment_ending(s, c - 1);
    return m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_PERSON ? m : -1;
}

/* The name an apposition opened by "a" or "an" follows, when the
 * participle at i ends the apposition's noun phrase: "X, a smuggler based
 * in Y", "X, 46, a businessman living in Y".  Returns the mention, or -1
 * when i is no such participle or no name comes before the comma.  Can't
 * fail. */
static int apposition_participle_holder(const tl_fsent *s, uint32_t i) {
    if (i <= s->sb + 3) return -1;
    int tg = tl_fact_tag(s, i);
    if (tg != TL_POS_VBG && tg != TL_POS_VBN) return -1;
    uint32_t k = i - 1;
    if (tl_fact_ment_at(s, k) >= 0 || tl_fact_tag(s, k) != TL_POS_NOUN || (s->d->tokens[k].flags & TL_TOK_UPPER)) return -1;
    while (k > s->sb && i - k < 6 && !tl_fact_w(s, k, "a|an")) {
        k--;
        int m = tl_fact_ment_at(s, k);
        if (m >= 0 && !s->ms[m].pron) k = s->ms[m].tb; /* "a Mali-based" */
        else if (!(tl_fact_tag(s, k) == TL_POS_NOUN || tl_fact_tag(s, k) == TL_POS_ADJ || tl_fact_w(s, k, "a|an")))
            return -1;
    }
    if (!tl_fact_w(s, k, "a|an")) return -1;
    int p = person_before_apposition(s, k);
    /* "the Haqqani Network, a Taliban faction led by X": a body's
     * apposition with a noun of a kind of body */
    if (p < 0 && tl_fact_w(s, i - 1, TL_CUE_KIND_ORG_NOUNS) && k >= s->sb + 2 && tl_fact_is(s, k - 1, ",")) {
        int m = tl_fact_ment_ending(s, k - 2);
        if (m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_ORG) p = m;
    }
    return p;
}

/* The person an apposition follows when the verb at i opens a relative
 * clause on the apposition's noun: "X, a preacher from Birmingham who was
 * jailed", "X, 46, a banker who funded".  -1 otherwise.  Can't fail. */
static int apposition_relative_holder(const tl_fsent *s, uint32_t i) {
    uint32_t r = i;
    /* (over auxiliaries, adverbs of time and a raising verb: "who is
     * believed to be living", "who later joined") */
    while (r > s->sb && (tl_fact_wl(s, r - 1, WL_BE) || tl_fact_w(s, r - 1, "has|have|had|also|allegedly|reportedly|to|"
                                                                          "later|then|subsequently|eventually|once|"
                                                                          "still|now|previously|formerly|"
                                                                          "believed|said|thought|reported|alleged|"
                                                                          "expected|likely|known|understood")))
        r--;
    if (r < s->sb + 4 || !tl_fact_w(s, r - 1, "who|that")) return -1;
    uint32_t k = r - 1;
    /* "X, the former chief operating officer of Wirecard, who is
     * believed": a definite apposition closed by its comma */
    /* ("Y, the former police officer who heads Z": a definite noun set
     * off after a name takes a restrictive clause too; "met the man who
     * heads Z" names no one) */
    const char *det = "a|an|the";
    int closed = tl_fact_is(s, k - 1, ",") && tl_fact_is(s, k, "who");
    if (closed) k--;
    /* a place after the noun: "from Birmingham", "in Gao" */
    int pm = tl_fact_ment_ending(s, k - 1);
    if (pm >= 0 && (s->ms[pm].type == TL_GPE || s->ms[pm].type == TL_LOC) && s->ms[pm].tb > s->sb + 1 &&
        tl_fact_w(s, s->ms[pm].tb - 1, "from|in|of|near|based"))
        k = s->ms[pm].tb - 1;
    /* a body after the noun: "an executive of the payment company
     * Wirecard who" (its own kind's words between) */
    else if (pm >= 0 && s->ms[pm].type == TL_ORG && !s->ms[pm].pron) {
        uint32_t b = s->ms[pm].tb;
        for (int n = 0; n < 3 && b > s->sb + 1 && (tl_fact_tag(s, b - 1) == TL_POS_NOUN || tl_fact_is(s, b - 1, "the")) &&
                        tl_fact_ment_at(s, b - 1) < 0;
             n++)
            b--;
        if (b > s->sb + 1 && tl_fact_w(s, b - 1, "of|at|for|with")) k = b - 1;
    }
    /* the noun and its modifiers, back to "a" or "an"; a nationality
     * among them ("a former Russian military intelligence officer who"),
     * or a body's or a place's name before the noun ("a former
     * al-Shabaab preacher who", "a Brooklyn man who") */
    uint32_t n = 0, noun = k;
    while (k > s->sb && n < 6 && !tl_fact_w(s, k - 1, det)) {
        k--, n++;
        int m = tl_fact_ment_at(s, k);
        if (m >= 0 && !s->ms[m].pron && s->ms[m].tb > s->sb &&
            (s->ms[m].type == TL_NORP ||
             ((s->ms[m].type == TL_ORG || s->ms[m].type == TL_GPE) && s->ms[m].te < noun))) {
            k = s->ms[m].tb;
            continue;
        }
        if (m >= 0 || tl_fact_is_punct(s, k) || tl_fact_is_verbish(s, k)) return -1;
    }
    if (!n || k <= s->sb || !tl_fact_w(s, k - 1, det)) return -1;
    if (!closed && tl_fact_is(s, k - 1, "the") && !(k > s->sb + 2 && tl_fact_is(s, k - 2, ","))) return -1;
    /* "X is a Nairobi-based businessman who collected": the copula's
     * subject */
    if (k > s->sb + 2 && tl_fact_w(s, k - 2, "is|was")) {
        int m = tl_fact_ment_ending(s, k - 3);
        if (m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_PERSON) return m;
        /* (", also known as Y, is a ...": past the alias) */
        if (tl_fact_is(s, k - 3, ",")) {
            uint32_t q = k - 3;
            while (q > s->sb + 1 && q + 8 > k && !tl_fact_is(s, q - 1, ",")) q--;
            m = q > s->sb + 1 ? tl_fact_ment_ending(s, q - 2) : -1;
            if (m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_PERSON) return m;
        }
        return -1;
    }
    return person_before_apposition(s, k - 1);
}

/* Does mention m stand in a preposition's phrase:
 * the preposition right before it, or before its determiners, numbers
 * and adjectives ("at more than 300 U.S. companies", "in northern Mali")?
 * Such a name is no clause subject.  "At least 300 X fighters" and "More
 * than 300 X fighters" open no phrase.  Returns 1, 2 when the word is
 * one that also opens clauses ("after", "before", "since", "until"), or
 * 0.  Can't fail. */
/* Is token k, before a name starting at tb, a word of the name's title:
 * one of two lower-case nouns right before it ("drug lord X"), or a
 * participle before such a noun ("jailed drug lord X")?  Can't fail. */
static int title_word(const tl_fsent *s, uint32_t k, uint32_t tb) {
    int t = tl_fact_tag(s, k);
    if (t == TL_POS_NOUN)
        return !(s->d->tokens[k].flags & TL_TOK_UPPER) && tl_fact_ment_at(s, k) < 0 && s->len[k - s->sb] > 2 && k + 3 > tb;
    return t == TL_POS_VBN && k + 1 < tb && tl_fact_tag(s, k + 1) == TL_POS_NOUN && k + 4 > tb;
}

static int in_prep_phrase(const tl_fsent *s, int m) {
    uint32_t tb = s->ms[m].tb;
    for (uint32_t k = tb, n = 0; k > s->sb && n < 6; n++) {
        k--;
        int num = tl_fact_tag(s, k) == TL_POS_NUM || (s->d->tokens[k].flags & TL_TOK_DIGIT);
        /* "In 1994 he was hired", "Since 2019 the X has": a year ends a
         * fronted phrase of time */
        if (num && (s->len[k - s->sb] == 4 || (k + 1 == tb && s->ms[m].pron))) return 0;
        /* "more than 300", "about 300", "at least 300": a count's words */
        if (tl_fact_is(s, k, "than") && k > s->sb && tl_fact_w(s, k - 1, "more|fewer|less")) { k--; continue; }
        if (tl_fact_w(s, k, "least|most") && k > s->sb && tl_fact_is(s, k - 1, "at")) { k--; continue; }
        if (k + 1 < tb && (tl_fact_tag(s, k + 1) == TL_POS_NUM || (s->d->tokens[k + 1].flags & TL_TOK_DIGIT)) &&
            tl_fact_w(s, k, "about|around|over|nearly|almost|roughly|some|up"))
            continue;
        /* "The group, known locally as al-Shabab, attacked": a name
         * given after "known as" is the noun's own */
        if (tl_fact_is(s, k, "as") && k > s->sb + 1 &&
            (tl_fact_w(s, k - 1, "known|called|named|dubbed|nicknamed|styled|branded|rebranded") ||
             (tl_fact_tag(s, k - 1) == TL_POS_ADV && tl_fact_w(s, k - 2, "known|called|named|dubbed|nicknamed"))))
            return 0;
        /* "said that gunmen from the X ambushed": the band the fighters
         * come from is the doer of a clause of saying (the tree pass
         * reads it at the sentence's start, where no verb of saying
         * stands before it) */
        if (k > s->sb + 1 && tl_fact_is(s, k, "from") &&
            tl_fact_w(s, k - 1, "gunmen|militants|fighters|insurgents|rebels|assailants|attackers|members") &&
            tl_fact_is(s, k - 2, "that"))
            return 0;
        if (tl_fact_wl(s, k, WL_PREPS)) return tl_fact_w(s, k, "after|before|since|until") ? 2 : 1;
        /* "a man accused of financing X pleaded": a gerund's object
         * after a preposition is inside that phrase too */
        if (tl_fact_tag(s, k) == TL_POS_VBG && k > s->sb && tl_fact_wl(s, k - 1, WL_PREPS) &&
            !tl_fact_w(s, k - 1, "after|before|since|until|while|when"))
            return 1;
        if (!num && !tl_fact_wl(s, k, WL_DETS) && tl_fact_tag(s, k) != TL_POS_ADJ && !title_word(s, k, tb)) return 0;
    }
    return 0;
}

/* Does the relative pronoun at k ("who", "which") follow a common noun
 * that is the object of a preposition ("the murder of a former army
 * official who", "money for a group which") or of a verb ("hire hitmen
 * who")?  The relative clause is then
 * that noun's, and no name before it is the subject of a verb in it.  A
 * noun after "as" ("known for his work as an activist who founded Y")
 * describes the subject, and the search goes on.  Can't fail. */
static int relative_on_prep_object(const tl_fsent *s, uint32_t k) {
    uint32_t a = tl_fact_is(s, k - 1, ",") ? k - 2 : k - 1;
    if (tl_fact_ment_at(s, a) >= 0 || tl_fact_tag(s, a) != TL_POS_NOUN || (s->d->tokens[a].flags & TL_TOK_UPPER)) return 0;
    for (uint32_t q = a, n = 0; q > s->sb && n < 8; n++) {
        q--;
        int m = tl_fact_ment_at(s, q);
        if (m >= 0) {
            if (s->ms[m].type != TL_NORP) return 0;
            q = s->ms[m].tb;
            continue;
        }
        if (tl_fact_wl(s, q, WL_PREPS)) return !tl_fact_w(s, q, "as|like|than");
        /* "tried to hire hitmen who turned out to be FBI agents": the
         * object of a verb other than a copula, with no comma before
         * "who" */
        /* (an attack's crew that someone directs or hires acts for him:
         * "directing two hitmen who attacked a rival" is his attack) */
        int tg = tl_fact_tag(s, q);
        int crew = tl_fact_w(s, a, TL_CUE_ATTACK_CREW_NOUNS) && !tl_fact_wl(s, k + 1, WL_BE) &&
                   !tl_fact_w(s, k + 1, "turned|proved|were|was|are|is");
        if (a + 1 == k && !crew && (tg == TL_POS_VERB || tg == TL_POS_VBD || tg == TL_POS_VERB_PRES || tg == TL_POS_VBG) &&
            !tl_fact_wl(s, q, WL_BE) && !tl_fact_w(s, q, "become|became|becomes|remain|remains|remained"))
            return 1;
        if (!(tl_fact_wl(s, q, WL_DETS) || tl_fact_tag(s, q) == TL_POS_ADJ || tl_fact_tag(s, q) == TL_POS_NUM ||
              (tl_fact_tag(s, q) == TL_POS_NOUN && !(s->d->tokens[q].flags & TL_TOK_UPPER))))
            return 0;
    }
    return 0;
}

/* "said on Wednesday that", "announced late Friday that": is the "that"
 * at token k a clause's opening after a verb of saying and the day it was
 * said?  Can't fail. */
static int said_on_day(const tl_fsent *s, uint32_t k) {
    for (uint32_t q = k, n = 0; q > s->sb + 1 && n < 4; n++) {
        q--;
        if (tl_fact_wl(s, q, WL_SAY) && tl_fact_is_verbish(s, q)) return n > 0;
        if (!(tl_fact_w(s, q, "on|late|early|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|"
                              "saturday|sunday|today|yesterday") ||
              (s->d->tokens[q].flags & TL_TOK_DIGIT)))
            return 0;
    }
    return 0;
}

int tl_fact_relative_accused(const tl_fsent *s, uint32_t p) {
    if (p < s->sb + 5 || !tl_fact_w(s, p, "of|with|for|in")) return -1;
    /* the verb right before the preposition; or, for a sanction, a few
     * words before it ("whom the Treasury sanctioned in October along with
     * 10 others for supporting Y": the relative clause's object is the one
     * sanctioned) */
    uint32_t v = p - 1;
    if (!tl_fact_w(s, v, "accuses|accused|accuse|suspects|suspected|suspect|blames|blamed|blame|charged|charges")) {
        if (!tl_fact_is(s, p, "for")) return -1;
        while (v > s->sb + 4 && v + 9 > p && !tl_fact_w(s, v, "sanctioned|sanctions|designated|designates")) {
            if (tl_fact_is_punct(s, v) || (tl_fact_ment_at(s, v) >= 0 && !tl_fact_w(s, v - 1, "in|on|last|this")))
                return -1;
            v--;
        }
        if (!tl_fact_w(s, v, "sanctioned|sanctions|designated|designates")) return -1;
        /* (only in a relative clause: "Treasury sanctioned X for ..." has
         * its object after the verb) */
        int rel = 0;
        for (uint32_t r = v - 1, n = 0; r > s->sb + 1 && n < 4 && !rel; r--, n++) rel = tl_fact_w(s, r, "which|who|whom|that");
        if (!rel) return -1;
    }
    for (uint32_t r = v - 1, n = 0; r > s->sb + 1 && n < 4; r--, n++) {
        if (tl_fact_w(s, r, "which|who|whom|that")) {
            uint32_t c = tl_fact_is(s, r - 1, ",") ? r - 2 : r - 1;
            return r - 1 > s->sb ? tl_fact_ment_ending(s, c) : -1;
        }
        if (tl_fact_is_punct(s, r)) break;
    }
    /* "four individuals it accused of helping Y", "a man police suspect of
     * killing Y": no relative pronoun, the accuser right after a common
     * noun, which is the one accused ("X, a banker it accused of", that
     * noun's name) */
    if (v != p - 1) return -1;
    uint32_t b = p - 2;
    int acc = tl_fact_ment_ending(s, b);
    if (acc >= 0 && !s->ms[acc].pron) b = s->ms[acc].tb;
    else if (!tl_fact_w(s, b, "it|he|she|they|we|police|prosecutors|officials|authorities|investigators"))
        return -1;
    if (b < s->sb + 2 || tl_fact_ment_at(s, b - 1) >= 0 || tl_fact_tag(s, b - 1) != TL_POS_NOUN ||
        (s->d->tokens[b - 1].flags & TL_TOK_UPPER))
        return -1;
    for (uint32_t q = b - 1, n = 0; q > s->sb + 1 && n < 4; n++) {
        q--;
        if (tl_fact_w(s, q, "a|an")) {
            int h = tl_fact_is(s, q - 1, ",") ? tl_fact_ment_ending(s, q - 2) : -1;
            return h >= 0 && !s->ms[h].pron ? h : TL_FACT_UNNAMED;
        }
        if (tl_fact_ment_at(s, q) >= 0 || tl_fact_is_punct(s, q)) break;
    }
    return TL_FACT_UNNAMED;
}

/* "Wagner fighters", "al-Shabaab militants": the body a people noun at
 * token k (fighters, militants, gunmen...) stands for, named right
 * before it, or -1.  Can't fail. */
static int people_of_body(const tl_fsent *s, uint32_t k) {
    if (k <= s->sb || tl_fact_ment_at(s, k) >= 0 || !tl_fact_w(s, k, TL_CUE_ATTACK_GROUP_NOUNS)) return -1;
    int m = tl_fact_ment_ending(s, k - 1);
    return m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_ORG ? m : -1;
}

/* "helping two Belgian women travel to Syria", "helped X travel to
 * Syria": the subject of a bare verb after a verb of causing ("help",
 * "let", "make") and its object is that object.  Returns the object's
 * mention, TL_FACT_UNNAMED when the object has no name, or -1 when the
 * verb is not so placed.  Can't fail. */
static int caused_subject(const tl_fsent *s, uint32_t i) {
    if (i < s->sb + 3 || tl_fact_tag(s, i) != TL_POS_VERB) return -1;
    int m = tl_fact_ment_ending(s, i - 1);
    uint32_t b;
    if (m >= 0) {
        if (s->ms[m].pron) return -1;
        b = s->ms[m].tb;
    } else {
        b = i - 1;
        if (tl_fact_tag(s, b) != TL_POS_NOUN || (s->d->tokens[b].flags & TL_TOK_UPPER)) return -1;
        while (b > s->sb + 1 && b + 6 > i) {
            int t = tl_fact_tag(s, b - 1);
            int x = tl_fact_ment_ending(s, b - 1);
            if (x >= 0 && s->ms[x].type == TL_NORP) b = s->ms[x].tb;
            else if (x < 0 && (t == TL_POS_ADJ || t == TL_POS_NUM || t == TL_POS_DET ||
                               (t == TL_POS_NOUN && !(s->d->tokens[b - 1].flags & TL_TOK_UPPER))))
                b--;
            else
                break;
        }
    }
    if (b <= s->sb || !tl_fact_w(s, b - 1, "help|helps|helped|helping|let|lets|letting|make|makes|made|making"))
        return -1;
    return m >= 0 ? m : TL_FACT_UNNAMED;
}

/* "appealed to his followers to surrender", "urged supporters to attack
 * Y": the subject of an infinitive at i after a verb of asking and its
 * object that no name stands for is that object, no one named.  1 when so
 * placed, else 0 (a named object is found as the subject anyway).  Can't
 * fail. */
/* (verbs of asking or winning over whose object does the infinitive) */
#define ASK_VERBS                                                                                                     \
    "urged|urges|urging|urge|asked|asks|asking|told|tells|telling|ordered|orders|ordering|instructed|instructs|"     \
    "encouraged|encourages|encouraging|persuaded|begged|implored|advised|pressed|pressured|exhorted|exhorts|"        \
    "recruited|recruits|recruiting|recruit|lured|lures|luring|convinced|convinces|convincing|enlisted|enlists|"      \
    "enlisting|radicalized|radicalised|inspired|inspires|inspiring"

static int asked_unnamed(const tl_fsent *s, uint32_t i) {
    if (i < s->sb + 4 || !tl_fact_is(s, i - 1, "to")) return 0;
    uint32_t b = i - 1;
    /* (the words are tagged only near trigger words: an untagged
     * lower-case word counts as a noun's; a people's name, "Muslims", as
     * the noun) */
    int p = tl_fact_ment_at(s, b - 1);
    if (p >= 0 && s->ms[p].type == TL_NORP && !s->ms[p].pron) {
        b = s->ms[p].tb;
    } else {
        int t = tl_fact_tag(s, b - 1);
        if (p >= 0 || (t != TL_POS_NOUN && t != 0) || !(s->d->tokens[b - 1].flags & TL_TOK_ALPHA) ||
            (s->d->tokens[b - 1].flags & TL_TOK_UPPER))
            return 0;
        b--;
    }
    while (b > s->sb + 1 && b + 6 > i && tl_fact_ment_at(s, b - 1) < 0 && !(s->d->tokens[b - 1].flags & TL_TOK_UPPER) &&
           (s->d->tokens[b - 1].flags & TL_TOK_ALPHA) && !tl_fact_wl(s, b - 1, WL_PREPS) && !tl_fact_w(s, b - 1, ASK_VERBS)) {
        int t = tl_fact_tag(s, b - 1);
        if (t == TL_POS_ADJ || t == TL_POS_NUM || t == TL_POS_DET || t == TL_POS_NOUN || t == 0 || t == TL_POS_VBG ||
            t == TL_POS_VBN || tl_fact_w(s, b - 1, "his|her|their|its|all"))
            b--;
        else
            break;
    }
    if (b <= s->sb + 1) return 0;
    if (tl_fact_w(s, b - 1, ASK_VERBS)) return 1;
    return b > s->sb + 2 && ((tl_fact_is(s, b - 1, "on") && tl_fact_w(s, b - 2, "called|calls|calling|call")) ||
                             (tl_fact_is(s, b - 1, "to") && tl_fact_w(s, b - 2, "appealed|appeals|appealing|appeal")));
}

/* Is GPE mention m, a country, the possessor of a state's organ ("Pakistan's
 * intelligence service", "Iran's military") whose phrase runs up to the
 * verb group at i (auxiliaries and adverbs between)?  One to three
 * lower-case words, the last a noun of a state's bodies or a service or
 * agency; not a person's ("Pakistan's army chief").  Can't fail. */
static int state_organ_possessed(const tl_fsent *s, int m, uint32_t i) {
    if (s->ms[m].type != TL_GPE || s->ms[m].pron) return 0;
    const tl_str *nm = &s->d->entities[s->ms[m].ent].name;
    if (!(tl_gaz_lookup(s->g, nm->ptr, nm->len) & TL_GAZ_COUNTRY)) return 0;
    uint32_t q = s->ms[m].te + 1, last = 0;
    for (int n = 0; n < 3 && q < i && tl_fact_ment_at(s, q) < 0 && (s->d->tokens[q].flags & TL_TOK_ALPHA) &&
                    !(s->d->tokens[q].flags & TL_TOK_UPPER) && !tl_fact_wl(s, q, WL_BE) && !tl_fact_is_verbish(s, q) &&
                    !tl_fact_w(s, q, "has|have|had");
         n++)
        last = q++;
    if (!last || !(tl_fact_w(s, last, TL_CUE_STATE_BODY_NOUNS) ||
                   tl_fact_w(s, last, "service|services|agency|agencies|apparatus|directorate")))
        return 0;
    if (tl_fact_w(s, last, "president|officials|judge|judges|court|courts|prosecutors|embassy|interests|positions|"
                           "base|bases|outpost|outposts|consulate|checkpoint|checkpoints|convoy|convoys"))
        return 0;
    return aux_only(s, q, i);
}

int tl_fact_relative_object(const tl_fsent *s, uint32_t tb) {
    uint32_t v = tb;
    while (v > s->sb && v + 3 > tb && tl_fact_w(s, v - 1, "the|a|an|his|her|their|its")) v--;
    if (v < s->sb + 3 || tl_fact_ment_at(s, v - 1) >= 0) return 0;
    int t = tl_fact_tag(s, v - 1);
    if (t != TL_POS_VBD && t != TL_POS_VERB_PRES && t != TL_POS_VERB) return 0;
    uint32_t r = v - 2;
    while (r > s->sb + 1 && r + 3 > v - 1 && (tl_fact_wl(s, r, WL_BE) || tl_fact_w(s, r, "has|have|had|also|reportedly|allegedly")))
        r--;
    if (!tl_fact_w(s, r, "that|which|who")) return 0;
    return tl_fact_ment_at(s, r - 1) < 0 && tl_fact_tag(s, r - 1) == TL_POS_NOUN &&
           !(s->d->tokens[r - 1].flags & TL_TOK_UPPER);
}

static int find_subj_of(const tl_fsent *s, uint32_t i, uint32_t mask);

/* The subject of the verb at i (find_subj_of), unless it is the object of
 * a preposition inside an apposition that closes before the verb
 * (tl_fact_apposed_object): -1 then.  Can't fail. */
static int find_subj(const tl_fsent *s, uint32_t i, uint32_t mask) {
    int m = find_subj_of(s, i, mask);
    return m >= 0 && tl_fact_apposed_object(s, m, i) ? -1 : m;
}

int tl_fact_apposed_object(const tl_fsent *s, int m, uint32_t i) {
    if (m < 0 || s->ms[m].tb < s->sb + 4 || s->ms[m].te >= i || !tl_fact_w(s, s->ms[m].tb - 1, "to|of|for|with"))
        return 0;
    /* the comma that closes the apposition right after the name, then
     * only the verb's auxiliaries and adverbs */
    uint32_t c = s->ms[m].te;
    if (!tl_fact_is(s, c, ",")) return 0;
    for (uint32_t k = c + 1; k < i; k++)
        if (!tl_fact_wl(s, k, WL_BE) && !tl_fact_w(s, k, "has|have|had|also|later|then|reportedly|allegedly|recently"))
            return 0;
    /* the opening ", a" with no verb between it and the name */
    for (uint32_t q = s->ms[m].tb - 1; q > s->sb + 1 && q + 8 > s->ms[m].tb; q--) {
        if (tl_fact_ment_at(s, q - 1) >= 0 || (tl_fact_is_punct(s, q - 1) && !tl_fact_is(s, q - 1, ",")) ||
            tl_fact_is_verbish(s, q - 1))
            return 0;
        if (tl_fact_is(s, q - 1, ",")) return tl_fact_w(s, q, "a|an|the");
    }
    return 0;
}

static int find_subj_of(const tl_fsent *s, uint32_t i, uint32_t mask) {
    /* "X, whose daughter lives in Y": the clause's subject is the noun
     * "whose" possesses, no name (lower-case words, auxiliaries and
     * adverbs between) */
    for (uint32_t q = i; q > s->sb && q + 7 > i; q--) {
        if (tl_fact_is(s, q - 1, "whose")) return -1;
        if (tl_fact_ment_at(s, q - 1) >= 0 || tl_fact_is_punct(s, q - 1) || (s->d->tokens[q - 1].flags & TL_TOK_UPPER))
            break;
    }
    {
        int h = caused_subject(s, i);
        if (h >= 0) return tl_fact_type_ok(s, h, mask) ? h : -1;
        if (h == TL_FACT_UNNAMED) return -1;
    }
    if (asked_unnamed(s, i)) return -1;
    /* "X, which Washington accuses of financing Y": the one accused */
    if (i > s->sb && tl_fact_ing(s, i)) {
        int h = tl_fact_relative_accused(s, i - 1);
        if (h >= 0) return !s->ms[h].pron && tl_fact_type_ok(s, h, mask) ? h : -1;
        if (h == TL_FACT_UNNAMED) return -1;
    }
    /* "people he believed were members of Y": a clause on a common noun,
     * whose subject that noun is (not the one who believed) */
    /* ("X, a solicitor it said had worked with Y": the noun in apposition
     * to a name, that name; auxiliaries may come between) */
    {
        uint32_t v = i;
        while (v > s->sb + 4 && v + 2 > i && tl_fact_w(s, v - 1, "had|has|have|was|were|is|are")) v--;
        if (v > s->sb + 3 && tl_fact_w(s, v - 1, "believed|thought|knew|assumed|claimed|said|says|alleged|alleges") &&
            ((tl_fact_ment_at(s, v - 2) >= 0 && s->ms[tl_fact_ment_at(s, v - 2)].tb == v - 2 &&
              s->ms[tl_fact_ment_at(s, v - 2)].te == v - 1) ||
             tl_fact_w(s, v - 2, "it|he|she|they|we|police|prosecutors|officials|authorities|investigators")) &&
            tl_fact_ment_at(s, v - 3) < 0 &&
            tl_fact_tag(s, v - 3) == TL_POS_NOUN && !(s->d->tokens[v - 3].flags & TL_TOK_UPPER)) {
            for (uint32_t q = v - 3; q > s->sb + 1 && q + 5 > v; q--)
                if (tl_fact_w(s, q, "a|an|the")) {
                    int h = tl_fact_is(s, q - 1, ",") ? tl_fact_ment_ending(s, q - 2) : -1;
                    return h >= 0 && !s->ms[h].pron && tl_fact_type_ok(s, h, mask) ? h : -1;
                }
            return -1;
        }
    }
    /* "..., and plotted to kidnap Y", "tried to kill Y": an infinitive
     * right after a verb and "to" has that verb's subject (the verbs that
     * hand theirs to an object have it between: "hired X to kill Y") */
    if (i > s->sb + 3 && tl_fact_is(s, i - 1, "to") && tl_fact_ment_at(s, i - 2) < 0 &&
        (tl_fact_tag(s, i - 2) == TL_POS_VBD || tl_fact_tag(s, i - 2) == TL_POS_VERB_PRES) &&
        tl_fact_wl(s, i - 3, WL_AND_OR) && tl_fact_is(s, i - 4, ","))
        return find_subj(s, i - 2, mask);
    /* "violated U.S. sanctions by agreeing to help Y": the infinitive of a
     * gerund after "by" has the subject of the verb the gerund's phrase
     * hangs on */
    if (i > s->sb + 4 && tl_fact_is(s, i - 1, "to") && tl_fact_tag(s, i - 2) == TL_POS_VBG && tl_fact_is(s, i - 3, "by")) {
        for (uint32_t j = i - 4; j > s->sb && j + 14 > i; j--) {
            if (tl_fact_is(s, j, ";") || tl_fact_is(s, j, ",") || tl_fact_wl(s, j, WL_THAT_WHO_WHICH)) break;
            int t = tl_fact_tag(s, j);
            if ((t == TL_POS_VBD || t == TL_POS_VERB_PRES || t == TL_POS_VBG) && tl_fact_ment_at(s, j) < 0 &&
                !tl_fact_is(s, j - 1, "to"))
                return find_subj(s, j, mask);
        }
    }
    /* "Moscow has used Iranian drones to attack Y": the instrument a verb
     * of use takes is not the infinitive's subject; that verb's subject
     * is (a person or a body used, "used militants to attack", is) */
    if (i > s->sb + 3 && tl_fact_is(s, i - 1, "to")) {
        uint32_t q = i - 1;
        int body = 0;
        /* (a place after a preposition, or a relative clause with a
         * pronoun for its subject, may qualify the instrument: "using a
         * money services company he established in Turkey to transfer") */
        for (int n = 0, plain = 0; n < 12 && q > s->sb + 1; n++) {
            q--;
            int m = tl_fact_ment_at(s, q);
            int placed = m >= 0 && (s->ms[m].type == TL_GPE || s->ms[m].type == TL_LOC) && s->ms[m].tb > s->sb &&
                         tl_fact_wl(s, s->ms[m].tb - 1, WL_PREPS);
            int rel_subj = m >= 0 && s->ms[m].pron && q + 1 < i && tl_fact_is_verbish(s, q + 1);
            if (m >= 0 && s->ms[m].type != TL_NORP && !s->ms[m].mod && !placed && !rel_subj) body = 1;
            if (tl_fact_w(s, q, "use|used|uses|using|employed|employs|deployed|deploys|launched|fired|fires")) {
                if (!body && q + 2 < i) return find_subj(s, q, mask);
                break;
            }
            if (m >= 0) continue;
            if (tl_fact_wl(s, q, WL_PREPS) && n >= 1) {
                int pm = tl_fact_ment_at(s, q + 1);
                if (pm >= 0 && s->ms[pm].tb == q + 1 && (s->ms[pm].type == TL_GPE || s->ms[pm].type == TL_LOC)) continue;
            }
            if (tl_fact_is_verbish(s, q) && q > s->sb && tl_fact_ment_at(s, q - 1) >= 0 &&
                s->ms[tl_fact_ment_at(s, q - 1)].pron)
                continue;
            if (plain++ >= 5 || tl_fact_is_punct(s, q) || tl_fact_is_verbish(s, q) || tl_fact_wl(s, q, WL_PREPS)) break;
        }
    }
    /* "X, formerly known as Y, was founded in 2015": the name before an
     * aside that gives another name */
    {
        uint32_t r = i;
        while (r > s->sb && (tl_fact_wl(s, r - 1, WL_BE) || tl_fact_w(s, r - 1, "has|have|had|also|later")) && r + 4 > i) r--;
        /* (a quoted alias closes its quote after the comma: 'known as
         * "Z," was') */
        if (r > s->sb + 4 && tl_fact_w(s, r - 1, "\"|\u201d") && tl_fact_is(s, r - 2, ",")) r--;
        if (r > s->sb + 3 && tl_fact_is(s, r - 1, ",")) {
            uint32_t q = r - 1;
            while (q > s->sb && !tl_fact_is(s, q - 1, ",") && q + 12 > r) q--;
            if (q > s->sb + 1 && tl_fact_is(s, q - 1, ",") &&
                (tl_fact_w(s, q, "known|called") ||
                 (tl_fact_w(s, q, "formerly|also|previously|once|better") && tl_fact_w(s, q + 1, "known|called")))) {
                /* (a name heading its phrase; "Y's affiliate in Mozambique,
                 * known locally as X," is X) */
                int m = tl_fact_ment_ending(s, q - 2);
                /* (a name inside an apposition on an earlier name is
                 * not the subject: "X, a son-in-law of cartel leader Y,
                 * known as Z, was detained" is X) */
                if (m >= 0)
                    for (uint32_t b = s->ms[m].tb; b > s->sb + 2 && b + 10 > s->ms[m].tb; b--) {
                        if (tl_fact_is(s, b - 1, ",")) {
                            int e = tl_fact_ment_ending(s, b - 2);
                            if (tl_fact_w(s, b, "a|an|the") && e >= 0 && !s->ms[e].pron &&
                                (s->ms[e].type == TL_ORG || s->ms[e].type == TL_PERSON))
                                m = e;
                            break;
                        }
                        if (tl_fact_is_punct(s, b - 1) || (tl_fact_is_verbish(s, b - 1) && tl_fact_ment_at(s, b - 1) < 0)) break;
                    }
                if (m >= 0 && !s->ms[m].pron && (s->ms[m].type == TL_ORG || s->ms[m].type == TL_PERSON) &&
                    !(s->ms[m].tb > s->sb && tl_fact_wl(s, s->ms[m].tb - 1, WL_PREPS)) && tl_fact_type_ok(s, m, mask))
                    return m;
                /* "The cartel, led by X, known as Y, has been fighting Z":
                 * the alias is the agent's, and the subject is read as if
                 * the verb followed the agent's clause */
                if (m >= 0 && s->ms[m].tb > s->sb + 2 && tl_fact_is(s, s->ms[m].tb - 1, "by") &&
                    tl_fact_tag(s, s->ms[m].tb - 2) == TL_POS_VBN)
                    return find_subj(s, q, mask);
                /* "The commander, known by his alias "Pablito", was
                 * detained": after a common noun the aside's name is the
                 * one it names */
                if (m < 0 && q > s->sb + 2 && tl_fact_tag(s, q - 2) == TL_POS_NOUN && tl_fact_ment_at(s, q - 2) < 0 &&
                    !(s->d->tokens[q - 2].flags & TL_TOK_UPPER))
                    for (uint32_t j = q + 1; j + 1 < r; j++) {
                        int x = tl_fact_ment_at(s, j);
                        if (x < 0) continue;
                        if (!s->ms[x].pron && s->ms[x].tb == j && tl_fact_w(s, j - 1 - (uint32_t)tl_fact_is_punct(s, j - 1),
                                                                             "as|alias|name|nickname|guerre") &&
                            tl_fact_type_ok(s, x, mask))
                            return x;
                        break;
                    }
            }
        }
    }
    /* "convicted three men of helping Y", "accused X of funding Y": the
     * gerund's subject is the object of the verb of the courts (none
     * when it has no name), never that verb's subject */
    if (i > s->sb + 2 && tl_fact_is(s, i - 1, "of") && tl_fact_tag(s, i) == TL_POS_VBG) {
        for (uint32_t v = i - 2; v > s->sb && v + 8 > i; v--) {
            if (tl_fact_is_punct(s, v)) break;
            if (!tl_fact_w(s, v - 1, "convicted|convicts|convict|accused|accuses|accuse|accusing|acquitted|cleared|"
                                     "suspected|suspects|suspect"))
                continue;
            int m = tl_fact_ment_ending(s, i - 2);
            if (m >= 0 && s->ms[m].tb >= v) return tl_fact_type_ok(s, m, mask) ? m : -1;
            /* ("accused Wagner fighters of killing": the body its
             * people stand for) */
            m = people_of_body(s, i - 2);
            if (m >= 0 && s->ms[m].tb >= v) return tl_fact_type_ok(s, m, mask) ? m : -1;
            return -1;
        }
        /* "arrested three men suspected of plotting attacks": a reduced
         * relative on a common noun is that noun's doing (its body's, if
         * it has one), never the clause subject's */
        if (i > s->sb + 3 && tl_fact_w(s, i - 2, "suspected|accused|alleged") && tl_fact_ment_at(s, i - 3) < 0 &&
            (s->d->tokens[i - 3].flags & TL_TOK_ALPHA) && !(s->d->tokens[i - 3].flags & TL_TOK_UPPER) &&
            tl_fact_tag(s, i - 3) == TL_POS_NOUN) {
            int m = people_of_body(s, i - 3);
            return m >= 0 && tl_fact_type_ok(s, m, mask) ? m : -1;
        }
        /* "a businessman it accused of smuggling oil": a relative clause
         * whose subject accuses its noun; the noun's person does it (the
         * description bound to a name: tl_fact_cata.c), or no one named */
        if (i > s->sb + 4 && tl_fact_w(s, i - 2, "accused|accuses|suspected|suspects|convicted") &&
            tl_fact_w(s, i - 3, "it|they|he|she|we|officials|authorities|prosecutors|police")) {
            uint32_t hn = i - 4;
            if (hn > s->sb && tl_fact_w(s, hn, "that|whom|who")) hn--;
            if (tl_fact_tag(s, hn) == TL_POS_NOUN && !(s->d->tokens[hn].flags & TL_TOK_UPPER)) {
                int m = tl_fact_ment_at(s, hn);
                return m >= 0 && s->ms[m].te == hn + 1 && tl_fact_type_ok(s, m, mask) ? m : -1;
            }
        }
        /* "Wagner fighters have been accused by rights groups of killing
         * Y": the passive's subject, past its agent */
        uint32_t v = i - 2;
        if (!tl_fact_w(s, v, "accused|suspected|convicted")) {
            /* (past "by rights groups", "by the United Nations") */
            uint32_t b = v;
            while (b > s->sb + 2 && b + 6 > v && !tl_fact_is(s, b, "by") && !tl_fact_is_punct(s, b)) b--;
            if (tl_fact_is(s, b, "by")) v = b - 1;
        }
        if (v > s->sb + 1 && tl_fact_w(s, v, "accused|suspected|convicted") && tl_fact_w(s, v - 1, "been|was|were|is|are")) {
            uint32_t a = v - 1;
            while (a > s->sb && tl_fact_w(s, a - 1, "been|have|has|had|was|were|is|are|also|repeatedly|long")) a--;
            /* (only the body its people stand for: a name there is read
             * by the rules below) */
            int m = a > s->sb + 1 ? people_of_body(s, a - 1) : -1;
            if (m >= 0 && tl_fact_type_ok(s, m, mask)) return m;
            /* "X, who served under Y, is accused of working with Z": the
             * passive's subject, past a relative clause on it */
            if (v == i - 2) return find_subj(s, v, mask);
        }
    }
    /* "executed a dozen people on charges of collaborating with Y": the
     * gerund of a charge is the charged one's, named right before "on"
     * if at all, never the subject who charges */
    if (i > s->sb + 2 && tl_fact_is(s, i - 1, "of") &&
        tl_fact_w(s, i - 2, "charges|charge|suspicion|accusations|allegations|conviction|convictions")) {
        uint32_t k = i - 3;
        if (k > s->sb && tl_fact_w(s, k, "on|over|under|for")) {
            int m = tl_fact_ment_ending(s, k - 1);
            /* ("arrested a Somali man, X, on suspicion of", "arrested X,
             * 34, on suspicion of": the name set off before it) */
            if (m < 0 && k > s->sb + 2 && tl_fact_is(s, k - 1, ",")) {
                uint32_t e = k - 2;
                if ((s->d->tokens[e].flags & TL_TOK_DIGIT) && e > s->sb + 1 && tl_fact_is(s, e - 1, ",")) e -= 2;
                m = tl_fact_ment_ending(s, e);
                if (m >= 0 && (s->ms[m].type != TL_PERSON || s->ms[m].pron)) m = -1;
            }
            /* ("X was arrested on suspicion of spying": the passive's
             * subject) */
            if (m < 0 && tl_fact_tag(s, k - 1) == TL_POS_VBN && k - 1 > s->sb && tl_fact_wl(s, k - 2, WL_BE))
                return find_subj(s, k - 1, mask);
            return m >= 0 && tl_fact_type_ok(s, m, mask) ? m : -1;
        }
        return -1;
    }
    /* "X founded Y in 2015 while serving in Z": a gerund after "while",
     * "when", "after"... shares the subject of the finite verb before it,
     * past that verb's object */
    if (i > s->sb + 2 && tl_fact_tag(s, i) == TL_POS_VBG &&
        tl_fact_w(s, i - 1, "while|when|after|before|since|without|despite|whilst")) {
        for (uint32_t j = i - 2; j > s->sb && j + 16 > i; j--) {
            if (tl_fact_is(s, j, ";") || tl_fact_wl(s, j, WL_THAT_WHO_WHICH)) break;
            int t = tl_fact_tag(s, j);
            if ((t == TL_POS_VBD || t == TL_POS_VERB_PRES || t == TL_POS_VBN || tl_fact_wl(s, j, WL_BE)) &&
                tl_fact_ment_at(s, j) < 0)
                return find_subj(s, j, mask);
        }
    }
    /* "X attacked a joint US-Kenya base and killed three Americans": a
     * past verb right after "and" shares the subject of the past verb
     * before it, past the names inside that verb's object */
    /* (and a participle after "and" shares the passive before it: "was
     * arrested in the Maldives and flown to Guam") */
    if (i > s->sb + 2 && (tl_fact_tag(s, i) == TL_POS_VBD || tl_fact_tag(s, i) == TL_POS_VBN) &&
        tl_fact_wl(s, i - 1, WL_AND_OR)) {
        /* (past a relative clause of place before ", and": "conducted
         * surveillance of a base where soldiers were training, and
         * plotted to kidnap Y") */
        if (tl_fact_is(s, i - 2, ",")) {
            uint32_t w = i - 2;
            while (w > s->sb && w + 14 > i && !tl_fact_w(s, w, "where|when|whose") && !tl_fact_is_punct(s, w - 1)) w--;
            if (w > s->sb + 1 && w + 14 > i && tl_fact_w(s, w, "where|when|whose"))
                for (uint32_t j = w - 1; j > s->sb && j + 20 > w; j--) {
                    if (tl_fact_is_punct(s, j) || tl_fact_wl(s, j, WL_THAT_WHO_WHICH)) break;
                    if (tl_fact_tag(s, j) == TL_POS_VBD) return find_subj(s, j, mask);
                }
            /* (and past one set off by commas on the object: "arrested
             * X, whom the U.S. had designated as a financier, and
             * extradited him" is the arrester's, not the designator's) */
            w = i - 2;
            while (w > s->sb + 1 && w + 20 > i && !tl_fact_is_punct(s, w - 1)) w--;
            if (w > s->sb + 2 && w + 20 > i && tl_fact_is(s, w - 1, ",") && tl_fact_w(s, w, "who|whom|which"))
                for (uint32_t j = w - 2; j > s->sb && j + 12 > w; j--) {
                    if (tl_fact_is_punct(s, j) || tl_fact_wl(s, j, WL_THAT_WHO_WHICH)) break;
                    /* (the tagger reads "police arrested X" as often as not
                     * as a participle) */
                    if ((tl_fact_tag(s, j) == TL_POS_VBD || tl_fact_tag(s, j) == TL_POS_VBN) && tl_fact_ment_at(s, j) < 0)
                        return find_subj(s, j, mask);
                }
        }
        for (uint32_t j = i - 2; j > s->sb && j + 12 > i; j--) {
            if (tl_fact_is_punct(s, j) || tl_fact_wl(s, j, WL_THAT_WHO_WHICH)) break;
            /* (or the passive before it: "X was extradited in 2023 and
             * pleaded guilty in 2025") */
            if (tl_fact_tag(s, j) == TL_POS_VBD ||
                (tl_fact_tag(s, j) == TL_POS_VBN && j > s->sb && tl_fact_wl(s, j - 1, WL_BE)))
                return find_subj(s, j, mask);
            /* (or a copula: "all three men were officers of Y and belonged
             * to Z") */
            if (tl_fact_w(s, j, "was|were") && j + 1 < i && tl_fact_tag(s, j + 1) != TL_POS_VBN &&
                tl_fact_tag(s, j + 1) != TL_POS_VBG && !tl_fact_wl(s, j + 1, WL_AND_OR))
                return find_subj(s, j, mask);
        }
    }
    /* "X worked for Y, a lawmaker from Z, and is accused of passing": a
     * passive after "and" and its auxiliary shares the subject of the
     * finite verb before the "and", past an apposition on its object */
    /* (and a perfect: "X broke with Y in 2013 and has since pledged
     * allegiance to Z") */
    uint32_t aux = i - 1;
    if (i > s->sb + 5 && tl_fact_tag(s, i) == TL_POS_VBN && tl_fact_w(s, aux, "since|also|later|then|now") &&
        tl_fact_w(s, aux - 1, "has|have|had"))
        aux--;
    if (i > s->sb + 4 && tl_fact_tag(s, i) == TL_POS_VBN && tl_fact_w(s, aux, "is|was|are|were|has|have|had") &&
        tl_fact_wl(s, aux - 1, WL_AND_OR)) {
        uint32_t j = aux - 2;
        if (tl_fact_is(s, j, ",")) {
            /* (", a lawmaker from Z,": back to the comma that opens it) */
            uint32_t q = j;
            while (q > s->sb + 1 && q + 12 > j && !tl_fact_is(s, q - 1, ",")) q--;
            if (q > s->sb + 1 && tl_fact_is(s, q - 1, ",") && tl_fact_w(s, q, "a|an|the")) j = q - 2;
        }
        for (; j > s->sb && j + 14 > i; j--) {
            if (tl_fact_is_punct(s, j) || tl_fact_wl(s, j, WL_THAT_WHO_WHICH)) break;
            if (tl_fact_tag(s, j) == TL_POS_VBD || tl_fact_tag(s, j) == TL_POS_VERB_PRES) return find_subj(s, j, mask);
        }
    }
    /* "X is the leader of Y and lives in Z", "X fled Y and now lives in
     * Z", "X was born in Y but lives in Z": a present verb after "and" or
     * "but" (an adverb between) shares the subject of the finite verb
     * before it */
    /* (a verb the tagger took for a plural noun, as it often takes
     * "lives", still has its preposition after it: "and lives in") */
    int pres = tl_fact_tag(s, i) == TL_POS_VERB_PRES ||
               (tl_fact_tag(s, i) == TL_POS_NOUN && s->len[i - s->sb] > 3 && s->low[i - s->sb][s->len[i - s->sb] - 1] == 's' &&
                i + 1 < s->se && tl_fact_wl(s, i + 1, WL_PREPS));
    if (i > s->sb + 2 && pres) {
        uint32_t c = i - 1;
        if (tl_fact_tag(s, c) == TL_POS_ADV && c > s->sb + 1) c--;
        /* a headline joins its verbs with a comma: "X attacks base,
         * kills three Americans" (present verbs on both sides) */
        int comma = tl_fact_is(s, c, ",");
        if (tl_fact_wl(s, c, WL_AND_OR) || tl_fact_is(s, c, "but") || comma)
            for (uint32_t j = c - 1; j > s->sb && j + 12 > c; j--) {
                if (tl_fact_is_punct(s, j) || tl_fact_wl(s, j, WL_THAT_WHO_WHICH)) break;
                int t = tl_fact_tag(s, j);
                if (comma ? t == TL_POS_VERB_PRES
                          : (t == TL_POS_VBD || t == TL_POS_VBN || t == TL_POS_VERB_PRES || (t == TL_POS_AUX && tl_fact_wl(s, j, WL_BE))))
                    return find_subj(s, j, mask);
            }
    }
    /* "OFAC designated four people that have provided support to Y": a
     * relative pronoun after a common noun the clause's verb governs
     * stands for that noun, no name (an apposition's noun, "X, a firm
     * that provided", stands for X: the search goes on) */
    {
        uint32_t r = i;
        while (r > s->sb && (tl_fact_wl(s, r - 1, WL_BE) || tl_fact_w(s, r - 1, "has|have|had|also|allegedly|reportedly")))
            r--;
        uint32_t n = r >= s->sb + 2 ? r - 2 : s->sb;
        /* "a warehouse in east London that was linked to Y": the place
         * of a phrase on the noun is not what "that" stands for */
        if (r > s->sb + 2 && tl_fact_w(s, r - 1, "that|which")) {
            int pm = tl_fact_ment_ending(s, r - 2);
            if (pm >= 0 && (s->ms[pm].type == TL_GPE || s->ms[pm].type == TL_LOC)) {
                uint32_t b = s->ms[pm].tb;
                while (b > s->sb + 1 && (tl_fact_is(s, b - 1, "the") || tl_fact_w(s, b - 1, TL_CUE_COMPASS))) b--;
                if (b > s->sb + 1 && tl_fact_w(s, b - 1, "in|at|near|outside") && tl_fact_ment_at(s, b - 2) < 0 &&
                    tl_fact_tag(s, b - 2) == TL_POS_NOUN)
                    n = b - 2;
            }
        }
        if (r > s->sb + 2 && tl_fact_w(s, r - 1, "that|who|which") && tl_fact_ment_at(s, n) < 0 &&
            tl_fact_tag(s, n) == TL_POS_NOUN) {
            for (uint32_t q = n + 1; q > s->sb && q + 12 > r; q--) {
                if (tl_fact_is(s, q - 1, ",") && tl_fact_w(s, q, "a|an|the")) break;
                /* "X is a footballer who played for Y": a copula's noun
                 * (not "X is responsible for much of the fentanyl that
                 * kills Y": the object of an adjective's preposition) */
                if (tl_fact_wl(s, q - 1, WL_BE) && q + 1 < n && tl_fact_tag(s, q) == TL_POS_ADJ &&
                    !(s->len[q - s->sb] > 2 && !memcmp(s->low[q - s->sb] + s->len[q - s->sb] - 2, "ed", 2)) &&
                    tl_fact_wl(s, q + 1, WL_PREPS))
                    return -1;
                if (tl_fact_is_punct(s, q - 1) || tl_fact_wl(s, q - 1, WL_BE)) break;
                if (tl_fact_is_verbish(s, q - 1) && tl_fact_ment_at(s, q - 1) < 0) return -1;
            }
        }
    }
    /* "ties to X, a smuggler based in Y": a participle on an apposition's
     * noun is said of the name the apposition follows, whatever governs
     * that name; so is a relative clause on it ("radicalised by X, a
     * preacher from Birmingham who was jailed in 2021") */
    {
        int h = apposition_participle_holder(s, i);
        if (h < 0) h = apposition_relative_holder(s, i);
        if (h >= 0) return tl_fact_type_ok(s, h, mask) ? h : -1;
    }
    /* "after her brothers were jailed": a possessive and a common noun
     * right before the verb group are its subject, no name */
    if (i > s->sb + 1 && tl_fact_tag(s, i) != TL_POS_VBG) {
        uint32_t r = i;
        /* (the word's first letter before the list: most words are none) */
        while (r > s->sb && (tl_fact_wl(s, r - 1, WL_BE) || (strchr("hbal", s->low[r - 1 - s->sb][0]) &&
                                                            tl_fact_w(s, r - 1, "has|have|had|been|also|later|both|all"))))
            r--;
        if (r > s->sb + 1 && tl_fact_ment_at(s, r - 1) < 0 && tl_fact_tag(s, r - 1) == TL_POS_NOUN &&
            !(s->d->tokens[r - 1].flags & TL_TOK_UPPER) && tl_fact_w(s, r - 2, "his|her|their|its") &&
            /* ("X and his brother were arrested": both; "after her
             * retirement moved to Y": a preposition's object, where no
             * auxiliary makes a clause of it) */
            !(r > s->sb + 2 && (tl_fact_wl(s, r - 3, WL_AND_OR) || (r == i && tl_fact_wl(s, r - 3, WL_PREPS)))))
            return -1;
    }
    uint32_t k = i;
    while (k > s->sb) {
        k--;
        if (tl_fact_is(s, k, ";")) return -1;
        /* "LUSK (Reuters) - A court sentenced": a dateline's credit is
         * no subject of the report's first clause */
        if (k > s->sb && tl_fact_is(s, k - 1, ")") &&
            (tl_fact_is(s, k, "-") || tl_fact_is(s, k, "--") || tl_fact_is(s, k, "\u2013") || tl_fact_is(s, k, "\u2014")))
            return -1;
        if (tl_fact_is(s, k, ",") && (aux_only(s, k + 1, i) || raising_only(s, k + 1, i))) {
            /* "X, 41, of Paterson, New Jersey, provided": a home town and
             * an age set off after the name hold no subject */
            uint32_t q = k;
            while (q > s->sb + 1) {
                int m = tl_fact_ment_ending(s, q - 1);
                if (m >= 0 && s->ms[m].type == TL_GPE) q = s->ms[m].tb;
                else if (tl_fact_is(s, q - 1, ",") && q - 1 < k) q--;
                else break;
            }
            if (q < k && q > s->sb + 1 && tl_fact_is(s, q - 1, "of") && tl_fact_is(s, q - 2, ",")) {
                uint32_t c = q - 2;
                /* ", 41," before it */
                if (c > s->sb + 2 && (s->d->tokens[c - 1].flags & TL_TOK_DIGIT) && tl_fact_is(s, c - 2, ",")) c -= 2;
                k = c;
                continue;
            }
            /* "X, an ethnically Azeri town in eastern Georgia, receives" and
             * "X, which the US designated in 1997, receives": an apposition
             * or a relative clause describes the subject before it and
             * holds no subject of this verb. */
            uint32_t j = k;
            /* (past the commas of a list of names inside it: "which has
             * expanded to Colombia, Peru and Canada,") */
            while (j > s->sb && k - j < 25 && !tl_fact_is(s, j - 1, ";") &&
                   (!tl_fact_is(s, j - 1, ",") ||
                    (j > s->sb + 1 && tl_fact_ment_ending(s, j - 2) >= 0 && tl_fact_ment_at(s, j) >= 0 &&
                     s->ms[tl_fact_ment_at(s, j)].tb == j && !s->ms[tl_fact_ment_at(s, j)].pron)))
                j--;
            /* (so do an alias and a participle's phrase: "The cartel, led
             * by X, alias "Y", has been fighting Z", "X, said to be a
             * member of Y, was arrested", "X, accused of fraud, fled") */
            if (j > s->sb + 1 && tl_fact_is(s, j - 1, ",") &&
                (tl_fact_w(s, j, "a|an|the|whose|alias|aka|nicknamed") || tl_fact_wl(s, j, WL_THAT_WHO_WHICH) ||
                 ((tl_fact_tag(s, j) == TL_POS_VBN || tl_fact_tag(s, j) == TL_POS_VBD || tl_fact_wl(s, j, WL_HEDGE)) &&
                  tl_fact_w(s, j + 1, "by|to|of"))) &&
                j + 2 < k) {
                k = j - 1;
                continue;
            }
            /* ("X, a close friend of Y and her late husband, former
             * President Z, was convicted": a name set off inside an
             * apposition is that apposition's, which is skipped whole) */
            if (j > s->sb + 2 && tl_fact_is(s, j - 1, ",") && j + 6 > k) {
                int pm = tl_fact_ment_ending(s, k - 1);
                uint32_t o = j - 1;
                while (o > s->sb && j - o < 25 && !tl_fact_is(s, o - 1, ",") && !tl_fact_is(s, o - 1, ";")) o--;
                if (pm >= 0 && s->ms[pm].type == TL_PERSON && o > s->sb + 1 && tl_fact_is(s, o - 1, ",") &&
                    tl_fact_w(s, o, "a|an|the") && o + 2 < j - 1) {
                    k = o - 1;
                    continue;
                }
            }
        }
        if (tl_fact_is(s, k, ")")) {
            /* "X and Y (both ethnic Azeris) plotted": a parenthesis is an
             * aside, never the subject. */
            uint32_t j = k, words = 0;
            while (j > s->sb && !tl_fact_is(s, j - 1, "(") && k - j < 20) {
                j--;
                words += tl_fact_ment_at(s, j) < 0;
            }
            /* A parenthesis holding only a name ("place (CDP)") is the name's
             * acronym or alias, which stays a candidate. */
            if (j > s->sb && tl_fact_is(s, j - 1, "(") && words) { k = j - 1; continue; }
        }
        /* "X said the men were arrested": a reporting verb with a clause
         * whose subject is a common noun ends the search (the speaker is
         * not that clause's subject; "X, who police said was arrested"
         * goes on) */
        if (tl_fact_wl(s, k, WL_SAY) && tl_fact_is_verbish(s, k) && said_clause_subject(s, k, i)) return -1;
        /* "X warned that those who ... support Y": a clause opened by
         * "that" after a verb holds its own subject */
        if (tl_fact_is(s, k, "that") && k > s->sb && k + 1 < i && tl_fact_is_verbish(s, k - 1)) return -1;
        /* (past the day it was said: "said on Wednesday that") */
        if (tl_fact_is(s, k, "that") && k > s->sb + 2 && k + 1 < i && said_on_day(s, k)) return -1;
        /* "blamed X for the murder of an official who had been accused of
         * plotting to overthrow Y": the verb is in (or after) a relative
         * clause on a common noun, whose subject that noun is */
        if (s->low[k - s->sb][0] == 'w' && tl_fact_w(s, k, "who|which") && k > s->sb + 1 && relative_on_prep_object(s, k))
            return -1;
        /* "X, a Russian businessman and critic of President Y who lives
         * in Z": a relative clause after the person an apposition's "of"
         * names is said of the apposition's holder */
        if (s->low[k - s->sb][0] == 'w' && k > s->sb + 4 && tl_fact_is(s, k, "who")) {
            int y = tl_fact_ment_ending(s, k - 1);
            uint32_t of = y >= 0 ? s->ms[y].tb - 1 : 0; /* (past a title: "of President Y") */
            while (y >= 0 && of > s->sb + 3 && of + 3 > s->ms[y].tb && (s->d->tokens[of].flags & TL_TOK_UPPER) &&
                   tl_fact_ment_at(s, of) < 0)
                of--;
            if (y >= 0 && s->ms[y].type == TL_PERSON && !s->ms[y].pron && of > s->sb + 3 && tl_fact_is(s, of, "of")) {
                for (uint32_t q = of - 1, n = 0; q > s->sb + 1 && n < 10; q--, n++) {
                    int x = tl_fact_ment_at(s, q);
                    if (x >= 0 && s->ms[x].type != TL_NORP) break;
                    if (x >= 0) continue;
                    if (tl_fact_w(s, q, "a|an") && tl_fact_is(s, q - 1, ",")) {
                        int h = tl_fact_ment_ending(s, q - 2);
                        if (h >= 0 && s->ms[h].type == TL_PERSON && !s->ms[h].pron) return tl_fact_type_ok(s, h, mask) ? h : -1;
                        break;
                    }
                    if (tl_fact_is_punct(s, q) || (s->d->tokens[q].flags & TL_TOK_UPPER)) break;
                }
            }
        }
        int m = tl_fact_ment_ending(s, k);
        /* "The airstrike that killed X also killed Y": the object of a
         * relative clause on a common noun is no subject; that noun is */
        if (m >= 0 && !s->ms[m].pron && s->ms[m].te <= i && aux_only(s, s->ms[m].te, i) &&
            tl_fact_relative_object(s, s->ms[m].tb))
            return -1;
        /* "in Chad, where they have clashed with Y": a subject pronoun
         * no name stands for is the subject all the same */
        if (m < 0 && tl_fact_tag(s, k) == TL_POS_PRON && tl_fact_w(s, k, "he|she|they|we")) return -1;
        if (m < 0 || s->ms[m].mod) continue;
        /* "X, 24, of Stow, Ohio, pleaded guilty to attempting to provide":
         * a home town set off after a name is never a subject */
        if ((s->ms[m].type == TL_GPE || s->ms[m].type == TL_LOC) && !s->ms[m].pron && tl_fact_is(s, k + 1, ",")) {
            uint32_t q = s->ms[m].tb;
            while (q > s->sb + 2 && tl_fact_is(s, q - 1, ",")) {
                int g = tl_fact_ment_ending(s, q - 2);
                if (g < 0 || (s->ms[g].type != TL_GPE && s->ms[g].type != TL_LOC)) break;
                q = s->ms[g].tb;
            }
            if (q > s->sb + 2 && tl_fact_is(s, q - 1, "of") && tl_fact_is(s, q - 2, ",")) {
                int pm = tl_fact_ment_ending(s, q - 3);
                if (pm < 0 && q > s->sb + 4 && (s->d->tokens[q - 3].flags & TL_TOK_DIGIT) && tl_fact_is(s, q - 4, ","))
                    pm = tl_fact_ment_ending(s, q - 5);
                if (pm >= 0 && s->ms[pm].type == TL_PERSON) {
                    k = s->ms[pm].te;
                    continue;
                }
            }
        }
        /* "Azerbaijani Islamic Resistance Movement": a nationality right
         * before a name qualifies it */
        if (s->ms[m].type == TL_NORP && tl_fact_ment_at(s, k + 1) >= 0 && s->ms[tl_fact_ment_at(s, k + 1)].tb == k + 1 &&
            s->ms[tl_fact_ment_at(s, k + 1)].type != TL_NORP) {
            k = s->ms[m].tb;
            continue;
        }
        uint32_t tb = s->ms[m].tb;
        /* "WASHINGTON -- President X's administration imposed": a dateline
         * names where the report was filed, never a subject */
        /* (and "MAPUTO, Mozambique -- Insurgents attacked": the country
         * after the dateline's city) */
        uint32_t dl = tb;
        if (dl > s->sb + 1 && tl_fact_is(s, dl - 1, ",") && tl_fact_ment_ending(s, dl - 2) >= 0 &&
            s->ms[tl_fact_ment_ending(s, dl - 2)].tb == s->sb && s->ms[tl_fact_ment_ending(s, dl - 2)].type == TL_GPE)
            dl = s->sb;
        if (dl == s->sb && s->ms[m].type == TL_GPE &&
            (tl_fact_is(s, k + 1, "--") || tl_fact_is(s, k + 1, "-") || tl_fact_is(s, k + 1, "\xe2\x80\x94") ||
             tl_fact_is(s, k + 1, "\xe2\x80\x93") || tl_fact_is(s, k + 1, "\xe2\x80\xa2")))
            return -1;
        /* (a name right before the verb group after a word that also
         * opens clauses is that clause's subject: "after a Georgian man
         * was shot") */
        int pp = in_prep_phrase(s, m);
        if (pp == 2 && s->ms[m].te <= i && aux_only(s, s->ms[m].te, i)) pp = 0;
        /* "clashed with X, which killed Y": a relative pronoun right
         * after the name, then the verb group, makes the name the
         * relative clause's subject wherever the name stands */
        /* (a person before "who", a body before "which"; not a name
         * that completes a noun, "the Battle of Warsaw, which") */
        /* (but "the commander of GRU Unit 29155, which": a person's noun
         * before "of" leaves "which" to the body) */
        uint32_t of = tb > s->sb + 1 && tl_fact_is(s, tb - 1, "the") ? tb - 2 : tb - 1;
        /* (nor "the brother of X, who leads Y": a kin noun's person
         * before "who" is the clause's) */
        int of_name = tl_fact_is(s, of, "of") &&
                      !(of > s->sb && s->ms[m].type == TL_ORG && !(s->d->tokens[of - 1].flags & TL_TOK_UPPER) &&
                        (tl_fact_w(s, of - 1, TL_CUE_LEADER_WORDS) || tl_fact_w(s, of - 1, TL_CUE_MEMBER_NOUNS) ||
                         tl_fact_w(s, of - 1, "member|founder|official|officer|agent|operative|deputy"))) &&
                      !(of > s->sb && s->ms[m].type == TL_PERSON && !s->ms[m].pron &&
                        tl_fact_opens(s, of - 1, TL_FAMILY_OF) &&
                        tl_fact_is(s, s->ms[m].te, ",") && tl_fact_is(s, s->ms[m].te + 1, "who"));
        if (pp && !of_name) {
            uint32_t w = s->ms[m].te;
            /* ("the Foxtrot network, which": the band's noun after its name) */
            if (s->ms[m].type == TL_ORG && w + 1 < i && tl_fact_w(s, w, TL_FACT_BAND_NOUNS))
                w++;
            if (tl_fact_is(s, w, ",")) w++;
            int t = s->ms[m].type;
            /* ("the militants, who": a body's people, standing for it) */
            int people = t == TL_ORG && s->ms[m].pron && tl_fact_w(s, s->ms[m].tb, "militants|fighters|insurgents|jihadists|rebels");
            /* (over a raising verb: "who is believed to be hiding"; over
             * a source's words: "which Western officials say was") */
            uint32_t v = w + 1;
            for (uint32_t q = w + 2; q < i && q < w + 6; q++)
                if (tl_fact_wl(s, q, WL_SAY) && !tl_fact_is_punct(s, q - 1)) {
                    v = q + 1;
                    break;
                }
            if (w < i && (aux_only(s, v, i) || raising_only(s, v, i)) &&
                ((t == TL_PERSON && tl_fact_is(s, w, "who")) || (t == TL_ORG && tl_fact_is(s, w, "which")) ||
                 (people && tl_fact_is(s, w, "who"))))
                pp = 0;
        }
        int poss = tl_fact_is(s, k + 1, "'s") || tl_fact_is(s, k + 1, "'");
        /* "the Iranian regime funded": the state (emit() makes it a GPE) */
        int state = (mask & G_) && tl_fact_norp_state(s, m);
        /* "X is an al-Qaeda affiliate operating in Y": the name before a
         * part noun names another body than the part */
        int part = s->ms[m].te < i && tl_fact_w(s, s->ms[m].te, TL_CUE_PART_OF_NOUNS);
        if (!pp && !poss && !part && (tl_fact_type_ok(s, m, mask) || state)) return m;
        /* "Pakistan's intelligence service has long backed the Taliban":
         * a state's organ acts for the state */
        if (!pp && poss && (mask & G_) && state_organ_possessed(s, m, i)) return m;
        k = tb;
    }
    return -1;
}

static int title_person(const tl_fsent *s, int m);

/* First mention after the preposition (one of `preps`) that follows token
 * i within a short window; the window stops at ';' and at another clause. */
/* The band a noun phrase opening at token q names by a participle: "a
 * militia group called the Wolverine Watchmen", "a financial wing known as
 * Los Cuinis" (the name's mention, of a type in mask), or -1.  Can't
 * fail. */
#define BAND_NOUNS "group|organization|organisation|network|gang|militia|cell|faction|movement|cartel|band|outfit|sect|" \
                   "clan|wing|branch|unit|ring|syndicate"
/* "a foreign terrorist organization, the self-proclaimed Donetsk
 * People's Republic": after an article and up to four lower-case words
 * ending in a noun of a kind of body, from token k, the organization or
 * state an apposition names right after the comma (an article and up to
 * two lower-case words before it), or -1.  Can't fail. */
/* The name an apposition opens at token q (after its comma): past "the"
 * and up to two lower-case words ("the self-proclaimed X"), the mention
 * that starts there, never a pronoun; -1 when none.  Can't fail. */
static int apposed_name(const tl_fsent *s, uint32_t q) {
    if (tl_fact_is(s, q, "the")) q++;
    for (int n = 0; n < 2 && q < s->se && tl_fact_ment_at(s, q) < 0 &&
                    (s->d->tokens[q].flags & (TL_TOK_ALPHA | TL_TOK_HYPHEN)) && !(s->d->tokens[q].flags & TL_TOK_UPPER);
         n++)
        q++;
    int g = q < s->se ? tl_fact_ment_at(s, q) : -1;
    return g >= 0 && s->ms[g].tb == q && !s->ms[g].pron ? g : -1;
}

static int org_named_after_noun(const tl_fsent *s, uint32_t k) {
    if (k >= s->se || !tl_fact_wl(s, k, WL_DETS)) return -1;
    uint32_t j = k + 1;
    while (j < s->se && j < k + 5 && tl_fact_ment_at(s, j) < 0 && (s->d->tokens[j].flags & TL_TOK_ALPHA) &&
           !(s->d->tokens[j].flags & TL_TOK_UPPER) && !tl_fact_w(s, j, BAND_NOUNS) &&
           !tl_fact_w(s, j, TL_CUE_KIND_ORG_NOUNS))
        j++;
    if (j + 2 >= s->se || (!tl_fact_w(s, j, BAND_NOUNS) && !tl_fact_w(s, j, TL_CUE_KIND_ORG_NOUNS)) ||
        !tl_fact_is(s, j + 1, ","))
        return -1;
    int g = apposed_name(s, j + 2);
    return g >= 0 && (s->ms[g].type == TL_ORG || s->ms[g].type == TL_GPE) ? g : -1;
}

int tl_fact_org_apposed_noun(const tl_fsent *s, uint32_t k) {
    if (k + 2 >= s->se || tl_fact_ment_at(s, k) >= 0 ||
        (!tl_fact_w(s, k, BAND_NOUNS) && !tl_fact_w(s, k, TL_CUE_KIND_ORG_NOUNS)) || !tl_fact_is(s, k + 1, ","))
        return -1;
    int g = apposed_name(s, k + 2);
    if (g < 0 || s->ms[g].virt || s->ms[g].type != TL_ORG) return -1;
    /* "the group, the Council said": a speaker, no apposition */
    uint32_t e = s->ms[g].te;
    if (e < s->se && !tl_fact_is_punct(s, e)) {
        int tg = s->tag[e - s->sb];
        if (tg == TL_POS_VERB || tg == TL_POS_VBD || tg == TL_POS_VERB_PRES || tg == TL_POS_MD || tg == TL_POS_AUX)
            return -1;
    }
    return g;
}

int tl_fact_named_part(const tl_fsent *s, int m) {
    if (m < 0 || s->ms[m].type != TL_ORG || s->ms[m].pron || s->ms[m].virt) return -1;
    uint32_t q = s->ms[m].te;
    for (int n = 0; n < 3 && q < s->se && tl_fact_ment_at(s, q) < 0 && !tl_fact_is_punct(s, q) &&
                    !(s->d->tokens[q].flags & TL_TOK_UPPER) && !tl_fact_w(s, q, BAND_NOUNS);
         n++)
        q++;
    if (q + 2 >= s->se || !tl_fact_w(s, q, BAND_NOUNS)) return -1;
    uint32_t c = q + 1;
    if (tl_fact_is(s, c, ",")) c++;
    if (tl_fact_w(s, c, "also|commonly|widely|locally") && tl_fact_is(s, c + 1, "known")) c++;
    if (tl_fact_is(s, c, "known") && tl_fact_is(s, c + 1, "as")) c++;
    else if (!tl_fact_w(s, c, "called|named|dubbed|nicknamed")) return -1;
    c++;
    while (c < s->se && (s->d->tokens[c].flags & TL_TOK_QUOTE)) c++;
    int g = c < s->se ? tl_fact_ment_at(s, c) : -1;
    if (g < 0 && tl_fact_is(s, c, "the")) g = tl_fact_ment_at(s, ++c);
    return g >= 0 && s->ms[g].tb == c && !s->ms[g].pron && s->ms[g].type == TL_ORG && s->ms[g].ent != s->ms[m].ent ? g
                                                                                                                   : -1;
}

static int named_band(const tl_fsent *s, uint32_t q, uint32_t mask) {
    if (q < s->se && tl_fact_wl(s, q, WL_DETS)) q++;
    /* "joined an ISIS cell known as X": the part of the body named */
    if (q < s->se && tl_fact_ment_at(s, q) >= 0 && s->ms[tl_fact_ment_at(s, q)].tb == q) {
        int g = tl_fact_named_part(s, tl_fact_ment_at(s, q));
        return g >= 0 && tl_fact_type_ok(s, g, mask) ? g : -1;
    }
    for (int n = 0; n < 3 && q < s->se && tl_fact_ment_at(s, q) < 0 && !tl_fact_is_punct(s, q) && !tl_fact_w(s, q, BAND_NOUNS);
         n++)
        q++;
    if (q + 2 >= s->se || !tl_fact_w(s, q, BAND_NOUNS)) return -1;
    uint32_t c = q + 1;
    if (c + 1 < s->se && tl_fact_w(s, c, "group|network|organization|organisation|gang|cell")) c++; /* "a militia group" */
    if (tl_fact_is(s, c, "known") && tl_fact_is(s, c + 1, "as")) c++;
    if (!tl_fact_w(s, c, "called|named|dubbed|as")) return -1;
    int g = tl_fact_ment_from(s, c + 1, NULL);
    return g >= 0 && s->ms[g].tb <= c + 2 && tl_fact_type_ok(s, g, mask) ? g : -1;
}

static int past_norp_modifier(const tl_fsent *s, int m, uint32_t mask);
static int norp_titled_person(const tl_fsent *s, int m, uint32_t mask);

/* After a state's mention m: "Ecuador's most powerful gang, Los
 * Choneros" -- the possessed noun (after up to three lower-case words) is
 * a kind of body outside the state: the body's mention named right after
 * it, or -1 when unnamed; -2 when m possesses no such body.  Can't
 * fail. */
static int possessed_body(const tl_fsent *s, int m) {
    uint32_t k = s->ms[m].te;
    if (k + 1 >= s->se || !tl_fact_w(s, k, "'s|\u2019s|'")) return -2;
    for (uint32_t q = k + 1; q < s->se && q < k + 5; q++) {
        if (s->at[q - s->sb] >= 0 || !(s->d->tokens[q].flags & TL_TOK_ALPHA) || (s->d->tokens[q].flags & TL_TOK_UPPER))
            return -2;
        if (!tl_fact_w(s, q, TL_CUE_KIND_ORG_NOUNS)) continue;
        if (q + 2 < s->se && tl_fact_w(s, q + 1, "gang|group|cartel|party|militia|network")) continue; /* "drug gang" */
        /* (a body of the state, "Russia's central bank", serves the state:
         * the callers' rules for it stand) */
        if (!tl_fact_w(s, q, "gang|group|cartel|party|movement|network|militia|clan|syndicate|faction|company|firm|"
                             "outfit|cell|band|sect|cult|brigade|organization|organisation|club|team|newspaper|"
                             "website|charity|union|front|insurgency"))
            return -2;
        if (q + 2 < s->se && tl_fact_is(s, q + 1, ",")) {
            int o = tl_fact_ment_at(s, q + 2);
            if (o >= 0 && s->ms[o].tb == q + 2 && s->ms[o].type == TL_ORG && !s->ms[o].pron) return o;
        }
        return -1;
    }
    return -2;
}

/* "Haiti's president, X": the person a state's or a body's leading title
 * names in apposition after mention m, or -1.  Can't fail. */
static int possessed_title_person(const tl_fsent *s, int m) {
    uint32_t q = s->ms[m].te;
    if (q + 3 >= s->se || !tl_fact_w(s, q, "'s|\u2019s")) return -1;
    uint32_t c = q + 1;
    while (c < s->se && c < q + 4 && !(s->d->tokens[c].flags & TL_TOK_UPPER) && (s->d->tokens[c].flags & TL_TOK_ALPHA) &&
           s->at[c - s->sb] < 0)
        c++;
    if (c == q + 1 || c + 1 >= s->se || !tl_fact_is(s, c, ",") || !tl_fact_w(s, c - 1, TL_CUE_LEADER_WORDS)) return -1;
    int p = tl_fact_ment_at(s, c + 1);
    return p >= 0 && s->ms[p].tb == c + 1 && s->ms[p].type == TL_PERSON && !s->ms[p].pron ? p : -1;
}

/* Is the attack noun at i the subject of "was claimed" ("The attack on a
 * base in X was claimed by Y")?  Can't fail. */
static int claimed_after(const tl_fsent *s, uint32_t i) {
    for (uint32_t k = i + 1; k + 1 < s->se && k < i + 14; k++) {
        if (tl_fact_is(s, k, ",") || tl_fact_is(s, k, ";")) return 0;
        if (tl_fact_w(s, k, "was|were") && tl_fact_is(s, k + 1, "claimed")) return 1;
    }
    return 0;
}

/* "the journalist, X", "an exiled Iranian journalist, X": from token q, an
 * article, at most three plain words ending in a noun of a kind of person
 * or of a trade, a comma and a person's name: the name's mention, else -1.
 * Can't fail. */
static int noun_apposed_person(const tl_fsent *s, uint32_t q) {
    if (q >= s->se || !tl_fact_w(s, q, "the|a|an")) return -1;
    uint32_t k = q + 1;
    while (k < s->se && k < q + 4 && !tl_fact_is(s, k, ",")) {
        if (tl_fact_ment_at(s, k) >= 0 && s->ms[tl_fact_ment_at(s, k)].type != TL_NORP) return -1;
        if (!(s->d->tokens[k].flags & TL_TOK_ALPHA) && tl_fact_ment_at(s, k) < 0) return -1;
        k++;
    }
    if (k <= q + 1 || k + 1 >= s->se || !tl_fact_is(s, k, ",")) return -1;
    if (!tl_fact_w(s, k - 1, TL_CUE_KIND_PERSON_NOUNS) && !tl_fact_w(s, k - 1, TL_CUE_OCCUPATION_NOUNS)) return -1;
    int p = tl_fact_ment_at(s, k + 1);
    return p >= 0 && s->ms[p].tb == k + 1 && s->ms[p].type == TL_PERSON && !s->ms[p].pron ? p : -1;
}

/* "(held talks with) the leader of Hamas, Ismail Haniyeh", "the head of
 * the FBI's Boston office, X": from token q, an article, up to two words
 * ending in a noun of a role, "of", a body's or state's name (or a
 * noun phrase of up to four words owned by one), a comma and a person's
 * name: that person's mention, else -1.  Can't fail. */
static int role_of_apposed_person(const tl_fsent *s, uint32_t q) {
    if (q >= s->se || !tl_fact_w(s, q, "the|a|an")) return -1;
    uint32_t k = q + 1;
    while (k < q + 3 && k < s->se && !tl_fact_is(s, k, "of")) {
        if (tl_fact_ment_at(s, k) >= 0 || !(s->d->tokens[k].flags & TL_TOK_ALPHA)) return -1;
        k++;
    }
    if (k + 3 >= s->se || !tl_fact_is(s, k, "of") ||
        !(tl_fact_w(s, k - 1, TL_CUE_LEADER_WORDS) || tl_fact_w(s, k - 1, TL_CUE_MEMBER_ROLE_NOUNS) ||
          tl_fact_w(s, k - 1, TL_CUE_KIND_PERSON_NOUNS) || tl_fact_w(s, k - 1, TL_CUE_OCCUPATION_NOUNS)))
        return -1;
    uint32_t b = tl_fact_is(s, k + 1, "the") ? k + 2 : k + 1;
    int g = tl_fact_ment_at(s, b);
    if (g < 0 || s->ms[g].pron || s->ms[g].tb != b || (s->ms[g].type != TL_ORG && s->ms[g].type != TL_GPE)) return -1;
    uint32_t e = s->ms[g].te;
    /* ("the head of the FBI's Boston office, X") */
    if (tl_fact_w(s, e, "'s|\u2019s|'")) {
        uint32_t j = e + 1;
        for (; j < s->se && j < e + 5 && !tl_fact_is(s, j, ","); j++)
            if (!(s->d->tokens[j].flags & TL_TOK_ALPHA)) return -1;
        e = j;
    }
    if (e + 1 >= s->se || !tl_fact_is(s, e, ",")) return -1;
    int p = tl_fact_ment_at(s, e + 1);
    return p >= 0 && s->ms[p].tb == e + 1 && s->ms[p].type == TL_PERSON && !s->ms[p].pron ? p : -1;
}

/* "(including) the alleged ringleader, a Moroccan national identified as
 * X": from token q, up to three lower-case words ending in a noun, a
 * comma, and a phrase of up to six words that gives the name after
 * "identified as" or "named": that person's mention, else -1.  Can't
 * fail. */
static int included_identified(const tl_fsent *s, uint32_t q) {
    /* ("including a Moroccan national identified as X": no comma) */
    if (q < s->se && tl_fact_w(s, q, "a|an"))
        for (uint32_t j = q + 1; j + 2 < s->se && j < q + 5; j++) {
            int m = tl_fact_ment_at(s, j);
            if (m >= 0 && s->ms[m].type == TL_NORP) { j = s->ms[m].te - 1; continue; }
            if (m >= 0 || !(s->d->tokens[j].flags & TL_TOK_ALPHA) || (s->d->tokens[j].flags & TL_TOK_UPPER)) break;
            if (tl_fact_is(s, j, "identified") && tl_fact_is(s, j + 1, "as")) {
                int p = tl_fact_ment_at(s, j + 2);
                return p >= 0 && s->ms[p].tb == j + 2 && s->ms[p].type == TL_PERSON && !s->ms[p].pron ? p : -1;
            }
        }
    uint32_t k = q;
    while (k < s->se && k < q + 3 && tl_fact_ment_at(s, k) < 0 && (s->d->tokens[k].flags & TL_TOK_ALPHA) &&
           !(s->d->tokens[k].flags & TL_TOK_UPPER))
        k++;
    if (k == q || k + 2 >= s->se || !tl_fact_is(s, k, ",") || tl_fact_tag(s, k - 1) != TL_POS_NOUN ||
        !tl_fact_w(s, k + 1, "a|an|the"))
        return -1;
    for (uint32_t j = k + 2; j + 1 < s->se && j < k + 9; j++) {
        if (tl_fact_is_punct(s, j)) return -1;
        uint32_t n = tl_fact_is(s, j, "identified") && tl_fact_is(s, j + 1, "as") ? j + 2 : tl_fact_is(s, j, "named") ? j + 1 : 0;
        if (!n) continue;
        int p = n < s->se ? tl_fact_ment_at(s, n) : -1;
        return p >= 0 && s->ms[p].tb == n && s->ms[p].type == TL_PERSON && !s->ms[p].pron ? p : -1;
    }
    return -1;
}

static int find_prep_obj(const tl_fsent *s, uint32_t i, const char *preps, uint32_t mask) {
    for (uint32_t k = i + 1; k < s->se && k < i + 14; k++) {
        if (tl_fact_is(s, k, ";") || tl_fact_is(s, k, "that") || tl_fact_is(s, k, "who") ||
            tl_fact_is(s, k, "which"))
            return -1;
        /* "X, who served under Y, is accused of working with Z": a comma
         * then a finite verb or auxiliary closes the clause of the verb
         * at i, and what follows is another verb's */
        if (k > i + 1 && k + 1 < s->se && tl_fact_is(s, k, ",") && tl_fact_ment_at(s, k + 1) < 0 &&
            (tl_fact_wl(s, k + 1, WL_BE) || tl_fact_w(s, k + 1, "has|have|had|will|would|could|can|may|might|must") ||
             tl_fact_tag(s, k + 1) == TL_POS_VERB_PRES || tl_fact_tag(s, k + 1) == TL_POS_VBD))
            return -1;
        /* "spying for the KGB and preparing an attack on Y": a verb
         * coordinated after the phrase opens its own */
        /* (not a noun the tagger took for a gerund after another noun:
         * "receives weapons and training from Y") */
        if (k > i + 1 && k + 1 < s->se && tl_fact_wl(s, k, WL_AND_OR) &&
            (tl_fact_tag(s, k + 1) == TL_POS_VBG || tl_fact_tag(s, k + 1) == TL_POS_VBD) && tl_fact_ment_at(s, k + 1) < 0 &&
            !(tl_fact_tag(s, k - 1) == TL_POS_NOUN && tl_fact_w(s, k + 1, "training|funding|financing|backing|shelter")))
            return -1;
        /* "claimed the attack in a statement on Telegram": the
         * preposition after a noun of a message is the message's */
        if (k > i + 1 && tl_fact_w(s, k, TL_FACT_MESSAGE_NOUNS))
            return -1;
        /* "on behalf of Y" is for whom, not on what */
        if (tl_fact_is(s, k, "on") && tl_fact_is(s, k + 1, "behalf")) {
            k += 2;
            continue;
        }
        if (tl_fact_w(s, k, preps)) {
            /* "sent fighters to attack Israel": "to" before a bare verb
             * opens an infinitive, whose object is no recipient */
            /* (not "to top ISIS leaders", "to senior Hezbollah officials":
             * a word of rank the tagger read as a verb before a name) */
            if (s->low[k - s->sb][0] == 't' && tl_fact_is(s, k, "to") && tl_fact_tag(s, k + 1) == TL_POS_VERB &&
                tl_fact_ment_at(s, k + 1) < 0 &&
                !(tl_fact_w(s, k + 1, "top|senior|chief|key|leading") && tl_fact_ment_at(s, k + 2) >= 0))
                return -1;
            int m = tl_fact_ment_from(s, k + 1, NULL);
            /* "held talks with the leader of Hamas, Ismail Haniyeh": the
             * person the role is apposed to, not the role's body */
            if ((mask & P_) && (m < 0 || s->ms[m].tb > k + 2)) {
                int p = role_of_apposed_person(s, k + 1);
                if (p >= 0 && tl_fact_type_ok(s, p, mask)) return p;
            }
            /* "took control of its African empire": a nationality after a
             * possessive qualifies the possessed noun, no party of its own */
            if (m >= 0 && s->ms[m].type == TL_NORP && s->ms[m].tb == k + 2 && tl_fact_w(s, k + 1, "its|his|her|their|our") &&
                s->ms[m].te < s->se && (s->d->tokens[s->ms[m].te].flags & TL_TOK_ALPHA) &&
                !(s->d->tokens[s->ms[m].te].flags & TL_TOK_UPPER) && tl_fact_ment_at(s, s->ms[m].te) < 0)
                return -1;
            /* "the leader of Ecuador's most powerful gang, Los Choneros":
             * the body a state possesses, by its name after the noun if
             * given, never the state */
            if (m >= 0 && s->ms[m].type == TL_GPE && !s->ms[m].pron) {
                int b = possessed_body(s, m);
                if (b != -2) return b >= 0 && tl_fact_type_ok(s, b, mask) ? b : -1;
                /* "an attempt on Haiti's president, X": the person */
                int p = (mask & P_) ? possessed_title_person(s, m) : -1;
                if (p >= 0) return p;
            }
            /* "belonged to a militia group called the Wolverine Watchmen":
             * the name the participle gives the band */
            if (m < 0 || s->ms[m].tb > k + 3) {
                int g = named_band(s, k + 1, mask);
                if (g >= 0) return g;
            }
            /* "an attempt on Ukrainian President X": the person */
            if (m >= 0 && (mask & P_)) m = norp_titled_person(s, m, mask);
            /* "a war with Palestinian Hamas": a nationality right before a
             * body's name qualifies the name; "sanctions on a Lebanese
             * businessman" named in the next sentence (the description
             * bound to the name: tl_fact_cata.c), the noun */
            if (m >= 0 && s->ms[m].type == TL_NORP && s->ms[m].te < s->se) {
                int n = tl_fact_ment_at(s, s->ms[m].te);
                if (n >= 0 && s->ms[n].tb == s->ms[m].te &&
                    ((s->ms[n].type == TL_ORG && !s->ms[n].pron) || (s->ms[n].type == TL_PERSON && s->ms[n].pron == 1)) &&
                    tl_fact_type_ok(s, n, mask))
                    return n;
            }
            /* "against the Ugandan government": a nationality before its
             * state's noun stands for the state */
            if (m >= 0 && s->ms[m].type == TL_NORP && !(mask & N_) && (mask & G_) && tl_fact_norp_state(s, m) &&
                tl_fact_w(s, s->ms[m].te, "government|regime|army|military|forces|troops|state|navy|authorities")) {
                int e = tl_fact_country_entity((tl_fsent *)s, s->ms[m].ent);
                int v = e >= 0 ? tl_fact_virtual((tl_fsent *)s, m, e, TL_GPE) : -1;
                if (v >= 0) return v;
            }
            /* "conspired with a Belgian associate, X": the name the
             * nationality's noun is in apposition to */
            if (m >= 0 && s->ms[m].type == TL_NORP && !(mask & N_)) {
                int p = past_norp_modifier(s, m, mask);
                if (p != m && p >= 0 && tl_fact_type_ok(s, p, mask)) return p;
            }
            /* "charges against Washington state native X", "Brooklyn
             * resident X": a place, then a noun of a person's home, then
             * the person */
            if (m >= 0 && s->ms[m].type == TL_GPE && !(mask & G_) && (mask & P_)) {
                uint32_t q = s->ms[m].te;
                while (q < s->se && q < s->ms[m].te + 3 && tl_fact_ment_at(s, q) < 0 &&
                       (s->d->tokens[q].flags & TL_TOK_ALPHA) && !(s->d->tokens[q].flags & TL_TOK_UPPER) &&
                       tl_fact_tag(s, q) != TL_POS_ADP && !tl_fact_wl(s, q, WL_PREPS))
                    q++;
                int p = q > s->ms[m].te && q < s->se ? tl_fact_ment_at(s, q) : -1;
                if (p >= 0 && s->ms[p].tb == q && s->ms[p].type == TL_PERSON && !s->ms[p].pron &&
                    tl_fact_w(s, q - 1, "native|natives|resident|residents|man|woman|men|women|businessman|"
                                        "businesswoman|teenager|citizen|national|imam|cleric") &&
                    tl_fact_type_ok(s, p, mask))
                    return p;
            }
            /* "met with an MSS officer, Wei Chen": the person */
            if (m >= 0 && s->ms[m].type == TL_ORG && (mask & P_)) {
                int p = title_person(s, m);
                if (p >= 0 && tl_fact_type_ok(s, p, mask)) return p;
            }
            /* "based in the Montenegrin town of Kotor": the place the kind
             * noun names, not the nationality qualifying the noun */
            if (m >= 0 && s->ms[m].type == TL_NORP && s->ms[m].te + 2 < s->se &&
                tl_fact_w(s, s->ms[m].te, TL_CUE_KIND_PLACE_NOUNS) && tl_fact_is(s, s->ms[m].te + 1, "of")) {
                int p = tl_fact_ment_at(s, s->ms[m].te + 2);
                if (p >= 0 && s->ms[p].tb == s->ms[m].te + 2 && !s->ms[p].pron && tl_fact_type_ok(s, p, mask)) return p;
            }
            if (m >= 0 && tl_fact_type_ok(s, m, mask)) return m;
            /* "surveillance of the journalist, Farid Rahimi": a person's
             * noun after an article and the name in apposition to it */
            if (m < 0 && (mask & P_)) {
                int p = noun_apposed_person(s, k + 1);
                if (p >= 0 && tl_fact_type_ok(s, p, mask)) return p;
            }
            /* "in the (coastal) town of Y": the place the kind noun names */
            if (m < 0 && (mask & G_) && !(mask & (O_ | P_))) {
                uint32_t q = k + 1;
                if (q < s->se && tl_fact_wl(s, q, WL_DETS)) q++;
                if (q + 1 < s->se && tl_fact_ment_at(s, q) < 0 && !tl_fact_w(s, q, TL_CUE_KIND_PLACE_NOUNS) &&
                    tl_fact_tag(s, q) == TL_POS_ADJ)
                    q++;
                if (q + 2 < s->se && tl_fact_w(s, q, TL_CUE_KIND_PLACE_NOUNS) && tl_fact_is(s, q + 1, "of")) {
                    int p = tl_fact_ment_at(s, q + 2);
                    if (p >= 0 && s->ms[p].tb == q + 2 && !s->ms[p].pron && tl_fact_type_ok(s, p, mask)) return p;
                }
            }
            /* "to members of Y", "to senior leaders of Y": a body's people
             * stand for the body */
            uint32_t q = k + 1;
            if (q < s->se && tl_fact_wl(s, q, WL_DETS)) q++;
            if (q < s->se && tl_fact_w(s, q, "senior|top|several|some|two|three|four|five|local")) q++;
            if (m < 0 && (mask & O_) && q + 1 < s->se && tl_fact_w(s, q, TL_CUE_MEMBER_NOUNS) && tl_fact_is(s, q + 1, "of")) {
                int g = tl_fact_ment_from(s, q + 2, NULL);
                if (g >= 0 && s->ms[g].type == TL_ORG && s->ms[g].tb <= q + 3) return g;
            }
        }
    }
    return -1;
}


/* Direct object: a mention right after the verb (determiners, adverbs,
 * numbers and adjectives may come between). */
/* "arms militias in Iraq, including Kataib Hezbollah", "arrested 12
 * people, including X": an object of common words (a place or a people's
 * name among them) that ", including" names; returns that name's mention
 * (the rest of its list is coordination's), or -1.  Can't fail. */
static int including_object(const tl_fsent *s, uint32_t i, uint32_t mask) {
    uint32_t k = i + 1;
    for (; k < s->se && k < i + 10; k++) {
        if (tl_fact_is(s, k, ",")) break;
        int m = tl_fact_ment_at(s, k);
        if (m >= 0 && !s->ms[m].pron &&
            (s->ms[m].type == TL_NORP || s->ms[m].type == TL_GPE || s->ms[m].type == TL_LOC) && s->ms[m].tb == k) {
            k = s->ms[m].te - 1;
            continue;
        }
        /* ("arrested three members of the Sinaloa Cartel, including X":
         * a body's name after "of" says whose people they are) */
        if (m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_ORG && s->ms[m].tb == k && k > i + 2 &&
            (tl_fact_is(s, k - 1, "of") || (tl_fact_is(s, k - 1, "the") && tl_fact_is(s, k - 2, "of")))) {
            k = s->ms[m].te - 1;
            continue;
        }
        if (m >= 0 || tl_fact_is_punct(s, k) || tl_fact_is_verbish(s, k) || tl_fact_wl(s, k, WL_AND_OR) ||
            (s->d->tokens[k].flags & TL_TOK_UPPER))
            return -1;
    }
    if (k == i + 1 || k + 2 >= s->se || !tl_fact_is(s, k, ",") || !tl_fact_is(s, k + 1, "including")) return -1;
    int m = tl_fact_ment_at(s, k + 2);
    return m >= 0 && s->ms[m].tb == k + 2 && !s->ms[m].pron && tl_fact_type_ok(s, m, mask) ? m : -1;
}

static int find_dobj(const tl_fsent *s, uint32_t i, uint32_t mask) {
    /* "charged a former member of the Ukrainian parliament, Oleg Tsaryov,
     * with treason": a person described, then named in apposition */
    /* (and people counted, each named: "charged two alleged leaders of
     * the group, A, of California, and B, of Idaho, with") */
    if ((mask & P_) && i + 4 < s->se && tl_fact_w(s, i + 1, "a|an|two|three|four|five|six")) {
        uint32_t k = i + 2;
        int counted = !tl_fact_w(s, i + 1, "a|an");
        while (k < s->se && k < i + 12 && !tl_fact_is_punct(s, k) && !tl_fact_is_verbish(s, k) &&
               !tl_fact_wl(s, k, WL_AND_OR)) {
            int m = tl_fact_ment_at(s, k);
            if (m >= 0 && s->ms[m].type == TL_PERSON) break;
            /* ("arrested four men over the shooting of an officer, X": the
             * people counted are described by "of" alone) */
            if (counted && m < 0 && tl_fact_wl(s, k, WL_PREPS) && !tl_fact_is(s, k, "of")) {
                k = i + 2;
                break;
            }
            k = m >= 0 ? s->ms[m].te : k + 1;
        }
        int p = k > i + 2 && k + 1 < s->se && tl_fact_is(s, k, ",") ? tl_fact_ment_at(s, k + 1) : -1;
        if (p >= 0 && s->ms[p].tb == k + 1 && !s->ms[p].pron && s->ms[p].type == TL_PERSON &&
            (tl_fact_is(s, s->ms[p].te, ",") || (counted && tl_fact_wl(s, s->ms[p].te, WL_AND_OR))) &&
            tl_fact_type_ok(s, p, mask))
            return p;
    }
    /* "recruited members of the Hells Angels", "armed fighters of the
     * Houthis": a body's people as the object stand for the body, as they
     * do after "to" (find_prep_obj) */
    if (mask & O_) {
        uint32_t q = i + 1;
        if (q < s->se && tl_fact_wl(s, q, WL_DETS)) q++;
        for (int n = 0; n < 2 && q < s->se && tl_fact_ment_at(s, q) < 0 &&
                        ((s->d->tokens[q].flags & TL_TOK_DIGIT) ||
                         tl_fact_w(s, q, "two|three|four|five|six|several|some|dozens|scores|senior|top|local|former|"
                                         "suspected|alleged"));
             n++)
            q++;
        if (q + 2 < s->se && tl_fact_w(s, q, TL_CUE_MEMBER_NOUNS) && tl_fact_is(s, q + 1, "of")) {
            int g = tl_fact_ment_from(s, q + 2, NULL);
            if (g >= 0 && s->ms[g].type == TL_ORG && !s->ms[g].pron && s->ms[g].tb <= q + 3 && tl_fact_type_ok(s, g, mask))
                return g;
        }
    }
    /* "designated the group, which it calls ISIS-Mozambique, as": the name
     * the relative clause gives the noun */
    if (i + 7 < s->se && tl_fact_is(s, i + 1, "the") && tl_fact_w(s, i + 2, BAND_NOUNS) && tl_fact_is(s, i + 3, ",") &&
        tl_fact_w(s, i + 4, "which|that")) {
        uint32_t q = i + 5;
        if (tl_fact_ment_at(s, q) >= 0) q = s->ms[tl_fact_ment_at(s, q)].te;
        else if (tl_fact_w(s, q, "it|they|he|she|we|officials|authorities")) q++;
        if (tl_fact_w(s, q, "calls|call|called|dubs|dubbed|names|named|refers")) {
            q++;
            if (tl_fact_is(s, q, "to") && tl_fact_is(s, q + 1, "as")) q += 2;
            if (tl_fact_is(s, q, "the")) q++;
            int g = tl_fact_ment_at(s, q);
            if (g >= 0 && s->ms[g].tb == q && tl_fact_type_ok(s, g, mask)) return g;
        }
    }
    /* "funds its proxies, including Hezbollah and the Houthis", "arrested
     * five men, among them X", "backs armed groups such as X": a common
     * noun's members named after it (the first; emit_coord takes the
     * list; not after a preposition: "in supporting roles, including
     * X" is an adjective's noun) */
    if (!(i > s->sb && tl_fact_wl(s, i - 1, WL_PREPS) && !tl_fact_is(s, i - 1, "to"))) {
        uint32_t k = i + 1;
        /* ("arrested 23 people": a count opens the noun's phrase) */
        if (k < s->se && (s->d->tokens[k].flags & TL_TOK_DIGIT) && tl_fact_ment_at(s, k) < 0) k++;
        while (k < s->se && k < i + 6 && tl_fact_ment_at(s, k) < 0 && (s->d->tokens[k].flags & TL_TOK_ALPHA) &&
               !(s->d->tokens[k].flags & TL_TOK_UPPER) && !tl_fact_wl(s, k, WL_PREPS) && !tl_fact_wl(s, k, WL_AND_OR) &&
               !tl_fact_w(s, k, "such|including|among"))
            k++;
        if (k > i + 1 && k + 1 < s->se && tl_fact_tag(s, k - 1) == TL_POS_NOUN) {
            uint32_t q = k;
            /* ("arrested 23 people in Almeria, Malaga and Las Palmas,
             * including X": past the places where) */
            if (tl_fact_w(s, q, "in|across|at")) {
                uint32_t r = q + 1;
                for (int g; r < s->se && r < q + 14 && (g = tl_fact_ment_at(s, r)) >= 0 && s->ms[g].tb == r &&
                            (s->ms[g].type == TL_GPE || s->ms[g].type == TL_LOC);) {
                    r = s->ms[g].te;
                    if (r < s->se && (tl_fact_is(s, r, ",") || tl_fact_wl(s, r, WL_AND_OR)) &&
                        r + 1 < s->se && tl_fact_ment_at(s, r + 1) >= 0)
                        r++;
                }
                if (r > q + 1 && tl_fact_is(s, r, ",") && tl_fact_is(s, r + 1, "including")) q = r;
            }
            if (tl_fact_is(s, q, ",")) q++;
            if (tl_fact_is(s, q, "including")) q++;
            else if (tl_fact_is(s, q, "such") && tl_fact_is(s, q + 1, "as")) q += 2;
            else if (tl_fact_is(s, q, "among") && tl_fact_w(s, q + 1, "them|whom")) q += 2;
            else q = 0;
            if (q && tl_fact_is(s, q, "the")) q++;
            int g = q && q < s->se ? tl_fact_ment_at(s, q) : -1;
            if (g >= 0 && s->ms[g].tb == q && !s->ms[g].pron && tl_fact_type_ok(s, g, mask)) return g;
            /* ("including the alleged ringleader, a Moroccan national
             * identified as X": the name the included noun's apposition
             * gives) */
            if (q && g < 0 && (mask & P_)) {
                int p = noun_apposed_person(s, q > s->sb && tl_fact_is(s, q - 1, "the") ? q - 1 : q);
                if (p < 0) p = included_identified(s, q);
                if (p >= 0 && tl_fact_type_ok(s, p, mask)) return p;
            }
        }
    }
    /* "joined a network known as the Black Hand", "headed a financial
     * wing known as Los Cuinis" */
    if (i + 1 < s->se && (tl_fact_wl(s, i + 1, WL_DETS) || tl_fact_tag(s, i + 1) == TL_POS_ADJ)) {
        int g = named_band(s, i + 1, mask);
        if (g >= 0) return g;
    }
    for (uint32_t k = i + 1; k < s->se && k < i + 6; k++) {
        int m = tl_fact_ment_at(s, k);
        if (m >= 0 && s->ms[m].mod) continue; /* "joined Iran-backed militias" */
        if (m >= 0 && s->ms[m].tb == k && s->ms[m].type == TL_NORP) {
            /* "accused Georgian national X", "to kill the Iranian-American
             * journalist X": the nationality describes the object */
            int p = past_norp_modifier(s, m, mask);
            if (p != m && tl_fact_type_ok(s, p, mask)) return p;
            /* "charged a Russian national" named in the next sentence: the
             * noun stands for the one named (tl_fact_cata.c) */
            int c = s->ms[m].te < s->se ? tl_fact_ment_at(s, s->ms[m].te) : -1;
            if (c >= 0 && c != m && s->ms[c].pron && s->ms[c].type == TL_PERSON && tl_fact_type_ok(s, c, mask)) return c;
            if (!tl_fact_type_ok(s, m, mask)) return -1;
        }
        if (m >= 0 && s->ms[m].tb == k && (tl_fact_is(s, s->ms[m].te, "'s") || tl_fact_is(s, s->ms[m].te, "'"))) {
            /* "sentenced X's brother, Y, to": the person X owns is the
             * object, named by the apposition after the noun, if any */
            uint32_t e = s->ms[m].te + 1;
            if (tl_fact_w(s, e, "former|late|younger|elder|older|eldest|youngest|estranged|personal|chief|top")) e++;
            if (tl_fact_w(s, e, TL_CUE_POSSESSED_PERSON_NOUNS)) {
                int p = tl_fact_is(s, e + 1, ",") ? tl_fact_ment_at(s, e + 2) : -1;
                return p >= 0 && s->ms[p].tb == e + 2 && tl_fact_type_ok(s, p, mask) ? p : -1;
            }
            /* "killed Hamas's military chief in Gaza, Mohammed Deif": the
             * holder of the body's office, named after it if at all */
            {
                uint32_t q = e;
                if (q + 1 < s->se && tl_fact_tag(s, q) == TL_POS_ADJ && tl_fact_ment_at(s, q) < 0) q++;
                if (q < s->se && tl_fact_ment_at(s, q) < 0 &&
                    tl_fact_w(s, q, "chief|commander|leader|head|spokesman|spokesperson|spokeswoman|deputy|founder|"
                                    "financier|official|operative|boss|ringleader|strategist|negotiator|envoy")) {
                    uint32_t c = q + 1;
                    if (c + 1 < s->se && tl_fact_is(s, c, "in")) {
                        int pl = tl_fact_ment_at(s, c + 1);
                        if (pl >= 0 && s->ms[pl].tb == c + 1 && (s->ms[pl].type == TL_GPE || s->ms[pl].type == TL_LOC))
                            c = s->ms[pl].te;
                    }
                    int p = tl_fact_is(s, c, ",") ? tl_fact_ment_at(s, c + 1) : -1;
                    return p >= 0 && s->ms[p].tb == c + 1 && tl_fact_type_ok(s, p, mask) ? p : -1;
                }
            }
            /* "founded the gang's Chilean cell, Los Trinitarios": the part
             * the body owns, named by the apposition after it, if any */
            /* (over adjectives, names and a noun: "the Guards' aerospace
             * force") */
            uint32_t q = e;
            while (q < s->se && q < e + 3 &&
                   (tl_fact_tag(s, q) == TL_POS_ADJ || tl_fact_ment_at(s, q) >= 0 ||
                    (tl_fact_tag(s, q) == TL_POS_NOUN && !(s->d->tokens[q].flags & TL_TOK_UPPER))) &&
                   !tl_fact_w(s, q, OWNED_PART_NOUNS))
                q = tl_fact_ment_at(s, q) >= 0 ? s->ms[tl_fact_ment_at(s, q)].te : q + 1;
            if (q < s->se && tl_fact_w(s, q, OWNED_PART_NOUNS)) {
                uint32_t n = tl_fact_is(s, q + 2, "the") ? q + 3 : q + 2;
                int p = tl_fact_is(s, q + 1, ",") ? tl_fact_ment_at(s, n) : -1;
                return p >= 0 && s->ms[p].tb == n && tl_fact_type_ok(s, p, mask) ? p : -1;
            }
        }
        if (m >= 0 && s->ms[m].tb == k && s->ms[m].type == TL_ORG && (mask & P_)) {
            /* "killed a senior Hezbollah commander, X": the person */
            int p = title_person(s, m);
            if (p >= 0 && tl_fact_type_ok(s, p, mask)) return p;
            /* "charged six senior Hamas leaders, including X and Y": the
             * people the list names (the first; the coordination the rest) */
            uint32_t e = s->ms[m].te;
            if (e + 2 < s->se && tl_fact_w(s, e, "leaders|members|officials|commanders|operatives|figures|fighters|"
                                                 "militants|officers|executives")) {
                uint32_t j = tl_fact_is(s, e + 1, ",") ? e + 2 : e + 1;
                if (tl_fact_is(s, j, "including")) {
                    p = tl_fact_ment_at(s, j + 1);
                    return p >= 0 && s->ms[p].tb == j + 1 && tl_fact_type_ok(s, p, mask) ? p : -1;
                }
            }
        }
        /* "supplied a Makarov pistol": the name modifies the object; but
         * "led the Black Scorpions militia": a band's noun is the band's,
         * and "supplied Houthi rebels with drones": its fighters stand for
         * the body */
        if (m >= 0 && s->ms[m].tb == k && tl_fact_name_modifies_noun(s, m) &&
            !(s->ms[m].type == TL_ORG &&
              (tl_fact_w(s, s->ms[m].te, "group|gang|cartel|faction|militia|syndicate|network|clan|movement|brigade|cell") ||
               tl_fact_w(s, s->ms[m].te, "fighters|militants|rebels|insurgents|gunmen|militiamen|operatives|forces|"
                                         "troops|units|soldiers") ||
               /* ("bombed Hezbollah positions": the body's own sites) */
               tl_fact_w(s, s->ms[m].te, "positions|targets|bases|strongholds|hideouts|camps|outposts|depots|"
                                         "compounds|facilities|infrastructure")) &&
              !tl_fact_w(s, s->ms[m].te + 1, "'s|\u2019s|'|\u2019")))
            return -1;
        if (m >= 0) return (s->ms[m].tb == k && tl_fact_type_ok(s, m, mask)) ? m : -1;
        /* "dispatched its foreign minister, X, to Y" */
        if (tl_fact_is(s, k, ",")) {
            /* "recruited two associates, X and Y, to" */
            m = tl_fact_ment_at(s, k + 1);
            if (m >= 0 && s->ms[m].tb == k + 1 && tl_fact_type_ok(s, m, mask) &&
                (tl_fact_is(s, s->ms[m].te, ",") || tl_fact_wl(s, s->ms[m].te, WL_AND_OR) ||
                 s->ms[m].te >= s->se || tl_fact_is(s, s->ms[m].te, ".")))
                return m;
            return -1;
        }
        if (tl_fact_is_punct(s, k) && !tl_fact_is(s, k, "\"")) return -1;
        /* "attacked the town of Macomia": the place the kind noun names */
        if (tl_fact_is(s, k, "of") && k > i + 2 && k <= i + 4 && tl_fact_w(s, k - 1, TL_CUE_KIND_PLACE_NOUNS) &&
            tl_fact_wl(s, i + 1, WL_DETS)) {
            m = tl_fact_ment_at(s, k + 1);
            if (m >= 0 && s->ms[m].tb == k + 1 && !s->ms[m].pron &&
                (s->ms[m].type == TL_GPE || s->ms[m].type == TL_LOC) && tl_fact_type_ok(s, m, mask))
                return m;
            return -1;
        }
        if (tl_fact_wl(s, k, WL_PREPS) || tl_fact_wl(s, k, WL_BE) || tl_fact_wl(s, k, WL_THAT_WHO_WHICH_ETC)) return -1;
    }
    return -1;
}

/* Verbs of escaping a measure ("evade sanctions", "circumvent the
 * embargo"): who does so imposes nothing. */
#define EVADE_VERBS                                                                                               \
    "evade|evades|evaded|evading|circumvent|circumvents|circumvented|circumventing|bypass|bypassed|bypassing|" \
    "skirt|skirted|skirting|dodge|dodged|dodging|violate|violated|violating|breach|breached|breaching|avoid|"     \
    "avoided|avoiding|escape|escaped|escaping|bust|busting"

/* A coord() mask bit (no entity type uses it): the fact is a nationality,
 * so "X and Iranian national Y" does not give Y the nationality of X. */
#define COORD_OWN_NATIONALITY (1u << 31)
/* Another: the fact rests on a noun of the argument's own ("his brother,
 * X"), so "X, and his business partner, Y" does not make Y a brother. */
#define COORD_OWN_NOUN (1u << 30)

/* The mentions coordinated with m: "X, Y and Z".  dir > 0 looks right of m,
 * dir < 0 left.  Appends to out (cap) and returns the count added. */
/* Is token j a word of "as well as"?  Can't fail. */
static int in_as_well_as(const tl_fsent *s, uint32_t j) {
    if (tl_fact_is(s, j, "well")) return j > s->sb && tl_fact_is(s, j - 1, "as");
    return tl_fact_is(s, j, "as") && (tl_fact_is(s, j + 1, "well") || (j > s->sb && tl_fact_is(s, j - 1, "well")));
}

static int possessor(const tl_fsent *s, int m);

static size_t coord(const tl_fsent *s, int m, int dir, uint32_t mask, int *out, size_t cap) {
    size_t k = 0;
    int cur = m;
    /* "A, and his partner, B": a possessive is a determiner of its noun,
     * a conjunct of nothing */
    if (s->ms[m].pron && tl_fact_w(s, s->ms[m].tb, "his|its|their")) return 0;
    /* "A, and B's daughter, C": a possessor before a common noun is
     * inside that noun's phrase, a conjunct of nothing */
    {
        uint32_t e = s->ms[m].te;
        if (possessor(s, m) && e + 1 < s->se && tl_fact_ment_at(s, e + 1) < 0 && (s->d->tokens[e + 1].flags & TL_TOK_ALPHA) &&
            !(s->d->tokens[e + 1].flags & TL_TOK_UPPER))
            return 0;
    }
    int kind = s->ms[m].type; /* the type the list goes on with */
    while (k < cap) {
        int nx = -1, described = 0, counted = 0;
        if (dir > 0) {
            uint32_t j = s->ms[cur].te;
            int conj = 0;
            /* "X (ISIS) and Y", "X (HTS, formerly Z) and Y": an acronym or
             * an aside in parentheses */
            if (tl_fact_is(s, j, "(")) {
                uint32_t c = j + 1;
                int digits = 0; /* "(1917 - 2006)": a life's dates, in a list of names */
                while (c < s->se && c < j + 8 && !tl_fact_is(s, c, ")")) digits |= (s->d->tokens[c++].flags & TL_TOK_DIGIT) != 0;
                if (c < s->se && tl_fact_is(s, c, ")") && !digits) j = c + 1;
            }
            /* "X, 34, and Y, 41": an age */
            if (tl_fact_is(s, j, ",") && (s->d->tokens[j + 1 < s->se ? j + 1 : j].flags & TL_TOK_DIGIT) &&
                tl_fact_is(s, j + 2, ",") && tl_fact_wl(s, j + 3, WL_AND_OR))
                j += 2;
            /* "X, of California, and Y": a home */
            if (tl_fact_is(s, j, ",") && j + 3 < s->se && tl_fact_is(s, j + 1, "of")) {
                int h = tl_fact_ment_at(s, j + 2);
                if (h >= 0 && s->ms[h].tb == j + 2 && (s->ms[h].type == TL_GPE || s->ms[h].type == TL_LOC) &&
                    tl_fact_is(s, s->ms[h].te, ",") && tl_fact_wl(s, s->ms[h].te + 1, WL_AND_OR))
                    j = s->ms[h].te;
            }
            /* "X, who ran a company in Wuhan, and Y": step over X's
             * relative clause (no person named in it) */
            if (tl_fact_is(s, j, ",") && tl_fact_is(s, j + 1, "who")) {
                uint32_t q = j + 2;
                while (q < s->se && q < j + 16 && !tl_fact_is_punct(s, q) &&
                       (tl_fact_ment_at(s, q) < 0 || s->ms[tl_fact_ment_at(s, q)].type != TL_PERSON))
                    q++;
                if (tl_fact_is(s, q, ",") && tl_fact_wl(s, q + 1, WL_AND_OR)) j = q;
            }
            /* "X, a Turkish national, and Y": step over X's apposition */
            if (tl_fact_is(s, j, ",") && tl_fact_w(s, j + 1, "a|an|the")) {
                uint32_t q = j + 2;
                while (q < s->se && q < j + 10 && !tl_fact_is_punct(s, q) &&
                       (tl_fact_ment_at(s, q) < 0 || s->ms[tl_fact_ment_at(s, q)].type == TL_NORP))
                    q++;
                if (tl_fact_is(s, q, ",") && tl_fact_wl(s, q + 1, WL_AND_OR)) j = q;
                /* ("designating X, a Somalia-based al-Shabaab official
                 * who oversees extortion in Mogadishu, and Y, a company
                 * owned by X": a longer one with names in it, when the
                 * next conjunct is described the same way) */
                else if (mask & O_) {
                    q = j + 2;
                    while (q < s->se && q < j + 24 && !tl_fact_is(s, q, ",") && !tl_fact_is(s, q, ";") &&
                           !tl_fact_is(s, q, "(") && !tl_fact_is(s, q, "."))
                        q++;
                    int nc = tl_fact_is(s, q, ",") && tl_fact_wl(s, q + 1, WL_AND_OR) ? tl_fact_ment_at(s, q + 2) : -1;
                    if (nc >= 0 && s->ms[nc].tb == q + 2 && tl_fact_is(s, s->ms[nc].te, ",") &&
                        tl_fact_w(s, s->ms[nc].te + 1, "a|an|the")) {
                        j = q;
                        described = 1;
                    }
                }
            }
            /* ("as" only in "as well as": "designated X as a Foreign
             * Terrorist Organization" names no second body) */
            while (j < s->se && (tl_fact_is(s, j, ",") || tl_fact_wl(s, j, WL_AND_OR) || in_as_well_as(s, j))) {
                if (!tl_fact_is(s, j, ",")) conj = 1;
                else conj |= 2;
                j++;
            }
            if (!conj || j >= s->se) break;
            /* "X and his (Russian) business partner Y", "X and her husband,
             * Y": the possessive and the noun of kin or company go with Y,
             * as they do read leftwards below */
            /* "X and two of his associates, Y and Z": a count of them too */
            if ((conj & 1) && !(mask & COORD_OWN_NATIONALITY) && j + 2 < s->se &&
                tl_fact_w(s, j, "two|three|four|five|six|several|some|one|both|all") && tl_fact_is(s, j + 1, "of") &&
                tl_fact_w(s, j + 2, "his|her|their"))
                j += 2;
            /* "X and two of the defendants, Y and Z", "X and three of its
             * employees, Y": the names set off after the count */
            else if ((conj & 1) && !(mask & COORD_OWN_NATIONALITY) && j + 4 < s->se &&
                     tl_fact_w(s, j, "two|three|four|five|six|several|some|both|all") && tl_fact_is(s, j + 1, "of") &&
                     tl_fact_w(s, j + 2, "the|its")) {
                uint32_t q = j + 3;
                while (q < s->se && q < j + 5 && tl_fact_ment_at(s, q) < 0 && (s->d->tokens[q].flags & TL_TOK_ALPHA) &&
                       !(s->d->tokens[q].flags & TL_TOK_UPPER))
                    q++;
                if (q > j + 3 && tl_fact_is(s, q, ",") && q + 1 < s->se && tl_fact_ment_at(s, q + 1) >= 0 &&
                    s->ms[tl_fact_ment_at(s, q + 1)].tb == q + 1)
                    j = q + 1, described = counted = 1; /* (a body, then people) */
            }
            /* ("Washington state native X and his partner Y": the
             * possessive opens Y's own description, which a premodifier of
             * X's birth or nation does not reach) */
            if ((conj & 1) && (mask & (COORD_OWN_NATIONALITY | COORD_OWN_NOUN)) && tl_fact_w(s, j, "his|her|their")) break;
            /* ("his brother Reduan, his lawyer Derk": after a comma too,
             * when the holder's noun was its own) */
            if ((mask & COORD_OWN_NOUN) && tl_fact_w(s, j, "his|her|their")) break;
            if ((conj & 1) && !(mask & COORD_OWN_NATIONALITY) && tl_fact_w(s, j, "his|her|their")) {
                uint32_t q = j + 1;
                /* (a nationality may qualify the noun: "his Russian
                 * business partner Y") */
                while (q < s->se && q < j + 5 && (s->d->tokens[q].flags & TL_TOK_ALPHA) &&
                       !tl_fact_w(s, q, TL_CUE_POSSESSED_PERSON_NOUNS) &&
                       (!(s->d->tokens[q].flags & TL_TOK_UPPER) ||
                        (tl_fact_ment_at(s, q) >= 0 && s->ms[tl_fact_ment_at(s, q)].type == TL_NORP)))
                    q++;
                if (q < s->se && tl_fact_w(s, q, TL_CUE_POSSESSED_PERSON_NOUNS)) {
                    q++;
                    if (tl_fact_is(s, q, ",")) q++;
                    if (tl_fact_ment_at(s, q) >= 0 && s->ms[tl_fact_ment_at(s, q)].tb == q) j = q;
                }
            }
            /* the next conjunct starts right there, after at most a determiner */
            if (tl_fact_ment_at(s, j) < 0 && !tl_fact_wl(s, j, WL_DETS)) break;
            nx = tl_fact_ment_from(s, j, NULL);
            /* "X, Y's intermediary, was arrested", "X and Y's wife were
             * arrested": a possessor before a common noun heads no
             * conjunct (the noun does, and no name stands for it) */
            if (nx >= 0 && possessor(s, nx) && s->ms[nx].te + 1 < s->se && tl_fact_ment_at(s, s->ms[nx].te + 1) < 0 &&
                (s->d->tokens[s->ms[nx].te + 1].flags & TL_TOK_ALPHA) && !(s->d->tokens[s->ms[nx].te + 1].flags & TL_TOK_UPPER))
                break;
            /* "accused X and Iranian national Y": Y is coordinated with X,
             * though Y's own nationality is no one else's */
            /* "worked with Y, Treasury said": a comma then a speaker and
             * a verb of saying closes the list */
            if (nx >= 0 && conj == 2 && s->ms[nx].te < s->se && tl_fact_wl(s, s->ms[nx].te, WL_SAY)) break;
            if (nx >= 0 && s->ms[nx].type == TL_NORP && s->ms[m].type != TL_NORP) {
                int p = past_norp_modifier(s, nx, mask);
                int own = 0;
                for (uint32_t q = s->ms[nx].te; p != nx && q < s->ms[p].tb; q++)
                    own |= tl_fact_w(s, q, "national|nationals|citizen|citizens|born|descent|origin|ethnic");
                nx = own && (mask & COORD_OWN_NATIONALITY) ? -1 : p;
            }
        } else {
            uint32_t j = s->ms[cur].tb;
            int conj = 0;
            /* "X and Iranian national Y": the nationality and its noun go with Y */
            if (!(mask & COORD_OWN_NATIONALITY) && j > s->sb + 1 &&
                tl_fact_w(s, j - 1, "national|citizen|nationals|citizens")) {
                int nm = tl_fact_ment_ending(s, j - 2);
                if (nm >= 0 && s->ms[nm].type == TL_NORP) j = s->ms[nm].tb;
            }
            /* "X and his brother Y", "X and her husband, Y": the kin noun
             * and its possessive go with Y */
            if (!(mask & COORD_OWN_NATIONALITY) && j > s->sb + 3) {
                uint32_t q = tl_fact_is(s, j - 1, ",") ? j - 1 : j;
                /* "and his Russian business partner Y": two words may
                 * qualify the noun */
                if (q > s->sb + 2 && tl_fact_w(s, q - 1, TL_CUE_POSSESSED_PERSON_NOUNS)) {
                    uint32_t p = q - 2;
                    for (int w = 0; w < 2 && p > s->sb + 1 && !tl_fact_w(s, p, "his|her|their") &&
                                    (s->d->tokens[p].flags & TL_TOK_ALPHA) && !tl_fact_wl(s, p, WL_AND_OR);
                         w++)
                        p--;
                    if (tl_fact_w(s, p, "his|her|their") && p > s->sb && tl_fact_wl(s, p - 1, WL_AND_OR)) j = p;
                }
            }
            while (j > s->sb && (tl_fact_is(s, j - 1, ",") || tl_fact_wl(s, j - 1, WL_AND_OR))) {
                conj = 1;
                j--;
            }
            /* "X, 23, and Y": an age */
            if (conj && j > s->sb + 2 && (s->d->tokens[j - 1].flags & TL_TOK_DIGIT) && tl_fact_is(s, j - 2, ",") &&
                s->len[j - 1 - s->sb] <= 3)
                j -= 2;
            if (!conj || j == s->sb) break;
            nx = tl_fact_ment_ending(s, j - 1);
            /* "X, who ran a company, and Y": step back over X's relative
             * clause, to X (not over an apposition: "X, the opposition
             * leader, and Y, Burma's new president" lists no presidents) */
            /* (nor when the later name has an apposition of its own: "X,
             * who oversaw Y, and Z, an aide to W" makes Z alone the aide) */
            uint32_t ce = s->ms[cur].te;
            if (nx < 0 && tl_fact_is(s, j, ",") &&
                !(ce + 1 < s->se && tl_fact_is(s, ce, ",") && tl_fact_w(s, ce + 1, "a|an|the"))) {
                uint32_t q = j;
                while (q > s->sb + 2 && q + 16 > j && !tl_fact_is_punct(s, q - 1) &&
                       (tl_fact_ment_at(s, q - 1) < 0 || s->ms[tl_fact_ment_at(s, q - 1)].type != TL_PERSON))
                    q--;
                if (q > s->sb + 2 && q < j && tl_fact_is(s, q - 1, ",") && tl_fact_is(s, q, "who"))
                    nx = tl_fact_ment_ending(s, q - 2);
            }
            /* "X, 28, the founder of Y, and Z, 34, are charged": over X's
             * apposition (and age) when the list is a verb's subject,
             * the verb right after Z (and Z's age) */
            if (nx < 0 && tl_fact_is(s, j, ",") && ce < s->se) {
                uint32_t v = ce;
                if (v + 2 < s->se && tl_fact_is(s, v, ",") && (s->d->tokens[v + 1].flags & TL_TOK_DIGIT) &&
                    tl_fact_is(s, v + 2, ","))
                    v += 3;
                if (v < s->se && tl_fact_w(s, v, "are|were|have|had|face|faced|pleaded|remain|will|would")) {
                    uint32_t q = j;
                    while (q > s->sb + 2 && q + 14 > j && !tl_fact_is_punct(s, q - 1) &&
                           (tl_fact_ment_at(s, q - 1) < 0 || s->ms[tl_fact_ment_at(s, q - 1)].type != TL_PERSON))
                        q--;
                    if (q > s->sb + 2 && q < j && tl_fact_is(s, q - 1, ",") && tl_fact_w(s, q, "a|an|the")) {
                        uint32_t b = q - 1;
                        if (b > s->sb + 3 && (s->d->tokens[b - 1].flags & TL_TOK_DIGIT) && tl_fact_is(s, b - 2, ","))
                            b -= 2;
                        nx = tl_fact_ment_ending(s, b - 1);
                    }
                }
            }
        }
        /* (people and bodies each described may be listed together:
         * "designating X, a financier, and Y, a company owned by X") */
        /* (and a person then a band named as one: "sanctioned X and the
         * Foxtrot network") */
        int band = dir > 0 && nx >= 0 && s->ms[nx].type == TL_ORG && s->ms[m].type == TL_PERSON && !s->ms[nx].pron &&
                   s->ms[nx].te < s->se && s->ms[nx].tb > s->sb && tl_fact_is(s, s->ms[nx].tb - 1, "the") &&
                   tl_fact_w(s, s->ms[nx].te, "network|group|gang|cartel|organization|organisation|clan|militia");
        if (nx < 0 || !tl_fact_type_ok(s, nx, mask) ||
            (s->ms[nx].type != kind && !band &&
             !(described && (s->ms[nx].type == TL_ORG || s->ms[nx].type == TL_PERSON) &&
               (s->ms[m].type == TL_ORG || s->ms[m].type == TL_PERSON))))
            break;
        if (counted) kind = s->ms[nx].type;
        out[k++] = nx;
        cur = nx;
    }
    return k;
}

/* ---- emitting ------------------------------------------------------------------ */

/* What a nationality word stands for as the actor or target of an act:
 * "the Iranian regime" is Iran (when the document names it), "Israeli
 * nationals" and "Americans in X" are the people, "Syrian opposition
 * members" are neither (-1).  Other mentions are returned as they are. */
static int norp_actor(tl_fsent *s, int m) {
    if (m < 0 || s->ms[m].type != TL_NORP || s->ms[m].virt || s->ms[m].pron) return m;
    uint32_t nx = s->ms[m].te;
    if (nx >= s->se || tl_fact_ment_at(s, nx) >= 0 || !(s->d->tokens[nx].flags & TL_TOK_ALPHA) ||
        (s->d->tokens[nx].flags & TL_TOK_UPPER))
        return m;
    /* a plural people's name before a function word or a participle is a
     * noun, the people themselves: "killed three Americans in Lamu",
     * "Israelis and Arabs", "Israelis living in X" */
    if (s->d->text[s->d->tokens[nx - 1].end - 1] == 's' &&
        (tl_fact_wl(s, nx, WL_PREPS) || tl_fact_wl(s, nx, WL_AND_OR) || tl_fact_wl(s, nx, WL_BE) ||
         tl_fact_wl(s, nx, WL_THAT_WHO_WHICH) || tl_fact_tag(s, nx) == TL_POS_VBG || tl_fact_tag(s, nx) == TL_POS_VBN))
        return m;
    if (tl_fact_norp_state(s, m)) {
        int e = tl_fact_country_entity(s, s->ms[m].ent);
        return e >= 0 ? tl_fact_virtual(s, m, e, TL_GPE) : m;
    }
    /* the people itself, also named by a kind of them ("French aid
     * workers", "British oil contractors") */
    for (uint32_t k = nx; k < nx + 2 && k < s->se; k++) {
        if (tl_fact_w(s, k, "nationals|citizens|people|civilians|community|communities|population|"
                            "jews|muslims|christians|diplomats|tourists|residents|refugees|minority|hostages|captives|"
                            "journalists|workers|contractors|peacekeepers|pilgrims|worshippers|villagers|settlers|students"))
            return m;
        /* its sites and assets stand for the state ("Saudi oil facilities",
         * "Russian energy infrastructure", "Ukrainian positions") */
        if (tl_fact_w(s, k, "facilities|facility|infrastructure|installations|installation|base|bases|embassy|"
                            "consulate|positions|ships|vessels|tankers|warships|airfields|airfield|airbase|airport|"
                            "refinery|refineries|pipeline|pipelines|outposts|outpost|checkpoints|territory")) {
            int e = tl_fact_country_entity(s, s->ms[m].ent);
            return e >= 0 ? tl_fact_virtual(s, m, e, TL_GPE) : m;
        }
        if (!(s->d->tokens[k].flags & TL_TOK_ALPHA) || (s->d->tokens[k].flags & TL_TOK_UPPER) || tl_fact_tag(s, k) != TL_POS_NOUN)
            break;
    }
    return -1;
}

/* An organization is charged ("X pleaded guilty", "prosecutors charged X
 * with", "the charges against X") only as the head of its own phrase right
 * at the trigger: the subject just before the verb group (auxiliaries and
 * adverbs between), or the object just after the verb or "against".  A
 * name inside a person's phrase ("an MS-13 gang leader was arraigned",
 * "two co-founders of X were charged") or farther away is not charged. */
static int org_charged(const tl_fsent *s, int m, uint32_t trig) {
    const tl_fment *x = &s->ms[m];
    /* anyone accuses a company; only a court's words charge it */
    if (x->pron || x->virt || tl_fact_w(s, trig, "accuse|accuses|accused|accusing")) return 0;
    if (x->te <= trig) {
        /* "co-founders of X", "the X gang", "the platform X": a phrase
         * whose head is another noun; a clause may open before it */
        if (x->tb > s->sb && (s->d->tokens[x->tb - 1].flags & TL_TOK_ALPHA) &&
            !tl_fact_w(s, x->tb - 1, "and|but|then|while|when|after|as|because|that|where|which|meanwhile|also"))
            return 0;
        uint32_t k = x->te;
        /* "X, a building materials maker, pleaded guilty": an apposition
         * describes it */
        if (k + 1 < trig && tl_fact_is(s, k, ",") && tl_fact_w(s, k + 1, "a|an|the")) {
            uint32_t q = k + 2;
            while (q < trig && !tl_fact_is_punct(s, q) && q < k + 12) q++;
            if (q < trig && tl_fact_is(s, q, ",")) k = q + 1;
        }
        /* "X and its subsidiary pleaded guilty" */
        if (k + 2 < trig && tl_fact_is(s, k, "and") && tl_fact_w(s, k + 1, "its|their") &&
            tl_fact_w(s, k + 2, "subsidiary|subsidiaries|affiliate|affiliates|unit|units|parent|owner|owners|executives|"
                                "founder|founders|chief|ceo"))
            k += 3;
        for (; k < trig; k++)
            if (!tl_fact_wl(s, k, WL_BE) && !tl_fact_wl(s, k, WL_ALSO_ALL_BOTH_ETC) &&
                !tl_fact_w(s, k, "will|would|could|may|might|must|each|now|today|yesterday|pleaded|pleads|plead|later|"
                                 "ultimately|eventually|formally"))
                return 0;
        return 1;
    }
    for (uint32_t k = trig + 1; k < x->tb; k++)
        if (!tl_fact_w(s, k, "against|the")) return 0;
    /* "charged X with", "against X and Y": not "against an X official" */
    uint32_t nx = x->te;
    return nx >= s->se || tl_fact_is_punct(s, nx) || tl_fact_wl(s, nx, WL_PREPS) || tl_fact_wl(s, nx, WL_AND_OR) ||
           tl_fact_wl(s, nx, WL_BE);
}

/* Adds a candidate: args are local mention indices (-1 absent). */
/* Does place mention h end a list of places after "in", "at", "near"...
 * ("three companies in Senegal, Guinea and Lebanon for providing")?  A
 * place there says where, never who did what follows.  Can't fail. */
static int placed_list(const tl_fsent *s, int h) {
    int t = s->ms[h].type;
    if (t != TL_GPE && t != TL_LOC && t != TL_FAC) return 0;
    /* "involvement in Rwanda's backing of Y": a possessor acts */
    if (s->ms[h].te < s->se && tl_fact_w(s, s->ms[h].te, "'s|\u2019s|'|\u2019")) return 0;
    uint32_t b = s->ms[h].tb;
    for (int n = 0; n < 8; n++) {
        if (b > s->sb && tl_fact_is(s, b - 1, "the")) b--;
        if (b <= s->sb) return 0;
        if (tl_fact_w(s, b - 1, "in|at|near|across|throughout|inside")) return 1;
        if (!(tl_fact_is(s, b - 1, ",") || tl_fact_wl(s, b - 1, WL_AND_OR)) || b < s->sb + 2) return 0;
        int m = tl_fact_ment_ending(s, b - 2);
        if (m < 0 || s->ms[m].type != t) return 0;
        b = s->ms[m].tb;
    }
    return 0;
}

/* Is mention m the source after "according to" ("according to (the)
 * South Korean intelligence"), with the trigger trig outside the source's
 * own phrase ("according to Carabinieri General X" still says X's
 * rank)?  Can't fail. */
static int source_named(const tl_fsent *s, int m, uint32_t trig) {
    uint32_t k = s->ms[m].tb;
    if (k > s->sb && tl_fact_w(s, k - 1, "the|a|an")) k--;
    if (!(k > s->sb + 1 && tl_fact_is(s, k - 1, "to") && tl_fact_is(s, k - 2, "according"))) return 0;
    return trig + 2 < k || trig > s->ms[m].te + 3;
}

/* Is token k a word of spying software ("spyware", "malware")? */
static int spyware_word(const tl_fsent *s, uint32_t k) {
    return tl_fact_w(s, k, "spyware|malware|stalkerware|spy-ware");
}

/* "executed civilians in X", "executed dozens of prisoners": does the
 * verb at trig take people for its object (a number, "dozens of" or an
 * adjective between)?  A plan or an order executed is no killing. */
static int executed_people(const tl_fsent *s, uint32_t trig) {
    for (uint32_t k = trig + 1; k < s->se && k < trig + 5; k++) {
        if (tl_fact_w(s, k, TL_CUE_ATTACK_GROUP_NOUNS "|people|men|women|children|villagers|prisoners|detainees|"
                            "captives|hostages|civilians|deserters|dissidents|protesters"))
            return 1;
        if (tl_fact_tag(s, k) != TL_POS_NUM && tl_fact_tag(s, k) != TL_POS_ADJ && tl_fact_tag(s, k) != TL_POS_DET &&
            !tl_fact_w(s, k, "dozens|hundreds|scores|of|at|least|some|several"))
            break;
    }
    return 0;
}

/* Verbs of meeting a guest: a meeting only of people, the guest the
 * object ("X received Y"; "X and Y received awards" met no one) */
#define HOST_VERBS                                                                                               \
    "host|hosts|hosted|hosting|receive|receives|received|receiving|welcome|welcomes|welcomed|welcoming|greet|" \
    "greets|greeted|greeting"

/* Mention m, or when m is a nationality right before a state's organ
 * ("Iraqi authorities", "Turkish custody") the state's mention (a
 * virtual one when the state is not named there).  Returns m itself
 * when neither applies; -1 stays -1. */
static int state_organ(tl_fsent *s, int m) {
    if (m < 0 || s->ms[m].type != TL_NORP || s->ms[m].te >= s->se ||
        !tl_fact_w(s, s->ms[m].te, "authorities|government|officials|police|custody|justice|forces|troops"))
        return m;
    int e = tl_fact_country_entity(s, s->ms[m].ent);
    int v = e >= 0 ? tl_fact_virtual(s, m, e, TL_GPE) : -1;
    return v >= 0 ? v : m;
}

/* Is mention m a possessor ("X's release", "X' support")?  This
 * function can't fail. */
static int possessor(const tl_fsent *s, int m) {
    uint32_t e = s->ms[m].te;
    return e < s->se && (tl_fact_is(s, e, "'s") || tl_fact_is(s, e, "'"));
}

/* Is token i a verb that names (consider, regard, brand, label, deem,
 * list)?  Can't fail. */
int tl_fact_spent_in(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se || s->low[i - s->sb][0] != 's' || !tl_fact_w(s, i, "spent|spend|spends|spending"))
        return 0;
    uint32_t k = i + 1;
    int span = 0;
    while (k < s->se && k < i + 7 && !tl_fact_is(s, k, "in") && tl_fact_ment_at(s, k) < 0 && !tl_fact_is_punct(s, k)) {
        span |= tl_fact_w(s, k, "years|year|months|month|weeks|decades|decade|time|life|childhood|youth|days|war|summer|"
                                "winter|period");
        k++;
    }
    return span && tl_fact_is(s, k, "in");
}

int tl_fact_terror_label_verb(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se) return 0;
    char c = s->low[i - s->sb][0];
    if (c != 'c' && c != 'r' && c != 'b' && c != 'l' && c != 'd') return 0;
    return tl_fact_w(s, i, "consider|considers|considered|regard|regards|regarded|brand|brands|branded|branding|label|"
                           "labels|labelled|labeled|deem|deems|deemed|list|lists|listed");
}

/* Does a terrorist's name follow naming verb i: "a terrorist
 * organization", "as a foreign terrorist group", "terrorists" within
 * eight words, with "a", "an" or "as" at most three words before it?
 * Can't fail. */
int tl_fact_terror_label_after(const tl_fsent *s, uint32_t i) {
    for (uint32_t k = i + 1; k < s->se && k < i + 9; k++) {
        if (tl_fact_is(s, k, ",") || tl_fact_is(s, k, ";")) return 0;
        if (!tl_fact_w(s, k, "terrorist|terrorists|terror|extremist|extremists")) continue;
        for (uint32_t j = k; j > i && j + 4 > k; j--)
            if (tl_fact_w(s, j - 1, "a|an|as")) return 1;
        return 0;
    }
    return 0;
}

static void emit(tl_fsent *s, int type, int a0, int a1, int a2, int from, uint32_t trig, int status) {
    /* "X hosted Y", "received Y", "welcomed Y": a meeting of people (a
     * state hosts talks, a body receives a report) */
    if (type == TL_MET && trig >= s->sb && trig < s->se && strchr("hrwg", s->low[trig - s->sb][0]) &&
        tl_fact_w(s, trig, HOST_VERBS) &&
        (a0 < 0 || a1 < 0 || s->ms[a0].type != TL_PERSON || s->ms[a1].type != TL_PERSON ||
         possessor(s, a0) || possessor(s, a1) ||
         /* (the guest of "received him" is named: a pronoun after a verb
          * of so many senses is resolved too loosely) */
         (s->low[trig - s->sb][0] != 'h' && (s->ms[a0].pron || s->ms[a1].pron))))
        return;
    /* "X hails from Y": "from" right after the verb ("hailed the
     * decision from Moscow" says where the praise came from) */
    if (type == TL_ORIGIN && trig >= s->sb && trig + 2 < s->se && s->low[trig - s->sb][0] == 'h' &&
        tl_fact_w(s, trig, "hail|hails|hailed|hailing") && !tl_fact_is(s, trig + 1, "from") &&
        !(tl_fact_tag(s, trig + 1) == TL_POS_ADV && tl_fact_is(s, trig + 2, "from")))
        return;
    /* "executed X" kills a person; a plan or an order is carried out */
    if (type == TL_ATTACKED && trig >= s->sb && trig < s->se && s->low[trig - s->sb][0] == 'e' &&
        tl_fact_w(s, trig, "execute|executes|executed|executing") && (a1 < 0 || s->ms[a1].type != TL_PERSON) &&
        !executed_people(s, trig))
        return;
    /* "X used Pegasus spyware to target Y": targeting with spying
     * software spies on Y, and the software's name is no one who does */
    if (type == TL_OPPOSES && trig >= s->sb && trig < s->se && s->low[trig - s->sb][0] == 't' &&
        tl_fact_w(s, trig, "target|targets|targeted|targeting")) {
        int spy = 0;
        for (uint32_t k = trig > s->sb + 8 ? trig - 8 : s->sb; k < trig && !spy; k++) spy = spyware_word(s, k);
        if (spy) {
            type = TL_SPIED_ON;
            if (a0 >= 0 && s->ms[a0].te < s->se && spyware_word(s, s->ms[a0].te)) return;
        }
    }
    /* "vowed to eliminate / crush Y": a body is fought; a person or a
     * thing eliminated is no opponent ("eliminate Ptolemy's equant") */
    if (type == TL_OPPOSES && trig >= s->sb && trig < s->se && a1 >= 0 &&
        (s->ms[a1].type != TL_ORG || (s->ms[a1].te < s->se && tl_fact_w(s, s->ms[a1].te, "'s|\u2019s|'|\u2019"))) &&
        tl_fact_w(s, trig, "eliminate|eliminates|eliminated|eliminating|crush|crushes|crushed|crushing|eradicate|"
                           "eradicates|eradicated|eradicating"))
        return;
    /* "charging two Iranian nationals with plotting to kill Y": people of
     * a nation, unnamed, are no nation that attacks */
    if (type == TL_ATTACKED && a0 >= 0 && s->ms[a0].type == TL_NORP && !s->ms[a0].virt && !s->ms[a0].pron &&
        s->ms[a0].te < s->se && tl_fact_w(s, s->ms[a0].te, "nationals|national|citizens|citizen|men|man|women|woman"))
        a0 = -1;
    /* "sanctioned seven Russian nationals": nor one a state acts against */
    if (type == TL_OPPOSES && a1 >= 0 && s->ms[a1].type == TL_NORP && !s->ms[a1].virt && !s->ms[a1].pron &&
        s->ms[a1].te < s->se &&
        tl_fact_w(s, s->ms[a1].te, "nationals|national|citizens|citizen|men|man|women|woman|individuals|businessmen"))
        return;
    /* "was handed over to a humanitarian commission", "handed over to his
     * family": a captive freed to people who hold no one is no
     * extradition (authorities, a state, a named body are) */
    if (type == TL_EXTRADITED && trig >= s->sb && trig + 3 < s->se && s->low[trig - s->sb][0] == 'h' &&
        tl_fact_w(s, trig, "hand|hands|handed|handing")) {
        uint32_t k = trig + 1;
        while (k < s->se && k < trig + 5 && !tl_fact_is(s, k, "to")) k++;
        if (k + 1 < s->se && tl_fact_is(s, k, "to") && tl_fact_w(s, k + 1, "a|an|his|her|their|relatives|family")) return;
    }
    /* "is cooperating with U.S. prosecutors", "worked with Mexican
     * authorities": a state's law officers are no associate's circle */
    if (type == TL_ASSOCIATE_OF && a1 >= 0 && (s->ms[a1].type == TL_GPE || s->ms[a1].type == TL_NORP) &&
        !s->ms[a1].pron && s->ms[a1].te < s->se &&
        tl_fact_w(s, s->ms[a1].te, "prosecutors|prosecutor|authorities|police|investigators|officials|agents|"
                                   "officers|law|justice|courts|judges|detectives"))
        return;
    if ((a0 < 0) != (a1 < 0) && core2(type)) tl_fact_evc_open(s, type, a0 < 0 ? a1 : a0, a0 < 0, trig, status);
    if (a0 < 0 || (core2(type) && a1 < 0)) return;
    /* "The cell's leader, X": "the cell" stands for the body it is a part
     * of, and the head of an unnamed part is the body's member */
    /* ("the unit's leader" after "the Velvo Unit" is its own; "the
     * faction" is as often the body itself) */
    if (type == TL_LEADER_OF && s->ms[a1].pron && !s->ms[a1].virt && s->ms[a1].tb < s->se &&
        tl_fact_w(s, s->ms[a1].tb, "cell|wing|branch|unit")) {
        const tl_str *nm = &s->d->entities[s->ms[a1].ent].name;
        size_t wl = s->len[s->ms[a1].tb - s->sb];
        int own = 0;
        for (size_t p = 0; p + wl <= nm->len && !own; p++)
            own = strncasecmp(nm->ptr + p, s->low[s->ms[a1].tb - s->sb], wl) == 0;
        if (!own) type = TL_MEMBER_OF;
    }
    /* "they": the fact holds for every person of the group it stands for;
     * the copies are plain pronouns, so this does not recurse further. */
    for (int r = 0; r < 2; r++) {
        int m = r ? a1 : a0;
        if (m < 0 || s->ms[m].pron != TL_PRON_PLURAL) continue;
        s->ms[m].pron = 1;
        for (int g = 1; g < s->n_group; g++) {
            int v = tl_fact_virtual(s, m, s->group[g], TL_PERSON);
            if (v >= 0) emit(s, type, r ? a0 : v, r ? v : a1, a2, from, trig, status);
        }
        s->ms[m].pron = TL_PRON_PLURAL;
    }
    if (type == TL_OPPOSES || type == TL_ATTACKED || type == TL_SUPPORTS || type == TL_SPIED_ON ||
        type == TL_RECRUITED) {
        a0 = norp_actor(s, a0);
        if (a1 >= 0) a1 = norp_actor(s, a1);
        if (a0 < 0 || a1 < 0) return;
    } else {
        /* "Russian authorities arrested X": by Russia */
        int *as[3] = {&a0, &a1, &a2};
        for (int r = 0; r < 3; r++)
            if (*as[r] >= 0 && !(ROLE_MASK[type][r] & N_) && (ROLE_MASK[type][r] & G_) && tl_fact_norp_state(s, *as[r]) &&
                !s->ms[*as[r]].virt) {
                int e = tl_fact_country_entity(s, s->ms[*as[r]].ent);
                if (e >= 0) *as[r] = tl_fact_virtual(s, *as[r], e, TL_GPE);
            }
        if (a0 < 0 || (core2(type) && a1 < 0)) return; /* the sentence is full */
    }
    int e0 = s->ms[a0].ent, e1 = a1 >= 0 ? s->ms[a1].ent : -1;
    if (e0 < 0 || (core2(type) && e1 < 0) || e0 == e1) return;
    /* "according to South Korean intelligence": a source, no party */
    if (source_named(s, a0, trig) || (a1 >= 0 && source_named(s, a1, trig))) return;
    if (!tl_fact_type_ok(s, a0, ROLE_MASK[type][0])) return;
    /* An organization inside another or inside a state is a part of it,
     * not a member ("the unit joined the army") */
    if (type == TL_MEMBER_OF && s->ms[a0].type == TL_ORG) type = TL_PART_OF;
    if (type == TL_CHARGED && s->ms[a0].type == TL_ORG && !org_charged(s, a0, trig)) return;
    if (core2(type) && !tl_fact_type_ok(s, a1, ROLE_MASK[type][1])) return;
    tl_fcand c;
    memset(&c, 0, sizeof c);
    c.type = (uint8_t)type;
    c.status = (uint8_t)status;
    c.m[0] = a0;
    c.m[1] = core2(type) ? a1 : -1;
    /* "handed over to Iraqi authorities", "deported into Turkish
     * custody": a state's people's word before its organs is the state */
    if (type == TL_EXTRADITED) {
        a2 = state_organ(s, a2);
        from = state_organ(s, from);
    }
    c.m[2] = (a2 >= 0 && tl_fact_type_ok(s, a2, ROLE_MASK[type][2]) && s->ms[a2].ent != e0) ? a2 : -1;
    c.m[3] = (from >= 0 && tl_fact_type_ok(s, from, ROLE_MASK[type][3]) && s->ms[from].ent != e0) ? from : -1;
    if (type == TL_EXTRADITED && c.m[2] >= 0 && c.m[3] >= 0 && s->ms[c.m[2]].ent == s->ms[c.m[3]].ent)
        c.m[3] = -1;
    /* "expelled from the party", "from school": an expulsion is a
     * state's only with the state named */
    if (type == TL_EXTRADITED && c.m[2] < 0 && c.m[3] < 0 && s->low[trig - s->sb][0] == 'e' &&
        tl_fact_w(s, trig, "expel|expels|expelled|expelling"))
        return;
    c.trig = trig;
    c.np = s->np;
    c.conj = s->conj;
    /* "a card left on my windshield for X": a participle on a noun, no
     * departure */
    if (type == TL_TRAVELED_TO && trig > s->sb && tl_fact_w(s, trig, "left|leaves|leaving") &&
        tl_fact_ment_at(s, trig - 1) < 0 && !(s->d->tokens[trig - 1].flags & TL_TOK_UPPER) &&
        tl_fact_tag(s, trig - 1) == TL_POS_NOUN)
        return;
    /* "three companies in Senegal, Guinea and Lebanon for providing
     * support": a place named after "in" says where, and does nothing */
    if ((type == TL_SUPPORTS || type == TL_ATTACKED || type == TL_RECRUITED || type == TL_SPIED_ON || type == TL_FOUNDED) &&
        !s->ms[a0].virt && placed_list(s, a0))
        return;
    /* "was in charge of security for X": the idiom of duty, no charge */
    if (type == TL_CHARGED && trig > s->sb && trig + 1 < s->se && tl_fact_is(s, trig, "charge") &&
        tl_fact_is(s, trig - 1, "in") && tl_fact_is(s, trig + 1, "of"))
        return;
    /* "who had fled extradition to the United States": the place is the
     * extradition's, no travel */
    if (type == TL_TRAVELED_TO && trig + 2 < s->se &&
        tl_fact_w(s, trig, "fled|flee|flees|fleeing|escaped|escape|escapes|escaping|evaded|evade|evading|dodged") &&
        tl_fact_w(s, trig + 1, "extradition|justice|arrest|prosecution|capture|trial|deportation"))
        return;
    /* "was due to be deported to Bulgaria in 2023 but disappeared": an
     * event scheduled has not happened */
    if ((type == TL_EXTRADITED || type == TL_ARRESTED || type == TL_CHARGED || type == TL_TRAVELED_TO) &&
        trig > s->sb + 3 && tl_fact_is(s, trig - 1, "be") && tl_fact_is(s, trig - 2, "to") &&
        tl_fact_w(s, trig - 3, "due|scheduled|slated"))
        return;
    /* "convicted of attempting to join the Islamic State": a membership
     * tried for is none ("planned to join", "sought to join", "the
     * country's bid to join") */
    if (type == TL_MEMBER_OF && trig > s->sb + 2 && tl_fact_is(s, trig - 1, "to") &&
        tl_fact_w(s, trig, "join|enlist|become") &&
        tl_fact_w(s, trig - 2, "attempt|attempts|attempted|attempting|try|tries|tried|trying|seek|seeks|sought|"
                               "seeking|plan|plans|planned|planning|intend|intends|intended|intending|want|wants|"
                               "wanted|wanting|hoped|hoping|aspired|unable|failed|bid|bids|effort|efforts|"
                               "ambition|ambitions|aspirations|application|applied|push|drive"))
        return;
    /* "a Vietnam veteran": a veteran of a state's name served in its war,
     * not in a body; "the Swift boat veterans' attack" names no one's */
    if (type == TL_MEMBER_OF && trig >= s->sb && trig < s->se && s->low[trig - s->sb][0] == 'v' &&
        tl_fact_w(s, trig, "veteran|veterans") &&
        ((a1 >= 0 && s->ms[a1].type != TL_ORG) || !tl_fact_is(s, trig, "veteran")))
        return;
    /* "was transferred to a federal prison": a move between prisons is
     * no extradition */
    if (type == TL_EXTRADITED && s->low[trig - s->sb][0] == 't' && s->len[trig - s->sb] >= 8 &&
        !memcmp(s->low[trig - s->sb], "transfer", 8))
        for (uint32_t k = trig + 1; k < s->se && k < trig + 6; k++)
            if (tl_fact_w(s, k, "prison|prisons|jail|jails|penitentiary|hospital|custody|facility|cell|court|detention"))
                return;
    /* "designated X a terrorist organization": a designation opposes
     * only on a list of terror or sanctions ("designated by UNESCO as a
     * reserve", "designated successor" oppose nothing) */
    if (type == TL_OPPOSES && s->len[trig - s->sb] >= 9 && !memcmp(s->low[trig - s->sb], "designat", 8)) {
        int listed = 0;
        for (uint32_t k = trig + 1; k < s->se && k < trig + 20 && !listed; k++)
            listed = tl_fact_w(s, k, "terrorist|terrorists|terror|sanctions|sanctioned|fto|sdgt|financier|financiers|"
                                     "ofac|treasury");
        /* (or by the Treasury's sanctions office: "OFAC designated X";
         * "a Houthi financier who has been designated by OFAC") */
        for (uint32_t k = s->sb; k < trig && !listed; k++)
            listed = tl_fact_w(s, k, "treasury|ofac|assets|sanctions|financier|financiers");
        if (!listed) return;
    }
    /* "considers X a terrorist organization", "is listed as a terrorist
     * group by Y": these verbs oppose only as a terrorist's name, the
     * word a few words after the verb's "a", "an" or "as" */
    if (type == TL_OPPOSES && tl_fact_terror_label_verb(s, trig) && !tl_fact_terror_label_after(s, trig)) return;
    /* "X spent three years in Iraq": a span of time between the verb and
     * "in" ("spent money in Y" places no one), and a named one (a pronoun
     * resolved far back was wrong as often as right there) */
    if (type == TL_LOCATED_IN && trig >= s->sb && trig < s->se && s->low[trig - s->sb][0] == 's' &&
        tl_fact_w(s, trig, "spent|spend|spends|spending") && (!tl_fact_spent_in(s, trig) || s->ms[a0].pron))
        return;
    /* "banned the charity X": a ban opposes a body (a state's ban of
     * exports, of a book, names none) */
    if (type == TL_OPPOSES && (s->low[trig - s->sb][0] == 'b' || s->low[trig - s->sb][0] == 'o' ||
                               s->low[trig - s->sb][0] == 'p') &&
        tl_fact_w(s, trig, "ban|bans|banned|banning|outlaw|outlaws|outlawed|outlawing|proscribe|proscribes|proscribed|"
                           "proscribing") &&
        (c.m[1] < 0 || s->ms[c.m[1]].type != TL_ORG || (trig > s->sb && tl_fact_wl(s, trig - 1, WL_DETS))))
        return; /* ("the outlawed Lashkar-e-Toiba group": an adjective) */
    /* "added X to its list of foreign terrorist organizations": only a
     * list of terror, extremism or sanctions opposes */
    if (type == TL_OPPOSES && s->len[trig - s->sb] <= 6 && !memcmp(s->low[trig - s->sb], "add", 3)) {
        int list = 0, terror = 0;
        for (uint32_t k = trig + 1; k < s->se && k < trig + 16; k++) {
            list |= tl_fact_w(s, k, "list|blacklist|register|registry");
            terror |= tl_fact_w(s, k, "terrorist|terrorists|terror|extremist|extremists|sanctions|sanctioned");
        }
        if (!list || !terror) return;
    }
    /* "a $5 million reward for his capture", "a warrant for the arrest
     * of X": a price or a warrant on an arrest to come, no arrest */
    if (type == TL_ARRESTED)
        for (uint32_t k = trig; k > s->sb && k + 16 > trig; k--) {
            /* (over "$": "a reward of up to $5 million for information
             * leading to his capture") */
            if (tl_fact_is(s, k - 1, ",") || tl_fact_is(s, k - 1, ";") || tl_fact_is(s, k - 1, ".")) break;
            if (tl_fact_w(s, k - 1, "reward|rewards|bounty|bounties|warrant|warrants")) return;
        }
    /* "serving a long sentence in Belgium": a prisoner's term, no
     * service */
    if (type == TL_MEMBER_OF && c.m[1] >= 0 && trig + 1 < s->se && s->low[trig - s->sb][0] == 's' &&
        tl_fact_w(s, trig, "serve|serves|served|serving"))
        for (uint32_t k = trig + 1; k < s->ms[c.m[1]].tb && k < trig + 6; k++)
            /* ("two terms in the House" stays; "a life term" is a sentence) */
            if (tl_fact_w(s, k, "sentence|sentences|prison|jail") ||
                (tl_fact_w(s, k, "term|terms") && k > trig + 1 && tl_fact_w(s, k - 1, "life|prison|jail|custodial")))
                return;
    /* "defected to South Korea" is a move, not a membership: one defects
     * into a body only */
    if (type == TL_MEMBER_OF && c.m[1] >= 0 && s->ms[c.m[1]].type != TL_ORG && trig < s->se &&
        s->low[trig - s->sb][0] == 'd' && tl_fact_w(s, trig, "defect|defects|defected|defecting"))
        return;
    /* "founder of the pro-Hamas collective X": a name inside a modifier
     * ("pro-Hamas", "Iran-backed") is no body one founds, leads or joins */
    if ((type == TL_FOUNDED || type == TL_LEADER_OF || type == TL_MEMBER_OF || type == TL_PART_OF) && c.m[1] >= 0 &&
        s->ms[c.m[1]].mod)
        return;
    /* "X threatened to attack Y", "X vowed to destroy Y": a threat is
     * hostility, no attack */
    if (type == TL_ATTACKED && trig > s->sb + 1 && tl_fact_is(s, trig - 1, "to") &&
        tl_fact_w(s, trig - 2, "threatened|threatens|threaten|threatening|vowed|vows|vow|vowing|promised|promises|"
                               "pledged|pledges|swore|swears|warned")) {
        c.type = TL_OPPOSES;
        c.status = 0;
    }
    if (c.type == TL_ATTACKED) {
        /* "plotted to kill", "tried to assassinate", "a foiled attack";
         * the trigger itself when it is the light verb ("planning an
         * attack on Y") */
        for (uint32_t k = trig > s->sb + 4 ? trig - 4 : s->sb; k <= trig && k < s->se; k++) {
            if (tl_fact_wl(s, k, WL_PLOT_PLOTS_PLOTTED_ETC))
                c.status = 1;
            /* "recruiting a hitman to kill Y": someone engaged to do it */
            if (k + 1 < trig && tl_fact_is(s, trig - 1, "to") &&
                tl_fact_w(s, k, "hire|hires|hiring|recruit|recruits|recruited|recruiting|commissioned|enlisted|tasked"))
                c.status = 1;
            if (tl_fact_wl(s, k, WL_TRIED_TRY_TRIES_ETC))
                c.status = 2;
            /* "X survived an attack", "an assassination attempt on X" */
            if (tl_fact_w(s, k, "survived|survives|survive|surviving|escaped|escapes|escape|escaping"))
                c.status = 2;
        }
        if (trig + 1 < s->se && tl_fact_w(s, trig + 1, "attempt|attempts|bid|bids")) c.status = 2;
        for (uint32_t k = s->sb; k < s->se; k++)
            if (tl_fact_wl(s, k, WL_FOILED_THWARTED_PREVENTED_ETC))
                c.status = 4;
    }
    tl_fact_push(s, &c);
}

void tl_fact_emit(tl_fsent *s, int type, int a0, int a1, int a2, int from, uint32_t trig, int status) {
    emit(s, type, a0, a1, a2, from, trig, status);
}

/* Emits with coordination on both core arguments. */
static void emit_coord(tl_fsent *s, int type, int a0, int dir0, int a1, int dir1, int a2, int from,
                       uint32_t trig, int status) {
    int l0[8], l1[8];
    size_t n0 = 1, n1 = 1;
    l0[0] = a0;
    l1[0] = a1;
    uint32_t own = (type == TL_CITIZEN_OF || type == TL_ORIGIN || type == TL_BORN_IN) ? COORD_OWN_NATIONALITY : 0;
    if (s->own_noun) own |= COORD_OWN_NOUN;
    if (a0 >= 0 && s->lone_role != 1) n0 += coord(s, a0, dir0, ROLE_MASK[type][0] | own, l0 + 1, 7);
    if (a1 >= 0 && core2(type) && s->lone_role != 2) n1 += coord(s, a1, dir1, ROLE_MASK[type][1], l1 + 1, 7);
    if (!core2(type) && a2 < 0 && a1 >= 0) a2 = a1;
    uint8_t conj = s->conj;
    for (size_t i = 0; i < n0; i++)
        for (size_t j = 0; j < n1; j++) {
            s->conj = (uint8_t)(conj || i > 0 || (j > 0 && core2(type)));
            emit(s, type, l0[i], core2(type) ? l1[j] : a2, a2, from, trig, status);
        }
    s->conj = conj;
}

int tl_fact_subject(const tl_fsent *s, uint32_t i, uint32_t mask) { return find_subj(s, i, mask); }

int tl_fact_opens(const tl_fsent *s, uint32_t k, int type) {
    if (k < s->sb || k >= s->se || !s->len[k - s->sb]) return 0;
    const tl_trig *fr[6];
    int past;
    uint32_t r = k - s->sb;
    size_t nf = tl_trig_lookup(s->c->lex, s->low[r], s->len[r], fr, 6, &past);
    for (size_t q = 0; q < nf; q++)
        if (fr[q]->type == type) return 1;
    return 0;
}

int tl_fact_kin_subject(const tl_fsent *s, uint32_t trig) {
    uint32_t r = trig;
    while (r > s->sb && (tl_fact_wl(s, r - 1, WL_BE) || tl_fact_w(s, r - 1, "has|have|had"))) r--;
    return r < trig && r > s->sb + 1 && tl_fact_ment_at(s, r - 1) < 0 && tl_fact_tag(s, r - 1) == TL_POS_NOUN &&
           !(s->d->tokens[r - 1].flags & TL_TOK_UPPER) && tl_fact_w(s, r - 2, "his|her|their") &&
           !(r > s->sb + 2 && tl_fact_wl(s, r - 3, WL_AND_OR));
}

int tl_fact_coordinated(const tl_fsent *s, int a, int b) {
    int l[8];
    size_t n = coord(s, a, 1, P_, l, 8);
    for (size_t k = 0; k < n; k++)
        if (l[k] == b) return 1;
    return 0;
}

void tl_fact_emit_pair(tl_fsent *s, int type, int a0, int a1, uint32_t trig, int status) {
    emit_coord(s, type, a0, -1, a1, 1, -1, -1, trig, status);
}

void tl_fact_emit_coord(tl_fsent *s, int type, int a0, int dir0, uint32_t trig, int status) {
    emit_coord(s, type, a0, dir0, -1, 1, -1, -1, trig, status);
}

/* ---- frames ---------------------------------------------------------------------- */

/* The person named after "along with" at token q: "along with Y", "along
 * with his wife, Y", "along with two other men, Y and Z" (a possessive or a
 * number and at most two common words, then a comma or not), or -1.
 * Can't fail. */
static int along_with_person(const tl_fsent *s, uint32_t q) {
    int w = tl_fact_ment_from(s, q, NULL);
    if (w < 0 || s->ms[w].type != TL_PERSON) {
        uint32_t k = q;
        if (tl_fact_w(s, k, "his|her|their|its|two|three|four|five|several") || (s->d->tokens[k].flags & TL_TOK_DIGIT)) k++;
        else return -1;
        for (int n = 0; n < 2 && k < s->se && tl_fact_ment_at(s, k) < 0 && (s->d->tokens[k].flags & TL_TOK_ALPHA) &&
                        !(s->d->tokens[k].flags & TL_TOK_UPPER) && !tl_fact_wl(s, k, WL_PREPS) && !tl_fact_wl(s, k, WL_AND_OR);
             n++)
            k++;
        if (k == q + 1) return -1;
        if (k < s->se && tl_fact_is(s, k, ",")) k++;
        w = tl_fact_ment_at(s, k);
        if (w < 0 || s->ms[w].tb != k) return -1;
    }
    return s->ms[w].type == TL_PERSON ? w : -1;
}

/* tl_fact_along_with: tl_fact_int.h */
void tl_fact_along_with(tl_fsent *s, int type, const int *args, uint32_t i, int status) {
    if ((type != TL_ARRESTED && type != TL_CHARGED && type != TL_EXTRADITED) || args[0] < 0) return;
    uint32_t from = i + 1;
    if (s->ms[args[0]].te < i && s->ms[args[0]].te + 3 < i && tl_fact_is(s, s->ms[args[0]].te, ",") &&
        tl_fact_w(s, s->ms[args[0]].te + 1, "along|together") && tl_fact_is(s, s->ms[args[0]].te + 2, "with"))
        from = s->ms[args[0]].te + 1;
    for (uint32_t k = from; k + 2 < s->se && k < from + 15; k++) {
        if (tl_fact_is(s, k, ";") || tl_fact_w(s, k, "who|which|but")) break;
        if (tl_fact_w(s, k, "along|together") && tl_fact_is(s, k + 1, "with")) {
            int w = along_with_person(s, k + 2);
            if (w >= 0 && s->ms[w].ent != s->ms[args[0]].ent)
                emit_coord(s, type, w, 1, args[1], 1, args[2], args[3], i, status);
            break;
        }
    }
}

/* Is the verb at i a passive participle: "was arrested", "were all hired",
 * "headed by"? */
static int passive_at(const tl_fsent *s, uint32_t i, int is_past) {
    if (!is_past) return 0;
    int t = tl_fact_tag(s, i);
    if (t && t != TL_POS_VBN && t != TL_POS_VBD && t != TL_POS_ADJ) return 0;
    for (uint32_t k = i, n = 0; k > s->sb && n < 6; n++) {
        k--;
        if (tl_fact_wl(s, k, WL_BE)) return 1;
        /* "was arrested and extradited": a coordinated participle */
        if (tl_fact_wl(s, k, WL_AND_OR) && k > s->sb && (tl_fact_tag(s, k - 1) == TL_POS_VBN || tl_fact_tag(s, k - 1) == TL_POS_VBD)) {
            k--;
            continue;
        }
        /* ("was arrested in Turkey in 2019 and handed over to Iraq": past
         * the first participle's phrases of place and time, no comma) */
        if (tl_fact_wl(s, k, WL_AND_OR) && t == TL_POS_VBN)
            for (uint32_t q = k; q > s->sb + 1 && q + 10 > k; q--) {
                int tq = tl_fact_tag(s, q - 1);
                if (tq == TL_POS_VBN) return tl_fact_wl(s, q - 2, WL_BE);
                if (tl_fact_is_punct(s, q - 1) || tl_fact_is_verbish(s, q - 1) || tl_fact_wl(s, q - 1, WL_AND_OR)) break;
            }
        /* ("X was found shot dead": a verb of finding between) */
        if (!(tl_fact_wl(s, k, WL_ALSO_ALL_BOTH_ETC) || tl_fact_tag(s, k) == TL_POS_ADV ||
              (k + 1 == i && tl_fact_w(s, k, "found|discovered"))))
            break;
    }
    /* Reduced relative: "X, arrested in 2023, ..." / "the movement, headed by Y" /
     * "a company founded in 2014 by Y" */
    if (tl_fact_is(s, i + 1, "by")) return 1;
    if (tl_fact_wl(s, i + 1, WL_IN_AT_NEAR_ETC) || tl_fact_is(s, i + 1, "on")) {
        for (uint32_t k = i + 2; k < s->se && k < i + 7; k++) {
            if (tl_fact_is(s, k, "by")) return 1;
            if ((tl_fact_is_punct(s, k) && !tl_fact_is(s, k, ",")) || tl_fact_is_verbish(s, k) || tl_fact_wl(s, k, WL_THAT_WHO_WHICH))
                break;
        }
    }
    /* ... unless an object follows: "X, 64, met Y", "X, 21, recruited two
     * friends" are active */
    if (i > s->sb && tl_fact_is(s, i - 1, ",") && tl_fact_ment_at(s, i + 1) < 0 && !tl_fact_wl(s, i + 1, WL_DETS) &&
        tl_fact_tag(s, i + 1) != TL_POS_NUM) {
        /* "X, who was born in Y, pleaded guilty": the comma closes a
         * relative clause and the verb after it is the main one */
        for (uint32_t k = i - 1; k > s->sb && k + 16 > i; k--)
            if (tl_fact_is(s, k - 1, ",")) {
                if (tl_fact_wl(s, k, WL_THAT_WHO_WHICH)) return 0;
                /* "X, an Arizona woman, pleaded guilty": the comma closes
                 * an apposition on a name, and the verb after it is the
                 * main one unless a later comma leads to it ("X, a
                 * banker, arrested in May, was charged") */
                if (tl_fact_w(s, k, "a|an|the") && k > s->sb + 1 && tl_fact_ment_ending(s, k - 2) >= 0) {
                    for (uint32_t q = i + 1; q + 1 < s->se; q++)
                        if (tl_fact_is(s, q, ",") && (tl_fact_wl(s, q + 1, WL_BE) || tl_fact_is_verbish(s, q + 1)))
                            return 1;
                    return 0;
                }
                return 1;
            }
        return 1;
    }
    if (tl_fact_wl(s, i + 1, WL_AND_OR) && tl_fact_is(s, i + 3, "by")) return 1; /* "funded and created by" */
    return 0;
}

/* "attacked a military base in Kenya", "killed 30 people in Jalalabad": an
 * attack's object named by no name, then "in" (or "near", "outside") and a
 * place, makes the place the target, as "an attack in Kenya" does.  The
 * object is at most six words of a plain noun phrase (articles, numbers,
 * adjectives, nouns, "of") after the verb at i.  Returns the place's
 * mention, or -1.  Can't fail. */
static int object_site(const tl_fsent *s, uint32_t i, uint32_t mask) {
    uint32_t k = i + 1, nouns = 0, end = i + 8;
    int at = 0;
    for (; k < s->se && k < end; k++) {
        /* ("stormed a Catholic church in X": a creed or people before the
         * noun; "beheaded American hostages in Iraq" attacks the people,
         * which the frames read) */
        int q = tl_fact_ment_at(s, k);
        if (q >= 0 && s->ms[q].type == TL_NORP && !s->ms[q].pron && s->ms[q].tb == k && s->ms[q].te < s->se &&
            !tl_fact_w(s, s->ms[q].te, TL_CUE_ATTACK_GROUP_NOUNS)) {
            k = s->ms[q].te - 1;
            continue;
        }
        if (q >= 0 || tl_fact_is_punct(s, k)) return -1;
        /* "killed 20 soldiers in an attack on an army post in Y": the
         * attack's own object and place follow (once) */
        if (nouns && end == i + 8 && tl_fact_is(s, k, "in") && tl_fact_w(s, k + 1, "a|an") &&
            tl_fact_w(s, k + 2, TL_CUE_ATTACK_EVENT_NOUNS) && tl_fact_w(s, k + 3, "on|against")) {
            k += 3;
            end = k + 8;
            nouns = 0;
            continue;
        }
        if (tl_fact_w(s, k, "in|near|outside")) break;
        /* ("killed 30 people at a wedding in Kabul": the site's own
         * noun phrase, once) */
        if (nouns && !at && tl_fact_is(s, k, "at") && tl_fact_wl(s, k + 1, WL_DETS)) {
            at = 1;
            end = k + 6 < end ? end : k + 6;
            continue;
        }
        int t = tl_fact_tag(s, k);
        /* ("a camp for displaced people near X") */
        if (tl_fact_w(s, k, "of|for") || tl_fact_wl(s, k, WL_DETS) || (s->d->tokens[k].flags & TL_TOK_DIGIT) ||
            t == TL_POS_ADJ || t == TL_POS_NUM || (t == TL_POS_VBN && tl_fact_tag(s, k + 1) == TL_POS_NOUN))
            continue;
        if (t != TL_POS_NOUN || (s->d->tokens[k].flags & TL_TOK_UPPER)) return -1;
        nouns++;
    }
    if (!nouns || k >= s->se || !tl_fact_w(s, k, "in|near|outside")) return -1;
    /* ("in northern Burkina Faso": a compass word before the name) */
    uint32_t p = tl_fact_is(s, k + 1, "the") ? k + 2 : tl_fact_w(s, k + 1, TL_CUE_COMPASS) ? k + 2 : k + 1;
    int m = p < s->se ? tl_fact_ment_at(s, p) : -1;
    /* "in the Somali capital Mogadishu", "in the central Somali town of
     * El Dher": a few lower-case words, a nationality and a kind of place
     * before the name */
    if (p > k + 1) {
        uint32_t q = p;
        for (int n = 0; n < 4 && q + 1 < s->se; n++) {
            int c = tl_fact_ment_at(s, q);
            if (c >= 0 && s->ms[c].tb == q && s->ms[c].type == TL_NORP) {
                q = s->ms[c].te;
                continue;
            }
            if (c >= 0 || (s->d->tokens[q].flags & TL_TOK_UPPER) || !(s->d->tokens[q].flags & TL_TOK_ALPHA)) break;
            if (tl_fact_w(s, q, "capital|city|town|port|province|region|state|village|district")) {
                uint32_t r = tl_fact_is(s, q + 1, "of") ? q + 2 : q + 1;
                c = r < s->se ? tl_fact_ment_at(s, r) : -1;
                if (c >= 0 && s->ms[c].tb == r) m = c, p = r;
                break;
            }
            q++;
        }
    }
    if (m < 0 || s->ms[m].tb != p || s->ms[m].mod || !tl_fact_type_ok(s, m, mask)) return -1;
    int t = s->ms[m].type;
    return t == TL_GPE || t == TL_LOC || t == TL_FAC ? m : -1;
}

/* A person named right after an organization and a title word: "the IRGC
 * Qods Force commander Qasem Soleimani" stands for the person. */
static int title_person(const tl_fsent *s, int m) {
    uint32_t k = s->ms[m].te;
    for (int n = 0; n < 3 && k < s->se; n++, k++) {
        int p = tl_fact_ment_at(s, k);
        if (p >= 0) return (s->ms[p].tb == k && s->ms[p].type == TL_PERSON && n > 0) ? p : -1;
        /* "a Hezbollah commander, Ali Barji" */
        if (n > 0 && tl_fact_is(s, k, ",")) {
            p = tl_fact_ment_at(s, k + 1);
            return (p >= 0 && s->ms[p].tb == k + 1 && s->ms[p].type == TL_PERSON) ? p : -1;
        }
        if (tl_fact_is_punct(s, k) || tl_fact_wl(s, k, WL_PREPS) || tl_fact_wl(s, k, WL_AND_OR_WHO_ETC) ||
            tl_fact_wl(s, k, WL_BE))
            return -1;
    }
    return -1;
}

/* The agent of a passive: "by X", "by an Iranian citizen, X", "by Iran's
 * Quds Force" (the possessed name, not the possessor). */
static int by_agent(const tl_fsent *s, uint32_t i, uint32_t mask) {
    for (uint32_t k = i + 1; k < s->se && k < i + 14; k++) {
        if (tl_fact_is(s, k, ";") || tl_fact_wl(s, k, WL_THAT_WHO_WHICH)) return -1;
        /* "the killing of Y ... and was wanted by X": a "by" past another
         * clause's verb is that verb's */
        if (tl_fact_wl(s, k, WL_AND_OR) && k + 1 < s->se &&
            (tl_fact_wl(s, k + 1, WL_BE) || tl_fact_tag(s, k + 1) == TL_POS_VBD))
            return -1;
        /* "support to Y after they sent money to a wallet controlled by
         * X": a "by" after a clause of its own (a subject and its verb) is
         * that clause's */
        if (k > i + 1 && k + 2 < s->se && tl_fact_tag(s, k + 1) == TL_POS_PRON &&
            tl_fact_w(s, k, "after|before|when|while|because|as|since|until"))
            return -1;
        /* "X, which has waged an insurgency against Y since 1984, is
         * designated a terrorist organization by Z": a "by" after another
         * passive is that passive's */
        if (k > i + 1 && k + 1 < s->se && tl_fact_wl(s, k, WL_BE) && tl_fact_tag(s, k + 1) == TL_POS_VBN &&
            tl_fact_is(s, k - 1, ","))
            return -1;
        if (!tl_fact_is(s, k, "by")) continue;
        for (uint32_t j = k + 1; j < s->se && j < k + 9; j++) {
            int m = tl_fact_ment_at(s, j);
            /* "led by the sons of X", "by allies of X": the kin or the
             * people of X act, not X */
            if (m < 0 && j + 1 < s->se && tl_fact_is(s, j + 1, "of") &&
                (tl_fact_w(s, j, TL_CUE_POSSESSED_PERSON_NOUNS) ||
                 tl_fact_w(s, j, "sons|daughters|brothers|sisters|children|relatives|allies|associates|supporters|"
                                 "followers|loyalists|heirs|widow|nephews|cousins")))
                return -1;
            if (m < 0) {
                if (tl_fact_is(s, j, ";") || tl_fact_wl(s, j, WL_AND_OR_WHO_ETC2)) return -1;
                /* "shot dead by police minutes after killing Y": the
                 * agent's phrase ends before a clause of time or a gerund */
                if (tl_fact_w(s, j, "after|before|when|while|during|since|until|following|because|outside|near") ||
                    tl_fact_tag(s, j) == TL_POS_VBG)
                    return -1;
                continue;
            }
            j = s->ms[m].te - 1;
            if (tl_fact_is(s, s->ms[m].te, "'s") || tl_fact_is(s, s->ms[m].te, "'")) continue;
            int p = title_person(s, m);
            if (p >= 0 && tl_fact_type_ok(s, p, mask)) return p;
            if (tl_fact_type_ok(s, m, mask)) return m;
            /* "recruited by Russian intelligence": the nationality before
             * a noun of the state's organs stands for the state, where the
             * report names it */
            if (s->ms[m].type == TL_NORP && (mask & G_) && tl_fact_norp_state(s, m)) {
                int e = tl_fact_country_entity((tl_fsent *)s, s->ms[m].ent);
                return e >= 0 ? tl_fact_virtual((tl_fsent *)s, m, e, TL_GPE) : -1;
            }
        }
        return -1;
    }
    return -1;
}

/* A verb's object "the Iranian-American journalist Masih Alinejad": the
 * nationality describes the named person after it, who is the object. */
static int past_norp_modifier(const tl_fsent *s, int m, uint32_t mask) {
    if (m < 0 || s->ms[m].type != TL_NORP) return m;
    for (uint32_t q = s->ms[m].te; q < s->se && q < s->ms[m].te + 5; q++) {
        int m3 = tl_fact_ment_at(s, q);
        if (m3 >= 0 && m3 != m) {
            if (s->ms[m3].tb == q && !s->ms[m3].pron && tl_fact_type_ok(s, m3, mask) &&
                (s->ms[m3].type == TL_PERSON || s->ms[m3].type == TL_ORG))
                return m3;
            if (s->ms[m3].type != TL_NORP) return m;
            continue; /* "Iranian-American": a second nationality */
        }
        /* "two Russian nationals, Ivan Petrov": the name in apposition */
        if (tl_fact_is(s, q, ",") && q > s->ms[m].te) {
            int m4 = tl_fact_ment_at(s, q + 1);
            if (m4 >= 0 && s->ms[m4].tb == q + 1 && s->ms[m4].type == TL_PERSON && tl_fact_type_ok(s, m4, mask) &&
                tl_fact_w(s, q - 1, "national|nationals|citizen|citizens|man|men|woman|women|suspect|suspects|brothers|operative|"
                         "operatives|agent|agents|officer|officers|associate|associates|accomplice|accomplices|partner|"
                         "businessman|businessmen|financier|smuggler|handler"))
                return m4;
            return m;
        }
        /* Capitalized words that are no name are a title: "Iranian Foreign Minister X" */
        if (!(s->d->tokens[q].flags & TL_TOK_ALPHA) || tl_fact_wl(s, q, WL_PREPS) || tl_fact_wl(s, q, WL_BE) ||
            tl_fact_w(s, q, "who|that|which|and|or"))
            return m;
    }
    return m;
}

/* "Ukrainian President X": the person a nationality and a capitalized
 * title before the name describe, or m.  Can't fail. */
static int norp_titled_person(const tl_fsent *s, int m, uint32_t mask) {
    if (m < 0 || s->ms[m].type != TL_NORP || s->ms[m].te >= s->se ||
        !(s->d->tokens[s->ms[m].te].flags & TL_TOK_UPPER) || tl_fact_ment_at(s, s->ms[m].te) >= 0)
        return m;
    int p = past_norp_modifier(s, m, mask);
    if (p == m || s->ms[p].type != TL_PERSON) return m;
    for (uint32_t q = s->ms[m].te; q < s->ms[p].tb; q++)
        if (!(s->d->tokens[q].flags & TL_TOK_UPPER)) return m;
    return p;
}

/* A participle that modifies the noun right before it ("militias
 * established by Iran", "X, arrested in 2023,"), with no form of "be"
 * before it in the clause. */
static int reduced_relative(const tl_fsent *s, uint32_t i) {
    if (i > s->sb && tl_fact_is(s, i - 1, ",")) {
        /* "was, according to the report, founded by" */
        for (uint32_t k = i - 1; k > s->sb + 1 && k + 10 > i; k--)
            if (tl_fact_is(s, k - 1, ",")) {
                if (tl_fact_wl(s, k - 2, WL_BE)) return 0;
                break;
            }
    }
    for (uint32_t k = i, n = 0; k > s->sb && n < 6; n++) {
        k--;
        if (tl_fact_wl(s, k, WL_BE)) return 0;
        if (!(tl_fact_wl(s, k, WL_ALSO_ALL_BOTH_ETC) || tl_fact_wl(s, k, WL_AND_OR) || tl_fact_tag(s, k) == TL_POS_ADV ||
              tl_fact_tag(s, k) == TL_POS_VBN || tl_fact_tag(s, k) == TL_POS_VBD))
            break;
    }
    return i > s->sb && !tl_fact_wl(s, i - 1, WL_AND_OR);
}

/* The patient of a reduced relative: the name right before the participle
 * (or before its comma); a common noun there ("militias established by
 * Iran") leaves none. */
static int reduced_patient(const tl_fsent *s, uint32_t i, uint32_t mask) {
    uint32_t k = i - 1;
    if (tl_fact_is(s, k, ",") && k > s->sb) k--;
    int m = tl_fact_ment_ending(s, k);
    if (m < 0) {
        /* "X, a Russian private military company founded by Y": the common
         * noun heads an apposition of X, which is the patient */
        uint32_t j = k + 1;
        while (j > s->sb && k + 1 - j < 8 && !tl_fact_is_punct(s, j - 1) &&
               (tl_fact_ment_at(s, j - 1) < 0 || s->ms[tl_fact_ment_at(s, j - 1)].type != TL_PERSON) &&
               !tl_fact_w(s, j - 1, "a|an|the"))
            j--;
        if (j > s->sb + 1 && tl_fact_w(s, j - 1, "a|an|the") && tl_fact_is(s, j - 2, ",") && j - 1 < k) {
            /* ("X (UPC), a rebel group led by Y": past the acronym, or the
             * acronym when it names a body and the words before a place:
             * "the Union for Peace in the Central African Republic
             * (UPC)" read in pieces) */
            uint32_t e = j - 3 >= s->sb ? j - 3 : s->sb, e2 = tl_fact_nat_alias_skip(s, e);
            int a = tl_fact_ment_ending(s, e2);
            int in = e2 != e ? tl_fact_ment_ending(s, e - 1) : -1;
            if (in >= 0 && s->ms[in].type == TL_ORG && (a < 0 || s->ms[a].type == TL_GPE || s->ms[a].type == TL_LOC))
                a = in;
            if (a >= 0 && tl_fact_type_ok(s, a, mask)) return a;
        }
        /* "X is a militant group founded by Y": the copula's subject */
        if (j > s->sb + 1 && tl_fact_w(s, j - 1, "a|an") && tl_fact_w(s, j - 2, "is|was|are|were") && j - 1 < k) {
            int a = find_subj(s, j - 2, mask);
            if (a >= 0) return a;
        }
    }
    if (m < 0 && k > s->sb && (s->d->tokens[k].flags & TL_TOK_DIGIT) && tl_fact_is(s, k - 1, ",") && k > s->sb + 1)
        m = tl_fact_ment_ending(s, k - 2); /* "X, 27, arrested in" */
    /* "Burkina Faso's military government, led by X": the state whose
     * government it is (a word or two between) */
    if (m < 0 && k > s->sb + 1 && tl_fact_w(s, k, "government|junta|regime|administration") && (mask & G_)) {
        for (uint32_t q = k; q > s->sb + 1 && q + 3 > k; q--)
            if (tl_fact_w(s, q - 1, "'s|’s")) {
                int g = tl_fact_ment_ending(s, q - 2);
                if (g >= 0 && s->ms[g].type == TL_GPE && !s->ms[g].pron) m = g;
                break;
            }
    }
    /* "M23 rebels backed by Rwanda": the band its fighters stand for */
    if (m < 0 && k > s->sb && tl_fact_w(s, k, "rebels|fighters|militants|insurgents|militiamen|gunmen")) {
        int b = tl_fact_ment_ending(s, k - 1);
        if (b >= 0 && s->ms[b].type == TL_ORG && !s->ms[b].mod) m = b;
    }
    return tl_fact_type_ok(s, m, mask) ? m : -1;
}

int tl_fact_part_after_object(const tl_fsent *s, const tl_trig *t, uint32_t i) {
    if (!t->part || strchr(t->part, ' ') || i + 2 >= s->se) return -1;
    /* "Iran provided the Houthis with missiles": a name's article */
    uint32_t b = tl_fact_is(s, i + 1, "the") ? i + 2 : i + 1;
    int m = tl_fact_ment_at(s, b);
    if (m < 0 || s->ms[m].tb != b || s->ms[m].te >= s->se) return -1;
    uint32_t p = s->ms[m].te;
    if (s->len[p - s->sb] == strlen(t->part) && !memcmp(s->low[p - s->sb], t->part, s->len[p - s->sb]))
        /* ("provided Wagner with a statement" is no support) */
        return t->type != TL_SUPPORTS || tl_fact_support_noun_after(s, p) ? m : -1;
    /* "Mexico handed X to U.S. authorities": a person handed to a state
     * is handed over */
    if (t->type == TL_EXTRADITED && s->ms[m].type == TL_PERSON && tl_fact_is(s, p, "to")) {
        int g = tl_fact_ment_from(s, p + 1, NULL);
        if (g >= 0 && s->ms[g].tb <= p + 2 && (s->ms[g].type == TL_GPE || s->ms[g].type == TL_NORP)) return m;
    }
    return -1;
}

/* "X and Y have traded threats", "X and Y exchanged fire", "X traded fire
 * with Y": each side of the coordinated subject opposes the other.  A verb of trading whose
 * object is no hostility says nothing. */
static void mutual_opposition(tl_fsent *s, int a, uint32_t i);

static void traded_hostility(tl_fsent *s, uint32_t i) {
    uint32_t k = i + 1;
    if (k < s->se && tl_fact_w(s, k, "new|fresh|more|further|angry|bitter|heavy|repeated|mutual|public")) k++;
    if (k >= s->se || !tl_fact_w(s, k, "threats|accusations|blows|fire|insults|barbs|strikes|attacks|gunfire|salvos|"
                                        "rocket|rockets|missiles|shots|recriminations"))
        return;
    int a = find_subj(s, i, ROLE_MASK[TL_OPPOSES][0]);
    if (a < 0 || s->ms[a].pron) return;
    /* "X has traded fire with Y": the other side after "with" */
    if (k + 2 < s->se && tl_fact_is(s, k + 1, "with")) {
        int b = tl_fact_ment_from(s, k + 2, NULL);
        if (b < 0 || s->ms[b].pron || s->ms[b].tb > k + 3 || !tl_fact_type_ok(s, b, ROLE_MASK[TL_OPPOSES][1]) ||
            s->ms[b].ent == s->ms[a].ent)
            return;
        emit(s, TL_OPPOSES, a, b, -1, -1, i, 0);
        emit(s, TL_OPPOSES, b, a, -1, -1, i, 0);
        return;
    }
    mutual_opposition(s, a, i);
}

/* "Israel and Hezbollah traded fire", "X and Y clashed", "X and Y fought
 * each other": subject a and the name joined before it by "and" oppose
 * each other (two kinds allowed: "Israel and Hezbollah"), trigger i.
 * Can't fail. */
static void mutual_opposition(tl_fsent *s, int a, uint32_t i) {
    uint32_t k0 = s->ms[a].tb;
    if (k0 > s->sb && tl_fact_is(s, k0 - 1, "the")) k0--;
    if (k0 < s->sb + 2 || !tl_fact_is(s, k0 - 1, "and")) return;
    int b = tl_fact_ment_ending(s, k0 - 2);
    if (b < 0 || s->ms[b].pron || !tl_fact_type_ok(s, b, ROLE_MASK[TL_OPPOSES][0]) || s->ms[b].ent == s->ms[a].ent)
        return;
    emit(s, TL_OPPOSES, b, a, -1, -1, i, 0);
    emit(s, TL_OPPOSES, a, b, -1, -1, i, 0);
}

/* "Founded in 2014 by X and Y, the Z Group fought ...": a past
 * participle opening the sentence (an adverb may come first) is said of
 * the main clause's subject, named right after the participle's phrase
 * closes with a comma.  Returns that mention when it is of a type in
 * mask, else -1.  Can't fail. */
static int fronted_participle_subject(const tl_fsent *s, uint32_t i, int is_past, uint32_t mask) {
    if (!is_past || !(i == s->sb || (i == s->sb + 1 && tl_fact_w(s, s->sb, "originally|first|initially|once|later"))))
        return -1;
    int t = tl_fact_tag(s, i);
    if (t && t != TL_POS_VBN && t != TL_POS_VBD && t != TL_POS_ADJ) return -1;
    for (uint32_t k = i + 1; k + 1 < s->se && k < i + 20; k++) {
        if (tl_fact_is(s, k, ";") || tl_fact_wl(s, k, WL_THAT_WHO_WHICH)) return -1;
        if (!tl_fact_is(s, k, ",")) continue;
        /* a name's own apposition or list goes on ("by X, Y and Z,") */
        int m = tl_fact_ment_from(s, k + 1, NULL);
        if (m < 0 || s->ms[m].tb > k + 2 || s->ms[m].pron) continue;
        uint32_t e = s->ms[m].te;
        if (e < s->se && (tl_fact_is(s, e, ",") || tl_fact_wl(s, e, WL_AND_OR))) continue;
        return tl_fact_type_ok(s, m, mask) ? m : -1;
    }
    return -1;
}

/* tl_fact_found_base: tl_fact_int.h */
int tl_fact_found_base(const tl_fsent *s, uint32_t i) {
    if (!tl_fact_w(s, i, "found|co-found")) return 1;
    return i > s->sb && tl_fact_w(s, i - 1, "to|help|helped|helps|helping") &&
           !(i > s->sb + 1 && tl_fact_wl(s, i - 2, WL_BE)); /* "was to found": rare; "is to be found" */
}

/* tl_fact_price_asked: tl_fact_int.h */
int tl_fact_price_asked(const tl_fsent *s, uint32_t i) {
    if (!tl_fact_w(s, i, "charge|charges|charged|charging")) return 0;
    for (uint32_t k = i + 1; k < s->se && k < i + 8; k++) {
        if (tl_fact_w(s, k, "with|over|for|in|after|;")) return 0;
        double v;
        char cur[4];
        uint32_t e;
        if (tl_fact_w(s, k, "fee|fees|price|prices|rent|interest|euros|dollars|pounds") ||
            (tl_amount_at(s->d, k, &v, cur, &e) && cur[0]))
            return 1;
    }
    return 0;
}

/* Is a noun of an attack ("airstrike", "bombing") among the eight words
 * before token i, no punctuation between?  Can't fail. */
static int attack_noun_before(const tl_fsent *s, uint32_t i) {
    for (uint32_t k = i; k > s->sb && k + 8 > i; k--) {
        if (s->d->tokens[k - 1].flags & TL_TOK_PUNCT) return 0;
        if (tl_fact_w(s, k - 1, TL_CUE_ATTACK_ON_NOUNS) || tl_fact_w(s, k - 1, TL_CUE_ATTACK_OF_NOUNS)) return 1;
    }
    return 0;
}

/* Does the sentence name an attack by its noun ("strike", "bombing")?
 * Can't fail. */
static int attack_noun_in(const tl_fsent *s) {
    for (uint32_t k = s->sb; k < s->se; k++)
        if (s->len[k - s->sb] >= 4 && (tl_fact_w(s, k, TL_CUE_ATTACK_ON_NOUNS) || tl_fact_w(s, k, TL_CUE_ATTACK_OF_NOUNS)))
            return 1;
    return 0;
}

/* "controls large parts of southern Lebanon", "holds much of eastern
 * Congo": the place after a quantity of ground ("parts", "much",
 * "areas", "swathes"... and "of"), a compass word before it.  Returns
 * the place's mention, or -1.  Can't fail. */
static int ground_object(const tl_fsent *s, uint32_t i, uint32_t mask) {
    uint32_t k = i + 1;
    if (tl_fact_w(s, k, "large|vast|big|most|much|parts|swathes|swaths|areas|part|territory|stretches") ||
        tl_fact_wl(s, k, WL_DETS)) {
        while (k < s->se && k < i + 5 && !tl_fact_is(s, k, "of") && !tl_fact_is(s, k, "in")) {
            if (tl_fact_ment_at(s, k) >= 0 || tl_fact_is_punct(s, k)) return -1;
            k++;
        }
        if (k >= s->se || !tl_fact_w(s, k, "of|in")) return -1;
        k++;
    }
    if (tl_fact_is(s, k, "the")) k++;
    if (tl_fact_w(s, k, TL_CUE_COMPASS)) k++;
    if (tl_fact_w(s, k, "rural|urban|coastal|central")) k++; /* "much of rural Somalia" */
    int m = k < s->se ? tl_fact_ment_at(s, k) : -1;
    return m >= 0 && s->ms[m].tb == k && !s->ms[m].pron && tl_fact_type_ok(s, m, mask) ? m : -1;
}

/* "Members of the Tren de Aragua gang killed Y", "Gunmen from the X
 * cartel shot Y", "Militants of X stormed Y": a clause opening with a
 * crew's plural, "of" or "from" and a body's name (a country's too, a lower-case
 * noun of its kind after it) before the attack verb at i, only
 * auxiliaries or adverbs between, is the body's attack.  Returns its
 * mention, or -1.  Can't fail. */
static int crew_subject(const tl_fsent *s, uint32_t i, uint32_t mask) {
    uint32_t v = i;
    /* ("shot and killed": past the first of two verbs) */
    if (v > s->sb + 5 && tl_fact_is(s, v - 1, "and") && tl_fact_w(s, v - 2, TL_FACT_HARM_VERBS)) v -= 2;
    while (v > s->sb + 3 && v + 3 > i && (tl_fact_tag(s, v - 1) == TL_POS_ADV || tl_fact_wl(s, v - 1, WL_BE) ||
                                          tl_fact_w(s, v - 1, "have|has|had|reportedly|allegedly")))
        v--;
    uint32_t e = v - 1;
    if (tl_fact_ment_at(s, e) < 0 && (s->d->tokens[e].flags & TL_TOK_ALPHA) && !(s->d->tokens[e].flags & TL_TOK_UPPER) &&
        tl_fact_tag(s, e) == TL_POS_NOUN)
        e--; /* ("the X gang") */
    int m = tl_fact_ment_ending(s, e);
    if (m < 0 || s->ms[m].pron || !tl_fact_type_ok(s, m, mask) || (s->ms[m].type != TL_ORG && s->ms[m].type != TL_GPE))
        return -1;
    uint32_t b = s->ms[m].tb;
    if (b > s->sb && tl_fact_is(s, b - 1, "the")) b--;
    /* ("gunmen linked to the Gulf Clan", "gunmen loyal to Y", "gunmen
     * affiliated with Y": a participle or adjective of belonging) */
    if (b >= s->sb + 3 && tl_fact_w(s, b - 1, "to|with") &&
        tl_fact_w(s, b - 2, "linked|tied|loyal|affiliated|allied|belonging|connected") &&
        tl_fact_w(s, b - 3, TL_CUE_ATTACK_CREW_NOUNS))
        b--;
    else if (b < s->sb + 2 || !tl_fact_w(s, b - 1, "of|from") ||
             (!tl_fact_w(s, b - 2, TL_CUE_ATTACK_CREW_NOUNS) && !tl_fact_w(s, b - 2, "members|militants|fighters|mercenaries")))
        return -1;
    uint32_t a = b - 2; /* the crew's noun opens the clause, after a determiner or a count */
    /* "Gunmen believed to be members of the Gulf Clan", "gunmen who were
     * members of": the crew's noun before a clause that makes its men
     * the body's */
    if (tl_fact_is(s, a, "members") && a > s->sb + 2 && tl_fact_w(s, a - 1, "be|were|are|being")) {
        uint32_t q = a - 1;
        if (tl_fact_is(s, q, "be") && tl_fact_is(s, q - 1, "to") && q >= s->sb + 3 &&
            tl_fact_w(s, q - 2, "believed|thought|said|suspected|alleged|reported|known"))
            q -= 3;
        else if (tl_fact_w(s, q, "were|are") && tl_fact_w(s, q - 1, "who|that") && q >= s->sb + 2)
            q -= 2;
        else
            return -1;
        if (!tl_fact_w(s, q, TL_CUE_ATTACK_CREW_NOUNS)) return -1;
        a = q;
    }
    if (a > s->sb && (tl_fact_w(s, a - 1, "the|some|several|dozens|hundreds") || (s->d->tokens[a - 1].flags & TL_TOK_DIGIT) ||
                      tl_fact_tag(s, a - 1) == TL_POS_NUM || tl_fact_tag(s, a - 1) == TL_POS_ADJ))
        a--;
    return a == s->sb || tl_fact_w(s, a - 1, "that|,|and") || tl_fact_wl(s, a - 1, WL_SAY) ? m : -1;
}

/* The person named after "the daughter of", "a sister of", "one of the
 * sons of" opening at k, when mask lets it stand; -1 otherwise.  Can't
 * fail. */
static int kin_of_after(const tl_fsent *s, uint32_t k, uint32_t mask) {
    if (k < s->se && tl_fact_w(s, k, "the|a|an|one")) k++;
    if (k + 1 < s->se && tl_fact_is(s, k, "of") && tl_fact_is(s, k - 1, "one")) k += 1 + tl_fact_is(s, k + 1, "the");
    if (k < s->se && tl_fact_w(s, k, "eldest|youngest|younger|older|elder|only|first|second|late")) k++;
    if (k + 2 >= s->se || !tl_fact_w(s, k, "son|sons|daughter|daughters|sister|sisters|brother|brothers|niece|nephew|"
                                           "cousin|widow|granddaughter|grandson|stepdaughter|stepson") ||
        !tl_fact_is(s, k + 1, "of"))
        return -1;
    int m = tl_fact_ment_at(s, k + 2);
    if (m < 0 || s->ms[m].tb != k + 2 || s->ms[m].pron || s->ms[m].type != TL_PERSON || !tl_fact_type_ok(s, m, mask))
        return -1;
    /* ("the daughter of X's driver": X's man, not X) */
    if (s->ms[m].te < s->se && tl_fact_w(s, s->ms[m].te, "'s|\u2019s|'|\u2019")) return -1;
    return m;
}

/* Is ORG mention m a body of police or justice by its words ("Federal
 * Bureau of Investigation", "Metropolitan Police", "Drug Enforcement
 * Administration") or a well-known acronym of one (FBI, DEA, Interpol)?
 * Can't fail. */
static int law_body(const tl_fsent *s, int m) {
    for (uint32_t k = s->ms[m].tb; k < s->ms[m].te; k++)
        if (tl_fact_w(s, k, "police|bureau|fbi|dea|atf|interpol|europol|gendarmerie|carabinieri|marshals|enforcement|"
                            "prosecutor|prosecutors|justice|security|investigation|investigations|guard|guards|army|"
                            "military|forces|ministry|department|directorate"))
            return 1;
    return 0;
}

static void frame_verb(tl_fsent *s, const tl_trig *t, uint32_t i, int is_past) {
    int type = t->type;
    uint32_t after = i;
    int part_obj = -1;
    if (t->part) {
        /* "set X up" is rare in reports; demand the particle next, or
         * right after a name or pronoun ("handed X over to Y") */
        uint32_t r = i - s->sb;
        int two = strchr(t->part, ' ') != NULL;
        size_t l1 = i + 1 < s->se ? s->len[r + 1] : 0, l2 = i + 2 < s->se ? s->len[r + 2] : 0;
        if (!tl_trig_part_follows(t, l1 ? s->low[r + 1] : "", l1, l2 ? s->low[r + 2] : "", l2)) {
            part_obj = tl_fact_part_after_object(s, t, i);
            if (part_obj < 0) {
                if (type == TL_CHARGED) tl_fact_found_guilty(s, i, 1, t->status); /* "found X guilty" */
                return;
            }
            after = s->ms[part_obj].te;
            if (!tl_trig_part_follows(t, s->low[after - s->sb], s->len[after - s->sb], "", 0))
                after--; /* "handed X to Y": "to" opens the prepositions */
        } else {
            after = i + 1 + (uint32_t)two;
        }
    }
    if (type == TL_OPPOSES && t->obj < 0 && t->role_a < 0) {
        traded_hostility(s, i);
        return;
    }
    /* "X and Y fought each other" (a coordinated subject fighting "a
     * war" may be allies: "the US and Britain fought a war in Iraq") */
    if (type == TL_OPPOSES && i + 2 < s->se && tl_fact_w(s, i, "fight|fights|fought|fighting|battled|battle") &&
        ((tl_fact_is(s, i + 1, "each") && tl_fact_is(s, i + 2, "other")) ||
         (tl_fact_is(s, i + 1, "one") && tl_fact_is(s, i + 2, "another")))) {
        int a = find_subj(s, i, ROLE_MASK[type][0]);
        if (a >= 0 && !s->ms[a].pron) mutual_opposition(s, a, i);
        return;
    }
    if (type == TL_FOUNDED && !tl_fact_found_base(s, i)) return;
    if (type == TL_CHARGED && tl_fact_price_asked(s, i)) return;
    /* "surrendered to the police", "to the FBI": not "to the Taliban",
     * "to the court's ruling" */
    if (type == TL_ARRESTED && t->part && !strcmp(t->part, "to the")) {
        int b = tl_fact_ment_at(s, i + 3);
        if (!tl_fact_w(s, i + 3, "police|authorities") &&
            !(b >= 0 && s->ms[b].tb == i + 3 && s->ms[b].type == TL_ORG && law_body(s, b)))
            return;
    }
    /* "an airstrike in Puntland targeting X": the attack noun's frame
     * reads the participle as its "on" (tl_trig.c) */
    if (type == TL_OPPOSES && tl_fact_is(s, i, "targeting") && attack_noun_before(s, i)) return;
    /* "Israel targeted X in the same strike": with an attack's noun in the
     * sentence the target is attacked ("sanctions targeting X" oppose) */
    int status = t->status;
    if (type == TL_OPPOSES && s->low[i - s->sb][0] == 't' && tl_fact_w(s, i, "target|targets|targeted") &&
        attack_noun_in(s)) {
        type = TL_ATTACKED;
        status = 3;
    }
    /* "X recruited two friends, A and B, to help him": the help is the
     * task the recruiting states, not support */
    if (type == TL_SUPPORTS && i > s->sb + 2 && tl_fact_is(s, i - 1, "to") && tl_fact_w(s, i, "help|assist"))
        for (uint32_t k = i - 2; k > s->sb && k + 12 > i; k--) {
            if (tl_fact_is(s, k, ";") || tl_fact_is(s, k, ".")) break;
            if (tl_fact_w(s, k, "recruit|recruits|recruited|recruiting|hire|hires|hired|hiring|enlist|enlists|enlisted|"
                                "task|tasks|tasked|pay|pays|paid|paying"))
                return;
        }
    int pas = t->kind == TL_TK_VERB && passive_at(s, i, is_past);
    int subj = -1, obj = -1, ra = -1, rb = -1, site = 0;
    int r_subj = t->subj, r_obj = t->obj;
    uint32_t m_subj = r_subj >= 0 ? ROLE_MASK[type][r_subj] : 0;
    uint32_t m_obj = r_obj >= 0 ? ROLE_MASK[type][r_obj] : 0;
    if (type == TL_CHARGED && tl_fact_w(s, i, "accuse|accuses|accused|accusing")) {
        /* Anyone may accuse; a charge needs an authority (a prosecutor's
         * office, a court, a government) as the accuser, and the nearest
         * subject must be it: "the minister accused X" is no charge. */
        int a = pas ? by_agent(s, after, P_ | O_ | G_) : find_subj(s, i, P_ | O_ | G_ | N_);
        /* an authority told by a common noun ("prosecutors accuse X",
         * "the indictment accuses X"; "X stands accused of" is said of
         * sanctions too, and is left alone) */
        uint32_t b = i;
        while (b > s->sb && (tl_fact_tag(s, b - 1) == TL_POS_ADV || tl_fact_w(s, b - 1, "also|have|has|had|now"))) b--;
        int authority = b > s->sb && tl_fact_w(s, b - 1, "prosecutors|prosecutor|prosecution|authorities|police|"
                                                          "investigators|indictment|complaint|court|judge|jury");
        if (!authority && (a < 0 || !tl_fact_type_ok(s, a, O_ | G_))) return;
        /* "accused by UN experts of killing", "by Western diplomats": the
         * body's people who judge without a court bring no charge */
        if (!authority && s->ms[a].te < s->se &&
            tl_fact_w(s, s->ms[a].te, "experts|monitors|groups|activists|observers|researchers|analysts|critics|media|"
                                      "residents|witnesses|journalists|diplomats|lawmakers|rivals|opponents|"
                                      "inspectors|panel|report|reports"))
            return;
    }
    int fronted = -1;
    if (t->kind == TL_TK_VERB && r_obj >= 0 && i <= s->sb + 1) {
        fronted = fronted_participle_subject(s, i, is_past, m_obj);
        if (fronted >= 0) pas = 1;
    }
    if (pas) {
        if (r_obj >= 0)
            obj = fronted >= 0 ? fronted : reduced_relative(s, i) ? reduced_patient(s, i, m_obj) : find_subj(s, i, m_obj);
        if (r_subj >= 0) subj = by_agent(s, after, m_subj);
    } else {
        /* ("the jailed cartel leader X": a participle after a determiner
         * describes the noun and has no subject) */
        int attributive = i > s->sb && tl_fact_w(s, i - 1, "the|a|an|his|her|their|its") && s->len[i - s->sb] > 3 &&
                          !memcmp(s->low[i - s->sb] + s->len[i - s->sb] - 2, "ed", 2);
        if (r_subj >= 0 && !accused_noun_before(s, i) && !attributive) subj = find_subj(s, i, m_subj);
        if (r_subj >= 0 && subj < 0 && caused_subject(s, i) == TL_FACT_UNNAMED) return;
        /* "The Quds Force trained and armed X": two verbs joined share the
         * subject before the first and the object after the second (the
         * second a trigger word too) */
        if (r_subj >= 0 && subj < 0 && i > s->sb + 2 && tl_fact_w(s, i - 1, "and|or") &&
            (tl_fact_is_verbish(s, i - 2) || tl_fact_tag(s, i - 2) == TL_POS_VBN) && s->is_trig[i - 2 - s->sb])
            subj = find_subj(s, i - 2, m_subj);
        if (!t->part && after == i && i + 2 < s->se && tl_fact_w(s, i + 1, "and|or") && s->is_trig[i + 2 - s->sb] &&
            (tl_fact_is_verbish(s, i + 2) || tl_fact_tag(s, i + 2) == TL_POS_VBN) && tl_fact_ment_at(s, i + 3) >= 0)
            after = i + 2;
        /* "shot dead X", "stabbed to death X": the result before the object */
        if (type == TL_ATTACKED && !t->part && after == i) {
            if (tl_fact_is(s, i + 1, "dead")) after = i + 1;
            else if (tl_fact_is(s, i + 1, "to") && tl_fact_is(s, i + 2, "death")) after = i + 2;
        }
        if (r_obj >= 0) obj = part_obj >= 0 ? (tl_fact_type_ok(s, part_obj, m_obj) ? part_obj : -1) : find_dobj(s, after, m_obj);
        /* "X helped Hamas buy weapons": the name before a bare verb (which
         * the tagger may take for a noun of the name's phrase) */
        if (type == TL_SUPPORTS && obj < 0 && tl_fact_w(s, i, "help|helps|helped|helping")) {
            uint32_t b = i + 1 < s->se && tl_fact_is(s, i + 1, "the") ? i + 2 : i + 1;
            int m = b < s->se ? tl_fact_ment_at(s, b) : -1;
            if (m >= 0 && s->ms[m].tb == b && !s->ms[m].pron && s->ms[m].te < s->se && tl_fact_type_ok(s, m, m_obj)) {
                uint32_t v = s->ms[m].te, n = s->len[v - s->sb];
                const char *w = s->low[v - s->sb];
                if ((s->d->tokens[v].flags & TL_TOK_ALPHA) && !(s->d->tokens[v].flags & TL_TOK_UPPER) && n > 2 &&
                    (w[n - 1] != 's' || w[n - 2] == 's') && !tl_fact_wl(s, v, WL_PREPS) && !tl_fact_wl(s, v, WL_AND_OR) &&
                    !tl_fact_wl(s, v, WL_BE) && !tl_fact_w(s, v, "to|who|which|that|and|or|but|in|on|at|with|for|from"))
                    obj = m;
            }
        }
        /* "the BLA, which the United States designated as a terrorist
         * organization": the relative pronoun before the subject is the
         * object, and stands for the name before it */
        uint32_t rel = subj >= 0 ? s->ms[subj].tb : s->sb;
        if (rel > s->sb + 3 && tl_fact_is(s, rel - 1, "the")) rel--;
        /* ("X, who the United States designated as a terrorist": "who"
         * for "whom", a subject right after it) */
        if (r_obj >= 0 && obj < 0 && subj >= 0 && part_obj < 0 && rel > s->sb + 2 && s->ms[subj].te == i &&
            tl_fact_w(s, rel - 1, "which|whom|who")) {
            uint32_t q = rel - 1;
            if (tl_fact_is(s, q - 1, ",")) q--;
            if (q > s->sb + 3 && tl_fact_is(s, q - 1, ")") && tl_fact_is(s, q - 3, "(")) q -= 3;
            int ante = tl_fact_ment_ending(s, q - 1);
            if (ante >= 0 && !s->ms[ante].pron && ante != subj && tl_fact_type_ok(s, ante, m_obj)) obj = ante;
        }
        obj = past_norp_modifier(s, obj, m_obj);
        /* "X married the daughter of Y": the spouse's kin is X's in-law */
        if (type == TL_FAMILY_OF && obj < 0 && part_obj < 0 && tl_fact_w(s, i, "marry|marries|married|marrying"))
            obj = kin_of_after(s, after + 1, m_obj);
        /* (a verb's own object: not "supporting roles, including X", nor
         * a subject that only modifies a noun, "the Fallujah fighting has
         * killed civilians, including X") */
        if (obj < 0 && part_obj < 0 && r_obj >= 0 && tl_fact_tag(s, i) != TL_POS_VBG &&
            !(subj >= 0 && tl_fact_name_modifies_noun(s, subj)))
            obj = including_object(s, after, m_obj);
        /* "attacked the offices of Charlie Hebdo": a body's premises stand
         * for the body */
        if (type == TL_ATTACKED && obj < 0 && part_obj < 0 && after + 4 < s->se && tl_fact_is(s, after + 1, "the") &&
            tl_fact_w(s, after + 2, "offices|headquarters|premises|newsroom|office") && tl_fact_is(s, after + 3, "of")) {
            int m = tl_fact_ment_from(s, after + 4, NULL);
            if (m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_ORG && s->ms[m].tb <= after + 5 &&
                tl_fact_type_ok(s, m, m_obj))
                obj = m;
        }
        /* "managed the Red Hand's finances": a body's affairs, not the body */
        if (obj >= 0 && type == TL_LEADER_OF && s->ms[obj].te < s->se && tl_fact_w(s, i, "manage|manages|managed") &&
            tl_fact_w(s, s->ms[obj].te, "'s|\u2019s|'|\u2019"))
            obj = -1;
        /* "led Wagner's assault on Bakhmut", "headed Hamas's delegation":
         * one of the body's operations, led by one of its members */
        if (obj >= 0 && type == TL_LEADER_OF && s->ms[obj].type == TL_ORG && s->ms[obj].te + 1 < s->se &&
            tl_fact_w(s, s->ms[obj].te, "'s|\u2019s|'|\u2019") &&
            (tl_fact_wl(s, s->ms[obj].te + 1, WL_ATTACK_EVENT_NOUNS) ||
             tl_fact_w(s, s->ms[obj].te + 1, "offensive|operation|operations|campaign|delegation|negotiators|"
                                              "negotiating|team|push|advance|invasion|siege|defence|defense")))
            type = TL_MEMBER_OF;
        /* "led Venezuela's military intelligence agency": a state's body
         * is led, and its head serves the state, which he does not lead
         * (a group's part, "led the group's air operations", still says
         * he leads in the group) */
        if (obj >= 0 && type == TL_LEADER_OF && s->ms[obj].type == TL_GPE && s->ms[obj].te + 1 < s->se &&
            tl_fact_w(s, s->ms[obj].te, "'s|\u2019s|'|\u2019")) {
            /* the body's noun within three lower-case words */
            for (uint32_t q = s->ms[obj].te + 1; q < s->se && q < s->ms[obj].te + 5; q++) {
                if (tl_fact_ment_at(s, q) >= 0 || (s->d->tokens[q].flags & TL_TOK_UPPER)) break;
                if (tl_fact_w(s, q, TL_CUE_KIND_ORG_NOUNS) || tl_fact_w(s, q, TL_CUE_ORG_PART_NOUNS)) {
                    type = TL_MEMBER_OF;
                    break;
                }
            }
        }
        /* (a gerund too: "accused of killing civilians in Moura"; and
         * the plain form: "plotted to bomb a synagogue in Manhattan") */
        if (type == TL_ATTACKED && r_obj >= 0 && obj < 0 && part_obj < 0 &&
            (tl_fact_tag(s, i) == TL_POS_VBD || tl_fact_tag(s, i) == TL_POS_VBN || tl_fact_tag(s, i) == TL_POS_VERB_PRES ||
             tl_fact_tag(s, i) == TL_POS_VBG || tl_fact_tag(s, i) == TL_POS_VERB) &&
            /* people taken "in" a place were taken there, not the place
             * (and what is captured or seized "in" it is no place) */
            !tl_fact_w(s, i, "kidnap|kidnaps|kidnapped|kidnaped|abduct|abducts|abducted|hijack|hijacks|hijacked") &&
            !tl_fact_w(s, i, TL_FACT_TAKE_VERBS)) {
            obj = object_site(s, after, m_obj);
            site = obj >= 0;
        }
        /* "abducted schoolgirls from a school in Chibok": people taken
         * "from" a site in a place were taken in a raid on the site */
        if (type == TL_ATTACKED && r_obj >= 0 && obj < 0 && part_obj < 0 &&
            tl_fact_w(s, i, "kidnap|kidnaps|kidnapped|kidnaped|abduct|abducts|abducted"))
            for (uint32_t k = after + 1; k + 2 < s->se && k < after + 8; k++) {
                if (tl_fact_is(s, k, "from") && tl_fact_wl(s, k + 1, WL_DETS)) {
                    obj = object_site(s, k, m_obj);
                    site = obj >= 0;
                    break;
                }
                if (tl_fact_ment_at(s, k) >= 0 || tl_fact_is_punct(s, k)) break;
            }
        /* (a named target's attack by a crew is the tree pass's too,
         * tl_fact_atk.c tl_fact_atk_crew, but the parse goes astray when
         * the taggers misread the verb: "Members of the Gulf Clan
         * murdered X", harm_after_body in tl_fact_run.c) */
        /* (a state's crew only at a site: "Gunmen from Valdora attacked
         * X" came from there) */
        if (type == TL_ATTACKED && subj < 0 && r_subj >= 0) subj = crew_subject(s, i, site ? m_subj : m_subj & O_);
        /* ("Gunmen linked to X attacked a base in Y": the crew the
         * parse gives the verb for subject) */
        if (type == TL_ATTACKED && site && subj < 0 && r_subj >= 0) {
            int c = tl_fact_atk_crew_of_verb(s, i);
            if (c >= 0 && tl_fact_type_ok(s, c, m_subj)) subj = c;
        }
    }
    /* "Hezbollah controls much of southern Lebanon", "Sanaa is controlled
     * by the Houthis": an organization's ground, a place ("Russia
     * controls Crimea" is a state's claim, no location; "controls the
     * company" no ground) */
    if (type == TL_LOCATED_IN && s->low[i - s->sb][0] == 'c' && tl_fact_w(s, i, "control|controls|controlled|controlling")) {
        if (subj < 0 || s->ms[subj].type != TL_ORG) return;
        /* a noun ("took control of") only as the tagger's misreading of
         * the verb right after its subject */
        if (!tl_fact_is_verbish(s, i) && tl_fact_tag(s, i) != TL_POS_VBN &&
            (!tl_fact_w(s, i, "control|controls|controlled") || s->ms[subj].te != i))
            return;
        if (obj < 0 && !pas) obj = ground_object(s, i, m_obj);
        if (obj < 0 || (s->ms[obj].type != TL_GPE && s->ms[obj].type != TL_LOC)) return;
    }
    /* "X directs Grupo Elite", "directed the cartel's armed wing, Grupo
     * Elite": one who directs a body named right after the verb leads it
     * (active only: films are "directed by"; no order to it: "directed
     * the Treasury to impose sanctions") */
    if (type == TL_RECRUITED && !pas && obj < 0 && subj >= 0 && s->ms[subj].type == TL_PERSON &&
        s->low[i - s->sb][0] == 'd' && tl_fact_w(s, i, "direct|directs|directed|directing")) {
        uint32_t q = i + 1;
        if (tl_fact_is(s, q, "the")) q++;
        int g = q < s->se ? tl_fact_ment_at(s, q) : -1;
        /* (an unnamed part, then its name: "the cartel's armed wing, X") */
        if (g < 0 && tl_fact_is(s, i + 1, "the")) {
            uint32_t c = q;
            while (c < s->se && c < q + 6 && !tl_fact_is_punct(s, c) && tl_fact_ment_at(s, c) < 0) c++;
            if (c < s->se && tl_fact_is(s, c, ",") && c > q + 1 && tl_fact_w(s, c - 1, TL_FACT_BAND_NOUNS "|wing|arm|branch")) {
                q = c + 1;
                g = q < s->se ? tl_fact_ment_at(s, q) : -1;
            }
        }
        if (g >= 0 && s->ms[g].tb == q && !s->ms[g].pron && s->ms[g].type == TL_ORG &&
            !(s->ms[g].te < s->se && tl_fact_is(s, s->ms[g].te, "to")) && !tl_fact_name_modifies_noun(s, g)) {
            emit(s, TL_LEADER_OF, subj, g, -1, -1, i, status);
            return;
        }
    }
    /* "led an ISIS cell in Durban": a body's name before a noun of its
     * parts is the whole the led part belongs to */
    if (type == TL_LEADER_OF && !pas && obj >= 0 && s->ms[obj].type == TL_ORG && s->ms[obj].te < s->se &&
        tl_fact_w(s, s->ms[obj].te, "cell|cells|wing|branch|unit|faction|chapter|affiliate") && s->ms[obj].tb > s->sb &&
        tl_fact_w(s, s->ms[obj].tb - 1, "a|an|one|its|the"))
        type = TL_MEMBER_OF;
    /* "leads the group's Kenyan wing": the head of an unnamed part of a
     * body is its member */
    if (type == TL_LEADER_OF && !pas && obj < 0 && r_obj >= 0) {
        int owner = unnamed_part_owner(s, after);
        if (owner >= 0) {
            type = TL_MEMBER_OF;
            obj = owner;
        }
    }
    /* (who designates or sanctions, named or not whom: "Among those
     * listed was X" may follow) */
    /* ("evade sanctions": the noun, which the tagger may take for the verb) */
    if (type == TL_OPPOSES && subj >= 0 && !pas && s->low[i - s->sb][0] != 't' &&
        tl_fact_w(s, i, "sanctioned|sanctions|sanction|designated|designates|designate|blacklisted|blacklists") &&
        !(i > s->sb && tl_fact_w(s, i - 1, EVADE_VERBS)))
        tl_fact_note_sanctioner(s, subj);
    if (t->prep_a && t->role_a >= 0) ra = find_prep_obj(s, after, t->prep_a, ROLE_MASK[type][t->role_a]);
    if (t->prep_b && t->role_b >= 0) rb = find_prep_obj(s, after, t->prep_b, ROLE_MASK[type][t->role_b]);
    int args[4] = {-1, -1, -1, -1};
    if (r_subj >= 0) args[r_subj] = subj;
    if (r_obj >= 0 && obj >= 0) args[r_obj] = obj;
    if (t->role_a >= 0 && ra >= 0 && args[t->role_a] < 0) args[t->role_a] = ra;
    if (t->role_b >= 0 && rb >= 0 && args[t->role_b] < 0) args[t->role_b] = rb;
    /* "captured Goma", "seized the town of X": a place taken is attacked;
     * a person captured is arrested */
    if ((type == TL_ATTACKED || type == TL_ARRESTED) && args[type == TL_ATTACKED ? 1 : 0] >= 0 &&
        tl_fact_w(s, i, TL_FACT_TAKE_VERBS)) {
        int tt = s->ms[args[type == TL_ATTACKED ? 1 : 0]].type;
        int place = tt == TL_GPE || tt == TL_LOC || tt == TL_FAC;
        if (place != (type == TL_ATTACKED)) return;
    }
    /* "X and Y met": a symmetric verb with a coordinated subject and no object. */
    if (symmetric(type) && args[0] >= 0 && args[1] < 0 && !pas && !(type == TL_MET && tl_fact_w(s, i, HOST_VERBS))) {
        int l[8];
        size_t n = coord(s, args[0], -1, ROLE_MASK[type][0], l, 8);
        for (size_t k = 0; k < n; k++) emit(s, type, l[k], args[0], -1, -1, i, status);
        /* ("A, B and C met": every pair) */
        for (size_t k = 0; k < n; k++)
            for (size_t q = k + 1; q < n; q++)
                if (l[k] != args[0] && l[q] != args[0]) emit(s, type, l[k], l[q], -1, -1, i, status);
        return;
    }
    /* Coordination runs left from the argument found left of the verb (the
     * subject, or the patient of a passive) and right from the others. */
    int dir0 = pas ? (r_obj == 0 ? -1 : 1) : (r_subj == 0 ? -1 : 1);
    int dir1 = pas ? (r_obj == 1 ? -1 : 1) : (r_subj == 1 ? -1 : 1);
    emit_coord(s, type, args[0], dir0, args[1], dir1, args[2], args[3], i, status);
    /* "convicted X in absentia along with Y and Z", "X, along with Y, was
     * charged": they were too */
    tl_fact_along_with(s, type, args, i, status);
    /* "designated the group ... as a terrorist organization, along with
     * its leader, X": so was he, and he leads it */
    if (type == TL_OPPOSES && args[0] >= 0 && args[1] >= 0 && s->len[i - s->sb] >= 9 &&
        !memcmp(s->low[i - s->sb], "designat", 8))
        for (uint32_t k = s->ms[args[1]].te; k + 4 < s->se && k < i + 30; k++) {
            if (tl_fact_is(s, k, ";")) break;
            if (tl_fact_w(s, k, "along|together") && tl_fact_is(s, k + 1, "with")) {
                uint32_t q = k + 2;
                int lead = tl_fact_w(s, q, "its|their") && tl_fact_w(s, q + 1, "leader|leaders|chief|head|founder|emir|commander");
                if (lead) q += 2;
                if (tl_fact_is(s, q, ",")) q++;
                int w = tl_fact_ment_at(s, q);
                if (w >= 0 && s->ms[w].tb == q && (s->ms[w].type == TL_PERSON || s->ms[w].type == TL_ORG) &&
                    s->ms[w].ent != s->ms[args[1]].ent) {
                    emit_coord(s, type, args[0], -1, w, 1, -1, -1, i, status);
                    if (lead && s->ms[w].type == TL_PERSON && s->ms[args[1]].type == TL_ORG) {
                        s->np = 1;
                        emit(s, TL_LEADER_OF, w, args[1], -1, -1, k, 0);
                        s->np = 0;
                    }
                }
                break;
            }
        }
    /* a site is the target as the text gives it, and a later "the attack
     * on Y" may name the target itself: the attacker stays open for it */
    if (site && args[0] >= 0) tl_fact_evc_open(s, type, args[0], 0, i, status);
    /* "X co-founded Y with Z": the person after "with" founded it too */
    if (type == TL_FOUNDED && !pas && args[0] >= 0 && args[1] >= 0 && s->ms[args[0]].type == TL_PERSON) {
        uint32_t w = s->ms[args[1]].te;
        int z = tl_fact_is(s, w, "with") ? tl_fact_ment_from(s, w + 1, NULL) : -1;
        if (z >= 0 && s->ms[z].tb <= w + 2 && s->ms[z].type == TL_PERSON) emit_coord(s, type, z, 1, args[1], 1, -1, -1, i, status);
    }
}

/* Words of a verb group that no noun phrase holds: auxiliaries and
 * negations (np_start stops at them). */
#define AUX_WORDS                                                                                            \
    "has|have|had|having|is|are|was|were|be|been|being|will|would|could|should|may|might|must|can|did|does|" \
    "do|not|never|n't"

/* Start of the noun phrase ending at noun i: walks left over determiners,
 * adjectives, title words, numbers, possessors ("X's") and a premodifying
 * name.  Sets *premod to a mention right before the head words (or -1) and
 * *poss to a possessor mention (or -1). */
static uint32_t np_start(const tl_fsent *s, uint32_t i, int *premod, int *poss) {
    *premod = -1;
    *poss = -1;
    uint32_t k = i;
    int steps = 0;
    while (k > s->sb && steps < 8) {
        uint32_t j = k - 1;
        int m = tl_fact_ment_ending(s, j);
        if (m >= 0) {
            /* "an Afghan-born U.S. citizen", "a Tehran-based Iranian":
             * a name inside a compound modifier is a word of the phrase */
            if ((*premod >= 0 || *poss >= 0) && s->ms[m].mod && s->ms[m].tb == j) {
                k = j;
                steps++;
                continue;
            }
            if (*premod >= 0 || *poss >= 0) break;
            *premod = m;
            k = s->ms[m].tb;
            steps++;
            continue;
        }
        if ((tl_fact_is(s, j, "'s") || tl_fact_is(s, j, "'")) && j > s->sb) {
            int pm = tl_fact_ment_ending(s, j - 1);
            if (pm < 0) pm = tl_fact_poss_pron_at(s, j - 1); /* "the country's" resolved */
            /* "the group's Afghan affiliate": a nationality between the
             * possessor and the noun is an adjective of the noun */
            if (pm >= 0 && *premod >= 0 && *poss < 0 && s->ms[*premod].type == TL_NORP) *premod = -1;
            if (pm >= 0 && *premod < 0 && *poss < 0) {
                *poss = pm;
                k = s->ms[pm].tb;
                steps++;
                continue;
            }
            break;
        }
        /* "Lashkar-e-Taiba (LeT) founder X": the name before its acronym */
        if (tl_fact_is(s, j, ")") && j >= s->sb + 3 && tl_fact_is(s, j - 2, "(") && *premod < 0 && *poss < 0 &&
            tl_fact_ment_ending(s, j - 3) >= 0) {
            *premod = tl_fact_ment_ending(s, j - 3);
            k = s->ms[*premod].tb;
            steps++;
            continue;
        }
        if (tl_fact_is_punct(s, j) && !tl_fact_is(s, j, "-")) break;
        if (tl_fact_poss_pron_at(s, j) >= 0 && *premod < 0 && *poss < 0) { *poss = tl_fact_poss_pron_at(s, j); k = j; break; }
        if (tl_fact_wl(s, j, WL_DETS)) { k = j; break; }
        if (tl_fact_wl(s, j, WL_PREPS) || tl_fact_wl(s, j, WL_COPULA) || tl_fact_wl(s, j, WL_AND_OR_WHO_ETC))
            break;
        int tg = tl_fact_tag(s, j);
        if (tg && (tl_fact_is_verbish(s, j) || tg == TL_POS_PRON || tg == TL_POS_CONJ)) break;
        /* "a US strike killed militant leader X": a participle after a
         * noun is the verb of a clause, not a premodifier ("the jailed
         * leader", "a newly formed unit" have none) */
        if ((tg == TL_POS_VBN || tg == TL_POS_VBG) && j > s->sb) {
            int tp = tl_fact_tag(s, j - 1);
            if (tp == TL_POS_NOUN || tp == TL_POS_PROPN || tp == TL_POS_PRON || tl_fact_ment_ending(s, j - 1) >= 0) break;
            /* "the United States has criticized President X": after an
             * auxiliary, the verb of the clause */
            if (tl_fact_w(s, j - 1, AUX_WORDS) || tl_fact_is_verbish(s, j - 1)) break;
        }
        /* (an auxiliary is no premodifier) */
        if (tl_fact_w(s, j, AUX_WORDS)) break;
        k = j;
        steps++;
    }
    return k;
}

/* Holder of a relational noun phrase starting at token st: an apposition
 * ("X, the leader of", "X, 27, a member of", "X, who is a member of") or a
 * copular subject ("X is the leader of", "X became a member of"). */
/* m, or -1 when m is a possessive pronoun whose noun follows it before
 * token v ("its leader is a close ally of Y": the noun is the subject, no
 * name).  Can't fail. */
static int not_possessor(const tl_fsent *s, int m, uint32_t v) {
    if (m >= 0 && s->ms[m].pron == TL_PRON_POSS && s->ms[m].te < v && tl_fact_ment_at(s, s->ms[m].te) < 0 &&
        (s->d->tokens[s->ms[m].te].flags & TL_TOK_ALPHA) && !(s->d->tokens[s->ms[m].te].flags & TL_TOK_UPPER))
        return -1;
    /* (nor a name before it when the possessive and its noun stand right
     * before the verb, unresolved: "the group holds seats and its leader
     * is an ally of Y") */
    if (m >= 0 && v >= s->sb + 2 && s->ms[m].te < v - 1 && tl_fact_w(s, v - 2, "its|his|her|their") &&
        tl_fact_ment_at(s, v - 1) < 0 && (s->d->tokens[v - 1].flags & TL_TOK_ALPHA) &&
        !(s->d->tokens[v - 1].flags & TL_TOK_UPPER))
        return -1;
    return m;
}

static int np_holder_left(const tl_fsent *s, uint32_t st, uint32_t mask) {
    if (st <= s->sb) return -1;
    uint32_t j = st - 1;
    /* 'described X as "the leader of Y"': a quotation mark opening the
     * phrase */
    if (j > s->sb && (s->d->tokens[j].flags & TL_TOK_QUOTE)) j--;
    /* "one of the leaders of", "another of his sons" */
    if (tl_fact_is(s, j, "of") && j > s->sb && tl_fact_wl(s, j - 1, WL_ONE_AMONG_SOME_ETC))
        j = j >= s->sb + 2 ? j - 2 : s->sb;
    if (tl_fact_is(s, j, "among") && j > s->sb) j--;
    if (tl_fact_wl(s, j, WL_IS_WAS_ARE_ETC)) {
        uint32_t k = j;
        while (k > s->sb && tl_fact_wl(s, k - 1, WL_IS_WAS_ARE_ETC2)) k--;
        if (k > s->sb + 1 && tl_fact_wl(s, k - 1, WL_WHO) && tl_fact_is(s, k - 2, ",")) {
            int m = tl_fact_ment_ending(s, k - 3 >= s->sb ? k - 3 : s->sb);
            return tl_fact_type_ok(s, m, mask) ? m : -1;
        }
        return not_possessor(s, find_subj(s, k, mask), k);
    }
    /* "whom the group planned to install as its leader": a plan names no
     * holder of anything */
    if (tl_fact_is(s, j, "as"))
        for (uint32_t k = j; k > s->sb + 1 && k + 6 > j; k--)
            if (tl_fact_is(s, k - 1, "to") &&
                tl_fact_w(s, k - 2, "planned|plans|plan|planning|plotted|plotting|wanted|wants|sought|seeks|hoped|hopes|"
                                    "intended|intends|aimed|aims|tried|tries|attempted|schemed"))
                return -1;
    /* "X, who served as the head of Y", "X, whom the experts described as
     * the head of Y": the relative pronoun's name, subject or object of
     * the verb before "as" (not "who succeeded Y as leader": a name
     * right before "as" is its own case) */
    if (tl_fact_is(s, j, "as") && j > s->sb && tl_fact_ment_ending(s, j - 1) < 0)
        for (uint32_t k = j; k > s->sb + 2 && k + 7 > j; k--) {
            if (tl_fact_is_punct(s, k - 1)) break;
            if (tl_fact_w(s, k - 1, "who|whom") && tl_fact_is(s, k - 2, ",")) {
                int m = tl_fact_ment_ending(s, k - 3);
                if (m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_PERSON) return tl_fact_type_ok(s, m, mask) ? m : -1;
                break;
            }
        }
    if (tl_fact_wl(s, j, WL_COPULA) || tl_fact_wl(s, j, WL_HOLDS_HOLD_HELD_ETC))
        return not_possessor(s, find_subj(s, j, mask), j);
    /* "X was granted Turkish citizenship": the receiver of a passive
     * grant (the giver of an active one, "Turkey granted him", holds
     * nothing) */
    if (j > s->sb + 1 && tl_fact_w(s, j, "granted|given|awarded|issued") && tl_fact_wl(s, j - 1, WL_BE))
        return find_subj(s, j, mask);
    /* "X is accused of being a member of", "X denied being the leader of":
     * the gerund's subject is the clause's */
    if (tl_fact_is(s, j, "being") && j > s->sb &&
        tl_fact_w(s, j - 1, "of|about|for|with|denied|denies|deny|denying|admitted|admits|admit|admitting"))
        return find_subj(s, j - 1, mask);
    /* "X, a Russian national and Kenya resident": the second of two nouns
     * coordinated in one apposition describes the same holder.  The
     * apposition opens with a comma and an article at most ten words back;
     * any other punctuation on the way ends a different phrase. */
    if (tl_fact_wl(s, j, WL_AND_OR) && j > s->sb + 2) {
        /* (not "a close friend of X and her husband": the "and" joins
         * the friend's names) */
        if (tl_fact_ment_ending(s, j - 1) >= 0 && !tl_fact_w(s, st, "a|an")) return -1;
        /* ("X, a preacher, activist and founder of Y": a list of nouns,
         * commas between, back to the article) */
        int items = 0;
        for (uint32_t q = j - 1; q > s->sb && q + 16 > j; q--) {
            if (tl_fact_is(s, q, "-")) continue;
            if (!tl_fact_is_punct(s, q)) continue;
            if (tl_fact_is(s, q, ",") && q + 1 < j && tl_fact_w(s, q + 1, "a|an|the"))
                return np_holder_left(s, q + 1, mask);
            if (tl_fact_is(s, q, ",") && q + 1 < j && items++ < 2 && (s->d->tokens[q + 1].flags & TL_TOK_ALPHA)) {
                int m = tl_fact_ment_at(s, q + 1);
                if (m < 0 || s->ms[m].type == TL_NORP) continue;
            }
            break;
        }
        return -1;
    }
    /* ('X, alias "Blue," one of the founders': the quote closes after
     * the comma) */
    if (j > s->sb + 1 && tl_fact_w(s, j, "\"|\u201d") && tl_fact_is(s, j - 1, ",")) j--;
    if (tl_fact_is(s, j, ",") || tl_fact_is(s, j, "(")) {
        if (j == s->sb) return -1;
        uint32_t k = j - 1;
        /* age: "X, 27, a member" */
        if ((s->d->tokens[k].flags & TL_TOK_DIGIT) && k > s->sb + 1 && tl_fact_is(s, k - 1, ",")) k -= 2;
        int m = tl_fact_ment_ending(s, tl_fact_nat_alias_skip(s, k)); /* "X ("Sim"), a member" */
        return tl_fact_type_ok(s, m, mask) ? m : -1;
    }
    return -1;
}

/* A name right after the noun phrase: "commander Qasem Soleimani",
 * "the group's leader, X". */
static int np_holder_right(const tl_fsent *s, uint32_t after, int allow_comma, uint32_t mask) {
    /* "a Georgian citizen and drug trafficker named X" */
    for (uint32_t k = after; k < s->se && k < after + 5; k++) {
        /* "a faction of the cartel known (locally) as X" */
        if (k + 2 < s->se && tl_fact_is(s, k, "known") && !tl_fact_is(s, k + 1, "as") && tl_fact_tag(s, k + 1) == TL_POS_ADV &&
            tl_fact_is(s, k + 2, "as"))
            k++;
        if (tl_fact_wl(s, k, WL_NAMED_CALLED_IDENTIFIED) || (tl_fact_is(s, k, "as") && k > after && tl_fact_is(s, k - 1, "known")) ||
            (tl_fact_is(s, k, "as") && k > after + 1 && tl_fact_is(s, k - 2, "known"))) {
            /* ("a Dutch man named as X", "identified only as X") */
            uint32_t j = k + 1;
            if (j + 1 < s->se && tl_fact_wl(s, k, WL_NAMED_CALLED_IDENTIFIED) && tl_fact_is(s, j, "only")) j++;
            if (j + 1 < s->se && tl_fact_wl(s, k, WL_NAMED_CALLED_IDENTIFIED) && tl_fact_is(s, j, "as")) j++;
            int m = tl_fact_ment_from(s, j, NULL);
            if (m >= 0 && tl_fact_type_ok(s, m, mask)) return m;
            break;
        }
        if (tl_fact_is_punct(s, k) || tl_fact_ment_at(s, k) >= 0 || tl_fact_wl(s, k, WL_PREPS)) break;
    }
    int m = tl_fact_ment_at(s, after);
    if (m >= 0 && s->ms[m].tb == after && !s->ms[m].pron) return tl_fact_type_ok(s, m, mask) ? m : -1;
    /* "Y's affiliate in Mozambique, X": where the part is, then its name */
    if (allow_comma && tl_fact_is(s, after, "in")) {
        /* ("in the Philippines, X") */
        uint32_t pb = after + 1 + (uint32_t)(after + 2 < s->se && tl_fact_is(s, after + 1, "the"));
        int p = tl_fact_ment_at(s, pb);
        if (p >= 0 && s->ms[p].tb == pb && (s->ms[p].type == TL_GPE || s->ms[p].type == TL_LOC) &&
            tl_fact_is(s, s->ms[p].te, ","))
            after = s->ms[p].te;
    }
    /* "Y's branch in Yemen, known (locally) as X,", "a commander in the
     * Sahel, identified as X" */
    if (allow_comma && tl_fact_is(s, after, ",")) {
        uint32_t k = after + 1;
        if (tl_fact_w(s, k, "known|called|dubbed|nicknamed|identified|named")) {
            k++;
            if (tl_fact_tag(s, k) == TL_POS_ADV && !tl_fact_is(s, k, "as")) k++;
            if (tl_fact_is(s, k, "as")) {
                m = tl_fact_ment_at(s, k + 1);
                if (m >= 0 && s->ms[m].tb == k + 1 && !s->ms[m].pron && tl_fact_type_ok(s, m, mask)) return m;
            }
        }
    }
    if (allow_comma && tl_fact_is(s, after, ",")) {
        /* ("her late husband, former President X,": a title or two
         * before the name) */
        uint32_t q = after + 1;
        while (q < s->se && q < after + 4 && s->at[q - s->sb] < 0 &&
               (tl_fact_w(s, q, "former|late|then|ex") || (s->d->tokens[q].flags & TL_TOK_UPPER)) &&
               tl_fact_ment_at(s, q + 1) < 0)
            q++;
        if (q < s->se && s->at[q - s->sb] < 0 && (tl_fact_w(s, q, "former|late|then|ex") || (s->d->tokens[q].flags & TL_TOK_UPPER)))
            q++;
        m = tl_fact_ment_at(s, q);
        if (!(m >= 0 && s->ms[m].tb == q && s->ms[m].type == TL_PERSON)) q = after + 1;
        m = tl_fact_ment_at(s, q);
        /* (not the speaker of a clause that ends the sentence: "arrested
         * with three of his bodyguards, Security Secretary X said") */
        if (m >= 0 && s->ms[m].tb == q && !s->ms[m].pron && tl_fact_type_ok(s, m, mask) &&
            (tl_fact_is(s, s->ms[m].te, ",") || tl_fact_is_punct(s, s->ms[m].te) || s->ms[m].te >= s->se ||
             tl_fact_is_verbish(s, s->ms[m].te) || tl_fact_wl(s, s->ms[m].te, WL_AND_OR)) &&
            !(s->ms[m].te < s->se && tl_fact_wl(s, s->ms[m].te, WL_SAY)))
            return m; /* "his sons, X and Y," */
    }
    return -1;
}

/* A NORP premodifier stands for its country where a role wants a GPE
 * ("Iranian Foreign Minister X" -> member of Iran), when the document
 * names the country. */
static int norp_as_gpe(tl_fsent *s, int m, uint32_t mask) {
    if (m < 0 || s->ms[m].type != TL_NORP || (mask & N_)) return m;
    /* "a member of the Russian mob": the adjective qualifies an unnamed
     * group, which is not the country. */
    uint32_t nx = s->ms[m].te;
    /* ("Iranian leader X": the word of office itself is no group; "the
     * Chinese government" is the state; so is the patron of "an Iranian
     * proxy", "a Russian ally") */
    /* (nor are its envoys and ministers: "the Russian ambassador", "the
     * Iranian foreign minister") */
    uint32_t nw = nx + 1 < s->se && tl_fact_w(s, nx, "foreign|defense|defence|interior|finance|justice|economy|"
                                                      "intelligence|oil|energy|trade|health|deputy")
                      ? nx + 1
                      : nx;
    if (nx < s->se && (s->d->tokens[nx].flags & TL_TOK_ALPHA) && !(s->d->tokens[nx].flags & TL_TOK_UPPER) &&
        tl_fact_ment_at(s, nx) < 0 &&
        !tl_fact_w(s, nx, "leader|ruler|dictator|strongman|monarch|premier|autocrat|government|regime|authorities|"
                          "proxy|proxies|puppet|puppets|surrogate|surrogates|ally|allies") &&
        !tl_fact_w(s, nw, "ambassador|ambassadors|envoy|envoys|minister|ministers"))
        return -1;
    int e = tl_fact_country_entity(s, s->ms[m].ent);
    if (e < 0) return -1;
    return tl_fact_virtual(s, m, e, TL_GPE);
}

/* Is mention m's entity a country by the gazetteer?  Can't fail. */
static int is_country(const tl_fsent *s, int m) {
    const tl_str *n = &s->d->entities[s->ms[m].ent].name;
    return (tl_gaz_lookup(s->g, n->ptr, n->len) & TL_GAZ_COUNTRY) != 0;
}

/* "jailed drug lord X", "the late rebel commander X": from token k, an
 * article and up to three lower-case words of title (the last a noun),
 * then a person's name: its mention, else -1.  Can't fail. */
static int person_after_title(const tl_fsent *s, uint32_t k) {
    if (k < s->se && tl_fact_w(s, k, "the|a|an")) k++;
    for (uint32_t q = k; q < s->se && q < k + 4; q++) {
        int p = tl_fact_ment_at(s, q);
        if (p >= 0)
            return q > k && s->ms[p].tb == q && s->ms[p].type == TL_PERSON && !s->ms[p].pron &&
                           tl_fact_tag(s, q - 1) == TL_POS_NOUN
                       ? p
                       : -1;
        if (!(s->d->tokens[q].flags & TL_TOK_ALPHA) || (s->d->tokens[q].flags & TL_TOK_UPPER) ||
            tl_fact_wl(s, q, WL_PREPS) || tl_fact_wl(s, q, WL_AND_OR_WHO_ETC) || tl_fact_wl(s, q, WL_BE))
            return -1;
    }
    return -1;
}

/* "the head of internal security at X", "a commander of special forces in
 * X": an office over a part of an organization, the organization named
 * after a preposition a few common words on (from token k, the words after
 * "of").  Its holder is one of its members.  Only an organization: "head of
 * operations in Syria" names no group.  The mention, or -1. */
static int office_part_org(const tl_fsent *s, uint32_t k0) {
    for (uint32_t k = k0; k < s->se && k < k0 + 4; k++) {
        if (tl_fact_w(s, k, "at|in|within|inside")) {
            int o = k > k0 ? tl_fact_ment_from(s, k + 1, NULL) : -1;
            return o >= 0 && s->ms[o].type == TL_ORG ? o : -1;
        }
        if (tl_fact_is_punct(s, k) || tl_fact_ment_at(s, k) >= 0 || tl_fact_wl(s, k, WL_PREPS) || tl_fact_is_verbish(s, k)) return -1;
    }
    return -1;
}

/* Does a noun of role end its phrase before token k ("founder and leader,"
 * "leader of"), rather than qualify the noun after it ("co-founder and
 * chief commercial officer")?  Can't fail. */
static int role_phrase_ends(const tl_fsent *s, uint32_t k) {
    return k >= s->se || tl_fact_is_punct(s, k) || tl_fact_wl(s, k, WL_PREPS) || tl_fact_wl(s, k, WL_BE) ||
           tl_fact_ment_at(s, k) >= 0;
}

static int gerund_doer(const tl_fsent *s, int h, uint32_t p);

static void frame_rel(tl_fsent *s, const tl_trig *t, uint32_t i) {
    int type = t->type;
    if (type == TL_ATTACKED) { /* "took X hostage" (tl_fact_atk.c) */
        tl_fact_atk_hostage(s, i);
        return;
    }
    /* "a founding member of Y" founded Y */
    if (type == TL_MEMBER_OF && i > s->sb && tl_fact_w(s, i - 1, "founding|founder") && tl_fact_w(s, i, "member|members"))
        type = TL_FOUNDED;
    /* "Hamas's deputy leader", "the group's chief negotiator": a word of
     * rank before another noun of role qualifies that noun, whose frame
     * reads the fact ("chief executive" still leads) */
    /* ("the Hezbollah military chief killed in 2008": a participle after
     * the noun is no second noun) */
    int verb_next = i + 1 < s->se && (tl_fact_tag(s, i + 1) == TL_POS_VBN || tl_fact_is_verbish(s, i + 1));
    if (i + 1 < s->se && tl_fact_w(s, i, "deputy|deputies|chief") && s->is_trig[i + 1 - s->sb] &&
        !tl_fact_is(s, i + 1, "executive") && !(s->d->tokens[i + 1].flags & TL_TOK_UPPER) && !verb_next)
        return;
    if (i + 1 < s->se && tl_fact_is(s, i, "chief") && !tl_fact_is(s, i + 1, "executive") && !role_phrase_ends(s, i + 1) &&
        !tl_fact_is(s, i + 1, "of") && !(s->d->tokens[i + 1].flags & TL_TOK_UPPER) && !verb_next)
        type = TL_MEMBER_OF; /* "chief negotiator": a member of rank */
    /* "prime minister" leads; "deputy leader" is a member. */
    if (type == TL_MEMBER_OF && tl_fact_is(s, i, "minister") && tl_fact_is(s, i - 1, "prime") &&
        !(i > s->sb + 1 && tl_fact_wl(s, i - 2, WL_DEPUTY_VICE_ASSISTANT_ETC))) /* ("deputy prime minister") */
        type = TL_LEADER_OF;
    if (type == TL_LEADER_OF && i > s->sb && tl_fact_wl(s, i - 1, WL_DEPUTY_VICE_ASSISTANT_ETC)) {
        if (!tl_fact_wl(s, i - 1, WL_FORMER_EX)) type = TL_MEMBER_OF;
    }
    if (type == TL_LEADER_OF && tl_fact_is(s, i + 1, "of") && tl_fact_wl(s, i + 2, WL_STAFF_STATE_SECURITY_ETC) &&
        office_part_org(s, i + 2) < 0)
        return; /* "chief of staff of X", "head of state": not the group */
    int hr = t->subj, gr = t->obj;
    uint32_t hmask = ROLE_MASK[type][hr], gmask = ROLE_MASK[type][gr];
    int premod, poss;
    uint32_t st = np_start(s, i, &premod, &poss);
    /* "Y's founder and leader, X": the second of two coordinated nouns of
     * role takes the possessor or modifier of the first */
    if (poss < 0 && premod < 0 && st == i && st > s->sb + 1 && tl_fact_wl(s, st - 1, WL_AND_OR) &&
        s->is_trig[st - 2 - s->sb] && role_phrase_ends(s, i + 1)) {
        int pm2, ps2;
        uint32_t st2 = np_start(s, st - 2, &pm2, &ps2);
        if (pm2 >= 0 || ps2 >= 0 || tl_fact_is(s, st2, "the")) premod = pm2, poss = ps2, st = st2;
    }
    /* "X's nephew A and niece B", "Hamas's leader A and spokesman B": a
     * noun of role after "and" and a name that another such noun opens
     * takes that noun's possessor */
    if (poss < 0 && premod < 0 && st == i && st > s->sb + 3 && tl_fact_is(s, st - 1, "and")) {
        int a = tl_fact_ment_ending(s, st - 2);
        if (a >= 0 && !s->ms[a].pron && s->ms[a].type == TL_PERSON && s->ms[a].tb > s->sb + 1 &&
            s->is_trig[s->ms[a].tb - 1 - s->sb] && tl_fact_ment_at(s, s->ms[a].tb - 1) < 0) {
            int pm2, ps2;
            np_start(s, s->ms[a].tb - 1, &pm2, &ps2);
            if (ps2 >= 0 && !s->ms[ps2].pron) poss = ps2;
        }
    }
    /* "Y's driver", "the driver of Y", never "Uber driver X" (a firm the
     * tagger may take for a person) */
    if (type == TL_ASSOCIATE_OF && tl_fact_is(s, i, "driver")) premod = -1;
    /* "X, whose father Y": the relative's possessor is the name before it */
    if (poss < 0 && premod < 0 && st > s->sb + 2 && tl_fact_is(s, st - 1, "whose") && tl_fact_is(s, st - 2, ","))
        poss = tl_fact_ment_ending(s, st - 3);
    uint32_t after = i + 1;
    /* "the right-hand man to X" */
    if (after < s->se && tl_fact_is(s, i, "right-hand") && tl_fact_w(s, after, "man|woman")) after++;
    /* "a splinter group of Y": the noun after the modifier */
    if (after < s->se && tl_fact_is(s, i, "splinter") && tl_fact_w(s, after, "group|faction|cell|movement")) after++;
    /* "FBI Assistant Director in Charge X": the title goes on */
    if (after + 1 < s->se && tl_fact_is(s, after, "in") && (s->d->tokens[after + 1].flags & TL_TOK_UPPER) &&
        tl_fact_is(s, after + 1, "charge"))
        after += 2;
    /* "Y's founder and leader, X", "the founder and leader of Y": the first
     * of two coordinated nouns of role reads what follows the second */
    if (after + 1 < s->se && tl_fact_wl(s, after, WL_AND_OR) && s->is_trig[after + 1 - s->sb] && role_phrase_ends(s, after + 2))
        after += 2;
    /* "a senior commander of X", "one of the leaders of X": one leader among
     * several is a member; "the leader of X" leads it. */
    /* (as the reports are annotated: "a senior commander of X" both
     * leads in X and belongs to it; a "deputy" only belongs) */
    int also_leads = 0;
    if (type == TL_LEADER_OF && st < i &&
        (tl_fact_w(s, st, "a|an") || (st >= s->sb + 2 && tl_fact_is(s, st - 1, "of") && tl_fact_is(s, st - 2, "one")))) {
        type = TL_MEMBER_OF;
        also_leads = tl_fact_w(s, i, "leader|commander|chief|head|boss|ringleader|leaders|commanders|chiefs|heads|"
                                     "bosses|ringleaders");
    }
    /* The group: "of X", a possessor "X's", or a premodifier "X commander". */
    int grp = -1, grp_dir = 1;
    int place_noun = type == TL_LOCATED_IN;
    /* "a Russian citizen of Azerbaijani descent, X": the of-phrase is not the group */
    if (tl_fact_is(s, after, "of") && type != TL_ORIGIN) {
        int m = tl_fact_ment_from(s, after + 1, NULL);
        if (m >= 0 && tl_fact_wl(s, s->ms[m].te, WL_DESCENT_ORIGIN_ORIGINS_ETC))
            after = s->ms[m].te + 1;
    }
    /* "the Secretary General of NATO", "the party's general secretary"
     * lead */
    if (type == TL_MEMBER_OF && tl_fact_is(s, i, "secretary")) {
        if (tl_fact_is(s, after, "general")) after++, type = TL_LEADER_OF;
        else if (i > s->sb && tl_fact_is(s, i - 1, "general")) type = TL_LEADER_OF;
        /* (a secretary is a person: "Mr. PACE (Secretary of the
         * Commission)" is no part of it, however the name was typed) */
        hmask = ROLE_MASK[type][hr] & P_, gmask = ROLE_MASK[type][gr];
    }
    /* "U.S. Secretary of State X", "the Secretary of Homeland Security, X":
     * a portfolio in capitals that names no body is part of the title */
    if (type == TL_MEMBER_OF && tl_fact_is(s, i, "secretary") && (s->d->tokens[i].flags & TL_TOK_UPPER) &&
        tl_fact_is(s, after, "of")) {
        /* (a body follows "the": "Secretary of the Treasury"; the
         * portfolio may hold a name the recognizer found, "Health and
         * Human Services", but not a country's) */
        uint32_t q = after + 1;
        while (q < s->se && q < after + 6 &&
               ((s->d->tokens[q].flags & TL_TOK_UPPER) || (q > after + 1 && tl_fact_w(s, q, "and|of"))) &&
               !tl_fact_w(s, q, "the|'s|\u2019s")) {
            int o = tl_fact_ment_at(s, q);
            if (o >= 0 && (s->ms[o].type == TL_PERSON || is_country(s, o))) break;
            q++;
        }
        if (q > after + 1) after = q;
    }
    /* "Director General of X": a title word after the noun is part of it */
    if (!place_noun && (type == TL_LEADER_OF || type == TL_MEMBER_OF) && after < s->se &&
        (s->d->tokens[after].flags & TL_TOK_UPPER) &&
        tl_fact_w(s, after, TL_CUE_OFFICE_MODIFIERS) && tl_fact_is(s, after + 1, "of"))
        after++;
    /* "a spokeswoman for X", "an analyst at X": a member's group also
     * follows these */
    int of = tl_fact_is(s, after, "of") ||
             ((type == TL_LEADER_OF || type == TL_MEMBER_OF) && tl_fact_w(s, after, "for|at|with")) ||
             /* "a commander in the Qassam Brigades" (an organization: "a
              * commander in Syria" is where he serves) */
             ((type == TL_LEADER_OF || type == TL_MEMBER_OF) && tl_fact_is(s, after, "in") &&
              ((tl_fact_ment_from(s, after + 1, NULL) >= 0 && s->ms[tl_fact_ment_from(s, after + 1, NULL)].type == TL_ORG) ||
               org_named_after_noun(s, after + 1) >= 0)) ||
             (type == TL_ASSOCIATE_OF && tl_fact_is(s, after, "to")) || /* "an aide to X" */
             /* "a middleman for X" */
             (type == TL_ASSOCIATE_OF && tl_fact_is(s, after, "for") &&
              tl_fact_w(s, i, "middleman|middlemen|intermediary|intermediaries|go-between|fixer|bagman")) ||
             /* "worked as a driver for Osama bin Laden" (a person's: "a
              * driver for Uber" works for a firm) */
             (type == TL_ASSOCIATE_OF && tl_fact_is(s, after, "for") &&
              tl_fact_w(s, i, "driver|chauffeur|bodyguard|bodyguards|aide|adviser|advisor|confidant|interpreter|"
                              "translator|secretary") &&
              tl_fact_ment_from(s, after + 1, NULL) >= 0 &&
              s->ms[tl_fact_ment_from(s, after + 1, NULL)].type == TL_PERSON) ||
             (type == TL_SUPPORTS && tl_fact_is(s, after, "for"));     /* "a money launderer for X" */
    int of_grp = 0;
    if (of && !place_noun && (type == TL_LEADER_OF || type == TL_MEMBER_OF) && tl_fact_ment_from(s, after + 1, NULL) < 0) {
        int o = office_part_org(s, after + 1);
        if (o >= 0) {
            grp = o;
            after = s->ms[o].te;
            type = TL_MEMBER_OF;
            gmask = ROLE_MASK[type][gr];
            hmask = ROLE_MASK[type][hr];
        }
    }
    /* "the leader of a cell of the Gulf Cartel", "the head of Hezbollah's
     * southern unit": who leads an unnamed part of a body is its member */
    if (of && !place_noun && grp < 0 && (type == TL_LEADER_OF || type == TL_MEMBER_OF) && tl_fact_is(s, after, "of")) {
        int o = unnamed_part_owner(s, after);
        if (o >= 0) {
            grp = o;
            type = TL_MEMBER_OF;
            also_leads = 0;
            gmask = ROLE_MASK[type][gr];
            hmask = ROLE_MASK[type][hr];
        }
    }
    if (of && !place_noun && grp < 0) {
        uint32_t k;
        grp = tl_fact_ment_from(s, after + 1, &k);
        /* "membership in a foreign terrorist organization, the
         * self-proclaimed Donetsk People's Republic": the body the
         * apposition names */
        if (grp < 0 && (type == TL_MEMBER_OF || type == TL_LEADER_OF || type == TL_SUPPORTS))
            grp = org_named_after_noun(s, after + 1);
        /* "the son of jailed drug lord X", "an ally of jailed Kremlin
         * critic X": kin and allies are people's, and a person named
         * after a few words of title is the one (a body before the title
         * only qualifies it) */
        if ((type == TL_FAMILY_OF || type == TL_ASSOCIATE_OF) && (grp < 0 || s->ms[grp].type != TL_PERSON)) {
            int p = grp >= 0 ? title_person(s, grp) : person_after_title(s, after + 1);
            if (p >= 0) grp = p;
        }
        /* "part of an ISIS cell nicknamed the Beatles": of the part named */
        if (grp >= 0 && (type == TL_MEMBER_OF || type == TL_LEADER_OF || type == TL_PART_OF)) {
            int part = tl_fact_named_part(s, grp);
            if (part >= 0) grp = part;
        }
        /* "a top aide to the leader of X, Y", "an ally of the cartel's
         * leader, Y": the person the apposition names */
        if (type == TL_ASSOCIATE_OF && tl_fact_w(s, after, "to|of") &&
            (grp < 0 || tl_fact_w(s, s->ms[grp].te, "'s|\u2019s|'|\u2019")))
            grp = tl_fact_titled_person_to(s, after + 1);
        /* "an aide to former Afghan Prime Minister X": the person the
         * nationality's title phrase names */
        if (grp >= 0 && type == TL_ASSOCIATE_OF && s->ms[grp].type == TL_NORP) grp = tl_fact_title_name_after(s, grp);
        /* "a leader of the syndicate's Boston clique": a place before a
         * unit's noun names where the unit is; the body is the possessor */
        /* ("the Islamic State's Somali branch": a nationality as well) */
        if (grp >= 0 && (type == TL_LEADER_OF || type == TL_MEMBER_OF) &&
            (s->ms[grp].type == TL_GPE || s->ms[grp].type == TL_NORP) && s->ms[grp].te < s->se &&
            tl_fact_w(s, s->ms[grp].te, "clique|cell|cells|chapter|branch|unit|faction|wing|crew|affiliate|province|arm")) {
            uint32_t b = s->ms[grp].tb;
            int ps = b > s->sb + 1 && tl_fact_w(s, b - 1, "'s|\u2019s") ? tl_fact_ment_ending(s, b - 2) : -1;
            if (ps < 0 && b > s->sb) {
                int q = s->at[b - 1 - s->sb];
                if (q >= 0 && s->ms[q].pron == TL_PRON_POSS) ps = q; /* "its Boston clique" */
            }
            /* (the head of a part is a member of the whole, as
             * part_leaders in tl_fact_aff.c reads it) */
            if (ps >= 0 && s->ms[ps].type == TL_ORG) {
                grp = ps;
                if (type == TL_LEADER_OF) {
                    type = TL_MEMBER_OF;
                    gmask = ROLE_MASK[type][gr];
                    hmask = ROLE_MASK[type][hr];
                }
            }
            else if (s->ms[grp].type == TL_GPE && tl_fact_w(s, s->ms[grp].te, "clique|cell|cells|chapter|branch|unit|faction|wing|crew"))
                grp = -1; /* ("the governor of Herat province" governs Herat) */
        }
        /* "a founder of Hamas's military wing, the Qassam Brigades": the
         * part the apposition names */
        if (grp >= 0 && s->ms[grp].type == TL_ORG && s->ms[grp].te + 3 < s->se &&
            tl_fact_w(s, s->ms[grp].te, "'s|\u2019s")) {
            uint32_t q = s->ms[grp].te + 1;
            while (q < s->se && q < s->ms[grp].te + 4 && tl_fact_ment_at(s, q) < 0 && tl_fact_tag(s, q) == TL_POS_ADJ) q++;
            if (q + 2 < s->se && tl_fact_w(s, q, "wing|cell|branch|unit|faction|affiliate|division|arm") &&
                tl_fact_is(s, q + 1, ",")) {
                uint32_t n = tl_fact_is(s, q + 2, "the") ? q + 3 : q + 2;
                int p = tl_fact_ment_at(s, n);
                if (p >= 0 && s->ms[p].tb == n && s->ms[p].type == TL_ORG && !s->ms[p].pron) grp = p;
            }
        }
        /* "the leader of Ecuador's most powerful gang, Los Choneros": the
         * state's body, by the name after it */
        if (grp >= 0 && s->ms[grp].type == TL_GPE && !s->ms[grp].pron) {
            int b = possessed_body(s, grp);
            if (b != -2) grp = b;
        }
        of_grp = grp >= 0;
        if (grp >= 0) {
            after = s->ms[grp].te;
            /* "a member of the Trickbot group, X,": the band's noun ends
             * the phrase */
            if (after + 1 < s->se && tl_fact_w(s, after, TL_FACT_BAND_NOUNS) &&
                tl_fact_is(s, after + 1, ","))
                after++;
            /* ("the head of the Lafarge cement company, X,": a trade's
             * word before the company's noun) */
            else if (after + 2 < s->se && tl_fact_tag(s, after) == TL_POS_NOUN && tl_fact_ment_at(s, after) < 0 &&
                     tl_fact_w(s, after + 1, "company|firm|corporation|conglomerate") && tl_fact_is(s, after + 2, ","))
                after += 2;
            if (!tl_fact_type_ok(s, grp, gmask)) grp = norp_as_gpe(s, grp, gmask);
            if (grp >= 0 && !tl_fact_type_ok(s, grp, gmask)) grp = -1;
        }
    }
    if (place_noun) {
        /* (a word of a name is no noun of it: "the Czech Republic") */
        if (tl_fact_ment_at(s, i) >= 0) return;
        /* "the Azeri city of Lankaran": of-arg is the entity, premod the place;
         * "X, a town in Y": holder left, "in Y". */
        int ent = -1, place = -1;
        /* ("the Islamic republic of Iran", "the territory of Y" name the
         * state itself, as "the city of Y" does, and hold nothing) */
        if (tl_fact_is(s, after, "of") && tl_fact_w(s, i, "republic|territory|enclave")) return;
        if (tl_fact_is(s, after, "of")) ent = tl_fact_ment_from(s, after + 1, NULL);
        if (ent >= 0 && s->ms[ent].type != TL_GPE && s->ms[ent].type != TL_FAC) ent = -1;
        if (ent >= 0) {
            if (premod >= 0 && s->ms[premod].type != TL_NORP && tl_fact_type_ok(s, ent, G_ | L_) &&
                (is_country(s, ent) || tl_fact_w(s, s->ms[ent].te, TL_CUE_DIVISION_NOUNS) ||
                 /* an administrative unit's noun: its name is the unit's
                  * ("the Kessel district of X"); a town's may be the
                  * holder's ("the West Bank city of Hebron") */
                 (tl_fact_w(s, i, "district|province|region|governorate|oblast|prefecture|county|subdistrict|"
                                  "department|canton|municipality|tehsil|commune|parish|borough") &&
                  /* (unless the premodifier is a city or bigger that
                   * outranks the of-phrase: "the Brussels district of
                   * Molenbeek" names the district after "of") */
                  !(tl_fact_place_rank(s, premod) >= 2 && tl_fact_place_rank(s, premod) > tl_fact_place_rank(s, ent))) ||
                 /* ("the Shujaiya neighborhood of Gaza City"; but "the
                  * Siberian city of Omsk" names the city after "of") */
                 (s->ms[premod].type == TL_GPE && tl_fact_place_rank(s, ent) >= 2 &&
                  tl_fact_place_rank(s, ent) > tl_fact_place_rank(s, premod) &&
                  !tl_fact_w(s, i, "city|capital|port"))) &&
                !is_country(s, premod)) {
                /* "the Astara district of Azerbaijan", "the Shinwar district
                 * of Nangarhar province", "the Bakara district of
                 * Mogadishu": the name is the district, the of-phrase the
                 * country, division or bigger city that holds it (while in
                 * "the West Bank city of Hebron" and "the Paris suburb of
                 * Argenteuil" the of-phrase names the place itself) */
                emit(s, TL_LOCATED_IN, premod, ent, -1, -1, i, 0);
                return;
            }
            /* "Bunia, the provincial capital of Ituri", "the capital of
             * Ituri, Bunia": a capital named apart from its noun lies in
             * the place after "of" (with no place before the noun: "the
             * Afghan capital of Kabul" names the capital after "of") */
            if (premod < 0 && poss < 0 && tl_fact_is(s, i, "capital") && tl_fact_type_ok(s, ent, G_ | L_)) {
                int h = np_holder_left(s, st, G_ | L_);
                if (h < 0 && tl_fact_is(s, s->ms[ent].te, ",")) h = np_holder_right(s, s->ms[ent].te, 1, G_);
                if (h >= 0 && s->ms[h].type == TL_GPE && s->ms[h].ent != s->ms[ent].ent)
                    emit(s, TL_LOCATED_IN, h, ent, -1, -1, i, 0);
                return;
            }
            place = premod >= 0 ? premod : poss;
            /* "the Spanish city of Malaga": a people's adjective right
             * before the place noun is the country the place lies in, the
             * country's entity where the text names it (not "the
             * Russian-occupied city of Luhansk") */
            if (place >= 0 && s->ms[place].type == TL_NORP && s->ms[place].te == (uint32_t)i && !s->ms[place].mod) {
                int e = tl_fact_country_entity(s, s->ms[place].ent);
                place = e >= 0 ? tl_fact_virtual(s, place, e, TL_GPE) : -1;
                if (place >= 0) emit(s, TL_LOCATED_IN, ent, place, -1, -1, i, 0);
                return;
            }
            place = norp_as_gpe(s, place, G_ | L_);
            if (place >= 0) emit(s, TL_LOCATED_IN, ent, place, -1, -1, i, 0);
            return;
        }
        int h = np_holder_left(s, st, ROLE_MASK[type][0]);
        /* "Chechnya is a predominantly Muslim Russian republic in Y": the
         * phrase's start past a second people's name and adverbs before
         * the first */
        if (h < 0 && premod >= 0 && s->ms[premod].type == TL_NORP) {
            uint32_t b = st;
            for (int n = 0; n < 4 && b > s->sb; n++) {
                int q = tl_fact_ment_ending(s, b - 1);
                if (q >= 0 && s->ms[q].type == TL_NORP && !s->ms[q].pron) b = s->ms[q].tb;
                else if (tl_fact_tag(s, b - 1) == TL_POS_ADV || tl_fact_tag(s, b - 1) == TL_POS_ADJ) b--;
                else break;
            }
            if (b < st && b > s->sb && tl_fact_wl(s, b - 1, WL_DETS)) h = np_holder_left(s, b - 1, ROLE_MASK[type][0]);
        }
        /* "Luton resident X", "a Brooklyn man, X,": the name after the noun */
        if (h < 0 && premod >= 0)
            h = np_holder_right(s, i + 1, tl_fact_w(s, i, "resident|" TL_TRIG_HOME_NOUNS "|" TL_TRIG_FIRM_NOUNS),
                                ROLE_MASK[type][0]);
        if (h < 0) return;
        place = -1;
        /* "a Kenya resident" lives there.  A man or a woman does only
         * where the town is right before the noun: "a Brooklyn man", not
         * "the richest man in X", "a Russian man", "a U.S. businessman". */
        int resident = !tl_fact_w(s, i, TL_TRIG_HOME_NOUNS);
        if (resident && tl_fact_wl(s, i + 1, WL_IN_OF_NEAR_ETC)) place = tl_fact_ment_from(s, i + 2, NULL);
        if (place < 0 && premod >= 0 &&
            (resident || (s->ms[premod].te == i && s->ms[premod].type == TL_GPE && !is_country(s, premod) &&
                          !memchr(s->low[i - 1 - s->sb], '-', s->len[i - 1 - s->sb])))) /* "an Asian-American woman" */
            place = norp_as_gpe(s, premod, G_ | L_);
        if (place >= 0 && tl_fact_type_ok(s, place, G_ | L_)) {
            emit(s, TL_LOCATED_IN, h, place, -1, -1, i, 0);
            /* "a town in X, Y": the region lies in the country too. */
            if (tl_fact_is(s, s->ms[place].te, ",")) {
                int p2 = tl_fact_ment_from(s, s->ms[place].te + 1, NULL);
                if (p2 >= 0 && tl_fact_type_ok(s, p2, G_ | L_)) {
                    emit(s, TL_LOCATED_IN, h, p2, -1, -1, i, 0);
                    emit(s, TL_LOCATED_IN, place, p2, -1, -1, i, 0);
                }
            }
        }
        return;
    }
    if (grp < 0 && poss >= 0) grp = norp_as_gpe(s, poss, gmask), grp_dir = -1;
    /* "Hamas ally Hezbollah", "Putin associate X": a name of a person or
     * group before the noun is the other side */
    if (grp < 0 && premod >= 0 && type == TL_ASSOCIATE_OF && !t->premod && tl_fact_type_ok(s, premod, P_ | O_) &&
        np_holder_right(s, i + 1, 0, ROLE_MASK[type][hr]) >= 0)
        grp = premod, grp_dir = -1;
    /* "Kremlin critic X": the target right before the noun, a body or a
     * person ("the Berlin music critic X" opposes no Berlin) */
    if (type == TL_OPPOSES && premod >= 0 && (s->ms[premod].te != i || s->ms[premod].type == TL_GPE ||
                                              s->ms[premod].type == TL_NORP))
        premod = -1;
    /* "Hezbollah financier X", "an ISIS financier": a body's name right
     * before a noun of support is whom the holder supports (a
     * nationality or a place is not: "a Lebanese financier") */
    if (grp < 0 && premod >= 0 && !t->premod && type == TL_SUPPORTS && s->ms[premod].type == TL_ORG &&
        s->ms[premod].te == i && !s->ms[premod].pron) {
        grp = premod;
        grp_dir = -1;
    }
    if (grp < 0 && premod >= 0 && t->premod) {
        grp = premod;
        if (!tl_fact_type_ok(s, grp, gmask)) grp = norp_as_gpe(s, grp, gmask);
        grp_dir = -1;
    }
    /* (one plain word before the noun: "were business partners", "are
     * close friends") */
    uint32_t st1 = st == i || (st + 1 == i && premod < 0 && poss < 0 && tl_fact_ment_at(s, st) < 0 &&
                               !tl_fact_wl(s, st, WL_DETS)) ? st : i + 1;
    if (grp < 0 && st1 <= i && st1 > s->sb + 2 && tl_fact_w(s, st1 - 1, "are|were") &&
        s->d->text[s->d->tokens[i].end - 1] == 's' &&
        (type == TL_FAMILY_OF ||
         (type == TL_ASSOCIATE_OF &&
          tl_fact_w(s, i, "partners|associates|allies|friends|accomplices|co-conspirators|coconspirators|confidants")) ||
         (type == TL_OPPOSES && tl_fact_w(s, i, "rivals|enemies|adversaries|foes|arch-rivals|archrivals")))) {
        st = st1;
        /* "X and Y are brothers", "X and Y were business partners": the
         * plural noun of kin or of company joins the people of the
         * coordinated subject; "X and Y are allies", "are bitter rivals":
         * bodies and states too, each the other's opponent */
        int y = tl_fact_ment_ending(s, st - 2), l[4];
        if (y < 0 || s->ms[y].pron) return;
        int people = s->ms[y].type == TL_PERSON;
        if ((!people && !(type == TL_OPPOSES || tl_fact_is(s, i, "allies"))) ||
            !tl_fact_type_ok(s, y, ROLE_MASK[type][0]))
            return;
        if (type == TL_OPPOSES || !people) {
            /* (two sides, of any two kinds: "Hamas and Israel") */
            uint32_t k0 = s->ms[y].tb;
            if (k0 > s->sb + 2 && tl_fact_is(s, k0 - 1, "the")) k0--;
            int x = k0 > s->sb + 1 && tl_fact_is(s, k0 - 1, "and") ? tl_fact_ment_ending(s, k0 - 2) : -1;
            if (x < 0 || s->ms[x].pron || s->ms[x].ent == s->ms[y].ent || !tl_fact_type_ok(s, x, ROLE_MASK[type][0]))
                return;
            emit(s, type, x, y, -1, -1, i, 0);
            if (type == TL_OPPOSES) emit(s, type, y, x, -1, -1, i, 0);
            return;
        }
        size_t n = coord(s, y, -1, ROLE_MASK[type][0], l, 4);
        for (size_t p = 0; p < n; p++)
            if (l[p] != y) emit(s, type, l[p], y, -1, -1, i, 0);
        return;
    }
    if (grp < 0 || !tl_fact_type_ok(s, grp, gmask)) {
        /* "of Azerbaijani descent": the NORP is a plain premodifier */
        return;
    }
    /* "holds Azerbaijani and Russian citizenship": the holder is left of
     * all the coordinated premodifiers */
    /* (only names in a row: "X, a Hezbollah affiliate" is an apposition) */
    while (premod >= 0 && grp == premod && st > s->sb + 1 && s->at[st - s->sb] >= 0 && s->ms[s->at[st - s->sb]].tb == st &&
           (tl_fact_wl(s, st - 1, WL_AND_OR) || tl_fact_is(s, st - 1, ","))) {
        int pm = tl_fact_ment_ending(s, st - 2);
        if (pm < 0 || s->ms[pm].type != s->ms[premod].type) break;
        st = s->ms[pm].tb;
    }
    /* The holder: right-adjacent name, else apposition or copular subject. */
    /* "the leader of X, Y": after a definite noun phrase that is not itself
     * an apposition, a name set off by a comma is its holder. */
    int def_of = of_grp && tl_fact_is(s, st, "the") && !(st > s->sb && tl_fact_is_punct(s, st - 1));
    /* "part of Y": an organization is a part, a person a member */
    int part_noun = type == TL_PART_OF && tl_fact_is(s, i, "part");
    if (part_noun) hmask |= P_;
    /* "An affiliate of X, Y, said": a phrase opening the sentence is an
     * apposition of the name after it */
    /* ("As a close associate of X, Y ...": the same after "as") */
    int lead = (st == s->sb || (st == s->sb + 1 && tl_fact_is(s, s->sb, "as"))) && of_grp && tl_fact_w(s, st, "a|an|the");
    /* "Under Secretary of the Treasury for Terrorism and Financial
     * Intelligence Brian Nelson": an office's portfolio in capitals after
     * "for" is part of the title, the name after it the holder */
    if (grp >= 0 && after == s->ms[grp].te && (s->d->tokens[i].flags & TL_TOK_UPPER) && tl_fact_is(s, after, "for")) {
        uint32_t q = after + 1;
        while (q < s->se && q < after + 8 && tl_fact_ment_at(s, q) < 0 &&
               ((s->d->tokens[q].flags & TL_TOK_UPPER) || (q > after + 1 && tl_fact_w(s, q, "and|of"))))
            q++;
        int m = q < s->se ? tl_fact_ment_at(s, q) : -1;
        if (q > after + 1 && m >= 0 && s->ms[m].tb == q && s->ms[m].type == TL_PERSON && !s->ms[m].pron) after = q;
    }
    int h = np_holder_right(s, after, premod >= 0 || poss >= 0 || def_of || lead, hmask);
    int hdir = 1;
    /* a name after the noun phrase or an apposition before it: the
     * relation is background; after a copula it is the claim */
    int np = h >= 0 || (st > s->sb && (tl_fact_is(s, st - 1, ",") || tl_fact_is(s, st - 1, "(")));
    /* "Its leader is X", "The group's leader was X": a copula after the
     * possessed noun and a name that ends the clause (a body's; "his
     * father was X" rests on a pronoun too weak to carry it) */
    if (h < 0 && poss >= 0 && (s->ms[poss].type == TL_ORG || s->ms[poss].type == TL_GPE) && after + 1 < s->se &&
        tl_fact_w(s, after, "is|was")) {
        int m = tl_fact_ment_at(s, after + 1);
        if (m >= 0 && s->ms[m].tb == after + 1 && !s->ms[m].pron && tl_fact_type_ok(s, m, hmask) &&
            (s->ms[m].te >= s->se || tl_fact_is_punct(s, s->ms[m].te) || tl_fact_wl(s, s->ms[m].te, WL_AND_OR)))
            h = m;
    }
    if (h < 0) {
        h = np_holder_left(s, st, hmask);
        hdir = -1;
        /* "sanctions on a Russian national it said was a member of Y": the
         * copula's subject left out after a verb of saying is the noun
         * before the speaker, a name only through its apposition ("X, a
         * solicitor it said was ..."); the speaker is never the holder */
        uint32_t v = st - 1;
        while (v > s->sb + 2 && tl_fact_w(s, v, "had|has|have|was|were|is|are|been|be")) v--;
        if (h >= 0 && v + 1 < st && tl_fact_w(s, v, "said|says|believes|believed|alleged|alleges|claimed|claims|thinks|"
                                                     "thought|suspects|suspected")) {
            uint32_t n = v - 1; /* the speaker's last word */
            int sp = tl_fact_ment_ending(s, n);
            if (sp >= 0) n = s->ms[sp].tb;
            h = -1;
            if (n > s->sb + 2 && tl_fact_ment_at(s, n - 1) < 0 && (s->d->tokens[n - 1].flags & TL_TOK_ALPHA) &&
                !(s->d->tokens[n - 1].flags & TL_TOK_UPPER))
                for (uint32_t q = n - 1; q > s->sb + 1 && q + 5 > n; q--)
                    if (tl_fact_w(s, q, "a|an|the")) {
                        int x = tl_fact_is(s, q - 1, ",") ? tl_fact_ment_ending(s, q - 2) : -1;
                        if (x >= 0 && !s->ms[x].pron && tl_fact_type_ok(s, x, hmask)) h = x;
                        break;
                    }
        }
    }
    /* "Co-founder of Y, X was arrested", "As head of Enron, Lay had": a
     * role phrase opening the sentence and set off by a comma describes
     * the subject named right after the comma */
    if (h < 0 && st <= s->sb + 1 && (st == s->sb || tl_fact_w(s, s->sb, "a|an|the|as"))) {
        for (uint32_t c = i + 1; c + 1 < s->se && c < i + 14; c++) {
            if (tl_fact_is(s, c, ",")) {
                int m = tl_fact_ment_at(s, c + 1);
                /* (a name: a pronoun there is resolved too loosely) */
                if (m >= 0 && s->ms[m].tb == c + 1 && !s->ms[m].pron && s->ms[m].type == TL_PERSON &&
                    tl_fact_type_ok(s, m, hmask) && s->ms[m].te < s->se && !tl_fact_is(s, s->ms[m].te, ",")) {
                    h = m;
                    hdir = 1;
                    np = 1; /* an apposition: background */
                }
                break;
            }
            if (tl_fact_is_punct(s, c) || tl_fact_is_verbish(s, c) || tl_fact_wl(s, c, WL_THAT_WHO_WHICH)) break;
        }
    }
    /* "X was accused of membership in Y", "X was convicted of
     * membership of Y": the noun after a verb of the courts is the
     * subject's */
    if (h < 0 && (type == TL_MEMBER_OF || type == TL_LEADER_OF) && st > s->sb + 1 && tl_fact_w(s, st - 1, "of|with|for")) {
        int x = find_subj(s, st - 1, hmask);
        if (gerund_doer(s, x, st - 1)) h = x;
    }
    if (h < 0 && type == TL_ORIGIN && st > s->sb && tl_fact_is(s, st - 1, "of")) {
        /* "X, of Azerbaijani descent," / "X is of Azerbaijani origin"; not
         * a noun's ("father of the student of Moroccan origin") */
        h = np_holder_left(s, st - 1, hmask);
        if (h < 0 && st >= s->sb + 2 && tl_fact_wl(s, st - 2, WL_BE)) h = find_subj(s, st - 1, hmask);
        /* "X, an 18-year-old of Chechen origin,", "X, a Russian citizen of
         * Azerbaijani descent" */
        for (uint32_t q = st - 1, n = 0; h < 0 && q > s->sb + 1 && n < 4; n++) {
            q--;
            if (tl_fact_w(s, q, "a|an")) {
                h = np_holder_left(s, q, hmask);
                break;
            }
            int m = tl_fact_ment_at(s, q);
            if ((m >= 0 && s->ms[m].type != TL_NORP) || tl_fact_is_punct(s, q) || tl_fact_wl(s, q, WL_PREPS)) break;
        }
    }
    if (h < 0) return;
    if (part_noun && s->ms[h].type == TL_PERSON) type = TL_MEMBER_OF;
    /* "a lieutenant of the Sinaloa cartel", "the cartel's henchmen": the
     * second of a body, not of a person, is one of its members */
    if (type == TL_ASSOCIATE_OF && s->ms[h].type == TL_PERSON && s->ms[grp].type == TL_ORG &&
        tl_fact_w(s, i, "lieutenant|lieutenants|henchman|henchmen|deputy|deputies|bodyguard|bodyguards|chauffeur|driver|"
                        "fixer|bagman"))
        type = TL_MEMBER_OF;
    /* "a middleman for Hezbollah": one who brokers for a body serves it */
    if (type == TL_ASSOCIATE_OF && s->ms[h].type == TL_PERSON && s->ms[grp].type == TL_ORG &&
        tl_fact_w(s, i, "middleman|middlemen|intermediary|intermediaries|go-between"))
        type = TL_SUPPORTS;
    int a[2] = {-1, -1};
    a[hr] = h;
    a[gr] = grp;
    /* "X succeeded Y as leader of Z in 2011" (below): Y's lead is
     * background, undated by the succession's date */
    int succession = hdir < 0 && hr == 0 && st > s->sb + 1 && tl_fact_is(s, st - 1, "as") && s->ms[h].te == st - 1 &&
                     s->ms[h].tb > s->sb &&
                     tl_fact_w(s, s->ms[h].tb - 1, "succeeded|succeeds|succeed|succeeding|replaced|replaces|replace|replacing");
    s->np = (uint8_t)(np || succession);
    s->own_noun = (uint8_t)tl_fact_w(s, i, TL_CUE_POSSESSED_PERSON_NOUNS);
    /* "His cousin, A, 29, and B, 30, were accused": a singular noun of
     * kin or circle set off before its name is that one name's */
    {
        uint32_t r = i - s->sb;
        if (s->own_noun && hdir > 0 && (s->len[r] < 2 || s->low[r][s->len[r] - 1] != 's' || s->low[r][s->len[r] - 2] == 's') &&
            tl_fact_is(s, i + 1, ","))
            s->lone_role = (uint8_t)(hr + 1);
    }
    emit_coord(s, type, a[0], hr == 0 ? hdir : grp_dir, a[1], hr == 1 ? hdir : grp_dir, -1, -1, i, 0);
    s->own_noun = 0;
    s->lone_role = 0;
    s->np = (uint8_t)np;
    if (also_leads && type == TL_MEMBER_OF)
        emit_coord(s, TL_LEADER_OF, a[0], hr == 0 ? hdir : grp_dir, a[1], hr == 1 ? hdir : grp_dir, -1, -1, i, 0);
    /* "X succeeded Y as leader of Z": the role passed from Y to X, who
     * holds it too */
    if (succession) {
        int x = find_subj(s, s->ms[h].tb - 1, hmask);
        if (x >= 0 && x != h) emit_coord(s, type, x, -1, grp, grp_dir, -1, -1, s->ms[h].tb - 1, 0);
    }
    /* "a dual British-Iranian national": each nationality of the joined
     * pair is a citizenship (without "dual" the pair may tell an origin) */
    if (type == TL_CITIZEN_OF && hr == 0 && premod >= 0 && s->ms[premod].tb > s->sb &&
        tl_fact_is(s, s->ms[premod].tb - 1, "dual"))
        for (int o = 0; o < s->nm; o++)
            if (o != premod && !s->ms[o].virt && (s->ms[o].type == TL_NORP || s->ms[o].type == TL_GPE) &&
                s->ms[o].tb == s->ms[premod].tb) /* "a dual US-Iranian citizen" */
                emit(s, type, h, norp_as_gpe(s, o, gmask), -1, -1, i, 0);
    s->np = 0;
}

/* The verbs that impose sanctions ("X imposed new sanctions on Y"). */
#define IMPOSE_VERBS                                                                                         \
    "impose|imposes|imposed|imposing|announce|announces|announced|announcing|slap|slaps|slapped|slapping|" \
    "levy|levies|levied|levying|launch|launches|launched|launching|tighten|tightens|tightened|tightening|"  \
    "expand|expands|expanded|extended|place|places|placed|placing|put|puts|putting|enact|enacts|enacted|enacting|" \
    "adopt|adopts|adopted|adopting"

/* "X was killed in an Israeli strike", "X died in a US drone strike": an
 * attack noun whose phrase (starting at st) follows "in" after a verb of
 * harm, the harmed named as that verb's subject.  The mention, or -1. */
#define HARM_VERBS "killed|wounded|injured|hurt|died|assassinated|eliminated|targeted|hit|maimed"
static int harmed_in(const tl_fsent *s, uint32_t st, uint32_t mask, int *also) {
    *also = -1;
    if (st < s->sb + 3 || !tl_fact_is(s, st - 1, "in")) return -1;
    uint32_t v = st - 2;
    /* "was killed alongside Iranian general Y in a U.S. drone strike": Y
     * was harmed in it too */
    int m = tl_fact_ment_ending(s, st - 2);
    if (m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_PERSON) {
        uint32_t q = s->ms[m].tb;
        for (int n = 0; q > s->sb + 2 && n < 3 && !tl_fact_w(s, q - 1, "alongside|with"); n++) q--;
        if (q > s->sb + 2 && tl_fact_w(s, q - 1, "alongside|with") && tl_fact_w(s, q - 2, HARM_VERBS)) {
            v = q - 2;
            if (tl_fact_type_ok(s, m, mask)) *also = m;
        }
    }
    if (!tl_fact_w(s, v, HARM_VERBS)) return -1;
    return find_subj(s, v, mask);
}

static void frame_event(tl_fsent *s, const tl_trig *t, uint32_t i) {
    int type = t->type;
    int premod, poss;
    uint32_t st = np_start(s, i, &premod, &poss);
    /* "blamed the attack on X": X is the one blamed (tl_fact_evc.c), no
     * target */
    if (type == TL_ATTACKED && st > s->sb && tl_fact_w(s, st - 1, "blamed|blames|blame|blaming") &&
        tl_fact_is(s, i + 1, "on"))
        return;
    /* "blame the murder of Y on X": X is the attacker blamed */
    if (type == TL_ATTACKED && st > s->sb && tl_fact_w(s, st - 1, "blamed|blames|blame|blaming") &&
        tl_fact_is(s, i + 1, "of")) {
        int y = tl_fact_ment_from(s, i + 2, NULL);
        if (y < 0 || s->ms[y].pron || !tl_fact_type_ok(s, y, ROLE_MASK[type][1]) || s->ms[y].tb > i + 4) return;
        uint32_t e = s->ms[y].te;
        if (!tl_fact_is(s, e, "on")) return;
        int x = tl_fact_ment_from(s, e + 1, NULL);
        if (x < 0 || s->ms[x].pron || s->ms[x].tb > e + 3 || !tl_fact_type_ok(s, x, ROLE_MASK[type][0])) return;
        emit(s, type, x, y, -1, -1, i, t->status);
        return;
    }

    /* "Y kept X under surveillance", "X was placed under surveillance by
     * Y": whom a verb puts under it is watched, by the verb's subject or
     * the passive's agent */
    if (type == TL_SPIED_ON && i >= s->sb + 2 && tl_fact_is(s, i - 1, "under") && tl_fact_is(s, i, "surveillance")) {
        const uint32_t pm = ROLE_MASK[type][1], sm = ROLE_MASK[type][0];
        int x = tl_fact_ment_ending(s, i - 2), y = -1;
        uint32_t v = x >= 0 ? s->ms[x].tb : i - 1;
        if (v > s->sb && tl_fact_w(s, v - 1, "kept|keeps|keep|keeping|placed|places|place|placing|put|puts|putting|had|has")) {
            if (x >= 0 && tl_fact_type_ok(s, x, pm) && !tl_fact_wl(s, v - 2, WL_BE)) y = find_subj(s, v - 1, sm);
        } else {
            /* the passive: "X was (placed) under surveillance (by Y)" */
            uint32_t b = i - 1;
            if (b > s->sb && tl_fact_w(s, b - 1, "placed|kept|put")) b--;
            if (b > s->sb && tl_fact_wl(s, b - 1, WL_BE)) {
                x = find_subj(s, b - 1, pm);
                if (i + 2 < s->se && tl_fact_is(s, i + 1, "by")) y = tl_fact_ment_from(s, i + 2, NULL);
                if (y >= 0 && (s->ms[y].tb > i + 3 || !tl_fact_type_ok(s, y, sm))) y = -1;
            } else {
                x = -1;
            }
        }
        if (x >= 0 && y >= 0 && s->ms[x].ent != s->ms[y].ent) emit(s, type, y, x, -1, -1, i, 0);
        return;
    }
    int args[4] = {-1, -1, -1, -1};
    uint32_t lv_from = i; /* where a light verb before the noun is sought from */
    /* "an Israeli strike", "Iranian funding": a nationality acts for its
     * state */
    if ((type == TL_ATTACKED || type == TL_SUPPORTS) && premod >= 0 && poss < 0 && t->subj >= 0 && t->subj <= 1 &&
        !tl_fact_type_ok(s, premod, ROLE_MASK[type][t->subj])) {
        /* right before the noun it is the noun's side ("Iranian funding") */
        int32_t e = s->ms[premod].type == TL_NORP && s->ms[premod].te == i ? tl_fact_country_entity(s, s->ms[premod].ent) : -1;
        premod = e >= 0 ? tl_fact_virtual(s, premod, e, TL_GPE) : norp_as_gpe(s, premod, ROLE_MASK[type][t->subj]);
    }
    if (t->obj >= 0 && tl_fact_is(s, i + 1, "of")) {
        int m = tl_fact_ment_from(s, i + 2, NULL);
        /* "the shooting of a senior police officer, X,": the person named
         * in apposition (find_dobj reads it so after a verb) */
        if (m < 0 && (ROLE_MASK[type][t->obj] & P_) && tl_fact_w(s, i + 2, "a|an")) m = find_dobj(s, i + 1, P_);
        /* "the assassination of Ukrainian President X": the person */
        if (m >= 0 && (ROLE_MASK[type][t->obj] & P_)) m = norp_titled_person(s, m, ROLE_MASK[type][t->obj]);
        /* ("the assassination of Haiti's president, X") */
        if (m >= 0 && (ROLE_MASK[type][t->obj] & P_) && (s->ms[m].type == TL_GPE || s->ms[m].type == TL_ORG)) {
            int p = possessed_title_person(s, m);
            if (p >= 0) m = p;
        }
        /* "the arrest of Hezbollah operative X": the person */
        if (m >= 0 && s->ms[m].type == TL_ORG && (ROLE_MASK[type][t->obj] & P_)) {
            int p = title_person(s, m);
            if (p >= 0) m = p;
        }
        if (tl_fact_type_ok(s, m, ROLE_MASK[type][t->obj])) args[t->obj] = m;
    }
    /* "carried out the 2008 Mumbai attacks", "the Westgate mall attack":
     * a town's or a site's name before the noun is where it struck, the
     * target, as "attacked Mumbai" (a country's, "a US strike", is the
     * side that struck) */
    if (type == TL_ATTACKED && poss < 0 && premod >= 0 && s->ms[premod].te == i && !s->ms[premod].pron &&
        (s->ms[premod].type == TL_FAC || (s->ms[premod].type == TL_GPE && tl_fact_place_rank(s, premod) < 4)) &&
        tl_fact_type_ok(s, premod, ROLE_MASK[type][1])) {
        args[1] = premod;
        lv_from = s->ms[premod].tb; /* the light verb comes before the name */
        premod = -1;
    }
    /* The possessor: the agent ("Iran's support for X"), or for events whose
     * subject slot is not core, the patient ("X's extradition"). */
    if (poss >= 0) {
        if (t->subj >= 0 && t->subj <= 1 && tl_fact_type_ok(s, poss, ROLE_MASK[type][t->subj])) args[t->subj] = poss;
        else if (t->obj >= 0 && args[t->obj] < 0 && tl_fact_type_ok(s, poss, ROLE_MASK[type][t->obj])) args[t->obj] = poss;
    } else if (premod >= 0 && t->subj >= 0 && t->subj <= 1 && tl_fact_type_ok(s, premod, ROLE_MASK[type][t->subj])) {
        args[t->subj] = premod;
    }
    if (t->subj >= 0 && args[t->subj] < 0) {
        int m = by_agent(s, i, ROLE_MASK[type][t->subj]);
        if (m >= 0) args[t->subj] = m;
    }
    /* "X withdrew its support for Y", "cut off funding to Y": support
     * ended says nothing of support now (nor does it name who gave it
     * before, which the words before say if anything) */
    if (type == TL_SUPPORTS && st > s->sb &&
        tl_fact_w(s, st - 1 - (st > s->sb + 1 && tl_fact_w(s, st - 1, "off|all|any") ? 1 : 0),
                  "withdrew|withdraw|withdraws|withdrawn|withdrawing|ended|ends|end|ending|cut|cuts|cutting|"
                  "suspended|suspends|suspend|suspending|halted|halts|halt|halting|stopped|stops|stop|stopping|"
                  "dropped|drops|drop|dropping|abandoned|abandons|abandon|lost|lose|loses|losing|revoked|revokes"))
        return;
    /* "The Houthis continued their attacks on Israel", "Iran stepped up
     * its support for Hamas": a body's "its" or "their" that no one
     * resolved is the clause subject's */
    if ((type == TL_ATTACKED || type == TL_SUPPORTS || type == TL_OPPOSES) && poss < 0 && premod < 0 &&
        t->subj >= 0 && t->subj <= 1 && args[t->subj] < 0 && st > s->sb + 1 && tl_fact_w(s, st, "its|their")) {
        /* (the verb that takes the noun: "continued", "stepped up") */
        uint32_t v = st - 1;
        while (v > s->sb && v + 4 > st && tl_fact_tag(s, v) == TL_POS_PART) v--;
        int a = tl_fact_is_verbish(s, v) || tl_fact_tag(s, v) == TL_POS_VBN || tl_fact_tag(s, v) == TL_POS_VBG
                    ? find_subj(s, v, ROLE_MASK[type][t->subj] & (O_ | G_ | N_))
                    : -1;
        /* (nor for a possessor's plan, "their support for Y's efforts") */
        int o = t->prep_a && t->role_a >= 0 ? find_prep_obj(s, i, t->prep_a, ROLE_MASK[type][t->role_a]) : -1;
        if (o >= 0 && tl_fact_w(s, s->ms[o].te, "'s|\u2019s|'|\u2019")) a = -1;
        if (a >= 0 && !s->ms[a].pron) args[t->subj] = a;
    }
    /* "for his role in the assassination of Y", "X's part in the attack":
     * whose role it is (the tree frames read it too, when the parse
     * hangs the noun on "role") */
    if (type == TL_ATTACKED && t->subj == 0 && args[0] < 0 && st >= s->sb + 3 && tl_fact_is(s, st - 1, "in") &&
        tl_fact_w(s, st - 2, "role|part|involvement|participation")) {
        int m = tl_fact_poss_pron_at(s, st - 3);
        if (m < 0 && st >= s->sb + 4 && tl_fact_w(s, st - 3, "'s|\u2019s")) m = tl_fact_ment_ending(s, st - 4);
        if (m >= 0 && tl_fact_type_ok(s, m, ROLE_MASK[type][0])) args[0] = m;
    }
    if (t->prep_a && t->role_a >= 0 && args[t->role_a] < 0)
        args[t->role_a] = find_prep_obj(s, i, t->prep_a, ROLE_MASK[type][t->role_a]);
    if (t->prep_b && t->role_b >= 0 && args[t->role_b] < 0)
        args[t->role_b] = find_prep_obj(s, i, t->prep_b, ROLE_MASK[type][t->role_b]);
    /* "X faces 11 counts", "the defendants include X" (tl_fact_chg.c) */
    if (type == TL_CHARGED && args[0] < 0 && tl_fact_charge_holder(s, i, st, t->status)) return;
    if (type == TL_ATTACKED && args[0] >= 0 && args[1] < 0) {
        int also;
        int v = harmed_in(s, st, ROLE_MASK[type][1], &also);
        if (v >= 0) {
            emit_coord(s, type, args[0], 1, v, -1, -1, -1, i, t->status);
            if (also >= 0) emit(s, type, args[0], also, -1, -1, i, t->status);
            return;
        }
    }
    /* "X claimed the attack on an army base in Djibo", "the attack on an
     * army base in Djibo was claimed by X", "X planned an attack on a
     * synagogue in Halle", "was behind", "masterminded", "ordered",
     * "led": the place of the unnamed site
     * the noun's "on" names, as "attacked an army base in Djibo" (only
     * for an attack claimed or carried out: a victim killed in it, "X
     * was killed in a strike on a building in Y", is the target) */
    /* ("claimed the bombing of a hotel in Mogadishu": the site a noun of
     * bombing or storming takes with "of") */
    if (type == TL_ATTACKED && args[1] < 0 && i + 2 < s->se &&
        (tl_fact_w(s, i + 1, "on|against") ||
         (tl_fact_is(s, i + 1, "of") && tl_fact_w(s, i, "bombing|bombings|shelling|storming|siege|firebombing"))) &&
        tl_fact_wl(s, i + 2, WL_DETS) &&
        (tl_fact_light_verb(s, i, "claimed|claims|claim|claiming|responsibility|carried|carries|carry|carrying|"
                                  "launched|launches|launch|launching|conducted|conducts|conduct|staged|mounted|"
                                  "perpetrated|executed|planned|plans|plan|planning|plotted|plots|plot|plotting|"
                                  "prepared|prepares|prepare|preparing|behind|responsible|masterminded|"
                                  "masterminds|mastermind|masterminding|orchestrated|orchestrates|orchestrate|"
                                  "orchestrating|organized|organised|ordered|orders|order|ordering|directed|led|"
                                  "leads|lead|leading") != i ||
         claimed_after(s, i)))
        args[1] = object_site(s, i + 1, ROLE_MASK[type][1]);
    if (type == TL_OPPOSES && tl_fact_w(s, i, "sanctions|crackdown|embargo")) {
        /* "helped the Kremlin evade sanctions on oil": who escapes them
         * imposes nothing */
        /* (the tagger may read the verb as a noun of the phrase: "the
         * Kremlin evade sanctions" is no "US sanctions"; "avoid U.S.
         * sanctions against Y" still names who imposes them) */
        for (uint32_t k = st; k < i; k++)
            if (tl_fact_w(s, k, EVADE_VERBS)) return;
        if (st > s->sb && tl_fact_w(s, st - 1, EVADE_VERBS) && args[0] < 0) return;
        /* "X imposed new sanctions on Y": the subject of the verb that
         * imposes them opposes Y */
        int a = args[0];
        uint32_t at = i; /* "Germany's sanctions on Y", "US sanctions on Y", "sanctions by X on Y" */
        if (a < 0 && st > s->sb) {
            uint32_t k = st - 1;
            if (tl_fact_w(s, k, IMPOSE_VERBS) || (k > s->sb && tl_fact_w(s, k, "new|further|tough|fresh|more") &&
                                                   tl_fact_w(s, --k, IMPOSE_VERBS))) {
                a = find_subj(s, k, ROLE_MASK[type][0]);
                if (a < 0 && passive_at(s, k, 1)) a = by_agent(s, k, ROLE_MASK[type][0]);
                at = k;
            }
        }
        /* (whoever imposes them, on names or not: "Among those listed
         * was X" may follow) */
        if (a >= 0 && tl_fact_is(s, i, "sanctions")) tl_fact_note_sanctioner(s, a);
        if (args[1] < 0 || a < 0) return;
        /* "sanctions on Rwanda's minister, X": the country only owns the
         * office of the one sanctioned */
        if (tl_fact_is(s, s->ms[args[1]].te, "'s") || tl_fact_is(s, s->ms[args[1]].te, "'")) return;
        emit_coord(s, type, a, -1, args[1], 1, -1, -1, at, 0);
        return;
    }
    if (type == TL_ATTACKED && tl_fact_w(s, i, "control|controls")) {
        /* "X seized control of Y", "X took control of the town of Y": a
         * place taken by force, as "captured Y" (not a body's control of
         * a company, nor "Y is under X's control") */
        /* (not a people's name: "took control of its African empire",
         * "of Afghan territory" name no place taken) */
        if (args[1] < 0 || s->ms[args[1]].type == TL_NORP) return;
        /* (nor a name that modifies a common noun after it: "took control
         * of the cartel's Chicago cell", "of the Kabul office") */
        uint32_t ae = s->ms[args[1]].te;
        if (ae < s->se && tl_fact_ment_at(s, ae) < 0 && tl_fact_tag(s, ae) == TL_POS_NOUN &&
            !(s->d->tokens[ae].flags & TL_TOK_UPPER))
            return;
        /* (a person who takes control of a body leads it: "X took control
         * of the cartel after his father's death") */
        int body = tl_fact_type_ok(s, args[1], O_);
        if (!body && !tl_fact_type_ok(s, args[1], G_ | L_ | F_)) return;
        uint32_t lv = tl_fact_light_verb(s, i, "take|takes|took|taken|taking|seize|seizes|seized|seizing|gain|gains|"
                                               "gained|gaining|wrest|wrests|wrested|wresting|regain|regains|regained|"
                                               "regaining|retake|retakes|retook|retaken|retaking");
        /* (an aim is no attack: "a group out to seize control of Y") */
        if (lv == i || (lv > s->sb && tl_fact_is(s, lv - 1, "to"))) return;
        int a = args[0] >= 0 ? args[0] : find_subj(s, lv, body ? P_ : ROLE_MASK[type][0]);
        /* ("Fighters from the M23 seized control of Goma": a crew takes a
         * place for its side, as it attacks a site) */
        if (a < 0 && !body) a = crew_subject(s, lv, ROLE_MASK[type][0]);
        if (a < 0 && !body) {
            int c = tl_fact_atk_crew_of_verb(s, lv);
            if (c >= 0 && tl_fact_type_ok(s, c, ROLE_MASK[type][0])) a = c;
        }
        if (a < 0 || s->ms[a].ent == s->ms[args[1]].ent || (body && !tl_fact_type_ok(s, a, P_))) return;
        if (body) emit_coord(s, TL_LEADER_OF, a, -1, args[1], 1, -1, -1, lv, 0);
        else emit_coord(s, type, a, -1, args[1], 1, -1, -1, lv, 3);
        return;
    }
    if (type == TL_MEMBER_OF && tl_fact_is(s, i, "allegiance")) {
        /* "X swore allegiance to Y", "X, who pledged allegiance to Y": the
         * subject of the verb that gives it is a member, a group a part
         * (emit) */
        if (args[1] < 0) return;
        uint32_t lv = tl_fact_light_verb(s, i, "swear|swears|swore|sworn|swearing|pledge|pledges|pledged|pledging|declare|declares|declared|declaring|vow|vows|vowed|vowing|renew|renewed|renewing|"
                                                      "claim|claims|claimed|claiming|profess|professed|proclaim|proclaimed");
        if (lv == i) return;
        int a = args[0] >= 0 ? args[0] : find_subj(s, lv, ROLE_MASK[type][0]);
        if (a >= 0) emit_coord(s, type, a, -1, args[1], 1, -1, -1, lv, 0);
        return;
    }
    if (type == TL_OPPOSES && tl_fact_is(s, i + 1, "between")) {
        /* "clashes between X and Y", "the war between X and Y": each
         * side opposes the other */
        int a = tl_fact_ment_from(s, i + 2, NULL), l[4];
        if (a < 0 || s->ms[a].tb > i + 3 || coord(s, a, 1, ROLE_MASK[type][1], l, 1) != 1) return;
        if (!tl_fact_type_ok(s, a, ROLE_MASK[type][0]) || !tl_fact_type_ok(s, l[0], ROLE_MASK[type][0])) return;
        emit(s, type, a, l[0], -1, -1, i, 0);
        emit(s, type, l[0], a, -1, -1, i, 0);
        return;
    }
    /* "Y requested the extradition of X": a request moves no one */
    if (type == TL_EXTRADITED && st > s->sb &&
        tl_fact_w(s, st - 1, TL_FACT_TRANSFER_PENDING_VERBS))
        return;
    /* "X receives Iranian funding", "X relies on Qatari money": the one
     * who gets the support the noun names */
    if (type == TL_SUPPORTS && t->subj == 0 && args[0] >= 0 && args[1] < 0 && st > s->sb) {
        uint32_t k = st - 1;
        if (tl_fact_w(s, k, "on") && k > s->sb) k--;
        if (tl_fact_w(s, k, "receives|received|receive|receiving|gets|got|get|getting|obtained|obtains|secured|"
                            "relies|relied|rely|relying|depends|depended|depend|depending|enjoys|enjoyed")) {
            int a = find_subj(s, k, ROLE_MASK[type][1]);
            if (a >= 0 && s->ms[a].ent != s->ms[args[0]].ent) emit_coord(s, type, args[0], -1, a, -1, -1, -1, i, 0);
            return;
        }
    }
    /* "X expressed support for Y", "pledged support for Y", "was jailed for
     * inviting support for Y": the subject of the verb that voices or
     * gives the support is its supporter ("X's support for Y" and "by X"
     * were read above) */
    if (type == TL_SUPPORTS && t->subj == 0 && args[0] < 0 && args[1] >= 0 && tl_fact_w(s, i, "support|backing")) {
        uint32_t lv = tl_fact_light_verb(s, i, "expressed|expresses|express|expressing|voiced|voices|voice|voicing|"
                                               "pledged|pledges|pledge|pledging|offered|offers|offer|offering|"
                                               "declared|declares|declare|declaring|announced|announces|announcing|"
                                               "encouraged|encourages|encourage|encouraging|invited|invites|invite|"
                                               "inviting|reaffirmed|reaffirms|reaffirm|reiterated|reiterates|"
                                               "promised|promises|promise|promising|lent|lends|lend|lending|"
                                               "extended|extends|extend|extending|showed|shows|show|showing");
        if (lv != i) {
            /* (support for a possessor's plan is for the plan: "support
             * for Y's proposal") */
            if (tl_fact_w(s, s->ms[args[1]].te, "'s|\u2019s|'|\u2019")) return;
            int a = find_subj(s, lv, ROLE_MASK[type][0]);
            if (a >= 0 && s->ms[a].ent != s->ms[args[1]].ent) emit_coord(s, type, a, -1, args[1], 1, -1, -1, lv, 0);
            return;
        }
    }
    /* "Ukraine's military intelligence claimed the attack on Y": the
     * agency, not its work; "intelligence on Y" only with "on" next */
    if (type == TL_SPIED_ON && tl_fact_is(s, i, "intelligence") && !tl_fact_is(s, i + 1, "on")) return;
    /* "X conducted surveillance of Y", "X carried out reconnaissance on Y",
     * "X gathered intelligence on Y": the light verb's subject spies */
    if (type == TL_SPIED_ON && args[0] < 0 && args[1] >= 0) {
        uint32_t lv = tl_fact_light_verb(s, i, "conduct|conducts|conducted|conducting|carry|carries|carried|carrying|"
                                               "perform|performs|performed|performing|undertake|undertook|undertaken|"
                                               "run|ran|runs|running|mount|mounted|gather|gathers|gathered|gathering|"
                                               "collect|collects|collected|collecting");
        if (lv == i) return;
        int a = find_subj(s, lv, ROLE_MASK[type][0]);
        if (a >= 0) emit_coord(s, type, a, -1, args[1], 1, -1, -1, lv, t->status);
        return;
    }
    /* "a feud with Y", "Israel's war with Y": "with" right after the
     * noun ("the Iran-Iraq war had nothing to do with Israel" is no war
     * with Israel) */
    if (type == TL_OPPOSES && args[1] >= 0 && t->prep_a && !strcmp(t->prep_a, "with") && !tl_fact_is(s, i + 1, "with"))
        return;
    /* "X waged an insurgency against Y" (tl_fact_opp.c) */
    if (type == TL_OPPOSES && args[0] < 0 && args[1] >= 0 && tl_fact_opp_waged(s, i, args[1], t->status)) return;
    if (type == TL_ATTACKED && args[0] < 0 && args[1] >= 0) {
        /* "tried to carry out an attack against Y", "hired to organise the
         * killing of Y": the event is the object of a light verb, whose
         * subject is the attacker; a purpose clause after a hiring makes
         * the hired and the hirer the attackers. */
        uint32_t lv = tl_fact_light_verb(s, lv_from, TL_CUE_ATTACK_LIGHT_VERBS);
        if (lv == lv_from) tl_fact_evc_open(s, type, args[1], 1, i, t->status); /* "the killing of Y": actor later? */
        if (lv == lv_from) return;
        uint32_t mask = ROLE_MASK[type][0];
        int hired = -1;
        for (int k = s->nc - 1; k >= 0 && hired < 0; k--)
            if (s->cands[k].type == TL_RECRUITED && s->cands[k].trig < lv && lv - s->cands[k].trig < 16) hired = k;
        if (hired >= 0) {
            tl_fcand hc = s->cands[hired];
            /* hired for it: a plot, unless the words say more */
            emit(s, type, hc.m[1], args[1], -1, -1, lv, 1);
            emit(s, type, hc.m[0], args[1], -1, -1, lv, 1);
            return;
        }
        int a = find_subj(s, lv, mask);
        if (a >= 0) emit_coord(s, type, a, -1, args[1], 1, -1, -1, lv, t->status);
        return;
    }
    if (type == TL_ASSOCIATE_OF) {
        tl_fact_links_frame(s, i, st, poss);
        return;
    }
    /* "met him during a trip to China": the traveler is the clause's
     * subject */
    if (type == TL_TRAVELED_TO && args[0] < 0 && args[1] >= 0 && st > s->sb + 1 && tl_fact_w(s, st - 1, "during|on|after")) {
        int a = find_subj(s, st - 1, ROLE_MASK[type][0]);
        if (a >= 0) emit_coord(s, type, a, -1, args[1], 1, -1, -1, i, t->status);
        return;
    }
    /* "X and Y held talks in Ankara": the people joined as the subject of
     * the light verb met each other */
    if (type == TL_MET && args[1] < 0 && !tl_fact_is(s, i + 1, "between") && !tl_fact_is(s, i + 1, "with")) {
        uint32_t lv = tl_fact_light_verb(s, i, "hold|holds|held|holding|have|has|had|having");
        int a = lv == i ? -1 : find_subj(s, lv, ROLE_MASK[type][0]), l[4];
        if (a < 0) return;
        size_t n = coord(s, a, -1, ROLE_MASK[type][1], l, 3);
        l[n++] = a;
        if (n == 1) n += coord(s, a, 1, ROLE_MASK[type][1], l + 1, 3);
        for (size_t x = 0; x < n; x++)
            for (size_t y = x + 1; y < n; y++) emit(s, type, l[x], l[y], -1, -1, lv, 0);
        return;
    }
    /* "a meeting between X and Y" */
    if (symmetric(type) && tl_fact_is(s, i + 1, "between")) {
        int a = tl_fact_ment_from(s, i + 2, NULL), l[4];
        if (a >= 0 && coord(s, a, 1, ROLE_MASK[type][1], l, 1) == 1) emit(s, type, a, l[0], -1, -1, i, 0);
        return;
    }
    emit_coord(s, type, args[0], 1, args[1], 1, args[2], args[3], i, t->status);
}

static void frame_adj(tl_fsent *s, const tl_trig *t, uint32_t i) {
    int type = t->type;
    if (type == TL_ORIGIN) {
        /* "ethnic Azerbaijani X" / "X, an ethnic Azerbaijani," / "X is ethnic Azerbaijani" */
        int g = tl_fact_ment_from(s, i + 1, NULL);
        /* (a people's name that modifies a noun after it: "ethnic
         * Albanian gang leader X") */
        if (g < 0 || s->ms[g].tb != i + 1) g = tl_fact_ment_at(s, i + 1);
        if (g < 0 || !tl_fact_type_ok(s, g, ROLE_MASK[type][1]) || s->ms[g].tb != i + 1) return;
        int h = np_holder_right(s, s->ms[g].te, 0, P_);
        /* ("ethnic Albanian gang leader X": past the nouns of his trade) */
        for (uint32_t k = s->ms[g].te; h < 0 && k < s->se && k < s->ms[g].te + 3; k++) {
            if (!(s->d->tokens[k].flags & TL_TOK_ALPHA) || (s->d->tokens[k].flags & TL_TOK_UPPER) ||
                tl_fact_ment_at(s, k) >= 0 || tl_fact_wl(s, k, WL_PREPS) || tl_fact_wl(s, k, WL_AND_OR) ||
                tl_fact_wl(s, k, WL_DETS) || tl_fact_is_verbish(s, k))
                break;
            int x = tl_fact_ment_at(s, k + 1);
            if (x >= 0 && s->ms[x].tb == k + 1 && !s->ms[x].pron && s->ms[x].type == TL_PERSON) h = x;
        }
        if (h < 0) {
            int pm, ps;
            uint32_t st = np_start(s, i, &pm, &ps);
            h = np_holder_left(s, st, P_);
        }
        s->np = 1; /* "ethnic Azerbaijani X": background */
        emit_coord(s, type, h, -1, g, 1, -1, -1, i, 0);
        s->np = 0;
        return;
    }
    /* "X is at war with Y"; "the war with Y" names no side */
    if (tl_fact_is(s, i, "war") && !(i > s->sb && tl_fact_is(s, i - 1, "at"))) return;
    /* (from "at": "X, led by Y, has been at war with Z" is X's, the
     * words before it the auxiliaries an apposition is skipped over) */
    int h = find_subj(s, tl_fact_is(s, i, "war") ? i - 1 : i, ROLE_MASK[type][0]);
    /* "critical of Egyptian President X": the person, not the nationality */
    int o = past_norp_modifier(s, find_prep_obj(s, i, t->prep_a, ROLE_MASK[type][1]), ROLE_MASK[type][1]);
    /* "critical of X", not "critical editions of X" */
    if (type == TL_OPPOSES && (!tl_fact_w(s, i + 1, t->prep_a) || (o >= 0 && !tl_fact_opp_adj_target(s, o)))) return;
    /* "X is critical of Y", "X, hostile to Y,": the adjective says it of
     * the subject after a verb of being or in an apposition, not when it
     * modifies a noun ("holding the book Blown for Good critical of Y") */
    if (type == TL_OPPOSES && tl_fact_w(s, i, "hostile|opposed|critical")) {
        uint32_t b = i;
        while (b > s->sb && tl_fact_tag(s, b - 1) == TL_POS_ADV) b--;
        if (b > s->sb && !tl_fact_is(s, b - 1, ",") && !tl_fact_is(s, b - 1, "(") && !tl_fact_wl(s, b - 1, WL_BE) &&
            !tl_fact_w(s, b - 1, "became|become|becomes|becoming|remained|remain|remains|remaining|grew|grown|"
                                 "seemed|seems|appeared|appears|stayed|stays|been|is|was|are|were|be|who|which|that")) {
            /* (but one who runs, founds or edits an outlet critical of Y
             * is: "X ran a newspaper critical of Y") */
            int runs = 0;
            for (uint32_t k = b - 1; k > s->sb && k + 5 > b && !runs; k--) {
                if (tl_fact_is_punct(s, k) || tl_fact_wl(s, k, WL_PREPS)) break;
                runs = tl_fact_w(s, k - 1, "ran|runs|run|running|founded|founds|found|owns|owned|own|edited|edits|"
                                           "edit|published|publishes|publish|launched|launches|started|starts|heads|"
                                           "headed|led|leads|created|creates|established");
            }
            /* (nor a person's apposition: "X, a blogger critical of Y,") */
            if (!runs && tl_fact_tag(s, b - 1) == TL_POS_NOUN && tl_fact_ment_at(s, b - 1) < 0) {
                uint32_t k = b - 1;
                while (k > s->sb + 1 && k + 4 > b && !tl_fact_w(s, k - 1, "a|an") && tl_fact_ment_at(s, k - 1) < 0 &&
                       !tl_fact_is_punct(s, k - 1))
                    k--;
                runs = k > s->sb + 1 && tl_fact_w(s, k - 1, "a|an") && tl_fact_is(s, k - 2, ",") && h >= 0 &&
                       s->ms[h].type == TL_PERSON && s->ms[h].te == k - 2;
            }
            if (!runs) return;
        }
    }
    emit_coord(s, type, h, -1, o, 1, -1, -1, i, 0);
}

/* tl_fact_weapon_after: tl_fact_int.h */
int tl_fact_weapon_after(const tl_fsent *s, uint32_t i) {
    for (uint32_t k = i + 1; k < s->se && k < i + 6 && !tl_fact_w(s, k, "at|against"); k++)
        if (tl_fact_w(s, k, TL_CUE_ATTACK_WEAPON_NOUNS) ||
            tl_fact_w(s, k, "missile|rocket|drone|shell|mortar|grenade|shots|bullets|rounds|mortars|grenades|"
                            "projectiles|barrage|ransomware|malware|wiper|bombs|explosives|weapons|chemical|gas|"
                            "anthrax|sarin|chlorine|novichok|poison"))
            return 1;
    return 0;
}

/* tl_fact_trade_to_state: tl_fact_int.h */
int tl_fact_trade_to_state(const tl_fsent *s, uint32_t i, int o) {
    if (s->ms[o].type != TL_GPE || s->low[i - s->sb][0] != 's' ||
        !tl_fact_w(s, i, "sell|sells|sold|selling|ship|ships|shipped|shipping"))
        return 0;
    for (uint32_t k = i + 1; k < s->ms[o].tb && k < i + 6; k++)
        if (tl_fact_w(s, k, "oil|fuel|crude|petroleum|gas|gasoline|diesel|coal|grain|wheat")) return 1;
    return 0;
}

int tl_fact_support_noun_after(const tl_fsent *s, uint32_t i) {
    /* "X spied for Y": the spying is the support */
    if (tl_fact_w(s, i, "spy|spies|spied|spying")) return 1;
    /* "passed secrets to the GRU", "handed photographs of the base to his
     * handlers": information is support where the sentence tells of
     * spying ("gave details to reporters" is none) */
    int spying = -1;
    for (uint32_t k = i + 1; k < s->se && k < i + 8 && !tl_fact_w(s, k, "from|to|for|towards"); k++) {
        /* a sum of money: "$50,000", "€2 million" */
        const unsigned char *w = (const unsigned char *)s->low[k - s->sb];
        size_t wl = s->len[k - s->sb];
        if ((wl >= 1 && w[0] == '$') || (wl >= 3 && w[0] == 0xE2 && w[1] == 0x82 && w[2] == 0xAC) ||
            (wl >= 2 && w[0] == 0xC2 && w[1] == 0xA3))
            return 1;
        if (tl_fact_w(s, k, "support|funding|funds|finance|financing|money|cash|weapons|arms|"
                            "training|aid|assistance|backing|payments|salaries|equipment|"
                            "ammunition|explosives|drones|missiles|rockets|services|donations|"
                            "components|technology|shelter|refuge|haven|havens|sanctuary|sanctuaries|materiel|supplies|dollars|euros|"
                            "cryptocurrency|bitcoin|loans|grants|jets|aircraft|tanks|artillery|shells|fuel|"
                            "million|billion|parts|oil|intelligence|fighters|mercenaries|vehicles|chemicals|"
                            "precursors|finances|transactions|transfers|systems|electronics|hardware|passports|visas|"
                            "proceeds|profits|revenue|revenues|earnings|"
                            "software|ammunitions|munitions|firearms|guns|rifles|launchers"))
            return 1;
        if (tl_fact_w(s, k, "information|secrets|documents|photographs|photos|images|pictures|videos|data|files|"
                            "plans|coordinates|details|reports|recordings|footage")) {
            if (spying < 0) {
                spying = 0;
                for (uint32_t j = s->sb; j < s->se && !spying; j++)
                    spying = tl_fact_w(s, j, "spy|spies|spied|spying|espionage|intelligence|handler|handlers|"
                                             "treason|secret|secrets|classified|officer|officers|agent|agents");
            }
            if (spying) return 1;
        }
    }
    return 0;
}

/* "X provided Y (and Z) with weapons": the object of the verb at i when
 * "with" and a word of support follow it, or -1. */
static int provided_with(const tl_fsent *s, uint32_t i, uint32_t mask) {
    int d = find_dobj(s, i, mask);
    /* "provided terrorist groups including X and Y with support": the
     * names the common noun lists */
    for (uint32_t k = i + 1; d < 0 && k < s->se && k < i + 5; k++) {
        if (tl_fact_is(s, k, "including")) {
            d = tl_fact_ment_from(s, k + 1, NULL);
            if (d >= 0 && (s->ms[d].tb > k + 2 || !tl_fact_type_ok(s, d, mask))) d = -1;
            break;
        }
        if (tl_fact_is_punct(s, k) || tl_fact_ment_at(s, k) >= 0 || tl_fact_is_verbish(s, k)) break;
    }
    if (d < 0) return -1;
    uint32_t k = s->ms[d].te;
    while (k < s->se && k < s->ms[d].te + 16 && !tl_fact_is(s, k, "with")) {
        /* a name's acronym or alias in parentheses: "X (ISIS) and Y" */
        if (tl_fact_is(s, k, "(")) {
            uint32_t c = k + 1;
            while (c < s->se && c < k + 8 && !tl_fact_is(s, c, ")")) c++;
            if (!tl_fact_is(s, c, ")")) return -1;
            k = c + 1;
            continue;
        }
        /* "... from 2013 to 2014 with support": a time on the way */
        int when = (s->d->tokens[k].flags & TL_TOK_DIGIT) ||
                   (tl_fact_w(s, k, "from|to|in|until|between|since") && k + 1 < s->se &&
                    (s->d->tokens[k + 1].flags & TL_TOK_DIGIT));
        if (!(tl_fact_ment_at(s, k) >= 0 || tl_fact_is(s, k, ",") || tl_fact_wl(s, k, WL_AND_OR) || tl_fact_is(s, k, "the") ||
              when))
            return -1;
        k++;
    }
    if (!tl_fact_is(s, k, "with")) return -1;
    for (uint32_t q = k + 1; q < s->se && q < k + 5; q++) {
        /* (and sums: "with millions of dollars", "with $5 million") */
        const char *w = s->low[q - s->sb];
        if (tl_fact_w(s, q, "support|funding|funds|money|cash|weapons|arms|training|aid|assistance|equipment|"
                            "jets|aircraft|tanks|artillery|fuel|ammunition|explosives|drones|missiles|rockets|financing|"
                            "resources|intelligence|shelter|haven|sanctuary|dollars|euros|millions|billions|thousands") ||
            (s->len[q - s->sb] >= 1 && w[0] == '$') || (s->len[q - s->sb] >= 3 && !memcmp(w, "\xe2\x82\xac", 3)) ||
            (s->len[q - s->sb] >= 2 && !memcmp(w, "\xc2\xa3", 2)))
            return d;
        if (tl_fact_is_punct(s, q) || tl_fact_ment_at(s, q) >= 0) return -1;
    }
    return -1;
}

/* "passed secrets to an officer of the GRU", "to his handlers in the
 * FSB": after the first of preps within a few words of the verb at i, a
 * noun of a body's agent and the body (of mask's types) named after
 * "of", "in" or "from", or a noun of accounts or firms and the one they
 * are "controlled by", or -1.  Can't fail. */
static int agent_body_after(const tl_fsent *s, uint32_t i, const char *preps, uint32_t mask) {
    uint32_t k = i + 1;
    while (k < s->se && k < i + 10 && !tl_fact_w(s, k, preps)) {
        /* (a sum's currency sign is no break: "wired $2 million to") */
        if ((tl_fact_is_punct(s, k) && !tl_fact_w(s, k, "$|\u20ac|\u00a3|,")) || tl_fact_ment_at(s, k) >= 0) return -1;
        k++;
    }
    if (k + 3 >= s->se || !tl_fact_w(s, k, preps)) return -1;
    k++;
    if (tl_fact_wl(s, k, WL_DETS) || tl_fact_w(s, k, "his|her|their|its")) k++;
    if (k < s->se && tl_fact_tag(s, k) == TL_POS_ADJ && tl_fact_ment_at(s, k) < 0) k++;
    /* "wired $2 million to accounts controlled by Hezbollah operatives",
     * "to a company owned by Y": the body that holds what was paid into */
    if (k + 3 < s->se && tl_fact_w(s, k, "account|accounts|wallet|wallets|company|companies|firm|firms|entity|entities|"
                                         "front|fronts|charity|charities|business|businesses") &&
        tl_fact_w(s, k + 1, "controlled|owned|run|operated|held|used") && tl_fact_is(s, k + 2, "by")) {
        uint32_t q = k + 3;
        if (tl_fact_is(s, q, "the")) q++;
        int g = q < s->se ? tl_fact_ment_at(s, q) : -1;
        return g >= 0 && s->ms[g].tb == q && !s->ms[g].pron && tl_fact_type_ok(s, g, mask) ? g : -1;
    }
    if (k + 2 >= s->se || !tl_fact_w(s, k, "officer|officers|agent|agents|handler|handlers|operative|operatives|"
                                           "representative|representatives|contact|contacts|member|members") ||
        !tl_fact_w(s, k + 1, "of|in|from"))
        return -1;
    uint32_t q = k + 2;
    if (tl_fact_is(s, q, "the")) q++;
    int g = q < s->se ? tl_fact_ment_at(s, q) : -1;
    return g >= 0 && s->ms[g].tb == q && !s->ms[g].pron && tl_fact_type_ok(s, g, mask) ? g : -1;
}

/* Is mention h the doer of a gerund after the preposition at p?  Yes
 * when h ends right before p ("charged X with supplying") or when only a
 * verb of the courts and its auxiliaries, adverbs or "guilty" stand between
 * h and p ("X was charged with providing", "X pleaded guilty to
 * supplying", "X was found guilty of spying").  Can't fail. */
static int gerund_doer(const tl_fsent *s, int h, uint32_t p) {
    if (h < 0 || s->ms[h].te > p) return 0;
    if (h == tl_fact_relative_accused(s, p)) return 1;
    if (s->ms[h].te == p) return !placed_list(s, h);
    /* "designated X, a Lebanon-based financier, for providing": an
     * apposition set off by commas between h and p */
    if (p > s->ms[h].te + 3 && tl_fact_is(s, s->ms[h].te, ",") && tl_fact_w(s, s->ms[h].te + 1, "a|an|the") &&
        tl_fact_is(s, p - 1, ",")) {
        uint32_t k = s->ms[h].te + 2;
        while (k < p - 1 && k < s->ms[h].te + 10 && !tl_fact_is(s, k, ",") && !tl_fact_is_verbish(s, k)) k++;
        if (k == p - 1) return 1;
    }
    int verb = 0, term = 0;
    for (uint32_t k = s->ms[h].te; k < p; k++) {
        if (k >= s->ms[h].te + (term ? 14 : 5)) return 0;
        if (tl_fact_w(s, k, "charged|convicted|accused|indicted|arrested|sentenced|jailed|imprisoned|suspected|"
                            "prosecuted|detained|guilty|admitted|confessed|sanctioned|fined|acquitted")) {
            verb = 1;
            term |= tl_fact_w(s, k, "sentenced|jailed|imprisoned|fined");
        }
        /* "was sentenced to 15 years in prison for providing": the term */
        else if (term && (tl_fact_w(s, k, "to|life|in|prison|jail|years|year|months|month|death|more|than|up|a|an|"
                                          "federal|total|of|behind|bars|on|monday|tuesday|wednesday|thursday|friday|"
                                          "saturday|sunday") ||
                          (s->d->tokens[k].flags & TL_TOK_DIGIT) || tl_fact_tag(s, k) == TL_POS_NUM))
            continue;
        else if (!tl_fact_wl(s, k, WL_BE) && !tl_fact_w(s, k, "has|have|had|pleaded|pled|found") && tl_fact_tag(s, k) != TL_POS_ADV)
            return 0;
    }
    return verb;
}

/* Does the participle at i modify the common noun right before it
 * ("members of the opposition living in Berlin", "relatives living in
 * Y"), whose phrase is neither an apposition nor a copula's complement
 * ("X, a gang based in Y", "X is a company based in Y")?  Its subject is
 * then that noun, no name.  Can't fail. */
/* "Y, a Yemeni national based in Muscat": the name a participle's noun
 * phrase is in apposition to (a comma, then the phrase from its article
 * to the participle at i), or -1.  Can't fail. */
static int participle_apposition_holder(const tl_fsent *s, uint32_t i, uint32_t mask) {
    if (i <= s->sb + 3) return -1;
    int tg = tl_fact_tag(s, i);
    if (tg != TL_POS_VBG && tg != TL_POS_VBN) return -1;
    uint32_t k = i - 1;
    /* (the tagger reads "a Yemeni national" as two adjectives as often as not) */
    if (tl_fact_ment_at(s, k) >= 0 || (tl_fact_tag(s, k) != TL_POS_NOUN && tl_fact_tag(s, k) != TL_POS_ADJ) ||
        (s->d->tokens[k].flags & TL_TOK_UPPER))
        return -1;
    while (k > s->sb && k + 8 > i) {
        int m = tl_fact_ment_at(s, k - 1);
        if (m >= 0 && s->ms[m].te == k && !s->ms[m].pron && s->ms[m].type == TL_NORP) {
            k = s->ms[m].tb;
            continue;
        }
        if (m >= 0 || !(tl_fact_tag(s, k - 1) == TL_POS_NOUN || tl_fact_tag(s, k - 1) == TL_POS_ADJ ||
                        tl_fact_wl(s, k - 1, WL_DETS) || (s->d->tokens[k - 1].flags & TL_TOK_DIGIT)))
            break;
        k--;
    }
    if (k < s->sb + 2 || !tl_fact_w(s, k, "a|an") || !tl_fact_is(s, k - 1, ",")) return -1;
    uint32_t j = k - 2;
    /* ("X, 34, a ...": an age) */
    if (j > s->sb + 2 && (s->d->tokens[j].flags & TL_TOK_DIGIT) && tl_fact_is(s, j - 1, ",")) j -= 2;
    int h = tl_fact_ment_ending(s, j);
    return h >= 0 && !s->ms[h].pron && tl_fact_type_ok(s, h, mask) ? h : -1;
}

static int participle_of_noun(const tl_fsent *s, uint32_t i) {
    if (i <= s->sb + 1) return 0;
    int tg = tl_fact_tag(s, i);
    if (tg != TL_POS_VBG && tg != TL_POS_VBN) return 0;
    uint32_t k = i - 1;
    if (tl_fact_ment_at(s, k) >= 0 || tl_fact_tag(s, k) != TL_POS_NOUN || (s->d->tokens[k].flags & TL_TOK_UPPER)) return 0;
    while (k > s->sb) {
        int m = tl_fact_ment_at(s, k - 1);
        if (m >= 0 && s->ms[m].te == k && !s->ms[m].pron) { /* "a Second Army unit" */
            k = s->ms[m].tb;
            continue;
        }
        if (m >= 0 || !(tl_fact_tag(s, k - 1) == TL_POS_NOUN || tl_fact_tag(s, k - 1) == TL_POS_ADJ ||
                        tl_fact_wl(s, k - 1, WL_DETS)))
            break;
        k--;
    }
    if (k > s->sb && (tl_fact_is(s, k - 1, ",") || tl_fact_wl(s, k - 1, WL_BE) || tl_fact_is(s, k - 1, "(") ||
                      tl_fact_is(s, k - 1, "-") || tl_fact_is(s, k - 1, "\u2013") || tl_fact_is(s, k - 1, "\u2014")))
        return 0;
    return 1;
}

/* Does a prison term follow the verb at i: "14 years", "nine years
 * each", "a life term", "life in prison", "more than 20 years"?  Can't
 * fail. */
static int prison_term_after(const tl_fsent *s, uint32_t i) {
    uint32_t k = i + 1;
    if (k + 1 < s->se && tl_fact_is(s, k, "more") && tl_fact_is(s, k + 1, "than")) k += 2;
    if (k < s->se && tl_fact_w(s, k, "life")) return k + 1 >= s->se || tl_fact_w(s, k + 1, "in|imprisonment|sentence|sentences|term|terms|.|;|,");
    if (k < s->se && tl_fact_w(s, k, "a|an")) k++;
    if (k >= s->se || !((s->d->tokens[k].flags & TL_TOK_DIGIT) || tl_fact_tag(s, k) == TL_POS_NUM ||
                        tl_fact_w(s, k, "life|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty")))
        return 0;
    k++; /* ("a 14-year sentence": one token for the count and its unit) */
    /* ("received 15 and 10 years respectively": two counts) */
    if (k + 1 < s->se && tl_fact_w(s, k, "and|or|to") &&
        ((s->d->tokens[k + 1].flags & TL_TOK_DIGIT) || tl_fact_tag(s, k + 1) == TL_POS_NUM))
        k += 2;
    return k < s->se && tl_fact_w(s, k, "years|year|months|month|sentence|term|prison|jail") &&
           !(k + 1 < s->se && tl_fact_w(s, k + 1, "ago|later|earlier|old|before|after|of|to|from|as|at|with"));
}

/* The place a relative "where" opens a stay verb's clause on: "arrested
 * in Recife, where he had lived for six years" (the place right before
 * ", where", the clause's words up to the verb no punctuation); -1 for
 * none.  Can't fail. */
static int place_before_where(const tl_fsent *s, uint32_t i) {
    if (!tl_fact_w(s, i, "live|lives|lived|living|reside|resides|resided|residing|hiding|staying|stayed|settled"))
        return -1;
    for (uint32_t k = i; k > s->sb + 2 && k + 6 > i; k--) {
        if (s->d->tokens[k - 1].flags & TL_TOK_PUNCT) return -1;
        if (!tl_fact_is(s, k - 1, "where")) continue;
        if (!tl_fact_is(s, k - 2, ",")) return -1;
        int p = tl_fact_ment_ending(s, k - 3);
        if (p >= 0 && (s->ms[p].type == TL_GPE || s->ms[p].type == TL_LOC) && !s->ms[p].pron) return p;
        return -1;
    }
    return -1;
}

/* Nouns of the places a body keeps (tl_trig.c reads "in" after them). */
#define HOLDING_NOUNS "presence|cells|branches|offices|strongholds|bases|camps|hideouts"

/* Who keeps the places the noun at i names: the subject of a verb of
 * having or setting up right before it ("X has bases in Y", "X set up
 * training camps in Y"), a possessor ("X's offices in Y", "its cells in
 * Y"), or a body after "of" ("the offices of X in Y"); -1 when none (not
 * "X attacked government offices in Y": the offices are not X's). */
static int holding_noun_owner(const tl_fsent *s, uint32_t i) {
    const uint32_t mask = ROLE_MASK[TL_LOCATED_IN][0];
    if (i + 2 < s->se && tl_fact_is(s, i + 1, "of")) {
        int m = tl_fact_ment_from(s, i + 2, NULL);
        if (m >= 0 && s->ms[m].tb <= i + 3 && tl_fact_type_ok(s, m, O_)) return m;
    }
    uint32_t k = i;
    while (k > s->sb && k + 5 > i && tl_fact_ment_at(s, k - 1) < 0 &&
           (tl_fact_wl(s, k - 1, WL_DETS) || tl_fact_tag(s, k - 1) == TL_POS_ADJ || tl_fact_tag(s, k - 1) == TL_POS_NUM ||
            (tl_fact_tag(s, k - 1) == TL_POS_NOUN && !(s->d->tokens[k - 1].flags & TL_TOK_UPPER)) ||
            tl_fact_tag(s, k - 1) == TL_POS_VBG))
        k--;
    if (k <= s->sb) return -1;
    /* "al-Qaeda cells in Y": a body's name before the noun */
    {
        int m = tl_fact_ment_ending(s, k - 1);
        if (m >= 0 && s->ms[m].type == TL_ORG && !s->ms[m].pron) return m;
    }
    if (tl_fact_w(s, k - 1, "'s|'|\u2019s") && k >= s->sb + 2) {
        int m = tl_fact_ment_ending(s, k - 2);
        return m >= 0 && tl_fact_type_ok(s, m, mask) ? m : -1;
    }
    if (tl_fact_w(s, k - 1, "its|their")) return find_subj(s, k - 1, mask);
    uint32_t v = k - 1;
    if (tl_fact_w(s, v, "up") && v > s->sb) v--;
    if (tl_fact_w(s, v, "has|have|had|having|maintains|maintain|maintained|maintaining|runs|run|ran|running|operates|"
                        "operate|operated|operating|set|sets|setting|established|establishes|establish|establishing|"
                        "opened|opens|open|opening|built|builds|build|building|keeps|keep|kept|keeping"))
        return find_subj(s, v, mask);
    return -1;
}

static void frame_surf(tl_fsent *s, const tl_trig *t, uint32_t i) {
    int type = t->type;
    if (type == TL_LOCATED_IN && participle_of_noun(s, i)) return;
    /* "X opened fire on Y": "fire" reads "on" only right after a form of
     * "open" ("the fire on the roof" is none); no weapon is asked then */
    int fire_on = type == TL_ATTACKED && tl_fact_is(s, i, "fire") && t->prep_a && !strcmp(t->prep_a, "on");
    if (fire_on && (i <= s->sb || !tl_fact_w(s, i - 1, "opened|open|opens|opening") || !tl_fact_is(s, i + 1, "on")))
        return;
    /* "X seized power in Y", "came to power in Y": power taken, by the
     * verb right before it ("the power in Y", "power cuts in Y" are no
     * rule), in Y right after */
    if (type == TL_LEADER_OF && s->low[i - s->sb][0] == 'p') {
        uint32_t v = i > s->sb && tl_fact_is(s, i - 1, "to") ? i - 1 : i;
        /* (a plan is no rule: "overthrew X to seize power in Y") */
        if (!tl_fact_is(s, i, "power") || v <= s->sb + 1 || !tl_fact_is(s, i + 1, "in") || tl_fact_is(s, v - 2, "to") ||
            !tl_fact_w(s, v - 1, v < i ? "came|come|comes|coming|rose|rise|rises|returned|swept|propelled|brought"
                                       : "seized|seize|seizes|seizing|took|take|takes|taking|taken|grabbed|grab|"
                                         "assumed|assume|assumes|wrested|wrest|usurped"))
            return;
    }
    /* "X sought refuge in Iran": after a verb of seeking or finding */
    if (type == TL_TRAVELED_TO && tl_fact_w(s, i, "refuge|sanctuary")) {
        uint32_t v = i;
        while (v > s->sb && v + 3 > i && tl_fact_w(s, v - 1, "a|temporary|safe")) v--;
        if (v <= s->sb || !tl_fact_w(s, v - 1, "sought|seek|seeks|seeking|found|find|finds|finding|took|take|takes|taking"))
            return;
    }
    /* "X remains (at large) in Y": "in" right after the verb, past words
     * of a fugitive's state at most ("remain far more dangerous to the US
     * in Iraq" places no one) */
    if (type == TL_LOCATED_IN && s->len[i - s->sb] >= 6 && !memcmp(s->low[i - s->sb], "remain", 6)) {
        uint32_t k = i + 1;
        while (k < s->se && k < i + 4 && tl_fact_w(s, k, "at|large|still|there|holed|up|hiding|free|underground")) k++;
        if (!tl_fact_is(s, k, "in")) return;
    }

    /* "X had dinner with Y": a meal is a meeting when it was had, hosted
     * or shared ("skipped lunch with Y", "the lunch was cancelled" are
     * none) */
    if (type == TL_MET && tl_fact_w(s, i, "dinner|lunch|breakfast") &&
        !(i > s->sb && tl_fact_w(s, i - 1, "had|has|have|having|hosted|hosts|host|hosting|shared|shares|attended|"
                                           "joined|over|a|private|working")))
        return;
    /* "worked for X" is membership only for people and groups, and "went to
     * court" is no travel: the type masks filter the rest. */
    int h = find_subj(s, i, ROLE_MASK[type][t->subj]);
    /* (the one helped to travel has no name: no one else travels) */
    if (h < 0 && caused_subject(s, i) == TL_FACT_UNNAMED) return;
    if (type == TL_LOCATED_IN && tl_fact_w(s, i, HOLDING_NOUNS)) h = holding_noun_owner(s, i);
    /* "with Y, a Yemeni national based in Muscat": the name the
     * participle's phrase is in apposition to, not the clause's subject */
    if (type == TL_LOCATED_IN) {
        int a = participle_apposition_holder(s, i, ROLE_MASK[type][t->subj]);
        if (a >= 0) h = a;
    }
    /* "X, who owns Y, invested funds on behalf of Z": the subject of the
     * verb "on behalf of" qualifies */
    if (i > s->sb + 2 && tl_fact_is(s, i, "behalf") && tl_fact_is(s, i - 1, "on"))
        for (uint32_t v = i - 2; v > s->sb && v + 8 > i; v--) {
            /* (past where the goods went: "smuggling oil to Syria on
             * behalf of Y") */
            int pm = tl_fact_ment_at(s, v);
            if (pm >= 0 && s->ms[pm].tb > s->sb + 1 && tl_fact_w(s, s->ms[pm].tb - 1, "to|into|from|via")) {
                v = s->ms[pm].tb - 1;
                continue;
            }
            /* (and the goods' nationality: "Iranian oil") */
            if (pm >= 0 && s->ms[pm].type == TL_NORP && s->ms[pm].tb > s->sb + 1) {
                v = s->ms[pm].tb;
                continue;
            }
            if (tl_fact_is_punct(s, v) || pm >= 0) break;
            int tg = tl_fact_tag(s, v);
            /* (a gerund too: "accused of smuggling oil on behalf of Y") */
            if (tg == TL_POS_VBD || tg == TL_POS_VBN || tg == TL_POS_VERB_PRES || tg == TL_POS_VERB ||
                (tg == TL_POS_VBG && v > s->sb && tl_fact_is(s, v - 1, "of"))) {
                if (tl_fact_w(s, v, "funds|money|cash|payments|transfers")) continue; /* (taken for verbs) */
                h = find_subj(s, v, ROLE_MASK[type][t->subj]);
                break;
            }
        }
    /* "X has moved funds for al-Shabaab": money moved for a body is
     * support (the travel frame of "move" reads "to" a place only) */
    if (type == TL_TRAVELED_TO && tl_fact_w(s, i, "move|moves|moved|moving") && h >= 0 &&
        tl_fact_support_noun_after(s, i)) {
        int g = find_prep_obj(s, i, "for", ROLE_MASK[TL_SUPPORTS][1]);
        /* "moved $20 million to Hezbollah": money moved to a body or a
         * person ("to Lebanon" is where it went) */
        if (g < 0) {
            g = find_prep_obj(s, i, "to", ROLE_MASK[TL_SUPPORTS][1]);
            if (g >= 0 && s->ms[g].type != TL_ORG && s->ms[g].type != TL_PERSON) g = -1;
        }
        if (g >= 0 && tl_fact_type_ok(s, h, ROLE_MASK[TL_SUPPORTS][0]))
            emit_coord(s, TL_SUPPORTS, h, -1, g, 1, -1, -1, i, 0);
    }
    int o = find_prep_obj(s, i, t->prep_a, ROLE_MASK[type][t->role_a]);
    /* "X defected from the Taliban to ISIS-K": a member of both, the one
     * left and the one joined */
    if (type == TL_MEMBER_OF && o >= 0 && h >= 0 && s->low[i - s->sb][0] == 'd' && s->ms[o].tb > i + 1 &&
        tl_fact_is(s, s->ms[o].tb - 1 - (uint32_t)tl_fact_is(s, s->ms[o].tb - 1, "the"), "from")) {
        int o2 = find_prep_obj(s, s->ms[o].te - 1, "to", ROLE_MASK[type][t->role_a]);
        if (o2 >= 0 && o2 != o) emit(s, type, h, o2, -1, -1, i, 0);
    }
    /* "Hezbollah and Israel clashed along the border": a clash with no
     * other side named is between the two */
    if (type == TL_OPPOSES && o < 0 && h >= 0 && !s->ms[h].pron && tl_fact_w(s, i, "clashed|clashing") &&
        !tl_fact_is(s, i + 1, "with") && !(i + 2 < s->se && tl_fact_is(s, i + 2, "with"))) {
        mutual_opposition(s, h, i);
        return;
    }
    /* "X is married to a sister of Y": the spouse's kin is X's in-law */
    if (type == TL_FAMILY_OF && o < 0 && tl_fact_is(s, i, "married") && tl_fact_is(s, i + 1, "to"))
        o = kin_of_after(s, i + 2, ROLE_MASK[type][t->role_a]);
    /* "X worked for Y" with Y a person: X is Y's associate, not a member
     * of anything ("worked for the jailed kingpin Y") */
    if (type == TL_MEMBER_OF && o < 0 && h >= 0 && s->ms[h].type == TL_PERSON && tl_fact_w(s, i, "work|works|worked|working") &&
        tl_fact_is(s, i + 1, "for")) {
        int p = find_prep_obj(s, i, "for", P_);
        if (p < 0) p = noun_apposed_person(s, i + 2);
        /* (not the owner of a noun: "works for Y's father") */
        if (p >= 0 && s->ms[p].type == TL_PERSON && s->ms[p].ent != s->ms[h].ent && !s->ms[p].pron &&
            !tl_fact_w(s, s->ms[p].te, "'s|’s|'")) {
            emit(s, TL_ASSOCIATE_OF, h, p, -1, -1, i, 0);
            return;
        }
    }
    if (o < 0 && type == TL_LOCATED_IN) o = place_before_where(s, i);
    /* "lives in a villa outside Marbella", "was hiding in a farmhouse near
     * Palermo": the place of the dwelling a person stays in */
    if (o < 0 && type == TL_LOCATED_IN && h >= 0 && s->ms[h].type == TL_PERSON && i + 2 < s->se &&
        tl_fact_w(s, i + 1, "in|at") &&
        tl_fact_w(s, i, "live|lives|lived|living|reside|resides|resided|residing|hiding|hid|hides|stay|stays|stayed|"
                        "staying|sheltering"))
        o = object_site(s, i + 1, ROLE_MASK[type][t->role_a]);
    /* "spying on military installations in Poland": the place of the
     * unnamed site spied on */
    if (o < 0 && type == TL_SPIED_ON && i + 2 < s->se && tl_fact_w(s, i + 1, "on|against"))
        o = object_site(s, i + 1, ROLE_MASK[type][t->role_a]);
    /* "served in Syria", "enlisted in France": a place after "in" is where
     * the service was, not a body served ("worked for Russia" still is) */
    /* "Y recruited X into Z": the subject recruited, X joined; only the
     * passive's subject is the one who joined */
    if (type == TL_MEMBER_OF && tl_fact_w(s, i, "recruited|inducted") && !(i > s->sb && tl_fact_wl(s, i - 1, WL_BE))) {
        /* (the active's object joined: "Y recruited X into Z") */
        int x = i + 1 < s->se ? tl_fact_ment_at(s, i + 1) : -1;
        if (o >= 0 && x >= 0 && x != o && s->ms[x].tb == i + 1 && s->ms[x].type == TL_PERSON && s->ms[o].tb > s->ms[x].te &&
            tl_fact_type_ok(s, o, ROLE_MASK[type][1]))
            emit_coord(s, type, x, 1, o, 1, -1, -1, i, 0);
        return;
    }
    if (type == TL_MEMBER_OF && o >= 0 && (s->ms[o].type == TL_GPE || s->ms[o].type == TL_LOC)) {
        uint32_t b = s->ms[o].tb;
        if (b > s->sb && tl_fact_is(s, b - 1, "the")) b--;
        if (b > s->sb && tl_fact_is(s, b - 1, "in")) return;
    }
    /* "used a firm to move Iranian oil to Syria", "flew weapons to Y": a
     * verb that also carries things, with an object, moves goods, not its
     * subject ("fled the country to Y", "left everything for Y" still go) */
    if (type == TL_TRAVELED_TO && i + 1 < s->se && o >= 0 && s->ms[o].tb > i + 2 &&
        tl_fact_w(s, i, TL_TRIG_CARRY_VERBS)) {
        int m = tl_fact_ment_at(s, i + 1);
        int tg = tl_fact_tag(s, i + 1);
        if ((m >= 0 && s->ms[m].type == TL_NORP) ||
            (m < 0 && !(s->d->tokens[i + 1].flags & TL_TOK_UPPER) && !tl_fact_wl(s, i + 1, WL_PREPS) &&
             (tl_fact_wl(s, i + 1, WL_DETS) || tg == TL_POS_NOUN || tg == TL_POS_NUM ||
              (tg == TL_POS_ADJ && i + 2 < s->se && tl_fact_tag(s, i + 2) == TL_POS_NOUN))))
            return;
    }
    /* "X has cells in Y", "X maintains a presence in Y": only a body has
     * them */
    if (type == TL_LOCATED_IN && h >= 0 && s->ms[h].type != TL_ORG && tl_fact_w(s, i, HOLDING_NOUNS))
        return;
    if (type == TL_SUPPORTS && h >= 0 && s->ms[h].type == TL_PERSON &&
        tl_fact_w(s, i, "receive|receives|received|receiving|gets|got") && prison_term_after(s, i)) {
        /* "X received 14 years", "got nine years each": a sentence */
        emit_coord(s, TL_CHARGED, h, -1, -1, 1, -1, -1, i, 0);
        return;
    }
    if (type == TL_SUPPORTS) {
        /* "received a phone call from Y" is no support: a support noun
         * must come between the verb and "from". */
        int noun = 0;
        if (tl_fact_is(s, i, "behalf")) {
            /* "money transfers on behalf of Y": the money before "on" */
            if (i < s->sb + 2 || !tl_fact_is(s, i - 1, "on") || !tl_fact_is(s, i + 1, "of")) return;
            /* (or goods: "smuggled oil on behalf of Y") */
            for (uint32_t k = i - 1; k > s->sb && k + 7 > i; k--)
                noun |= tl_fact_w(s, k - 1, "transfers|transfer|payments|money|funds|donations|financing|fundraising|"
                                            "transactions|cash|remittances|taxes|levies|oil|fuel|weapons|arms|"
                                            "ammunition|gold|shipments|cargo|goods|equipment|components|drones");
            if (!noun) return;
        }
        noun |= tl_fact_support_noun_after(s, i);
        /* "passed the images to an officer of the GRU": the body of the
         * agent the things went to */
        if (o < 0 && noun && t->prep_a) o = agent_body_after(s, i, t->prep_a, ROLE_MASK[type][t->role_a]);
        /* "X provided Y with support": provided_with finds the support
         * noun after "with", however long the list of Y */
        int with = o < 0 && t->role_a == 1 && tl_fact_w(s, i, "provide|provides|provided|providing|supply|supplies|supplied|supplying");
        if (!noun && !with) return;
        if (with) o = provided_with(s, i, ROLE_MASK[type][1]);
        if (!noun && o < 0) return;
        if (o >= 0 && tl_fact_trade_to_state(s, i, o)) return;
        /* "charged X with supplying arms to Y": a gerund after a
         * preposition has no subject of its own in the clause; its doer
         * is the name right before the preposition or the subject of a
         * verb of the courts before it (gerund_doer) */
        if (i > s->sb && tl_fact_ing(s, i) &&
            tl_fact_wl(s, i - 1, WL_PREPS) && !gerund_doer(s, h, i - 1))
            return;
        /* "it was used to supply aid to Y": an infinitive's pronoun subject
         * is too far from the verb to trust */
        if (h >= 0 && s->ms[h].pron && i > s->sb && tl_fact_is(s, i - 1, "to") &&
            tl_fact_w(s, s->ms[h].tb, "he|she|it|they|him|her|them|we|i"))
            return;
        /* "a London warehouse providing aid": the name modifies the subject */
        if (h >= 0 && s->ms[h].te < i && tl_fact_tag(s, s->ms[h].te) == TL_POS_NOUN &&
            !(s->d->tokens[s->ms[h].te].flags & TL_TOK_UPPER))
            return;
        int a[2] = {-1, -1};
        a[t->subj] = h;
        a[t->role_a] = o;
        emit_coord(s, type, a[0], t->subj == 0 ? -1 : 1, a[1], t->subj == 1 ? -1 : 1, -1, -1, i, 0);
        return;
    }
    if (type == TL_ATTACKED) {
        /* "X fired rockets at Y": a weapon between the verb and "at" ("was
         * fired at the bank" is a dismissal) */
        /* (and "X deployed ransomware against Y", "launched rockets
         * against Y": a weapon, or a cyber one, before "against") */
        int weapon = tl_fact_weapon_after(s, i);
        /* ("deployed ransomware against hospitals in the United States":
         * the place of the sites struck) */
        if (weapon && o < 0 && t->prep_a && !strcmp(t->prep_a, "against"))
            for (uint32_t k = i + 1; k + 1 < s->se && k < i + 7; k++)
                if (tl_fact_is(s, k, "against")) {
                    o = object_site(s, k, ROLE_MASK[type][1]);
                    break;
                }
        /* "opened fire on worshippers in Kabul": the place of the people
         * or site fired on; a crew fires for its side ("ISIS gunmen",
         * "gunmen from ISIS") */
        if (fire_on && o < 0) {
            o = object_site(s, i + 1, ROLE_MASK[type][1]);
            if (o >= 0 && h < 0) h = crew_subject(s, i - 1, ROLE_MASK[type][0]);
            if (o >= 0 && h < 0) {
                int c = tl_fact_atk_crew_of_verb(s, i - 1);
                if (c >= 0 && tl_fact_type_ok(s, c, ROLE_MASK[type][0])) h = c;
            }
        }
        if (weapon || fire_on) emit_coord(s, type, h, -1, o, 1, -1, -1, i, 3);
        /* "Goma fell to M23 rebels", "Kabul fell to the Taliban": a place
         * taken by a body or a people ("support fell to 40 percent", "the
         * task fell to X" take none) */
        if (t->subj == 1 && h >= 0 && o >= 0 && s->ms[h].ent != s->ms[o].ent &&
            (s->ms[h].type == TL_GPE || s->ms[h].type == TL_LOC || s->ms[h].type == TL_FAC) &&
            (s->ms[o].type == TL_ORG || s->ms[o].type == TL_NORP))
            emit_coord(s, type, o, 1, h, -1, -1, -1, i, 3);
        return;
    }
    if (type == TL_ASSOCIATE_OF && o < 0 && tl_fact_is(s, i + 1, "with")) o = tl_fact_named_after_noun(s, i + 2);
    /* "works with Hizballah financier X": the body before a noun of role
     * qualifies the person named after it, who is the partner */
    if (type == TL_ASSOCIATE_OF && o >= 0 && s->ms[o].type != TL_PERSON && s->ms[o].te + 1 < s->se &&
        s->is_trig[s->ms[o].te - s->sb] && !(s->d->tokens[s->ms[o].te].flags & TL_TOK_UPPER)) {
        int p = tl_fact_ment_at(s, s->ms[o].te + 1);
        if (p >= 0 && s->ms[p].tb == s->ms[o].te + 1 && s->ms[p].type == TL_PERSON) o = p;
    }
    if (type == TL_ASSOCIATE_OF && !tl_fact_associate_surf_ok(s, i, o)) return;
    /* "Born in Y, X moved to Z": a participle opening the sentence is said
     * of the subject after its comma */
    if (type == TL_BORN_IN && h < 0 && i == s->sb) {
        for (uint32_t k = i + 1; k < s->se && k < i + 10; k++)
            if (tl_fact_is(s, k, ",")) {
                int x = tl_fact_ment_from(s, k + 1, NULL);
                if (x >= 0 && s->ms[x].tb == k + 1 && tl_fact_type_ok(s, x, ROLE_MASK[type][0])) h = x;
                break;
            }
    }
    /* "X's headquarters in Y", "X has its headquarters in Y", "the
     * headquarters of X in Y": the possessor is the one placed, never
     * the clause's subject ("Z visited the group's headquarters in Y") */
    if (type == TL_LOCATED_IN && tl_fact_is(s, i, "headquarters")) {
        h = -1;
        if (i > s->sb + 1 && (tl_fact_is(s, i - 1, "'s") || tl_fact_is(s, i - 1, "'"))) h = tl_fact_ment_ending(s, i - 2);
        else if (i > s->sb && tl_fact_poss_pron_at(s, i - 1) >= 0) h = tl_fact_poss_pron_at(s, i - 1);
        else if (tl_fact_is(s, i + 1, "of")) h = tl_fact_ment_from(s, i + 2, NULL);
        if (h < 0 || !tl_fact_type_ok(s, h, ROLE_MASK[type][0])) return;
        if (o >= 0 && s->ms[o].tb <= s->ms[h].tb) return;
    }
    /* "X was held in Y" is captivity; "X held talks with Z in Y" is a
     * meeting somewhere, no place X is in: "held" wants "in" next or a
     * passive */
    if (type == TL_LOCATED_IN && tl_fact_is(s, i, "held") && !tl_fact_is(s, i + 1, "in") &&
        !(i > s->sb && (tl_fact_wl(s, i - 1, WL_BE) || tl_fact_is(s, i - 1, "being"))))
        return;
    /* "belonged to a Hezbollah unit known as Unit 910": to the part named */
    if ((type == TL_MEMBER_OF || type == TL_LEADER_OF) && o >= 0) {
        int part = tl_fact_named_part(s, o);
        if (part >= 0) o = part;
    }
    /* "born in X" in a parenthesis or a participle phrase after the name */
    emit_coord(s, type, h, -1, o, 1, -1, -1, i, 0);
}

/* "imposed (new) sanctions": the word is the noun, whatever the tagger
 * made of "sanctions" (also a verb form). */
static int sanctions_imposed(const tl_fsent *s, uint32_t i) {
    if (!tl_fact_w(s, i, "sanctions") || i < s->sb + 1) return 0;
    return tl_fact_w(s, i - 1, IMPOSE_VERBS) || (i >= s->sb + 2 && tl_fact_w(s, i - 1, "new|further|tough|fresh|more") &&
                                                 tl_fact_w(s, i - 2, IMPOSE_VERBS));
}

/* "X murdered Y": a past form the tagger read as an adjective ("the
 * murdered journalist") is the verb when a name ends right before it and a
 * name, a determiner, or one common word and a name follow -- no adjective
 * stands between two names.  So is one read as a noun ("X shot journalist
 * Y") in a sentence the tagger left without a verb.  Can't fail. */
static int past_read_as_adj(const tl_fsent *s, uint32_t i, int is_past) {
    if (!is_past || i <= s->sb || i + 1 >= s->se) return 0;
    int tg = s->tag[i - s->sb];
    if (tg == TL_POS_NOUN) {
        /* "X shot journalist Y" read as one noun phrase: only in a
         * sentence with no verb at all */
        for (uint32_t k = s->sb; k < s->se; k++) {
            int t = s->tag[k - s->sb];
            if (t == TL_POS_VERB || t == TL_POS_VBD || t == TL_POS_VBN || t == TL_POS_VBG || t == TL_POS_VERB_PRES ||
                t == TL_POS_AUX || t == TL_POS_MD)
                return 0;
        }
    } else if (tg != TL_POS_ADJ) {
        return 0;
    }
    int h = tl_fact_ment_ending(s, i - 1);
    if (h < 0 || s->ms[h].pron) return 0;
    int o = tl_fact_ment_at(s, i + 1);
    if (o >= 0) return s->ms[o].tb == i + 1;
    if (tl_fact_wl(s, i + 1, WL_DETS)) return 1;
    o = i + 2 < s->se ? tl_fact_ment_at(s, i + 2) : -1;
    return o >= 0 && s->ms[o].tb == i + 2 && !(s->d->tokens[i + 1].flags & TL_TOK_UPPER) && !tl_fact_is_punct(s, i + 1);
}

/* A verb form, participles included ("was working"). */
static int verbal(const tl_fsent *s, uint32_t i) {
    int t = tl_fact_tag(s, i);
    return tl_fact_is_verbish(s, i) || t == TL_POS_VBG || t == TL_POS_VBN;
}

void tl_fact_directed(tl_fsent *s) {
    for (uint32_t k = s->sb + 2; k + 2 < s->se; k++) {
        /* "the ... of" first (plain compares), then the words: "direction",
         * "behest", "instruction(s)", "orders" */
        if (!tl_fact_is(s, k + 1, "of") || !tl_fact_is(s, k - 1, "the") ||
            !tl_fact_w(s, k, "direction|behest|instruction|instructions|orders"))
            continue;
        if (!(tl_fact_is(s, k - 2, "at") && tl_fact_w(s, k, "direction|behest")) &&
            !(tl_fact_is(s, k - 2, "under") && tl_fact_w(s, k, "direction|instruction|instructions|orders")) &&
            !(tl_fact_is(s, k - 2, "on") && tl_fact_w(s, k, "instructions|orders")))
            continue;
        /* who directs: a name, or a person's noun and the body it serves
         * ("an intelligence officer in the Ministry of State Security") */
        uint32_t j = k + 2;
        if (tl_fact_wl(s, j, WL_DETS)) j++;
        int y = tl_fact_ment_at(s, j);
        if (y >= 0 && (s->ms[y].tb != j || s->ms[y].pron)) y = -1;
        /* "on the orders of Russia's FSB": the body the state owns */
        if (y >= 0 && s->ms[y].te + 1 < s->se && tl_fact_w(s, s->ms[y].te, "'s|\u2019s")) {
            int z = tl_fact_ment_at(s, s->ms[y].te + 1);
            if (z >= 0 && s->ms[z].tb == s->ms[y].te + 1 && s->ms[z].type == TL_ORG && !s->ms[z].pron) y = z;
        }
        for (uint32_t q = j; y < 0 && q < s->se && q < j + 6; q++) {
            if (tl_fact_is_punct(s, q) || tl_fact_ment_at(s, q) >= 0 || tl_fact_is_verbish(s, q)) break;
            if (q > j && tl_fact_w(s, q, "in|of|from|at") && tl_fact_w(s, q - 1, TL_CUE_OCCUPATION_NOUNS)) {
                uint32_t r = tl_fact_is(s, q + 1, "the") ? q + 2 : q + 1;
                int o = r < s->se ? tl_fact_ment_at(s, r) : -1;
                if (o >= 0 && s->ms[o].tb == r && !s->ms[o].pron && s->ms[o].type == TL_ORG) y = o;
                break;
            }
        }
        if (y < 0 || !tl_fact_type_ok(s, y, ROLE_MASK[TL_RECRUITED][0])) continue;
        /* who was directed: the subject of the verb before the phrase */
        uint32_t v = k - 2;
        while (v > s->sb && v + 10 > k && !verbal(s, v) && !tl_fact_is_punct(s, v)) v--;
        if (v <= s->sb || !verbal(s, v)) continue;
        /* "X was murdered on the orders of Y": a passive verb of harm's
         * subject is the victim, the one who gave the orders the
         * attacker */
        int harmed = tl_fact_w(s, v, TL_FACT_HARM_VERBS) && tl_fact_wl(s, v - 1, WL_BE);
        /* "was working at ...": the clause's subject is left of its
         * auxiliaries; "... while working at ...": the main clause's */
        while (v > s->sb + 1 && (tl_fact_wl(s, v - 1, WL_BE) || tl_fact_w(s, v - 1, "has|have|had|also|allegedly")))
            v--;
        if (harmed) {
            int x = find_subj(s, v, ROLE_MASK[TL_ATTACKED][1]);
            if (x >= 0 && s->ms[x].ent != s->ms[y].ent && tl_fact_type_ok(s, y, ROLE_MASK[TL_ATTACKED][0]))
                tl_fact_emit(s, TL_ATTACKED, y, x, -1, -1, k, 3);
            continue;
        }
        if (v > s->sb + 2 && tl_fact_w(s, v - 1, "while|when|whilst")) {
            v -= 2;
            while (v > s->sb && v + 12 > k && !verbal(s, v) && !tl_fact_is(s, v, ";")) v--;
            if (v <= s->sb || !verbal(s, v)) continue;
        }
        int x = find_subj(s, v, ROLE_MASK[TL_RECRUITED][1]);
        if (x >= 0 && s->ms[x].ent != s->ms[y].ent) tl_fact_emit(s, TL_RECRUITED, y, x, -1, -1, k, 0);
    }
}

/* "accuses of financing Hezbollah": a gerund after a preposition with a
 * name right after it, which the tagger read as a noun, is the verb.
 * Can't fail. */
static int gerund_read_as_noun(const tl_fsent *s, uint32_t i) {
    uint32_t r = i - s->sb;
    if (i <= s->sb || i + 1 >= s->se || s->len[r] < 6 || !tl_fact_ing(s, i) ||
        !tl_fact_w(s, i - 1, "of|for|with|by|in|after|before|from|about"))
        return 0;
    int m = tl_fact_ment_at(s, i + 1);
    return m >= 0 && s->ms[m].tb == i + 1 && !s->ms[m].pron;
}

/* Is token i a present verb in "-s" between two names ("The IRGC trains
 * Hezbollah", "Iran funds and arms the Houthis", "arms militias,
 * including X"), which the tagger read as a plural noun?  A name, a plural and a name in a row, or two plurals
 * joined by "and" between them, make a clause.  Can't fail. */
static int present_between_names(const tl_fsent *s, uint32_t i) {
    uint32_t r = i - s->sb;
    if (i <= s->sb || i + 1 >= s->se || s->len[r] < 4 || s->low[r][s->len[r] - 1] != 's') return 0;
    uint32_t a = i, b = i; /* the first and last of the verbs */
    if (i >= s->sb + 3 && tl_fact_is(s, i - 1, "and") && s->is_trig[r - 2] && s->len[r - 2] >= 4 &&
        s->low[r - 2][s->len[r - 2] - 1] == 's')
        a = i - 2;
    else if (i + 3 < s->se && tl_fact_is(s, i + 1, "and") && s->is_trig[r + 2] && s->len[r + 2] >= 4 &&
             s->low[r + 2][s->len[r + 2] - 1] == 's')
        b = i + 2;
    if (a <= s->sb) return 0;
    int x = tl_fact_ment_ending(s, a - 1);
    if (x < 0 || s->ms[x].pron || s->ms[x].type == TL_NORP) return 0;
    uint32_t q = tl_fact_is(s, b + 1, "the") ? b + 2 : b + 1;
    int y = q < s->se ? tl_fact_ment_at(s, q) : -1;
    /* (or an object that ", including" names: "arms militias in Iraq,
     * including X") */
    return (y >= 0 && s->ms[y].tb == q && !s->ms[y].pron) || including_object(s, b, ~0u) >= 0;
}

void tl_fact_triggers(tl_fsent *s) {
    const tl_fact_ctx *c = s->c;
    for (uint32_t i = s->sb; i < s->se; i++) {
        uint32_t r = i - s->sb;
        if (!s->is_trig[r] || tl_fact_ment_at(s, i) >= 0) continue;
        const tl_trig *fr[6];
        int is_past = 0;
        size_t n = tl_trig_lookup(c->lex, s->low[r], s->len[r], fr, 6, &is_past);
        for (size_t k = 0; k < n; k++) {
            const tl_trig *t = fr[k];
            int tg = s->tag[r];
            int want = tl_trig_pos_of(t);
            if (tg && want == TL_TP_VERB && !(tl_fact_is_verbish(s, i) || tg == TL_POS_VBN || tg == TL_POS_VBG) &&
                !past_read_as_adj(s, i, is_past) && !gerund_read_as_noun(s, i) && !present_between_names(s, i))
                continue;
            if (tg && want == TL_TP_NOUN && !(tg == TL_POS_NOUN || tg == TL_POS_PROPN ||
                                              (tg == TL_POS_ADJ && t->kind == TL_TK_REL) ||
                                              /* the tagger reads "ally" as an adverb in "-ly" */
                                              (tg == TL_POS_ADV && t->kind == TL_TK_REL && tl_fact_is(s, i, "ally")) ||
                                              /* ("Fighting between X and Y": a gerund
                                               * opening the sentence as a noun) */
                                              (tg == TL_POS_VBG && tl_fact_is(s, i + 1, "between"))) &&
                !sanctions_imposed(s, i))
                continue;
            switch (t->kind) {
            case TL_TK_VERB: frame_verb(s, t, i, is_past); break;
            case TL_TK_SURF: frame_surf(s, t, i); break;
            case TL_TK_REL: frame_rel(s, t, i); break;
            case TL_TK_EVENT: frame_event(s, t, i); break;
            case TL_TK_ADJ: frame_adj(s, t, i); break;
            default: break;
            }
        }
    }
    tl_fact_sentence_gaps(s);
}
