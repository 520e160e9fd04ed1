/* tl_dep.h -- labelled dependency parser: UD tagger and greedy arc-hybrid parser over averaged perceptrons. */
#ifndef TL_DEP_H
#define TL_DEP_H
#include <stddef.h>
#include <stdint.h>
#include "threadline.h"
#include "tl_percep.h"

/* The parser reads one sentence (word views, e.g. tokens of tl_tok) and gives
 * each word Universal Dependencies tags (UPOS, Penn XPOS), a head and a
 * relation (deprel with subtypes: nsubj:pass, obl:agent, acl:relcl...).
 *
 * Each word is first looked up in a table of word clusters learned from
 * unlabelled text (tl_dep_clusters), so that words the treebanks never showed
 * still read like the words they behave like.
 * Pipeline: an XPOS tagger, then a UPOS tagger that also reads the XPOS tags,
 * then a greedy arc-hybrid transition parser (SHIFT, LEFT, RIGHT) whose
 * transitions are scored by one perceptron and whose arcs are labelled by a
 * second one at the moment the dependent is attached (its subtree is then
 * complete).  Every sentence gets a tree: one root, no cycles, one head per
 * word.
 *
 * Model file (models/dep.model; integers little-endian):
 *   "TLDEPMOD"   8-byte magic
 *   u32 version  TL_DEP_VERSION
 *   u32 total    whole file length
 *   4 times: u32 len, then a tl_percep image of that length, of kinds
 *            "dep-xpos", "dep-upos", "dep-trans" (SHIFT LEFT RIGHT), "dep-label"
 *   u32 len, then the word clusters: u32 count, u32 CRC-32 of what follows,
 *            count u32 word hashes (tl_dep_word.w, strictly increasing),
 *            count u16 fine cluster ids, count u16 coarse cluster ids
 * Each tl_percep image carries its own CRC-32 (tl_percep.h). */
#define TL_DEP_VERSION 2

typedef struct tl_dep_model tl_dep_model;

/* The model compiled into the library (models/dep.model, decoded at build
 * time: tl_dep_view_decoded, used in place, no weight decoded at start).
 * Returns NULL and fills err (TL_EFORMAT, TL_ENOMEM) when it can't be
 * loaded.  The model is read-only: one model may serve any number of
 * threads.  Free with tl_dep_free. */
tl_dep_model *tl_dep_load_builtin(tl_error *err);
/* Appends m as a decoded image (format in tl_dep.c: the four parts as
 * tl_percep_write_decoded writes them, then the cluster arrays) to out.
 * Returns TL_OK, TL_ENOMEM or TL_EINVAL (NULL arguments). */
int tl_dep_write_decoded(const tl_dep_model *m, tl_buf *out);
/* A model used in place from the decoded image at data (16-byte aligned,
 * outliving the model; nothing is copied): the headers, lengths, ranks
 * and cluster order are checked (tl_percep_view_decoded).  Returns NULL and
 * fills err: TL_EINVAL (NULL data), TL_EFORMAT, TL_ENOMEM.  Free with
 * tl_dep_free. */
tl_dep_model *tl_dep_view_decoded(const void *data, size_t len, tl_error *err);
/* From a memory image (copied; data may be freed after).  Returns NULL and
 * fills err: TL_EINVAL (NULL data), TL_EFORMAT (malformed), TL_ENOMEM. */
tl_dep_model *tl_dep_load_mem(const void *data, size_t len, tl_error *err);
/* From a file; TL_EIO when it can't be read, else as tl_dep_load_mem. */
tl_dep_model *tl_dep_load(const char *path, tl_error *err);
/* Frees the model.  Accepts NULL. */
void tl_dep_free(tl_dep_model *m);

/* Class names: tag and relation ids index these ("" when out of range).
 * Counts can't exceed TL_PERCEP_MAX_CLASSES.  Can't fail. */
