/* tl_store_pg_migrate.c -- copies a SQLite store, corrections included, into an empty PostgreSQL store. */
#include "tl_store_pg.h"
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One table copied row by row: the SQLite columns read and the
 * PostgreSQL statement that writes them ($1.. in the same order); `blobs`
 * has bit i set when column i is binary. */
typedef struct mig_table {
    const char *name, *select, *insert;
    unsigned blobs;
    int optional;         /* 1: the table may be missing (older stores) */
} mig_table;

static const mig_table TABLES[] = {
    {"documents",
     "SELECT id, sha256, path, title, published, url, source, extracted, text, ingested_at, sent_first, sent_last,"
     " text_key FROM documents ORDER BY id",
     "INSERT INTO documents(id,sha256,path,title,published,url,source,extracted,text,ingested_at,sent_first,"
     "sent_last,text_key) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
     1u << 8, 0},
    /* the tsvector is computed once every sentence is in (see below) */
    {"sentences", "SELECT id, doc, start, end FROM sentences ORDER BY id",
     "INSERT INTO sentences(id,doc,start,\"end\",tsv) VALUES($1,$2,$3,$4,''::tsvector)", 0, 0},
    {"entities", "SELECT id, type, name, key, pinned FROM entities ORDER BY id",
     "INSERT INTO entities(id,type,name,key,pinned) VALUES($1,$2,$3,$4,$5)", 0, 0},
    {"entity_names", "SELECT key, kind, entity, name, origin FROM entity_names",
     "INSERT INTO entity_names(key,kind,entity,name,origin) VALUES($1,$2,$3,$4,$5)", 0, 0},
    {"doc_entities", "SELECT id, doc, idx, type, name, aliases, n_mentions, entity, spans FROM doc_entities ORDER BY id",
     "INSERT INTO doc_entities(id,doc,idx,type,name,aliases,n_mentions,entity,spans)"
     " VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)",
     1u << 8, 0},
    {"facts",
     "SELECT id, type, a0, a1, a2, neg, status, modality, time_value, place, source, amount_text, amount_value,"
     " currency, rejected, n_evidence FROM facts ORDER BY id",
     "INSERT INTO facts(id,type,a0,a1,a2,neg,status,modality,time_value,place,source,amount_text,amount_value,"
     "currency,rejected,n_evidence) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)",
     0, 0},
    {"fact_evidence",
     "SELECT id, doc, fact, type, de0, de1, de2, de_from, place_de, source_de, neg, status, modality, start, end,"
     " time_text, time_value, amount_text, amount_value, currency, confidence FROM fact_evidence ORDER BY id",
     "INSERT INTO fact_evidence(id,doc,fact,type,de0,de1,de2,de_from,place_de,source_de,neg,status,modality,start,"
     "\"end\",time_text,time_value,amount_text,amount_value,currency,confidence)"
     " VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)",
     0, 0},
    {"resolution", "SELECT de, why, matched, joined FROM resolution",
     "INSERT INTO resolution(de,why,matched,joined) VALUES($1,$2,$3,$4)", 0, 0},
    /* who made a SQLite store's corrections was never recorded */
    {"corrections", "SELECT id, kind, a, b, created_at, applied FROM corrections ORDER BY id",
     "INSERT INTO corrections(id,kind,a,b,created_at,applied,who) VALUES($1,$2,$3,$4,$5,$6,'')", 0, 0},
    {"watchlist", "SELECT id, name, key, created_at FROM watchlist ORDER BY id",
     "INSERT INTO watchlist(id,name,key,created_at) VALUES($1,$2,$3,$4)", 0, 0},
    {"alerts", "SELECT id, watch, entity, entity_name, doc, created_at FROM alerts ORDER BY id",
     "INSERT INTO alerts(id,watch,entity,entity_name,doc,created_at) VALUES($1,$2,$3,$4,$5,$6)", 0, 0},
    {"api_tokens", "SELECT name, hash, created_at, revoked_at FROM api_tokens",
     "INSERT INTO api_tokens(name,hash,created_at,revoked_at) VALUES($1,$2,$3,$4)", 0, 1},
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

/* Copies one table; *n gets the rows copied. */
static int copy_table(sqlite3 *db, tl_store_pg *p, const mig_table *t, int64_t *n, tl_store_migrate_fn progress,
                      void *ctx, tl_error *err) {
    sqlite3_stmt *st;
    *n = 0;
    if (sqlite3_prepare_v2(db, t->select, -1, &st, NULL) != SQLITE_OK) {
        if (t->optional) return TL_OK;
        return sq_fail(db, err, t->name);
    }
    int ncol = sqlite3_column_count(st);
    char stmt_name[64];
    snprintf(stmt_name, sizeof stmt_name, "tl_mig_%s", t->name);
    PGresult *pr = PQprepare(p->c, stmt_name, t->insert, ncol, NULL);
    if (!pr || PQresultStatus(pr) != PGRES_COMMAND_OK) {
        if (err) {
            err->code = TL_EDB;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, "PostgreSQL (%s): %s", t->name, PQerrorMessage(p->c));
        }
        PQclear(pr);
        sqlite3_finalize(st);
        return TL_EDB;
    }
    PQclear(pr);
    const char *vals[32];
    int lens[32], fmt[32];
    int rc = TL_OK, src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < ncol && i < 32; i++) {
            int blob = (t->blobs >> i) & 1;
            if (sqlite3_column_type(st, i) == SQLITE_NULL) {
                vals[i] = NULL;
                lens[i] = 0;
                fmt[i] = 0;
            } else if (blob) {
                const void *b = sqlite3_column_blob(st, i);
                lens[i] = sqlite3_column_bytes(st, i);
                vals[i] = b ? b : "";
                fmt[i] = 1;
            } else {
                vals[i] = (const char *)sqlite3_column_text(st, i);
                lens[i] = 0;
                fmt[i] = 0;
            }
        }
        PGresult *r = PQexecPrepared(p->c, stmt_name, ncol, vals, lens, fmt, 0);
        if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
            if (err) {
                err->code = TL_EDB;
                err->offset = -1;
                const char *m = PQerrorMessage(p->c);
                snprintf(err->msg, sizeof err->msg, "PostgreSQL (%s, row %lld): %.*s", t->name, (long long)*n + 1,
                         (int)strcspn(m, "\n"), m);
            }
            PQclear(r);
            rc = TL_EDB;
            break;
        }
        PQclear(r);
        (*n)++;
        if (progress && *n % 10000 == 0) progress(ctx, t->name, *n);
    }
    if (rc == TL_OK && src != SQLITE_DONE) rc = sq_fail(db, err, t->name);
    sqlite3_finalize(st);
    char dealloc[96];
    snprintf(dealloc, sizeof dealloc, "DEALLOCATE %s", stmt_name);
    if (rc == TL_OK) rc = tl_store_pg_exec(p, dealloc, err);
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
    if (!rc)
        rc = tl_store_pg_exec(p,
                              "UPDATE sentences s SET tsv=to_tsvector('simple', convert_from(substring(d.text from"
                              " s.start+1 for s.\"end\"-s.start),'UTF8')) FROM documents d WHERE d.id=s.doc",
                              err);
    if (!rc) rc = tl_store_pg_exec(p, "COMMIT", err);
    if (rc && p) tl_store_pg_exec(p, "ROLLBACK", NULL);
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(db);
    tl_store_pg_disconnect(p);
    if (!rc && n_rows) *n_rows = total;
    return rc;
}
