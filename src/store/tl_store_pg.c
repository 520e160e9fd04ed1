/* tl_store_pg.c -- the PostgreSQL backend of the store: connection, schema, transactions under an advisory lock, ingest, reindex, forget, undo, the backend table. */
#include "tl_store_pg_int.h"
#include "tl_namekey.h"
#include "tl_resolve.h"
#include "tl_sha256.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The same two layers as the SQLite backend (see src/store/README.md):
 * documents, sentences, doc_entities, fact_evidence (layer 1) and entities,
 * entity_names, facts, resolution (layer 2), plus corrections (with who
 * made them), watchlist, alerts and api_tokens.  Differences: the text is
 * bytea (byte offsets stay byte offsets), and each sentence carries its
 * own tsvector under a GIN index instead of an FTS5 table.
 *
 * Concurrency: every write transaction first takes one transaction-level
 * advisory lock (WRITE_LOCK), so the check "is this document stored?",
 * the entity resolution and the inserts of one writer never interleave
 * with another's.  Extraction, the costly part, runs outside the store,
 * so several `ingest` processes still work in parallel; what they write is
 * what one process writing the same documents would have written.
 */

/* An arbitrary key for pg_advisory_xact_lock: the store's writer lock. */
#define WRITE_LOCK "7420117"
/* And the one held while creating the schema. */
#define SCHEMA_LOCK "7420118"

static const char SCHEMA[] =
    "CREATE TABLE IF NOT EXISTS documents(id bigserial PRIMARY KEY, sha256 text NOT NULL UNIQUE,"
    " path text NOT NULL, title text, published text NOT NULL DEFAULT '', url text, source text,"
    " extracted int NOT NULL DEFAULT 0, text bytea NOT NULL, ingested_at text NOT NULL,"
    " sent_first bigint NOT NULL DEFAULT 0, sent_last bigint NOT NULL DEFAULT -1, text_key text);"
    "CREATE INDEX IF NOT EXISTS documents_text_key ON documents(text_key);"
    "CREATE TABLE IF NOT EXISTS sentences(id bigserial PRIMARY KEY,"
    " doc bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE, start int NOT NULL,"
    " \"end\" int NOT NULL, tsv tsvector NOT NULL);"
    "CREATE INDEX IF NOT EXISTS sentences_tsv ON sentences USING gin(tsv);"
    "CREATE INDEX IF NOT EXISTS sentences_doc ON sentences(doc);"
    "CREATE TABLE IF NOT EXISTS entities(id bigserial PRIMARY KEY, type int NOT NULL, name text NOT NULL,"
    " key text NOT NULL, pinned int NOT NULL DEFAULT 0);"
    "CREATE TABLE IF NOT EXISTS entity_names(key text NOT NULL, kind int NOT NULL,"
    " entity bigint NOT NULL REFERENCES entities(id) ON DELETE CASCADE, name text NOT NULL,"
    " origin int NOT NULL DEFAULT 0, PRIMARY KEY(key, kind, entity, name));"
    "CREATE INDEX IF NOT EXISTS entity_names_entity ON entity_names(entity);"
    "CREATE TABLE IF NOT EXISTS doc_entities(id bigserial PRIMARY KEY,"
    " doc bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx int NOT NULL,"
    " type int NOT NULL, name text NOT NULL, aliases text NOT NULL DEFAULT '',"
    " n_mentions int NOT NULL DEFAULT 0, entity bigint REFERENCES entities(id), spans bytea);"
    "CREATE INDEX IF NOT EXISTS doc_entities_doc ON doc_entities(doc, entity);"
    "CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity, doc);"
    "CREATE TABLE IF NOT EXISTS facts(id bigserial PRIMARY KEY, type int NOT NULL,"
    " a0 bigint REFERENCES entities(id), a1 bigint REFERENCES entities(id),"
    " a2 bigint REFERENCES entities(id), neg int NOT NULL DEFAULT 0, status int NOT NULL DEFAULT 0,"
    " modality int NOT NULL DEFAULT 0, time_value text NOT NULL DEFAULT '', place bigint, source bigint,"
    " amount_text text NOT NULL DEFAULT '', amount_value double precision NOT NULL DEFAULT 0,"
    " currency text NOT NULL DEFAULT '', rejected int NOT NULL DEFAULT 0, n_evidence int NOT NULL DEFAULT 0);"
    "CREATE INDEX IF NOT EXISTS facts_a0 ON facts(a0, a1, type);"
    "CREATE INDEX IF NOT EXISTS facts_a1 ON facts(a1);"
    "CREATE INDEX IF NOT EXISTS facts_a2 ON facts(a2) WHERE a2 IS NOT NULL;"
    "CREATE INDEX IF NOT EXISTS facts_place ON facts(place) WHERE place IS NOT NULL;"
    "CREATE INDEX IF NOT EXISTS facts_source ON facts(source) WHERE source IS NOT NULL;"
    "CREATE TABLE IF NOT EXISTS fact_evidence(id bigserial PRIMARY KEY,"
    " doc bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE, fact bigint REFERENCES facts(id),"
    " type int NOT NULL, de0 bigint, de1 bigint, de2 bigint, de_from bigint, place_de bigint,"
    " source_de bigint, neg int NOT NULL, status int NOT NULL, modality int NOT NULL, start int NOT NULL,"
    " \"end\" int NOT NULL, time_text text NOT NULL DEFAULT '', time_value text NOT NULL DEFAULT '',"
    " amount_text text NOT NULL DEFAULT '', amount_value double precision NOT NULL DEFAULT 0,"
    " currency text NOT NULL DEFAULT '', confidence double precision NOT NULL DEFAULT 0);"
    "CREATE INDEX IF NOT EXISTS fact_evidence_doc ON fact_evidence(doc);"
    "CREATE INDEX IF NOT EXISTS fact_evidence_fact ON fact_evidence(fact);"
    "CREATE TABLE IF NOT EXISTS corrections(id bigserial PRIMARY KEY, kind int NOT NULL, a text NOT NULL,"
    " b text, created_at text NOT NULL, applied int NOT NULL DEFAULT 0, who text NOT NULL DEFAULT '');"
    "CREATE TABLE IF NOT EXISTS watchlist(id bigserial PRIMARY KEY, name text NOT NULL,"
    " key text NOT NULL UNIQUE, created_at text NOT NULL);"
    "CREATE TABLE IF NOT EXISTS alerts(id bigserial PRIMARY KEY,"
    " watch bigint NOT NULL REFERENCES watchlist(id) ON DELETE CASCADE, entity bigint,"
    " entity_name text NOT NULL, doc bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " created_at text NOT NULL, UNIQUE(watch, doc));"
    "CREATE TABLE IF NOT EXISTS resolution(de bigint PRIMARY KEY, why int NOT NULL, matched text NOT NULL,"
    " joined text NOT NULL);"
    "CREATE TABLE IF NOT EXISTS api_tokens(name text PRIMARY KEY, hash text NOT NULL UNIQUE,"
    " created_at text NOT NULL, revoked_at text NOT NULL DEFAULT '');";
