/* tl_fact_int.h -- internals shared by the fact extraction modules (tl_fact*.c). */
#ifndef TL_FACT_INT_H
#define TL_FACT_INT_H
#include "threadline.h"
#include "tl_gaz.h"
#include "tl_tok.h"
#include "tl_trig.h"
#include "tl_pos.h"
#include "tl_fact_when.h"
#include "tl_rel.h"
#include "tl_fscore.h"
#include "tl_dep.h"
#include <pthread.h>
#include <string.h>

/* Symmetric facts (ASSOCIATE_OF, FAMILY_OF, MET) are kept and listed under
 * "facts" with the others: the store and the graph need them. */
#define TL_FACT_SYMMETRIC_OUT 1

#define TL_FS_WORD 24
#define TL_FACT_WSET 2048 /* slots of the word-list set; a power of two */

/* The parser's relation and tag ids the tree pass reads (tl_fact_tree.c),
 * -1 where the model lacks one. */
typedef struct tl_fact_rels {
    int nsubj, nsubj_pass, obj, obl, obl_agent, nmod, nmod_poss, appos, conj, acl, acl_relcl, xcomp, advcl, ccomp,
        case_, aux_pass, compound, flat, cop, root, amod, parataxis, mark, prt, det;
    int verb, noun, propn, pron, aux, adj, adv;
    int vbn, vbg, vbd;
} tl_fact_rels;

/* Room for the POS tag table of the parser's XPOS x UPOS classes (49 x 17
 * in the shipped model); a bigger model is tagged name by name. */
#define TL_FACT_BROWN_MAX 1024
#define TL_FACT_BROWN_AUX 0x80
#define TL_FACT_LABELS_MAX 128

struct tl_fact_ctx {
    tl_trig_lex *lex;
    /* Every word of tl_fact_lists with the bit set of the lists it is in:
     * one lookup classifies a word against all of them. */
    struct { char w[TL_FS_WORD]; uint8_t len; uint64_t bits; } wset[TL_FACT_WSET];
    uint64_t wfilt[1024]; /* a bit per word of wset (tl_fact.c wfilt_key): most words are in no list */
    tl_pos_model *pos;  /* NULL when the built-in tagger is unusable */
    tl_rel_model *rel;  /* pair classifier, NULL when absent */
    int32_t rel_margin; /* minimum score margin over "no relation" for a model
                           without its own operating points (tl_rel_accept) */
    tl_fscore_model *fscore; /* learned fact scorer, NULL when absent */
    /* The dependency parser of the tree pass (tl_fact_tree.c), loaded on
     * first use: most runs never parse, and loading costs 0.2 s.  Guarded
     * by dep_lock (the context is shared by threads); dep_state 0 not
     * loaded yet, 1 loaded, -1 unusable or switched off. */
    pthread_mutex_t dep_lock;
    tl_dep_model *dep;
    int dep_state;
    /* What the tree pass reads of the parser's classes, looked up by name
     * once when dep loads (a lookup per sentence or word was 1% of all
     * instructions): its relation and tag ids, and the POS tag of each
     * (XPOS, UPOS) pair (dep_brown[x * dep_n_upos + u]; TL_FACT_BROWN_AUX
     * set: an auxiliary when the word is a form of be, have or do). */
    tl_fact_rels dep_rels;
    uint8_t dep_brown[TL_FACT_BROWN_MAX];
    unsigned dep_n_upos;
    uint32_t dep_label_hash[TL_FACT_LABELS_MAX]; /* tl_fact_parse_labels' hash of each label's name */
    unsigned dep_n_labels;                       /* 0: more labels than room, hashed name by name */
};

/* A candidate argument in a sentence: a mention, a resolved pronoun ("he",
 * "the group") or a virtual mention (a NORP read as its country). */
typedef struct tl_fment {
    uint32_t tb, te;   /* tokens */
    int32_t ent;       /* entity index */
    uint8_t type;      /* tl_ent_type (of the argument, virtual: GPE) */
    uint8_t pron;      /* resolved pronoun or "the group"; TL_PRON_PLURAL: "they" */
    uint8_t virt;      /* not in the token map */
    uint8_t mod;       /* the head of a hyphenated modifier ("Iran" of
                          "Iran-backed"): not an argument of a verb */
} tl_fment;

/* A fact found in a sentence, before modality / time / place. */
typedef struct tl_fcand {
    uint8_t type, status;
    int m[4];          /* local mention per role (0, 1, 2 = by/to, 3 = from), -1 */
    uint32_t trig;     /* trigger token */
    uint8_t np;        /* stated inside a noun phrase ("Georgian national X",
                          "X, the leader of Y", "Kerman, Iran"): background,
                          not the claim the sentence hedges or attributes */
    uint32_t ev_first; /* index + 1 of an earlier sentence the evidence starts
                          at (an event completed across sentences), 0 none */
    uint8_t conj;      /* an argument is a later conjunct of a list the
                          frame read ("in Mali and Libya": Libya) */
} tl_fcand;

/* An event a sentence stated with its target and no actor ("Y was shot
 * dead"), kept open for a later sentence that names the actor through a
 * definite description of the same event (tl_fact_evc.c). */
typedef struct tl_fopen {
    int32_t ent;       /* the argument found */
    uint32_t si;       /* sentence it was stated in */
    uint32_t trig;     /* its trigger token */
    int16_t m;         /* its local mention (valid in that sentence only) */
    uint8_t type, status;
    uint8_t role;      /* role of ent: 1 the target (no actor), 0 the actor (no target) */
} tl_fopen;
#define TL_FS_MAXOPEN 8
#define TL_EVC_WINDOW 3 /* sentences an open event waits for its actor */

