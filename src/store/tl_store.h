/* tl_store.h -- the knowledge-graph store: a narrow, backend-neutral API over documents, entities and facts. */
#ifndef TL_STORE_H
#define TL_STORE_H
/*
 * A tl_store is an opaque handle.  Every call goes through a table of
 * backend operations (tl_store_backend.h): SQLite, or PostgreSQL for a
 * "postgresql://" or "postgres://" path (see tl_store_open).  Callers never
 * see SQL.
 *
 * Conventions, followed by every function below:
 *   - Functions that can fail return TL_OK or a negative tl_status and fill
 *     `err` (which may be NULL).  A failed write rolls its transaction back,
 *     so the store is left as it was.
 *   - Query results are handed to a callback one row at a time.  Strings in a
 *     row are borrowed: valid only during the callback.  A callback returns 0
 *     to go on, non-zero to stop early (the query then returns TL_OK).
 *   - Entity and fact ids are stable between ingests, but `reindex` rebuilds
 *     the graph and renumbers them; corrections are therefore recorded by
 *     name, never by id, so that they can be re-applied.
 */
#include <stdint.h>
#include "threadline.h"

typedef struct tl_store tl_store;

/* Process-wide settings of the SQLite library that make a long ingest
 * cheaper (no allocation statistics).  Call it once, before any store is
 * opened and before other threads start; later it does nothing.  Can't
 * fail; stores behave the same with or without it. */
void tl_store_process_setup(void);
/* Opens (creating and migrating when needed) the store at `path`.  A path
 * starting with "postgresql://" or "postgres://" is a libpq connection URI:
 * the PostgreSQL backend, its tables created in that database when
 * missing.  Returns TL_OK and sets *out, or a tl_status with *out
 * untouched. */
int tl_store_open(const char *path, tl_store **out, tl_error *err);
/* 1 when a store path names a PostgreSQL database ("postgresql://" or
 * "postgres://"): no file to look for.  Can't fail. */
int tl_store_is_pg(const char *path);
/* Called while tl_store_migrate copies, with a table and its rows copied so far. */
typedef void (*tl_store_migrate_fn)(void *ctx, const char *table, int64_t rows);
/* Copies the SQLite store at `from` (brought to the current schema first)
 * into the PostgreSQL store `to` (a postgresql:// URI), which must hold no
 * documents, entities or corrections: every table, ids kept, corrections
 * included, in one transaction (on failure `to` is left as it was).
 * progress may be NULL; *n_rows (may be NULL) gets the rows copied.
 * Returns TL_OK, TL_EINVAL (a path of the wrong kind, or a target not
 * empty), TL_ENOTFOUND (no store at `from`) or TL_EDB. */
int tl_store_migrate(const char *from, const char *to, tl_store_migrate_fn progress, void *ctx, int64_t *n_rows,
                     tl_error *err);
/* Opens an existing store for reading only (the HTTP server's readers):
 * never creates or migrates it, so a missing store or one of another schema
 * version is TL_EDB.  Any write through the handle fails with TL_EDB.
 * Returns TL_OK and sets *out, or a tl_status with *out untouched. */
int tl_store_open_readonly(const char *path, tl_store **out, tl_error *err);
/* Closes the store; accepts NULL.  Can't fail. */
void tl_store_close(tl_store *st);

/* ---- ingest ------------------------------------------------------------ */
typedef struct tl_store_docinfo {
    const char *sha256;   /* the document id (sha256 hex of the input bytes);
                             NULL = doc->id */
    const char *title;    /* overrides doc->title when not NULL */
    const char *published;/* overrides doc->published when not NULL or "" */
    const char *url;      /* NULL when unknown */
    const char *source;   /* publisher or feed name, NULL when unknown */
    int extracted;        /* 1 when the document came pre-extracted (JSON):
                             reindex keeps its entities and facts as they are */
} tl_store_docinfo;

typedef struct tl_store_ingest_result {
    int skipped;          /* 1 when the same bytes were already stored */
    int64_t doc;          /* the document's row id */
    uint32_t n_entities_new, n_entities_joined, n_facts_new, n_facts_joined;
    uint32_t n_alerts;    /* watched entities this document mentions */
} tl_store_ingest_result;