static void pipe_fail(tl_store_pg *p, const char *what, const char *m) {
    if (!p->pipe_err[0])
        snprintf(p->pipe_err, sizeof p->pipe_err, "PostgreSQL (%s): %.*s", what, (int)strcspn(m, "\n"), m);
}

/* Ends the pipeline: a sync, then every pending statement's result in
 * order.  The result of statement `keep` (-1: none) goes to *kept when it
 * succeeded; every other is checked and freed.  Returns TL_OK, or TL_EDB
 * with the first failing statement's error in err (*kept stays NULL). */
static int pipe_collect(tl_store_pg *p, int keep, PGresult **kept, tl_error *err) {
    if (kept) *kept = NULL;
    if (!PQpipelineSync(p->c)) pipe_fail(p, "pipeline", PQerrorMessage(p->c));
    else
        /* each statement's result, a NULL after each, then the sync's; two
         * NULLs in a row or a broken connection mean nothing more comes */
        for (int nulls = 0, k = 0;;) {
            PGresult *r = PQgetResult(p->c);
            if (!r) {
                if (++nulls > 1 || PQstatus(p->c) == CONNECTION_BAD) {
                    pipe_fail(p, "pipeline", PQerrorMessage(p->c));
                    break;
                }
                continue;
            }
            nulls = 0;
            ExecStatusType st = PQresultStatus(r);
            if (st == PGRES_PIPELINE_SYNC) {
                PQclear(r);
                break;
            }
            if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_PIPELINE_ABORTED)
                pipe_fail(p, k < 32 && p->pipe_what[k] ? p->pipe_what[k] : "write", PQresultErrorMessage(r));
            if (k == keep && kept && (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)) *kept = r;
            else PQclear(r);
            k++;
        }
    PQexitPipelineMode(p->c);
    p->piped = 0;
    if (!p->pipe_err[0]) return TL_OK;
    if (kept) {
        PQclear(*kept);
        *kept = NULL;
    }
    if (err) {
        err->code = TL_EDB;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", p->pipe_err);
    }
    p->pipe_err[0] = 0;
    return TL_EDB;
}

int tl_store_pg_flush(tl_store_pg *p, tl_error *err) {
    if (PQpipelineStatus(p->c) == PQ_PIPELINE_OFF) return TL_OK;
    return pipe_collect(p, -1, NULL, err);
}

int tl_store_pg_write(tl_store_pg *p, const char *sql, int n, const char *const *vals, const char *what,
                      tl_error *err) {
    return tl_store_pg_write_bin(p, sql, n, vals, NULL, NULL, what, err);
}