#define TL_FS_MAXM 512
#define TL_FS_GROUP 4      /* people a plural pronoun may stand for */
#define TL_PRON_PLURAL 2   /* tl_fment.pron of "they": the first of s->group */
#define TL_PRON_POSS 3     /* tl_fment.pron of "his", "her": only a possessor */
/* Nouns of one member of a group after its name, standing for the person
 * in focus ("The Hezbollah operative had entered ..."). */
#define GROUP_MEMBER_NOUNS "operative|member|militant|fighter|commander|officer|agent|financier|recruiter"
/* Nouns of a band that may follow its name ("the Foxtrot network", "the
 * Trickbot group"): with them the name is the band's, no modifier. */
#define TL_FACT_BAND_NOUNS "group|gang|network|cartel|clan|militia|faction|syndicate|movement|organization|organisation|mafia|mob|ring"
#define TL_FS_MAXC 256

struct tl_fdoc;

/* Everything known about the sentence being read. */
typedef struct tl_fsent {
    const tl_doc *d;
    const tl_gaz *g;
    const tl_fact_ctx *c;
    struct tl_fdoc *fd;
    tl_pos_cache *pos_cache;      /* the POS word memo (the caller's or this run's), or NULL */
    tl_dep_cache **dep_cache;     /* where the caller keeps the parser's word memo, or NULL */
    uint32_t sb, se, si;          /* tokens [sb, se), sentence index */
    tl_fment ms[TL_FS_MAXM];
    int nm;
    int16_t at[TL_TOK_MAX_SENT];  /* token -> mention covering it, -1 */
    char low[TL_TOK_MAX_SENT][TL_FS_WORD]; /* lower-case words ("" when too long) */
    uint8_t len[TL_TOK_MAX_SENT];
    uint8_t tag[TL_TOK_MAX_SENT]; /* POS tag ids, 0 when not tagged */
    uint8_t is_trig[TL_TOK_MAX_SENT]; /* the word opens a frame (tl_fact_run.c mark_triggers) */
    uint64_t wcls[TL_TOK_MAX_SENT]; /* bit k: the word is in tl_fact_lists[k] */
    uint8_t classified;           /* wcls is set (classify_words ran) */
    tl_fcand cands[TL_FS_MAXC];
    int nc;
    uint8_t np;                   /* candidates pushed now get tl_fcand.np */
    uint8_t conj;                 /* ... and tl_fcand.conj */
    uint8_t own_noun;             /* the fact being emitted rests on a noun of
                                     its holder's own ("his brother, X"):
                                     coordination stops at the next "his" */
    uint8_t lone_role;            /* 1 + the role whose argument takes no
                                     conjuncts in emit_coord ("His cousin,
                                     A, and B": A alone), 0 none */
    int32_t group[TL_FS_GROUP];   /* what a TL_PRON_PLURAL mention stands for */
    int n_group;
    tl_fopen opened[TL_FS_MAXOPEN]; /* events this sentence left without an actor */
    int n_opened;
    /* The sentence's dependency parse, made at most once (tl_fact_parse)
     * and shared by the tree pass and the learned scorer; freed by
     * tl_fact_parse_done before the next sentence. */
    tl_arena *dar;                /* owns dt's arrays; NULL: not parsed */
    tl_dep_tree dt;
    const tl_dep_model *dm;       /* the parser that made dt */
    int8_t parsed;                /* 0 not tried, 1 parsed, -1 no parse (too long, no model) */
} tl_fsent;

/* The word lists of the fact rules (tl_fact.c tl_fact_lists): each sentence
 * that may hold facts classifies its words against all of them with one
 * lookup (classify_words in tl_fact_run.c), so a rule's check is a bit test. */
enum {
    WL_PREPS,
    WL_DETS,
    WL_BE,
    WL_COPULA,
    WL_NEG,
    WL_HEDGE,
    WL_SAY,
    WL_THAT_WHO_WHICH_ETC,
    WL_AND_OR_AS,
    WL_AND_OR,
    WL_PLOT_PLOTS_PLOTTED_ETC,
    WL_TRIED_TRY_TRIES_ETC,
    WL_FOILED_THWARTED_PREVENTED_ETC,
    WL_ALSO_ALL_BOTH_ETC,
    WL_AND_OR_WHO_ETC,
    WL_THAT_WHO_WHICH,
    WL_AND_OR_WHO_ETC2,
    WL_ONE_AMONG_SOME_ETC,
    WL_IS_WAS_ARE_ETC,
    WL_IS_WAS_ARE_ETC2,
    WL_WHO,
    WL_HOLDS_HOLD_HELD_ETC,
    WL_NAMED_CALLED_IDENTIFIED,
    WL_DEPUTY_VICE_ASSISTANT_ETC,
    WL_FORMER_EX,
    WL_STAFF_STATE_SECURITY_ETC,
    WL_DESCENT_ORIGIN_ORIGINS_ETC,
    WL_IN_OF_NEAR_ETC,
    WL_THOUGHT_BELIEVED,
    WL_TO_THAT,
    WL_MAY,
    WL_CLAIM_CLAIMS_CLAIMED_ETC,
    WL_REPORTEDLY,
    WL_HE_SHE_HIM_ETC,
    WL_GROUP_MOVEMENT_ORGANIZATION_ETC,
    WL_IN_AT_NEAR_ETC,
    WL_ATTACK_EVENT_NOUNS, /* asked of every word while an event is open (tl_fact_evc.c) */
    WL_DENIAL_VERBS,       /* asked of every word before a trigger (tl_fact_mod.c) */
    TL_FACT_NLISTS
};
#define TL_FACT_NSHARED (WL_SAY + 1) /* lists before it: bits only, 0 until classified */
extern const char *const tl_fact_lists[TL_FACT_NLISTS];