/* Sets *found to 1 when a document with this sha256 hex id is stored.
 * Returns TL_OK or TL_EDB. */
int tl_store_has_doc(tl_store *st, const char *sha256, int *found, tl_error *err);

/* Stores one extracted document in one transaction: text, sentences (and
 * their full-text index), entities resolved against the graph, mentions,
 * facts with evidence; then re-applies every correction and records alerts
 * for watched entities.  Idempotent: a document whose id is stored already
 * is skipped (res->skipped = 1).  On failure nothing of it is stored.
 * info and res may be NULL. */
int tl_store_ingest(tl_store *st, const tl_doc *doc, const tl_store_docinfo *info,
                    tl_store_ingest_result *res, tl_error *err);

/* Bulk mode for generated benchmarks and large imports: between begin and
 * end, ingests share one transaction and skip corrections and alerts (end
 * re-applies corrections once).  end with commit = 0 rolls everything back.
 * Both return TL_OK or TL_EDB. */
int tl_store_bulk_begin(tl_store *st, tl_error *err);
int tl_store_bulk_end(tl_store *st, int commit, tl_error *err);

/* Group commit for `ingest`: between group_begin and group_end, each
 * tl_store_ingest runs exactly as it does alone (corrections, alerts,
 * rollback of just that document on failure: a savepoint each) but the
 * documents share one transaction, committed by group_end.  A COMMIT
 * writes every page the transaction dirtied; documents committed together
 * share most of those pages (index leaves keyed by entity and fact, FTS5
 * segments), so a group of N costs far less than N commits.  Nothing of a
 * group is durable before group_end returns TL_OK: a caller reports its
 * documents as stored only then (a crash loses the open group, and since
 * documents are keyed by sha256 a rerun stores them once).  Keep groups
 * short (under a second): other writers wait for the lock meanwhile.
 * group_end with commit = 0, or a failed commit, rolls the whole group
 * back.  Both return TL_OK, TL_EINVAL (not/already in a group or in bulk
 * mode) or TL_EDB. */
int tl_store_group_begin(tl_store *st, tl_error *err);
int tl_store_group_end(tl_store *st, int commit, tl_error *err);

/* Called by reindex for each document: re-extract `text` into *out (owned by
 * the store afterwards, freed with tl_doc_free) or return a negative status
 * to keep the document's current extraction. */
typedef int (*tl_store_extract_fn)(void *ctx, const char *text, size_t len,
                                   const char *path, tl_doc **out);
/* Called after each document with (done, total). */
typedef void (*tl_store_progress_fn)(void *ctx, uint64_t done, uint64_t total);

/* Re-extracts every stored document (except pre-extracted ones) with `fn`,
 * rebuilds the whole graph (resolution from scratch) and re-applies every
 * correction.  One transaction: on failure the store is left as it was.
 * *n_docs (may be NULL) receives the number of documents re-extracted. */
int tl_store_reindex(tl_store *st, tl_store_extract_fn fn, void *fn_ctx,
                     tl_store_progress_fn progress, void *progress_ctx,
                     uint64_t *n_docs, tl_error *err);

/* ---- rows -------------------------------------------------------------- */
typedef struct tl_store_entity {
    int64_t id;
    int type;                 /* tl_ent_type */
    const char *name;         /* canonical name */
    int64_t n_docs, n_mentions, n_facts;
    const char *first_seen;   /* earliest published date of its documents, or "" */
    const char *last_seen;
} tl_store_entity;

typedef struct tl_store_fact {
    int64_t id;
    int type;                 /* tl_fact_type */
    int modality;             /* the strongest modality among its evidence */
    int status;               /* ATTACKED status, 0 when none */
    int negated;              /* 1: stated as not so */
    int rejected;             /* 1: an analyst rejected it */
    int64_t args[3];          /* entity ids, 0 when absent */
    const char *arg_names[3]; /* their canonical names, or NULL */
    int64_t place;            /* 0 when absent */
    const char *place_name;
    int64_t source;
    const char *source_name;
    const char *time_value;   /* ISO 8601 or "" */
    const char *amount_text;  /* "" when none */
    double amount_value;
    const char *currency;
    int64_t n_evidence;
} tl_store_fact;

