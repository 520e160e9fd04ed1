/* tl_store_sqlite_doc.c -- the SQLite backend's document view (text with its mention and evidence spans) and API tokens. */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include "tl_store_backend.h"

static int fail(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

static int db_fail(sqlite3 *db, tl_error *err, const char *what) {
    if (err) {
        err->code = TL_EDB;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s: %s", what, sqlite3_errmsg(db));
    }
    return TL_EDB;
}

static const char *col(sqlite3_stmt *st, int i) {
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? (const char *)t : "";
}

/* Reads one unsigned LEB128 varint at *p (below end); 0 when truncated. */
static int varint(const unsigned char **p, const unsigned char *end, uint64_t *out) {
    uint64_t v = 0;
    for (int shift = 0; *p < end && shift < 64; shift += 7) {
        unsigned char c = *(*p)++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) { *out = v; return 1; }
    }
    return 0;
}

int tl_store_sqlite_document(void *impl, const char *sha256, tl_store_doctext_cb doc_cb,
                             tl_store_span_cb span_cb, void *ctx, tl_error *err) {
    sqlite3 *db = tl_store_sqlite_db(impl);
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT id, sha256, path, coalesce(title,''), published, coalesce(url,''), text,"
                               " ingested_at FROM documents WHERE sha256=?1", -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, err, "document");
    sqlite3_bind_text(st, 1, sha256 ? sha256 : "", -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(st);
        return rc == SQLITE_DONE ? fail(err, TL_ENOTFOUND, "no such document") : db_fail(db, err, "document");
    }
    int64_t doc = sqlite3_column_int64(st, 0);
    tl_store_doc d = {doc, col(st, 1), col(st, 2), col(st, 3), col(st, 4), col(st, 5), 0, col(st, 7)};
    const char *text = sqlite3_column_blob(st, 6);
    size_t len = (size_t)sqlite3_column_bytes(st, 6);
    int stop = doc_cb ? doc_cb(ctx, &d, text ? text : "", len) : 0;
    sqlite3_finalize(st);
    if (stop || !span_cb) return TL_OK;

    /* mentions: each document entity's spans are zigzag start deltas and
     * lengths, as varints (see the store's layer 1) */
    if (sqlite3_prepare_v2(db, "SELECT coalesce(entity,0), type, spans FROM doc_entities WHERE doc=?1 ORDER BY idx",
                           -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, err, "document entities");
    sqlite3_bind_int64(st, 1, doc);
    while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        const unsigned char *p = sqlite3_column_blob(st, 2), *end = p + sqlite3_column_bytes(st, 2);
        int64_t last = 0;
        uint64_t zz, n;
        while (!stop && p && varint(&p, end, &zz) && varint(&p, end, &n)) {
            int64_t start = last + (int64_t)((zz >> 1) ^ (~(zz & 1) + 1));
            last = start;
            if (start < 0 || (uint64_t)start + n > len) continue; /* never point outside the text */
            tl_store_span sp = {0, (uint32_t)start, (uint32_t)(start + (int64_t)n), sqlite3_column_int64(st, 0),
                                sqlite3_column_int(st, 1), -1};
            stop = span_cb(ctx, &sp);
        }
    }
    sqlite3_finalize(st);
    if (stop) return TL_OK;
    if (rc != SQLITE_DONE) return db_fail(db, err, "document entities");

    if (sqlite3_prepare_v2(db, "SELECT coalesce(fact,0), type, modality, start, end FROM fact_evidence"
                               " WHERE doc=?1 ORDER BY start, id", -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, err, "document evidence");
    sqlite3_bind_int64(st, 1, doc);
    while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t s0 = sqlite3_column_int64(st, 3), s1 = sqlite3_column_int64(st, 4);
        if (s0 < 0 || s1 < s0 || (uint64_t)s1 > len) continue;
        tl_store_span sp = {1, (uint32_t)s0, (uint32_t)s1, sqlite3_column_int64(st, 0), sqlite3_column_int(st, 1),
                            sqlite3_column_int(st, 2)};
        stop = span_cb(ctx, &sp);
    }
    sqlite3_finalize(st);
    return stop || rc == SQLITE_DONE ? TL_OK : db_fail(db, err, "document evidence");
}

/* ---- API tokens ----------------------------------------------------------
 * The table is made on the first token, not by a migration: a store that
 * never served writes has none, and read-only connections only ask whether
 * it exists. */