/* Bits (1 << WL_*) of the lists the lower-case word w is in.  Can't fail. */
uint64_t tl_fact_word_lists(const tl_fact_ctx *c, const char *w, size_t n);

/* True when token i (absolute) is in word list `list` (a WL_* id).  Can't fail. */
int tl_fact_wl(const tl_fsent *s, uint32_t i, int list);
/* True when token i (absolute) is one of the '|'-separated lower-case words.
 * Inline, as tl_fact_is: the list's length folds at compile time.  Can't
 * fail. */
static inline int tl_fact_w(const tl_fsent *s, uint32_t i, const char *list) {
    if (i < s->sb || i >= s->se) return 0;
    uint32_t r = i - s->sb;
    return tl_trig_in_list(list, s->low[r], s->len[r]);
}
/* True when token i (absolute) is the lower-case word w. */
/* Inline so that strlen of the literal word folds at compile time: this is
 * asked for nearly every token of a fact sentence. */
static inline int tl_fact_is(const tl_fsent *s, uint32_t i, const char *w) {
    if (i < s->sb || i >= s->se) return 0;
    uint32_t r = i - s->sb;
    size_t n = strlen(w);
    return s->len[r] == n && memcmp(s->low[r], w, n) == 0;
}
/* Token classes and the mention at a token (i absolute; outside the
 * sentence: 0 or -1).  Can't fail. */
static inline int tl_fact_is_punct(const tl_fsent *s, uint32_t i) {
    return i >= s->sb && i < s->se && (s->d->tokens[i].flags & TL_TOK_PUNCT);
}

/* Is token i a word of more than four letters ending in "-ing" (a
 * gerund or a present participle, whatever the tagger read)?  Can't
 * fail. */
static inline int tl_fact_ing(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se) return 0;
    uint32_t r = i - s->sb;
    return s->len[r] > 4 && memcmp(s->low[r] + s->len[r] - 3, "ing", 3) == 0;
}

/* Past forms of verbs of harm, which the tagger may read as nouns or
 * adjectives after a body's name ("members of the cartel shot journalist
 * X"): no noun phrase runs through them. */
#define TL_FACT_HARM_VERBS                                                                                  \
    "shot|slew|stabbed|struck|hit|beat|killed|murdered|kidnapped|abducted|attacked|assassinated|executed|" \
    "tortured|threatened|targeted|wounded|injured"

static inline int tl_fact_tag(const tl_fsent *s, uint32_t i) {
    return (i >= s->sb && i < s->se) ? s->tag[i - s->sb] : 0;
}

static inline int tl_fact_is_verbish(const tl_fsent *s, uint32_t i) {
    int t = tl_fact_tag(s, i);
    return t == TL_POS_VERB || t == TL_POS_VBD || t == TL_POS_VERB_PRES || t == TL_POS_MD;
}

/* Local mention covering token i, or -1. */
static inline int tl_fact_ment_at(const tl_fsent *s, uint32_t i) {
    int m = (i >= s->sb && i < s->se) ? s->at[i - s->sb] : -1;
    /* a possessive pronoun is only ever a possessor (np_start) */
    return (m >= 0 && s->ms[m].pron == TL_PRON_POSS) ? -1 : m;
}

/* The possessive pronoun mention at token i ("his", "her"), or -1. */
static inline int tl_fact_poss_pron_at(const tl_fsent *s, uint32_t i) {
    int m = (i >= s->sb && i < s->se) ? s->at[i - s->sb] : -1;
    return (m >= 0 && s->ms[m].pron == TL_PRON_POSS) ? m : -1;
}

/* Mention that ends exactly at token i (last token i). */
static inline int tl_fact_ment_ending(const tl_fsent *s, uint32_t i) {
    int m = tl_fact_ment_at(s, i);
    return (m >= 0 && s->ms[m].te == i + 1) ? m : -1;
}

/* "The Wagner Group has about 1,500 fighters in Mali": the verbs of a
 * body keeping or sending its people somewhere, and the nouns of its
 * armed people beside TL_CUE_MEMBER_NOUNS (tl_fact_np.c people_posted,
 * and the scorer's veto that spares its facts, tl_fact_score.c). */
#define TL_FACT_POSTING_VERBS \
    "has|have|had|keeps|keep|kept|maintains|maintained|deployed|deploys|sent|sends|stationed|stations"
#define TL_FACT_POSTED_PEOPLE "troops|soldiers|forces|personnel|mercenaries|men|guards|advisers|advisors"

static inline int tl_fact_type_ok(const tl_fsent *s, int m, uint32_t mask) {
    return m >= 0 && (mask & (1u << s->ms[m].type));
}
/* The mention starting at token i after at most three determiners or
 * modifiers ("the", "former"), or -1; *end_skip (may be NULL) gets its
 * first token.  Can't fail. */
int tl_fact_ment_from(const tl_fsent *s, uint32_t i, uint32_t *end_skip);
/* "an ISIS terrorist cell, nicknamed "The Beatles"", "a Hezbollah unit
 * known as Unit 910": the part of body m that a participle names after
 * m, up to three common words and a band's noun (the name's mention, an
 * organization), or -1.  Can't fail. */
int tl_fact_named_part(const tl_fsent *s, int m);
/* "heads a small exile group, the Free Iran Council": the organization
 * named in apposition, right after the comma (an article and up to two
 * lower-case words before it), to the noun of a kind of body at token k
 * -- not a speaker ("the group, the Council said") -- or -1.  Can't
 * fail. */
int tl_fact_org_apposed_noun(const tl_fsent *s, uint32_t k);
/* "the Barakat clan, which Washington accuses of financing Y": the
 * antecedent of a relative clause whose verb of accusation takes the
 * gerund after the preposition at p (the relative pronoun is the one
 * accused); TL_FACT_UNNAMED when the one accused is a common noun that
 * names no one ("four individuals it accused of helping Y"); or -1 when
 * no such clause ends at p.  Can't fail. */