int tl_store_pg_write_bin(tl_store_pg *p, const char *sql, int n, const char *const *vals, const int *lens,
                          const int *binary, const char *what, tl_error *err) {
    if ((!p->group && !p->bulk) ||
        (PQpipelineStatus(p->c) == PQ_PIPELINE_OFF && !PQenterPipelineMode(p->c))) {
        PGresult *r = tl_store_pg_query_bin(p, sql, n, vals, lens, binary, what, err);
        PQclear(r);
        return r ? TL_OK : TL_EDB;
    }
    /* the parameters are copied into libpq's buffer here: the caller's
     * memory may go before the results come */
    if (!PQsendQueryParams(p->c, sql, n, NULL, vals, lens, binary, 0)) {
        pipe_fail(p, what, PQerrorMessage(p->c));
        return tl_store_pg_flush(p, err);
    }
    if (p->piped < 32) p->pipe_what[p->piped] = what;
    p->piped++;
    return TL_OK;
}

PGresult *tl_store_pg_query_bin(tl_store_pg *p, const char *sql, int n, const char *const *vals, const int *lens,
                                const int *binary, const char *what, tl_error *err) {
    /* writes waiting in the pipeline: this query goes after them, and one
     * round trip answers all */
    if (PQpipelineStatus(p->c) != PQ_PIPELINE_OFF) {
        PGresult *r = NULL;
        if (!PQsendQueryParams(p->c, sql, n, NULL, vals, lens, binary, 0)) {
            pipe_fail(p, what, PQerrorMessage(p->c));
            tl_store_pg_flush(p, err);
            return NULL;
        }
        int k = p->piped++;
        if (k < 32) p->pipe_what[k] = what;
        pipe_collect(p, k, &r, err);
        return r;
    }
    PGresult *r = PQexecParams(p->c, sql, n, NULL, vals, lens, binary, 0);
    ExecStatusType s = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (s == PGRES_TUPLES_OK || s == PGRES_COMMAND_OK) return r;
    if (err) {
        const char *m = r ? PQresultErrorMessage(r) : PQerrorMessage(p->c);
        err->code = TL_EDB;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "PostgreSQL (%s): %.*s", what, (int)strcspn(m, "\n"), m);
    }
    PQclear(r);
    return NULL;
}

PGresult *tl_store_pg_query(tl_store_pg *p, const char *sql, int n, const char *const *vals, const char *what,
                            tl_error *err) {
    return tl_store_pg_query_bin(p, sql, n, vals, NULL, NULL, what, err);
}

int tl_store_pg_exec(tl_store_pg *p, const char *sql, tl_error *err) {
    if (tl_store_pg_flush(p, err)) return TL_EDB;
    /* PQexec, not PQexecParams: the schema is several statements */
    PGresult *r = PQexec(p->c, sql);
    ExecStatusType s = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (s == PGRES_TUPLES_OK || s == PGRES_COMMAND_OK) {
        PQclear(r);
        return TL_OK;
    }
    if (err) {
        const char *m = r ? PQresultErrorMessage(r) : PQerrorMessage(p->c);
        err->code = TL_EDB;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "PostgreSQL: %.*s", (int)strcspn(m, "\n"), m);
    }
    PQclear(r);
    return TL_EDB;
}

int tl_store_pg_schema_objects(tl_store_pg *p, tl_error *err) { return tl_store_pg_exec(p, SCHEMA, err); }

/* The comment the schema leaves on its documents table once every
 * statement of SCHEMA ran: bump it when SCHEMA changes, so that stores made
 * by an older version get the new objects on their next open. */
#define SCHEMA_MARK "threadline schema 1"

int tl_store_pg_schema(tl_store_pg *p, tl_error *err) {
    /* Every command opens the store, and on a fresh server backend the
     * two dozen IF NOT EXISTS statements (catalog lookups under a lock)
     * cost more than a short query itself: one look at the mark instead. */
    PGresult *m = tl_store_pg_query(p, "SELECT obj_description(to_regclass('documents'), 'pg_class')", 0, NULL,
                                    "schema", err);
    if (!m) return TL_EDB;
    int done = PQntuples(m) == 1 && strcmp(PQgetvalue(m, 0, 0), SCHEMA_MARK) == 0;
    PQclear(m);
    if (done) return TL_OK;
    if (tl_store_pg_exec(p, "SELECT pg_advisory_lock(" SCHEMA_LOCK ")", err)) return TL_EDB;
    int rc = tl_store_pg_exec(p, "SET client_min_messages=warning", err);
    if (!rc) rc = tl_store_pg_schema_objects(p, err);
    if (!rc) rc = tl_store_pg_exec(p, "COMMENT ON TABLE documents IS '" SCHEMA_MARK "'", err);
    tl_store_pg_exec(p, "SELECT pg_advisory_unlock(" SCHEMA_LOCK ")", NULL);
    return rc;
}

