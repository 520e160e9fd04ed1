/* tl_store_sqlite_int.h -- internal to the SQLite backend (tl_store_sqlite*.c): the handle, statement ids and helpers its files share. */
#ifndef TL_STORE_SQLITE_INT_H
#define TL_STORE_SQLITE_INT_H

#include "tl_store_backend.h"
#include "tl_hash.h"
#include "tl_ivec.h"
#include "tl_resolve.h"
#include "tl_namekey.h"
#include "tl_store_cache.h"
#include "tl_gaz.h"
#include "tl_sha256.h"
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/*
 * The backend is one handle (sq) over one connection, split into files by
 * concern: schema, migrations and statements (tl_store_sqlite.c),
 * resolution (_resolve.c), held-back group writes (_defer.c), corrections
 * (_correct.c), ingest (_ingest.c), queries (_query.c), documents and
 * tokens (_doc.c).  Functions one file calls in another carry the prefix
 * tl_sqlite_; nothing here is part of the store's API (tl_store.h).
 */

/* The prepared statements, by id; their SQL is tl_sqlite_sql[id]. */
enum {
    Q_HAS_DOC, Q_INS_DOC, Q_INS_SENT, Q_INS_FTS, Q_INS_DE, Q_INS_EV,
    Q_DE_OF_DOC, Q_EV_OF_DOC, Q_NAME_CANDS, Q_ENTITY_ROW, Q_INS_ENTITY, Q_SET_DE_ENTITY,
    Q_INS_NAME, Q_SET_ENTITY_NAME, Q_SET_ENTITY_TYPE, Q_EV_LOAD, Q_FACT_FIND, Q_FACT_CANDS, Q_FACT_INS, Q_SET_EV_FACT,
    Q_FACT_REFRESH, Q_FACT_DEL, Q_RECENT_DOCS, Q_ENTS_OF_DOC, Q_ALERTS_FOR_DOC,
    Q_CORR_ALL, Q_CORR_SET_APPLIED, Q_ENTITY_FULL, Q_ENTITY_BRIEF, Q_ENTITIES_BY_NAME,
    Q_ENTITIES_BY_DEGREE, Q_ENTITY_NAMES, Q_ENTITY_DOCS, Q_ALL_DOCS, Q_FACTS_ALL,
    Q_ENTITY_ORIGIN,
    Q_FACTS_ENTITY, Q_FACTS_ID, Q_EVIDENCE, Q_ADJ, Q_ADJX, Q_SEARCH, Q_WATCH_ADD, Q_WATCH_DEL,
    Q_WATCH_LIST, Q_ALERTS, Q_CORR_INS, Q_CORR_LIST, Q_DE_OF_ENTITY, Q_DOCS_OF_ENTITY,
    Q_MOVE_DE, Q_MOVE_NAMES, Q_DEL_NAMES_OF, Q_DEL_ENTITY, Q_FACT_PLACE_MOVE,
    Q_FACT_SOURCE_MOVE, Q_ALERT_ENTITY_MOVE, Q_DE_MOVE_ONE, Q_DEL_SEED_NAMES, Q_RENAME,
    Q_ALIAS_DEL, Q_FACT_REJECT, Q_FACT_SIG, Q_COUNT_DE, Q_SENTS_OF_DOC, Q_DEL_FTS,
    Q_DEL_SENTS, Q_DEL_EVS, Q_DEL_DES, Q_DOC_LIST, Q_SET_PINNED_NAME, Q_ENTITY_DE_NAMES,
    Q_SET_SENT_RANGE, Q_CORR_DEL, Q_DATA_VERSION, Q_EDGES, Q_WATCH_ANY, Q_CORR_ANY, Q_MAX_DE, Q_INS_DE_ID, Q_FACT_ADDN, Q_SAVEPOINT, Q_RELEASE,
    Q_DOC_BY_TEXT_KEY, Q_SET_TEXT_KEY, Q_TYPE_VOTE, Q_INS_NOTE, Q_NAMES_ANY, Q_COUNT
};
extern const char *const tl_sqlite_sql[Q_COUNT];

/* A stored document's entities (the entity of each doc_entities row), kept
 * for the session: ties between candidates are broken by looking at the
 * documents of each candidate, and the same recent documents come up for
 * most candidates of most documents.  memo_* caches, for one tl_sqlite_resolve_des
 * pass (gen), how many distinct anchors the document holds (0, 1, 2 = two
 * or more) and the first one. */
