/* tl_store_backend.h -- the operations a storage backend provides (SQLite, PostgreSQL). */
#ifndef TL_STORE_BACKEND_H
#define TL_STORE_BACKEND_H
#include "tl_store.h"

/* Every operation has the contract of the tl_store_ function of the same
 * name in tl_store.h, with the backend's own handle as first argument.
 * Graph searches (neighbors, path) are not here: tl_store.c runs them over
 * `adjacent`, so a backend only answers "which facts touch this entity". */
typedef int (*tl_store_adj_cb)(void *ctx, int64_t fact, int64_t other);
typedef int (*tl_store_adj_cb2)(void *ctx, int64_t a, int64_t b);

/* One row of adjacent_many: an entity (type -1 when it does not exist),
 * and one of its links (fact 0 for the row of an entity without links, or
 * when links were not asked for) with what ranking a hop needs: the fact's
 * modality and how many documents state it. */
typedef struct tl_store_adjx {
    int64_t from;
    int type;
    const char *name;
    int64_t fact, other;
    int modality;
    int64_t n_docs;
} tl_store_adjx;
typedef int (*tl_store_adjx_cb)(void *ctx, const tl_store_adjx *row);

typedef struct tl_store_ops {
    const char *name;
    int (*open)(const char *path, void **impl, tl_error *err);
    int (*open_readonly)(const char *path, void **impl, tl_error *err);
    void (*close)(void *impl);
    int (*has_doc)(void *impl, const char *sha256, int *found, tl_error *err);
    int (*ingest)(void *impl, const tl_doc *doc, const tl_store_docinfo *info,
                  tl_store_ingest_result *res, tl_error *err);
    int (*bulk_begin)(void *impl, tl_error *err);
    int (*bulk_end)(void *impl, int commit, tl_error *err);
    int (*group_begin)(void *impl, tl_error *err);
    int (*group_end)(void *impl, int commit, tl_error *err);
    int (*reindex)(void *impl, tl_store_extract_fn fn, void *fn_ctx, tl_store_progress_fn progress,
                   void *progress_ctx, uint64_t *n_docs, tl_error *err);
    int (*entity_find)(void *impl, const char *name, tl_store_entity_cb cb, void *ctx, int *n_found,
                       tl_error *err);
    int (*entities)(void *impl, const tl_store_entity_filter *f, tl_store_entity_cb cb, void *ctx,
                    tl_error *err);
    /* id, type and name only (counts -1, dates ""): the cheap row graph
     * searches print for every entity they reach. */
    int (*entity_brief)(void *impl, int64_t id, tl_store_entity_cb cb, void *ctx, tl_error *err);
    int (*entity_names)(void *impl, int64_t entity, tl_store_name_cb cb, void *ctx, tl_error *err);
    int (*entity_docs)(void *impl, int64_t entity, tl_store_doc_cb cb, void *ctx, tl_error *err);
    int (*entity_origin)(void *impl, int64_t entity, int *type, char *out, size_t cap, tl_error *err);
    int (*facts)(void *impl, const tl_store_fact_filter *f, tl_store_fact_cb cb, void *ctx,
                 tl_error *err);
    int (*fact_evidence)(void *impl, int64_t fact, tl_store_evidence_cb cb, void *ctx, tl_error *err);
    /* Every fact (not rejected, not negated) linking `entity` to another
     * entity through its roles, as (fact, other entity). */
    int (*adjacent)(void *impl, int64_t entity, tl_store_adj_cb cb, void *ctx, tl_error *err);
    /* Every (fact, entity, entity) link of the graph, with the same rule as
     * adjacent: the whole edge list, for centrality. */
    int (*edges)(void *impl, tl_store_adj_cb2 cb, void *ctx, tl_error *err);
    /* Optional (NULL: graph searches ask adjacent, entity_brief and facts
     * entity by entity).  n entities at once, with what ranks each link, so
     * a search asks one query per entity (SQLite) or per batch (PostgreSQL,
     * where every query is a round trip): for each entity in the order given, its rows
     * in a row, its links (when `links`) as `adjacent` orders them, or one
     * row with fact 0.  Strings are valid during the callback only. */
    int (*adjacent_many)(void *impl, const int64_t *ids, size_t n, int links, tl_store_adjx_cb cb, void *ctx,
                         tl_error *err);
    int (*search)(void *impl, const char *query, const char *open, const char *close, int64_t limit,
                  tl_store_hit_cb cb, void *ctx, tl_error *err);
    int (*get_stats)(void *impl, tl_store_stats *out, tl_error *err);
    int (*correct)(void *impl, int kind, const char *a, const char *b, int64_t fact, int64_t *id,
                   tl_error *err);
    int (*corrections)(void *impl, tl_store_correction_cb cb, void *ctx, tl_error *err);
    int (*watch_add)(void *impl, const char *name, tl_error *err);
    int (*watch_remove)(void *impl, const char *name, tl_error *err);
    int (*watch_list)(void *impl, tl_store_name_cb cb, void *ctx, tl_error *err);
    int (*alerts)(void *impl, int64_t since_id, tl_store_alert_cb cb, void *ctx, tl_error *err);
    int (*document)(void *impl, const char *sha256, tl_store_doctext_cb doc_cb, tl_store_span_cb span_cb,
                    void *ctx, tl_error *err);
    int (*token_add)(void *impl, const char *name, const char *hash, tl_error *err);
    int (*token_revoke)(void *impl, const char *name, tl_error *err);
    int (*token_list)(void *impl, tl_store_token_cb cb, void *ctx, tl_error *err);
    int (*token_check)(void *impl, const char *hash, int *valid, tl_error *err);
    int (*token_name)(void *impl, const char *hash, char *out, size_t cap, tl_error *err);
    int (*documents)(void *impl, tl_store_docrow_cb cb, void *ctx, tl_error *err);
    int (*forget)(void *impl, const char *doc, tl_store_forget_result *res, tl_error *err);
    int (*undo)(void *impl, int64_t id, int64_t *undone, tl_error *err);
    int (*entity_why)(void *impl, int64_t entity, tl_store_join_cb cb, void *ctx, tl_error *err);
    /* Who later corrections are recorded as; NULL in a backend that does
     * not record it. */
    int (*set_actor)(void *impl, const char *who);
} tl_store_ops;

