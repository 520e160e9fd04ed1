/* tl_store_pg_migrate.c -- copies a SQLite store, corrections included, into an empty PostgreSQL store. */
#include "tl_store_pg.h"
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One table copied through COPY: the SQLite columns read, the
 * PostgreSQL COPY that takes them (in the same order, then the columns of
 * `extra`, the text of constant fields ending every line); `blobs` has
 * bit i set when column i is binary. */
typedef struct mig_table {
    const char *name, *select, *copy, *extra;
    unsigned blobs;
    int optional;         /* 1: the table may be missing (older stores) */
} mig_table;

static const mig_table TABLES[] = {
    {"documents",
     "SELECT id, sha256, path, title, published, url, source, extracted, text, ingested_at, sent_first, sent_last,"
     " text_key FROM documents ORDER BY id",
     "COPY documents(id,sha256,path,title,published,url,source,extracted,text,ingested_at,sent_first,sent_last,"
     "text_key) FROM STDIN", "",
     1u << 8, 0},
    /* into a staging table: the rows are written once, with their
     * tsvector, when every document is in (see below) */
    {"sentences", "SELECT id, doc, start, end FROM sentences ORDER BY id",
     "COPY mig_sentences(id,doc,start,\"end\") FROM STDIN", "", 0, 0},
    {"entities", "SELECT id, type, name, key, pinned FROM entities ORDER BY id",
     "COPY entities(id,type,name,key,pinned) FROM STDIN", "", 0, 0},
    {"entity_names", "SELECT key, kind, entity, name, origin FROM entity_names",
     "COPY entity_names(key,kind,entity,name,origin) FROM STDIN", "", 0, 0},
    {"doc_entities", "SELECT id, doc, idx, type, name, aliases, n_mentions, entity, spans FROM doc_entities ORDER BY id",
     "COPY doc_entities(id,doc,idx,type,name,aliases,n_mentions,entity,spans) FROM STDIN", "",
     1u << 8, 0},
    {"facts",
     "SELECT id, type, a0, a1, a2, neg, status, modality, time_value, place, source, amount_text, amount_value,"
     " currency, rejected, n_evidence FROM facts ORDER BY id",
     "COPY facts(id,type,a0,a1,a2,neg,status,modality,time_value,place,source,amount_text,amount_value,currency,"
     "rejected,n_evidence) FROM STDIN", "",
     0, 0},
    {"fact_evidence",
     "SELECT id, doc, fact, type, de0, de1, de2, de_from, place_de, source_de, neg, status, modality, start, end,"
     " time_text, time_value, amount_text, amount_value, currency, confidence FROM fact_evidence ORDER BY id",
     "COPY fact_evidence(id,doc,fact,type,de0,de1,de2,de_from,place_de,source_de,neg,status,modality,start,"
     "\"end\",time_text,time_value,amount_text,amount_value,currency,confidence) FROM STDIN", "", 0, 0},
    {"resolution", "SELECT de, why, matched, joined FROM resolution",
     "COPY resolution(de,why,matched,joined) FROM STDIN", "", 0, 0},
    /* who made a SQLite store's corrections was never recorded: '' */
    {"corrections", "SELECT id, kind, a, b, created_at, applied FROM corrections ORDER BY id",
     "COPY corrections(id,kind,a,b,created_at,applied,who) FROM STDIN", "\t", 0, 0},
    {"watchlist", "SELECT id, name, key, created_at FROM watchlist ORDER BY id",
     "COPY watchlist(id,name,key,created_at) FROM STDIN", "", 0, 0},
    {"alerts", "SELECT id, watch, entity, entity_name, doc, created_at FROM alerts ORDER BY id",
     "COPY alerts(id,watch,entity,entity_name,doc,created_at) FROM STDIN", "", 0, 0},
    {"api_tokens", "SELECT name, hash, created_at, revoked_at FROM api_tokens",
     "COPY api_tokens(name,hash,created_at,revoked_at) FROM STDIN", "", 0, 1},
};
#define N_TABLES (sizeof TABLES / sizeof *TABLES)

static int fail(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

static int sq_fail(sqlite3 *db, tl_error *err, const char *what) {
    if (err) {
        err->code = TL_EDB;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "SQLite (%s): %s", what, db ? sqlite3_errmsg(db) : "cannot open");
    }
    return TL_EDB;
}

/* A growing buffer of COPY lines. */
typedef struct cbuf {
    char *v;
    size_t n, cap;
    int oom;
} cbuf;

