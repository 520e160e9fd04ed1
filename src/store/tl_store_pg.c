/* tl_store_pg.c -- the PostgreSQL backend of the store: connection, schema, ingest with resolution under an advisory lock, corrections. */
#include "tl_store_pg.h"
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
#define NOW "to_char(now() AT TIME ZONE 'UTC','YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

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

static int fail(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

static int db_fail(tl_store_pg *p, tl_error *err, const char *what) {
    if (err) {
        err->code = TL_EDB;
        err->offset = -1;
        const char *m = p && p->c ? PQerrorMessage(p->c) : "no connection";
        snprintf(err->msg, sizeof err->msg, "PostgreSQL (%s): %.*s", what, (int)strcspn(m, "\n"), m);
    }
    return TL_EDB;
}

PGresult *tl_store_pg_query_bin(tl_store_pg *p, const char *sql, int n, const char *const *vals, const int *lens,
                                const int *binary, const char *what, tl_error *err) {
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

/* Runs a statement with parameters, no rows wanted; TL_OK or TL_EDB. */
static int run(tl_store_pg *p, const char *sql, int n, const char *const *vals, const char *what, tl_error *err) {
    PGresult *r = tl_store_pg_query(p, sql, n, vals, what, err);
    if (!r) return TL_EDB;
    PQclear(r);
    return TL_OK;
}

/* The first column of the first row as an integer, 0 when no row, -1 on
 * error (err filled). */
static int64_t scalar(tl_store_pg *p, const char *sql, int n, const char *const *vals, tl_error *err) {
    PGresult *r = tl_store_pg_query(p, sql, n, vals, "query", err);
    if (!r) return -1;
    int64_t v = PQntuples(r) && !PQgetisnull(r, 0, 0) ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : 0;
    PQclear(r);
    return v;
}

/* An id as a parameter: its decimal digits in buf, or NULL (SQL NULL) for 0. */
static const char *idp(char *buf, int64_t id) {
    if (!id) return NULL;
    snprintf(buf, 24, "%" PRId64, id);
    return buf;
}
static const char *ip(char *buf, int64_t v) {
    snprintf(buf, 24, "%" PRId64, v);
    return buf;
}

int tl_store_pg_schema(tl_store_pg *p, tl_error *err) {
    if (tl_store_pg_exec(p, "SELECT pg_advisory_lock(" SCHEMA_LOCK ")", err)) return TL_EDB;
    int rc = tl_store_pg_exec(p, "SET client_min_messages=warning", err);
    if (!rc) rc = tl_store_pg_exec(p, SCHEMA, err);
    tl_store_pg_exec(p, "SELECT pg_advisory_unlock(" SCHEMA_LOCK ")", NULL);
    return rc;
}

int tl_store_pg_connect(const char *conninfo, tl_store_pg **out, tl_error *err) {
    tl_store_pg *p = calloc(1, sizeof *p);
    if (!p) return fail(err, TL_ENOMEM, "out of memory");
    p->c = PQconnectdb(conninfo);
    if (!p->c || PQstatus(p->c) != CONNECTION_OK) {
        db_fail(p, err, "connect");
        tl_store_pg_disconnect(p);
        return TL_EDB;
    }
    /* bytea as hex, ints as decimal text, UTF-8 text: what the code reads */
    if (tl_store_pg_exec(p, "SET client_encoding='UTF8'; SET bytea_output='hex'; SET client_min_messages=warning",
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
static int begin_one(tl_store_pg *p, tl_error *err) {
    if (p->group || p->bulk) return tl_store_pg_exec(p, "SAVEPOINT tl_doc", err);
    return begin_write(p, err);
}
static int end_one(tl_store_pg *p, int ok, tl_error *err) {
    if (p->group || p->bulk) {
        if (ok) return tl_store_pg_exec(p, "RELEASE SAVEPOINT tl_doc", err);
        tl_store_pg_exec(p, "ROLLBACK TO SAVEPOINT tl_doc", NULL);
        tl_store_pg_exec(p, "RELEASE SAVEPOINT tl_doc", NULL);
        return TL_OK;
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

/* ---- array parameters ---------------------------------------------------------- */
/* A growing text buffer (for array literals and alias lists). */
typedef struct sbuf {
    char *v;
    size_t n, cap;
    int oom;
} sbuf;
static void sb_add(sbuf *b, const char *s, size_t n) {
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->n + n + 1) cap *= 2;
        char *v = realloc(b->v, cap);
        if (!v) { b->oom = 1; return; }
        b->v = v;
        b->cap = cap;
    }
    if (n) memcpy(b->v + b->n, s, n);
    b->n += n;
    b->v[b->n] = 0;
}
static void sb_num(sbuf *b, int64_t x) {
    char t[24];
    int n = snprintf(t, sizeof t, "%" PRId64, x);
    sb_add(b, t, (size_t)n);
}

/* A PostgreSQL array literal being built ({1,NULL,"text"}): one bound
 * parameter carries a column of many rows, so that a document's rows of a
 * table go to the server in one statement (one round trip) through
 * unnest(), not one statement per row. */
typedef struct arr {
    sbuf b;
    size_t n;
} arr;

static void arr_sep(arr *a) { sb_add(&a->b, a->n++ ? "," : "{", 1); }
static void arr_int(arr *a, int64_t v) {
    arr_sep(a);
    sb_num(&a->b, v);
}
/* An id, NULL for 0. */
static void arr_id(arr *a, int64_t v) {
    if (v) {
        arr_int(a, v);
        return;
    }
    arr_sep(a);
    sb_add(&a->b, "NULL", 4);
}
/* An element given as its own text (a number). */
static void arr_raw(arr *a, const char *s) {
    arr_sep(a);
    sb_add(&a->b, s, strlen(s));
}
/* Text of n bytes, quoted; NUL bytes are dropped (a text value cannot
 * hold them). */
static void arr_txt(arr *a, const char *s, size_t n) {
    arr_sep(a);
    sb_add(&a->b, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c != '"' && c != '\\' && c != 0) continue;
        sb_add(&a->b, s + run, i - run);
        if (c) {
            sb_add(&a->b, "\\", 1);
            sb_add(&a->b, &c, 1);
        }
        run = i + 1;
    }
    sb_add(&a->b, s + run, n - run);
    sb_add(&a->b, "\"", 1);
}
static void arr_str(arr *a, const char *s) { arr_txt(a, s ? s : "", s ? strlen(s) : 0); }
/* Closes the literal (call once); returns it, or NULL when out of memory. */
static const char *arr_done(arr *a) {
    if (!a->n) sb_add(&a->b, "{", 1);
    sb_add(&a->b, "}", 1);
    return a->b.oom ? NULL : a->b.v;
}
static void arr_free(arr *a, int m) {
    for (int i = 0; i < m; i++) {
        free(a[i].b.v);
        a[i] = (arr){{0}, 0};
    }
}

/* Runs sql with `scalar` as $1 (when not NULL) and the m array literals
 * of cols after it, then frees the arrays.  *out gets the result when out
 * is not NULL.  TL_OK, TL_ENOMEM or TL_EDB. */
static int run_arrays(tl_store_pg *p, const char *sql, const char *scalar, arr *cols, int m, const char *what,
                      PGresult **out, tl_error *err) {
    const char *v[32];
    int n = 0, rc = TL_OK;
    if (scalar) v[n++] = scalar;
    for (int i = 0; i < m && n < 32; i++)
        if (!(v[n++] = arr_done(&cols[i]))) rc = fail(err, TL_ENOMEM, "out of memory");
    if (!rc) {
        PGresult *r = tl_store_pg_query(p, sql, n, v, what, err);
        if (!r) rc = TL_EDB;
        else if (out) *out = r;
        else PQclear(r);
    }
    arr_free(cols, m);
    return rc;
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* n new ids from sequence `seq`, ascending, into ids: rows then written
 * with their ids known, in one statement, and linked without reading them
 * back.  TL_OK or TL_EDB. */
static int new_ids(tl_store_pg *p, const char *seq, size_t n, int64_t *ids, tl_error *err) {
    if (!n) return TL_OK;
    char nb[24];
    const char *v[2] = {seq, ip(nb, (int64_t)n)};
    PGresult *r = tl_store_pg_query(p, "SELECT nextval($1::regclass) FROM generate_series(1, $2::int)", 2, v, "ids",
                                    err);
    if (!r) return TL_EDB;
    if ((size_t)PQntuples(r) != n) {
        PQclear(r);
        return fail(err, TL_EDB, "PostgreSQL: fewer new ids than asked");
    }
    for (size_t i = 0; i < n; i++) ids[i] = strtoll(PQgetvalue(r, (int)i, 0), NULL, 10);
    PQclear(r);
    qsort(ids, n, sizeof *ids, cmp_i64);
    return TL_OK;
}

/* ---- names and resolution ---------------------------------------------------- */
/* Rows of entity_names being gathered: key, kind, entity, name, origin. */
typedef struct namerows {
    arr c[5];
} namerows;

/* Adds the lookup keys of one surface name of an entity (the kinds of
 * tl_resolve.h, as the SQLite backend keeps them). */
static void name_rows(namerows *nr, int64_t entity, int type, const char *name, size_t len, int origin) {
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX];
    if (!tl_resolve_key(name, len, key, sizeof key)) return;
#define ADD(K, KIND)                                                                                      \
    do {                                                                                                  \
        arr_str(&nr->c[0], K);                                                                            \
        arr_int(&nr->c[1], KIND);                                                                         \
        arr_int(&nr->c[2], entity);                                                                       \
        arr_txt(&nr->c[3], name, len);                                                                    \
        arr_int(&nr->c[4], origin);                                                                       \
    } while (0)
    ADD(key, TL_KEY_EXACT);
    if (tl_resolve_variant(key, type, k2, sizeof k2)) ADD(k2, TL_KEY_PHON);
    if (tl_resolve_words(key) >= 2) {
        if (type == TL_PERSON) {
            if (tl_resolve_surname(key, k2, sizeof k2)) ADD(k2, TL_KEY_SUR);
        } else if (tl_resolve_acronym(key, k2, sizeof k2)) {
            ADD(k2, TL_KEY_ACR);
            /* "DoJ" for "Department of Justice", as the SQLite backend keys it */
            char k3[TL_RESOLVE_KEY_MAX];
            if (tl_namekey_acronym2(key, 1, k3, sizeof k3) && strcmp(k2, k3)) ADD(k3, TL_KEY_ACR);
        }
    }
    if (tl_resolve_is_short_form(name, len)) ADD(key, TL_KEY_SHORT);
#undef ADD
}

/* Writes the gathered names (one statement) and empties nr.  TL_OK,
 * TL_ENOMEM or TL_EDB. */
static int names_flush(tl_store_pg *p, namerows *nr, tl_error *err) {
    if (!nr->c[0].n) {
        arr_free(nr->c, 5);
        return TL_OK;
    }
    return run_arrays(p,
                      "INSERT INTO entity_names(key,kind,entity,name,origin) SELECT DISTINCT * FROM"
                      " unnest($1::text[], $2::int[], $3::bigint[], $4::text[], $5::int[]) ON CONFLICT DO NOTHING",
                      NULL, nr->c, 5, "names", NULL, err);
}

/* Adds the lookup keys of one name of an entity.  TL_OK, TL_ENOMEM or
 * TL_EDB. */
static int add_name(tl_store_pg *p, int64_t entity, int type, const char *name, size_t len, int origin,
                    tl_error *err) {
    namerows nr = {0};
    name_rows(&nr, entity, type, name, len, origin);
    return names_flush(p, &nr, err);
}

/* The names of a document entity: its name, then its aliases. */
typedef struct dnames {
    const char *name[65];
    size_t len[65];
    int n;
} dnames;

static void doc_names(const tl_entity *en, dnames *out) {
    out->n = 0;
    out->name[out->n] = en->name.ptr ? en->name.ptr : "";
    out->len[out->n++] = en->name.len;
    for (uint32_t k = 0; k < en->n_aliases && out->n < 65; k++) {
        out->name[out->n] = en->aliases[k].ptr;
        out->len[out->n++] = en->aliases[k].len;
    }
}

/* "Fuller" name for the canonical form: more words, then more bytes. */
static int fuller(const char *a, size_t la, const char *b) {
    int wa = 1, wb = 1;
    for (size_t i = 0; i < la; i++) wa += a[i] == ' ';
    for (const char *q = b; *q; q++) wb += *q == ' ';
    return wa != wb ? wa > wb : la > strlen(b);
}

/* A document entity being resolved: type and names in; its entity,
 * whether that was created, and why it joined (for `show --why`) out. */
typedef struct dent {
    int type;
    dnames dn;
    int64_t ent;
    int why, created;
    char matched[512], joined[512];
} dent;

/* The passes of resolution, strongest match first: exact keys, then
 * transliteration keys, then acronyms (the SQLite backend's strength 3,
 * 2 and 2). */
enum { PASS_EXACT, PASS_PHON, PASS_ACRONYM, N_PASSES };

/* The lookup keys of name i of a document entity for a pass into keys
 * (kinds[k] the stored key kind each is looked up as); returns how many
 * (0 to 3).  A one-word alias of a longer name is a surname or a short
 * form: too weak alone to join two documents' entities, unless it is an
 * acronym looked up as one.  An acronym ("IRGC") is looked up among the
 * acronyms of stored names, and the acronyms of a multi-word name that is
 * not a person's among the stored acronyms. */
static int lookup_keys(const dent *x, int i, int pass, char keys[3][TL_RESOLVE_KEY_MAX], int *kinds) {
    char key[TL_RESOLVE_KEY_MAX];
    if (!tl_resolve_key(x->dn.name[i], x->dn.len[i], key, sizeof key)) return 0;
    int words = tl_resolve_words(key), n = 0;
    if (pass == PASS_ACRONYM) {
        if (tl_resolve_is_short_form(x->dn.name[i], x->dn.len[i])) {
            snprintf(keys[n], TL_RESOLVE_KEY_MAX, "%s", key);
            kinds[n++] = TL_KEY_ACR;
        }
        if (words >= 2 && x->type != TL_PERSON && tl_resolve_acronym(key, keys[n], TL_RESOLVE_KEY_MAX)) {
            kinds[n++] = TL_KEY_SHORT;
            if (tl_namekey_acronym2(key, 1, keys[n], TL_RESOLVE_KEY_MAX) && strcmp(keys[n - 1], keys[n]))
                kinds[n++] = TL_KEY_SHORT;
        }
        return n;
    }
    if (i > 0 && words < 2) return 0;
    if (pass == PASS_PHON) {
        if (!tl_resolve_variant(key, x->type, keys[0], TL_RESOLVE_KEY_MAX)) return 0;
        kinds[0] = TL_KEY_PHON;
        return 1;
    }
    snprintf(keys[0], TL_RESOLVE_KEY_MAX, "%s", key);
    kinds[0] = TL_KEY_EXACT;
    return 1;
}

/* A stored name key's entity, as the lookup of a document's keys read it. */
typedef struct cand {
    int kind, type;
    const char *key, *name;
    int64_t entity;
} cand;

static int cmp_cand(const void *a, const void *b) {
    const cand *x = a, *y = b;
    if (x->kind != y->kind) return x->kind - y->kind;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    return x->entity < y->entity ? -1 : x->entity > y->entity;
}

/* Resolves a document's entities v[0..n) and records them: each joins the
 * oldest stored entity of a compatible type, not taken by an earlier
 * entity of the same document, sharing an exact key with one of its
 * names, else one sharing a transliteration key (a fuller name becoming
 * the entity's canonical one unless an analyst pinned it), or a new
 * entity is created; its names are added.  In a handful of statements
 * whatever the number of entities: the keys of every name are looked up
 * at once and the choices made in memory, which gives what entity-by-entity
 * statements would, since what an earlier entity of the document writes
 * only touches the entity it took.  TL_OK, TL_ENOMEM or TL_EDB. */
static int resolve_doc(tl_store_pg *p, dent *v, size_t n, tl_error *err) {
    if (!n) return TL_OK;
    arr q[2] = {{{0}, 0}, {{0}, 0}};
    char ks[3][TL_RESOLVE_KEY_MAX];
    int kinds[3];
    for (size_t i = 0; i < n; i++)
        for (int pass = 0; pass < N_PASSES; pass++)
            for (int j = 0; j < v[i].dn.n; j++)
                for (int m = 0, nk = lookup_keys(&v[i], j, pass, ks, kinds); m < nk; m++) {
                    arr_str(&q[0], ks[m]);
                    arr_int(&q[1], kinds[m]);
                }
    PGresult *r = NULL;
    int rc = run_arrays(p,
                        "SELECT DISTINCT n.key, n.kind, n.entity, e.type, e.name FROM entity_names n JOIN entities e"
                        " ON e.id=n.entity WHERE (n.key, n.kind) IN (SELECT * FROM unnest($1::text[], $2::int[]))",
                        NULL, q, 2, "resolution", &r, err);
    if (rc) return rc;
    size_t nc = (size_t)PQntuples(r), n_new = 0;
    cand *c = malloc((nc + 1) * sizeof *c);
    int64_t *ids = malloc((n + 1) * sizeof *ids);
    if (!c || !ids) {
        rc = fail(err, TL_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < nc; i++)
        c[i] = (cand){atoi(PQgetvalue(r, (int)i, 1)), atoi(PQgetvalue(r, (int)i, 3)), PQgetvalue(r, (int)i, 0),
                      PQgetvalue(r, (int)i, 4), strtoll(PQgetvalue(r, (int)i, 2), NULL, 10)};
    qsort(c, nc, sizeof *c, cmp_cand);
    for (size_t i = 0; i < n; i++) {
        dent *x = &v[i];
        x->ent = 0;
        x->why = 0;
        for (int pass = 0; pass < N_PASSES && !x->ent; pass++) {
            for (int j = 0; j < x->dn.n && !x->ent; j++) {
                int nk = lookup_keys(x, j, pass, ks, kinds);
                for (int t = 0; t < nk && !x->ent; t++) {
                    const char *k = ks[t];
                    int kind = kinds[t];
                    /* the first candidate of (kind, key): binary search */
                    size_t lo = 0, hi = nc;
                    while (lo < hi) {
                        size_t mid = (lo + hi) / 2;
                        int d = c[mid].kind != kind ? c[mid].kind - kind : strcmp(c[mid].key, k);
                        if (d < 0) lo = mid + 1;
                        else hi = mid;
                    }
                    for (size_t m = lo; m < nc && c[m].kind == kind && strcmp(c[m].key, k) == 0 && !x->ent; m++) {
                        if (!tl_resolve_types_compatible(x->type, c[m].type)) continue;
                        int used = 0;
                        for (size_t u = 0; u < i && !used; u++) used = v[u].ent == c[m].entity;
                        if (used) continue;
                        x->ent = c[m].entity;
                        x->why = pass == PASS_ACRONYM ? TL_WHY_ACRONYM
                                 : pass == PASS_PHON  ? TL_WHY_TRANSLIT
                                 : j == 0             ? TL_WHY_NAME
                                                      : TL_WHY_ALIAS;
                        snprintf(x->matched, sizeof x->matched, "%.*s", (int)x->dn.len[j], x->dn.name[j]);
                        snprintf(x->joined, sizeof x->joined, "%s", c[m].name);
                    }
                }
            }
        }
        x->created = x->ent == 0;
        /* a placeholder: new entities get their ids below, in this order */
        if (x->created) x->ent = -(int64_t)++n_new;
    }
    PQclear(r);
    r = NULL;
    if ((rc = new_ids(p, "entities_id_seq", n_new, ids, err))) goto done;
    arr ne[4] = {{{0}, 0}}, up[3] = {{{0}, 0}};
    for (size_t i = 0; i < n; i++) {
        dent *x = &v[i];
        char key[TL_RESOLVE_KEY_MAX] = "";
        size_t ln = x->dn.len[0] < 1023 ? x->dn.len[0] : 1023;
        tl_resolve_key(x->dn.name[0], x->dn.len[0], key, sizeof key);
        if (x->created) {
            x->ent = ids[-x->ent - 1];
            arr_int(&ne[0], x->ent);
            arr_int(&ne[1], x->type);
            arr_txt(&ne[2], x->dn.name[0], ln);
            arr_str(&ne[3], key);
        } else if (fuller(x->dn.name[0], x->dn.len[0], x->joined)) {
            arr_int(&up[0], x->ent);
            arr_txt(&up[1], x->dn.name[0], ln);
            arr_str(&up[2], key);
        }
    }
    if (ne[0].n)
        rc = run_arrays(p,
                        "INSERT INTO entities(id,type,name,key) SELECT * FROM unnest($1::bigint[], $2::int[],"
                        " $3::text[], $4::text[])",
                        NULL, ne, 4, "entities", NULL, err);
    arr_free(ne, 4);
    if (!rc && up[0].n)
        rc = run_arrays(p,
                        "UPDATE entities e SET name=u.name, key=u.key FROM unnest($1::bigint[], $2::text[],"
                        " $3::text[]) AS u(id, name, key) WHERE e.id=u.id AND e.pinned=0",
                        NULL, up, 3, "entities", NULL, err);
    arr_free(up, 3);
    if (!rc) {
        namerows nr = {0};
        for (size_t i = 0; i < n; i++)
            for (int j = 0; j < v[i].dn.n; j++) name_rows(&nr, v[i].ent, v[i].type, v[i].dn.name[j], v[i].dn.len[j], 0);
        rc = names_flush(p, &nr, err);
    }
done:
    PQclear(r);
    free(c);
    free(ids);
    return rc;
}

/* Writes the resolution reasons of document entities des[i] (v[i].why set). */
static int write_resolution(tl_store_pg *p, const dent *v, const int64_t *des, size_t n, tl_error *err) {
    arr c[4] = {{{0}, 0}};
    for (size_t i = 0; i < n; i++) {
        if (!v[i].why) continue;
        arr_int(&c[0], des[i]);
        arr_int(&c[1], v[i].why);
        arr_str(&c[2], v[i].matched);
        arr_str(&c[3], v[i].joined);
    }
    if (!c[0].n) {
        arr_free(c, 4);
        return TL_OK;
    }
    return run_arrays(p,
                      "INSERT INTO resolution(de,why,matched,joined) SELECT * FROM unnest($1::bigint[], $2::int[],"
                      " $3::text[], $4::text[])",
                      NULL, c, 4, "resolution", NULL, err);
}

/* ---- ingest ------------------------------------------------------------------ */
static int symmetric(int type) { return type == TL_ASSOCIATE_OF || type == TL_FAMILY_OF || type == TL_MET; }

static tl_str span_str(const tl_doc *d, tl_span sp) {
    if (sp.end <= sp.start || sp.end > d->len) return (tl_str){"", 0};
    return (tl_str){d->text + sp.start, sp.end - sp.start};
}

/* A NUL-terminated copy of a span (into buf, truncated to cap). */
static const char *cstr(char *buf, size_t cap, tl_str s) {
    snprintf(buf, cap, "%.*s", (int)s.len, s.ptr ? s.ptr : "");
    return buf;
}

/* Varint (as the SQLite backend codes mention spans). */
static int varint_put(sbuf *b, uint64_t x) {
    do {
        char c = (char)(x & 0x7f);
        x >>= 7;
        if (x) c = (char)(c | 0x80);
        sb_add(b, &c, 1);
    } while (x);
    return !b->oom;
}

/* What the graph needs of a piece of evidence, and the state of a fact. */
typedef struct ev_sig {
    int type, neg, status, modality;
    int64_t a0, a1, a2, place, source;
    char time_value[40], amount_text[256], currency[16];
    double amount;
} ev_sig;

/* A fact while a batch of evidence is attached: its state now, how much
 * evidence the batch added, whether it is stored already. */
typedef struct fstate {
    int64_t id; /* for a new fact: -(its rank among the new) until ids are given */
    ev_sig s;
    int64_t added;
    int stored;
} fstate;

/* 1 when two times agree: either is missing, or one is a prefix of the
 * other (2019 and 2019-05). */
static int times_agree(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (!la || !lb) return 1;
    return la <= lb ? strncmp(a, b, la) == 0 : strncmp(a, b, lb) == 0;
}

/* Attaches pieces of evidence s[0..n) (entity ids set; a0 not 0) to facts:
 * each supports the oldest fact of its type, arguments and negation whose
 * time and place agree with it (time a prefix of the other, places equal,
 * or one missing), updated as the SQLite backend updates it, or a new
 * fact.  fact[i] gets the id, created[i] 1 for a fact it created.  The
 * candidate facts are read in one statement and the matching done in
 * memory, evidence by evidence in order, so that it gives what one
 * statement per piece of evidence gave; then changed facts are updated
 * and new ones inserted, a statement each.  TL_OK, TL_ENOMEM or TL_EDB. */
static int attach_facts(tl_store_pg *p, ev_sig *s, size_t n, int64_t *fact, int *created, tl_error *err) {
    if (!n) return TL_OK;
    arr q[5] = {{{0}, 0}};
    for (size_t i = 0; i < n; i++) {
        ev_sig *x = &s[i];
        if (symmetric(x->type) && x->a0 && x->a1 && x->a1 < x->a0) {
            int64_t t = x->a0;
            x->a0 = x->a1;
            x->a1 = t;
        }
        arr_int(&q[0], x->a0);
        arr_id(&q[1], x->a1);
        arr_int(&q[2], x->type);
        arr_id(&q[3], x->a2);
        arr_int(&q[4], x->neg);
    }
    PGresult *r = NULL;
    int rc = run_arrays(p,
                        "SELECT f.id, f.type, f.a0, coalesce(f.a1,0), coalesce(f.a2,0), f.neg, f.status, f.modality,"
                        " f.time_value, coalesce(f.place,0), coalesce(f.source,0), f.amount_text, f.amount_value,"
                        " f.currency FROM facts f WHERE f.id IN (SELECT f.id FROM (SELECT DISTINCT * FROM"
                        " unnest($1::bigint[], $2::bigint[], $3::int[], $4::bigint[], $5::int[])) AS u(a0,a1,type,a2,neg)"
                        " JOIN facts f ON f.a0=u.a0 AND f.a1 IS NOT DISTINCT FROM u.a1 AND f.type=u.type"
                        " AND f.a2 IS NOT DISTINCT FROM u.a2 AND f.neg=u.neg) ORDER BY f.id",
                        NULL, q, 5, "facts", &r, err);
    if (rc) return rc;
    size_t nf = (size_t)PQntuples(r), cap = nf + n, n_new = 0;
    fstate *f = calloc(cap + 1, sizeof *f);
    int64_t *ids = malloc((n + 1) * sizeof *ids);
    if (!f || !ids) {
        rc = fail(err, TL_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < nf; i++) {
#define C(k) strtoll(PQgetvalue(r, (int)i, k), NULL, 10)
        f[i].id = C(0);
        f[i].stored = 1;
        f[i].s = (ev_sig){(int)C(1), (int)C(5), (int)C(6), (int)C(7), C(2), C(3), C(4), C(9), C(10), "", "", "",
                          strtod(PQgetvalue(r, (int)i, 12), NULL)};
#undef C
        snprintf(f[i].s.time_value, sizeof f[i].s.time_value, "%s", PQgetvalue(r, (int)i, 8));
        snprintf(f[i].s.amount_text, sizeof f[i].s.amount_text, "%s", PQgetvalue(r, (int)i, 11));
        snprintf(f[i].s.currency, sizeof f[i].s.currency, "%s", PQgetvalue(r, (int)i, 13));
    }
    PQclear(r);
    r = NULL;
    /* oldest first: stored facts by id, then the new ones as created */
    size_t nall = nf;
    for (size_t i = 0; i < n; i++) {
        const ev_sig *x = &s[i];
        size_t m = 0;
        for (; m < nall; m++) {
            const ev_sig *y = &f[m].s;
            if (y->a0 == x->a0 && y->a1 == x->a1 && y->type == x->type && y->a2 == x->a2 && y->neg == x->neg &&
                times_agree(y->time_value, x->time_value) && (!x->place || !y->place || y->place == x->place))
                break;
        }
        if (m == nall) {
            f[nall].id = -(int64_t)++n_new;
            f[nall].s = *x;
            f[nall].added = 1;
            created[i] = 1;
            fact[i] = f[nall++].id;
            continue;
        }
        ev_sig *y = &f[m].s;
        f[m].added++;
        created[i] = 0;
        fact[i] = f[m].id;
        if (x->modality < y->modality) y->modality = x->modality;
        if (y->status == 0) y->status = x->status;
        if (x->time_value[0] && (!y->time_value[0] || strcmp(x->time_value, y->time_value) < 0))
            snprintf(y->time_value, sizeof y->time_value, "%s", x->time_value);
        if (!y->place) y->place = x->place;
        if (!y->source) y->source = x->source;
        if (!y->amount_text[0]) {
            y->amount = x->amount;
            snprintf(y->currency, sizeof y->currency, "%s", x->currency);
            snprintf(y->amount_text, sizeof y->amount_text, "%s", x->amount_text);
        }
    }
    if ((rc = new_ids(p, "facts_id_seq", n_new, ids, err))) goto done;
    for (size_t i = 0; i < n; i++)
        if (fact[i] < 0) fact[i] = ids[-fact[i] - 1];
    arr u[10] = {{{0}, 0}}, w[15] = {{{0}, 0}};
    for (size_t m = 0; m < nall; m++) {
        const ev_sig *y = &f[m].s;
        char amt[40];
        snprintf(amt, sizeof amt, "%.17g", y->amount);
        if (!f[m].added) continue;
        arr *c = f[m].stored ? u : w;
        int k = 0;
        arr_int(&c[k++], f[m].stored ? f[m].id : ids[-f[m].id - 1]);
        if (!f[m].stored) {
            arr_int(&c[k++], y->type);
            arr_int(&c[k++], y->a0);
            arr_id(&c[k++], y->a1);
            arr_id(&c[k++], y->a2);
            arr_int(&c[k++], y->neg);
        }
        arr_int(&c[k++], f[m].added);
        arr_int(&c[k++], y->status);
        arr_int(&c[k++], y->modality);
        arr_str(&c[k++], y->time_value);
        arr_id(&c[k++], y->place);
        arr_id(&c[k++], y->source);
        arr_str(&c[k++], y->amount_text);
        arr_raw(&c[k++], amt);
        arr_str(&c[k++], y->currency);
    }
    if (u[0].n)
        rc = run_arrays(p,
                        "UPDATE facts f SET n_evidence=f.n_evidence+u.added, status=u.status, modality=u.modality,"
                        " time_value=u.tv, place=u.place, source=u.source, amount_text=u.at, amount_value=u.av,"
                        " currency=u.cur FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::text[],"
                        " $6::bigint[], $7::bigint[], $8::text[], $9::float8[], $10::text[])"
                        " AS u(id, added, status, modality, tv, place, source, at, av, cur) WHERE f.id=u.id",
                        NULL, u, 10, "facts", NULL, err);
    arr_free(u, 10);
    if (!rc && w[0].n)
        rc = run_arrays(p,
                        "INSERT INTO facts(id,type,a0,a1,a2,neg,n_evidence,status,modality,time_value,place,source,"
                        "amount_text,amount_value,currency) SELECT * FROM unnest($1::bigint[], $2::int[],"
                        " $3::bigint[], $4::bigint[], $5::bigint[], $6::int[], $7::int[], $8::int[], $9::int[],"
                        " $10::text[], $11::bigint[], $12::bigint[], $13::text[], $14::float8[], $15::text[])",
                        NULL, w, 15, "facts", NULL, err);
    arr_free(w, 15);
done:
    PQclear(r);
    free(f);
    free(ids);
    return rc;
}

/* Stores layer 1 of a document under row `doc`: sentences (with their
 * tsvector), document entities, evidence, each table in one statement.
 * With `resolve` (ingest) layer 2 is built in the same pass; without it
 * (reindex) the links stay NULL for rebuild_graph.  de_ids: the ids of
 * its document entities when the caller took them already (else NULL).
 * r may be NULL. */
static int store_layer1(tl_store_pg *p, int64_t doc, const tl_doc *d, int resolve, const int64_t *de_ids,
                        tl_store_ingest_result *r, tl_error *err) {
    char b[4][24];
    tl_store_ingest_result ignore = {0};
    if (!r) r = &ignore;
    const char *docp = ip(b[0], doc);
    /* sentences in one statement from two int arrays, the document's
     * sentence id range in the same */
    arr sc[2] = {{{0}, 0}};
    for (uint32_t i = 0; i < d->n_sentences; i++) {
        const tl_sentence *se = &d->sentences[i];
        if (se->end <= se->start || se->end > d->len) continue;
        arr_int(&sc[0], se->start);
        arr_int(&sc[1], se->end);
    }
    int rc = TL_OK;
    if (sc[0].n) {
        /* the text as a parameter too: cut from the stored (toasted) row,
         * each sentence would decompress the whole document again */
        const char *v[4] = {docp, arr_done(&sc[0]), arr_done(&sc[1]), d->text ? d->text : ""};
        int lens[4] = {0, 0, 0, (int)d->len}, bin[4] = {0, 0, 0, 1};
        PGresult *res = NULL;
        if (!v[1] || !v[2]) rc = fail(err, TL_ENOMEM, "out of memory");
        else
            res = tl_store_pg_query_bin(p,
                                        "WITH s AS (INSERT INTO sentences(doc,start,\"end\",tsv) SELECT $1::bigint, u.s,"
                                        " u.e, to_tsvector('simple', convert_from(substring($4::bytea from u.s+1 for"
                                        " u.e-u.s),'UTF8')) FROM unnest($2::int[], $3::int[]) WITH ORDINALITY AS"
                                        " u(s,e,o) ORDER BY u.o RETURNING id)"
                                        " UPDATE documents SET sent_first=coalesce((SELECT min(id) FROM s),0),"
                                        " sent_last=coalesce((SELECT max(id) FROM s),-1) WHERE id=$1::bigint",
                                        4, v, lens, bin, "sentences", err);
        if (!rc && !res) rc = TL_EDB;
        PQclear(res);
    }
    arr_free(sc, 2);
    if (rc) return rc;

    size_t ne = d->n_entities, nf = d->n_facts;
    int64_t *de = calloc(ne + 1, sizeof *de), *fact = calloc(nf + 1, sizeof *fact);
    int *fcreated = calloc(nf + 1, sizeof *fcreated);
    size_t *fidx = calloc(nf + 1, sizeof *fidx);
    ev_sig *sig = calloc(nf + 1, sizeof *sig);
    dent *v = calloc(ne + 1, sizeof *v);
    sbuf *spans = calloc(ne + 1, sizeof *spans);
    int64_t *last = calloc(ne + 1, sizeof *last);
    if (!de || !fact || !fcreated || !fidx || !sig || !v || !spans || !last) {
        rc = fail(err, TL_ENOMEM, "out of memory");
        goto done;
    }
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->entity < 0 || (uint32_t)m->entity >= ne || m->end < m->start) continue;
        int64_t dz = (int64_t)m->start - last[m->entity];
        if (!varint_put(&spans[m->entity], ((uint64_t)dz << 1) ^ (uint64_t)(dz >> 63)) ||
            !varint_put(&spans[m->entity], (uint64_t)(m->end - m->start))) {
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto done;
        }
        last[m->entity] = (int64_t)m->start;
    }
    for (size_t i = 0; i < ne; i++) {
        v[i].type = (int)d->entities[i].type;
        doc_names(&d->entities[i], &v[i].dn);
    }
    if (resolve && (rc = resolve_doc(p, v, ne, err))) goto done;
    if (de_ids) memcpy(de, de_ids, ne * sizeof *de);
    else if ((rc = new_ids(p, "doc_entities_id_seq", ne, de, err))) goto done;
    if (ne) {
        arr c[8] = {{{0}, 0}};
        static const char hex[] = "0123456789abcdef";
        for (size_t i = 0; i < ne; i++) {
            const tl_entity *en = &d->entities[i];
            if (resolve) {
                if (v[i].created) r->n_entities_new++;
                else r->n_entities_joined++;
            }
            char nm[1024];
            cstr(nm, sizeof nm, en->name);
            arr_int(&c[0], de[i]);
            arr_int(&c[1], (int64_t)i);
            arr_int(&c[2], en->type);
            arr_str(&c[3], nm);
            /* aliases joined by U+001F, as the SQLite backend keeps them */
            sbuf al = {0};
            sb_add(&al, "", 0);
            for (int k = 1; k < v[i].dn.n; k++) {
                if (k > 1) sb_add(&al, "\x1f", 1);
                sb_add(&al, v[i].dn.name[k], v[i].dn.len[k]);
            }
            arr_txt(&c[4], al.v ? al.v : "", al.n);
            if (al.oom) c[4].b.oom = 1;
            free(al.v);
            arr_int(&c[5], en->n_mentions);
            arr_id(&c[6], v[i].ent);
            /* the spans BLOB as hex text, decoded by the server */
            sbuf hx = {0};
            sb_add(&hx, "", 0);
            for (size_t k = 0; k < spans[i].n; k++) {
                unsigned char ch = (unsigned char)spans[i].v[k];
                char two[2] = {hex[ch >> 4], hex[ch & 15]};
                sb_add(&hx, two, 2);
            }
            arr_txt(&c[7], hx.v ? hx.v : "", hx.n);
            if (hx.oom) c[7].b.oom = 1;
            free(hx.v);
        }
        rc = run_arrays(p,
                        "INSERT INTO doc_entities(id,doc,idx,type,name,aliases,n_mentions,entity,spans)"
                        " SELECT u.id, $1::bigint, u.idx, u.type, u.name, u.aliases, u.nm, u.ent, decode(u.sp,'hex')"
                        " FROM unnest($2::bigint[], $3::int[], $4::int[], $5::text[], $6::text[], $7::int[],"
                        " $8::bigint[], $9::text[]) AS u(id, idx, type, name, aliases, nm, ent, sp)",
                        docp, c, 8, "document entities", NULL, err);
        if (rc) goto done;
        if (resolve && (rc = write_resolution(p, v, de, ne, err))) goto done;
    }
#define DE(x) ((x) >= 0 && (size_t)(x) < ne ? de[(x)] : 0)
#define ENT(x) ((x) >= 0 && (size_t)(x) < ne ? v[(x)].ent : 0)
    size_t n_ev = 0;
    for (uint32_t i = 0; i < nf; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type >= TL_FACT_TYPE_COUNT || DE(f->args[0]) == 0) continue;
        ev_sig *s = &sig[n_ev];
        *s = (ev_sig){(int)f->type, f->modality == TL_NEGATED, f->status, f->modality, ENT(f->args[0]),
                      ENT(f->args[1]), ENT(f->args[2]), ENT(f->place), ENT(f->source), "", "", "", f->amount_value};
        snprintf(s->time_value, sizeof s->time_value, "%.*s", (int)strnlen(f->time_value, sizeof f->time_value),
                 f->time_value);
        snprintf(s->currency, sizeof s->currency, "%.*s", (int)strnlen(f->currency, sizeof f->currency),
                 f->currency);
        cstr(s->amount_text, sizeof s->amount_text, span_str(d, f->amount_text));
        fidx[n_ev++] = i;
    }
    /* the evidence keeps the fact's own field values: copy them before
     * attach_facts orders a symmetric fact's arguments */
    if (resolve && n_ev) {
        ev_sig *keep = malloc(n_ev * sizeof *keep);
        if (!keep) {
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto done;
        }
        memcpy(keep, sig, n_ev * sizeof *keep);
        rc = attach_facts(p, keep, n_ev, fact, fcreated, err);
        free(keep);
        if (rc) goto done;
        for (size_t i = 0; i < n_ev; i++) {
            if (fcreated[i]) r->n_facts_new++;
            else r->n_facts_joined++;
        }
    }
    if (n_ev) {
        arr c[19] = {{{0}, 0}};
        for (size_t e = 0; e < n_ev; e++) {
            const tl_fact *f = &d->facts[fidx[e]];
            const ev_sig *s = &sig[e];
            char ttext[256], amt[32], conf[32];
            cstr(ttext, sizeof ttext, span_str(d, f->time_text));
            snprintf(amt, sizeof amt, "%.17g", f->amount_value);
            snprintf(conf, sizeof conf, "%.9g", f->confidence);
            int k = 0;
            arr_int(&c[k++], f->type);
            arr_id(&c[k++], DE(f->args[0]));
            arr_id(&c[k++], DE(f->args[1]));
            arr_id(&c[k++], DE(f->args[2]));
            arr_id(&c[k++], DE(f->from));
            arr_id(&c[k++], DE(f->place));
            arr_id(&c[k++], DE(f->source));
            arr_int(&c[k++], s->neg);
            arr_int(&c[k++], f->status);
            arr_int(&c[k++], f->modality);
            arr_int(&c[k++], f->evidence.start);
            arr_int(&c[k++], f->evidence.end);
            arr_str(&c[k++], ttext);
            arr_str(&c[k++], s->time_value);
            arr_str(&c[k++], s->amount_text);
            arr_raw(&c[k++], amt);
            arr_str(&c[k++], s->currency);
            arr_raw(&c[k++], conf);
            arr_id(&c[k++], resolve ? fact[e] : 0);
        }
        rc = run_arrays(p,
                        "INSERT INTO fact_evidence(doc,type,de0,de1,de2,de_from,place_de,source_de,neg,status,"
                        "modality,start,\"end\",time_text,time_value,amount_text,amount_value,currency,confidence,fact)"
                        " SELECT $1::bigint, * FROM unnest($2::int[], $3::bigint[], $4::bigint[], $5::bigint[],"
                        " $6::bigint[], $7::bigint[], $8::bigint[], $9::int[], $10::int[], $11::int[], $12::int[],"
                        " $13::int[], $14::text[], $15::text[], $16::text[], $17::float8[], $18::text[],"
                        " $19::float8[], $20::bigint[])",
                        docp, c, 19, "evidence", NULL, err);
    }
#undef DE
#undef ENT
done:
    for (size_t i = 0; spans && i < ne; i++) free(spans[i].v);
    free(spans);
    free(last);
    free(de);
    free(fact);
    free(fcreated);
    free(fidx);
    free(sig);
    free(v);
    return rc;
}

/* ---- rebuilding layer 2 ----------------------------------------------------- */
/* Rows of evidence re-attached per statement by refacts. */
#define REFACT_CHUNK 4096

/* Re-derives every fact from the evidence and the entities its document
 * entities now belong to (after a merge or a split moved some), oldest
 * evidence first. */
static int refacts(tl_store_pg *p, tl_error *err) {
    if (tl_store_pg_exec(p, "UPDATE fact_evidence SET fact=NULL; DELETE FROM facts", err)) return TL_EDB;
    PGresult *r = tl_store_pg_query(p,
                                    "SELECT v.id, v.type, v.neg, v.status, v.modality, coalesce(d0.entity,0),"
                                    " coalesce(d1.entity,0), coalesce(d2.entity,0), coalesce(dp.entity,0),"
                                    " coalesce(ds.entity,0), v.time_value, v.amount_text, v.amount_value, v.currency"
                                    " FROM fact_evidence v LEFT JOIN doc_entities d0 ON d0.id=v.de0"
                                    " LEFT JOIN doc_entities d1 ON d1.id=v.de1 LEFT JOIN doc_entities d2 ON d2.id=v.de2"
                                    " LEFT JOIN doc_entities dp ON dp.id=v.place_de"
                                    " LEFT JOIN doc_entities ds ON ds.id=v.source_de ORDER BY v.id",
                                    0, NULL, "evidence", err);
    if (!r) return TL_EDB;
    int rc = TL_OK;
    ev_sig *s = malloc(REFACT_CHUNK * sizeof *s);
    int64_t *ev = malloc(REFACT_CHUNK * sizeof *ev), *fact = malloc(REFACT_CHUNK * sizeof *fact);
    int *created = malloc(REFACT_CHUNK * sizeof *created);
    if (!s || !ev || !fact || !created) rc = fail(err, TL_ENOMEM, "out of memory");
    int rows = PQntuples(r);
    for (int i = 0; i < rows && !rc;) {
        size_t n = 0;
        for (; i < rows && n < REFACT_CHUNK; i++) {
#define C(k) strtoll(PQgetvalue(r, i, k), NULL, 10)
            if (!C(5)) continue;
            s[n] = (ev_sig){(int)C(1), (int)C(2), (int)C(3), (int)C(4), C(5), C(6), C(7), C(8), C(9), "", "", "",
                            strtod(PQgetvalue(r, i, 12), NULL)};
            ev[n] = C(0);
#undef C
            snprintf(s[n].time_value, sizeof s[n].time_value, "%s", PQgetvalue(r, i, 10));
            snprintf(s[n].amount_text, sizeof s[n].amount_text, "%s", PQgetvalue(r, i, 11));
            snprintf(s[n].currency, sizeof s[n].currency, "%s", PQgetvalue(r, i, 13));
            n++;
        }
        if (!n || (rc = attach_facts(p, s, n, fact, created, err))) continue;
        arr c[2] = {{{0}, 0}};
        for (size_t k = 0; k < n; k++) {
            arr_int(&c[0], ev[k]);
            arr_int(&c[1], fact[k]);
        }
        rc = run_arrays(p,
                        "UPDATE fact_evidence v SET fact=u.f FROM unnest($1::bigint[], $2::bigint[]) AS u(id, f)"
                        " WHERE v.id=u.id",
                        NULL, c, 2, "evidence", NULL, err);
    }
    free(s);
    free(ev);
    free(fact);
    free(created);
    PQclear(r);
    return rc;
}

static int reapply_corrections(tl_store_pg *p, tl_error *err);

/* Resolves the document entities rows[first..end) of one document (id,
 * type, name, aliases) and links them: two statements besides
 * resolve_doc's. */
static int relink_doc(tl_store_pg *p, PGresult *r, int first, int end, tl_error *err) {
    size_t n = (size_t)(end - first);
    dent *v = calloc(n + 1, sizeof *v);
    int64_t *des = calloc(n + 1, sizeof *des);
    int rc = TL_OK;
    if (!v || !des) rc = fail(err, TL_ENOMEM, "out of memory");
    for (size_t k = 0; k < n && !rc; k++) {
        int i = first + (int)k;
        dent *x = &v[k];
        des[k] = strtoll(PQgetvalue(r, i, 0), NULL, 10);
        x->type = atoi(PQgetvalue(r, i, 2));
        x->dn.name[0] = PQgetvalue(r, i, 3);
        x->dn.len[0] = strlen(x->dn.name[0]);
        x->dn.n = 1;
        for (const char *q = PQgetvalue(r, i, 4); *q && x->dn.n < 65;) {
            const char *e = strchr(q, '\x1f');
            size_t ln = e ? (size_t)(e - q) : strlen(q);
            if (ln) {
                x->dn.name[x->dn.n] = q;
                x->dn.len[x->dn.n++] = ln;
            }
            q = e ? e + 1 : q + ln;
        }
    }
    if (!rc) rc = resolve_doc(p, v, n, err);
    if (!rc) {
        arr c[2] = {{{0}, 0}};
        for (size_t k = 0; k < n; k++) {
            arr_int(&c[0], des[k]);
            arr_int(&c[1], v[k].ent);
        }
        rc = run_arrays(p,
                        "UPDATE doc_entities d SET entity=u.e FROM unnest($1::bigint[], $2::bigint[]) AS u(id, e)"
                        " WHERE d.id=u.id",
                        NULL, c, 2, "document entities", NULL, err);
    }
    if (!rc) rc = write_resolution(p, v, des, n, err);
    free(v);
    free(des);
    return rc;
}

/* Drops layer 2 and derives it again from every document, oldest first,
 * then re-applies the corrections. */
static int rebuild_graph(tl_store_pg *p, tl_error *err) {
    if (tl_store_pg_exec(p,
                         "UPDATE doc_entities SET entity=NULL; UPDATE fact_evidence SET fact=NULL;"
                         " UPDATE alerts SET entity=NULL; DELETE FROM resolution; DELETE FROM facts;"
                         " DELETE FROM entity_names; DELETE FROM entities",
                         err))
        return TL_EDB;
    PGresult *r = tl_store_pg_query(p, "SELECT id, doc, type, name, aliases FROM doc_entities ORDER BY doc, idx", 0,
                                    NULL, "document entities", err);
    if (!r) return TL_EDB;
    int rc = TL_OK, rows = PQntuples(r);
    for (int i = 0; i < rows && !rc;) {
        int j = i + 1;
        while (j < rows && strcmp(PQgetvalue(r, j, 1), PQgetvalue(r, i, 1)) == 0) j++;
        rc = relink_doc(p, r, i, j, err);
        i = j;
    }
    PQclear(r);
    if (!rc) rc = refacts(p, err);
    if (!rc) rc = tl_store_pg_exec(p,
                                   "UPDATE alerts a SET entity=(SELECT min(n.entity) FROM watchlist w JOIN entity_names n"
                                   " ON n.key=w.key AND n.kind=0 WHERE w.id=a.watch)", err);
    if (!rc) rc = reapply_corrections(p, err);
    return rc;
}

/* ---- corrections ---------------------------------------------------------- */
int tl_store_pg_find_ids(tl_store_pg *p, const char *name, int64_t *ids, int cap, int *n, tl_error *err);

/* One entity for a name, or TL_ENOTFOUND (none or several). */
static int find_one(tl_store_pg *p, const char *name, int64_t *e, tl_error *err) {
    int64_t ids[2];
    int n = 0;
    int rc = tl_store_pg_find_ids(p, name, ids, 2, &n, err);
    if (rc) return rc;
    if (n != 1) {
        if (err) {
            err->code = TL_ENOTFOUND;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, n ? "'%s' is ambiguous (%d entities)" : "no entity named '%s'", name,
                     n);
        }
        return TL_ENOTFOUND;
    }
    *e = ids[0];
    return TL_OK;
}

/* Recomputes an entity's names from its document entities and the names
 * analysts gave it (after a split moved some documents away). */
static int rebuild_names(tl_store_pg *p, int64_t e, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, e)};
    if (run(p, "DELETE FROM entity_names WHERE entity=$1 AND origin=0", 1, v, "names", err)) return TL_EDB;
    PGresult *r = tl_store_pg_query(p, "SELECT type, name, aliases FROM doc_entities WHERE entity=$1 ORDER BY id", 1,
                                    v, "names", err);
    if (!r) return TL_EDB;
    int rc = TL_OK;
    for (int i = 0; i < PQntuples(r) && !rc; i++) {
        int type = atoi(PQgetvalue(r, i, 0));
        const char *nm = PQgetvalue(r, i, 1);
        rc = add_name(p, e, type, nm, strlen(nm), 0, err);
        for (const char *q = PQgetvalue(r, i, 2); !rc && *q;) {
            const char *x = strchr(q, '\x1f');
            size_t n = x ? (size_t)(x - q) : strlen(q);
            if (n) rc = add_name(p, e, type, q, n, 0, err);
            q = x ? x + 1 : q + n;
        }
    }
    PQclear(r);
    return rc;
}

