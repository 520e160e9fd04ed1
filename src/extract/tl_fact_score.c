/* tl_fact_score.c -- the fact pass's hook for the learned scorer: its facts for what the frames did not read, its veto of what they read. */
#include <string.h>
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_genre.h"
#include "tl_cues.h"

#define MAX_ARGS 64
#define MAX_CANDS 256

/* Does a frame's candidate already join entities ea and eb (either way)? */
static int framed(const tl_fsent *s, int nframe, int32_t ea, int32_t eb) {
    for (int k = 0; k < nframe; k++) {
        const tl_fcand *c = &s->cands[k];
        int32_t a = c->m[0] >= 0 ? s->ms[c->m[0]].ent : -1, b = c->m[1] >= 0 ? s->ms[c->m[1]].ent : -1;
        if ((a == ea && b == eb) || (a == eb && b == ea)) return 1;
    }
    return 0;
}

/* Is a verb or auxiliary among tokens [lo, hi)?  Can't fail. */
static int verb_between(const tl_fsent *s, uint32_t lo, uint32_t hi) {
    for (uint32_t k = lo; k < hi && k < s->se; k++) {
        int t = tl_fact_tag(s, k);
        if (t == TL_POS_VERB || t == TL_POS_VBD || t == TL_POS_VBN || t == TL_POS_VBG || t == TL_POS_VERB_PRES ||
            t == TL_POS_MD || t == TL_POS_AUX)
            return 1;
    }
    return 0;
}

/* Words between two mentions of a sentence.  Can't fail. */
static uint32_t gap_between(const tl_fment *x, const tl_fment *y) {
    return x->te <= y->tb ? y->tb - x->te : y->te <= x->tb ? x->tb - y->te : 0;
}

/* Is the scorer's fact k a person's office (LEADER_OF, MEMBER_OF) in a
 * state while another of its facts gives the same person an office in
 * another state named closer to them?  "The United States sanctioned
 * Rwanda's minister X": X is Rwanda's, not the sanctioning state's (the
 * scorer's margins do not tell them apart).  Ties keep both.  Can't fail. */
static int state_rival(const tl_fsent *s, const tl_fcand *out, size_t n, size_t k) {
    const tl_fcand *a = &out[k];
    if ((a->type != TL_LEADER_OF && a->type != TL_MEMBER_OF) || a->m[0] < 0 || a->m[1] < 0) return 0;
    const tl_fment *ap = &s->ms[a->m[0]], *ag = &s->ms[a->m[1]];
    if (ap->type != TL_PERSON || ag->type != TL_GPE) return 0;
    for (size_t j = 0; j < n; j++) {
        const tl_fcand *b = &out[j];
        if (j == k || (b->type != TL_LEADER_OF && b->type != TL_MEMBER_OF) || b->m[0] < 0 || b->m[1] < 0) continue;
        const tl_fment *bp = &s->ms[b->m[0]], *bg = &s->ms[b->m[1]];
        if (bp->ent == ap->ent && bg->type == TL_GPE && bg->ent != ag->ent && gap_between(bp, bg) < gap_between(ap, ag))
            return 1;
    }
    return 0;
}

/* Does a frame's candidate of a one-role type already hold entity e? */
static int framed_one(const tl_fsent *s, int nframe, int type, int32_t e) {
    for (int k = 0; k < nframe; k++) {
        const tl_fcand *c = &s->cands[k];
        if (c->type == type && c->m[0] >= 0 && s->ms[c->m[0]].ent == e) return 1;
    }
    return 0;
}

/* Did a frame already give the noun of office at trig to another holder
 * in the same group, the pair's holder at token hb standing in a clause
 * of its own after the noun ("X became the Gulf Clan's top commander
 * after Y was killed": the frame read X; Y is no commander)?  Can't
 * fail. */
static int office_taken(const tl_fsent *s, int nframe, uint32_t trig, uint32_t hb, int32_t holder, int32_t group) {
    int clause = 0;
    for (uint32_t k = trig + 1; k < hb && k < s->se; k++) {
        clause |= tl_fact_w(s, k, "after|before|when|while|since|because|until|as|although|though|whereas");
        /* (a noun of office of the pair's own after it: "after Israel
         * killed its former leader, Y") */
        if (s->is_trig[k - s->sb]) return 0;
    }
    if (!clause) return 0;
    for (int k = 0; k < nframe; k++) {
        const tl_fcand *c = &s->cands[k];
        if ((c->type != TL_LEADER_OF && c->type != TL_MEMBER_OF) || c->trig != trig || c->m[0] < 0 || c->m[1] < 0)
            continue;
        if (s->ms[c->m[1]].ent == group && s->ms[c->m[0]].ent != holder) return 1;
    }
    return 0;
}

/* Did a frame read a fact of this type in the sentence? */
static int framed_type(const tl_fsent *s, int nframe, int type) {
    for (int k = 0; k < nframe; k++)
        if (s->cands[k].type == type) return 1;
    return 0;
}

/* Is the name over tokens [tb, te) one of a list: after "and", "or" or a
 * comma, or before "and", "or", or a comma and another name ("X, 34, and
 * Y", "X, Y and Z")? */
static int listed(const tl_fsent *s, uint32_t tb, uint32_t te) {
    if (tb > s->sb && tl_fact_wl(s, tb - 1, WL_AND_OR)) return 1;
    /* (a comma after a name or an age; after a common noun it opens an
     * apposition: "his lawyer, X, said") */
    if (tb > s->sb + 1 && tl_fact_is(s, tb - 1, ",") &&
        (tl_fact_ment_ending(s, tb - 2) >= 0 || (s->d->tokens[tb - 2].flags & TL_TOK_DIGIT) ||
         !(s->d->tokens[tb - 2].flags & TL_TOK_ALPHA) || (s->d->tokens[tb - 2].flags & TL_TOK_UPPER) ||
         tl_fact_tag(s, tb - 2) != TL_POS_NOUN))
        return 1;
    uint32_t k = te;
    if (tl_fact_is(s, k, ",") && k + 2 < s->se && (s->d->tokens[k + 1].flags & TL_TOK_DIGIT) && tl_fact_is(s, k + 2, ","))
        k += 2; /* an age */
    /* ("X of the murder of Y and sentenced him": an "and" before a verb
     * joins clauses, not names) */
    /* (nor before an auxiliary: "met X and was arrested") */
    if (tl_fact_wl(s, k, WL_AND_OR))
        return !(k + 1 < s->se && (tl_fact_tag(s, k + 1) == TL_POS_VBD || tl_fact_tag(s, k + 1) == TL_POS_VERB_PRES ||
                                   tl_fact_w(s, k + 1, "was|were|is|are|has|have|had|will|would")));
    return tl_fact_is(s, k, ",") && (tl_fact_wl(s, k + 1, WL_AND_OR) || tl_fact_ment_at(s, k + 1) >= 0);
}