int tl_store_pg_connect(const char *conninfo, tl_store_pg **out, tl_error *err) {
    tl_store_pg *p = calloc(1, sizeof *p);
    if (!p) return fail(err, TL_ENOMEM, "out of memory");
    /* bytea as hex, ints as decimal text, UTF-8 text: what the code reads.
     * No parallel workers and no JIT: the store's queries are index
     * lookups of a few milliseconds, which starting a worker process or
     * compiling a plan only slows down (a search's plan estimated 2,500
     * rows for 14 and waited 15 ms for its worker on a busy machine).
     * Given with the connection (no round trip of its own: every command
     * connects, and a short query costs a few round trips in all), unless
     * the user's string sets `options` itself, which are then kept and
     * these set afterwards. */
    int own = strstr(conninfo, "options") != NULL;
    const char *const keys[] = {"dbname", "client_encoding", "options", NULL};
    const char *const vals[] = {conninfo, "UTF8",
                                "-c bytea_output=hex -c client_min_messages=warning"
                                " -c max_parallel_workers_per_gather=0 -c jit=off",
                                NULL};
    p->c = own ? PQconnectdb(conninfo) : PQconnectdbParams(keys, vals, 1);
    if (!p->c || PQstatus(p->c) != CONNECTION_OK) {
        db_fail(p, err, "connect");
        tl_store_pg_disconnect(p);
        return TL_EDB;
    }
    if (own && tl_store_pg_exec(p,
                                "SET client_encoding='UTF8'; SET bytea_output='hex'; SET client_min_messages=warning;"
                                " SET max_parallel_workers_per_gather=0; SET jit=off",
                                err)) {
        tl_store_pg_disconnect(p);
        return TL_EDB;
    }
    *out = p;
    return TL_OK;
}

void tl_store_pg_disconnect(tl_store_pg *p) {
    if (!p) return;
    if (p->c) PQfinish(p->c);
    free(p);
}

static int pg_open(const char *path, void **impl, tl_error *err) {
    tl_store_pg *p;
    int rc = tl_store_pg_connect(path, &p, err);
    if (rc) return rc;
    if ((rc = tl_store_pg_schema(p, err))) {
        tl_store_pg_disconnect(p);
        return rc;
    }
    *impl = p;
    return TL_OK;
}

static int pg_open_ro(const char *path, void **impl, tl_error *err) {
    tl_store_pg *p;
    int rc = tl_store_pg_connect(path, &p, err);
    if (rc) return rc;
    int64_t has = scalar(p, "SELECT count(*) FROM pg_tables WHERE tablename='documents'"
                            " AND schemaname=current_schema()", 0, NULL, err);
    if (has <= 0) {
        if (has == 0) fail(err, TL_EDB, "no threadline store in that database");
        tl_store_pg_disconnect(p);
        return TL_EDB;
    }
    if (tl_store_pg_exec(p, "SET default_transaction_read_only=on", err)) {
        tl_store_pg_disconnect(p);
        return TL_EDB;
    }
    p->readonly = 1;
    *impl = p;
    return TL_OK;
}

static void pg_close(void *impl) { tl_store_pg_disconnect(impl); }

static int pg_has_doc(void *impl, const char *sha, int *found, tl_error *err) {
    const char *v[1] = {sha ? sha : ""};
    int64_t n = scalar(impl, "SELECT count(*) FROM documents WHERE sha256=$1", 1, v, err);
    if (n < 0) return TL_EDB;
    *found = n > 0;
    return TL_OK;
}

/* ---- transactions ----------------------------------------------------------- */
/* Opens the writer's transaction and takes the writer lock. */
static int begin_write(tl_store_pg *p, tl_error *err) {
    if (p->readonly) return fail(err, TL_EDB, "the store is open read-only");
    if (tl_store_pg_exec(p, "BEGIN", err)) return TL_EDB;
    if (tl_store_pg_exec(p, "SELECT pg_advisory_xact_lock(" WRITE_LOCK ")", err)) {
        tl_store_pg_exec(p, "ROLLBACK", NULL);
        return TL_EDB;
    }
    return TL_OK;
}

/* One write: a transaction alone, or a savepoint inside a group. */
int tl_store_pg_begin_one(tl_store_pg *p, tl_error *err) {
    /* sent with the document's first statements, not waited for alone */
    if (p->group || p->bulk) return tl_store_pg_write(p, "SAVEPOINT tl_doc", 0, NULL, "savepoint", err);
    return begin_write(p, err);
}
int tl_store_pg_end_one(tl_store_pg *p, int ok, tl_error *err) {
    if (p->group || p->bulk) {
        /* the release goes after the document's pipelined writes, one
         * round trip for all; a write that failed fails the document (the
         * release is then not done: rolled back to the savepoint) */
        if (ok) {
            if (tl_store_pg_write(p, "RELEASE SAVEPOINT tl_doc", 0, NULL, "release", err) == TL_OK &&
                tl_store_pg_flush(p, err) == TL_OK)
                return TL_OK;
        } else {
            tl_store_pg_flush(p, NULL);
        }
        tl_store_pg_exec(p, "ROLLBACK TO SAVEPOINT tl_doc", NULL);
        tl_store_pg_exec(p, "RELEASE SAVEPOINT tl_doc", NULL);
        return ok ? TL_EDB : TL_OK;
    }
    if (ok) {
        if (tl_store_pg_exec(p, "COMMIT", err)) {
            tl_store_pg_exec(p, "ROLLBACK", NULL);
            return TL_EDB;
        }
        return TL_OK;
    }
    tl_store_pg_exec(p, "ROLLBACK", NULL);
    return TL_OK;
}

