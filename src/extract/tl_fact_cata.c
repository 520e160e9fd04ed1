/* tl_fact_cata.c -- cataphora: a person introduced by a description ("A Ukrainian national", "a 17-year-old") and named only in the next sentence ("Ivan Petrov, 22, was ..."). */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_trig.h"
#include "tl_cues.h"
#include <assert.h>
#include <string.h>

/* News leads often hold the name back: "A Ukrainian national arrested in
 * Poland was extradited to the United States.  Yaroslav X, 22, was
 * arraigned ...".  The first sentence states the facts (citizenship, the
 * arrest, the attack) of someone it does not name; the next one names him
 * as its subject.  The description is bound to that name only when the
 * reading is plain: the description sentence names no person, holds one
 * such description, and the next sentence opens with a person named there
 * for the first time in the document (a name already known would be
 * someone else the report returns to). */

/* Does the name starting at token tb stand after a preposition of an
 * event's target, past a title, a nationality and an article ("on
 * Ukrainian President X", "of the late X")?  ("arrested with X" names a
 * partner: a second lead.)  Can't fail. */
static int in_prep(const tl_fsent *s, uint32_t tb) {
    /* ("of Haiti's president, X": the title in apposition before the
     * name, a state's possessive before it) */
    if (tb > s->sb + 4 && tl_fact_is(s, tb - 1, ",") && !(s->d->tokens[tb - 2].flags & TL_TOK_UPPER) &&
        tl_fact_w(s, tb - 3, "'s|\u2019s")) {
        int g = tl_fact_ment_ending(s, tb - 4);
        if (g >= 0 && (s->ms[g].type == TL_GPE || s->ms[g].type == TL_ORG)) tb = s->ms[g].tb;
    }
    for (uint32_t k = tb, n = 0; k > s->sb && n < 7; n++) {
        k--;
        int m = tl_fact_ment_at(s, k);
        if (m >= 0 && s->ms[m].type == TL_NORP) {
            k = s->ms[m].tb;
            continue;
        }
        if (m >= 0 || tl_fact_is_punct(s, k)) return 0;
        if (tl_fact_w(s, k, "on|against|of|targeting")) return 1;
        /* ("plotting to assassinate President X": an attack verb's object) */
        if (tl_fact_w(s, k, TL_CUE_ATTACK_VERBS)) return 1;
        /* ("to assassinate former national security adviser X": an
         * office's lower-case words) */
        if (!(s->d->tokens[k].flags & TL_TOK_UPPER) && !tl_fact_w(s, k, "the|late|former") &&
            !tl_fact_w(s, k, TL_CUE_STATE_OFFICE_NOUNS) &&
            !tl_fact_w(s, k, "national|security|adviser|advisor|deputy|foreign|defense|defence|interior|chief|senior|"
                             "top|prime|opposition|leader|politician|lawmaker|journalist|activist|dissident|critic"))
            return 0;
    }
    return 0;
}

/* Heads of an indefinite description of one person. */
static const char *const person_heads =
    "national|citizen|man|woman|businessman|businesswoman|teenager|youth|boy|girl|resident|native|hacker|"
    "student|soldier|veteran|engineer|doctor|journalist|activist|preacher|cleric|militant|fighter|suspect|"
    "defendant|fugitive|refugee|migrant|immigrant|asylum-seeker|dual-national|bishop|priest|pastor|rabbi|monk|nun|"
    "pilot|dissident|defector|blogger|reporter|photographer|worker|nurse|teacher|driver|tourist|farmer|academic|"
    "researcher|scientist|professor";

/* Heads of a description of one person by role, after a modifier ("a
 * former militia commander", "a senior gang official"). */
static const char *const role_heads =
    "commander|official|officer|operative|smuggler|trafficker|financier|spy|gunman|bomber|attacker|assailant|"
    "warlord|kingpin|boss|diplomat|politician|lawmaker|executive|banker|lawyer|imam|preacher|cleric|militant|"
    "fighter|suspect|defendant|fugitive|hacker|businessman|businesswoman|man|woman|national|citizen|soldier|"
    "veteran|engineer|journalist|activist|teenager|student|sergeant|corporal|lieutenant|captain|colonel|marine|"
    "sailor|airman|analyst|contractor|employee|informant|congressman|congresswoman|senator|legislator|mayor|"
    "governor|judge|policeman|prosecutor|worker|guard|clerk|minister|ambassador|president|premier|pilot|dissident|"
    "defector|reporter|photographer";

/* What may stand before such a noun: rank, standing, and the kind of
 * body or trade ("a former senior militia commander"). */
static const char *const role_modifiers =
    "former|senior|top|alleged|suspected|retired|notorious|wanted|convicted|jailed|self-styled|prominent|key|"
    "veteran|militia|gang|cartel|rebel|militant|jihadist|army|military|police|intelligence|mafia|drug|crime|"
    "terror|terrorist|islamist|extremist|far-right|neo-nazi|wealthy|local|young|high-ranking|mid-level|"
    "low-level|arms|money|human|people|cocaine|heroin|cyber|ransomware|computer|port|dock|factory|airport|customs|"
    "prison|hospital|construction|security|bank|interior|defence|defense|foreign|finance|justice|deputy|"
    "helicopter|jet|air|naval|navy|border|combat|opposition";

/* Plural nouns of people a count and then a list name ("three officers
 * ... The officers, A, B and C,"). */
#define PEOPLE_NOUNS                                                                                         \
    "men|women|people|suspects|defendants|teenagers|accused|nationals|brothers|sisters|cousins|officers|officials|" \
    "operatives|individuals|agents|members"

/* Words of a speaker's sentence. */
#define SPEECH_WORDS "said|says|told|tells|added|stated|spokesman|spokeswoman|spokesperson|announced|declared"

/* Is token i an age ("17-year-old")? */
static int age_at(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se) return 0;
    uint32_t r = i - s->sb;
    size_t n = s->len[r];
    return n > 9 && s->low[r][0] >= '0' && s->low[r][0] <= '9' && memcmp(s->low[r] + n - 9, "-year-old", 9) == 0;
}

/* The head token of the description that starts with "a"/"an" at token i,
 * or 0 when none does there: "a|an [AGE] [NORP] HEAD" with an age or a
 * nationality, or "a|an AGE" alone ("a 17-year-old of ...").  *norp_m gets
 * the local mention of its nationality, or -1. */