/* 1 when one of a document entity's names (name, aliases) has key `key`. */
static int names_have_key(const char *name, const char *aliases, const char *key) {
    char k[TL_RESOLVE_KEY_MAX];
    if (tl_resolve_key(name, strlen(name), k, sizeof k) && strcmp(k, key) == 0) return 1;
    for (const char *q = aliases; *q;) {
        const char *x = strchr(q, '\x1f');
        size_t n = x ? (size_t)(x - q) : strlen(q);
        if (n && tl_resolve_key(q, n, k, sizeof k) && strcmp(k, key) == 0) return 1;
        q = x ? x + 1 : q + n;
    }
    return 0;
}

/* Applies one recorded correction to the current graph.  *applied: it
 * took effect; *moved: document entities changed entity (facts must be
 * re-derived).  A correction whose names no longer resolve is skipped. */
static int apply_correction(tl_store_pg *p, int kind, const char *a, const char *bn, int *applied, int *moved,
                            tl_error *err) {
    int64_t ea = 0, eb = 0;
    tl_error ignore;
    char b[2][24];
    *applied = 0;
    if (kind == TL_CORR_REJECT) {
        char sig[1600], *part[5];
        int n = 0;
        snprintf(sig, sizeof sig, "%s", a);
        part[n++] = sig;
        for (char *c = sig; *c && n < 5; c++)
            if (*c == '|') { *c = 0; part[n++] = c + 1; }
        if (n != 5) return TL_OK;
        int64_t ar[3] = {0, 0, 0};
        for (int i = 0; i < 3; i++)
            if (part[2 + i][0] && find_one(p, part[2 + i], &ar[i], &ignore) != TL_OK) return TL_OK;
        int type = atoi(part[0]);
        if (symmetric(type) && ar[0] && ar[1] && ar[1] < ar[0]) { int64_t t = ar[0]; ar[0] = ar[1]; ar[1] = t; }
        char c[5][24];
        const char *v[5] = {idp(c[0], ar[0]), idp(c[1], ar[1]), ip(c[2], type), idp(c[3], ar[2]), ip(c[4], atoi(part[1]))};
        int64_t f = scalar(p,
                           "SELECT id FROM facts WHERE a0 IS NOT DISTINCT FROM $1::bigint AND a1 IS NOT DISTINCT FROM"
                           " $2::bigint AND type=$3::int AND a2 IS NOT DISTINCT FROM $4::bigint AND neg=$5::int"
                           " ORDER BY id LIMIT 1", 5, v, err);
        if (f < 0) return TL_EDB;
        if (!f) return TL_OK;
        *applied = 1;
        const char *fv[1] = {ip(b[0], f)};
        return run(p, "UPDATE facts SET rejected=1 WHERE id=$1", 1, fv, "reject", err);
    }
    if (find_one(p, a, &ea, &ignore) != TL_OK) return TL_OK;
    const char *v[2] = {ip(b[0], ea), NULL};
    switch (kind) {
    case TL_CORR_MERGE: {
        if (find_one(p, bn, &eb, &ignore) != TL_OK) return TL_OK;
        *applied = 1;
        if (ea == eb) return TL_OK;
        *moved = 1;
        const char *mv[2] = {ip(b[0], eb), ip(b[1], ea)};
        /* the kept entity's name stays unless the dropped one was pinned */
        static const char *const sql[] = {
            "UPDATE doc_entities SET entity=$2 WHERE entity=$1",
            "INSERT INTO entity_names(key,kind,entity,name,origin) SELECT key,kind,$2,name,origin FROM entity_names"
            " WHERE entity=$1 ON CONFLICT DO NOTHING",
            "UPDATE entities k SET name=d.name, key=d.key, pinned=1 FROM entities d WHERE k.id=$2 AND d.id=$1"
            " AND d.pinned=1 AND k.pinned=0",
            "UPDATE facts SET place=$2 WHERE place=$1", "UPDATE facts SET source=$2 WHERE source=$1",
            "UPDATE alerts SET entity=$2 WHERE entity=$1", "UPDATE facts SET a0=NULL, a1=NULL, a2=NULL"
            " WHERE a0=$1 OR a1=$1 OR a2=$1 OR $2::bigint IS NULL"};
        for (size_t i = 0; i < sizeof sql / sizeof *sql; i++)
            if (run(p, sql[i], 2, mv, "merge", err)) return TL_EDB;
        if (run(p, "DELETE FROM entity_names WHERE entity=$1", 1, mv, "merge", err) ||
            run(p, "DELETE FROM entities WHERE id=$1", 1, mv, "merge", err))
            return TL_EDB;
        return TL_OK;
    }
    case TL_CORR_SPLIT: {
        char key[TL_RESOLVE_KEY_MAX];
        tl_resolve_key(bn, strlen(bn), key, sizeof key);
        PGresult *r = tl_store_pg_query(p, "SELECT id, name, aliases, type FROM doc_entities WHERE entity=$1"
                                           " ORDER BY id", 1, v, "split", err);
        if (!r) return TL_EDB;
        int n = PQntuples(r), hit = 0;
        for (int i = 0; i < n; i++) hit += names_have_key(PQgetvalue(r, i, 1), PQgetvalue(r, i, 2), key);
        /* applied only when some documents leave and some stay */
        int rc = TL_OK;
        if (hit > 0 && hit < n) {
            *applied = *moved = 1;
            int type = atoi(PQgetvalue(r, 0, 3));
            const char *kv[2] = {key, v[0]};
            int64_t target = scalar(p, "SELECT min(n.entity) FROM entity_names n WHERE n.key=$1 AND n.kind=0"
                                       " AND n.entity != $2::bigint", 2, kv, err);
            if (target < 0) rc = TL_EDB;
            if (!rc && target == 0) {
                char tb[24];
                const char *ev[3] = {ip(tb, type), bn, key};
                target = scalar(p, "INSERT INTO entities(type,name,key) VALUES($1,$2,$3) RETURNING id", 3, ev, err);
                if (target <= 0) rc = TL_EDB;
                if (!rc) rc = add_name(p, target, type, bn, strlen(bn), 1, err);
            }
            for (int i = 0; i < n && !rc; i++) {
                if (!names_have_key(PQgetvalue(r, i, 1), PQgetvalue(r, i, 2), key)) continue;
                const char *mv[2] = {PQgetvalue(r, i, 0), ip(b[1], target)};
                rc = run(p, "UPDATE doc_entities SET entity=$2 WHERE id=$1", 2, mv, "split", err);
            }
            if (!rc) rc = rebuild_names(p, ea, err);
            if (!rc) rc = rebuild_names(p, target, err);
        }
        PQclear(r);
        return rc;
    }
    case TL_CORR_RENAME: {
        char key[TL_RESOLVE_KEY_MAX];
        tl_resolve_key(bn, strlen(bn), key, sizeof key);
        const char *rv[3] = {v[0], bn, key};
        if (run(p, "UPDATE entities SET name=$2, key=$3, pinned=1 WHERE id=$1", 3, rv, "rename", err)) return TL_EDB;
        int64_t ty = scalar(p, "SELECT type FROM entities WHERE id=$1", 1, v, err);
        *applied = 1;
        return ty < 0 ? TL_EDB : add_name(p, ea, (int)ty, bn, strlen(bn), 1, err);
    }
    case TL_CORR_ALIAS_ADD: {
        int64_t ty = scalar(p, "SELECT type FROM entities WHERE id=$1", 1, v, err);
        *applied = 1;
        return ty < 0 ? TL_EDB : add_name(p, ea, (int)ty, bn, strlen(bn), 1, err);
    }
    case TL_CORR_ALIAS_REMOVE: {
        char key[TL_RESOLVE_KEY_MAX];
        tl_resolve_key(bn, strlen(bn), key, sizeof key);
        const char *rv[2] = {v[0], key};
        *applied = 1;
        return run(p, "DELETE FROM entity_names WHERE entity=$1 AND name IN (SELECT name FROM entity_names"
                      " WHERE entity=$1 AND kind=0 AND key=$2)", 2, rv, "alias", err);
    }
    default:
        return TL_OK;
    }
}

