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
/* A model with zero weights and `log2_buckets` buckets, for training.
 * Returns NULL when out of memory. */
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
/* Perceptron update: +delta on label `good`, -delta on label `bad`, with
 * averaging bookkeeping at step `t`.  Can't fail. */
void tl_ner_update(tl_ner_model *m, const uint32_t *feats, size_t n, int good, int bad, long t);
/* Finalizes averaging at step t and writes the model file.  Returns TL_OK or
 * TL_EIO / TL_ENOMEM. */
int tl_ner_save(tl_ner_model *m, long t, const char *path, tl_error *err);
/* Allowed label after `prev` (no I-X after anything but B-X/I-X). */
int tl_ner_allowed(int prev, int label);
#endif
