/* tl_fscore.c -- learned fact scorer: candidates, features and classes for mentions named in one sentence.
 *
 * The frames (tl_fact.c) read roles off fixed phrase shapes; a sentence
 * that words a fact another way gives them nothing.  The scorer looks at
 * every pair of mentions close together in a sentence (and at each person
 * named in a sentence about an arrest, a charge or an extradition) and
 * decides from the words, tags and trigger words between and around them
 * which fact, if any, the sentence states, and in which direction.  It is
 * an averaged perceptron (tl_percep) trained by tools/train-fscore.c; the
 * operating point is folded into the "no fact" class's bias by the trainer,
 * so a plain argmax decides.
 */
#include "tl_fscore.h"
#include "tl_blob.h"
#include "tl_percep.h"
#include "tl_pos.h"
#include "tl_tok.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint8_t bin_type[TL_FSCORE_NBIN] = {
    TL_MEMBER_OF, TL_LEADER_OF, TL_FOUNDED, TL_PART_OF, TL_SUPPORTS, TL_RECRUITED,
    TL_ASSOCIATE_OF, TL_FAMILY_OF, TL_MET, TL_OPPOSES, TL_ATTACKED, TL_SPIED_ON,
    TL_CITIZEN_OF, TL_ORIGIN, TL_BORN_IN, TL_LOCATED_IN, TL_TRAVELED_TO};
static const uint8_t un_type[TL_FSCORE_NUNARY] = {TL_ARRESTED, TL_CHARGED, TL_EXTRADITED};

const char *const tl_fscore_class_names[TL_FSCORE_NCLASSES] = {
    "NONE",
    "MEMBER_OF>", "MEMBER_OF<", "LEADER_OF>", "LEADER_OF<", "FOUNDED>", "FOUNDED<",
    "PART_OF>", "PART_OF<", "SUPPORTS>", "SUPPORTS<", "RECRUITED>", "RECRUITED<",
    "ASSOCIATE_OF>", "ASSOCIATE_OF<", "FAMILY_OF>", "FAMILY_OF<", "MET>", "MET<",
    "OPPOSES>", "OPPOSES<", "ATTACKED>", "ATTACKED<", "SPIED_ON>", "SPIED_ON<",
    "CITIZEN_OF>", "CITIZEN_OF<", "ORIGIN>", "ORIGIN<", "BORN_IN>", "BORN_IN<",
    "LOCATED_IN>", "LOCATED_IN<", "TRAVELED_TO>", "TRAVELED_TO<",
    "ARRESTED", "CHARGED", "EXTRADITED"};

int tl_fscore_class_type(unsigned cls, int *reversed) {
    *reversed = 0;
    if (cls == 0 || cls >= TL_FSCORE_NCLASSES) return -1;
    if (cls <= 2 * TL_FSCORE_NBIN) {
        *reversed = (cls - 1) & 1;
        return bin_type[(cls - 1) / 2];
    }
    return un_type[cls - 1 - 2 * TL_FSCORE_NBIN];
}

unsigned tl_fscore_class_of(int type, int reversed) {
    for (unsigned k = 0; k < TL_FSCORE_NBIN; k++)
        if (bin_type[k] == type) {
            int sym = type == TL_ASSOCIATE_OF || type == TL_FAMILY_OF || type == TL_MET;
            return 1 + 2 * k + (reversed && !sym ? 1 : 0);
        }
    for (unsigned k = 0; k < TL_FSCORE_NUNARY; k++)
        if (un_type[k] == type) return 1 + 2 * TL_FSCORE_NBIN + k;
    return 0;
}

int tl_fscore_class_unary(unsigned cls) { return cls > 2 * TL_FSCORE_NBIN && cls < TL_FSCORE_NCLASSES; }

#define B(t) (1u << (t))
/* Entity types each core role accepts (role 0, role 1), by fact type. */
static const uint16_t role_types[TL_FACT_TYPE_COUNT][2] = {
    [TL_MEMBER_OF] = {B(TL_PERSON) | B(TL_ORG), B(TL_ORG) | B(TL_GPE)},
    [TL_LEADER_OF] = {B(TL_PERSON), B(TL_ORG) | B(TL_GPE)},
    [TL_FOUNDED] = {B(TL_PERSON) | B(TL_ORG) | B(TL_GPE), B(TL_ORG)},
    [TL_PART_OF] = {B(TL_ORG), B(TL_ORG) | B(TL_GPE)},
    [TL_SUPPORTS] = {B(TL_PERSON) | B(TL_ORG) | B(TL_GPE), B(TL_PERSON) | B(TL_ORG) | B(TL_GPE)},
    [TL_RECRUITED] = {B(TL_PERSON) | B(TL_ORG) | B(TL_GPE), B(TL_PERSON)},
    [TL_ASSOCIATE_OF] = {B(TL_PERSON) | B(TL_ORG), B(TL_PERSON) | B(TL_ORG)},
    [TL_FAMILY_OF] = {B(TL_PERSON), B(TL_PERSON)},
    [TL_MET] = {B(TL_PERSON) | B(TL_ORG), B(TL_PERSON) | B(TL_ORG) | B(TL_GPE)},
    [TL_OPPOSES] = {B(TL_PERSON) | B(TL_ORG) | B(TL_GPE) | B(TL_NORP),
                    B(TL_PERSON) | B(TL_ORG) | B(TL_GPE) | B(TL_NORP)},
    [TL_ATTACKED] = {B(TL_PERSON) | B(TL_ORG) | B(TL_GPE) | B(TL_NORP),
                     B(TL_PERSON) | B(TL_ORG) | B(TL_GPE) | B(TL_NORP) | B(TL_FAC) | B(TL_LOC)},
    [TL_SPIED_ON] = {B(TL_PERSON) | B(TL_ORG) | B(TL_GPE), B(TL_PERSON) | B(TL_ORG) | B(TL_GPE) | B(TL_FAC)},
    [TL_ARRESTED] = {B(TL_PERSON), 0},
    [TL_CHARGED] = {B(TL_PERSON) | B(TL_ORG), 0},
    [TL_EXTRADITED] = {B(TL_PERSON), 0},
    [TL_CITIZEN_OF] = {B(TL_PERSON), B(TL_GPE) | B(TL_NORP)},
    [TL_ORIGIN] = {B(TL_PERSON), B(TL_NORP) | B(TL_GPE)},
    [TL_BORN_IN] = {B(TL_PERSON), B(TL_GPE) | B(TL_LOC)},
    [TL_LOCATED_IN] = {B(TL_ORG) | B(TL_FAC) | B(TL_GPE) | B(TL_LOC) | B(TL_EVENT) | B(TL_PERSON),
                       B(TL_GPE) | B(TL_LOC) | B(TL_FAC)},
    [TL_TRAVELED_TO] = {B(TL_PERSON), B(TL_GPE) | B(TL_LOC) | B(TL_FAC)},
};
#undef B

