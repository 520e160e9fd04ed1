/* tl_fscore.h -- learned fact scorer: decides the type and direction of a fact (or none) for mentions named in one sentence. */
#ifndef TL_FSCORE_H
#define TL_FSCORE_H
#include "threadline.h"
#include "tl_trig.h"

/* Classes: 0 = no fact; then, for each fact type with two core roles, the
 * pair read left to right (first mention in the text as role 0) and right
 * to left; then the facts with one core role (ARRESTED, CHARGED,
 * EXTRADITED) read off a single mention.  Symmetric types use only their
 * left-to-right class. */
#define TL_FSCORE_NBIN 17
#define TL_FSCORE_NUNARY 3
#define TL_FSCORE_NCLASSES (1 + 2 * TL_FSCORE_NBIN + TL_FSCORE_NUNARY)
extern const char *const tl_fscore_class_names[TL_FSCORE_NCLASSES];

/* Fact type of class cls (>= 1) and whether the pair is read right to left
 * (*reversed); -1 for class 0 or out of range.  Can't fail. */
int tl_fscore_class_type(unsigned cls, int *reversed);
/* The class of fact type `type` read left to right (reversed 0) or right
 * to left; for a one-role type the unary class.  0 when the type has no
 * class.  Can't fail. */
unsigned tl_fscore_class_of(int type, int reversed);
/* True when class cls is a one-mention class.  Can't fail. */
int tl_fscore_class_unary(unsigned cls);

/* A mention of the sentence as the scorer sees it. */
typedef struct tl_fscore_arg {
    uint32_t tb, te;   /* tokens [tb, te) */
    int32_t ent;       /* entity index (pairs of one entity are skipped) */
    uint8_t type;      /* tl_ent_type */
} tl_fscore_arg;

/* A candidate: mentions a (and b, -1 for a one-mention candidate) of the
 * sentence's argument array; a comes before b in the text.  rule is the
 * class of the fact a frame already read off the same entities in the
 * sentence (0: none; tl_fscore_cands leaves it 0, the caller fills it): the
 * scorer then judges that fact (keep or veto) rather than adding one.  It
 * is no feature: measured, features of the frame's fact let the scorer
 * lean on the frames and it added and vetoed worse held out. */
typedef struct tl_fscore_cand {
    int16_t a, b;
    uint8_t rule;
} tl_fscore_cand;

/* How far apart two mentions of a candidate pair may be: mentions in
 * between, and tokens.  These bound the work to linear in the sentence. */
#define TL_FSCORE_REACH 6
#define TL_FSCORE_MAX_GAP 40
/* Farther apart than this, a pair needs a trigger word between or next to
 * its mentions. */
#define TL_FSCORE_CLOSE 4

/* What the scorer reads of one sentence, computed once for all its
 * candidates: each word's hash, its trigger types, negation cues. */
#define TL_FSCORE_MAX_TOK 400
typedef struct tl_fscore_sent {
    const tl_doc *d;
    uint32_t sb, se;                  /* tokens [sb, se), at most TL_FSCORE_MAX_TOK */
    uint32_t wh[TL_FSCORE_MAX_TOK];   /* hash of the lower-case word (digits: "0") */
    uint32_t tbits[TL_FSCORE_MAX_TOK];/* bit t: the word is a trigger of fact type t */
    uint8_t tkind[TL_FSCORE_MAX_TOK]; /* its first frame's kind (+8 past participle) */
    uint8_t neg;                      /* the sentence holds a negation cue */
    uint8_t pairs;                    /* 1 (init): list pairs; 0: single mentions only */
    /* 1: a run the tokenizer cut at its bound, many sentences' worth of
     * names (tl_fact_forced_cut): every pair needs a trigger word between
     * or around it, and a person alone one of its fact types within
     * TL_FSCORE_MAX_GAP tokens.  0 (init): a sentence. */
    uint8_t forced;
    /* The sentence's dependency tree (tl_fscore_sent_tree), or dn 0: none.
     * Heads are sentence-relative (-1 the root); labels are kept as hashes
     * of their names, so that a retrained parser with another label order
     * still feeds the scorer the same features. */
    uint32_t dn;
    int16_t dhead[TL_FSCORE_MAX_TOK];
    uint32_t dlab[TL_FSCORE_MAX_TOK];
} tl_fscore_sent;

/* Reads sentence [sb, se) of d (cut to TL_FSCORE_MAX_TOK tokens) into s.
 * Can't fail. */
void tl_fscore_sent_init(tl_fscore_sent *s, const tl_doc *d, const tl_trig_lex *lex, uint32_t sb, uint32_t se);

/* Gives s the dependency tree of its words: n heads (sentence-relative,
 * -1 for the root) and the names' hashes of their relations
 * (tl_percep_hash of the name, seed 13).  A tree of another length than
 * the sentence, or with a head out of range, is ignored (the pair features
 * then read no path).  Can't fail. */
void tl_fscore_sent_tree(tl_fscore_sent *s, const int32_t *head, const uint32_t *labh, size_t n);

/* Lists the candidates of sentence s (its mentions ms[0..nm) in text
 * order, inside the sentence) into out (at most cap): every pair of
 * mentions of two entities within TL_FSCORE_REACH / TL_FSCORE_MAX_GAP (and,
 * beyond TL_FSCORE_CLOSE tokens, with a trigger word between or around),
 * and each PERSON mention alone when the sentence has a trigger word of a
 * one-role fact (s->forced: see there).  Returns the count.  Can't fail. */