#define TL_FACT_UNNAMED (-2)
int tl_fact_relative_accused(const tl_fsent *s, uint32_t p);
/* The entity types (1 << TL_*) role `role` of fact type `type` accepts; 0
 * for an unknown type or role.  Can't fail. */
uint32_t tl_fact_role_mask(int type, int role);
/* Is token i a naming verb (consider, regard, brand, label, deem, list),
 * and does a terrorist's name follow it ("considers X a terrorist
 * organization", "is listed as a terrorist group")?  Such a verb opposes
 * only then, and is no trigger word otherwise.  Can't fail. */
int tl_fact_terror_label_verb(const tl_fsent *s, uint32_t i);
/* Is token i "spent" (or spend, spends, spending) with a span of time and
 * then "in" within seven words ("spent three years in Iraq")?  Can't
 * fail. */
int tl_fact_spent_in(const tl_fsent *s, uint32_t i);
/* Is mention m the object of a preposition inside an apposition opened
 * by ", a", ", an" or ", the" (no verb in it) and closed by the comma right
 * after m, only auxiliaries and adverbs then up to token i ("Khan, a close
 * aide to Osama bin Laden, was captured": bin Laden is no one captured,
 * whether or not the recognizer found "Khan")?  Can't fail. */
int tl_fact_apposed_object(const tl_fsent *s, int m, uint32_t i);
/* Does a name starting at token tb stand right after the verb of a
 * relative clause on a common noun ("the airstrike that killed X also
 * killed Y", "the men who attacked X"), a determiner between at most?
 * Such a name is no subject of the verb after the clause.  Can't fail. */
int tl_fact_relative_object(const tl_fsent *s, uint32_t tb);
int tl_fact_terror_label_after(const tl_fsent *s, uint32_t i);
/* Runs every trigger of the sentence, filling s->cands.  Can't fail. */
void tl_fact_triggers(tl_fsent *s);
/* Facts stated by a name fused with a participle ("Iran-backed X"), into
 * s->cands.  Needs classified words.  Can't fail. */
void tl_fact_compounds(tl_fsent *s);
/* Facts a noun phrase states about a name (tl_fact_np.c): "Iranian
 * engineer X", "X, a 35-year-old Albanian", "X, 41, from Bristol", "Croydon,
 * south London", "Colombia's Pacific coast"; into s->cands as background
 * (np) facts.  Needs classified words.  Can't fail. */
void tl_fact_np(tl_fsent *s);
/* "Five suspects were detained.  One of them, X, ...", "Among them was
 * X", "They include X": tl_fact_np_set_opening is true when the sentence
 * opens so; tl_fact_np_set_next gives the names after the opening the
 * event (arrest, charge, extradition) the sentence before told of a set
 * of people (tl_fact_np calls it; a sentence with one name and no trigger
 * calls it alone).  Neither can fail. */
int tl_fact_np_set_opening(const tl_fsent *s);
void tl_fact_np_set_next(tl_fsent *s);
/* How big a place mention m is by the gazetteer: 4 a country, 3 a
 * first-level division, 2 a capital or big city, 1 a town, 0 unknown
 * (tl_fact_place.c).  Can't fail. */
int tl_fact_place_rank(const tl_fsent *s, int m);
/* Places within places named through kind nouns (tl_fact_place.c): "X is
 * a republic in Y", "X, a township in the district of Y", "Y's capital, X",
 * "three Colombian departments (A, B, C)"; into s->cands as background
 * facts for the pairs no candidate joins, after tl_fact_np (it drops the
 * candidates that nest the items of such a list in one another).  Can't
 * fail. */
void tl_fact_place(tl_fsent *s);
/* Modality of a fact triggered at token trig whose first argument starts at
 * token a0_tok (-1 unknown); *source gets the attributed entity or -1. */
void tl_fact_modality(const tl_fsent *s, uint32_t trig, int a0_tok, uint8_t *modality, int32_t *source);
/* "X, who investigators believe is a member of Y": does a belief stand
 * between a relative pronoun (one to three words of a source after it)
 * and the trigger at trig, at most three words before it?  Such a clause
 * is doubted, a noun phrase's background too.  Can't fail. */
int tl_fact_relative_belief(const tl_fsent *s, uint32_t trig);
/* True when every negation between the person (token a0_tok, or 8 tokens
 * back) and a CHARGED fact's trigger word answers the charge instead of
 * denying it was brought: a plea of "not guilty", a denial of "the
 * charges".  The charge then stands (asserted): one pleads to, or denies,
 * only a charge that was made.  False when there is no such negation or
 * another one ("has not been charged").  Can't fail. */
int tl_fact_charge_answered(const tl_fsent *s, int a0_tok, uint32_t trig);
/* The learned scorer's facts for the pairs of mentions (and single
 * persons) of the sentence that no frame read, into s->cands
 * (tl_fact_score.c).  Runs after the frames.  Can't fail. */
void tl_fact_scored(tl_fsent *s);
/* Adds the candidate of a frame: local mentions per role (-1 absent),
 * checked against the roles' entity types, with "they" repeated for its
 * group and nationality words read as their state where they act (what the
 * word frames do).  Can't fail. */
void tl_fact_emit(tl_fsent *s, int type, int a0, int a1, int a2, int from, uint32_t trig, int status);
/* The nearest mention of a type in mask left of token i that reads as a
 * clause subject (not a preposition's object, not a possessor), or -1.
 * Can't fail. */
int tl_fact_subject(const tl_fsent *s, uint32_t i, uint32_t mask);
/* The person or group named after the nationality mention m and a few
 * lower-case or title words ("an aide to former Afghan Prime Minister
 * X"), or -1.  Can't fail. */
