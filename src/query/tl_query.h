/* tl_query.h -- the store's queries as JSON values: one copy shared by the CLI's --json output and the HTTP API. */
#ifndef TL_QUERY_H
#define TL_QUERY_H
/*
 * Every function builds a jansson value from the store API (tl_store.h).
 * Functions returning int give TL_OK and set *out to a new reference the
 * caller owns (json_decref), or a negative tl_status with err filled and
 * *out left NULL.  Functions returning json_t * give a new reference, NULL
 * only when out of memory.
 */
#include <jansson.h>
#include <stdint.h>
#include "tl_store.h"

/* Rows as JSON objects. */
json_t *tl_query_entity_json(const tl_store_entity *e);
json_t *tl_query_fact_json(const tl_store_fact *f);
json_t *tl_query_evidence_json(const tl_store_evidence *ev);
/* Every evidence row of a fact (the first `limit`, 0 = all) as an array. */
int tl_query_fact_evidence(tl_store *st, int64_t fact, int limit, json_t **out, tl_error *err);

/* Resolves an entity argument (a name, an alias or "#id").  TL_OK with *id
 * set when it names exactly one entity; TL_ENOTFOUND when it names none
 * (*candidates an empty array) or several (*candidates lists them, best
 * first); TL_EDB or TL_ENOMEM.  *candidates (may be NULL: not wanted) is a
 * new reference whenever it is set. */
int tl_query_resolve(tl_store *st, const char *name, int64_t *id, json_t **candidates, tl_error *err);

/* `show`: the entity row with "names", "facts_by_type" (type -> facts, each
 * with all its evidence) and "documents_list".  TL_ENOTFOUND when id does
 * not exist. */
int tl_query_show(tl_store *st, int64_t id, json_t **out, tl_error *err);
/* `show --why`: an array, one object per document entity the entity holds
 * ({"doc", "path", "name", "why", "by_context", "matched"?, "joined"?}),
 * then one per analyst correction that names it ({"why": "analyst
 * correction", "correction", "kind", "b", "applied"}).  Returns TL_OK,
 * TL_ENOMEM or TL_EDB; *out is NULL on error. */
int tl_query_why(tl_store *st, int64_t id, json_t **out, tl_error *err);
/* The corrections (rejections aside) whose entity names resolve to `id`,
 * oldest first, each given to cb.  Returns TL_OK or TL_EDB. */
int tl_query_entity_corrections(tl_store *st, int64_t id, tl_store_correction_cb cb, void *ctx, tl_error *err);
/* `entities`: an array of entity rows; the first `offset` rows skipped. */
int tl_query_entities(tl_store *st, const tl_store_entity_filter *f, int64_t offset, json_t **out, tl_error *err);
/* `facts` and `timeline` (f->dated_only): an array of facts, each with all
 * its evidence; the first `offset` skipped. */
int tl_query_facts(tl_store *st, const tl_store_fact_filter *f, int64_t offset, json_t **out, tl_error *err);
/* `path`: {"from", "to", "paths": [{"hops", "cost", "steps": [{"from",
 * "to", "fact", "evidence"}]}]}, best first (tl_store_path_ranked: by
 * evidence, around hubs); "paths" is empty when not connected, and a path
 * from an entity to itself has 0 hops.  opts may be NULL (defaults). */
int tl_query_path_opts(tl_store *st, int64_t a, int64_t b, const tl_store_path_opts *opts, json_t **out,
                       tl_error *err);
/* tl_query_path_opts with only the hop and path limits set. */
int tl_query_path(tl_store *st, int64_t a, int64_t b, int max_hops, int max_paths, json_t **out, tl_error *err);
/* `neighbors`: an array of entity rows with "distance" and "via" (the hop
 * that reached it, as in path steps).  fact_type >= 0 keeps only entities
 * reached through facts of that type. */
int tl_query_neighbors(tl_store *st, int64_t entity, int hops, int64_t limit, int fact_type, json_t **out,
                       tl_error *err);
/* The same through tl_store_neighbors_filtered (types, places not gone
 * through unless asked); *n_left_out (may be NULL) gets how many entities
 * the limit left out. */
int tl_query_neighbors_opts(tl_store *st, int64_t entity, const tl_store_nb_opts *opts, int fact_type, json_t **out,
                            int64_t *n_left_out, tl_error *err);
/* `search`: an array of sentence hits, matches between [ and ].  A query
 * FTS5 refuses (a stray quote or operator) is searched as a phrase;
 * TL_EINVAL when even that is refused. */
int tl_query_search(tl_store *st, const char *query, int64_t limit, json_t **out, tl_error *err);
/* `stats`: counts, sizes, the `top` most connected and most central
 * entities. */
int tl_query_stats(tl_store *st, int64_t top, json_t **out, tl_error *err);
/* Every stored document, oldest first (no text). */
int tl_query_documents(tl_store *st, json_t **out, tl_error *err);
/* One document by its sha256 hex id: its row, "text" (invalid UTF-8
 * replaced by U+FFFD byte for byte, so offsets hold) and "spans" (mentions
 * and evidence).  TL_ENOTFOUND when not stored. */
int tl_query_document(tl_store *st, const char *sha256, json_t **out, tl_error *err);

/* A fact type or modality name (case-insensitive) -> its number; -1 when
 * unknown.  Can't fail. */
int tl_query_fact_type_parse(const char *name);
int tl_query_modality_parse(const char *name);
#endif
