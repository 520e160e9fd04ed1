/* tl_fact.h -- fact extraction: who did what to whom, when, where, how surely. */
#ifndef TL_FACT_H
#define TL_FACT_H
#include "threadline.h"
#include "tl_gaz.h"
#include "tl_pos.h"
#include "tl_fscore.h"
#include "tl_dep.h"

typedef struct tl_fact_ctx tl_fact_ctx;

/* Creates the read-only fact extraction context (lexicons, models).
 * Returns NULL and fills err on failure. */
tl_fact_ctx *tl_fact_ctx_new(tl_error *err);
void tl_fact_ctx_free(tl_fact_ctx *c);
/* Turns the learned fact scorer off (before the context is shared): the
 * facts then come from the frames and the pair classifier alone.  Can't
 * fail. */
void tl_fact_ctx_no_scorer(tl_fact_ctx *c);
/* Gives c the learned fact scorer m instead of the built-in one (before
 * the context is shared; c owns m from now on, NULL: no scorer).  For
 * tests and trainers.  Can't fail. */
void tl_fact_ctx_set_scorer(tl_fact_ctx *c, tl_fscore_model *m);
/* Turns the encyclopedic pair classifier off (before the context is
 * shared): its trainer compares what it adds with the other facts.  Can't
 * fail. */
void tl_fact_ctx_no_rel(tl_fact_ctx *c);
/* Turns the dependency-tree pass off (before the context is shared): the
 * facts then come from the word frames and the scorer.  Can't fail. */
void tl_fact_ctx_no_tree(tl_fact_ctx *c);

/* Finds the facts of doc (its entities must be resolved) and stores them in
 * doc->facts.  pos_cache: a cache made for tl_fact_pos_model(c) that the
 * caller keeps across documents, or NULL (one lives for this call).
 * dep_cache: where the caller keeps the parser's word memo across documents
 * (one per thread), or NULL (no memo): when *dep_cache is NULL, the first
 * sentence parsed makes one there (tl_dep_cache_new), which the caller then
 * owns and frees with tl_dep_cache_free.  A memo for a single document cost
 * more than it saved (bench/README.md), hence the caller's.  The facts are
 * the same with or without either memo.  Returns TL_OK or TL_ENOMEM
 * (doc->facts untouched). */
int tl_fact_run(const tl_fact_ctx *c, const tl_gaz *g, tl_pos_cache *pos_cache,
                tl_dep_cache **dep_cache, tl_doc *doc);
/* The POS tagger the fact rules use; NULL when the built-in one is unusable.
 * Can't fail. */
const tl_pos_model *tl_fact_pos_model(const tl_fact_ctx *c);
#endif