int tl_fscore_fits(unsigned cls, int lt, int rt) {
    int rev;
    int type = tl_fscore_class_type(cls, &rev);
    if (type < 0 || lt < 0 || lt >= 16) return 0;
    if (tl_fscore_class_unary(cls)) return role_types[type][0] >> lt & 1;
    if (rt < 0 || rt >= 16) return 0;
    int a = rev ? rt : lt, b = rev ? lt : rt;
    return (role_types[type][0] >> a & 1) && (role_types[type][1] >> b & 1);
}

uint64_t tl_fscore_fit_mask(int unary, int lt, int rt) {
    /* The same test as tl_fscore_fits over every class of the kind, read
     * off role_types once per fact type rather than once per class. */
    uint64_t mask = 0;
    if (lt < 0 || lt >= 16) return 0;
    if (unary == 1) {
        for (unsigned k = 0; k < TL_FSCORE_NUNARY; k++)
            if (role_types[un_type[k]][0] >> lt & 1) mask |= 1ull << (1 + 2 * TL_FSCORE_NBIN + k);
        return mask;
    }
    if (unary != 0 || rt < 0 || rt >= 16) return 0;
    for (unsigned k = 0; k < TL_FSCORE_NBIN; k++) {
        const uint16_t *rl = role_types[bin_type[k]];
        if ((rl[0] >> lt & 1) && (rl[1] >> rt & 1)) mask |= 1ull << (1 + 2 * k);
        if ((rl[0] >> rt & 1) && (rl[1] >> lt & 1)) mask |= 1ull << (2 + 2 * k);
    }
    return mask;
}

/* The first class of `mask` (lowest index) with the highest score, 0 for
 * an empty mask: tl_fscore_best's loop over the classes that fit. */
static unsigned best_of(const int32_t *sc, uint64_t mask) {
    unsigned best = 0;
    for (; mask; mask &= mask - 1) {
        unsigned k = (unsigned)__builtin_ctzll(mask);
        if (best == 0 || sc[k] > sc[best]) best = k;
    }
    return best;
}

unsigned tl_fscore_best(const int32_t *sc, int unary, int lt, int rt) {
    return best_of(sc, tl_fscore_fit_mask(unary, lt, rt));
}

/* ---- sentences ------------------------------------------------------------------- */

/* The lower-case form of token i (digits collapsed to "0": years and
 * counts are no cue; curly apostrophes straightened). */