static uint32_t description_at(const tl_fsent *s, uint32_t i, int *norp_m, int *home_m) {
    *norp_m = -1;
    *home_m = -1;
    /* "The son of a Russian lawmaker was sentenced ...": kin of someone
     * unnamed, opening the lead */
    if (i == s->sb && i + 3 < s->se && tl_fact_is(s, i, "the") &&
        tl_fact_w(s, i + 1, "son|daughter|brother|sister|wife|husband|widow|nephew|niece|cousin|father|mother") &&
        tl_fact_is(s, i + 2, "of") && tl_fact_w(s, i + 3, "a|an"))
        return i + 1;
    if (!tl_fact_is(s, i, "a") && !tl_fact_is(s, i, "an")) return 0;
    uint32_t k = i + 1;
    int age = age_at(s, k), norp = 0;
    if (age) k++;
    int m = k < s->se ? s->at[k - s->sb] : -1;
    /* "A Brooklyn man", "a 27-year-old Texas woman": a place before the
     * noun is the person's home */
    if (m >= 0 && s->ms[m].type == TL_GPE && !s->ms[m].pron && s->ms[m].tb == k && s->ms[m].te < s->se &&
        s->at[s->ms[m].te - s->sb] < 0 && tl_fact_w(s, s->ms[m].te, "man|woman|teenager|resident|businessman|businesswoman")) {
        *home_m = m;
        return s->ms[m].te;
    }
    if (m >= 0 && s->ms[m].type == TL_NORP && !s->ms[m].pron && s->ms[m].tb == k) {
        norp = 1;
        *norp_m = m;
        k = s->ms[m].te;
    }
    /* "a U.S. citizen", "a Russian-Israeli national": a country's name
     * before a noun of nationality stands for the nationality */
    if (!norp && m >= 0 && s->ms[m].type == TL_GPE && !s->ms[m].pron && s->ms[m].tb == k && s->ms[m].te < s->se &&
        tl_fact_w(s, s->ms[m].te, "citizen|national|dual-national")) {
        norp = 1;
        *norp_m = m;
        k = s->ms[m].te;
    }
    /* "a Salvadoran gang leader": a nationality, then a role */
    if (norp && !age) {
        uint32_t j = k, mods = 0;
        while (j < s->se && mods < 3 && s->at[j - s->sb] < 0 && tl_fact_w(s, j, role_modifiers)) j++, mods++;
        if (mods && j < s->se && s->at[j - s->sb] < 0 && (tl_fact_w(s, j, role_heads) || tl_fact_w(s, j, "leader")) &&
            !(j + 1 < s->se && tl_fact_w(s, j + 1, "of|and|or|security|service|services|guard|team|unit|group")))
            return j;
    }
    if (k < s->se && s->at[k - s->sb] < 0 && tl_fact_w(s, k, person_heads)) {
        /* "a 17-year-old man", "a Russian national": said of one person */
        if (!age && !norp) return 0;
        /* "a Russian national security adviser": the head is a modifier */
        if (k + 1 < s->se && !tl_fact_is_punct(s, k + 1) && s->at[k + 1 - s->sb] < 0 &&
            !(s->d->tokens[k + 1].flags & TL_TOK_UPPER) && tl_fact_w(s, k + 1, "security|service|services|guard|team|unit"))
            return 0;
        return k;
    }
    /* "A former militia commander accused of ...", "a senior gang
     * official": one to three lower-case modifiers and a noun of a
     * person's role (no "of" after it: role_at reads "a member of X") */
    if (!age && !norp) {
        uint32_t j = i + 1, mods = 0;
        int nm = -1;
        while (j < s->se && mods < 4) {
            int q = s->at[j - s->sb];
            /* "a former Venezuelan intelligence official": a nationality
             * among the modifiers is the person's */
            if (q >= 0 && nm < 0 && mods && s->ms[q].type == TL_NORP && !s->ms[q].pron && s->ms[q].tb == j) {
                nm = q;
                j = s->ms[q].te;
                mods++;
                continue;
            }
            /* "a former Antwerp port worker": a town among them is his
             * home */
            if (q >= 0 && *home_m < 0 && mods && s->ms[q].type == TL_GPE && !s->ms[q].pron && s->ms[q].tb == j) {
                *home_m = q;
                j = s->ms[q].te;
                mods++;
                continue;
            }
            if (q >= 0 || !tl_fact_w(s, j, role_modifiers)) break;
            j++, mods++;
        }
        /* ("convicted a former official of conspiring": that "of" is
         * the verb's) */
        int of_verb = j + 2 < s->se && tl_fact_is(s, j + 1, "of") && tl_fact_ing(s, j + 2);
        if (mods && j < s->se && s->at[j - s->sb] < 0 && tl_fact_w(s, j, role_heads) &&
            (of_verb || !(j + 1 < s->se && tl_fact_w(s, j + 1, "of|and|or|security|service|services|guard|team|unit|group")))) {
            *norp_m = nm;
            return j;
        }
        *home_m = -1;
    }
    /* the age alone, followed by no noun of its own ("a 17-year-old of") */
    if (age && !norp && (k >= s->se || tl_fact_is_punct(s, k) || tl_fact_w(s, k, "of|in|at|from|for|with|on") ||
                         tl_fact_is(s, k, "who") || tl_fact_is(s, k, "was")))
        return i + 1;
    return 0;
}

/* The fact a role noun states of its holder: "member" MEMBER_OF, "leader"
 * LEADER_OF, "founder" FOUNDED; -1 for any other word.  Can't fail. */
static int role_type(const tl_fsent *s, uint32_t k) {
    if (tl_fact_w(s, k, "member|members|operative|operatives|officer|officers|agent|agents|fighter|fighters|"
                        "lieutenant|lieutenants|soldier|soldiers|sergeant|corporal|captain|colonel|general|marine|"
                        "sailor|airman|employee|employees|official|officials|spokesman|spokeswoman|"
                        /* ("a former U.S. Army intelligence analyst": one
                         * who works in the body) */
                        "analyst|analysts|engineer|engineers|staffer|staffers|diplomat|diplomats|pilot|pilots|"
                        "technician|technicians|researcher|researchers|scientist|scientists|spy|spies"))
        return TL_MEMBER_OF;
    if (tl_fact_w(s, k, "leader|leaders|commander|commanders|chief|chiefs|head|ringleader|ringleaders|boss|bosses"))
        return TL_LEADER_OF;
    if (tl_fact_w(s, k, "founder|founders|co-founder|co-founders|cofounder|cofounders")) return TL_FOUNDED;
    return -1;
}

/* The role description that starts at token i: "a|an [up to three words]
 * ROLE of [the ...] ORG" ("a key member of the REvil group") or "one of
 * the ROLEs of ORG".  Returns the role's head token (0: none there), with
 * *type its fact type, *org_m the organization's local mention and
 * *norp_m a nationality among its modifiers ("a senior Russian leader of
 * X"), or -1. */
/* Is token i a "the" that opens a definite description of the lead's
 * person: at the sentence's start ("The head of X was killed"), or as the
 * object of a verb of the courts ("sentenced the leader of a network")?
 * Can't fail. */