typedef struct docset {
    int64_t doc;
    int64_t *ents;
    uint32_t n, gen;
    int memo_n;
    int64_t memo_first;
} docset;

/* The newest doc_entities rows of an entity (their documents, newest
 * first), as Q_RECENT_DOCS returns them: context_of asks for the same
 * entities document after document, and the query was 7% of the store
 * thread.  A cached list is complete when n < RECENT_N. */
#define RECENT_N 30
typedef struct recent {
    int64_t ent;          /* 0 = empty slot */
    uint32_t n;
    int64_t doc[RECENT_N];
} recent;

/* Layer-1 rows of a group's documents held back until the group ends
 * (see tl_sqlite_defer_begin): a doc_entities row (id assigned in advance) and a
 * fact_evidence row.  Strings are offsets into sq.pb. */
typedef struct pend_de {
    int64_t id, doc, entity;
    int idx, type, n_mentions;
    size_t name, name_len, aliases, aliases_len, spans, spans_len;
    size_t prev;          /* previous pending row of the same entity, + 1 (0: none) */
} pend_de;
typedef struct pend_ev {
    int64_t doc, fact, de[6]; /* de0, de1, de2, de_from, place_de, source_de */
    int type, neg, status, modality;
    uint32_t start, end;
    size_t time_text, time_text_len, time_value, time_value_len, amount_text, amount_text_len, currency,
        currency_len;
    double amount_value, confidence;
} pend_ev;

/* A piece of evidence for a fact stored before (Q_FACT_ADDN's arguments),
 * held back like the rows above: the facts table's counters are random
 * pages too. */
typedef struct pend_fx {
    int64_t fact, place, source;
    size_t seq;
    int status, modality;
    char time_value[32], amount_text[128], currency[8];
    double amount;
} pend_fx;

/* An entity_names row held back like the rows above (its key B-tree is
 * random pages too); strings are offsets into sq.pb.  prev chains the
 * pending names of one (kind, key) hash, newest first (+ 1, 0: none). */
typedef struct pend_nm {
    size_t key, key_len, name, name_len, prev;
    int64_t entity;
    int kind, origin;
} pend_nm;

/* What a stored fact's time and place become once its queued evidence is
 * applied (Q_FACT_ADDN's rules: the earliest time, the first place). */
typedef struct pfx_view {
    char time_value[32];
    int64_t place;
} pfx_view;

typedef struct sq {
    sqlite3 *db;
    sqlite3_stmt *stmt[Q_COUNT];
    int bulk;             /* inside tl_store_bulk_begin/end */
    int group;            /* inside tl_store_group_begin/end: each ingest is a savepoint */
    /* In a group: the sentences not in sentence_fts yet (id, then their
     * text at fts_text + off), and where the open document's begin. */
    struct fts_row { int64_t id; size_t off, len; } *fts;
    size_t fts_n, fts_cap, fts_mark;
    char *fts_text;
    size_t fts_tn, fts_tcap, fts_tmark;
    tl_cache *cache;      /* name keys, entity rows, stored names (tl_store_cache.h) */
    ivec anchors;         /* the current document's anchors (tl_sqlite_resolve_des) */
    int anchors_flushed;  /* 1 once they are in anchor_set */
    int64_t *anchor_set;  /* the anchors, open addressing (0 = empty) */
    size_t anchor_cap;
    docset *ds;           /* doc -> its entities, open addressing (doc 0 = empty) */
    size_t ds_cap, ds_n, ds_ents;
    uint32_t ds_gen;      /* tl_sqlite_resolve_des pass the docset memos belong to */
    recent *rc;           /* entity -> its newest documents, open addressing */
    size_t rc_cap, rc_n;
    /* Deferred layer-1 rows (tl_sqlite_defer_begin): on while a group runs with no
     * corrections and no watchlist, the only readers of doc_entities and
     * fact_evidence inside a group. */
    int defer;
    int64_t next_de;      /* id of the next doc_entities row */
    pend_de *pde;
    size_t pde_n, pde_cap, pde_mark;
    pend_ev *pev;
    size_t pev_n, pev_cap, pev_mark;
    pend_fx *pfx;
    size_t pfx_n, pfx_cap, pfx_mark;
    /* fact -> pfx_view: the time and place its row will have once its
     * queued evidence is applied, which fact identity must compare with
     * (tl_sqlite_attach_fact): otherwise where a group ends would decide
     * whether "in 2009" and "in 2010" are one fact. */
    tl_imap pfx_view;
    pend_nm *pnm;
    size_t pnm_n, pnm_cap, pnm_mark;
    /* hash of (kind, key) -> its newest pending name + 1 (a size_t), so
     * that a key read from the store also lists the names held back */
    tl_imap pnm_head;
    unsigned char *pb;    /* their strings */
    size_t pb_n, pb_cap, pb_mark;
    int64_t pde_first_mark; /* next_de when the open document began */
    int64_t *pl_key;      /* entity -> its newest pending row + 1 (pl_val), open addressing */
    size_t *pl_val;
    size_t pl_n, pl_cap;
    int64_t data_version; /* PRAGMA data_version the cache is valid for */
    int names_complete;   /* the key cache holds every stored name key (the
                           * store had none when it was last emptied):
                           * a key it lacks is in no entity_names row */
} sq;