unsigned tl_dep_n_labels(const tl_dep_model *m);
const char *tl_dep_label_name(const tl_dep_model *m, unsigned id);
unsigned tl_dep_n_upos(const tl_dep_model *m);
const char *tl_dep_upos_name(const tl_dep_model *m, unsigned id);
unsigned tl_dep_n_xpos(const tl_dep_model *m);
const char *tl_dep_xpos_name(const tl_dep_model *m, unsigned id);
/* Id of a relation ("nsubj:pass"), UPOS ("VERB") or XPOS ("VBD") name, or -1
 * when the model has no such class.  Can't fail. */
int tl_dep_label_id(const tl_dep_model *m, const char *name);
int tl_dep_upos_id(const tl_dep_model *m, const char *name);
int tl_dep_xpos_id(const tl_dep_model *m, const char *name);

/* A parsed sentence of n words.  Arrays of n entries, owned by the arena
 * given to tl_dep_parse.  head[i] is the index of word i's head (0-based),
 * or -1 for the root of the sentence (exactly one word when n > 0); label[i]
 * is the relation of word i to its head (tl_dep_label_name; "root" for the
 * root); upos[i], xpos[i] are tag ids. */
typedef struct tl_dep_tree {
    size_t n;
    int32_t *head;
    uint8_t *label;
    uint8_t *upos;
    uint8_t *xpos;
} tl_dep_tree;

/* Tags and parses the n words of ONE sentence.  Words are byte views (any
 * bytes: invalid UTF-8 or NULs only make odd features); n == 0 gives an empty
 * tree.  Every allocation, the result's arrays included, comes from arena a
 * (about 120 bytes per word).  Returns TL_OK, or TL_ENOMEM when the arena
 * can't allocate (out then holds an empty tree); TL_EINVAL on NULL m, a or
 * out, or NULL words with n > 0.  Thread-safe: m is only read. */
int tl_dep_parse(const tl_dep_model *m, const tl_str *words, size_t n, tl_arena *a,
                 tl_dep_tree *out);

/* A memo of the taggers' word-only scores (tl_dep_tag_word_features): a word
 * form's partial XPOS and UPOS sums are the same wherever it occurs, so each
 * form is scored once and only its context features at each position.  The
 * trees are exactly those of tl_dep_parse (the sums are integers), whatever
 * the memo holds.  One cache belongs to one model and one thread at a time
 * (it is written while parsing); give one per document or per worker.
 * `slots` is rounded up to a power of two, at most 65,536 (each about
 * 48 + 4 x (XPOS + UPOS classes) bytes); 0 makes a cache that memoises
 * nothing (every word scored in full).  A full cache replaces the word in
 * a slot.  Returns NULL when out of memory or m is NULL. */
typedef struct tl_dep_cache tl_dep_cache;
/* Slots for a document or a worker thread: the distinct words of a long report. */
#define TL_DEP_CACHE_SLOTS 4096
tl_dep_cache *tl_dep_cache_new(const tl_dep_model *m, size_t slots);
/* Frees the cache.  Accepts NULL. */
void tl_dep_cache_free(tl_dep_cache *c);
/* Words found in the memo and words scored into it so far.  NULL c: 0, 0. */
void tl_dep_cache_stats(const tl_dep_cache *c, size_t *hits, size_t *misses);
/* tl_dep_parse through cache c (NULL, or a cache made for another model:
 * no memo).  Same results and errors. */
int tl_dep_parse_cached(const tl_dep_model *m, tl_dep_cache *cache, const tl_str *words,
                        size_t n, tl_arena *a, tl_dep_tree *out);