int tl_fact_title_name_after(const tl_fsent *s, int m);
/* "to the leader of X, Y" (from token k, right after "to"): the person
 * the apposition after the office names, or -1.  Can't fail. */
int tl_fact_titled_person_to(const tl_fsent *s, uint32_t k);
/* The association noun at token i ("links", "ties"; its noun phrase
 * starts at st, poss its possessor mention or -1): adds ASSOCIATE_OF
 * between the possessor or the subject of "have" and the name after
 * "to" / "with"; nothing for denied or negated links.  Can't fail. */
void tl_fact_links_frame(tl_fsent *s, uint32_t i, uint32_t st, int poss);
/* "conspired with three traders, X, ...": from token k (after "with"), a
 * person set off by a comma after a few common words, or -1.  Can't
 * fail. */
int tl_fact_named_after_noun(const tl_fsent *s, uint32_t k);
/* May the association participle or verb at token i ("linked to", "close
 * to", "works with") join its subject to local mention o (-1: no object
 * yet)?  Not when it modifies an unnamed noun ("a source close to X"),
 * follows "several of which", or o only owns the partner ("works with X's
 * finance chief").  Can't fail. */
int tl_fact_associate_surf_ok(const tl_fsent *s, uint32_t i, int o);
/* The noun of a person's kin or circle that the possessive at token p
 * determines, after at most two lower-case qualifiers ("his brother",
 * "his business partner"); 0 when none.  Can't fail. */
uint32_t tl_fact_possessed_noun(const tl_fsent *s, uint32_t p);
/* Adds the one-role candidate of `type` for local mention a0 and every
 * mention coordinated with it (dir0 < 0 looks left of a0, > 0 right), as
 * tl_fact_emit does.  Can't fail. */
void tl_fact_emit_coord(tl_fsent *s, int type, int a0, int dir0, uint32_t trig, int status);
/* Adds the two-role candidate (a0, a1) of `type` and the mentions
 * coordinated with them (left of a0, right of a1), as tl_fact_emit does.
 * Can't fail. */
void tl_fact_emit_pair(tl_fsent *s, int type, int a0, int a1, uint32_t trig, int status);
/* OPPOSES beyond the trigger table (tl_fact_opp.c).
 * tl_fact_norp_state: does the nationality mention m stand for its state
 * ("the Iranian regime", "Russian forces"; not "a Venezuelan army
 * officer")?  tl_fact_name_modifies_noun: does mention m premodify a
 * lower-case noun no mention covers ("a Makarov pistol")?
 * tl_fact_opp_waged: for the opposition noun at i ("war", "jihad") whose
 * target is local mention `target`, adds OPPOSES from the subject of the
 * verb that wages it ("X waged an insurgency against Y"); 1 when added.
 * tl_fact_opp_adj_target: may local mention o, the object of "critical
 * of" / "at odds with", be the target (not a name inside a longer noun
 * phrase: "critical of the Guantanamo release policy")?  None can fail. */
int tl_fact_norp_state(const tl_fsent *s, int m);
int tl_fact_name_modifies_noun(const tl_fsent *s, int m);
/* Does a noun of support (money, weapons, training...) follow the verb at
 * token i before its "to", "for", "from" or "towards"?  "X sold weapons to
 * Y" supports Y; "X sold his car to Y" does not.  Can't fail. */
int tl_fact_support_noun_after(const tl_fsent *s, uint32_t i);
/* "helped the IRGC sell oil to China": is verb i one of selling or
 * shipping a commodity (oil, fuel, grain) to state o?  Trade, no
 * support (oil sold to a militia is).  Can't fail. */
int tl_fact_trade_to_state(const tl_fsent *s, uint32_t i, int o);
/* "X fired rockets at Y", "deployed ransomware against Y": is a weapon's
 * noun among the five words after verb i, before "at" or "against"?
 * Can't fail. */
int tl_fact_weapon_after(const tl_fsent *s, uint32_t i);
int tl_fact_opp_waged(tl_fsent *s, uint32_t i, int target, int status);
int tl_fact_opp_adj_target(const tl_fsent *s, int o);
/* Who holds the charges that the charge noun at token i (its phrase
 * starting at token st) names, when the noun names none itself
 * (tl_fact_chg.c): the subject of "faces", "denied", "pleaded not guilty
 * to" before the phrase ("X faces 11 counts"), the name after "defendant",
 * the persons listed after "the defendants include".  Pushes CHARGED
 * candidates; returns 1 when the noun's frame is read so, else 0 (nothing
 * pushed).  Can't fail. */
int tl_fact_charge_holder(tl_fsent *s, uint32_t i, uint32_t st, int status);
/* "a jury found X guilty (of ...)", "found X and Y guilty": the verdict's
 * particle after its object (tl_fact_chg.c).  True when token i (a form
 * of "find") opens that shape; with push set, also pushes the CHARGED
 * candidates of the persons or organizations named.  Can't fail. */
int tl_fact_found_guilty(tl_fsent *s, uint32_t i, int push, int status);
/* Is person mention b one of the names listed after person mention a
 * ("a and b", "a, 34, and b", "a, c and b")?  Can't fail. */
int tl_fact_coordinated(const tl_fsent *s, int a, int b);
/* "X and Y were charged with ...": persons charged together by one word
 * are co-defendants, associates (ASSOCIATE_OF, one pushed per pair; the
 * charge candidates are read from s->cands).  Can't fail. */
void tl_fact_codefendants(tl_fsent *s);
/* "X worked at the direction of Y", "at the behest of Y", "under the
 * instruction of Y", "on the orders of Y" (also "of an officer in Y"):
 * Y tasked X, a recruitment (RECRUITED, Y the recruiter; X the subject
 * of the verb before the phrase).  Can't fail. */