/* "X had been in contact with Y, a recruiter, according to the
 * indictment": is the sentence's charge named only by its source phrase,
 * with a person (a pronoun too) before token tb?  That first one is the
 * defendant; a later person is charged only when listed with them.
 * Can't fail. */
static int charge_source_after_other(const tl_fsent *s, uint32_t tb) {
    int src = 0;
    for (uint32_t k = s->sb; k + 2 < s->se && !src; k++)
        if (tl_fact_is(s, k, "according") && tl_fact_is(s, k + 1, "to")) {
            uint32_t q = k + 2 + (uint32_t)tl_fact_is(s, k + 2, "the");
            src = q < s->se && tl_fact_w(s, q, "indictment|indictments|complaint|charges|charging|prosecutors|court");
        }
    if (!src) return 0;
    for (uint32_t k = s->sb; k < tb; k++) {
        int m = tl_fact_ment_at(s, k);
        if (m >= 0 && s->ms[m].type == TL_PERSON) return 1;
    }
    return 0;
}

/* The class of the first frame's fact that joins the candidate's entities
 * (a pair in either direction, or one person with a one-role fact), 0
 * none; *which gets that frame's index.  The trainer labels its candidates
 * with the frames' facts in the same way (tools/train-fscore.c). */
static unsigned rule_of(const tl_fsent *s, int nframe, const tl_fscore_arg *as, const tl_fscore_cand *x, int *which) {
    for (int k = 0; k < nframe; k++) {
        const tl_fcand *c = &s->cands[k];
        if (c->m[0] < 0) continue;
        int32_t a = s->ms[c->m[0]].ent, b = c->m[1] >= 0 ? s->ms[c->m[1]].ent : -1;
        unsigned cls = 0;
        if (x->b < 0) {
            cls = tl_fscore_class_of(c->type, 0);
            if (!tl_fscore_class_unary(cls) || a != as[x->a].ent) cls = 0;
        } else if (b >= 0) {
            if (a == as[x->a].ent && b == as[x->b].ent) cls = tl_fscore_class_of(c->type, 0);
            else if (a == as[x->b].ent && b == as[x->a].ent) cls = tl_fscore_class_of(c->type, 1);
            if (tl_fscore_class_unary(cls)) cls = 0;
        }
        if (cls) { *which = k; return cls; }
    }
    return 0;
}

/* Marks in drop[] every frame's fact of the same type on the same entities
 * (and direction) as frame `first`: a veto drops the fact, however many
 * frames read it in the sentence. */
/* Does a minister's or secretary's title stand right before the name at
 * token tb ("Secretary of State X", "Foreign Minister X"; not "Prime
 * Minister X" nor "Secretary-General X")?  Can't fail. */
static int minister_title(const tl_fsent *s, uint32_t tb) {
    for (uint32_t k = tb, n = 0; k > s->sb && n < 4; n++) {
        k--;
        if (tl_fact_w(s, k, "minister|secretary"))
            return !(k > s->sb && tl_fact_w(s, k - 1, "prime|first|chief"));
        if (tl_fact_is_punct(s, k) || tl_fact_ment_at(s, k) >= 0) return 0;
    }
    return 0;
}

/* "X, a cousin of Hamas leader Y": a body's name before a title (up to
 * three words, one of them a title or role) and another person's name is
 * that person's, and no one else's office or side.  Can't fail. */
static int title_of_other(const tl_fsent *s, const tl_fment *org, int32_t person) {
    int title = 0;
    uint32_t k = org->te;
    for (int n = 0; n < 3 && k < s->se && tl_fact_ment_at(s, k) < 0; n++, k++) {
        const tl_token *tk = &s->d->tokens[k];
        int tg = tl_fact_tag(s, k);
        if (!(tk->flags & TL_TOK_ALPHA) || (tg && tg != TL_POS_NOUN && tg != TL_POS_PROPN && tg != TL_POS_ADJ)) return 0;
        if ((tl_gaz_lookup(s->g, s->d->text + tk->start, tk->end - tk->start) & TL_GAZ_TITLE) ||
            tl_fact_w(s, k, "leader|commander|chief|head|founder|spokesman|spokeswoman|official|member|militant|"
                            "fighter|operative|financier|ideologue|emir|boss|kingpin|lieutenant"))
            title = 1;
    }
    int p = title && k < s->se ? tl_fact_ment_at(s, k) : -1;
    return p >= 0 && s->ms[p].tb == k && s->ms[p].type == TL_PERSON && !s->ms[p].pron && s->ms[p].ent != person;
}

/* Is the name [tb, te) after token trig the subject of a clause of its own
 * that a conjunction opens after a comma ("..., as President X extended
 * ...", "..., while X said ..."), whose verb is no trigger (", after X
 * was arrested" is the arrest's)?  Can't fail. */
static int own_clause_after(const tl_fsent *s, uint32_t trig, uint32_t tb, uint32_t te) {
    if (tb <= trig || te >= s->se) return 0;
    int conj = 0;
    for (uint32_t k = tb; k > trig + 2 && k + 6 > tb; k--)
        if (tl_fact_w(s, k - 1, "as|while|whereas|although|though|because|when|after|before|since") &&
            tl_fact_is(s, k - 2, ",")) {
            conj = 1;
            break;
        }
    if (!conj) return 0;
    uint32_t v = te;
    if (v < s->se && tl_fact_tag(s, v) == TL_POS_ADV) v++;
    if (v < s->se && tl_fact_w(s, v, "has|had|have|was|were|is|will|would")) v++;
    int t = v < s->se ? tl_fact_tag(s, v) : 0;
    /* (", after X was arrested": the clause's own verb is the event) */
    return (t == TL_POS_VBD || t == TL_POS_VERB_PRES || t == TL_POS_VBN) && !s->is_trig[v - s->sb];
}

/* Is the name at token tb one of the agents of "announced by" (a list of
 * titled names back to "by", 30 words at most)?  Can't fail. */