/* tl_dep_parse_cached with tags fixed by the caller, where fix[i] is:
 *   TL_DEP_FIX_NAME    word i is a proper noun (UPOS PROPN; XPOS NNP, or NNPS
 *                      where the tagger read a plural noun) whatever the
 *                      tagger made of it -- a recognizer's names, which the
 *                      tagger may read as adjectives, verbs or adverbs
 *                      ("United", "al-Shabaab");
 *   TL_DEP_FIX_COMMON  word i, if the tagger made it a proper noun, is a
 *                      common one (NOUN; NNS when it ends in -s or -men, else
 *                      NN) -- a capitalized first word no recognizer took
 *                      for a name ("Gunmen affiliated with ...");
 *   TL_DEP_FIX_VERB    word i, if the tagger made it a plural noun (NNS), is a
 *                      verb in the third person (VBZ, VERB) -- the verb of
 *                      a relative clause after a source's words ("who
 *                      prosecutors say heads X");
 *   0                  the tagger's tags.
 * fix NULL: exactly tl_dep_parse_cached.  Same results and errors otherwise. */
#define TL_DEP_FIX_NAME 1
#define TL_DEP_FIX_COMMON 2
#define TL_DEP_FIX_VERB 3
int tl_dep_parse_named(const tl_dep_model *m, tl_dep_cache *cache, const tl_str *words, size_t n,
                       const uint8_t *fix, tl_arena *a, tl_dep_tree *out);

/* ---- the steps of tl_dep_parse, for the vote of parsers (tl_dep_vote.h) -- */

/* Tags the n words with m's taggers (through cache as tl_dep_parse_cached
 * does): *out gets w[0..n] (w[0] the ROOT) from arena a, xpos and upos set
 * (ids + 1).  Returns TL_OK, TL_ENOMEM (*out NULL), TL_EINVAL (NULL m, a or
 * out, or NULL words with n > 0). */
typedef struct tl_dep_word tl_dep_word;
int tl_dep_tag(const tl_dep_model *m, tl_dep_cache *cache, const tl_str *words, size_t n, tl_arena *a,
               tl_dep_word **out);
/* Runs the greedy arc-hybrid parser with transition scorer trans and label
 * scorer label (classes as the model's; root_label the id of "root") over
 * the tagged words w[0..n].  Fills head[1..n] (1-based; 0 the ROOT) and
 * label[1..n]; when margin is not NULL, margin[d] for each word d gets how
 * far the transition that attached it led the next legal one (>= 0).  The
 * arrays have n + 1 entries.  Returns TL_OK, TL_ENOMEM (arena full) or
 * TL_EINVAL (NULL arguments, root_label out of range). */
int tl_dep_run(const tl_percep_model *trans, const tl_percep_model *label, unsigned root_label,
               const tl_dep_word *w, size_t n, tl_arena *a, int32_t *head, uint8_t *label_out,
               int32_t *margin);
/* The model's parts (NULL / 0 / -1 for NULL m): its scorers, the id of
 * "root" and of UPOS "PUNCT" (-1 when it lacks it).  Can't fail. */
const tl_percep_model *tl_dep_trans_scorer(const tl_dep_model *m);
const tl_percep_model *tl_dep_label_scorer(const tl_dep_model *m);
unsigned tl_dep_root_label(const tl_dep_model *m);
int tl_dep_punct_upos(const tl_dep_model *m);

/* Paired punctuation, as Universal Dependencies attaches it: both marks of a
 * pair (brackets, `` '' and curly quotes, two ASCII '"') go to the same word,
 * the head of the text between them (its one word, punctuation aside, whose
 * head lies outside the pair).  The greedy parser attaches each mark when it
 * meets it, often the closer to another word than the opener; this fixes
 * the pair once the tree is whole.  Marks are the words of UPOS punct_upos
 * whose form is a bracket or quote; a mark that is the root or has
 * dependents, a pair whose text has no such single head, and openers nested
 * deeper than 32 are left as they are.  The tree stays a tree (same root,
 * no cycle); labels are kept.  Uses O(n) bytes of arena a; when it can't
 * allocate, t is left unchanged.  NULL t, words or a: nothing done.
 * tl_dep_finish applies it to every tree. */
void tl_dep_attach_pairs(tl_dep_tree *t, const tl_str *words, unsigned punct_upos, tl_arena *a);