void tl_fact_directed(tl_fsent *s);

/* "handed X over to Y", "handed him over": the object of particle verb t
 * at token i when its one-word particle follows the name or pronoun right
 * after the verb; for an extradition also a person handed "to" a state
 * ("handed X to U.S. authorities"); -1 otherwise.  Can't fail. */
int tl_fact_part_after_object(const tl_fsent *s, const tl_trig *t, uint32_t i);

/* Verbs that ask for, fight or rule on a transfer without making it: "Y
 * requested the extradition of X" extradites no one (tl_fact.c and
 * tl_fact_tree.c). */
#define TL_FACT_TRANSFER_PENDING_VERBS                                                                  \
    "requested|requests|request|requesting|sought|seeks|seek|seeking|demanded|demands|demand|demanding|" \
    "fighting|fought|fights|blocked|blocks|block|halted|halt|halts|approved|approve|approves|denied|"     \
    "rejected|opposed|opposes|oppose"
/* Sentences passed in a gapped list after "sentenced" or "jailed": "the
 * court sentenced X to ten years and Y to eight", "X was jailed for life,
 * and his accomplice Y to 20 years" -- each person that opens an item
 * and is followed by "to" and a length is charged (tl_fact_chg.c).
 * Pushes CHARGED candidates.  Can't fail. */
void tl_fact_sentence_gaps(tl_fsent *s);
/* "X was named in a criminal complaint", "X, who was also named in the
 * indictment": the person a charging document names is charged (unless
 * the modality pass finds the words hedged or denied).  Pushes CHARGED
 * candidates.  Can't fail. */
void tl_fact_named_in_charge(tl_fsent *s);
/* tl_fact_nat.c: the token before an alias parenthesis that token k closes
 * ("X ("Sim")"), else k; the token after "of <people> origin" at e, else e. */
uint32_t tl_fact_nat_alias_skip(const tl_fsent *s, uint32_t k);
uint32_t tl_fact_nat_origin_tail(const tl_fsent *s, uint32_t e);
/* Facts from the dependency tree of the sentence (tl_fact_tree.c): a
 * trigger's subject, object, passive agent and prepositional arguments,
 * through relative clauses, coordination and appositions, for the pairs of
 * mentions no frame joined; into s->cands.  Parses only sentences with such
 * a pair and a trigger word.  Returns 0, or -1 when out of memory (the
 * candidates pushed so far stay; the caller fails the document). */
int tl_fact_tree(tl_fsent *s);
/* Attack sides one step beyond the tree pass's paths (tl_fact_atk.c),
 * each on the sentence's parse (s->parsed == 1; else -1), relative token
 * indexes in and out, -1 when the shape is absent.  Can't fail.
 * tl_fact_atk_crew: the name a crew noun i without a name of its own
 * or weapon noun (cues/attack_weapon_nouns.txt) stands for ("fighters led
 * by X", "militants of Y", "drones launched by X").
 * tl_fact_atk_target_of: the nominal the attack noun e is the target of
 * ("X was the target of a plot", "X, the victim of an attack").
 * tl_fact_atk_attacker: the attacker the attack noun e names by a name
 * before it ("a Y plot", "a Russian attack"; not a city) or by "claimed by
 * X". */
int tl_fact_atk_crew(const tl_fsent *s, int i);
/* The name the crew, weapon or attack noun that is the parsed subject of
 * the verb at token i stands for ("Gunmen linked to X attacked a base in
 * Y", "A bombing claimed by X killed 30 people in Y", "X said its
 * fighters killed 20 soldiers in Y": X's mention), or
 * -1.  Parses the sentence (tl_fact_parse) only when such a noun comes
 * before i.  Can't fail (out of memory: -1). */
int tl_fact_atk_crew_of_verb(tl_fsent *s, uint32_t i);
int tl_fact_atk_target_of(const tl_fsent *s, int e);
int tl_fact_atk_attacker(const tl_fsent *s, int e);
/* The person the parser hung as an apposition of the attack noun e right
 * after its "of" nominal ob, a common noun without one ("the murder of
 * the governor, X": X is the governor), or -1.  Can't fail. */
int tl_fact_atk_appos(const tl_fsent *s, int e, int ob);
/* The verb or adjective of a court or an inquiry (cues/culprit_verbs.txt)
 * that governs the attack noun e ("X was convicted of the murder of Y",
 * "X pleaded guilty to the killing of Y"), whose subject is the culprit,
 * or -1; *by_obj gets the person that is its object instead ("police
 * charged X with the murder"), else -1.  Can't fail. */
int tl_fact_atk_culprit(const tl_fsent *s, int e, int *by_obj);
/* "waged war against Y", "carried out the attack on Y": the verb, one of
 * the '|'-separated `words`, whose object is the event noun at i (its
 * determiners and modifiers between); i when there is none, or when a
 * name, a comma or another verb comes first ("responsible for
 * investigating the attack").  Can't fail (tl_fact_atk.c). */
uint32_t tl_fact_light_verb(const tl_fsent *s, uint32_t i, const char *words);
/* Is token i after "the", or after "the" and a word of age or former
 * standing ("the 34-year-old Russian", "the former Syrian official")?
 * Can't fail. */
int tl_fact_the_before(const tl_fsent *s, uint32_t i);
/* "X took Y hostage", "X is holding Y hostage", "Y was taken hostage by
 * X": ATTACKED (carried out) for the word "hostage" at i.  Can't fail
 * (tl_fact_atk.c). */
