/* tl_ner.h -- named-entity mentions: a trained tagger plus rules for reports. */
#ifndef TL_NER_H
#define TL_NER_H
#include "threadline.h"
#include "tl_gaz.h"

/* Tagger labels: O, then B-/I- for each coarse class. */
enum { TL_NER_O = 0, TL_NER_B_PER, TL_NER_I_PER, TL_NER_B_ORG, TL_NER_I_ORG,
       TL_NER_B_LOC, TL_NER_I_LOC, TL_NER_B_MISC, TL_NER_I_MISC, TL_NER_NLABELS };

typedef struct tl_ner_model tl_ner_model;

/* Loads the tagger.  path NULL means the model built into the library.  A
 * built-in model that is absent (an empty blob) gives a model that tags with
 * rules alone; a given path that cannot be read or parsed fails with TL_EIO
 * or TL_EFORMAT.  On failure *out is untouched and err filled. */
int tl_ner_load(tl_ner_model **out, const char *path, tl_error *err);
/* A model with zero weights and 2^log2_buckets buckets (10..24), for
 * training.  Returns NULL when out of memory or log2_buckets is out of range. */
tl_ner_model *tl_ner_new_empty(unsigned log2_buckets);
void tl_ner_free(tl_ner_model *m);

/* A memo of per-word work (folded-word and affix hashes, shapes, gazetteer
 * flags of words and names), pure functions of the bytes: it may be kept
 * across documents, by one thread at a time, and the mentions found are the
 * same with or without it.  It holds at most about max_bytes (0: 2 MiB): when
 * full it forgets everything and starts over.  NULL when out of memory. */
typedef struct tl_ner_memo tl_ner_memo;
tl_ner_memo *tl_ner_memo_new(size_t max_bytes);
/* Frees the memo.  Accepts NULL. */
void tl_ner_memo_free(tl_ner_memo *memo);

/* Finds the entity mentions of doc (tokens must be set) into doc->mentions,
 * sorted by start.  memo: the caller's memo, or NULL (one lives for this
 * call).  Returns TL_OK or TL_ENOMEM (doc->mentions untouched). */
int tl_ner_run(const tl_ner_model *m, const tl_gaz *g, tl_ner_memo *memo, tl_doc *doc);

/* tl_ner_run is a table of named passes ("tag", "tagger-spans",
 * "consistency", "member-nouns"...) run in order.  tl_ner_run_passes runs
 * it without the passes whose bit is set in skip (bit k: pass k; the last
 * pass, which writes the mentions, always runs), so that a test can see
 * what one pass does.  Same contract as tl_ner_run. */
int tl_ner_run_passes(const tl_ner_model *m, const tl_gaz *g, tl_ner_memo *memo, tl_doc *doc, uint32_t skip);
/* The number of passes, and the name of pass i ("" when out of range).
 * Can't fail. */
unsigned tl_ner_pass_count(void);
const char *tl_ner_pass_name(unsigned i);

/* ---- training interface (used by tools/train-ner) ---------------------- */
typedef struct tl_ner_feats tl_ner_feats;
/* Precomputes per-token data of doc for feature extraction.  NULL on OOM. */
tl_ner_feats *tl_ner_feats_new(const tl_gaz *g, const tl_doc *doc);
void tl_ner_feats_free(tl_ner_feats *f);
/* True when token i is one the tagger looks at (a capitalized word or a
 * connector between two).  Others are always O.  Can't fail. */
int tl_ner_is_candidate(const tl_ner_feats *f, uint32_t i);
/* Writes the hashed features of token i, given the labels of the two tokens
 * before it, into out[] (at most TL_NER_MAX_FEATS) and returns how many. */
#define TL_NER_MAX_FEATS 100
size_t tl_ner_features(const tl_ner_feats *f, uint32_t i, int prev, int prev2, uint32_t *out);
/* Scores of each label for the feature set.  Can't fail. */
void tl_ner_scores(const tl_ner_model *m, const uint32_t *feats, size_t n, float *scores);
/* Records one training instance (call it for every one, right or wrong: it
 * advances the averaging clock); when guess != truth the weights of feats
 * move toward truth and away from guess.  Does nothing on a model not made
 * by tl_ner_new_empty.  Can't fail. */
void tl_ner_update(tl_ner_model *m, const uint32_t *feats, size_t n, int truth, int guess);
/* Adds weight times m's averaged weights into acc (both from
 * tl_ner_new_empty with the same bucket count): a sum over taggers trained
 * on different shuffles.  Returns TL_EINVAL and leaves acc untouched when
 * the shapes differ or one is not in training, else TL_OK. */
int tl_ner_accumulate(tl_ner_model *acc, const tl_ner_model *m, double weight);
/* Writes the averaged weights as a tl_percep model file (kind "ner", see
 * tl_percep.h), dropping rows whose largest weight is below prune.  Returns
 * TL_OK, or TL_EINVAL (not a model in training), TL_ENOMEM or TL_EIO with err
 * filled; the model is unchanged either way. */
int tl_ner_save(const tl_ner_model *m, float prune, const char *path, tl_error *err);
/* Allowed label after `prev` (no I-X after anything but B-X/I-X). */
int tl_ner_allowed(int prev, int label);
#endif