/* A clause has one subject.  When the greedy parser gives a verb two
 * subjects (labels nsubj_label or nsubj_pass_label) and the second stands
 * between two commas right after the first ("X, a former army general,
 * has been linked"), the second is an apposition of the first: it is
 * attached to it with label appos_label.  Words are the forms (the commas
 * are read from them).  The tree stays a tree; nothing else changes.
 * Uses O(n) bytes of arena a; when it can't allocate, t is left unchanged.
 * tl_dep_finish applies it to every tree. */
void tl_dep_mend_subjects(tl_dep_tree *t, const tl_str *words, unsigned nsubj_label, unsigned nsubj_pass_label,
                          unsigned appos_label, tl_arena *a);

/* What every parser's tree gets once whole, with the ids of model m:
 * paired punctuation (tl_dep_attach_pairs), then one subject a clause
 * (tl_dep_mend_subjects).  NULL m: nothing done.  Can't fail (a mend
 * that can't allocate is skipped). */
void tl_dep_finish(const tl_dep_model *m, tl_dep_tree *t, const tl_str *words, tl_arena *a);

/* ---- for the trainer (tools/train-dep.c) -------------------------------- */

/* Per-word hashes, computed once per sentence.  Index 0 is the ROOT. */
struct tl_dep_word {
    uint32_t w;        /* folded form (lower case, digits as 0) */
    uint32_t shape;    /* Xxx, dd-dd, ... */
    uint32_t pre[3];   /* prefixes of 1..3 characters */
    uint32_t suf[4];   /* suffixes of 1..4 characters */
    uint8_t xpos, upos; /* tag ids + 1 (0: not tagged yet) */
    uint8_t cap, first; /* starts upper case; first word of the sentence */
    uint16_t cf, cc;    /* fine and coarse word cluster ids + 1 (0: no cluster) */
};

/* Fills w[0..n] for the n words (w[0] the ROOT); clusters are left 0.
 * Can't fail. */
void tl_dep_words(const tl_str *words, size_t n, tl_dep_word *w);

/* Word clusters learned from unlabelled text: for each folded word hash
 * (tl_dep_word.w), in increasing order of key, its fine and coarse cluster
 * ids + 1.  The arrays belong to whoever built the table. */
typedef struct tl_dep_clusters {
    size_t n;
    const uint32_t *key;
    const uint16_t *fine, *coarse;
} tl_dep_clusters;

/* Sets w[1..n].cf / .cc from table c (0 for words it lacks; NULL c clears
 * them).  Can't fail. */
void tl_dep_word_clusters(const tl_dep_clusters *c, tl_dep_word *w, size_t n);

#define TL_DEP_MAX_FEATS 160

/* Features of word i (1..n) for the XPOS tagger (upos_pass 0: reads xpos of
 * words before i) or the UPOS tagger (1: reads every xpos and the upos of the
 * words before i).  Writes at most TL_DEP_MAX_FEATS; returns the count. */
size_t tl_dep_tag_features(const tl_dep_word *w, size_t n, size_t i, int upos_pass,
                           uint32_t *feats);
/* The two halves of tl_dep_tag_features: the features that read word c
 * alone (the same wherever it occurs; at most 24), and those that read its
 * neighbours or tags (at most TL_DEP_MAX_FEATS - 24).  Return the count. */
size_t tl_dep_tag_word_features(const tl_dep_word *c, int upos_pass, uint32_t *feats);
size_t tl_dep_tag_context_features(const tl_dep_word *w, size_t n, size_t i, int upos_pass,
                                   uint32_t *feats);

/* Transitions of the arc-hybrid system. */
enum { TL_DEP_SHIFT = 0, TL_DEP_LEFT = 1, TL_DEP_RIGHT = 2, TL_DEP_NTRANS = 3 };

/* Parser state over words 0..n (0 the ROOT, at the bottom of the stack).
 * Arrays are indexed by word (n + 1 entries); label ids are stored + 1. */