typedef struct tl_store_evidence {
    int64_t fact;
    int64_t doc;
    const char *doc_id;       /* sha256 hex */
    const char *doc_path;
    const char *doc_title;    /* "" when unknown */
    const char *published;    /* "" when unknown */
    uint32_t start, end;      /* byte span of the evidence in the document */
    const char *text;         /* the evidence sentence(s), len bytes */
    size_t len;
    int modality;
    const char *time_text;    /* "" when none */
} tl_store_evidence;

typedef struct tl_store_doc {
    int64_t id;
    const char *sha256, *path, *title, *published, *url;
    int64_t n_mentions;       /* of the entity asked about, or of all entities */
    const char *ingested_at;  /* when it was stored: "YYYY-MM-DDTHH:MM:SSZ" (UTC) */
} tl_store_doc;

typedef int (*tl_store_entity_cb)(void *ctx, const tl_store_entity *e);
typedef int (*tl_store_fact_cb)(void *ctx, const tl_store_fact *f);
typedef int (*tl_store_evidence_cb)(void *ctx, const tl_store_evidence *ev);
typedef int (*tl_store_doc_cb)(void *ctx, const tl_store_doc *d);
/* kind: "name" (a surface form seen in documents), "alias" (added by an
 * analyst) or "canonical". */
typedef int (*tl_store_name_cb)(void *ctx, const char *name, const char *kind, int64_t n_docs);

/* ---- entities ---------------------------------------------------------- */
/* Finds the entities an argument names: any name or alias, case- and
 * accent-insensitively; when no name matches exactly, transliteration
 * variants, then surnames and acronyms.  Each candidate goes to cb (best
 * first); *n_found (may be NULL) receives how many there were.  A numeric
 * argument "#123" names entity 123.  Returns TL_OK (also when none) or TL_EDB. */
int tl_store_entity_find(tl_store *st, const char *name, tl_store_entity_cb cb, void *ctx,
                         int *n_found, tl_error *err);

typedef struct tl_store_entity_filter {
    int type;                 /* tl_ent_type, or -1 for any */
    const char *match;        /* substring of any name (folded), or NULL */
    int64_t id;               /* one entity, or 0 */
    int order_by_degree;      /* 1: most connected first; else by name */
    int64_t limit;            /* 0 = no limit */
} tl_store_entity_filter;

/* Lists entities.  Returns TL_OK or TL_EDB. */
int tl_store_entities(tl_store *st, const tl_store_entity_filter *f, tl_store_entity_cb cb,
                      void *ctx, tl_error *err);
/* The type and the name an entity was first seen under (the name of the
 * oldest document entity joined to it; the canonical name for an entity no
 * document mentions), into out (truncated to cap bytes).  A rename, a merge
 * into it, new documents and a reindex leave it as it is: exports derive
 * their ids from it.  Returns TL_OK, TL_ENOTFOUND, TL_EINVAL (out, cap or
 * type missing) or TL_EDB. */
int tl_store_entity_origin(tl_store *st, int64_t entity, int *type, char *out, size_t cap, tl_error *err);
/* Every name of an entity, canonical first.  Returns TL_OK or TL_EDB. */
int tl_store_entity_names(tl_store *st, int64_t entity, tl_store_name_cb cb, void *ctx,
                          tl_error *err);
/* The documents mentioning an entity (0: all documents), oldest first.
 * Returns TL_OK or TL_EDB. */
int tl_store_entity_docs(tl_store *st, int64_t entity, tl_store_doc_cb cb, void *ctx,
                         tl_error *err);

/* One stored document with its text: the row, then the text (len bytes,
 * not NUL-terminated when it holds NUL bytes: use len). */
typedef int (*tl_store_doctext_cb)(void *ctx, const tl_store_doc *d, const char *text, size_t len);