/* Room for `more` bytes; 0 when out of memory. */
static int cb_room(cbuf *b, size_t more) {
    if (b->oom) return 0;
    if (b->n + more <= b->cap) return 1;
    size_t c = b->cap ? b->cap : 1 << 16;
    while (c < b->n + more) c *= 2;
    char *nv = realloc(b->v, c);
    if (!nv) {
        b->oom = 1;
        return 0;
    }
    b->v = nv;
    b->cap = c;
    return 1;
}

/* Appends COPY's text form of a field: tab, newline, carriage return and
 * backslash escaped, NUL bytes dropped; a blob as bytea hex. */
static void cb_field(cbuf *b, const char *s, size_t len, int blob) {
    if (!cb_room(b, 2 * len + 4)) return;
    char *o = b->v + b->n;
    if (blob) {
        static const char hex[] = "0123456789abcdef";
        *o++ = '\\';
        *o++ = '\\';
        *o++ = 'x';
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)s[i];
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
    } else {
        for (size_t i = 0; i < len; i++) {
            char c = s[i];
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                *o++ = '\\';
                *o++ = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
            } else if (c) {
                *o++ = c;
            }
        }
    }
    b->n = (size_t)(o - b->v);
}

/* Appends bytes as they are (separators, \N, constant fields). */
static void cb_raw(cbuf *b, const char *s, size_t len) {
    if (!cb_room(b, len)) return;
    memcpy(b->v + b->n, s, len);
    b->n += len;
}

/* Fills err with the connection's last error about table t; TL_EDB. */
static int copy_err(tl_store_pg *p, const mig_table *t, tl_error *err) {
    if (err) {
        err->code = TL_EDB;
        err->offset = -1;
        const char *m = PQerrorMessage(p->c);
        snprintf(err->msg, sizeof err->msg, "PostgreSQL (%s): %.*s", t->name, (int)strcspn(m, "\n"), m);
    }
    return TL_EDB;
}

/* Sends n bytes of buffered lines; TL_OK or TL_EDB. */
static int copy_send(tl_store_pg *p, const char *b, size_t n, const mig_table *t, tl_error *err) {
    if (!n || PQputCopyData(p->c, b, (int)n) == 1) return TL_OK;
    return copy_err(p, t, err);
}

/* Copies one table through COPY (one stream, not a statement per row);
 * *n gets the rows copied. */
static int copy_table(sqlite3 *db, tl_store_pg *p, const mig_table *t, int64_t *n, tl_store_migrate_fn progress,
                      void *ctx, tl_error *err) {
    sqlite3_stmt *st;
    *n = 0;
    if (sqlite3_prepare_v2(db, t->select, -1, &st, NULL) != SQLITE_OK) {
        if (t->optional) return TL_OK;
        return sq_fail(db, err, t->name);
    }
    int ncol = sqlite3_column_count(st);
    PGresult *pr = PQexec(p->c, t->copy);
    if (!pr || PQresultStatus(pr) != PGRES_COPY_IN) {
        PQclear(pr);
        sqlite3_finalize(st);
        return copy_err(p, t, err);
    }
    PQclear(pr);
    cbuf b = {0};
    int rc = TL_OK, src = SQLITE_DONE;
    while (rc == TL_OK && (src = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < ncol; i++) {
            if (i) cb_raw(&b, "\t", 1);
            if (sqlite3_column_type(st, i) == SQLITE_NULL) {
                cb_raw(&b, "\\N", 2);
            } else if ((t->blobs >> i) & 1) {
                const void *bl = sqlite3_column_blob(st, i);
                cb_field(&b, bl ? bl : "", (size_t)sqlite3_column_bytes(st, i), 1);
            } else {
                const char *tx = (const char *)sqlite3_column_text(st, i);
                cb_field(&b, tx ? tx : "", (size_t)sqlite3_column_bytes(st, i), 0);
            }
        }
        cb_raw(&b, t->extra, strlen(t->extra));
        cb_raw(&b, "\n", 1);
        if (b.oom) {
            rc = fail(err, TL_ENOMEM, "out of memory");
            break;
        }
        (*n)++;
        /* sent in slices of about 1 MB */
        if (b.n >= (1 << 20)) {
            rc = copy_send(p, b.v, b.n, t, err);
            b.n = 0;
        }
        if (progress && *n % 10000 == 0) progress(ctx, t->name, *n);
    }
    if (rc == TL_OK && src != SQLITE_DONE) rc = sq_fail(db, err, t->name);
    if (rc == TL_OK) rc = copy_send(p, b.v, b.n, t, err);
    free(b.v);
    sqlite3_finalize(st);
    /* end the COPY (aborted on an error) and read its outcome */
    if (PQputCopyEnd(p->c, rc == TL_OK ? NULL : "migrate stopped") != 1 && rc == TL_OK)
        rc = copy_err(p, t, err);
    PGresult *r;
    while ((r = PQgetResult(p->c))) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && rc == TL_OK) {
            if (err) {
                err->code = TL_EDB;
                err->offset = -1;
                const char *m = PQresultErrorMessage(r);
                snprintf(err->msg, sizeof err->msg, "PostgreSQL (%s): %.*s", t->name, (int)strcspn(m, "\n"), m);
            }
            rc = TL_EDB;
        }
        PQclear(r);
    }
    if (rc == TL_OK && progress) progress(ctx, t->name, *n);
    return rc;
}