static int announcer(const tl_fsent *s, uint32_t tb) {
    for (uint32_t k = tb; k > s->sb + 1 && k + 30 > tb; k--) {
        if (tl_fact_is(s, k - 1, "by"))
            return tl_fact_w(s, k - 2, "announced|unsealed|filed|brought|obtained|returned|made|disclosed|released");
        if (tl_fact_is(s, k - 1, ";") || tl_fact_is(s, k - 1, ".") ||
            (tl_fact_is_verbish(s, k - 1) && tl_fact_ment_at(s, k - 1) < 0 && !(s->d->tokens[k - 1].flags & TL_TOK_UPPER)))
            return 0;
    }
    return 0;
}

/* Is the name at tb a role someone plays: "posed as an ISIS supporter",
 * "pretending to be a Hamas official"?  Four words back at most, no name
 * or punctuation between.  Can't fail. */
static int posed_as(const tl_fsent *s, uint32_t tb) {
    for (uint32_t k = tb, n = 0; k > s->sb + 1 && n < 4; n++) {
        k--;
        if (tl_fact_is(s, k, "as") && tl_fact_w(s, k - 1, "posed|posing|poses|pose|disguised|masquerading|masqueraded"))
            return 1;
        if (tl_fact_is(s, k, "be") && tl_fact_is(s, k - 1, "to") && k > s->sb + 2 &&
            tl_fact_w(s, k - 2, "pretended|pretending|pretends|pretend|claimed|claiming"))
            return 1;
        if (tl_fact_is_punct(s, k) || tl_fact_ment_at(s, k) >= 0) return 0;
    }
    return 0;
}

/* Is the name at token tb the one a noun of kin or company is "of", over a
 * few lower-case words of title ("the son of jailed drug lord X", "a
 * cousin of X")?  The event of the sentence is then the kin's.  Can't
 * fail. */
static int kin_of_before(const tl_fsent *s, uint32_t tb) {
    for (uint32_t k = tb, n = 0; k > s->sb + 1 && n < 4; n++) {
        k--;
        if (tl_fact_is(s, k, "of")) return tl_fact_w(s, k - 1, TL_CUE_POSSESSED_PERSON_NOUNS);
        if (tl_fact_is_punct(s, k) || tl_fact_ment_at(s, k) >= 0 || (s->d->tokens[k].flags & TL_TOK_UPPER)) return 0;
    }
    return 0;
}

/* "X's wife, a Dutch national, was questioned": is the name at tokens
 * [tb, te) the owner of a noun of kin or company right after it?  The
 * event is then that person's.  Can't fail. */
static int kin_owner(const tl_fsent *s, uint32_t te) {
    return te + 1 < s->se && tl_fact_w(s, te, "'s|\u2019s") && tl_fact_w(s, te + 1, TL_CUE_POSSESSED_PERSON_NOUNS);
}

/* "X, Y's intermediary, was arrested": is the name at tokens [tb, te) the
 * possessor of one to three lower-case words set off by commas after
 * another name?  The apposition is X's, not Y's.  Can't fail. */
static int apposed_possessor(const tl_fsent *s, uint32_t tb, uint32_t te) {
    if (tb < s->sb + 2 || !tl_fact_is(s, tb - 1, ",") || tl_fact_ment_ending(s, tb - 2) < 0 || te + 2 >= s->se ||
        !tl_fact_w(s, te, "'s|\u2019s"))
        return 0;
    uint32_t k = te + 1;
    for (int n = 0; n < 3 && k < s->se && tl_fact_ment_at(s, k) < 0 && (s->d->tokens[k].flags & TL_TOK_ALPHA) &&
                    !(s->d->tokens[k].flags & TL_TOK_UPPER);
         n++)
        k++;
    return k > te + 1 && k < s->se && tl_fact_is(s, k, ",");
}

/* "X, whose brother was arrested in Y, denied": does a clause opened by
 * "whose" right after the name ending at te hold the trigger at trig,
 * before the clause's closing comma?  Its event is the possessed noun's,
 * not the name's.  Can't fail. */
static int whose_clause(const tl_fsent *s, uint32_t te, int trig) {
    uint32_t k = te;
    if (k < s->se && tl_fact_is(s, k, ",")) k++;
    if (k >= s->se || !tl_fact_is(s, k, "whose") || trig <= (int)k) return 0;
    for (uint32_t q = k + 1; q < (uint32_t)trig; q++)
        if (tl_fact_is(s, q, ",")) return 0;
    return 1;
}

/* "A and B, the sons of X, who is serving a life sentence": is the
 * trigger at trig inside a clause "who" opens after another name, the
 * one ending right before its comma, between te and trig?  Its event is
 * that name's.  Can't fail. */
static int others_relative(const tl_fsent *s, uint32_t te, int trig) {
    for (uint32_t q = (uint32_t)trig; q > te + 2; q--) {
        uint32_t k = q - 1;
        if (tl_fact_is(s, k, ",") || tl_fact_is(s, k, ";")) return 0;
        if (tl_fact_is(s, k, "who") && tl_fact_is(s, k - 1, ",")) {
            int o = tl_fact_ment_ending(s, k - 2);
            return o >= 0 && s->ms[o].type == TL_PERSON && s->ms[o].tb >= te;
        }
    }
    return 0;
}

/* "laundering proceeds through firms owned by his cousin, X": is the
 * name at token tb in apposition to a noun of kin or company that a
 * possessive and a preposition open (not "with": "arrested X along with
 * his brother, Y" arrests Y too)?  X is someone the event's person dealt
 * with, not its person.  Can't fail. */
static int kin_after_preposition(const tl_fsent *s, uint32_t tb) {
    if (tb < s->sb + 4 || !tl_fact_is(s, tb - 1, ",")) return 0;
    uint32_t k = tb - 2;
    if (!tl_fact_w(s, k, TL_CUE_POSSESSED_PERSON_NOUNS)) return 0;
    /* (an adjective or two: "his younger brother", "her longtime business partner") */
    for (int n = 0; n < 3 && k > s->sb + 1 && !tl_fact_w(s, k - 1, "his|her|their"); n++) {
        k--;
        if (tl_fact_ment_at(s, k) >= 0 || tl_fact_is_punct(s, k) || !(s->d->tokens[k].flags & TL_TOK_ALPHA)) return 0;
    }
    return k > s->sb + 1 && tl_fact_w(s, k - 1, "his|her|their") &&
           tl_fact_w(s, k - 2, "by|of|to|from|for|through|about|against|on|via");
}

/* "in northern Iraq", "across the Sahel": does the name at token tb stand
 * in a phrase of place (a preposition of place, then at most an article
 * and a compass word)?  Can't fail. */
static int in_place_phrase(const tl_fsent *s, uint32_t tb) {
    uint32_t k = tb;
    for (int n = 0; n < 2 && k > s->sb && tl_fact_w(s, k - 1, "the|northern|southern|eastern|western|central|"
                                                              "northeastern|northwestern|southeastern|southwestern");
         n++)
        k--;
    return k > s->sb && tl_fact_w(s, k - 1, "in|near|across|inside|outside|throughout");
}