typedef struct tl_store_span {
    int kind;                 /* 0: an entity mention, 1: a fact's evidence */
    uint32_t start, end;      /* byte span in the document's text */
    int64_t id;               /* the entity or fact, 0 when none */
    int type;                 /* tl_ent_type or tl_fact_type */
    int modality;             /* evidence: tl_modality; mentions: -1 */
} tl_store_span;
typedef int (*tl_store_span_cb)(void *ctx, const tl_store_span *sp);

/* The document whose sha256 hex id is `sha256`: doc_cb once with its row
 * and text, then span_cb for every entity mention (entity by entity, in
 * text order for each) and every evidence span of its facts.  Either
 * callback may be NULL.  Returns TL_OK, TL_ENOTFOUND (no such document) or
 * TL_EDB. */
int tl_store_document(tl_store *st, const char *sha256, tl_store_doctext_cb doc_cb,
                      tl_store_span_cb span_cb, void *ctx, tl_error *err);

/* Why each document's mention of an entity is that entity. */
typedef struct tl_store_join {
    int64_t doc;
    const char *doc_path, *published;
    const char *name;         /* the name the document gives it */
    const char *why;          /* "first seen here", "same full name", "alias seen in the text",
                                 "acronym of a joined name", "transliteration",
                                 "surname, with shared context", "shared context" */
    int by_context;           /* 1: shared context picked it among equally good candidates */
    const char *matched;      /* the document's name that matched ("" when first seen) */
    const char *joined;       /* the entity's name when it joined ("" when first seen) */
} tl_store_join;
typedef int (*tl_store_join_cb)(void *ctx, const tl_store_join *j);
/* Every document entity an entity holds, oldest document first, with the
 * reason it joined (analysts' merges are listed by tl_store_corrections).
 * Returns TL_OK or TL_EDB. */
int tl_store_entity_why(tl_store *st, int64_t entity, tl_store_join_cb cb, void *ctx, tl_error *err);
/* ---- facts ------------------------------------------------------------- */
typedef struct tl_store_fact_filter {
    int type;                 /* tl_fact_type or -1 */
    int64_t entity;           /* any role, place or source; 0 = any */
    int64_t id;               /* one fact, or 0 */
    const char *since, *until;/* ISO prefixes compared on time_value; NULL = open */
    int modality;             /* tl_modality or -1 */
    int include_rejected;
    int dated_only;           /* 1: only facts with a time, ordered by time (timelines) */
    int64_t limit;
} tl_store_fact_filter;

/* Lists facts, by time when dated_only, else by type then id.
 * Returns TL_OK or TL_EDB. */
int tl_store_facts(tl_store *st, const tl_store_fact_filter *f, tl_store_fact_cb cb, void *ctx,
                   tl_error *err);
/* Every sentence supporting a fact, oldest document first.
 * Returns TL_OK or TL_EDB. */
int tl_store_fact_evidence(tl_store *st, int64_t fact, tl_store_evidence_cb cb, void *ctx,
                           tl_error *err);

/* ---- graph ------------------------------------------------------------- */
typedef struct tl_store_hop {
    int64_t from, to;         /* entity ids */
    int64_t fact;             /* the fact linking them */
} tl_store_hop;

/* Called once per entity reached, nearest first: its distance and the hop
 * that reached it (hop->from is the entity one step closer). */
typedef int (*tl_store_neighbor_cb)(void *ctx, const tl_store_entity *e, int distance,
                                    const tl_store_hop *hop);
/* Breadth-first neighbourhood of `entity` up to `hops` (1..4) over facts
 * that are not rejected, at most `limit` entities (0 = 1000).
 * Returns TL_OK or TL_EDB. */
int tl_store_neighbors(tl_store *st, int64_t entity, int hops, int64_t limit,
                       tl_store_neighbor_cb cb, void *ctx, tl_error *err);