static int definite_lead(const tl_fsent *s, uint32_t i) {
    if (!tl_fact_is(s, i, "the")) return 0;
    return i == s->sb || tl_fact_w(s, i - 1, "sentenced|convicted|charged|indicted|arrested|detained|extradited|jailed|"
                                             "captured|killed|sanctioned");
}

static uint32_t role_at(const tl_fsent *s, uint32_t i, int *type, int *org_m, int *norp_m) {
    uint32_t k;
    int lead_the = 0;
    *norp_m = -1;
    /* "sanctioned Hamas's top financial official": a body's possessive,
     * as a court's or a sanction's object, before a role */
    /* (the body and its possessive first: the verb list is read for few
     * words then) */
    int o = i + 1 < s->se ? s->at[i + 1 - s->sb] : -1;
    if (o >= 0 && s->ms[o].type == TL_ORG && !s->ms[o].pron && !s->ms[o].mod && s->ms[o].tb == i + 1 &&
        s->ms[o].te + 1 < s->se && tl_fact_w(s, s->ms[o].te, "'s|\u2019s") &&
        tl_fact_w(s, i, "sentenced|convicted|charged|indicted|arrested|detained|extradited|jailed|captured|killed|"
                        "sanctioned|designated")) {
        k = s->ms[o].te + 1;
        for (int n = 0; n < 3 && k < s->se && role_type(s, k) < 0; n++, k++)
            if (s->at[k - s->sb] >= 0 || !(s->d->tokens[k].flags & TL_TOK_ALPHA) || (s->d->tokens[k].flags & TL_TOK_UPPER))
                return 0;
        if (k + 1 >= s->se || s->at[k - s->sb] >= 0 || (*type = role_type(s, k)) < 0 || tl_fact_is(s, k + 1, "of"))
            return 0;
        *org_m = o;
        return k;
    }
    if (tl_fact_is(s, i, "one") && tl_fact_is(s, i + 1, "of") && tl_fact_is(s, i + 2, "the")) {
        k = i + 3;
    } else if (tl_fact_is(s, i, "a") || tl_fact_is(s, i, "an") || (lead_the = definite_lead(s, i))) {
        /* "The head of X was killed ...": a definite role opening the
         * sentence, as a lead that names the person next often says it */
        k = i + 1;
        /* "arrested the brother of a top MS-13 leader": a relative of
         * someone unnamed, the person bound with no role fact (the next
         * sentence states the kinship) */
        if (k + 2 < s->se && s->at[k - s->sb] < 0 && tl_fact_is(s, k + 1, "of") && tl_fact_w(s, k + 2, "a|an") &&
            tl_fact_w(s, k, "brother|sister|son|daughter|wife|husband|nephew|niece|cousin|father|mother|uncle|widow")) {
            *type = -1;
            *org_m = -1;
            return k;
        }
        /* "a key member", "an alleged senior leader": lower-case words;
         * "a senior Russian leader": a nationality among them is his;
         * "A Hezbollah commander": a body among them is the one he
         * serves */
        int body = -1;
        for (int n = 0; n < 3 && k < s->se && role_type(s, k) < 0; n++, k++) {
            int q = s->at[k - s->sb];
            if (q >= 0 && s->ms[q].type == TL_NORP && !s->ms[q].pron && !s->ms[q].mod && s->ms[q].tb == k && *norp_m < 0) {
                *norp_m = q;
                k = s->ms[q].te - 1;
                continue;
            }
            if (q >= 0 && s->ms[q].type == TL_ORG && !s->ms[q].pron && !s->ms[q].mod && s->ms[q].tb == k && body < 0 &&
                !lead_the) {
                body = q;
                k = s->ms[q].te - 1;
                continue;
            }
            if (q >= 0 || tl_fact_is_punct(s, k) || (s->d->tokens[k].flags & TL_TOK_UPPER) ||
                tl_fact_w(s, k, "of|and|or|who|that|which|was|is")) return 0;
        }
        if (body >= 0) {
            /* (one commander of the body among several: a member) */
            /* ("convicted a Hezbollah operative of plotting": the "of" of
             * a charge's gerund) */
            int of_gerund = k + 2 < s->se && tl_fact_is(s, k + 1, "of") && tl_fact_ing(s, k + 2);
            /* ("a U.S. Army intelligence analyst": a lower-case word of
             * the trade may stand between) */
            int next_to = s->ms[body].te == k ||
                          (s->ms[body].te + 1 == k && (s->d->tokens[k - 1].flags & TL_TOK_ALPHA) &&
                           !(s->d->tokens[k - 1].flags & TL_TOK_UPPER) && tl_fact_tag(s, k - 1) != TL_POS_VBD &&
                           tl_fact_tag(s, k - 1) != TL_POS_VBN);
            if (k + 1 >= s->se || s->at[k - s->sb] >= 0 || (*type = role_type(s, k)) < 0 ||
                (tl_fact_is(s, k + 1, "of") && !of_gerund) || !next_to)
                return 0;
            if (*type == TL_LEADER_OF) *type = TL_MEMBER_OF;
            *org_m = body;
            return k;
        }
    } else {
        return 0;
    }
    /* ("a security chief for the X faction": "for" as "of") */
    if (k + 1 >= s->se || s->at[k - s->sb] >= 0 || (*type = role_type(s, k)) < 0 || !tl_fact_w(s, k + 1, "of|for"))
        return 0;

    /* "The leader of a neo-Nazi group that plotted ... was sentenced": a
     * lead that names neither the person nor the body (no role fact) */
    if (lead_the && k + 2 < s->se && tl_fact_w(s, k + 2, "a|an")) {
        *org_m = -1;
        return k;
    }
    /* "a former employee of the British embassy": a body named by its
     * noun alone, the person bound with no role fact */
    if (tl_fact_is(s, k + 2, "the")) {
        uint32_t j = k + 3;
        int q;
        while (j < s->se && j < k + 6 && (q = s->at[j - s->sb]) >= 0 && s->ms[q].type == TL_NORP && !s->ms[q].pron &&
               s->ms[q].tb == j)
            j = s->ms[q].te;
        if (j < s->se && s->at[j - s->sb] < 0 &&
            tl_fact_w(s, j, "embassy|consulate|government|army|navy|military|police|ministry|agency|company|firm|bank")) {
            *org_m = -1;
            return k;
        }
    }
    /* the organization, over "the" and a few modifiers ("the notorious,
     * Russia-linked REvil"); another organization or a person first, a
     * conjunction or a clause end leave it unsaid */
    for (uint32_t j = k + 2; j < s->se && j < k + 8; j++) {
        int m = s->at[j - s->sb];
        if (m >= 0) {
            /* ("a leader of a pro-Islamic State group": a body unnamed;
             * the person bound with no role fact) */
            if (s->ms[m].type == TL_ORG && !s->ms[m].pron && s->ms[m].mod) {
                *org_m = -1;
                return k;
            }
            if (s->ms[m].type == TL_ORG && !s->ms[m].pron) {
                /* "The head of X said ...": a speaker, whom the next
                 * sentence's new name rarely is */
                if (tl_fact_is(s, i, "the"))
                    for (uint32_t q = s->ms[m].te; q < s->se && q < s->ms[m].te + 4; q++)
                        if (tl_fact_w(s, q, SPEECH_WORDS)) return 0;
                *org_m = m;
                return k;
            }
            /* "of Iran's Revolutionary Guard": the state that owns it */
            int owner = s->ms[m].type == TL_GPE && tl_fact_w(s, s->ms[m].te, "'s|\u2019s");
            if (s->ms[m].type == TL_PERSON || (!s->ms[m].mod && !owner)) return 0;
            j = s->ms[m].te - 1 + (uint32_t)owner;
            continue;
        }
        if (tl_fact_w(s, j, "and|or|;|.|of|who|that|which|was|is|in|at")) return 0;
    }
    return 0;
}