/* "charging two men with plotting to kill X": is the name at token tb the
 * object of an attack verb (over a title or two)?  Then it is the
 * victim, no one charged.  Can't fail. */
static int attack_verb_object(const tl_fsent *s, uint32_t tb) {
    uint32_t k = tb;
    for (int n = 0; n < 2 && k > s->sb + 1 && (s->d->tokens[k - 1].flags & TL_TOK_ALPHA) && !tl_fact_is_verbish(s, k - 1);
         n++)
        k--;
    return k > s->sb && tl_fact_w(s, k - 1, TL_CUE_ATTACK_VERBS) && tl_fact_is_verbish(s, k - 1);
}

/* "X worked for Y, a lawmaker, and is accused of spying", "X met Y and
 * was arrested": is the name at token tb a verb's object (or its
 * preposition's), in a clause that "and" and an auxiliary close?  The
 * event is then the clause's subject's.  Can't fail. */
static int object_before_and(const tl_fsent *s, uint32_t tb) {
    /* (or the verb's direct object: "X met Y and was arrested") */
    if (tb < s->sb + 2 || !((tl_fact_w(s, tb - 1, "for|with|to|from|about|against") && tl_fact_is_verbish(s, tb - 2)) ||
                            (tl_fact_is_verbish(s, tb - 1) && tl_fact_ment_at(s, tb - 1) < 0 &&
                             (tl_fact_tag(s, tb - 1) == TL_POS_VBD || tl_fact_tag(s, tb - 1) == TL_POS_VERB_PRES))))
        return 0;
    for (uint32_t k = tb; k + 1 < s->se && k < tb + 16; k++) {
        if (tl_fact_is(s, k, ";")) return 0;
        if (tl_fact_w(s, k, "and|but") && tl_fact_w(s, k + 1, "is|was|are|were|has|had|faces|faced")) return 1;
    }
    return 0;
}

/* "was questioned but not arrested", "has never been charged": is the
 * trigger at token trig denied by a negation within the three words before
 * it (over auxiliaries)?  Can't fail. */
static int trigger_negated(const tl_fsent *s, uint32_t trig) {
    for (uint32_t k = trig, n = 0; k > s->sb && n < 3; n++) {
        k--;
        if (tl_fact_w(s, k, "not|never|n't|n\u2019t")) return 1;
        if (!tl_fact_w(s, k, "was|were|been|be|has|have|had|is|are|yet|later|formally|officially")) return 0;
    }
    return 0;
}

/* "arrested four men in connection with the shooting of a senior police
 * officer, X": is the name at token tb the victim an attack's noun
 * names ("the shooting of X", "the murder of reporter X", over an
 * apposition's noun before it)?  Can't fail. */
static int attack_victim_before(const tl_fsent *s, uint32_t tb) {
    uint32_t k = tb;
    if (k > s->sb + 1 && tl_fact_is(s, k - 1, ",")) {
        /* ", a senior police officer, X" */
        k--;
        for (int n = 0; n < 6 && k > s->sb && !tl_fact_is(s, k - 1, "of"); n++) {
            uint32_t j = k - 1;
            if (tl_fact_is_punct(s, j) || tl_fact_ment_at(s, j) >= 0 || (s->d->tokens[j].flags & TL_TOK_UPPER)) return 0;
            k = j;
        }
    } else {
        /* "the murder of reporter X": a title or two */
        for (int n = 0; n < 2 && k > s->sb + 1 && !tl_fact_is(s, k - 1, "of") &&
                        !(s->d->tokens[k - 1].flags & TL_TOK_UPPER) && (s->d->tokens[k - 1].flags & TL_TOK_ALPHA);
             n++)
            k--;
    }
    return k > s->sb + 1 && tl_fact_is(s, k - 1, "of") &&
           tl_fact_w(s, k - 2, "shooting|murder|killing|assassination|stabbing|kidnapping|abduction|attack|death|"
                               "beating|poisoning|torture|disappearance");
}

/* Does a "charged" of the sentence ask a price (tl_fact_price_asked)?
 * Can't fail. */
static int price_in_sentence(const tl_fsent *s) {
    for (uint32_t k = s->sb; k < s->se; k++)
        if (s->low[k - s->sb][0] == 'c' && tl_fact_price_asked(s, k)) return 1;
    return 0;
}

/* "Pakistan accuses the Taliban government of sheltering TTP leaders,
 * including its chief, X": the name at tb is inside what another, the
 * accused named before "of", is accused of; no charge of its own.  Can't
 * fail. */
static int accused_other(const tl_fsent *s, uint32_t tb) {
    for (uint32_t v = s->sb; v + 2 < tb; v++) {
        if (!tl_fact_w(s, v, "accuse|accuses|accused|accusing")) continue;
        int first = -1;
        for (uint32_t k = v + 1; k < tb; k++) {
            if (tl_fact_is(s, k, "of")) return first >= 0;
            int m = tl_fact_ment_at(s, k);
            if (m >= 0 && first < 0) first = m;
            if (tl_fact_is_punct(s, k)) break;
        }
        /* (the accused may be a common noun: "accuses the government") */
        uint32_t k = v + 1;
        while (k < tb && k < v + 6 && !tl_fact_is(s, k, "of") && !tl_fact_is_punct(s, k)) k++;
        if (k < tb && tl_fact_is(s, k, "of") && k > v + 1) return 1;
    }
    return 0;
}

/* Is "in charge of" or a "term" that is no prison's the sentence's only
 * word of the courts ("X was in charge of security for Y", "this is an
 * ill-advised term, said X")?  Can't fail. */
static int duty_charge_only(const tl_fsent *s) {
    int duty = 0;
    for (uint32_t k = s->sb; k < s->se; k++) {
        if (k > s->sb && k + 1 < s->se && tl_fact_is(s, k, "charge") && tl_fact_is(s, k - 1, "in") &&
            tl_fact_is(s, k + 1, "of")) {
            duty = 1;
        } else if (tl_fact_w(s, k, "term|terms")) {
            /* ("a 15-year prison term", "a life term", "a 10-year term") */
            uint32_t j = k;
            while (j > s->sb && tl_fact_w(s, j - 1, "long|lengthy|maximum|minimum|suspended|jail|prison|custodial"))
                j--;
            int prison = j < k && tl_fact_w(s, k - 1, "jail|prison|custodial");
            if (prison || (j > s->sb && (tl_fact_is(s, j - 1, "life") || (s->d->tokens[j - 1].flags & TL_TOK_DIGIT))))
                return 0;
            duty = 1;
        } else if (tl_fact_w(s, k, "charge|charged|charges|indicted|indictment|convicted|sentenced|sentence|accused|"
                                   "pleaded|guilty|trial|prison|jailed|acquitted|prosecuted")) {
            return 0;
        }
    }
    return duty;
}