/* Re-applies every recorded correction, oldest first: entity corrections,
 * then (when entities moved) the facts derived again, then rejections. */
static int reapply_corrections(tl_store_pg *p, tl_error *err) {
    PGresult *r = tl_store_pg_query(p, "SELECT id, kind, a, coalesce(b,'') FROM corrections ORDER BY id", 0, NULL,
                                    "corrections", err);
    if (!r) return TL_EDB;
    int rc = TL_OK, moved = 0;
    int *applied = calloc((size_t)PQntuples(r) + 1, sizeof *applied);
    if (!applied) rc = fail(err, TL_ENOMEM, "out of memory");
    for (int pass = 0; pass < 2 && !rc; pass++) {
        if (pass == 1 && moved && (rc = refacts(p, err))) break;
        for (int i = 0; i < PQntuples(r) && !rc; i++) {
            int kind = atoi(PQgetvalue(r, i, 1));
            if ((kind == TL_CORR_REJECT) != (pass == 1)) continue;
            rc = apply_correction(p, kind, PQgetvalue(r, i, 2), PQgetvalue(r, i, 3), &applied[i], &moved, err);
        }
    }
    for (int i = 0; i < PQntuples(r) && !rc; i++) {
        char b[24];
        const char *v[2] = {PQgetvalue(r, i, 0), ip(b, applied[i])};
        rc = run(p, "UPDATE corrections SET applied=$2 WHERE id=$1 AND applied != $2::int", 2, v, "corrections", err);
    }
    free(applied);
    PQclear(r);
    return rc;
}