void tl_fact_atk_hostage(tl_fsent *s, uint32_t i);
/* Affiliation from the dependency tree (tl_fact_aff.c): a person's role
 * noun tied to an organization ("X, a key figure in Y", "X worked as a Y
 * affiliate", "a judge and former lawmaker with Y") adds MEMBER_OF for the
 * pairs no frame joined; a leader the frames found of only a part of the
 * group ("the commander of Y's coastal sector", "Y's procurement director",
 * "Y's Karachi leader") becomes a member of it.  Parses (tl_fact_parse)
 * only sentences naming a person with a role noun and an organization, or
 * with a leader candidate.  Returns 0, or -1 out of memory. */
int tl_fact_aff(tl_fsent *s);
/* Leadership, founding and part-of facts (tl_fact_org.c) from shapes the
 * frames miss: "X took over Y", "under X's leadership, Y", "X launched Y",
 * "X operates under Y", a part noun tied by apposition, copula or
 * possessor ("Y and its subsidiaries A and B", "an affiliate of Y, X"),
 * titles coordinated before a name ("Y founder and Z chief X"); for the
 * pairs no candidate joined.  Parses only sentences naming an
 * organization and another entity with one of its cue words.  Returns 0,
 * or -1 out of memory. */
int tl_fact_org(tl_fsent *s);
/* Event coreference (tl_fact_evc.c).  tl_fact_evc_open notes that a frame
 * of `type` at token trig found one core argument, local mention m in role
 * `role` (1 the target, 0 the actor), and not the other: kept in s->opened
 * (types without open events, and overflow, are ignored).
 * tl_fact_evc_complete reads the sentence for a definite event noun of an
 * open event's kind whose actor it names ("The attack was carried out by X",
 * "X claimed responsibility for it"), or whose target it names for an
 * actor stated before ("X attacked a base. ... the attack on Y"), and
 * pushes the completed facts into s->cands, evidence from the open event's
 * sentence on; a completed target leaves open[].  tl_fact_evc_keep then adds s->opened to open[] and drops
 * the events out of the window.  new_para(a, b) tells whether a paragraph
 * breaks between sentences a and b.  None can fail. */
void tl_fact_evc_open(tl_fsent *s, int type, int m, int role, uint32_t trig, int status);
void tl_fact_evc_complete(tl_fsent *s, tl_fopen *open, int *n_open, int (*new_para)(const tl_doc *, uint32_t, uint32_t));
void tl_fact_evc_keep(tl_fsent *s, tl_fopen *open, int *n_open);
/* Is the sentence a run the tokenizer cut at its bound (TL_TOK_MAX_SENT
 * words without a sentence end: a text without punctuation), not one the
 * text ended?  Such runs hold many sentences' worth of names and triggers
 * in one, so the passes whose work grows with both bound theirs there.
 * Can't fail. */
static inline int tl_fact_forced_cut(const tl_fsent *s) {
    if (s->se - s->sb < TL_TOK_MAX_SENT) return 0;
    const tl_token *t = &s->d->tokens[s->se - 1];
    char c = s->d->text[t->start];
    return t->end - t->start != 1 || (c != '.' && c != '!' && c != '?');
}

/* Role fillers through counted plurals and possessed group nouns
 * (tl_fact_corole.c).  tl_corole remembers the people and organizations
 * named in the last sentences that named any; tl_fact_corole_note adds the
 * sentence just read.  tl_fact_corole_add binds, in the sentence's words
 * no mention covers, "the two leaders" / "both suspects" / "the three men"
 * to exactly as many people named in this sentence before it or in the
 * nearest sentences (a plural mention, emit() repeats the fact for each),
 * and "his gang" / "their militia" to the one organization so named; any
 * other count of candidates leaves the word alone.  A zeroed tl_corole is
 * empty.  None can fail. */
#define TL_CRL_MAX 6     /* names of a type one sentence is remembered with */
#define TL_CRL_KEEP 4    /* sentences remembered */
#define TL_CRL_WINDOW 3  /* how many sentences back an antecedent may be */
typedef struct tl_crl_sent {
    uint32_t si;
    int32_t person[TL_CRL_MAX], org[TL_CRL_MAX];
    uint8_t n_person, n_org; /* TL_CRL_MAX + 1: more were named than kept */
} tl_crl_sent;
typedef struct tl_corole {
    tl_crl_sent sent[TL_CRL_KEEP]; /* nearest first */
    int n;
} tl_corole;
void tl_fact_corole_add(tl_fsent *s, const tl_corole *c);
void tl_fact_corole_note(const tl_fsent *s, tl_corole *c);
/* Does the count before the plural word at token i ("the two men", "both
 * suspects", "the three brothers") agree with a group of n people?  1 with
 * no count word ("they", "the suspects"); 0 for a bare "two men" (new
 * people, not the ones named).  Can't fail. */
int tl_fact_corole_count_ok(const tl_fsent *s, uint32_t i, int n);
/* Cataphora (tl_fact_cata.c).  tl_fact_cata_add binds, in a sentence that
 * names no person, its one indefinite description of a person ("a
 * Ukrainian national", "a 17-year-old") to the person the next sentence
 * opens with, when that is the person's first mention in the document;
 * otherwise it leaves the sentence alone.  tl_fact_cata_named_next is that
 * person for sentence si (an entity index), or -1.  Neither can fail. */
void tl_fact_cata_add(tl_fsent *s);
int32_t tl_fact_cata_named_next(const tl_doc *d, uint32_t si);
/* Parses the sentence once (3..100 words, the parser loaded): returns 1
 * with s->dt filled, 0 when the sentence gets no parse, -1 out of memory.
 * Later calls return the first answer. */
int tl_fact_parse(tl_fsent *s);
/* The relation names' hashes of s->dt's words (tl_percep_hash, seed 13)
 * into out (s->dt.n entries).  Can't fail. */