static void veto_frames(const tl_fsent *s, int nframe, int first, uint8_t *drop) {
    const tl_fcand *f = &s->cands[first];
    int32_t a = s->ms[f->m[0]].ent, b = f->m[1] >= 0 ? s->ms[f->m[1]].ent : -1;
    int one = tl_fscore_class_unary(tl_fscore_class_of(f->type, 0));
    for (int k = first; k < nframe; k++) {
        const tl_fcand *c = &s->cands[k];
        if (c->type != f->type || c->m[0] < 0 || s->ms[c->m[0]].ent != a) continue;
        /* "X is believed to be hiding in Y": a person's stay told by its
         * own verb right before "in" stands (the hedge is the modality's) */
        if (c->type == TL_LOCATED_IN && s->ms[c->m[0]].type == TL_PERSON && c->trig + 1 < s->se &&
            tl_fact_is(s, c->trig + 1, "in") &&
            tl_fact_w(s, c->trig, "hiding|living|lives|lived|residing|resides|resided|staying|stays|sheltering"))
            continue;
        /* "arrested at his home in Y" (tl_fact_place.c dwelling_in: the
         * scorer was trained without the rule, and reads the arrest) */
        if (c->type == TL_LOCATED_IN && c->np && s->ms[c->m[0]].type == TL_PERSON &&
            tl_fact_w(s, c->trig, TL_CUE_DWELLING_NOUNS))
            continue;
        /* "A and B, both of Miami" (tl_fact_np.c from_place: the scorer
         * was trained without the rule); "X, 36, of Staten Island": an
         * age, then a home, is plain enough to stand */
        if (c->type == TL_LOCATED_IN && c->np && tl_fact_w(s, c->trig, "both|all")) continue;
        if (c->type == TL_LOCATED_IN && c->np && c->trig + 3 < s->se && tl_fact_is(s, c->trig, ",") &&
            (s->d->tokens[c->trig + 1].flags & TL_TOK_DIGIT) && tl_fact_is(s, c->trig + 2, ",") &&
            tl_fact_w(s, c->trig + 3, "of|from"))
            continue;
        /* "X has about 1,500 fighters in Y" (tl_fact_np.c people_posted:
         * the scorer was trained without the rule) */
        if (c->type == TL_LOCATED_IN && !c->np && s->ms[c->m[0]].type == TL_ORG && c->m[1] >= 0 &&
            s->ms[c->m[1]].tb > c->trig && s->ms[c->m[1]].tb < c->trig + 10 &&
            tl_fact_w(s, c->trig, TL_FACT_POSTING_VERBS)) {
            int people = 0;
            for (uint32_t q = c->trig + 1; q < s->ms[c->m[1]].tb && !people; q++)
                people = tl_fact_w(s, q, TL_CUE_MEMBER_NOUNS) ||
                         tl_fact_w(s, q, TL_FACT_POSTED_PEOPLE);
            if (people) continue;
        }
        /* "based in the Montenegrin town of Kotor": a place the frames
         * read through its kind noun (the scorer's text has few) */
        /* (the verb's own "in": "a region of Y" is read apart) */
        if (c->type == TL_LOCATED_IN && c->m[1] >= 0 && s->ms[c->m[1]].tb > s->sb + 2 && c->trig + 3 < s->ms[c->m[1]].tb &&
            c->trig + 7 > s->ms[c->m[1]].tb && tl_fact_w(s, c->trig + 1, "in|at|near") &&
            tl_fact_is(s, s->ms[c->m[1]].tb - 1, "of") && tl_fact_w(s, s->ms[c->m[1]].tb - 2, TL_CUE_KIND_PLACE_NOUNS))
            continue;
        if (one || (c->m[1] >= 0 && s->ms[c->m[1]].ent == b)) drop[k] = 1;
    }
}

/* Is there a frame's fact, not from a later conjunct and not dropped, of
 * the same trigger word and type as frame k, on one of its entities? */
static int sibling_kept(const tl_fsent *s, int nframe, int k, const uint8_t *drop) {
    const tl_fcand *f = &s->cands[k];
    for (int j = 0; j < nframe; j++) {
        const tl_fcand *c = &s->cands[j];
        if (j == k || c->conj || drop[j] || c->type != f->type || c->trig != f->trig) continue;
        for (int r = 0; r < 2; r++)
            if (c->m[r] >= 0 && f->m[r] >= 0 && s->ms[c->m[r]].ent == s->ms[f->m[r]].ent) return 1;
    }
    return 0;
}

static int country(const tl_fsent *s, int32_t e) {
    const tl_entity *x = &s->d->entities[e];
    return x->type == TL_GPE && (tl_gaz_lookup(s->g, x->name.ptr, x->name.len) & TL_GAZ_COUNTRY);
}

/* Does the name starting at token tb follow "by" ("by (the) X")? */
static int passive_agent(const tl_fsent *s, uint32_t tb) {
    if (tb > s->sb && tl_fact_is(s, tb - 1, "the")) tb--;
    return tb > s->sb && tl_fact_is(s, tb - 1, "by");
}

/* Is place e a capital the gazetteer puts in another country than
 * country c ("Moscow" in Poland)? */
static int other_country(const tl_fsent *s, int32_t e, int32_t c) {
    const tl_entity *x = &s->d->entities[e], *y = &s->d->entities[c];
    /* capitals only: smaller places share their names across countries
     * ("Preston", Victoria, Australia) */
    if (x->type != TL_GPE || !country(s, c) || !(tl_gaz_lookup(s->g, x->name.ptr, x->name.len) & TL_GAZ_CAPITAL)) return 0;
    size_t xn = 0, yn = 0;
    const char *xc = tl_gaz_place_country(s->g, x->name.ptr, x->name.len, &xn);
    const char *yc = tl_gaz_place_country(s->g, y->name.ptr, y->name.len, &yn);
    return xc && yc && (xn != yn || memcmp(xc, yc, xn) != 0);
}

/* Do places e and c lie in two different countries by the gazetteer,
 * each a province, a large city or a capital there?  Can't fail. */
