/* tl_fact.h -- fact extraction: who did what to whom, when, where, how surely. */
#ifndef TL_FACT_H
#define TL_FACT_H
#include "threadline.h"
#include "tl_gaz.h"

typedef struct tl_fact_ctx tl_fact_ctx;

/* Creates the read-only fact extraction context (lexicons, models).
 * Returns NULL and fills err on failure. */
tl_fact_ctx *tl_fact_ctx_new(tl_error *err);
void tl_fact_ctx_free(tl_fact_ctx *c);

/* Finds the facts of doc (its entities must be resolved) and stores them in
 * doc->facts.  Returns TL_OK or TL_ENOMEM (doc->facts untouched). */
int tl_fact_run(const tl_fact_ctx *c, const tl_gaz *g, tl_doc *doc);
#endif