/* Called once per shortest path with its hops in order from a to b. */
typedef int (*tl_store_path_cb)(void *ctx, const tl_store_hop *hops, int n_hops);
/* Shortest paths from a to b over facts not rejected, at most max_hops
 * (1..8) long; up to max_paths (0 = 5) of them.  *n_paths (may be NULL) gets
 * how many were found (0: not connected within max_hops).
 * Returns TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_path(tl_store *st, int64_t a, int64_t b, int max_hops, int max_paths,
                  tl_store_path_cb cb, void *ctx, int *n_paths, tl_error *err);

/* Options of tl_store_path_ranked; zero means the default. */
typedef struct tl_store_path_opts {
    int max_hops;             /* 1..8, default 4 */
    int max_paths;            /* default 3 */
    unsigned through;         /* bits (1 << tl_ent_type) an inner entity must have one of; 0 = any */
    unsigned avoid;           /* bits of types no inner entity may have */
} tl_store_path_opts;
/* Called once per path, best first, with its hops from a to b and its
 * cost; a path from an entity to itself has no hops (n_hops 0); an id no
 * entity has is connected to nothing, not even itself. */
typedef int (*tl_store_ranked_path_cb)(void *ctx, const tl_store_hop *hops, int n_hops, double cost);
/* The best connections from a to b over facts not rejected nor negated,
 * ranked by evidence and avoiding hubs: a hop costs more when its fact is
 * alleged or reported or stated by one document only; passing through an
 * entity costs more the more facts touch it, and more for places and
 * peoples (GPE, LOC, NORP), so people connect through people,
 * organizations and events before countries.  Each next path avoids the
 * inner entities of those before it.  *n_paths (may be NULL) gets how many
 * were found (0: not connected within max_hops).  opts may be NULL.
 * Returns TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_path_ranked(tl_store *st, int64_t a, int64_t b, const tl_store_path_opts *opts,
                         tl_store_ranked_path_cb cb, void *ctx, int *n_paths, tl_error *err);
/* Options of tl_store_neighbors_filtered; zero means the default. */
typedef struct tl_store_nb_opts {
    int hops;                 /* 1..4, default 1 */
    int64_t limit;            /* entities reported, default 50 */
    unsigned types;           /* bits (1 << tl_ent_type) of the entities reported; 0 = all */
    int through_places;       /* 1: go on through places and peoples (GPE, LOC, NORP) too */
} tl_store_nb_opts;
/* Breadth-first neighbourhood of `entity` like tl_store_neighbors, but
 * places and peoples are reported without being gone through (two people
 * in one country are not neighbours of each other), only entities of
 * opts->types are reported, at most opts->limit of them; *n_left_out (may
 * be NULL) receives how many more there were.  Returns TL_OK, TL_ENOMEM
 * or TL_EDB. */
int tl_store_neighbors_filtered(tl_store *st, int64_t entity, const tl_store_nb_opts *opts,
                                tl_store_neighbor_cb cb, void *ctx, int64_t *n_left_out, tl_error *err);
/* Called with an entity and its centrality score, highest first. */
typedef int (*tl_store_rank_cb)(void *ctx, int64_t entity, double score);
/* PageRank (igraph, damping 0.85, undirected) over the entity graph: one
 * edge per role pair of every fact that is neither rejected nor negated.
 * PageRank rather than betweenness because it stays near-linear on a
 * million entities.  The `top` best (0 = 10) go to cb.  *n_nodes and
 * *n_edges (may be NULL) receive the graph's size.
 * Returns TL_OK, TL_ENOMEM or TL_EDB (or TL_EINVAL if igraph fails). */
int tl_store_centrality(tl_store *st, size_t top, tl_store_rank_cb cb, void *ctx, int64_t *n_nodes,
                        int64_t *n_edges, tl_error *err);

/* ---- search ------------------------------------------------------------ */
typedef struct tl_store_hit {
    int64_t doc;
    const char *doc_id, *doc_path, *doc_title;
    uint32_t start, end;      /* the sentence's byte span */
    const char *snippet;      /* the sentence with matches between open/close marks */
    double rank;              /* bm25, lower is better */
} tl_store_hit;
typedef int (*tl_store_hit_cb)(void *ctx, const tl_store_hit *h);
/* Full-text search over sentences (FTS5 query syntax; a query that is not
 * valid FTS5 is retried as a phrase).  Matches are wrapped in open/close.
 * Returns TL_OK, TL_EINVAL (a query FTS5 refuses) or TL_EDB. */