static int pg_group_begin(void *impl, tl_error *err) {
    tl_store_pg *p = impl;
    if (p->group || p->bulk) return fail(err, TL_EINVAL, "already in bulk mode or in a group");
    if (begin_write(p, err)) return TL_EDB;
    p->group = 1;
    return TL_OK;
}
static int pg_group_end(void *impl, int commit, tl_error *err) {
    tl_store_pg *p = impl;
    if (!p->group) return fail(err, TL_EINVAL, "not in a group");
    p->group = 0;
    if (commit && tl_store_pg_exec(p, "COMMIT", err) == TL_OK) return TL_OK;
    tl_store_pg_exec(p, "ROLLBACK", NULL);
    return commit ? TL_EDB : TL_OK;
}
static int pg_bulk_begin(void *impl, tl_error *err) {
    tl_store_pg *p = impl;
    if (p->group || p->bulk) return fail(err, TL_EINVAL, "already in bulk mode or in a group");
    if (begin_write(p, err)) return TL_EDB;
    p->bulk = 1;
    return TL_OK;
}
static int pg_bulk_end(void *impl, int commit, tl_error *err) {
    tl_store_pg *p = impl;
    if (!p->bulk) return fail(err, TL_EINVAL, "not in bulk mode");
    p->bulk = 0;
    if (commit && tl_store_pg_exec(p, "COMMIT", err) == TL_OK) return TL_OK;
    tl_store_pg_exec(p, "ROLLBACK", NULL);
    return commit ? TL_EDB : TL_OK;
}

/* ---- ingest, reindex, forget, undo --------------------------------------------- */
/* Stores a document, resolved, inside the caller's transaction. */
static int store_doc(tl_store_pg *p, const tl_doc *d, const tl_store_docinfo *info, const char *sha,
                     const char *text_key, tl_store_ingest_result *r, tl_error *err) {
    char b[24];
    const char *title = info && info->title ? info->title : d->title;
    const char *published = info && info->published && info->published[0] ? info->published : d->published;
    char nb[24];
    const char *v[10] = {sha, d->path ? d->path : "-", title, published ? published : "", info ? info->url : NULL,
                         info ? info->source : NULL, ip(b, info ? info->extracted : 0), d->text ? d->text : "",
                         text_key, ip(nb, (int64_t)d->n_entities)};
    int lens[10] = {0}, bin[10] = {0};
    lens[7] = (int)d->len;
    bin[7] = 1;
    /* with the row, in the same round trip: whether corrections and
     * watched names exist (what follows the document's rows needs), and
     * the ids of its document entities */
    PGresult *res = tl_store_pg_query_bin(p,
                                          "INSERT INTO documents(sha256,path,title,published,url,source,extracted,"
                                          "text,ingested_at,text_key) VALUES($1,$2,$3,$4,$5,$6,$7,$8," NOW ",$9)"
                                          " RETURNING id, EXISTS(SELECT 1 FROM corrections),"
                                          " EXISTS(SELECT 1 FROM watchlist), (SELECT string_agg(nextval("
                                          "'doc_entities_id_seq')::text, ',') FROM generate_series(1, $10::int))",
                                          10, v, lens, bin, "document", err);
    if (!res) return TL_EDB;
    r->doc = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    int corrections = PQgetvalue(res, 0, 1)[0] == 't', watched = PQgetvalue(res, 0, 2)[0] == 't';
    int64_t *de = malloc((d->n_entities + 1) * sizeof *de);
    size_t n = 0;
    if (!de) {
        PQclear(res);
        return fail(err, TL_ENOMEM, "out of memory");
    }
    for (const char *q = PQgetvalue(res, 0, 3); *q && n < d->n_entities;) {
        char *end;
        de[n++] = strtoll(q, &end, 10);
        q = *end == ',' ? end + 1 : end;
    }
    PQclear(res);
    qsort(de, n, sizeof *de, cmp_i64);
    int rc = n == d->n_entities ? tl_store_pg_store_layer1(p, r->doc, d, 1, de, r, err)
                                : fail(err, TL_EDB, "PostgreSQL: fewer new ids than asked");
    free(de);
    if (rc || p->bulk) return rc;
    if (corrections && (rc = tl_store_pg_reapply_corrections(p, err))) return rc;
    if (!watched) return TL_OK;
    const char *av[1] = {ip(b, r->doc)};
    PGresult *ar = tl_store_pg_query(p,
                                     "INSERT INTO alerts(watch,entity,entity_name,doc,created_at)"
                                     " SELECT w, e, (SELECT name FROM entities WHERE id=e), $1::bigint, " NOW
                                     " FROM (SELECT w.id AS w, min(n.entity) AS e FROM watchlist w JOIN"
                                     " entity_names n ON n.key=w.key AND n.kind=0 JOIN doc_entities de"
                                     " ON de.entity=n.entity AND de.doc=$1::bigint GROUP BY w.id) x"
                                     " ON CONFLICT DO NOTHING",
                                     1, av, "alerts", err);
    if (!ar) return TL_EDB;
    r->n_alerts = (uint32_t)atoi(PQcmdTuples(ar));
    PQclear(ar);
    return TL_OK;
}