int tl_store_pg_migrate(const char *from, const char *to, tl_store_migrate_fn progress, void *ctx,
                        int64_t *n_rows, tl_error *err) {
    if (!from || !to) return fail(err, TL_EINVAL, "migrate needs a source and a target");
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(from, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        int rc = sq_fail(db, err, "open");
        sqlite3_close(db);
        return rc;
    }
    sqlite3_busy_timeout(db, 5000);
    tl_store_pg *p = NULL;
    int rc = tl_store_pg_connect(to, &p, err);
    if (!rc) rc = tl_store_pg_schema(p, err);
    if (!rc) rc = tl_store_pg_exec(p, "BEGIN; SELECT pg_advisory_xact_lock(7420117)", err);
    /* Secondary indexes are built once at the end (the schema's IF NOT
     * EXISTS statements recreate them), which is several times faster
     * than maintaining them row by row through millions of rows; the
     * target is empty and the transaction hides their absence. */
    if (!rc)
        rc = tl_store_pg_exec(p,
                              "SET LOCAL maintenance_work_mem='256MB'; CREATE TEMP TABLE mig_sentences(id bigint, doc bigint,"
                              " start int, \"end\" int)"
                              " ON COMMIT DROP; DROP INDEX IF EXISTS sentences_tsv, sentences_doc,"
                              " entity_names_entity, doc_entities_doc, doc_entities_entity, facts_a0, facts_a1,"
                              " facts_a2, facts_place, facts_source, fact_evidence_doc, fact_evidence_fact",
                              err);
    /* a snapshot of the source: a concurrent ingest into it cannot tear the copy */
    if (!rc && sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) rc = sq_fail(db, err, "begin");
    if (!rc) {
        PGresult *r = tl_store_pg_query(p, "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM entities)"
                                           " + (SELECT count(*) FROM corrections)", 0, NULL, "target", err);
        if (!r) rc = TL_EDB;
        else {
            if (strtoll(PQgetvalue(r, 0, 0), NULL, 10) > 0)
                rc = fail(err, TL_EINVAL, "the target store is not empty (migrate copies into an empty one)");
            PQclear(r);
        }
    }
    int64_t total = 0;
    for (size_t i = 0; i < N_TABLES && !rc; i++) {
        int64_t n = 0;
        rc = copy_table(db, p, &TABLES[i], &n, progress, ctx, err);
        total += n;
    }
    if (!rc)
        rc = tl_store_pg_exec(p,
                              "INSERT INTO sentences(id,doc,start,\"end\",tsv) SELECT s.id, s.doc, s.start, s.\"end\","
                              " to_tsvector('simple', convert_from(substring(d.text from s.start+1 for"
                              " s.\"end\"-s.start),'UTF8')) FROM mig_sentences s JOIN documents d ON d.id=s.doc"
                              " ORDER BY s.id",
                              err);
    if (!rc) rc = tl_store_pg_schema_objects(p, err);
    if (!rc) {
        static const char *const seqs[] = {"documents", "sentences", "entities", "doc_entities", "facts",
                                           "fact_evidence", "corrections", "watchlist", "alerts"};
        for (size_t i = 0; i < sizeof seqs / sizeof *seqs && !rc; i++) {
            char sql[256];
            /* table names from the list above, never from input */
            snprintf(sql, sizeof sql,
                     "SELECT setval(pg_get_serial_sequence('%s','id'), coalesce((SELECT max(id) FROM %s),0) + 1,"
                     " false)", seqs[i], seqs[i]);
            rc = tl_store_pg_exec(p, sql, err);
        }
    }
    if (!rc) rc = tl_store_pg_exec(p, "COMMIT", err);
    /* planner statistics now, not when autovacuum comes by: without them
     * the first queries on a large copied store pick bad plans */
    if (!rc) rc = tl_store_pg_exec(p, "ANALYZE", err);
    if (rc && p) tl_store_pg_exec(p, "ROLLBACK", NULL);
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(db);
    tl_store_pg_disconnect(p);
    if (!rc && n_rows) *n_rows = total;
    return rc;
}