static const char TOKENS_DDL[] =
    "CREATE TABLE IF NOT EXISTS api_tokens(name TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE,"
    " created_at TEXT NOT NULL, revoked_at TEXT NOT NULL DEFAULT '')";

static int has_tokens(sqlite3 *db, int *yes, tl_error *err) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name='api_tokens'", -1, &st,
                           NULL) != SQLITE_OK)
        return db_fail(db, err, "tokens");
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(db, err, "tokens");
    *yes = rc == SQLITE_ROW;
    return TL_OK;
}

/* Runs one statement with up to two text parameters; *changes gets the
 * number of rows it changed. */
static int run2(sqlite3 *db, const char *sql, const char *a, const char *b, int *changes, tl_error *err) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return db_fail(db, err, "tokens");
    if (a) sqlite3_bind_text(st, 1, a, -1, SQLITE_TRANSIENT);
    if (b) sqlite3_bind_text(st, 2, b, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return rc == SQLITE_CONSTRAINT ? fail(err, TL_EINVAL, "a token of that name exists")
                                                          : db_fail(db, err, "tokens");
    if (changes) *changes = sqlite3_changes(db);
    return TL_OK;
}

int tl_store_sqlite_token_add(void *impl, const char *name, const char *hash, tl_error *err) {
    sqlite3 *db = tl_store_sqlite_db(impl);
    if (!name || !*name || !hash || !*hash) return fail(err, TL_EINVAL, "a token needs a name");
    if (sqlite3_exec(db, TOKENS_DDL, NULL, NULL, NULL) != SQLITE_OK) return db_fail(db, err, "tokens");
    int rc = run2(db, "DELETE FROM api_tokens WHERE name=?1 AND revoked_at != ''", name, NULL, NULL, err);
    if (rc == TL_OK)
        rc = run2(db, "INSERT INTO api_tokens(name, hash, created_at) VALUES(?1, ?2,"
                      " strftime('%Y-%m-%dT%H:%M:%SZ','now'))", name, hash, NULL, err);
    return rc;
}

int tl_store_sqlite_token_revoke(void *impl, const char *name, tl_error *err) {
    sqlite3 *db = tl_store_sqlite_db(impl);
    int yes = 0, n = 0, rc = has_tokens(db, &yes, err);
    if (rc != TL_OK) return rc;
    if (yes && (rc = run2(db, "UPDATE api_tokens SET revoked_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')"
                              " WHERE name=?1 AND revoked_at=''", name ? name : "", NULL, &n, err)) != TL_OK)
        return rc;
    return n ? TL_OK : fail(err, TL_ENOTFOUND, "no valid token of that name");
}

int tl_store_sqlite_token_list(void *impl, tl_store_token_cb cb, void *ctx, tl_error *err) {
    sqlite3 *db = tl_store_sqlite_db(impl);
    int yes = 0, rc = has_tokens(db, &yes, err);
    if (rc != TL_OK || !yes) return rc;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT name, created_at, revoked_at FROM api_tokens ORDER BY created_at, name", -1,
                           &st, NULL) != SQLITE_OK)
        return db_fail(db, err, "tokens");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_token t = {col(st, 0), col(st, 1), col(st, 2)};
        if (cb(ctx, &t)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? TL_OK : db_fail(db, err, "tokens");
}

int tl_store_sqlite_token_check(void *impl, const char *hash, int *valid, tl_error *err) {
    sqlite3 *db = tl_store_sqlite_db(impl);
    int yes = 0, rc = has_tokens(db, &yes, err);
    *valid = 0;
    if (rc != TL_OK || !yes || !hash) return rc;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM api_tokens WHERE hash=?1 AND revoked_at=''", -1, &st, NULL) !=
        SQLITE_OK)
        return db_fail(db, err, "tokens");
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(db, err, "tokens");
    *valid = rc == SQLITE_ROW;
    return TL_OK;
}

int tl_store_sqlite_token_name(void *impl, const char *hash, char *out, size_t cap, tl_error *err) {
    sqlite3 *db = tl_store_sqlite_db(impl);
    int yes = 0, rc = has_tokens(db, &yes, err);
    out[0] = 0;
    if (rc != TL_OK || !yes || !hash) return rc;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT name FROM api_tokens WHERE hash=?1 AND revoked_at=''", -1, &st, NULL) !=
        SQLITE_OK)
        return db_fail(db, err, "tokens");
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) snprintf(out, cap, "%s", col(st, 0));
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(db, err, "tokens");
    return TL_OK;
}