static int pg_ingest(void *impl, const tl_doc *d, const tl_store_docinfo *info, tl_store_ingest_result *res,
                     tl_error *err) {
    tl_store_pg *p = impl;
    tl_store_ingest_result r = {0};
    const char *sha = info && info->sha256 ? info->sha256 : d->id;
    /* the whitespace-normalised text key, as the SQLite backend computes it */
    char text_key[65];
    char *norm = malloc(d->len + 1);
    if (!norm) return fail(err, TL_ENOMEM, "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        unsigned char c = (unsigned char)d->text[i];
        if (c == ' ' || (c >= 9 && c <= 13)) {
            if (n && norm[n - 1] != ' ') norm[n++] = ' ';
        } else {
            norm[n++] = (char)c;
        }
    }
    while (n && norm[n - 1] == ' ') n--;
    tl_sha256_hex(norm, n, text_key);
    free(norm);
    int rc = tl_store_pg_begin_one(p, err);
    if (rc) return rc;
    /* checked under the writer lock: two processes given the same document
     * store it once */
    const char *v[2] = {sha ? sha : "", text_key};
    int64_t found = scalar(p, "SELECT count(*) FROM documents WHERE sha256=$1 OR text_key=$2", 2, v, err);
    if (found < 0) rc = TL_EDB;
    else if (found > 0) r.skipped = 1;
    else rc = store_doc(p, d, info, sha, text_key, &r, err);
    int rc2 = tl_store_pg_end_one(p, rc == TL_OK, err);
    if (!rc) rc = rc2;
    if (!rc && res) *res = r;
    return rc;
}

/* Decodes "\x..." hex bytea text in place; returns the length. */
static size_t unhex(char *s) {
    if (s[0] != '\\' || s[1] != 'x') return 0;
    size_t n = 0;
    for (const char *q = s + 2; q[0] && q[1]; q += 2) {
        int hi = q[0] <= '9' ? q[0] - '0' : (q[0] | 32) - 'a' + 10;
        int lo = q[1] <= '9' ? q[1] - '0' : (q[1] | 32) - 'a' + 10;
        s[n++] = (char)(hi * 16 + lo);
    }
    return n;
}

static int pg_reindex(void *impl, tl_store_extract_fn fn, void *fn_ctx, tl_store_progress_fn progress,
                      void *progress_ctx, uint64_t *n_docs, tl_error *err) {
    tl_store_pg *p = impl;
    if (p->group || p->bulk) return fail(err, TL_EINVAL, "reindex inside a group");
    int rc = begin_write(p, err);
    if (rc) return rc;
    PGresult *r = tl_store_pg_query(p, "SELECT id, extracted, path FROM documents ORDER BY id", 0, NULL, "documents",
                                    err);
    if (!r) { tl_store_pg_end_one(p, 0, NULL); return TL_EDB; }
    uint64_t done = 0, total = (uint64_t)PQntuples(r);
    /* layer 2 goes first: layer-1 rows it points at are replaced */
    rc = tl_store_pg_exec(p,
                          "UPDATE doc_entities SET entity=NULL; UPDATE fact_evidence SET fact=NULL;"
                          " DELETE FROM resolution; DELETE FROM facts; DELETE FROM entity_names;"
                          " UPDATE alerts SET entity=NULL; DELETE FROM entities", err);
    for (int i = 0; i < PQntuples(r) && !rc; i++) {
        if (atoi(PQgetvalue(r, i, 1)) == 0 && fn) {
            const char *v[1] = {PQgetvalue(r, i, 0)};
            PGresult *t = tl_store_pg_query(p, "SELECT text FROM documents WHERE id=$1", 1, v, "document", err);
            if (!t) { rc = TL_EDB; break; }
            char *text = PQgetvalue(t, 0, 0);
            size_t len = unhex(text);
            tl_doc *d = NULL;
            if (fn(fn_ctx, text, len, PQgetvalue(r, i, 2), &d) == TL_OK && d) {
                rc = run(p, "DELETE FROM fact_evidence WHERE doc=$1", 1, v, "reindex", err);
                if (!rc) rc = run(p, "DELETE FROM doc_entities WHERE doc=$1", 1, v, "reindex", err);
                if (!rc) rc = run(p, "DELETE FROM sentences WHERE doc=$1", 1, v, "reindex", err);
                if (!rc) rc = tl_store_pg_store_layer1(p, strtoll(v[0], NULL, 10), d, 0, NULL, NULL, err);
                tl_doc_free(d);
                done++;
            }
            PQclear(t);
        }
        if (progress) progress(progress_ctx, (uint64_t)i + 1, total);
    }
    PQclear(r);
    if (!rc) rc = tl_store_pg_rebuild_graph(p, err);
    int rc2 = tl_store_pg_end_one(p, rc == TL_OK, err);
    if (!rc) rc = rc2;
    if (!rc && n_docs) *n_docs = done;
    return rc;
}