/* Shared by resolution, corrections and ingest (tl_store_sqlite_resolve.c). */
typedef struct de_row {
    int64_t id;           /* doc_entities row, or 0 when not stored yet */
    int type;
    char *name, *aliases;
} de_row;

/* Why one document entity joined what it did (tl_sqlite_resolve_des), kept until
 * its doc_entities row has an id and the note is written. */
typedef struct join_note {
    int why;              /* TL_WHY_, 0: it started an entity */
    int name_idx;         /* which of its names matched */
    char *joined;         /* the entity's canonical name when it joined (malloc'ed) */
} join_note;

/* One piece of evidence as the graph sees it: arguments as entities. */
typedef struct ev_sig {
    int type, neg, status, modality;
    int64_t a0, a1, a2, place, source;
    char time_value[32], amount_text[128], currency[8];
    double amount;
} ev_sig;

typedef struct addname_ctx {
    sq *s;
    int64_t entity;
    int type;
    tl_error *err;
} addname_ctx;

typedef int (*name_fn)(void *ctx, const char *name, size_t len);

/* ---- small helpers, inline so each file uses them under short names ---- */
static inline size_t hash64(int64_t x) {
    return (size_t)tl_hash_u64((uint64_t)x);
}

static inline int db_err(sq *s, tl_error *err, const char *what) {
    if (err) {
        err->code = TL_EDB;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s: %s", what, sqlite3_errmsg(s->db));
    }
    return TL_EDB;
}

static inline int fail(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

/* The statement for q, reset and unbound; NULL when it cannot be prepared. */
static inline sqlite3_stmt *Q(sq *s, int q) {
    sqlite3_stmt *st = s->stmt[q];
    if (st) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return st;
    }
    if (sqlite3_prepare_v3(s->db, tl_sqlite_sql[q], -1, SQLITE_PREPARE_PERSISTENT, &s->stmt[q], NULL) != SQLITE_OK)
        return NULL;
    return s->stmt[q];
}

static inline void bind_text(sqlite3_stmt *st, int i, const char *s) {
    if (s) sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}
static inline void bind_str(sqlite3_stmt *st, int i, tl_str s) {
    sqlite3_bind_text(st, i, s.ptr ? s.ptr : "", (int)s.len, SQLITE_TRANSIENT);
}
static inline void bind_id(sqlite3_stmt *st, int i, int64_t id) {
    if (id > 0) sqlite3_bind_int64(st, i, id);
    else sqlite3_bind_null(st, i);
}
static inline const char *col_text(sqlite3_stmt *st, int i) {
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? (const char *)t : "";
}

/* Runs a statement that returns no rows (or whose rows are ignored). */
static inline int run(sq *s, sqlite3_stmt *st, tl_error *err) {
    if (!st) return db_err(s, err, "prepare");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {}
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "step");
}

/* Runs a statement with one id argument and no rows. */
static inline int run_id(sq *s, int q, int64_t a, tl_error *err) {
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, a);
    return run(s, st, err);
}
static inline int run_id2(sq *s, int q, int64_t a, int64_t b, tl_error *err) {
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, a);
    bind_id(st, 2, b);
    return run(s, st, err);
}

static inline int exec(sq *s, const char *sql, tl_error *err) {
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (err) {
            err->code = TL_EDB;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, "%s", msg ? msg : sqlite3_errmsg(s->db));
        }
        sqlite3_free(msg);
        return TL_EDB;
    }
    return TL_OK;
}

/* Like exec, but waits out SQLITE_BUSY: switching a new file to WAL and
 * the first migration take locks the busy handler does not cover, and two
 * processes often open a new store at once (an ingest and a query). */