/* The handle behind tl_store: a backend and its own state. */
struct tl_store {
    const tl_store_ops *ops;
    void *impl;
};

/* The name a correction records for entity e, which the user named
 * `given`, asked of a backend through its entity_brief and entity_find:
 * e's canonical name when that finds e alone (an "#id" or a variant
 * spelling may find something else once the graph is rebuilt), else
 * `given` when it does; into out (cap bytes).  TL_OK; TL_EINVAL with a
 * message when no name finds e alone; a backend's error code when reading
 * e's name fails.  Writes nothing to the store. */
int tl_store_record_name(const tl_store_ops *ops, void *impl, int64_t e, const char *given, char *out,
                         size_t cap, tl_error *err);

/* The PostgreSQL backend (tl_store_pg*.c), for "postgresql://" paths. */
extern const tl_store_ops tl_store_pg_ops;

/* tl_store_migrate's copy (tl_store_pg_migrate.c): `from` is a SQLite
 * store at the current schema version, `to` an empty PostgreSQL store;
 * same contract. */
int tl_store_pg_migrate(const char *from, const char *to, tl_store_migrate_fn progress, void *ctx,
                        int64_t *n_rows, tl_error *err);

/* The SQLite backend (tl_store_sqlite*.c). */
extern const tl_store_ops tl_store_sqlite_ops;

/* Its documents and API tokens (tl_store_sqlite_doc.c), over the
 * connection of a backend handle (tl_store_sqlite_db; the sqlite3 type is
 * left opaque here). */
struct sqlite3;
struct sqlite3 *tl_store_sqlite_db(void *impl);
/* Process-wide SQLite settings (tl_store_process_setup).  Can't fail. */
void tl_store_sqlite_setup(void);
int tl_store_sqlite_document(void *impl, const char *sha256, tl_store_doctext_cb doc_cb,
                             tl_store_span_cb span_cb, void *ctx, tl_error *err);
int tl_store_sqlite_token_add(void *impl, const char *name, const char *hash, tl_error *err);
int tl_store_sqlite_token_revoke(void *impl, const char *name, tl_error *err);
int tl_store_sqlite_token_list(void *impl, tl_store_token_cb cb, void *ctx, tl_error *err);
int tl_store_sqlite_token_check(void *impl, const char *hash, int *valid, tl_error *err);
int tl_store_sqlite_token_name(void *impl, const char *hash, char *out, size_t cap, tl_error *err);
#endif