static size_t word(const tl_doc *d, uint32_t i, char *b, size_t cap) {
    const tl_token *t = &d->tokens[i];
    if (t->flags & TL_TOK_DIGIT) { b[0] = '0'; b[1] = 0; return 1; }
    const char *p = d->text + t->start;
    size_t n = t->end - t->start, o = 0;
    for (size_t k = 0; k < n && o + 1 < cap; k++) {
        unsigned char c = (unsigned char)p[k];
        if (c == 0xE2 && k + 2 < n && (unsigned char)p[k + 1] == 0x80 &&
            ((unsigned char)p[k + 2] == 0x99 || (unsigned char)p[k + 2] == 0x98)) {
            b[o++] = '\'';
            k += 2;
            continue;
        }
        b[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    b[o] = 0;
    return o;
}

static int neg_word(const char *w) {
    /* every cue starts with n or d: other words skip the six compares */
    if (w[0] != 'n' && w[0] != 'd') return 0;
    return !strcmp(w, "not") || !strcmp(w, "n't") || !strcmp(w, "never") || !strcmp(w, "no") ||
           !strcmp(w, "denied") || !strcmp(w, "denies");
}

void tl_fscore_sent_init(tl_fscore_sent *s, const tl_doc *d, const tl_trig_lex *lex, uint32_t sb, uint32_t se) {
    if (se - sb > TL_FSCORE_MAX_TOK) se = sb + TL_FSCORE_MAX_TOK;
    s->d = d;
    s->sb = sb;
    s->se = se;
    s->neg = 0;
    s->pairs = 1;
    s->forced = 0;
    s->dn = 0;
    for (uint32_t k = sb; k < se; k++) {
        char w[32];
        size_t n = word(d, k, w, sizeof w);
        uint32_t r = k - sb;
        s->wh[r] = tl_percep_hash(w, n, 13);
        s->tbits[r] = 0;
        s->tkind[r] = 0;
        s->neg |= (uint8_t)neg_word(w);
        if (!lex || n == 0 || n + 1 >= sizeof w) continue;
        const tl_trig *fr[8];
        int past = 0;
        size_t m = tl_trig_lookup(lex, w, n, fr, 8, &past);
        int first = -1;
        for (size_t j = 0; j < m && j < 8; j++) {
            if (fr[j]->part) {
                /* a particle verb counts only with its particle next ("found
                 * guilty", not "found dead") */
                char w1[32], w2[32];
                size_t n1 = k + 1 < se ? word(d, k + 1, w1, sizeof w1) : 0;
                size_t n2 = k + 2 < se ? word(d, k + 2, w2, sizeof w2) : 0;
                if (!tl_trig_part_follows(fr[j], w1, n1, w2, n2)) continue;
            }
            /* the base form "found" founds only after "to" (the frames
             * check it); the model was trained without it */
            if (fr[j]->type == TL_FOUNDED && (n == 5 || n == 8) && w[n - 1] == 'd' && !memcmp(w + n - 5, "found", 5))
                continue;
            /* nor with "defected to" (a membership only in a body: the
             * frames check it) */
            if (fr[j]->type == TL_MEMBER_OF && n >= 6 && !memcmp(w, "defect", 6)) continue;
            /* nor with "control" ("seized control of Y") */
            if (fr[j]->type == TL_ATTACKED && n == 7 && !memcmp(w, "control", 7)) continue;
            /* nor with "dined", "sat" or "hosted" */
            if (fr[j]->type == TL_MET &&
                tl_trig_in_list("dined|dine|dines|dining|lunched|sat|host|hosts|hosted|hosting",
                                w, n))
                continue;
            /* nor with "executed" */
            if (fr[j]->type == TL_ATTACKED && n >= 7 && !memcmp(w, "execut", 6)) continue;
            /* nor with "toured" or "crossed" */
            if (fr[j]->type == TL_TRAVELED_TO && n >= 4 && (!memcmp(w, "tour", 4) || (n >= 5 && !memcmp(w, "cross", 5))))
                continue;
            /* nor with "appeared in court" */
            if (fr[j]->type == TL_CHARGED && n >= 6 && !memcmp(w, "appear", 6)) continue;
            /* nor with "surrendered to police", "turned himself in" or
             * "placed under arrest" (trained without them) */
            if (fr[j]->type == TL_ARRESTED && n >= 4 && (!memcmp(w, "surrender", n < 9 ? n : 9) || !memcmp(w, "turn", 4)))
                continue;
            if (fr[j]->type == TL_ARRESTED && tl_trig_in_list("place|places|placed|placing|put|puts|putting", w, n)) continue;
            /* nor with a middleman or an intermediary (trained without
             * them) */
            if ((fr[j]->type == TL_ASSOCIATE_OF || fr[j]->type == TL_SUPPORTS) &&
                tl_trig_in_list("middleman|middlemen|intermediary|intermediaries|go-between", w, n))
                continue;
            /* nor with "bases", "camps" or "hideouts" */
            if (fr[j]->type == TL_LOCATED_IN && tl_trig_in_list("bases|camps|hideouts", w, n)) continue;
            /* nor with "gunman", "bomber", "enforcer", "ranks",
             * "second-in-command", "veteran", "secretary" or "admin" */
            if (fr[j]->type == TL_MEMBER_OF &&
                tl_trig_in_list("gunman|bomber|enforcer|ranks|second-in-command|number-two|veteran|secretary|admin|admins|"
                                "administrator|administrators",
                                w, n))
                continue;
            /* nor with "designate", "add", "ban" or the naming verbs
             * ("considers X a terrorist group"; trained without them) */
            if (fr[j]->type == TL_OPPOSES &&
                ((n >= 9 && !memcmp(w, "designat", 8)) ||
                 tl_trig_in_list("add|adds|added|adding|ban|bans|banned|banning|outlaw|outlaws|outlawed|outlawing|"
                                 "proscribe|proscribes|proscribed|proscribing|consider|considers|considered|regard|"
                                 "regards|regarded|brand|brands|branded|branding|label|labels|labelled|labeled|deem|"
                                 "deems|deemed|list|lists|listed",
                                 w, n)))
                continue;
            /* nor with a clan or the families of a mafia (trained without
             * them) */
            if (fr[j]->type == TL_PART_OF && tl_trig_in_list("clan|clans|families", w, n)) continue;
            /* nor with "a republic in", "an island in" (trained without
             * them) */
            if (fr[j]->type == TL_LOCATED_IN && tl_trig_in_list(TL_TRIG_TERRITORY_NOUNS, w, n)) continue;
            /* nor with "harbor" or "shelter" (trained without them) */
            if (fr[j]->type == TL_SUPPORTS &&
                tl_trig_in_list("harbored|harboring|harboured|harbouring|sheltered|sheltering", w, n))
                continue;
            /* nor with "fundraiser" or "facilitator" (trained without them) */
            if (fr[j]->type == TL_SUPPORTS &&
                tl_trig_in_list("fundraiser|fundraisers|facilitator|facilitators", w, n))
                continue;
            /* nor with "provided X with" (trained without it) */
            if (fr[j]->type == TL_SUPPORTS && fr[j]->part && !strcmp(fr[j]->part, "with")) continue;
            /* nor with a body's control of ground (trained without it) */
            if (fr[j]->type == TL_LOCATED_IN && n >= 7 && !memcmp(w, "control", 7)) continue;
            /* nor with a firm's noun ("a Hong Kong company": trained
             * without it) */
            if (fr[j]->type == TL_LOCATED_IN && tl_trig_in_list(TL_TRIG_FIRM_NOUNS, w, n)) continue;
            /* nor with "remains in" or "spent ... in" (trained without them) */
            if (fr[j]->type == TL_LOCATED_IN && n >= 5 &&
                (!memcmp(w, "remain", n < 6 ? n : 6) || tl_trig_in_list("spent|spend|spends|spending", w, n)))
                continue;
            /* nor with "sought refuge in" (trained without it) */
            if (fr[j]->type == TL_TRAVELED_TO && tl_trig_in_list("refuge|sanctuary", w, n)) continue;
            /* nor with "operations against" (trained without it) */
            if (fr[j]->type == TL_OPPOSES && tl_trig_in_list("operation|operations|offensive|counteroffensive", w, n))
                continue;
            /* nor with "eliminate", "crush" or "eradicate" (trained
             * without them) */
            if (fr[j]->type == TL_OPPOSES &&
                tl_trig_in_list("eliminate|eliminates|eliminated|eliminating|crush|crushes|crushed|crushing|eradicate|"
                                "eradicates|eradicated|eradicating",
                                w, n))
                continue;
            /* nor with "battled" (trained without it) */
            if (fr[j]->type == TL_OPPOSES && n >= 6 && !memcmp(w, "battl", 5)) continue;
            /* nor with spying for a side or passing things to it
             * (trained without them) */
            if (fr[j]->type == TL_SUPPORTS &&
                ((n >= 3 && (!memcmp(w, "spy", 3) || !memcmp(w, "spi", 3))) ||
                 tl_trig_in_list("pass|passes|passed|passing|hand|hands|handed|handing|leak|leaks|leaked|leaking", w, n)))
                continue;
            /* nor with a weapon used "against" Y (trained without it) */
            if (fr[j]->type == TL_ATTACKED && fr[j]->prep_a && !strcmp(fr[j]->prep_a, "against") &&
                tl_trig_in_list("deploy|deploys|deployed|deploying|unleash|unleashes|unleashed|unleashing|fire|fires|"
                                "fired|firing|launch|launches|launched|launching", w, n))
                continue;
            /* nor with "power" (trained without it) */
            if (fr[j]->type == TL_LEADER_OF && n >= 5 && !memcmp(w, "power", 5)) continue;
            /* nor with "splinter" (trained without it) */
            if (fr[j]->type == TL_PART_OF && n == 8 && !memcmp(w, "splinter", 8)) continue;
            /* nor with "befriended" (trained without it) */
            if (fr[j]->type == TL_ASSOCIATE_OF && n >= 8 && !memcmp(w, "befriend", 8)) continue;
            /* nor with a person's staff ("bodyguard", "fixer") */
            if (fr[j]->type == TL_ASSOCIATE_OF && tl_trig_in_list("bodyguard|bodyguards|chauffeur|driver|fixer|bagman", w, n))
                continue;
            /* nor with "fought alongside" or "adviser" (trained without
             * them) */
            if (fr[j]->type == TL_ASSOCIATE_OF && n >= 5 &&
                (!memcmp(w, "fight", 5) || !memcmp(w, "fought", n < 6 ? n : 6) || (n == 7 && !memcmp(w, "advis", 5))))
                continue;
            /* nor with "coordinated with" (trained without it) */
            if (fr[j]->type == TL_ASSOCIATE_OF && n >= 10 && !memcmp(w, "coordinat", 9)) continue;
            /* nor with "captured" or "seized" as an attack (trained
             * without it) */
            if (fr[j]->type == TL_ATTACKED && n >= 5 &&
                (!memcmp(w, "captur", n < 6 ? n : 6) || !memcmp(w, "recaptur", n < 8 ? n : 8) || !memcmp(w, "seiz", 4) ||
                 !memcmp(w, "overr", 5)))
                continue;
            /* nor with "rule" (trained without it) */
            if (fr[j]->type == TL_LEADER_OF && n >= 4 && n <= 6 && !memcmp(w, "rul", 3) &&
                tl_trig_in_list("rule|rules|ruled", w, n))
                continue;
            s->tbits[r] |= 1u << fr[j]->type;
            if (first < 0) first = (int)j;
        }
        if (first >= 0) s->tkind[r] = (uint8_t)(fr[first]->kind + (past ? 8 : 0));
    }
}

void tl_fscore_sent_tree(tl_fscore_sent *s, const int32_t *head, const uint32_t *labh, size_t n) {
    s->dn = 0;
    if (!head || !labh || n == 0 || n != s->se - s->sb) return;
    for (size_t k = 0; k < n; k++) {
        if (head[k] < -1 || head[k] >= (int32_t)n || head[k] == (int32_t)k) return;
        s->dhead[k] = (int16_t)head[k];
        s->dlab[k] = labh[k];
    }
    s->dn = (uint32_t)n;
}

/* Is a word with one of the trigger types `bits` within TL_FSCORE_MAX_GAP
 * tokens of mention m (outside it)? */
static int unary_trigger_near(const tl_fscore_sent *s, const tl_fscore_arg *m, uint32_t bits) {
    uint32_t lo = m->tb > s->sb + TL_FSCORE_MAX_GAP ? m->tb - TL_FSCORE_MAX_GAP : s->sb;
    uint32_t hi = m->te + TL_FSCORE_MAX_GAP < s->se ? m->te + TL_FSCORE_MAX_GAP : s->se;
    for (uint32_t k = lo; k < hi; k++)
        if ((k < m->tb || k >= m->te) && (s->tbits[k - s->sb] & bits)) return 1;
    return 0;
}

size_t tl_fscore_cands(const tl_fscore_sent *s, const tl_fscore_arg *ms, int nm, tl_fscore_cand *out, size_t cap) {
    size_t n = 0;
    const uint32_t sb = s->sb, se = s->se;
    /* trig[r]: how many of the first r words are trigger words, so that a
     * window's count is a subtraction rather than a walk over up to 46
     * words for each pair (a long run of names has thousands of pairs) */
    uint16_t trig[TL_FSCORE_MAX_TOK + 1];
    trig[0] = 0;
    for (uint32_t r = 0; s->pairs && nm >= 2 && r < se - sb; r++) trig[r + 1] = (uint16_t)(trig[r] + (s->tbits[r] != 0));
    for (int i = 0; s->pairs && i < nm && n < cap; i++)
        for (int j = i + 1; j < nm && j <= i + TL_FSCORE_REACH && n < cap; j++) {
            if (ms[j].ent == ms[i].ent || ms[j].ent < 0 || ms[i].ent < 0) continue;
            if (ms[i].tb < sb || ms[j].te > se || ms[j].tb < ms[i].te) continue; /* outside, overlapping */
            if (ms[j].tb - ms[i].te > TL_FSCORE_MAX_GAP) break;
            /* Names far apart with no trigger word between or next to them
             * rarely state a fact about each other. */
            if (ms[j].tb - ms[i].te > TL_FSCORE_CLOSE || s->forced) {
                /* a trigger word in [lo, hi) outside both mentions (which
                 * lie inside it, one after the other) */
                uint32_t lo = ms[i].tb > sb + 3 ? ms[i].tb - 3 : sb, hi = ms[j].te + 3 < se ? ms[j].te + 3 : se;
                int any = trig[hi - sb] - trig[lo - sb] - (trig[ms[i].te - sb] - trig[ms[i].tb - sb]) -
                          (trig[ms[j].te - sb] - trig[ms[j].tb - sb]) > 0;
                if (!any) continue;
            }
            out[n].a = (int16_t)i;
            out[n].b = (int16_t)j;
            out[n].rule = 0;
            n++;
        }
    /* One-role facts: only in a sentence with one of their trigger words. */
    const uint32_t unbits = 1u << TL_ARRESTED | 1u << TL_CHARGED | 1u << TL_EXTRADITED;
    int un = 0;
    for (uint32_t k = sb; k < se && !un; k++) un = (s->tbits[k - sb] & unbits) != 0;
    for (int i = 0; un && i < nm && n < cap; i++) {
        if (ms[i].type != TL_PERSON || ms[i].ent < 0 || ms[i].tb < sb || ms[i].te > se) continue;
        if (s->forced && !unary_trigger_near(s, &ms[i], unbits)) continue;
        out[n].a = (int16_t)i;
        out[n].b = -1;
        out[n].rule = 0;
        n++;
    }
    return n;
}

/* ---- features ---------------------------------------------------------------------- */

uint32_t tl_fscore_bias_feature(void) { return tl_percep_mix(0, tl_percep_hash("bias", 4, 13)); }

uint32_t tl_fscore_veto_feature(void) { return tl_percep_mix(0, tl_percep_hash("veto", 4, 13)); }

/* Features are hashes of a template id and up to three parts, mixed
 * without formatting: a sentence's candidates share its words' hashes. */
typedef struct fbuf {
    uint32_t *f;
    size_t n;
} fbuf;

static inline void add3(fbuf *b, uint32_t tmpl, uint32_t x, uint32_t y, uint32_t z) {
    if (b->n >= TL_FSCORE_MAX_FEATS) return;
    b->f[b->n++] = tl_percep_mix(tl_percep_mix(tl_percep_mix(tmpl, x), y), z);
}

static uint32_t gap_bucket(uint32_t g) {
    static const uint8_t b[] = {0, 1, 2, 3, 4, 5, 5, 6, 6, 6};
    return g < 10 ? b[g] : g < 16 ? 7 : 8;
}

static uint32_t wh(const tl_fscore_sent *s, uint32_t k) { return s->wh[k - s->sb]; }

/* The word of span [tb, te) that heads it in the tree (sentence-relative):
 * the first whose head lies outside the span. */
static int span_head(const tl_fscore_sent *s, uint32_t tb, uint32_t te) {
    int b = (int)(tb - s->sb), e = (int)(te - s->sb);
    for (int k = b; k < e; k++)
        if (s->dhead[k] < b || s->dhead[k] >= e) return k;
    return e - 1;
}

/* The chain from word w up to the root (w first), at most cap words: a
 * malformed tree with a cycle only makes the chain stop at cap. */
#define PATH_UP 24
static int chain(const tl_fscore_sent *s, int w, int *up) {
    int n = 0;
    while (w >= 0 && n < PATH_UP) {
        up[n++] = w;
        w = s->dhead[w];
    }
    return n;
}

/* Dependency path features: how the two mentions' heads meet in the tree.
 * The relations up from the left mention and down to the right one, the
 * words on the way (a verb that joins subject and object, "of" or "leader"
 * between a name and its group), trigger words on the path, and its
 * length.  The words between in the text say much the same for adjacent
 * names; the path says it across clauses, appositions and coordinations. */
static void path_features(const tl_fscore_sent *s, const tl_fscore_arg *L, const tl_fscore_arg *R, uint32_t tp,
                          fbuf *fb) {
    int ha = span_head(s, L->tb, L->te), hb = span_head(s, R->tb, R->te);
    int ua[PATH_UP], ub[PATH_UP];
    int na = chain(s, ha, ua), nb = chain(s, hb, ub);
    int ia = -1, ib = -1; /* positions of the lowest common ancestor */
    for (int j = 0; j < nb && ia < 0; j++)
        for (int i = 0; i < na; i++)
            if (ua[i] == ub[j]) { ia = i; ib = j; break; }
    if (ia < 0) { add3(fb, 40, tp, 99, 0); return; }
    int len = ia + ib;
    uint32_t seq = 0x9e3779b9u, lseq = 0x9e3779b9u;
    for (int i = 0; i < ia; i++) seq = tl_percep_mix(seq, s->dlab[ua[i]] ^ 0x55u);
    for (int j = ib; j-- > 0;) seq = tl_percep_mix(seq, s->dlab[ub[j]] ^ 0xaau);
    int lca = ua[ia];
    lseq = tl_percep_mix(seq, s->wh[lca]);
    add3(fb, 41, tp, (uint32_t)(len < 9 ? len : 9), 0);
    add3(fb, 42, tp, (uint32_t)(ia == 0) | (uint32_t)(ib == 0) << 1, 0);
    if (len <= 8) add3(fb, 43, tp, seq, 0);
    if (len <= 6 && ia > 0 && ib > 0) add3(fb, 44, tp, lseq, 0);
    add3(fb, 45, tp, s->dlab[ha], s->dlab[hb]);
    /* the words on the path, between the two heads (the meeting word too) */
    for (int i = 1; i <= ia; i++) {
        int w = ua[i];
        if (w == hb) continue;
        add3(fb, 46, tp, s->wh[w], i == ia ? 2 : 0);
        add3(fb, 47, s->wh[w], s->dlab[ua[i - 1]], 0);
        for (int t = 0; s->tbits[w] && t < TL_FACT_TYPE_COUNT; t++)
            if (s->tbits[w] >> t & 1) add3(fb, 48, tp, (uint32_t)t, s->dlab[ua[i - 1]]);
    }
    for (int j = 1; j < ib; j++) {
        int w = ub[j];
        if (w == ha) continue;
        add3(fb, 46, tp, s->wh[w], 1);
        add3(fb, 49, s->wh[w], s->dlab[ub[j - 1]], 0);
        for (int t = 0; s->tbits[w] && t < TL_FACT_TYPE_COUNT; t++)
            if (s->tbits[w] >> t & 1) add3(fb, 50, tp, (uint32_t)t, s->dlab[ub[j - 1]]);
    }
    /* the meeting word's relations to the two sides (subject/object of a
     * verb; "nmod"+"case" of a noun) */
    if (ia > 0 && ib > 0) add3(fb, 51, tp, s->dlab[ua[ia - 1]], s->dlab[ub[ib - 1]]);
}

static void pair_features(const tl_fscore_sent *s, const tl_fscore_arg *ms, int nm, int ia, int ib, fbuf *fb) {
    const tl_doc *d = s->d;
    const uint32_t sb = s->sb, se = s->se;
    const tl_fscore_arg *L = &ms[ia], *R = &ms[ib];
    const uint32_t tp = (uint32_t)L->type << 4 | R->type;
    uint32_t gap = R->tb - L->te;
    add3(fb, 1, tp, 0, 0);
    add3(fb, 2, tp, gap_bucket(gap), 0);
    uint32_t between = 0, btypes = 1;
    for (int k = ia + 1; k < ib && k < nm; k++) {
        between++;
        if (between <= 4) btypes = btypes << 4 | ms[k].type;
    }
    add3(fb, 3, tp, between > 2 ? 3 : between, 0);
    add3(fb, 4, tp, btypes, 0);
    uint32_t tbits_all = 0, seq = 0x811c9dc5u, tags = 0x811c9dc5u;
    for (uint32_t k = L->te; k < R->tb && k < L->te + 16; k++) {
        uint32_t w = wh(s, k), tb = s->tbits[k - sb];
        add3(fb, 5, tp, w, 0);
        add3(fb, 6, w, 0, 0);
        for (int t = 0; tb && t < TL_FACT_TYPE_COUNT; t++) {
            if (!(tb >> t & 1)) continue;
            add3(fb, 7, tp, (uint32_t)t, s->tkind[k - sb]);
            add3(fb, 8, tp, (uint32_t)t, w);
        }
        tbits_all |= tb;
        seq = tl_percep_mix(seq, w);
        tags = tl_percep_mix(tags, d->tokens[k].pos);
    }
    if (gap <= 6) add3(fb, 9, tp, seq, 0);
    if (gap <= 10) add3(fb, 10, tp, tags, 0);
    if (gap > 0) {
        add3(fb, 11, tp, wh(s, L->te), 0);
        add3(fb, 12, tp, wh(s, R->tb - 1), 0);
    }
    if (!tbits_all) add3(fb, 13, tp, 0, 0);
    /* Around the pair: the words just outside, and trigger words of the
     * sentence before the left and after the right mention. */
    if (L->tb > sb) add3(fb, 14, tp, wh(s, L->tb - 1), 0);
    if (L->tb > sb + 1) add3(fb, 15, tp, wh(s, L->tb - 2), wh(s, L->tb - 1));
    if (R->te < se) add3(fb, 16, tp, wh(s, R->te), 0);
    if (R->te + 1 < se) add3(fb, 17, tp, wh(s, R->te), wh(s, R->te + 1));
    for (uint32_t k = L->tb > sb + 8 ? L->tb - 8 : sb; k < L->tb; k++)
        for (int t = 0; s->tbits[k - sb] && t < TL_FACT_TYPE_COUNT; t++)
            if (s->tbits[k - sb] >> t & 1) add3(fb, 18, tp, (uint32_t)t, s->tkind[k - sb]);
    for (uint32_t k = R->te; k < se && k < R->te + 8; k++)
        for (int t = 0; s->tbits[k - sb] && t < TL_FACT_TYPE_COUNT; t++)
            if (s->tbits[k - sb] >> t & 1) add3(fb, 19, tp, (uint32_t)t, s->tkind[k - sb]);
    if (s->neg) add3(fb, 20, tp, 0, 0);
    /* The head words of the mentions themselves ("Quds Force" / "IRGC"). */
    add3(fb, 21, tp, 0, wh(s, L->te - 1));
    add3(fb, 21, tp, 1, wh(s, R->te - 1));
    if (s->dn) path_features(s, L, R, tp, fb);
}

static void unary_features(const tl_fscore_sent *s, const tl_fscore_arg *ms, int nm, int ia, fbuf *fb) {
    const uint32_t sb = s->sb, se = s->se;
    const tl_fscore_arg *M = &ms[ia];
    const uint32_t tp = 0x100u | M->type;
    add3(fb, 31, tp, 0, 0);
    for (int off = -4; off <= 5; off++) {
        long k = off < 0 ? (long)M->tb + off : (long)M->te + off - 1;
        if (off == 0 || k < (long)sb || k >= (long)se) continue;
        add3(fb, 32, (uint32_t)(off + 8), wh(s, (uint32_t)k), 0);
    }
    /* Trigger words of the one-role facts: side, distance, what lies
     * between (other persons). */
    const uint32_t unbits = 1u << TL_ARRESTED | 1u << TL_CHARGED | 1u << TL_EXTRADITED;
    for (uint32_t k = sb; k < se; k++) {
        uint32_t tb = s->tbits[k - sb] & unbits;
        if (!tb || (k >= M->tb && k < M->te)) continue;
        uint32_t after = k >= M->te;
        uint32_t dist = after ? k - M->te : M->tb - 1 - k;
        uint32_t db = dist == 0 ? 0 : dist <= 2 ? 1 : dist <= 5 ? 2 : dist <= 10 ? 3 : 4;
        uint32_t persons = 0;
        uint32_t lo = after ? M->te : k + 1, hi = after ? k : M->tb;
        for (int m = 0; m < nm; m++)
            if (m != ia && ms[m].tb >= lo && ms[m].te <= hi && ms[m].type == TL_PERSON) persons++;
        for (int t = 0; t < TL_FACT_TYPE_COUNT; t++) {
            if (!(tb >> t & 1)) continue;
            uint32_t ta = (uint32_t)t << 1 | after;
            add3(fb, 33, ta, db, 0);
            add3(fb, 34, ta, s->tkind[k - sb], persons > 1 ? 2 : persons);
            add3(fb, 35, ta, wh(s, k), 0);
        }
        if (k > sb) add3(fb, 36, after, wh(s, k - 1), wh(s, k));
    }
    if (s->neg) add3(fb, 37, tp, 0, 0);
}

size_t tl_fscore_features(const tl_fscore_sent *s, const tl_fscore_arg *ms, int nm, const tl_fscore_cand *c,
                          uint32_t *feats) {
    fbuf fb = {feats, 0};
    fb.f[fb.n++] = tl_fscore_bias_feature();
    if (c->a < 0 || c->a >= nm) return fb.n;
    const tl_fscore_arg *a = &ms[c->a];
    if (a->tb < s->sb || a->te > s->se || a->te <= a->tb) return fb.n;
    if (c->b >= 0 && c->b < nm) {
        const tl_fscore_arg *b = &ms[c->b];
        if (b->tb < a->te || b->te > s->se || b->te <= b->tb) return fb.n;
        pair_features(s, ms, nm, c->a, c->b, &fb);
    } else {
        unary_features(s, ms, nm, c->a, &fb);
    }
    return fb.n;
}

/* ---- model ------------------------------------------------------------------------- */

struct tl_fscore_model {
    tl_percep_model *pm;
    int pairs; /* some pair class can win */
    uint8_t on[TL_FSCORE_NCLASSES]; /* the class can win (not switched off) */
    int32_t veto[TL_FSCORE_NCLASSES]; /* veto points (tl_fscore_veto_feature), 0 none */
    /* tl_fscore_fit_mask for every pair of types (fit2[lt][rt]) and single
     * type (fit1[lt]), made once at load: predict asks for it per
     * candidate, tens of thousands of times on a long document. */
    uint64_t fit2[16][16];
    uint64_t fit1[16];
    uint64_t on_mask; /* bit k: on[k] */
};

/* The model's fit mask, the same as tl_fscore_fit_mask(unary, lt, rt). */
static uint64_t model_fit(const tl_fscore_model *m, int unary, int lt, int rt) {
    if (lt < 0 || lt >= 16 || (unary != 0 && unary != 1)) return 0;
    if (unary) return m->fit1[lt];
    return rt < 0 || rt >= 16 ? 0 : m->fit2[lt][rt];
}

/* Checks the class count of a loaded model and wraps it (pm is consumed). */
static tl_fscore_model *wrap(tl_percep_model *pm, tl_error *err) {
    if (!pm) return NULL;
    unsigned nc = tl_percep_n_classes(pm);
    if (nc != TL_FSCORE_NCLASSES) {
        tl_percep_free(pm);
        if (err) {
            err->code = TL_EFORMAT;
            snprintf(err->msg, sizeof err->msg, "fact scorer model: %u classes, expected %d", nc,
                     TL_FSCORE_NCLASSES);
        }
        return NULL;
    }
    tl_fscore_model *m = malloc(sizeof *m);
    if (!m) {
        tl_percep_free(pm);
        if (err) { err->code = TL_ENOMEM; snprintf(err->msg, sizeof err->msg, "out of memory"); }
        return NULL;
    }
    m->pm = pm;
    m->pairs = 0;
    const int16_t *row = tl_percep_row(pm, tl_fscore_bias_feature());
    m->on[0] = 1;
    for (unsigned k = 1; k < TL_FSCORE_NCLASSES; k++) {
        m->on[k] = !row || row[k] > -16384;
        m->pairs |= !tl_fscore_class_unary(k) && m->on[k];
    }
    /* A model trained before the veto has no such row: nothing vetoed. */
    const int16_t *vrow = tl_percep_row(pm, tl_fscore_veto_feature());
    for (unsigned k = 0; k < TL_FSCORE_NCLASSES; k++) m->veto[k] = vrow && k ? vrow[k] : 0;
    m->on_mask = 0;
    for (unsigned k = 1; k < TL_FSCORE_NCLASSES; k++)
        if (m->on[k]) m->on_mask |= 1ull << k;
    for (int lt = 0; lt < 16; lt++) {
        for (int rt = 0; rt < 16; rt++) m->fit2[lt][rt] = tl_fscore_fit_mask(0, lt, rt);
        m->fit1[lt] = tl_fscore_fit_mask(1, lt, -1);
    }
    return m;
}

int tl_fscore_model_pairs(const tl_fscore_model *m) { return m && m->pairs; }

int tl_fscore_model_fits(const tl_fscore_model *m, int unary, int lt, int rt) {
    return m && (model_fit(m, unary, lt, rt) & m->on_mask) != 0;
}

tl_fscore_model *tl_fscore_model_load_mem(const void *data, size_t len, tl_error *err) {
    return wrap(tl_percep_load_mem(data, len, "fscore", err), err);
}

tl_fscore_model *tl_fscore_model_builtin(void) {
    size_t n;
    const unsigned char *img = tl_fscore_blob_image(&n);
    if (n < 16) return NULL;
    /* decoded at build time (tl_fscore_blob.c): used in place */
    return wrap(tl_percep_view_decoded(img, n, "fscore", NULL, NULL), NULL);
}

tl_fscore_model *tl_fscore_model_load(const char *path, tl_error *err) {
    return wrap(tl_percep_load(path, "fscore", err), err);
}

void tl_fscore_model_free(tl_fscore_model *m) {
    if (!m) return;
    tl_percep_free(m->pm);
    free(m);
}

int tl_fscore_model_vetoes(const tl_fscore_model *m, unsigned cls) {
    return m && cls > 0 && cls < TL_FSCORE_NCLASSES && m->veto[cls] != 0;
}

int tl_fscore_veto(const tl_fscore_model *m, const uint32_t *feats, size_t n, unsigned cls) {
    if (!tl_fscore_model_vetoes(m, cls)) return 0;
    int32_t sc[TL_PERCEP_MAX_CLASSES] = {0};
    tl_percep_score(m->pm, feats, n, sc);
    return sc[0] - sc[cls] > m->veto[cls];
}

unsigned tl_fscore_predict(const tl_fscore_model *m, const tl_fscore_arg *ms, const tl_fscore_cand *c,
                           const uint32_t *feats, size_t n, int32_t *margin) {
    int32_t sc[TL_PERCEP_MAX_CLASSES] = {0};
    tl_percep_score(m->pm, feats, n, sc);
    int unary = c->b < 0;
    unsigned best = best_of(sc, model_fit(m, unary, ms[c->a].type, unary ? -1 : ms[c->b].type));
    *margin = best ? sc[best] - sc[0] : 0;
    return best && *margin > 0 ? best : 0;
}

int32_t tl_fscore_reach(const tl_fscore_model *m, const tl_fscore_arg *ms, const tl_fscore_cand *c,
                        const uint32_t *feats, size_t n) {
    int32_t sc[TL_PERCEP_MAX_CLASSES] = {0};
    tl_percep_score(m->pm, feats, n, sc);
    int unary = c->b < 0;
    /* the classes predict chooses among: every fitting one, switched off
     * or not (a switched-off class never leads, its bias is too low) */
    uint64_t mask = model_fit(m, unary, ms[c->a].type, unary ? -1 : ms[c->b].type);
    int32_t best = INT32_MIN;
    for (; mask; mask &= mask - 1) {
        unsigned k = (unsigned)__builtin_ctzll(mask);
        if (k && sc[k] - sc[0] > best) best = sc[k] - sc[0];
    }
    return best;
}