/* The lower-case form of token k into w (16 bytes): its length, 0 when
 * longer than 15 bytes.  Can't fail. */
static size_t word_at(const tl_doc *d, uint32_t k, char *w) {
    if (k >= d->n_tokens) return 0;
    const tl_token *x = &d->tokens[k];
    size_t l = x->end - x->start;
    if (l == 0 || l > 15) return 0;
    size_t q = 0;
    for (; q < l && q < 15; q++) {
        char c = d->text[x->start + q];
        w[q] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    w[q] = 0;
    return l;
}

/* The index of the first mention of d at or after token tok (d->n_mentions
 * when none).  Mentions are in text order.  Can't fail. */
static uint32_t first_mention_from(const tl_doc *d, uint32_t tok) {
    uint32_t lo = 0, hi = d->n_mentions;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (d->mentions[mid].tok_begin < tok) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int32_t tl_fact_cata_named_next(const tl_doc *d, uint32_t si) {
    if (si + 1 >= d->n_sentences) return -1;
    const tl_sentence *ns = &d->sentences[si + 1];
    uint32_t mi = first_mention_from(d, ns->tok_begin);
    if (mi >= d->n_mentions) return -1;
    const tl_mention *m = &d->mentions[mi];
    char low[16];
    /* "Prosecutors said X, 64, ...": an unnamed source's words open the
     * sentence, and the name is their clause's subject */
    uint32_t start = ns->tok_begin;
    /* "According to court documents, X, 41, ...": the source's phrase
     * first, closed by its comma */
    if (word_at(d, start, low) && !strcmp(low, "according") && word_at(d, start + 1, low) && !strcmp(low, "to"))
        for (uint32_t k = start + 2; k < ns->tok_end && k < start + 10; k++)
            if (word_at(d, k, low) && low[0] == ',') {
                start = k + 1;
                break;
            }
    {
        uint32_t k = start;
        size_t l = word_at(d, k, low);
        if (l == 3 && memcmp(low, "the", 3) == 0) l = word_at(d, ++k, low);
        if (l && tl_trig_in_list("prosecutors|police|officials|authorities|investigators|officers|documents|records", low, l)) {
            l = word_at(d, ++k, low);
            if (l && tl_trig_in_list("said|say|says|alleged|allege|alleges|wrote|stated", low, l)) {
                l = word_at(d, ++k, low);
                if (l == 4 && memcmp(low, "that", 4) == 0) k++;
                if (m->tok_begin == k) start = k;
            }
        } else if (m->tok_begin > k && m->tok_begin <= k + 4 && (l = word_at(d, k + 1, low)) &&
                   tl_trig_in_list("said|says|alleged|alleges|stated", low, l) && (d->tokens[k].flags & TL_TOK_UPPER)) {
            /* "Treasury said X, 52, used ...": an authority's name the
             * tagger left unnamed, the same way */
            k += 2;
            l = word_at(d, k, low);
            if (l == 4 && memcmp(low, "that", 4) == 0) k++;
            if (m->tok_begin == k) start = k;
        } else if (m->tok_begin == k && m->entity >= 0 && d->entities[m->entity].type == TL_ORG &&
                   mi + 1 < d->n_mentions) {
            /* "The Justice Department said X, 47, hired ...": a named
             * authority's words, the same way */
            k = m->tok_end;
            l = word_at(d, k, low);
            if (l && tl_trig_in_list("said|say|says|alleged|allege|alleges|stated", low, l)) {
                l = word_at(d, ++k, low);
                if (l == 4 && memcmp(low, "that", 4) == 0) k++;
                if (d->mentions[mi + 1].tok_begin == k) {
                    m = &d->mentions[++mi];
                    start = k;
                }
            }
        }
    }
    /* "Hamas identified the man as X", "Police named the victim as X": a
     * body's or an authority's naming of the one described before */
    {
        uint32_t k = start;
        size_t l = word_at(d, k, low);
        uint32_t at = l == 3 && memcmp(low, "the", 3) == 0 ? start + 1 : start; /* ("The Kessel Brigade identified") */
        l = 0;
        if (m->tok_begin == at && m->entity >= 0 &&
            (d->entities[m->entity].type == TL_ORG || d->entities[m->entity].type == TL_GPE))
            k = m->tok_end;
        else if ((l = word_at(d, k, low)) && tl_trig_in_list("police|officials|authorities|investigators|prosecutors", low, l))
            k++;
        else
            k = UINT32_MAX;
        l = k != UINT32_MAX ? word_at(d, k, low) : 0;
        if (l && tl_trig_in_list("identified|named", low, l) && (l = word_at(d, ++k, low)) &&
            tl_trig_in_list("the|him|her", low, l)) {
            if (!strcmp(low, "the")) {
                l = word_at(d, ++k, low);
                if (l && tl_trig_in_list("dead", low, l)) l = word_at(d, ++k, low);
                if (!l || (!tl_trig_in_list(person_heads, low, l) &&
                           !tl_trig_in_list("victim|commander|official|officer|leader", low, l)))
                    return -1;
            }
            l = word_at(d, ++k, low);
            if (l == 2 && memcmp(low, "as", 2) == 0) {
                uint32_t ni = first_mention_from(d, k + 1);
                if (ni >= d->n_mentions || d->mentions[ni].tok_begin != k + 1 || d->mentions[ni].entity < 0) return -1;
                const tl_entity *e = &d->entities[d->mentions[ni].entity];
                return e->type == TL_PERSON && e->n_mentions && e->mentions[0] == ni ? d->mentions[ni].entity : -1;
            }
            return -1;
        }
    }
    /* ("Bishop X of Matagalpa was taken": a title before the name) */
    if (m->tok_begin == start + 1 && m->entity >= 0 && word_at(d, start, low) &&
        (d->tokens[start].flags & TL_TOK_UPPER) && !(d->tokens[start].flags & TL_TOK_ALLCAPS) &&
        tl_trig_in_list("bishop|archbishop|cardinal|father|judge|general|colonel|major|captain|sheikh|imam|rabbi|pastor|"
                        "dr.|gen.|col.|maj.|capt.|lt.|sgt.",
                        low, strlen(low)))
        start++;
    /* "The man, identified only as X, ...": the description names him */
    if (m->tok_begin > start && m->tok_begin < ns->tok_begin + 8 && m->entity >= 0) {
        uint32_t k = ns->tok_begin;
        size_t l = word_at(d, k, low);
        int ok = l == 3 && memcmp(low, "the", 3) == 0;
        l = ok ? word_at(d, ++k, low) : 0;
        ok = l && tl_trig_in_list(person_heads, low, l);
        ok = ok && word_at(d, ++k, low) && low[0] == ',';
        /* ("The suspect, X, is accused ...": the name in apposition) */
        if (ok && m->tok_begin == k + 1) {
            const tl_entity *e = &d->entities[m->entity];
            return e->type == TL_PERSON && e->n_mentions && e->mentions[0] == mi ? m->entity : -1;
        }
        l = ok ? word_at(d, ++k, low) : 0;
        /* ("The man, a Lebanese national identified as X,") */
        if (l && tl_trig_in_list("a|an", low, l))
            for (int n = 0; n < 4 && l && !tl_trig_in_list("identified|named", low, l); n++) l = word_at(d, ++k, low);
        ok = l && tl_trig_in_list("identified|named", low, l);
        l = ok ? word_at(d, ++k, low) : 0;
        if (l && tl_trig_in_list("only|simply|publicly", low, l)) l = word_at(d, ++k, low);
        if (ok && l == 2 && memcmp(low, "as", 2) == 0) {
            /* (the name after "as"; a nationality may come first) */
            uint32_t ni = first_mention_from(d, k + 1);
            if (ni >= d->n_mentions || d->mentions[ni].tok_begin != k + 1 || d->mentions[ni].entity < 0) return -1;
            const tl_entity *e = &d->entities[d->mentions[ni].entity];
            return e->type == TL_PERSON && e->n_mentions && e->mentions[0] == ni ? d->mentions[ni].entity : -1;
        }
        return -1;
    }
    if (m->tok_begin != start || m->tok_end >= ns->tok_end || m->entity < 0) return -1;
    const tl_entity *e = &d->entities[m->entity];
    if (e->type != TL_PERSON || e->n_mentions == 0 || e->mentions[0] != mi) return -1;
    /* "X, 22, was", "X was", "X pleaded": a subject, not "X's lawyer" or a list */
    const tl_token *t = &d->tokens[m->tok_end];
    const char *w = d->text + t->start;
    size_t n = t->end - t->start;
    if (w[0] == '\'' || (unsigned char)w[0] == 0xE2) return -1; /* "X's" and its curly form */
    if (!(n == 1 && w[0] == ',') &&
        !((t->flags & TL_TOK_ALPHA) && !(t->flags & TL_TOK_UPPER) && !(n == 3 && memcmp(w, "and", 3) == 0)))
        return -1;
    /* "Jane Doe, a police spokeswoman, said ...": a speaker newly named is
     * someone who tells of the person, not the person.  The speech verb
     * follows the name, or its apposition, over an adverb or two ("said
     * Pentagon secretary X" later in the sentence is another speaker's). */
    uint32_t k = m->tok_end, lim = ns->tok_end;
    if (word_at(d, k, low) && low[0] == ',') {
        uint32_t j = k + 1;
        while (j < lim && j < k + 14 && !(word_at(d, j, low) && low[0] == ',')) {
            if (word_at(d, j, low) && tl_trig_in_list(SPEECH_WORDS, low, strlen(low))) return -1;
            j++;
        }
        k = j + 1;
    }
    for (int q = 0; q < 3 && k < lim; q++, k++) {
        size_t l = word_at(d, k, low);
        if (!l) break;
        if (tl_trig_in_list(SPEECH_WORDS, low, l)) return -1;
        if (!tl_trig_in_list("also|later|has|had|have|previously|then|earlier", low, l)) break;
    }
    return m->entity;
}

/* "Police detained a senior commander of X ..." then "... said the
 * commander, Abu Y, had organized ...": the person the next sentence
 * names in apposition to "the" and the description's own head noun (token
 * head of sentence si), or to "the victim" when the description is an
 * attack's victim (victim nonzero), when that name is its first mention.
 * Returns the entity, or -1.  Can't fail. */
static int32_t named_by_same_noun(const tl_doc *d, uint32_t si, uint32_t head, int victim) {
    if (si + 1 >= d->n_sentences) return -1;
    const tl_sentence *ns = &d->sentences[si + 1];
    char hw[16], low[16];
    size_t hl = word_at(d, head, hw);
    if (!hl) return -1;
    for (uint32_t k = ns->tok_begin; k + 3 < ns->tok_end; k++) {
        size_t l = word_at(d, k, low);
        if (!(l == 3 && memcmp(low, "the", 3) == 0)) continue;
        l = word_at(d, k + 1, low);
        /* "a Georgian man was shot dead" then "The victim, X,": the one
         * the attack befell */
        int same = (l == hl && memcmp(low, hw, hl) == 0) || (victim && l == 6 && memcmp(low, "victim", 6) == 0) ||
                   /* "charged a Syrian man ..." then "The suspect, X,": the
                    * one the charge or the arrest befell */
                   (!victim && l && tl_trig_in_list("suspect|defendant|accused|man|woman", low, l));
        if (!same) continue;
        if (!word_at(d, k + 2, low) || low[0] != ',') continue;
        /* ("The commander, identified as X,") */
        uint32_t at = k + 3;
        l = word_at(d, at, low);
        if (l && tl_trig_in_list("identified|named", low, l)) {
            l = word_at(d, at + 1, low);
            if (l && tl_trig_in_list("only|simply|publicly", low, l)) l = word_at(d, ++at + 1, low);
            if (l == 2 && memcmp(low, "as", 2) == 0) at += 2;
        }
        uint32_t mi = first_mention_from(d, at);
        if (mi >= d->n_mentions || d->mentions[mi].tok_begin != at || d->mentions[mi].entity < 0) return -1;
        const tl_entity *e = &d->entities[d->mentions[mi].entity];
        return e->type == TL_PERSON && e->n_mentions && e->mentions[0] == mi ? d->mentions[mi].entity : -1;
    }
    return -1;
}

/* "Three men have been charged ..." then "The suspects, identified as A,
 * B and C, ...": the n people the next sentence lists right after "The
 * men|women|suspects|defendants, identified|named as" (first mentions
 * all, persons all, exactly n of them) into out; returns n, or 0.  "The
 * four men, including A and B," names fewer: their count is returned. */
static int named_list_next(const tl_doc *d, uint32_t si, int n, int32_t *out) {
    if (si + 1 >= d->n_sentences) return 0;
    const tl_sentence *ns = &d->sentences[si + 1];
    uint32_t k = ns->tok_begin;
    char low[16];
    size_t l = word_at(d, k, low);
    if (!(l == 3 && memcmp(low, "the", 3) == 0)) return 0;
    l = word_at(d, ++k, low);
    /* ("The three, A, B and C,": the count itself) */
    static const char *const counts[] = {"", "", "two", "three", "four"};
    int count = n >= 2 && n <= 4 && l == strlen(counts[n]) && !memcmp(low, counts[n], l);
    if (!l || (!count && !tl_trig_in_list(PEOPLE_NOUNS, low, l))) return 0;
    /* ("The four men, including A and B,": the count and its noun) */
    if (count && (l = word_at(d, k + 1, low)) != 0 && tl_trig_in_list(PEOPLE_NOUNS, low, l)) k++;
    if (!word_at(d, ++k, low) || low[0] != ',') return 0;
    l = word_at(d, ++k, low);
    /* "..., including A and B,": some of them, named; the facts of the
     * count are each one's */
    int some = l == 9 && !memcmp(low, "including", 9);
    if (some) l = word_at(d, ++k, low);
    /* "The officers, A, B and C, belong to ...": the list itself set off
     * by commas (closed by one, checked below) */
    int direct = some || !(l && tl_trig_in_list("identified|named", low, l));
    if (!direct) {
        l = word_at(d, ++k, low);
        if (l && tl_trig_in_list("only|simply|publicly", low, l)) l = word_at(d, ++k, low);
        if (!(l == 2 && memcmp(low, "as", 2) == 0)) return 0;
        k++;
    }
    int got = 0;
    uint32_t mi = first_mention_from(d, k);
    while (mi < d->n_mentions && got < n && k < ns->tok_end) {
        const tl_mention *m = &d->mentions[mi];
        if (some && got && m->tok_begin != k) break; /* (the list named some, and closed) */
        if (m->tok_begin != k || m->entity < 0) return 0;
        const tl_entity *e = &d->entities[m->entity];
        if (e->type != TL_PERSON || !e->n_mentions || e->mentions[0] != mi) return 0;
        out[got++] = m->entity;
        k = m->tok_end;
        /* ", A, B and C": a comma, "and", or both */
        if (word_at(d, k, low) && low[0] == ',') k++;
        l = word_at(d, k, low);
        if (l == 3 && memcmp(low, "and", 3) == 0) k++;
        mi = first_mention_from(d, k);
    }
    /* the list ends there: no further name */
    if (got == n && mi < d->n_mentions && d->mentions[mi].tok_begin == k) return 0;
    /* a list set off without "identified as" closes with its comma */
    if (direct && (got == n || some) && !(word_at(d, k - 1, low) && low[0] == ',')) return 0;
    if (some && got > 0 && got < n) return got;
    return got == n ? n : 0;
}

/* "Two men were arrested ..." then "Lu Jianwang, 61, and Chen Jinping,
 * 59, were charged ...": the next sentence opens with exactly n people
 * named for the first time (each perhaps with an age set off by commas),
 * then its verb.  Fills out; returns n, or 0.  Can't fail. */
static int named_list_opening(const tl_doc *d, uint32_t si, int n, int32_t *out) {
    if (si + 1 >= d->n_sentences) return 0;
    const tl_sentence *ns = &d->sentences[si + 1];
    uint32_t k = ns->tok_begin;
    char low[16];
    size_t l;
    int got = 0, home = 0;
    /* ("According to the indictment, A and B hired ...": past the
     * attribution that opens it, closed by its comma) */
    if (word_at(d, k, low) == 9 && !memcmp(low, "according", 9)) {
        uint32_t j = k + 1;
        while (j < ns->tok_end && j < k + 8 && word_at(d, j, low) && low[0] != ',') j++;
        if (j >= ns->tok_end || j >= k + 8) return 0;
        k = j + 1;
    }
    uint32_t mi = first_mention_from(d, k);
    while (got < n) {
        if (mi >= d->n_mentions || k >= ns->tok_end) return 0;
        const tl_mention *m = &d->mentions[mi];
        if (m->tok_begin != k || m->entity < 0) return 0;
        const tl_entity *e = &d->entities[m->entity];
        if (e->type != TL_PERSON || !e->n_mentions || e->mentions[0] != mi) return 0;
        for (int j = 0; j < got; j++)
            if (out[j] == m->entity) return 0;
        out[got++] = m->entity;
        k = m->tok_end;
        /* ", 61," an age */
        if (k + 2 < ns->tok_end && word_at(d, k, low) && low[0] == ',' && (d->tokens[k + 1].flags & TL_TOK_DIGIT) &&
            word_at(d, k + 2, low) && low[0] == ',')
            k += 2;
        /* ", 61, of the Bronx," a home town too, closed by its comma */
        if (k > m->tok_end && k + 2 < ns->tok_end && word_at(d, k + 1, low) == 2 && !memcmp(low, "of", 2)) {
            uint32_t j = k + 2;
            while (j < ns->tok_end && j < k + 6 && (l = word_at(d, j, low)) != 0 && low[0] != ',' &&
                   !(l == 3 && !memcmp(low, "and", 3)))
                j++;
            if (j >= ns->tok_end || !word_at(d, j, low) || low[0] != ',') return 0;
            k = j;
            home = 1;
        }
        if (got == n) break;
        if (word_at(d, k, low) && low[0] == ',') k++;
        l = word_at(d, k, low);
        if (l == 3 && memcmp(low, "and", 3) == 0) k++;
        mi = first_mention_from(d, k);
    }
    /* then the verb: a lower-case word, no further name or list (after
     * the comma that closes an age) */
    if (k < ns->tok_end && word_at(d, k, low) && low[0] == ',' && k > 0 && ((d->tokens[k - 1].flags & TL_TOK_DIGIT) || home))
        k++;
    if (k >= ns->tok_end || !(d->tokens[k].flags & TL_TOK_ALPHA) || (d->tokens[k].flags & TL_TOK_UPPER)) return 0;
    l = word_at(d, k, low);
    if (l == 3 && memcmp(low, "and", 3) == 0) return 0;
    return n;
}

/* The person the next sentence names first as one of a counted group:
 * "The ringleader, X,", "The eldest, X,", "The youngest of them, X,"
 * (a first mention of a person), or -1.  Can't fail. */
static int32_t one_of_them_next(const tl_doc *d, uint32_t si) {
    if (si + 1 >= d->n_sentences) return -1;
    const tl_sentence *ns = &d->sentences[si + 1];
    uint32_t k = ns->tok_begin;
    char low[16];
    size_t l = word_at(d, k, low);
    /* "One of the suspects, X, 37," */
    if (l == 3 && memcmp(low, "one", 3) == 0 && word_at(d, k + 1, low) == 2 && !memcmp(low, "of", 2) &&
        word_at(d, k + 2, low) == 3 && !memcmp(low, "the", 3)) {
        l = word_at(d, k + 3, low);
        if (!l || !tl_trig_in_list(PEOPLE_NOUNS, low, l)) return -1;
        k += 3;
    } else {
        if (!(l == 3 && memcmp(low, "the", 3) == 0)) return -1;
        l = word_at(d, ++k, low);
        if (!l || !tl_trig_in_list("ringleader|leader|eldest|youngest|oldest|organizer|organiser", low, l)) return -1;
    }
    l = word_at(d, ++k, low);
    if (l == 2 && !memcmp(low, "of", 2)) {
        l = word_at(d, ++k, low);
        if (!(l == 4 && !memcmp(low, "them", 4))) return -1;
        l = word_at(d, ++k, low);
    }
    if (!l || low[0] != ',') return -1;
    uint32_t mi = first_mention_from(d, ++k);
    if (mi >= d->n_mentions || d->mentions[mi].tok_begin != k || d->mentions[mi].entity < 0) return -1;
    const tl_entity *e = &d->entities[d->mentions[mi].entity];
    return e->type == TL_PERSON && e->n_mentions && e->mentions[0] == mi ? d->mentions[mi].entity : -1;
}

/* Is token k "two", "three" or "four"?  Can't fail. */
static int count_word(const tl_fsent *s, uint32_t k) {
    uint32_t r = k - s->sb;
    if (k >= s->se || s->len[r] < 3 || s->len[r] > 5 || (s->low[r][0] != 't' && s->low[r][0] != 'f')) return 0;
    return tl_fact_w(s, k, "two|three|four");
}

/* "Three men have been charged": a count of people as the sentence's
 * subject with nobody named, bound to the list the next sentence gives
 * (named_list_next).  Returns 1 when it bound them. */
static int counted_people(tl_fsent *s) {
    uint32_t k = s->sb;
    if (tl_fact_is(s, k, "the")) k++;
    /* or the object of a verb of the courts: "charged three officers of
     * Y with ..." */
    /* (plain bytes first: this runs on every sentence that names no one) */
    /* or the subject after an opening phrase: "In a separate case, two
     * men were arrested" */
    if (!count_word(s, k))
        for (uint32_t j = s->sb + 1; j + 2 < s->se; j++)
            if (count_word(s, j) &&
                (tl_fact_w(s, j - 1, "charged|charging|indicted|indicting|arrested|detained|sanctioned|designated|"
                                     "convicted|sentenced|extradited|identified|named") ||
                 (j < s->sb + 10 && tl_fact_is(s, j - 1, ",") && tl_fact_w(s, j + 2, "were|have|had|are|was")))) {
                k = j;
                break;
            }
    int n = tl_fact_is(s, k, "two") ? 2 : tl_fact_is(s, k, "three") ? 3 : tl_fact_is(s, k, "four") ? 4 : 0;
    if (!n || n > TL_FS_GROUP || k + 2 >= s->se) return 0;
    uint32_t h = k + 1;
    int q = s->at[h - s->sb];
    /* "Three Britons": a people's plural is the noun; the count word
     * then stands for them */
    int plural_people = q >= 0 && s->ms[q].type == TL_NORP && s->ms[q].tb == h && s->ms[q].te == h + 1 &&
                        s->len[h - s->sb] > 3 && s->low[h - s->sb][s->len[h - s->sb] - 1] == 's' &&
                        tl_fact_tag(s, h + 1) != TL_POS_NOUN;
    int norp = -1;
    if (plural_people) {
        h = k;
    } else {
        if (q >= 0 && s->ms[q].type == TL_NORP && s->ms[q].tb == h) { /* "two Iranian men" */
            h = s->ms[q].te;
            norp = q;
        }
        if (h >= s->se || s->at[h - s->sb] >= 0 || !tl_fact_w(s, h, PEOPLE_NOUNS)) return 0;
    }
    int32_t g[TL_FS_GROUP];
    int got = named_list_next(s->d, s->si, n, g);
    if (got > 0 && got < n) n = got; /* "including A and B": those named */
    if (got != n) got = named_list_opening(s->d, s->si, n, g);
    /* "Three Britons have been convicted ..." then "The ringleader, X,":
     * one of them, named */
    if (got != n && (g[0] = one_of_them_next(s->d, s->si)) >= 0) got = n = 1;
    if (got != n || s->nm >= TL_FS_MAXM || s->n_group) return 0;
    memcpy(s->group, g, (size_t)n * sizeof *g);
    s->n_group = n;
    tl_fment *x = &s->ms[s->nm];
    memset(x, 0, sizeof *x);
    x->tb = h;
    x->te = h + 1;
    x->ent = g[0];
    x->type = TL_PERSON;
    x->pron = TL_PRON_PLURAL;
    s->at[h - s->sb] = (int16_t)s->nm++;
    /* "Two Iranian nationals were indicted": the nationality is each
     * one's (a people's name, not "two Sunni men": a creed) */
    if (norp >= 0 && (tl_gaz_lookup(s->g, s->d->entities[s->ms[norp].ent].name.ptr,
                                    s->d->entities[s->ms[norp].ent].name.len) & TL_GAZ_DEMONYM)) {
        int xm = s->nm - 1;
        for (int j = 0; j < n; j++) {
            /* (a candidate is one person's: each of the others is a
             * virtual mention at the same words) */
            int v = j ? tl_fact_virtual(s, xm, g[j], TL_PERSON) : xm;
            tl_fcand c = {TL_CITIZEN_OF, 0, {v, norp, -1, -1}, s->ms[norp].tb, 1, 0, 0};
            if (v >= 0) tl_fact_push(s, &c);
        }
    }
    return 1;
}

/* Does the role noun at k open with "a" or "an" a few words before it
 * ("a senior commander")?  Can't fail. */
static int role_is_indefinite(const tl_fsent *s, uint32_t k) {
    for (uint32_t q = k, n = 0; q > s->sb && n < 5; n++) {
        q--;
        if (tl_fact_w(s, q, "a|an")) return 1;
        if (tl_fact_w(s, q, "the|one|of") || tl_fact_is_punct(s, q)) return 0;
    }
    return 0;
}

/* Makes token k a mention of person e, resolved as pronoun kind pron (1,
 * or TL_PRON_POSS for a possessive); returns its local index.  The caller
 * checks there is room (s->nm < TL_FS_MAXM).  Can't fail. */
static int bind_word(tl_fsent *s, uint32_t k, int32_t e, int pron) {
    assert(s->nm < TL_FS_MAXM);
    tl_fment *x = &s->ms[s->nm];
    memset(x, 0, sizeof *x);
    x->tb = k;
    x->te = k + 1;
    x->ent = e;
    x->type = TL_PERSON;
    x->pron = (uint8_t)pron;
    s->at[k - s->sb] = (int16_t)s->nm;
    return s->nm++;
}

/* Is person mention m the speaker a clause ends on: ", Defense Minister
 * X said.", ", X told reporters"?  The sentence's description is then
 * still the one person it tells of.  Can't fail. */
static int closing_speaker(const tl_fsent *s, int m) {
    uint32_t te = s->ms[m].te;
    if (te >= s->se || !tl_fact_w(s, te, "said|says|told|added|stated|announced|declared")) return 0;
    uint32_t b = s->ms[m].tb;
    for (int n = 0; n < 4 && b > s->sb && !tl_fact_is(s, b - 1, ","); n++) {
        int q = tl_fact_ment_at(s, b - 1);
        if (q >= 0 && s->ms[q].type != TL_PERSON) b = s->ms[q].tb;
        else if (q < 0 && (s->d->tokens[b - 1].flags & TL_TOK_UPPER)) b--;
        else return 0;
    }
    return b > s->sb && tl_fact_is(s, b - 1, ",");
}

void tl_fact_cata_add(tl_fsent *s) {
    /* (a count the next sentence lists by name in full is bound even
     * beside another person: "convicted three Bulgarians of spying in an
     * operation directed by X. The three, A, B and C, ...") */
    if (counted_people(s)) return;
    /* (a person named as an event's target is the lead's victim, not a
     * second lead: "charged a Ukrainian man with preparing an attempt on
     * President X"; checked once the description is found) */
    int late = 0;
    uint32_t first_pron = s->se;
    for (int m = 0; m < s->nm; m++)
        if (s->ms[m].type == TL_PERSON) {
            /* ("captured a senior X operative and brought him to Y": a
             * pronoun after the description is its person; checked once
             * the description is found) */
            if (s->ms[m].pron) {
                if (s->ms[m].tb < first_pron) first_pron = s->ms[m].tb;
                continue;
            }
            if (closing_speaker(s, m)) continue;
            if (!in_prep(s, s->ms[m].tb)) return;
            late = 1;
        }
    uint32_t head = 0, role = 0;
    int norp = -1, role_fact = -1, org = -1, role_norp = -1, home = -1;
    for (uint32_t i = s->sb; i + 1 < s->se; i++) {
        if (s->at[i - s->sb] >= 0) continue;
        int nm, t, om, hm;
        uint32_t h = description_at(s, i, &nm, &hm);
        if (h) {
            if (head) return; /* two people described: which one is named next is unsure */
            head = h;
            norp = nm;
            home = hm;
            continue;
        }
        h = role_at(s, i, &t, &om, &nm);
        if (h) {
            /* (the one a relative is of: "the brother of a top X leader") */
            if (role && role_fact < 0 && i == role + 2) {
                /* (whose body, "MS-13" of "a top MS-13 leader", is no
                 * role of the relative's) */
                if (om >= 0 && s->ms[om].te == h) s->ms[om].mod = 1;
                continue;
            }
            if (role) return;
            role = h;
            role_fact = t;
            org = om;
            role_norp = nm;
        }
    }
    /* a role and a description of two people ("extradited a top
     * commander of X to Chile, where he is accused of ordering the murder
     * of a former Venezuelan soldier"): the first is the lead's */
    if (!head || (role && role < head)) {
        head = role;
        norp = role_norp;
        home = -1;
    }
    if (!head || s->nm >= TL_FS_MAXM || first_pron <= head) return;
    for (int m = 0; late && m < s->nm; m++)
        if (s->ms[m].type == TL_PERSON && s->ms[m].tb < head) return;
    int32_t e = tl_fact_cata_named_next(s->d, s->si);
    if (e < 0) {
        /* the description is an attack's victim: "a Georgian man was shot" */
        uint32_t v = head + 1;
        if (v < s->se && tl_fact_w(s, v, "was|were")) v++;
        int victim = v > head + 1 && v < s->se && tl_fact_w(s, v, TL_CUE_ATTACK_VERBS);
        e = named_by_same_noun(s->d, s->si, head, victim);
    }
    if (e < 0) return;
    int p = bind_word(s, head, e, 1);
    /* "A Colombian man was sentenced for his role in the assassination of
     * X", "arrested a sailor and accused him of plotting": a pronoun after
     * the description that no one named before it stood for is his */
    for (uint32_t k = head + 1; k < s->se && s->nm < TL_FS_MAXM; k++)
        if (s->at[k - s->sb] < 0 && tl_fact_w(s, k, "his|her|him"))
            bind_word(s, k, e, tl_fact_is(s, k, "him") ? 1 : TL_PRON_POSS);
    /* "a Ukrainian national": the nationality is the named person's (the
     * rules that read it take only a name after the nationality) */
    /* (not "a Pakistani-based commander": where he is based; nor "a Roman
     * Catholic bishop": a creed) */
    if (norp >= 0 && !s->ms[norp].mod &&
        (tl_gaz_lookup(s->g, s->d->entities[s->ms[norp].ent].name.ptr, s->d->entities[s->ms[norp].ent].name.len) &
         (s->ms[norp].type == TL_GPE ? TL_GAZ_COUNTRY : TL_GAZ_DEMONYM))) {
        tl_fcand c = {TL_CITIZEN_OF, 0, {p, norp, -1, -1}, s->ms[norp].tb, 1, 0, 0};
        tl_fact_push(s, &c);
    }
    if (home >= 0) {
        tl_fcand c = {TL_LOCATED_IN, 0, {p, home, -1, -1}, s->ms[home].tb, 1, 0, 0};
        tl_fact_push(s, &c);
    }
    /* "a key member of X", "one of the founders of X": the role is his too
     * (a sentence describes the one person it is about) */
    if (role && org >= 0) {
        /* ("captured a senior X operative": the body's name before the
         * role noun modifies it, and the verb's object is the person) */
        if (s->ms[org].te == role ||
            (s->ms[org].te < role && tl_fact_w(s, s->ms[org].te, "'s|\u2019s") && s->ms[org].tb > s->sb &&
             (s->d->tokens[s->ms[org].tb - 1].flags & TL_TOK_ALPHA) && !tl_fact_w(s, s->ms[org].tb - 1, "the|of|by|for")))
            s->ms[org].mod = 1;
        tl_fcand c = {(uint8_t)role_fact, 0, {p, org, -1, -1}, role, 1, 0, 0};
        tl_fact_push(s, &c);
        /* ("a senior commander of X" belongs to X as well, as the frames
         * read it) */
        if (role_fact == TL_LEADER_OF && head == role && role > s->sb && role_is_indefinite(s, role)) {
            c.type = TL_MEMBER_OF;
            tl_fact_push(s, &c);
        }
    }
}