size_t tl_fscore_cands(const tl_fscore_sent *s, const tl_fscore_arg *ms, int nm, tl_fscore_cand *out, size_t cap);

#define TL_FSCORE_MAX_FEATS 192
/* The hashed features of candidate c (at most TL_FSCORE_MAX_FEATS) into
 * feats; returns how many.  Reads the words, the POS tags already in the
 * document's tokens, the trigger types and the other mentions.  Can't
 * fail. */
size_t tl_fscore_features(const tl_fscore_sent *s, const tl_fscore_arg *ms, int nm, const tl_fscore_cand *c,
                          uint32_t *feats);

/* True when fact class cls may join a left mention of entity type lt and a
 * right one of type rt (rt ignored for a one-mention class): the roles'
 * types as SPEC section 2 defines them.  Can't fail. */
int tl_fscore_fits(unsigned cls, int lt, int rt);
/* Bit k set for every fact class k of the kind (unary 1: one mention;
 * 0: a pair) that tl_fscore_fits(k, lt, rt) accepts; 0 when none does or
 * unary is neither 0 nor 1.  Can't fail. */
uint64_t tl_fscore_fit_mask(int unary, int lt, int rt);
/* The best class by scores sc[0..TL_FSCORE_NCLASSES) among the fact
 * classes that fit the candidate (its kind and its mentions' types), or 0
 * when none does.  Can't fail. */
unsigned tl_fscore_best(const int32_t *sc, int unary, int lt, int rt);

/* The feature every candidate has (the classes' bias): a trainer moves
 * a class's operating point by its weight.  Can't fail. */
uint32_t tl_fscore_bias_feature(void);

typedef struct tl_fscore_model tl_fscore_model;
/* The model built into the library (models/fscore.model), or NULL when it
 * is absent or unreadable (then nothing is scored).  Free with
 * tl_fscore_model_free. */
tl_fscore_model *tl_fscore_model_builtin(void);
/* Loads a model file; NULL and err filled on failure. */
tl_fscore_model *tl_fscore_model_load(const char *path, tl_error *err);
/* Wraps a model image (copied); NULL and err filled on failure. */
tl_fscore_model *tl_fscore_model_load_mem(const void *data, size_t len, tl_error *err);
void tl_fscore_model_free(tl_fscore_model *m);
/* Can any pair class of m win?  A trainer switches a class off by taking
 * TL_FSCORE_OFF_MARGIN (far above any real margin) off its bias weight,
 * which then quantizes to the lower half of the range; when every pair
 * class is off, the caller skips the pairs (less work).  Can't fail. */
#define TL_FSCORE_OFF_MARGIN 200.0
int tl_fscore_model_pairs(const tl_fscore_model *m);
/* Can a class of m that is not switched off join a left mention of type lt
 * and a right one of type rt (a single mention of type lt when unary)?
 * The caller skips (and parses no sentence for) a candidate no class can
 * take.  0 for a NULL m.  Can't fail. */
int tl_fscore_model_fits(const tl_fscore_model *m, int unary, int lt, int rt);
/* The feature whose row holds the veto operating points (never emitted by
 * tl_fscore_features): for class k, the margin of "no fact" over k above
 * which a frame's fact of class k is dropped; 0: class k is never vetoed.
 * Class 0 holds a marker that keeps the row from being pruned.  Can't
 * fail. */
uint32_t tl_fscore_veto_feature(void);
/* Can m veto a frame's fact of class cls (its trainer found a veto point
 * for the type)?  0 for a NULL m.  Can't fail. */
int tl_fscore_model_vetoes(const tl_fscore_model *m, unsigned cls);
/* Should the frame's fact of class cls (c->rule), on the candidate with
 * features feats[0..n), be dropped: does "no fact" beat cls by more than
 * the class's veto point?  0 when cls has none.  Can't fail. */
int tl_fscore_veto(const tl_fscore_model *m, const uint32_t *feats, size_t n, unsigned cls);
/* Best class for the candidate's features among the classes that fit it
 * (tl_fscore_fits); 0 (no fact) unless a fact class scores above
 * class 0.  *margin gets the best fact class's score minus class 0's.
 * Can't fail. */
unsigned tl_fscore_predict(const tl_fscore_model *m, const tl_fscore_arg *ms, const tl_fscore_cand *c,
                           const uint32_t *feats, size_t n, int32_t *margin);
/* How far the candidate's best fitting fact class (tl_fscore_predict's
 * classes) scores above class 0: positive when it would be a fact.  With
 * features made before the sentence's tree was given, this is the margin
 * the tree's path features would have to lift (TL_FSCORE_PATH_LIFT).
 * INT32_MIN when no fact class fits.  Can't fail. */
int32_t tl_fscore_reach(const tl_fscore_model *m, const tl_fscore_arg *ms, const tl_fscore_cand *c,
                        const uint32_t *feats, size_t n);
/* The most a pair's path features (the dependency tree) are taken to add to
 * its margin.  Measured with the committed model (make fact-model) on its
 * training sets: of the pairs that became facts only with their path, none
 * was lifted by more than 2,766 points (redocred-train; 312 on
 * news-train); the prose of bench/prose.sh agrees (2,539).  A pair further
 * below "no fact" than this can't become one, so a sentence of only such
 * pairs is not parsed for them.  Measure again when the model is retrained. */
#define TL_FSCORE_PATH_LIFT 4000
#endif