typedef struct tl_dep_state {
    size_t n;
    int32_t *stack;
    size_t sp;        /* stack size */
    size_t b;         /* buffer front, 1..n+1 (n+1: empty) */
    int32_t *head;    /* -1: none yet */
    uint8_t *label;
    int32_t *lc1, *lc2, *rc1, *rc2; /* leftmost / 2nd leftmost, rightmost / 2nd rightmost child, 0 none */
    uint8_t *nl, *nr;               /* left / right children counts (saturating) */
    uint64_t *lset, *rset;          /* label sets of the left / right children */
} tl_dep_state;

/* Allocates a state for n words from a; TL_ENOMEM or TL_OK. */
int tl_dep_state_init(tl_dep_state *s, size_t n, tl_arena *a);
/* True when the parse is complete.  Can't fail. */
int tl_dep_state_final(const tl_dep_state *s);
/* True when transition t is allowed (RIGHT onto the ROOT only once the
 * buffer is empty, so that the tree has a single root).  Can't fail. */
int tl_dep_state_legal(const tl_dep_state *s, int t);
/* Applies a legal transition; label (id, not + 1) is used by LEFT and RIGHT. */
void tl_dep_state_apply(tl_dep_state *s, int t, unsigned label);
/* Features of the state for the transition scorer.  Returns the count
 * (at most TL_DEP_MAX_FEATS). */
size_t tl_dep_state_features(const tl_dep_state *s, const tl_dep_word *w, uint32_t *feats);
/* Per-sentence table of the state features' word-only first mixes (for
 * words 0..n once tagged, and the NONE item), allocated from a; NULL when
 * n is over the table's limit (1024 words) or a is full: the caller then
 * uses the plain path.  Owned by the arena. */
typedef struct tl_dep_wfeat tl_dep_wfeat;
tl_dep_wfeat *tl_dep_wfeats(const tl_dep_word *w, size_t n, tl_arena *a);
/* tl_dep_state_features with table c (from tl_dep_wfeats for the same w and
 * n; NULL: the plain path): the same features, hashed with fewer mixes. */
size_t tl_dep_state_features_fast(const tl_dep_state *s, const tl_dep_word *w,
                                  const tl_dep_wfeat *c, uint32_t *feats);
/* The state features in parts, for scoring each part once per item (the
 * parser's memo of transition scores): TL_DEP_PART_B holds the features
 * that read only the buffer's first words (a function of the buffer front,
 * the bias with them), _S0 / _S1 / _S2 those that read only that stack item
 * as a word (its form, tags, suffix, shape, cluster; never its children or
 * label), _REST every other; _GROUPS is B, S0, S1 and S2 together.  REST
 * and GROUPS make exactly the features of tl_dep_state_features (as a
 * multiset: the order differs), so their scores add up to its score.
 * Needs table c (NULL: writes nothing).  Returns the count (at most
 * TL_DEP_MAX_FEATS); an unknown part writes nothing. */
enum { TL_DEP_PART_REST, TL_DEP_PART_B, TL_DEP_PART_S0, TL_DEP_PART_S1, TL_DEP_PART_S2,
       TL_DEP_PART_GROUPS };
size_t tl_dep_state_features_part(const tl_dep_state *s, const tl_dep_word *w,
                                  const tl_dep_wfeat *c, int part, uint32_t *feats);
/* The item a part's features read in state s, as an index in 0..n+1
 * (B: the buffer front s->b; S0..S2: the stack item's word, n + 1 for
 * none): equal keys give equal features of that part.  -1 for other parts.
 * Can't fail. */
int32_t tl_dep_state_part_key(const tl_dep_state *s, int part);
/* The label scorer's features: the state features specialised by direction
 * (t = LEFT or RIGHT).  Writes as many as tl_dep_state_features. */
void tl_dep_label_features(const uint32_t *state_feats, size_t n, int t, uint32_t *out);
#endif