int tl_store_search(tl_store *st, const char *query, const char *open, const char *close,
                    int64_t limit, tl_store_hit_cb cb, void *ctx, tl_error *err);

/* ---- statistics -------------------------------------------------------- */
typedef struct tl_store_stats {
    int64_t documents, sentences, entities, names, mentions, facts, evidence,
        corrections, watched, alerts;
    int64_t text_bytes;       /* sum of document text sizes */
    int64_t file_bytes;       /* size of the store (pages in use) */
    int64_t by_type[TL_ENT_TYPE_COUNT];
    int64_t by_fact_type[TL_FACT_TYPE_COUNT];
} tl_store_stats;
/* Fills *out.  Returns TL_OK or TL_EDB (then *out is untouched). */
int tl_store_get_stats(tl_store *st, tl_store_stats *out, tl_error *err);

/* ---- corrections ------------------------------------------------------- */
typedef enum tl_store_corr_kind {
    TL_CORR_MERGE = 0,   /* a, b: b's entity joins a's */
    TL_CORR_SPLIT,       /* a: the entity, b: the name whose documents leave it */
    TL_CORR_RENAME,      /* a: the entity, b: its new canonical name */
    TL_CORR_ALIAS_ADD,   /* a: the entity, b: a name to add */
    TL_CORR_ALIAS_REMOVE,/* a: the entity, b: a name to forget */
    TL_CORR_REJECT,      /* a: the fact, described as "TYPE|arg0|arg1" */
    TL_CORR_KIND_COUNT
} tl_store_corr_kind;
/* Or'ed into a kind given to tl_store_correct: merge entities of different
 * types, add an alias another entity bears. */
#define TL_CORR_FORCE 0x100

/* "merge", "split", ...; NULL when out of range.  Can't fail. */
const char *tl_store_corr_name(int kind);

typedef struct tl_store_correction {
    int64_t id;
    int kind;                 /* tl_store_corr_kind */
    const char *a, *b;        /* names as described above; b may be NULL */
    const char *created_at;   /* filled when listing */
    int applied;              /* filled when listing: 1 if it took effect last time */
} tl_store_correction;
typedef int (*tl_store_correction_cb)(void *ctx, const tl_store_correction *c);

/* Records a correction and applies it at once.  Entities are named as in
 * tl_store_entity_find and must resolve to exactly one entity (TL_ENOTFOUND
 * otherwise, nothing recorded).  TL_CORR_REJECT takes a fact id in
 * `fact`.  *id (may be NULL) gets the correction's id.
 * Returns TL_OK, TL_EINVAL, TL_ENOTFOUND or TL_EDB. */
int tl_store_correct(tl_store *st, int kind, const char *a, const char *b, int64_t fact,
                     int64_t *id, tl_error *err);
/* Names who the corrections made through this handle are recorded as (an
 * API token's name; NULL or "" = the OS user).  A backend that does not
 * record it ignores the call.  Can't fail. */
void tl_store_set_actor(tl_store *st, const char *who);
/* Lists corrections, oldest first.  Returns TL_OK or TL_EDB. */
int tl_store_corrections(tl_store *st, tl_store_correction_cb cb, void *ctx, tl_error *err);

/* ---- API tokens -------------------------------------------------------- */
/* Tokens for writing through the HTTP API.  The store keeps only a hash of
 * each (the caller hashes; see tl_serve_token_hash), never the token. */
typedef struct tl_store_token {
    const char *name;
    const char *created_at;
    const char *revoked_at;   /* "" while valid */
} tl_store_token;
typedef int (*tl_store_token_cb)(void *ctx, const tl_store_token *t);

/* Records a token under `name`; a revoked token of that name is replaced.
 * Returns TL_OK, TL_EINVAL (a valid token already has the name, or the name
 * is empty) or TL_EDB. */