static int apart_countries(const tl_fsent *s, int32_t e, int32_t c) {
    const tl_entity *x = &s->d->entities[e], *y = &s->d->entities[c];
    if (x->type != TL_GPE || y->type != TL_GPE) return 0;
    const uint32_t big = TL_GAZ_SUBDIV | TL_GAZ_CITY_BIG | TL_GAZ_CAPITAL;
    if (!(tl_gaz_lookup(s->g, x->name.ptr, x->name.len) & big) || !(tl_gaz_lookup(s->g, y->name.ptr, y->name.len) & big))
        return 0;
    size_t xn = 0, yn = 0;
    const char *xc = tl_gaz_place_country(s->g, x->name.ptr, x->name.len, &xn);
    const char *yc = tl_gaz_place_country(s->g, y->name.ptr, y->name.len, &yn);
    return xc && yc && (xn != yn || memcmp(xc, yc, xn) != 0);
}

/* The word that carries the fact, for modality and dates: the first
 * trigger word between the mentions (or nearest to a single one), else the
 * later mention. */
static uint32_t trigger_of(const tl_fsent *s, uint32_t lo, uint32_t hi, uint32_t fallback) {
    for (uint32_t k = lo; k < hi && k < s->se; k++)
        if (k >= s->sb && s->is_trig[k - s->sb]) return k;
    return fallback;
}

/* The first trigger word in [lo, hi) that opens a frame of this type
 * ("fled to Spain after his bodyguard was arrested": "arrested", not
 * "fled"), else the first trigger word, else fallback.  Can't fail. */
static uint32_t trigger_of_type(const tl_fsent *s, uint32_t lo, uint32_t hi, int type, uint32_t fallback) {
    for (uint32_t k = lo; k < hi && k < s->se; k++)
        if (k >= s->sb && s->is_trig[k - s->sb] && tl_fact_opens(s, k, type)) return k;
    return trigger_of(s, lo, hi, fallback);
}

/* Is the name ending before token te the speaker of a verb of saying
 * whose clause has a subject of its own before a trigger word ("X, the
 * group's spokesman, said that police had detained a commander")?  The
 * event is then that subject's, not the speaker's.  Can't fail. */
static int speaker_of_other_clause(const tl_fsent *s, uint32_t te) {
    for (uint32_t k = te; k < s->se && k < te + 12; k++) {
        if (!tl_fact_wl(s, k, WL_SAY) || !tl_fact_is_verbish(s, k)) continue;
        for (uint32_t j = k + 1; j < s->se; j++) {
            int tg = tl_fact_tag(s, j);
            if ((tg == TL_POS_NOUN || tg == TL_POS_PRON) && tl_fact_ment_at(s, j) < 0 &&
                !tl_fact_w(s, j, "that|who|which|it|today|yesterday|tuesday|monday|wednesday|thursday|friday|saturday|sunday")) {
                for (uint32_t q = j + 1; q < s->se; q++)
                    if (s->is_trig[q - s->sb]) return 1;
                return 0;
            }
            if (s->is_trig[j - s->sb]) return 0;
        }
        return 0;
    }
    return 0;
}

/* "transferred money to top ISIS leaders", "met with senior Hezbollah
 * commanders": a body's name before a plural noun of its people, in a
 * phrase a preposition opens, names those people, not someone before the
 * preposition.  True when the mention [tb, te) stands so.  Can't fail. */
static int others_of_body(const tl_fsent *s, uint32_t tb, uint32_t te) {
    if (te >= s->se || !tl_fact_w(s, te, "leaders|members|commanders|operatives|officials|fighters|militants|chiefs|"
                                         "figures|officers|financiers|agents"))
        return 0;
    uint32_t k = tb;
    while (k > s->sb && k + 3 > tb && tl_fact_w(s, k - 1, "top|senior|high-ranking|key|several|other|the|its|their|"
                                                          "two|three|four|five|many|some|leading|local|former"))
        k--;
    return k > s->sb && tl_fact_w(s, k - 1, "to|with|from|for|against|by|toward|towards");
}

/* Is there a semicolon between tokens lo and hi?  Items of a list so
 * parted ("X, whom the group planned to install as Germany's leader; Y, a
 * judge") and clauses so joined are told apart -- unless a colon opens
 * the list: "Three live in Turkey: A; B, Y's envoy to Turkey; C" says it
 * of each item, wherever the place is named.
 * Can't fail. */
static int semicolon_between(const tl_fsent *s, uint32_t lo, uint32_t hi) {
    int semi = 0;
    for (uint32_t k = s->sb; k < hi && k < s->se; k++) {
        if (tl_fact_is(s, k, ":")) return 0;
        semi |= k >= lo && tl_fact_is(s, k, ";");
    }
    return semi;
}

/* Could a pair among the n candidates cs become a fact, or change a
 * frame's (a veto), once the tree is read?  ss has no tree yet.  Unary
 * candidates read no path: they don't count.  Can't fail. */
static int reachable(const tl_fscore_model *m, const tl_fscore_sent *ss, const tl_fscore_arg *as, int na,
                     const tl_fscore_cand *cs, size_t nc, const int *vframe) {
    uint32_t feats[TL_FSCORE_MAX_FEATS];
    for (size_t k = 0; k < nc; k++) {
        if (cs[k].b < 0) continue;
        if (vframe[k] >= 0) return 1; /* a veto point is no margin to 0 */
        size_t n = tl_fscore_features(ss, as, na, &cs[k], feats);
        if (tl_fscore_reach(m, as, &cs[k], feats, n) > -TL_FSCORE_PATH_LIFT) return 1;
    }
    return 0;
}