/* Who a correction is recorded as: the name set by tl_store_set_actor (an
 * API token's name), else the OS user. */
static const char *actor(tl_store_pg *p) {
    if (p->actor[0]) return p->actor;
    const char *u = getenv("USER");
    if (!u || !*u) u = getenv("LOGNAME");
    return u && *u ? u : "unknown";
}

static int pg_correct(void *impl, int kind, const char *a, const char *b, int64_t fact, int64_t *id,
                      tl_error *err) {
    tl_store_pg *p = impl;
    int force = (kind & TL_CORR_FORCE) != 0;
    kind &= ~TL_CORR_FORCE;
    if (kind < 0 || kind >= TL_CORR_KIND_COUNT) return fail(err, TL_EINVAL, "unknown correction");
    char sig[1600], ra[512], rb[512], kb[24], fb[24];
    int64_t ea = 0, eb = 0;
    int rc;
    if (kind == TL_CORR_REJECT) {
        const char *v[1] = {ip(fb, fact)};
        PGresult *r = tl_store_pg_query(p,
                                        "SELECT f.type, f.neg, coalesce(e0.name,''), coalesce(e1.name,''),"
                                        " coalesce(e2.name,''), f.rejected FROM facts f LEFT JOIN entities e0"
                                        " ON e0.id=f.a0 LEFT JOIN entities e1 ON e1.id=f.a1 LEFT JOIN entities e2"
                                        " ON e2.id=f.a2 WHERE f.id=$1",
                                        1, v, "fact", err);
        if (!r) return TL_EDB;
        if (!PQntuples(r)) {
            PQclear(r);
            if (err) {
                err->code = TL_ENOTFOUND;
                err->offset = -1;
                snprintf(err->msg, sizeof err->msg, "no fact %lld", (long long)fact);
            }
            return TL_ENOTFOUND;
        }
        /* by the names of its arguments, which survive a rebuild; ids do not */
        snprintf(sig, sizeof sig, "%s|%s|%s|%s|%s", PQgetvalue(r, 0, 0), PQgetvalue(r, 0, 1), PQgetvalue(r, 0, 2),
                 PQgetvalue(r, 0, 3), PQgetvalue(r, 0, 4));
        int rejected = atoi(PQgetvalue(r, 0, 5));
        PQclear(r);
        if (rejected) return fail(err, TL_EINVAL, "that fact is rejected already");
        a = sig;
        b = NULL;
    } else {
        if (!a || !b || !*a || !*b) return fail(err, TL_EINVAL, "a correction needs an entity and a name");
        if ((rc = find_one(p, a, &ea, err))) return rc;
        if (kind == TL_CORR_MERGE && (rc = find_one(p, b, &eb, err))) return rc;
        if (kind == TL_CORR_MERGE && ea == eb) return fail(err, TL_EINVAL, "these names are one entity already");
        char k[TL_RESOLVE_KEY_MAX] = "";
        if (kind != TL_CORR_MERGE && !tl_resolve_key(b, strlen(b), k, sizeof k))
            return fail(err, TL_EINVAL, "the name has no letters");
        char eab[24], ebb[24];
        const char *tv[2] = {ip(eab, ea), ip(ebb, eb)};
        PGresult *r = tl_store_pg_query(p, "SELECT (SELECT type FROM entities WHERE id=$1), (SELECT type FROM entities"
                                           " WHERE id=$2), (SELECT name FROM entities WHERE id=$1), (SELECT name FROM"
                                           " entities WHERE id=$2)", 2, tv, "entity", err);
        if (!r) return TL_EDB;
        int ta = atoi(PQgetvalue(r, 0, 0)), tb = atoi(PQgetvalue(r, 0, 1));
        char name_a[512], name_b[512];
        snprintf(name_a, sizeof name_a, "%s", PQgetvalue(r, 0, 2));
        snprintf(name_b, sizeof name_b, "%s", PQgetvalue(r, 0, 3));
        PQclear(r);
        if (kind == TL_CORR_MERGE && ta != tb && !force) {
            if (err) {
                err->code = TL_EINVAL;
                err->offset = -1;
                snprintf(err->msg, sizeof err->msg,
                         "'%.80s' is %s and '%.80s' is %s: not merged (--force merges them anyway)", name_a,
                         tl_ent_type_name(ta) ? tl_ent_type_name(ta) : "?", name_b,
                         tl_ent_type_name(tb) ? tl_ent_type_name(tb) : "?");
            }
            return TL_EINVAL;
        }
        const char *hv[2] = {ip(eab, ea), k};
        int64_t has_name = kind == TL_CORR_MERGE ? 0
                                                 : scalar(p, "SELECT count(*) FROM entity_names WHERE entity=$1 AND"
                                                             " key=$2 AND kind=0", 2, hv, err);
        if (has_name < 0) return TL_EDB;
        if (kind == TL_CORR_RENAME && strcmp(name_a, b) == 0)
            return fail(err, TL_EINVAL, "that is its name already: nothing to change");
        if (kind == TL_CORR_ALIAS_ADD && has_name > 0)
            return fail(err, TL_EINVAL, "that is one of its names already: nothing to change");
        if (kind == TL_CORR_ALIAS_REMOVE && has_name == 0)
            return fail(err, TL_EINVAL, "that is not one of its names: nothing to change");
        if (kind == TL_CORR_ALIAS_ADD && !force) {
            int64_t other[8];
            int n = 0;
            if ((rc = tl_store_pg_find_ids(p, b, other, 8, &n, err))) return rc;
            for (int i = 0; i < n && i < 8; i++)
                if (other[i] != ea) {
                    if (err) {
                        err->code = TL_EINVAL;
                        err->offset = -1;
                        snprintf(err->msg, sizeof err->msg,
                                 "'%s' already names entity #%lld: not added (--force adds it anyway)", b,
                                 (long long)other[i]);
                    }
                    return TL_EINVAL;
                }
        }
        if ((rc = tl_store_record_name(&tl_store_pg_ops, p, ea, a, ra, sizeof ra, err))) return rc;
        a = ra;
        if (kind == TL_CORR_MERGE) {
            if ((rc = tl_store_record_name(&tl_store_pg_ops, p, eb, b, rb, sizeof rb, err))) return rc;
            b = rb;
        }
    }
    if ((rc = begin_one(p, err))) return rc;
    const char *dv[3] = {ip(kb, kind), a, b};
    int64_t dup = scalar(p, "SELECT id FROM corrections WHERE kind=$1::int AND a=$2 AND b IS NOT DISTINCT FROM $3"
                            " AND applied=1", 3, dv, err);
    if (dup != 0) {
        if (dup > 0 && err) {
            err->code = TL_EINVAL;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, "already recorded as correction %lld", (long long)dup);
        }
        end_one(p, 0, NULL);
        return dup > 0 ? TL_EINVAL : TL_EDB;
    }
    const char *v[4] = {ip(kb, kind), a, b, actor(p)};
    int64_t cid = scalar(p,
                         "INSERT INTO corrections(kind,a,b,created_at,applied,who) VALUES($1,$2,$3," NOW
                         ",0,$4) RETURNING id",
                         4, v, err);
    rc = cid > 0 ? TL_OK : TL_EDB;
    if (!rc) rc = reapply_corrections(p, err);
    if (!rc) {
        const char *cv[1] = {ip(fb, cid)};
        int64_t applied = scalar(p, "SELECT applied FROM corrections WHERE id=$1", 1, cv, err);
        if (applied < 0) rc = TL_EDB;
        else if (kind == TL_CORR_SPLIT && !applied)
            rc = fail(err, TL_EINVAL, "nothing to split off: no document, or every document, names the entity so "
                                      "(use 'alias remove' or 'rename')");
    }
    int rc2 = end_one(p, rc == TL_OK, err);
    if (!rc) rc = rc2;
    if (!rc && id) *id = cid;
    return rc;
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
    int rc = n == d->n_entities ? store_layer1(p, r->doc, d, 1, de, r, err)
                                : fail(err, TL_EDB, "PostgreSQL: fewer new ids than asked");
    free(de);
    if (rc || p->bulk) return rc;
    if (corrections && (rc = reapply_corrections(p, err))) return rc;
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
    int rc = begin_one(p, err);
    if (rc) return rc;
    /* checked under the writer lock: two processes given the same document
     * store it once */
    const char *v[2] = {sha ? sha : "", text_key};
    int64_t found = scalar(p, "SELECT count(*) FROM documents WHERE sha256=$1 OR text_key=$2", 2, v, err);
    if (found < 0) rc = TL_EDB;
    else if (found > 0) r.skipped = 1;
    else rc = store_doc(p, d, info, sha, text_key, &r, err);
    int rc2 = end_one(p, rc == TL_OK, err);
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
    if (!r) { end_one(p, 0, NULL); return TL_EDB; }
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
                if (!rc) rc = store_layer1(p, strtoll(v[0], NULL, 10), d, 0, NULL, NULL, err);
                tl_doc_free(d);
                done++;
            }
            PQclear(t);
        }
        if (progress) progress(progress_ctx, (uint64_t)i + 1, total);
    }
    PQclear(r);
    if (!rc) rc = rebuild_graph(p, err);
    int rc2 = end_one(p, rc == TL_OK, err);
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
    if (!rc) rc = rebuild_graph(p, err);
    int64_t e1 = rc ? 0 : scalar(p, "SELECT count(*) FROM entities", 0, NULL, err);
    int64_t f1 = rc ? 0 : scalar(p, "SELECT count(*) FROM facts", 0, NULL, err);
    if (e1 < 0 || f1 < 0) rc = TL_EDB;
    int rc2 = end_one(p, rc == TL_OK, err);
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
    if (!rc) rc = rebuild_graph(p, err);
    int rc2 = end_one(p, rc == TL_OK, err);
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
    .correct = pg_correct,
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