static inline int exec_wait(sq *s, const char *sql, tl_error *err) {
    for (int i = 0; i < 400; i++) {
        int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
        if (rc == SQLITE_OK) return TL_OK;
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        if (!sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        struct timespec ts = {0, 25 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    return exec(s, sql, err);
}

/* Collects the first column (an id) of every row of a one-id query. */
static inline int collect_ids(sq *s, int q, int64_t arg, ivec *out, tl_error *err) {
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, arg);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (!ivec_push(out, sqlite3_column_int64(st, 0))) {
            sqlite3_reset(st);
            return fail(err, TL_ENOMEM, "out of memory");
        }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "step");
}

/* One integer from a statement with up to two text and one integer
 * parameters (?1 ?2 text, ?3 integer); 0 when no row, -1 on error. */
static inline int64_t query_i64(sq *s, const char *sql, const char *t1, const char *t2, int64_t i3) {
    sqlite3_stmt *st;
    int64_t v = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
    int np = sqlite3_bind_parameter_count(st);
    if (np >= 1) bind_text(st, 1, t1);
    if (np >= 2) bind_text(st, 2, t2);
    if (np >= 3) sqlite3_bind_int64(st, 3, i3);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    else if (rc != SQLITE_DONE) v = -1;
    sqlite3_finalize(st);
    return v;
}

/* ---- functions one file of the backend calls in another ----------------
 * Each keeps the contract of its definition (see the comment there); all
 * report errors through tl_error and return TL_OK or an error code unless
 * declared otherwise. */
/* tl_store_sqlite.c */
int tl_sqlite_has_doc(void *impl, const char *sha, int *found, tl_error *err);

/* tl_store_sqlite_resolve.c */
int tl_sqlite_add_name(sq *s, int64_t entity, int type, const char *name, size_t len, int origin, tl_error *err);
int tl_sqlite_addname_cb(void *ctx, const char *name, size_t len);
int tl_sqlite_attach_fact(sq *s, ev_sig *v, int64_t old, int64_t *fact, int *created, tl_error *err);
int tl_sqlite_cache_check(sq *s, tl_error *err);
void tl_sqlite_cache_clear(sq *s);
void tl_sqlite_docsets_clear(sq *s);
int tl_sqlite_each_name(const char *name, const char *aliases, name_fn fn, void *ctx);
int tl_sqlite_ent_row(sq *s, int64_t e, tl_cache_ent **out, tl_error *err);
void tl_sqlite_free_des(de_row *d, size_t n);
void tl_sqlite_free_notes(join_note *j, size_t n);
int tl_sqlite_fuller(const char *a, const char *b);
int tl_sqlite_join_entity(sq *s, const de_row *de, int64_t *e, tl_error *err);
int tl_sqlite_link_doc(sq *s, int64_t doc, tl_store_ingest_result *res, tl_error *err);
int tl_sqlite_load_des(sq *s, int q, int64_t arg, de_row **out, size_t *n_out, tl_error *err);
void tl_sqlite_recent_note(sq *s, int64_t e, int64_t doc);
int tl_sqlite_relink_evidence(sq *s, int64_t ev, int *created, tl_error *err);
int tl_sqlite_resolve_des(sq *s, const de_row *des, size_t n, int64_t *ents, join_note *notes, tl_store_ingest_result *res, tl_error *err);
int tl_sqlite_symmetric(int type);
int tl_sqlite_write_notes(sq *s, const de_row *des, const int64_t *de, const join_note *notes, size_t n, tl_error *err);

/* tl_store_sqlite_defer.c */
int tl_sqlite_defer_begin(sq *s, tl_error *err);
int tl_sqlite_defer_de(sq *s, int64_t doc, int idx, const tl_entity *en, const char *aliases, int64_t entity, const unsigned char *spans, size_t spans_len, int64_t *id, tl_error *err);
int tl_sqlite_defer_ev(sq *s, const pend_ev *v, tl_str time_text, const char *time_value, size_t time_value_len, tl_str amount_text, const char *currency, size_t currency_len, tl_error *err);
int tl_sqlite_defer_flush(sq *s, tl_error *err);
int tl_sqlite_defer_name(sq *s, const char *key, int kind, int64_t entity, const char *name, size_t len, int origin);
int tl_sqlite_defer_name_ents(const sq *s, const char *key, int kind, ivec *out);
int tl_sqlite_defer_fx(sq *s, const pend_fx *x, tl_error *err);
void tl_sqlite_defer_mark(sq *s);
void tl_sqlite_defer_reset(sq *s);
void tl_sqlite_defer_undo(sq *s);
int tl_sqlite_fts_flush(sq *s, tl_error *err);
int tl_sqlite_fts_queue(sq *s, int64_t id, const char *text, size_t len);
size_t tl_sqlite_pl_get(const sq *s, int64_t e);

/* tl_store_sqlite_correct.c */
int tl_sqlite_find_ids(sq *s, const char *name, ivec *out, tl_error *err);
int tl_sqlite_reapply_corrections(sq *s, tl_error *err);
int tl_sqlite_rebuild_graph(sq *s, const ivec *docs, tl_error *err);
int tl_sqlite_correct(void *impl, int kind, const char *a, const char *b, int64_t fact, int64_t *id, tl_error *err);
int tl_sqlite_undo(void *impl, int64_t id, int64_t *undone, tl_error *err);

/* tl_store_sqlite_ingest.c */
int tl_sqlite_bulk_begin(void *impl, tl_error *err);
int tl_sqlite_bulk_end(void *impl, int do_commit, tl_error *err);
int tl_sqlite_forget(void *impl, const char *ref, tl_store_forget_result *res, tl_error *err);
int tl_sqlite_group_begin(void *impl, tl_error *err);
int tl_sqlite_group_end(void *impl, int do_commit, tl_error *err);
int tl_sqlite_ingest(void *impl, const tl_doc *d, const tl_store_docinfo *info, tl_store_ingest_result *res, tl_error *err);
int tl_sqlite_reindex(void *impl, tl_store_extract_fn fn, void *fn_ctx, tl_store_progress_fn progress, void *progress_ctx, uint64_t *n_docs, tl_error *err);

/* tl_store_sqlite_query.c */
int64_t tl_sqlite_scalar(sq *s, const char *sql);
int tl_sqlite_adjacent(void *impl, int64_t entity, tl_store_adj_cb cb, void *ctx, tl_error *err);
int tl_sqlite_adjacent_many(void *impl, const int64_t *ids, size_t n, int links, tl_store_adjx_cb cb, void *ctx,
                            tl_error *err);
int tl_sqlite_alerts(void *impl, int64_t since_id, tl_store_alert_cb cb, void *ctx, tl_error *err);
int tl_sqlite_corrections(void *impl, tl_store_correction_cb cb, void *ctx, tl_error *err);
int tl_sqlite_documents(void *impl, tl_store_docrow_cb cb, void *ctx, tl_error *err);
int tl_sqlite_edges(void *impl, tl_store_adj_cb2 cb, void *ctx, tl_error *err);
int tl_sqlite_entities(void *impl, const tl_store_entity_filter *f, tl_store_entity_cb cb, void *ctx, tl_error *err);
int tl_sqlite_entity_brief(void *impl, int64_t id, tl_store_entity_cb cb, void *ctx, tl_error *err);
int tl_sqlite_entity_docs(void *impl, int64_t entity, tl_store_doc_cb cb, void *ctx, tl_error *err);
int tl_sqlite_entity_find(void *impl, const char *name, tl_store_entity_cb cb, void *ctx, int *n_found, tl_error *err);
int tl_sqlite_entity_names(void *impl, int64_t entity, tl_store_name_cb cb, void *ctx, tl_error *err);
int tl_sqlite_entity_origin(void *impl, int64_t entity, int *type, char *out, size_t cap, tl_error *err);
int tl_sqlite_entity_why(void *impl, int64_t entity, tl_store_join_cb cb, void *ctx, tl_error *err);
int tl_sqlite_fact_evidence(void *impl, int64_t fact, tl_store_evidence_cb cb, void *ctx, tl_error *err);
int tl_sqlite_facts(void *impl, const tl_store_fact_filter *f, tl_store_fact_cb cb, void *ctx, tl_error *err);
int tl_sqlite_get_stats(void *impl, tl_store_stats *out, tl_error *err);
int tl_sqlite_search(void *impl, const char *query, const char *open, const char *close, int64_t limit, tl_store_hit_cb cb, void *ctx, tl_error *err);
int tl_sqlite_watch_add(void *impl, const char *name, tl_error *err);
int tl_sqlite_watch_list(void *impl, tl_store_name_cb cb, void *ctx, tl_error *err);
int tl_sqlite_watch_remove(void *impl, const char *name, tl_error *err);

#endif