void tl_fact_scored(tl_fsent *s) {
    const tl_fact_ctx *c = s->c;
    if (!c->fscore) return;
    tl_fscore_arg as[MAX_ARGS];
    int local[MAX_ARGS];
    int na = 0;
    /* The document's own mentions, in text order: pronouns and virtual
     * mentions come after them in s->ms. */
    for (int m = 0; m < s->nm && na < MAX_ARGS; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->virt || x->pron || x->ent < 0) continue;
        if (na && x->tb < as[na - 1].tb) continue;
        as[na].tb = x->tb;
        as[na].te = x->te;
        as[na].ent = x->ent;
        as[na].type = x->type;
        local[na] = m;
        na++;
    }
    if (na < 1) return;
    int pairs = tl_fscore_model_pairs(c->fscore);
    if (!pairs) {
        /* Only one-role facts can come: a sentence without a trigger word
         * (s->is_trig, marked for the frames) has none. */
        int any = 0;
        for (uint32_t r = 0; r < s->se - s->sb && !any; r++) any = s->is_trig[r];
        if (!any) return;
    }
    tl_fscore_sent ss;
    tl_fscore_sent_init(&ss, s->d, c->lex, s->sb, s->se);
    ss.pairs = (uint8_t)pairs;
    ss.forced = (uint8_t)tl_fact_forced_cut(s);
    tl_fscore_cand cs[MAX_CANDS];
    size_t nc = tl_fscore_cands(&ss, as, na, cs, MAX_CANDS);
    int nframe = s->nc;
    /* Only the candidates some class of the model can take, and pairs no
     * frame joined, are scored: the others would be dropped anyway, and
     * a sentence left with no pair needs no parse. */
    size_t kept = 0;
    int any_pair = 0;
    int vframe[MAX_CANDS];
    for (size_t k = 0; k < nc; k++) {
        tl_fscore_cand *x = &cs[k];
        int unary = x->b < 0;
        /* A frame's fact on the candidate is judged when the model can
         * veto its class; the candidate adds no fact of its own then. */
        int which = -1;
        x->rule = (uint8_t)rule_of(s, nframe, as, x, &which);
        int judge = x->rule && tl_fscore_model_vetoes(c->fscore, x->rule);
        if (!judge) {
            if (!tl_fscore_model_fits(c->fscore, unary, as[x->a].type, unary ? -1 : as[x->b].type)) continue;
            if (!unary && framed(s, nframe, as[x->a].ent, as[x->b].ent)) continue;
        }
        any_pair |= !unary;
        vframe[kept] = judge ? which : -1;
        cs[kept++] = *x;
    }
    uint8_t drop[TL_FS_MAXC] = {0};
    nc = kept;
    /* A pair reads the dependency path between its mentions: the parse
     * the tree pass made, or one made now (the trainer gives every
     * sentence with a pair the same parse, so the features agree).  A
     * parse made only for the pairs is skipped when none of them could
     * become a fact: each scores below "no fact" by more than any path
     * lifts a margin.  Without the tree they score no higher than their
     * reach (the path features are the only ones left out), so they give
     * no fact either way: the same facts, a quarter fewer parses on prose. */
    if (any_pair && !s->parsed && !reachable(c->fscore, &ss, as, na, cs, nc, vframe)) any_pair = 0;
    if (any_pair && tl_fact_parse(s) > 0 && s->dt.n == ss.se - ss.sb) {
        uint32_t labh[TL_FSCORE_MAX_TOK];
        tl_fact_parse_labels(s, labh);
        tl_fscore_sent_tree(&ss, s->dt.head, labh, s->dt.n);
    }
    uint32_t feats[TL_FSCORE_MAX_FEATS];
    /* the scorer's facts, pushed after the loop: a person's office in the
     * state named next to them drops one in another (state_rival) */
    tl_fcand out[MAX_CANDS];
    size_t nout = 0;
    for (size_t k = 0; k < nc; k++) {
        const tl_fscore_cand *x = &cs[k];
        size_t n = tl_fscore_features(&ss, as, na, x, feats);
        if (vframe[k] >= 0) {
            if (tl_fscore_veto(c->fscore, feats, n, x->rule)) veto_frames(s, nframe, vframe[k], drop);
            if (x->b >= 0) continue;
        }
        int32_t margin;
        unsigned cls = tl_fscore_predict(c->fscore, as, x, feats, n, &margin);
        if (!cls) continue;
        int rev;
        int type = tl_fscore_class_type(cls, &rev);
        if (type < 0) continue;
        tl_fcand f;
        memset(&f, 0, sizeof f);
        f.type = (uint8_t)type;
        f.m[0] = f.m[1] = f.m[2] = f.m[3] = -1;
        if (x->b >= 0) {
            const tl_fscore_arg *l = &as[x->a], *r = &as[x->b];
            if (framed(s, nframe, l->ent, r->ent)) continue;
            /* a country is located in nothing the text names, and a
             * capital the gazetteer places in one country in no other */
            if (type == TL_LOCATED_IN && country(s, rev ? r->ent : l->ent)) continue;
            /* "MEXICO CITY (Reuters) - ... in the state of Michoacan": a
             * dateline's city lies in its country, not in a place the
             * story names */
            if (type == TL_LOCATED_IN && tl_fact_dateline_place(s, local[rev ? x->b : x->a]) &&
                !tl_fact_dateline_place(s, local[rev ? x->a : x->b]) && !country(s, rev ? l->ent : r->ent))
                continue;
            if (type == TL_LOCATED_IN && other_country(s, rev ? r->ent : l->ent, rev ? l->ent : r->ent)) continue;
            /* "arrested in Quebec on suspicion of plotting a shooting in
             * New York": places apart in the sentence that the gazetteer
             * puts in two countries nest in neither */
            if (type == TL_LOCATED_IN && r->tb > l->te + 3 && !tl_genre_encyclopedic(s->d) &&
                apart_countries(s, l->ent, r->ent))
                continue;
            /* "helped officials locate an activist living in California":
             * a participle on a common noun places that noun */
            if (type == TL_LOCATED_IN && !rev && r->tb > s->sb + 3 && tl_fact_w(s, r->tb - 1, "in") &&
                tl_fact_w(s, r->tb - 2, "living|based|residing|staying|hiding|working|studying") &&
                r->tb - 3 >= l->te && tl_fact_ment_at(s, r->tb - 3) < 0 && tl_fact_tag(s, r->tb - 3) == TL_POS_NOUN &&
                !(s->d->tokens[r->tb - 3].flags & TL_TOK_UPPER))
                continue;
            /* "surveilled targets in New York for Hezbollah": the one
             * something is done for, after the place, is not there */
            if (type == TL_LOCATED_IN && rev && r->tb > s->sb + 2 &&
                (tl_fact_is(s, r->tb - 1, "for") || (tl_fact_is(s, r->tb - 1, "the") && tl_fact_is(s, r->tb - 2, "for"))))
                continue;
            /* "arrested by the FBI in Chicago": the agent's place is the verb's */
            if (type == TL_LOCATED_IN && !rev && passive_agent(s, l->tb) && l->te < s->se &&
                tl_fact_w(s, l->te, "in|at"))
                continue;
            f.m[0] = local[rev ? x->b : x->a];
            f.m[1] = local[rev ? x->a : x->b];
            /* "struck militant targets in northern Iraq and Syria": a place
             * after "in" is where, never who attacks */
            if (type == TL_ATTACKED && in_place_phrase(s, s->ms[f.m[0]].tb)) continue;
            /* "an FBI employee who posed as an ISIS supporter": a role
             * played is no membership or support */
            if ((type == TL_MEMBER_OF || type == TL_SUPPORTS || type == TL_LEADER_OF) && posed_as(s, s->ms[f.m[1]].tb))
                continue;
            /* "founder of the pro-Hamas collective X": a name inside a
             * modifier ("pro-Hamas", "Iran-backed") is no body one founds,
             * leads or joins */
            if ((type == TL_FOUNDED || type == TL_LEADER_OF || type == TL_MEMBER_OF || type == TL_PART_OF) &&
                s->ms[f.m[1]].mod)
                continue;
            if ((type == TL_LEADER_OF || type == TL_MEMBER_OF || type == TL_SUPPORTS || type == TL_FOUNDED) &&
                s->ms[f.m[1]].type == TL_ORG && s->ms[f.m[0]].type == TL_PERSON &&
                title_of_other(s, &s->ms[f.m[1]], s->ms[f.m[0]].ent))
                continue;
            if (semicolon_between(s, l->te, r->tb)) continue;
            if ((type == TL_LEADER_OF || type == TL_MEMBER_OF) && s->ms[f.m[0]].te <= s->ms[f.m[1]].tb &&
                others_of_body(s, s->ms[f.m[1]].tb, s->ms[f.m[1]].te))
                continue;
            /* "U.S. Secretary of State X", "Foreign Minister X": a
             * state's minister serves it (the frames read the title so) */
            if (type == TL_LEADER_OF && s->ms[f.m[1]].type == TL_GPE && minister_title(s, s->ms[f.m[0]].tb)) {
                f.type = TL_MEMBER_OF;
                if (framed(s, nframe, l->ent, r->ent)) continue;
            }
            /* "X, whose brother Y is a senior Hezbollah commander,
             * denied": a name inside a clause "whose" opens after X is
             * the possessed noun's partner, not X's */
            {
                int lf = l->tb < r->tb;
                const tl_fscore_arg *fa = lf ? l : r, *sa = lf ? r : l;
                if (type != TL_FAMILY_OF && s->ms[local[lf ? x->a : x->b]].type == TL_PERSON &&
                    whose_clause(s, fa->te, (int)sa->tb))
                    continue;
            }
            f.trig = trigger_of(s, l->te, r->tb, r->tb);
            if ((type == TL_LEADER_OF || type == TL_MEMBER_OF) &&
                office_taken(s, nframe, f.trig, s->ms[f.m[0]].tb, s->ms[f.m[0]].ent, s->ms[f.m[1]].ent))
                continue;
            /* no verb between the two names: the pair is stated inside a
             * noun phrase ("Iran-backed Hezbollah", "U.S. Attorney X for
             * the District", "X, a member of Y"), background the sentence's
             * source or hedge does not govern */
            f.np = !verb_between(s, l->te, r->tb);
        } else {
            const tl_fscore_arg *a = &as[x->a];
            if (framed_one(s, nframe, type, a->ent)) continue;
            /* "X, the son of Y, was arrested": the frames read who was;
             * another person gets the fact only when listed with them */
            if (framed_type(s, nframe, type) && !listed(s, a->tb, a->te)) continue;
            f.m[0] = local[x->a];
            f.trig = trigger_of_type(s, a->te, s->se, type, a->tb);
            if (speaker_of_other_clause(s, a->te)) continue;
            /* "The son of jailed drug lord X was detained": the kin, not X */
            if (kin_of_before(s, a->tb) || kin_owner(s, a->te) || kin_after_preposition(s, a->tb) ||
                apposed_possessor(s, a->tb, a->te))
                continue;
            if (whose_clause(s, a->te, f.trig) || (f.trig > a->te && others_relative(s, a->te, (int)f.trig))) continue;
            if ((type == TL_ARRESTED || type == TL_CHARGED || type == TL_EXTRADITED) && f.trig > a->tb &&
                (trigger_negated(s, (uint32_t)f.trig) || tl_fact_kin_subject(s, (uint32_t)f.trig) ||
                 object_before_and(s, a->tb)))
                continue;
            /* "Khan, a close aide to X, was captured": the apposition's
             * object is no one captured */
            if ((type == TL_ARRESTED || type == TL_CHARGED || type == TL_EXTRADITED) && f.trig > a->te &&
                tl_fact_apposed_object(s, local[x->a], (uint32_t)f.trig))
                continue;
            /* "arrested four men over the shooting of an officer, X": the
             * victim is no one arrested */
            if ((type == TL_ARRESTED || type == TL_CHARGED || type == TL_EXTRADITED) &&
                (attack_victim_before(s, a->tb) || attack_verb_object(s, a->tb)))
                continue;
            /* "arrested 300 members, as President X extended the
             * emergency": the subject of a clause of its own after the
             * event is not the one it befell */
            if ((type == TL_ARRESTED || type == TL_CHARGED || type == TL_EXTRADITED) &&
                own_clause_after(s, s->sb, a->tb, a->te))
                continue;
            /* "The indictments were announced by U.S. Attorney A, ... and
             * Special Agent in Charge X": who announces charges brings them */
            if ((type == TL_CHARGED || type == TL_ARRESTED) && announcer(s, a->tb)) continue;
            /* "X charged each migrant 5,000 euros": a price, no charge */
            if (type == TL_CHARGED && price_in_sentence(s)) continue;
            if (type == TL_CHARGED && charge_source_after_other(s, a->tb) && !listed(s, a->tb, a->te)) continue;
            if (type == TL_CHARGED && duty_charge_only(s)) continue;
            if (type == TL_CHARGED && accused_other(s, a->tb)) continue;
        }
        out[nout++] = f;
    }
    for (size_t k = 0; k < nout; k++)
        if (!state_rival(s, out, nout, k)) tl_fact_push(s, &out[k]);
    /* A later conjunct shares the reading of the first ("operated in Mali
     * and Libya"): it leaves only with a fact of the same word and type on
     * one of its arguments that the scorer dropped too. */
    for (int k = 0; k < nframe; k++)
        if (drop[k] && s->cands[k].conj) drop[k] = (uint8_t)!sibling_kept(s, nframe, k, drop);
    /* The vetoed frames' facts leave, the others keep their order. */
    int o = 0;
    for (int k = 0; k < s->nc; k++)
        if (k >= nframe || !drop[k]) s->cands[o++] = s->cands[k];
    s->nc = o;
}

void tl_fact_ctx_set_scorer(tl_fact_ctx *c, tl_fscore_model *m) {
    if (!c) { tl_fscore_model_free(m); return; }
    tl_fscore_model_free(c->fscore);
    c->fscore = m;
}