static int pg_forget(void *impl, const char *ref, tl_store_forget_result *res, tl_error *err) {
    tl_store_pg *p = impl;
    if (!ref || !*ref) return fail(err, TL_EINVAL, "no document named");
    char like[160];
    size_t n = strlen(ref);
    int hex = n >= 6 && n <= 64;
    for (size_t i = 0; i < n && hex; i++) hex = strchr("0123456789abcdef", ref[i]) != NULL;
    snprintf(like, sizeof like, "%s%%", hex ? ref : "-");
    const char *idref = ref[0] == '#' ? ref + 1 : "0";
    char *end;
    long long id = strtoll(idref, &end, 10);
    char b[24];
    const char *v[3] = {ip(b, *end ? 0 : id), like, ref};
    PGresult *r = tl_store_pg_query(p, "SELECT id FROM documents WHERE id=$1::bigint OR sha256 LIKE $2 OR path=$3",
                                    3, v, "documents", err);
    if (!r) return TL_EDB;
    int found = PQntuples(r);
    int64_t doc = found == 1 ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : 0;
    PQclear(r);
    if (found != 1) return fail(err, TL_ENOTFOUND, found ? "that names several documents" : "no such document");
    int rc = begin_write(p, err);
    if (rc) return rc;
    int64_t e0 = scalar(p, "SELECT count(*) FROM entities", 0, NULL, err);
    int64_t f0 = scalar(p, "SELECT count(*) FROM facts", 0, NULL, err);
    const char *dv[1] = {ip(b, doc)};
    rc = e0 < 0 || f0 < 0 ? TL_EDB : TL_OK;
    if (!rc) rc = run(p, "DELETE FROM resolution WHERE de IN (SELECT id FROM doc_entities WHERE doc=$1)", 1, dv,
                      "forget", err);
    if (!rc) rc = run(p, "DELETE FROM documents WHERE id=$1", 1, dv, "forget", err);
    if (!rc) rc = tl_store_pg_rebuild_graph(p, err);
    int64_t e1 = rc ? 0 : scalar(p, "SELECT count(*) FROM entities", 0, NULL, err);
    int64_t f1 = rc ? 0 : scalar(p, "SELECT count(*) FROM facts", 0, NULL, err);
    if (e1 < 0 || f1 < 0) rc = TL_EDB;
    int rc2 = tl_store_pg_end_one(p, rc == TL_OK, err);
    if (!rc) rc = rc2;
    if (!rc && res) *res = (tl_store_forget_result){doc, e0 - e1, f0 - f1};
    return rc;
}

static int pg_undo(void *impl, int64_t id, int64_t *undone, tl_error *err) {
    tl_store_pg *p = impl;
    int rc = begin_write(p, err);
    if (rc) return rc;
    char b[24];
    const char *v[1] = {ip(b, id)};
    int64_t cid = scalar(p, "SELECT id FROM corrections WHERE $1::bigint = 0 OR id=$1::bigint ORDER BY id DESC LIMIT 1",
                         1, v, err);
    if (cid < 0) rc = TL_EDB;
    else if (cid == 0) rc = fail(err, TL_ENOTFOUND, id ? "no such correction" : "no correction to undo");
    const char *cv[1] = {ip(b, cid)};
    if (!rc) rc = run(p, "DELETE FROM corrections WHERE id=$1", 1, cv, "undo", err);
    if (!rc) rc = tl_store_pg_rebuild_graph(p, err);
    int rc2 = tl_store_pg_end_one(p, rc == TL_OK, err);
    if (!rc) rc = rc2;
    if (!rc && undone) *undone = cid;
    return rc;
}

static int pg_set_actor(void *impl, const char *name) {
    tl_store_pg *p = impl;
    snprintf(p->actor, sizeof p->actor, "%s", name ? name : "");
    return TL_OK;
}

/* The query operations (tl_store_pg_query.c). */
int tl_store_pg_entity_find(void *impl, const char *name, tl_store_entity_cb cb, void *ctx, int *n_found,
                            tl_error *err);
int tl_store_pg_entities(void *impl, const tl_store_entity_filter *f, tl_store_entity_cb cb, void *ctx,
                         tl_error *err);