int tl_store_token_add(tl_store *st, const char *name, const char *hash, tl_error *err);
/* Revokes the token `name`.  Returns TL_OK, TL_ENOTFOUND (no valid token of
 * that name) or TL_EDB. */
int tl_store_token_revoke(tl_store *st, const char *name, tl_error *err);
/* Every token, oldest first.  Returns TL_OK or TL_EDB. */
int tl_store_token_list(tl_store *st, tl_store_token_cb cb, void *ctx, tl_error *err);
/* Sets *valid to 1 when `hash` is the hash of a token that is not revoked,
 * else 0 (also on a store that never had tokens, even read-only).
 * Returns TL_OK or TL_EDB. */
int tl_store_token_check(tl_store *st, const char *hash, int *valid, tl_error *err);
/* The name of the valid (not revoked) token whose hash is `hash` into out
 * (at most cap - 1 bytes), "" when there is none: who a write made with
 * it is recorded as.  Returns TL_OK or TL_EDB (out is "" then). */
int tl_store_token_name(tl_store *st, const char *hash, char *out, size_t cap, tl_error *err);

/* ---- watchlist --------------------------------------------------------- */
typedef struct tl_store_alert {
    int64_t id;
    const char *watch;        /* the watched name */
    int64_t entity;
    const char *entity_name;
    int64_t doc;
    const char *doc_path, *doc_title;
    const char *created_at;
} tl_store_alert;
typedef int (*tl_store_alert_cb)(void *ctx, const tl_store_alert *a);

/* Watches a name: later ingests raise an alert for every new document
 * mentioning an entity that has this name.  Returns TL_OK (also when the
 * name is watched already) or TL_EDB. */
int tl_store_watch_add(tl_store *st, const char *name, tl_error *err);
/* Stops watching; TL_ENOTFOUND when not watched.  Returns TL_OK or TL_EDB. */
int tl_store_watch_remove(tl_store *st, const char *name, tl_error *err);
/* Watched names, each with its alert count in n_docs.  Returns TL_OK or TL_EDB. */
int tl_store_watch_list(tl_store *st, tl_store_name_cb cb, void *ctx, tl_error *err);
/* Alerts, newest first; since_id > 0 lists only later ones.
 * Returns TL_OK or TL_EDB. */
int tl_store_alerts(tl_store *st, int64_t since_id, tl_store_alert_cb cb, void *ctx,
                    tl_error *err);
/* ---- documents ---------------------------------------------------------- */
typedef struct tl_store_docrow {
    int64_t id;
    const char *sha256, *path, *title, *published, *url, *ingested_at;
    int64_t bytes, n_sentences, n_entities, n_facts; /* its text; its own rows */
} tl_store_docrow;
typedef int (*tl_store_docrow_cb)(void *ctx, const tl_store_docrow *d);
/* Every stored document, oldest first, with its counts.
 * Returns TL_OK or TL_EDB. */
int tl_store_documents(tl_store *st, tl_store_docrow_cb cb, void *ctx, tl_error *err);
typedef struct tl_store_forget_result {
    int64_t doc;                       /* the row id the document had */
    int64_t entities_removed, facts_removed;
} tl_store_forget_result;
/* Removes one document (named by "#id", its sha256 or a prefix of at least
 * 6 hex digits, or its path) with its sentences and evidence, and whatever
 * only it supported: the graph is rebuilt from the documents left and the
 * corrections re-applied, in one transaction.  res may be NULL.  Returns
 * TL_OK, TL_ENOTFOUND (no such document, or the name fits several) or
 * TL_EDB. */
int tl_store_forget(tl_store *st, const char *doc, tl_store_forget_result *res, tl_error *err);
/* Undoes correction `id` (0: the latest): it is deleted and the graph
 * rebuilt from the documents and the corrections left.  *undone (may be
 * NULL) receives its id.  Returns TL_OK, TL_ENOTFOUND or TL_EDB. */
int tl_store_undo(tl_store *st, int64_t id, int64_t *undone, tl_error *err);
#endif