void tl_fact_parse_labels(const tl_fsent *s, uint32_t *out);
/* Frees the sentence's parse (accepts a sentence never parsed). */
void tl_fact_parse_done(tl_fsent *s);
/* Parses the sentence (tl_fact_parse) and writes the parser's tags, in the
 * POS tag set (tl_pos.h), to s->tag and the document's tokens.  Returns 1
 * when tagged, 0 when the sentence is not parsed (too short or too long, no
 * model: s->tag untouched), -1 out of memory. */
int tl_fact_parse_tags(tl_fsent *s);
/* Adds a candidate (dropped silently when the sentence holds too many). */
void tl_fact_push(tl_fsent *s, const tl_fcand *c);

/* Is "charged" at token i a price asked ("charged each migrant up to
 * 5,000 euros", "charged a fee"), an amount or a word of price coming
 * before any "with", "over" or "for"?  No accusation then.  Can't fail. */
int tl_fact_price_asked(const tl_fsent *s, uint32_t i);

/* May the word at token i found a body?  Yes for every word but "found"
 * and "co-found", which are also the past of "find": those found only
 * right after "to" or a form of "help" ("returned to Syria to found the
 * Nusra Front", "helped found Y").  Can't fail. */
int tl_fact_found_base(const tl_fsent *s, uint32_t i);
/* The GPE entity of the document that a NORP entity's country is, or -1. */
int tl_fact_country_entity(tl_fsent *s, int32_t norp_ent);
/* "Russian President X": pushes a LEADER_OF of X and the nationality
 * when the document names no country for it (tl_fact_norp.c).  Can't
 * fail. */
void tl_fact_norp(tl_fsent *s);
/* May NORP mention m stand as the group of a LEADER_OF or the place of a
 * LOCATED_IN fact (role 1 of `type`)?  Only a nationality adjective whose
 * country the document never names (tl_fact_norp.c).  Can't fail. */
int tl_fact_norp_role(tl_fsent *s, int type, int m);
/* The token after a dateline's dash opening sentence s ("KARACHI,
 * Pakistan (Reuters) - Gunmen ..."), or s->sb when there is none: no
 * name before it acts in the story.  Can't fail. */
uint32_t tl_fact_dateline_end(const tl_fsent *s);
/* Verbs of taking a person or a place ("captured X"): a place taken is
 * attacked, a person taken arrested (tl_fact.c, tl_fact_tree.c). */
#define TL_FACT_TAKE_VERBS                                                                                        \
    "capture|captures|captured|capturing|recapture|recaptures|recaptured|recapturing|seize|seizes|seized|seizing|" \
    "overran|overrun|overruns|overrunning"

/* Nouns of a message: a phrase after one is the message's ("claimed
 * the attack in a statement on Telegram"; tl_fact.c, tl_fact_tree.c). */
#define TL_FACT_MESSAGE_NOUNS                                                                                     \
    "statement|statements|video|videos|message|messages|post|posts|posting|communique|broadcast|interview|"      \
    "tweet|tweets|channel"

/* Does the word at token k open a frame of fact type `type` in the
 * trigger lexicon ("arrested": TL_ARRESTED; "brother": TL_FAMILY_OF)?
 * Outside the sentence: 0.  Can't fail. */
int tl_fact_opens(const tl_fsent *s, uint32_t k, int type);
/* "after his brothers were jailed": does the trigger at token trig have a
 * possessive and a common noun as its subject, right before its verb
 * group (not after "X and")?  The event is then theirs.  Can't fail. */
int tl_fact_kin_subject(const tl_fsent *s, uint32_t trig);
/* Is local mention m a dateline's place ("WASHINGTON -", "EL PASO, Texas
 * (KTSM) -")?  Can't fail. */
int tl_fact_dateline_place(const tl_fsent *s, int m);
/* Remembers mention m's entity as the one who last designated or
 * sanctioned (a verb of sanctions' subject, named or not its target).
 * Can't fail. */
void tl_fact_note_sanctioner(tl_fsent *s, int m);
/* The mention, in this sentence, of the one who designated or sanctioned
 * in this or the last three sentences; when the sentence does not name it,
 * a virtual mention of it over mention `at`'s tokens.  -1 when there is
 * none (or the sentence is full).  Can't fail. */
int tl_fact_sanctioner(tl_fsent *s, int at);
/* Adds a virtual mention over mention m's tokens standing for entity e of
 * type `type`; returns its index, or -1 when the sentence is full. */
int tl_fact_virtual(tl_fsent *s, int m, int32_t e, int type);
/* Fills first[] and next[] with the children lists of a tree of n words
 * (head[k]: word k's head, -1 or out of range for the root): first[h] is
 * h's first child, next[c] the next sibling of c, both -1 when none, and
 * every list in word order so that a walk meets left children first.  The
 * tree passes (tl_fact_tree.c, tl_fact_aff.c, tl_fact_org.c) walk children
 * this way.  n must fit int16_t.  Can't fail. */
static inline void tl_fact_children(const int32_t *head, int n, int16_t *first, int16_t *next) {
    for (int k = 0; k < n; k++) first[k] = next[k] = -1;
    for (int k = n; k-- > 0;) {
        int h = head[k];
        if (h < 0 || h >= n) continue;
        next[k] = first[h];
        first[h] = (int16_t)k;
    }
}
/* "X was detained along with two accomplices, A and B", "convicted X
 * along with Y": emits the arrest, charge or extradition of type (others
 * are ignored) for the persons "along with" names in the fifteen words
 * after the trigger i, with the arguments args[1..3] of X's.  args[0] is
 * X's mention (< 0: nothing).  Can't fail (a full candidate list drops
 * them). */
void tl_fact_along_with(tl_fsent *s, int type, const int *args, uint32_t i, int status);

#endif