int tl_store_pg_entity_brief(void *impl, int64_t id, tl_store_entity_cb cb, void *ctx, tl_error *err);
int tl_store_pg_entity_names(void *impl, int64_t entity, tl_store_name_cb cb, void *ctx, tl_error *err);
int tl_store_pg_entity_docs(void *impl, int64_t entity, tl_store_doc_cb cb, void *ctx, tl_error *err);
int tl_store_pg_entity_origin(void *impl, int64_t entity, int *type, char *out, size_t cap, tl_error *err);
int tl_store_pg_facts(void *impl, const tl_store_fact_filter *f, tl_store_fact_cb cb, void *ctx, tl_error *err);
int tl_store_pg_fact_evidence(void *impl, int64_t fact, tl_store_evidence_cb cb, void *ctx, tl_error *err);
int tl_store_pg_adjacent(void *impl, int64_t entity, tl_store_adj_cb cb, void *ctx, tl_error *err);
int tl_store_pg_edges(void *impl, tl_store_adj_cb2 cb, void *ctx, tl_error *err);
int tl_store_pg_adjacent_many(void *impl, const int64_t *ids, size_t n, int links, tl_store_adjx_cb cb, void *ctx,
                              tl_error *err);
int tl_store_pg_search(void *impl, const char *query, const char *open, const char *close, int64_t limit,
                       tl_store_hit_cb cb, void *ctx, tl_error *err);
int tl_store_pg_get_stats(void *impl, tl_store_stats *out, tl_error *err);
int tl_store_pg_corrections(void *impl, tl_store_correction_cb cb, void *ctx, tl_error *err);
int tl_store_pg_watch_add(void *impl, const char *name, tl_error *err);
int tl_store_pg_watch_remove(void *impl, const char *name, tl_error *err);
int tl_store_pg_watch_list(void *impl, tl_store_name_cb cb, void *ctx, tl_error *err);
int tl_store_pg_alerts(void *impl, int64_t since_id, tl_store_alert_cb cb, void *ctx, tl_error *err);
int tl_store_pg_document(void *impl, const char *sha256, tl_store_doctext_cb doc_cb, tl_store_span_cb span_cb,
                         void *ctx, tl_error *err);
int tl_store_pg_token_add(void *impl, const char *name, const char *hash, tl_error *err);
int tl_store_pg_token_revoke(void *impl, const char *name, tl_error *err);
int tl_store_pg_token_list(void *impl, tl_store_token_cb cb, void *ctx, tl_error *err);
int tl_store_pg_token_check(void *impl, const char *hash, int *valid, tl_error *err);
int tl_store_pg_token_name(void *impl, const char *hash, char *out, size_t cap, tl_error *err);
int tl_store_pg_documents(void *impl, tl_store_docrow_cb cb, void *ctx, tl_error *err);
int tl_store_pg_entity_why(void *impl, int64_t entity, tl_store_join_cb cb, void *ctx, tl_error *err);

const tl_store_ops tl_store_pg_ops = {
    .name = "postgresql",
    .open = pg_open,
    .open_readonly = pg_open_ro,
    .close = pg_close,
    .has_doc = pg_has_doc,
    .ingest = pg_ingest,
    .bulk_begin = pg_bulk_begin,
    .bulk_end = pg_bulk_end,
    .group_begin = pg_group_begin,
    .group_end = pg_group_end,
    .reindex = pg_reindex,
    .entity_find = tl_store_pg_entity_find,
    .entities = tl_store_pg_entities,
    .entity_brief = tl_store_pg_entity_brief,
    .entity_names = tl_store_pg_entity_names,
    .entity_docs = tl_store_pg_entity_docs,
    .entity_origin = tl_store_pg_entity_origin,
    .facts = tl_store_pg_facts,
    .fact_evidence = tl_store_pg_fact_evidence,
    .adjacent = tl_store_pg_adjacent,
    .edges = tl_store_pg_edges,
    .adjacent_many = tl_store_pg_adjacent_many,
    .search = tl_store_pg_search,
    .get_stats = tl_store_pg_get_stats,
    .correct = tl_store_pg_correct,
    .corrections = tl_store_pg_corrections,
    .watch_add = tl_store_pg_watch_add,
    .watch_remove = tl_store_pg_watch_remove,
    .watch_list = tl_store_pg_watch_list,
    .alerts = tl_store_pg_alerts,
    .document = tl_store_pg_document,
    .token_add = tl_store_pg_token_add,
    .token_revoke = tl_store_pg_token_revoke,
    .token_list = tl_store_pg_token_list,
    .token_check = tl_store_pg_token_check,
    .token_name = tl_store_pg_token_name,
    .documents = tl_store_pg_documents,
    .forget = pg_forget,
    .undo = pg_undo,
    .entity_why = tl_store_pg_entity_why,
    .set_actor = pg_set_actor,
};
