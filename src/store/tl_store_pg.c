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

/* ---- names and resolution ---------------------------------------------------- */
/* Adds the lookup keys of one surface name of an entity (the kinds of
 * tl_resolve.h, as the SQLite backend keeps them). */
static int add_name(tl_store_pg *p, int64_t entity, int type, const char *name, size_t len, int origin,
                    tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX], eb[24], kb[24], ob[24];
    if (!tl_resolve_key(name, len, key, sizeof key)) return TL_OK;
    char *nm = malloc(len + 1);
    if (!nm) return fail(err, TL_ENOMEM, "out of memory");
    memcpy(nm, name, len);
    nm[len] = 0;
    int rc = TL_OK;
#define ADD(K, KIND)                                                                                      \
    do {                                                                                                  \
        const char *v[5] = {K, ip(kb, KIND), ip(eb, entity), nm, ip(ob, origin)};                         \
        if ((rc = run(p, "INSERT INTO entity_names(key,kind,entity,name,origin) VALUES($1,$2,$3,$4,$5)"    \
                         " ON CONFLICT DO NOTHING", 5, v, "names", err)))                                  \
            goto done;                                                                                    \
    } while (0)
    ADD(key, TL_KEY_EXACT);
    if (tl_resolve_variant(key, type, k2, sizeof k2)) ADD(k2, TL_KEY_PHON);
    if (tl_resolve_words(key) >= 2) {
        if (type == TL_PERSON) {
            if (tl_resolve_surname(key, k2, sizeof k2)) ADD(k2, TL_KEY_SUR);
        } else if (tl_resolve_acronym(key, k2, sizeof k2)) {
            ADD(k2, TL_KEY_ACR);
        }
    }
    if (tl_resolve_is_short_form(name, len)) ADD(key, TL_KEY_SHORT);
#undef ADD
done:
    free(nm);
    return rc;
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

/* Resolves one document entity: the oldest stored entity of a compatible
 * type (not taken by another entity of the same document) sharing an exact
 * key with one of its names, else one sharing a transliteration key, else
 * a new entity.  *e gets the entity, *why the reason, matched/joined the
 * names (for `show --why`). */
static int resolve_one(tl_store_pg *p, const tl_entity *en, const int64_t *taken, size_t n_taken, int64_t *e,
                       int *why, char *matched, char *joined, size_t cap, tl_error *err) {
    dnames dn;
    doc_names(en, &dn);
    *e = 0;
    for (int kind = TL_KEY_EXACT; kind <= TL_KEY_PHON && !*e; kind++) {
        for (int i = 0; i < dn.n && !*e; i++) {
            char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX], kb[24];
            if (!tl_resolve_key(dn.name[i], dn.len[i], key, sizeof key)) continue;
            /* a one-word alias of a longer name is a surname or a short
             * form: too weak alone to join two documents' entities */
            if (i > 0 && tl_resolve_words(key) < 2) continue;
            const char *k = key;
            if (kind == TL_KEY_PHON) {
                if (!tl_resolve_variant(key, (int)en->type, k2, sizeof k2)) continue;
                k = k2;
            }
            const char *v[2] = {k, ip(kb, kind)};
            PGresult *r = tl_store_pg_query(p,
                                            "SELECT DISTINCT n.entity, e.type, e.name FROM entity_names n JOIN"
                                            " entities e ON e.id=n.entity WHERE n.key=$1 AND n.kind=$2"
                                            " ORDER BY n.entity",
                                            2, v, "resolution", err);
            if (!r) return TL_EDB;
            for (int row = 0; row < PQntuples(r) && !*e; row++) {
                int64_t c = strtoll(PQgetvalue(r, row, 0), NULL, 10);
                if (!tl_resolve_types_compatible((int)en->type, atoi(PQgetvalue(r, row, 1)))) continue;
                int used = 0;
                for (size_t t = 0; t < n_taken; t++) used |= taken[t] == c;
                if (used) continue;
                *e = c;
                *why = kind == TL_KEY_PHON ? TL_WHY_TRANSLIT : i == 0 ? TL_WHY_NAME : TL_WHY_ALIAS;
                snprintf(matched, cap, "%.*s", (int)dn.len[i], dn.name[i]);
                snprintf(joined, cap, "%s", PQgetvalue(r, row, 2));
            }
            PQclear(r);
        }
    }
    return TL_OK;
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
    memcpy(b->v + b->n, s, n);
    b->n += n;
    b->v[b->n] = 0;
}
static void sb_num(sbuf *b, int64_t x) {
    char t[24];
    int n = snprintf(t, sizeof t, "%" PRId64, x);
    sb_add(b, t, (size_t)n);
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

/* Finds the fact a piece of evidence denotes and adds the evidence, or
 * creates it (the SQLite backend's rule: same type, arguments and negation,
 * and a time and a place that agree when both have one). */
static int attach_fact(tl_store_pg *p, const tl_fact *f, int64_t a0, int64_t a1, int64_t a2, int64_t place,
                       int64_t source, const char *amount_text, int64_t *fact, int *created, tl_error *err) {
    if (symmetric((int)f->type) && a0 && a1 && a1 < a0) { int64_t t = a0; a0 = a1; a1 = t; }
    char b[10][24], tv[40], cur[16], amt[32];
    snprintf(tv, sizeof tv, "%.*s", (int)strnlen(f->time_value, sizeof f->time_value), f->time_value);
    snprintf(cur, sizeof cur, "%.*s", (int)strnlen(f->currency, sizeof f->currency), f->currency);
    snprintf(amt, sizeof amt, "%.17g", f->amount_value);
    int neg = f->modality == TL_NEGATED;
    const char *v[7] = {idp(b[0], a0), idp(b[1], a1), ip(b[2], f->type), idp(b[3], a2), ip(b[4], neg), tv,
                        idp(b[5], place)};
    int64_t id = scalar(p,
                        "SELECT id FROM facts WHERE a0 IS NOT DISTINCT FROM $1::bigint AND a1 IS NOT DISTINCT FROM"
                        " $2::bigint AND type=$3::int AND a2 IS NOT DISTINCT FROM $4::bigint AND neg=$5::int"
                        " AND ($6::text = '' OR time_value = '' OR left(time_value, length($6::text)) = $6::text"
                        " OR left($6::text, length(time_value)) = time_value)"
                        " AND ($7::bigint IS NULL OR place IS NULL OR place = $7::bigint) ORDER BY id LIMIT 1",
                        7, v, err);
    if (id < 0) return TL_EDB;
    *created = id == 0;
    if (id) {
        const char *u[9] = {ip(b[0], id), ip(b[1], f->modality), ip(b[2], f->status), tv, idp(b[3], place),
                            idp(b[4], source), amount_text, amt, cur};
        *fact = id;
        return run(p,
                   "UPDATE facts SET n_evidence=n_evidence+1, modality=least(modality,$2::int),"
                   " status=CASE WHEN status=0 THEN $3::int ELSE status END,"
                   " time_value=CASE WHEN $4::text != '' AND (time_value='' OR $4::text < time_value) THEN $4::text"
                   " ELSE time_value END, place=coalesce(place,$5::bigint), source=coalesce(source,$6::bigint),"
                   " amount_value=CASE WHEN amount_text='' THEN $8::float8 ELSE amount_value END,"
                   " currency=CASE WHEN amount_text='' THEN $9::text ELSE currency END,"
                   " amount_text=CASE WHEN amount_text='' THEN $7::text ELSE amount_text END WHERE id=$1::bigint",
                   9, u, "fact", err);
    }
    const char *w[13] = {ip(b[0], f->type), idp(b[1], a0), idp(b[2], a1), idp(b[3], a2), ip(b[4], neg),
                         ip(b[5], f->status), ip(b[6], f->modality), tv, idp(b[7], place), idp(b[8], source),
                         amount_text, amt, cur};
    *fact = scalar(p,
                   "INSERT INTO facts(type,a0,a1,a2,neg,status,modality,time_value,place,source,amount_text,"
                   "amount_value,currency,n_evidence) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,1)"
                   " RETURNING id",
                   13, w, err);
    return *fact > 0 ? TL_OK : TL_EDB;
}

/* Stores a document, resolved, inside the caller's transaction. */
static int store_doc(tl_store_pg *p, const tl_doc *d, const tl_store_docinfo *info, const char *sha,
                     const char *text_key, tl_store_ingest_result *r, tl_error *err) {
    char b[24][24];
    const char *title = info && info->title ? info->title : d->title;
    const char *published = info && info->published && info->published[0] ? info->published : d->published;
    const char *v[9] = {sha, d->path ? d->path : "-", title, published ? published : "", info ? info->url : NULL,
                        info ? info->source : NULL, ip(b[0], info ? info->extracted : 0), d->text ? d->text : "",
                        text_key};
    int lens[9] = {0}, bin[9] = {0};
    lens[7] = (int)d->len;
    bin[7] = 1;
    PGresult *res = tl_store_pg_query_bin(p,
                                          "INSERT INTO documents(sha256,path,title,published,url,source,extracted,"
                                          "text,ingested_at,text_key) VALUES($1,$2,$3,$4,$5,$6,$7,$8," NOW ",$9)"
                                          " RETURNING id",
                                          9, v, lens, bin, "document", err);
    if (!res) return TL_EDB;
    r->doc = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    /* sentences, with their tsvector, in one statement from two int arrays */
    sbuf s0 = {0}, s1 = {0};
    sb_add(&s0, "{", 1);
    sb_add(&s1, "{", 1);
    int any = 0;
    for (uint32_t i = 0; i < d->n_sentences; i++) {
        const tl_sentence *se = &d->sentences[i];
        if (se->end <= se->start || se->end > d->len) continue;
        if (any) { sb_add(&s0, ",", 1); sb_add(&s1, ",", 1); }
        sb_num(&s0, se->start);
        sb_num(&s1, se->end);
        any = 1;
    }
    sb_add(&s0, "}", 1);
    sb_add(&s1, "}", 1);
    int rc = TL_OK;
    if (s0.oom || s1.oom) rc = fail(err, TL_ENOMEM, "out of memory");
    if (!rc && any) {
        const char *sv[3] = {ip(b[0], r->doc), s0.v, s1.v};
        rc = run(p,
                 "INSERT INTO sentences(doc,start,\"end\",tsv) SELECT $1::bigint, u.s, u.e,"
                 " to_tsvector('simple', convert_from(substring(d.text from u.s+1 for u.e-u.s),'UTF8'))"
                 " FROM documents d, unnest($2::int[], $3::int[]) WITH ORDINALITY AS u(s,e,o) WHERE d.id=$1::bigint"
                 " ORDER BY u.o",
                 3, sv, "sentences", err);
        if (!rc) {
            const char *rv[1] = {ip(b[0], r->doc)};
            rc = run(p,
                     "UPDATE documents SET sent_first=(SELECT min(id) FROM sentences WHERE doc=$1::bigint),"
                     " sent_last=(SELECT max(id) FROM sentences WHERE doc=$1::bigint) WHERE id=$1::bigint",
                     1, rv, "sentences", err);
        }
    }
    free(s0.v);
    free(s1.v);
    if (rc) return rc;

    size_t ne = d->n_entities;
    int64_t *de = calloc(ne + 1, sizeof *de), *ents = calloc(ne + 1, sizeof *ents);
    sbuf *spans = calloc(ne + 1, sizeof *spans);
    int64_t *last = calloc(ne + 1, sizeof *last);
    if (!de || !ents || !spans || !last) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
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
        const tl_entity *en = &d->entities[i];
        int why = 0;
        char matched[512] = "", joined[512] = "";
        if ((rc = resolve_one(p, en, ents, i, &ents[i], &why, matched, joined, sizeof matched, err)))
            goto done;
        char nm[1024];
        cstr(nm, sizeof nm, en->name);
        if (!ents[i]) {
            char key[TL_RESOLVE_KEY_MAX];
            tl_resolve_key(en->name.ptr, en->name.len, key, sizeof key);
            const char *ev[3] = {ip(b[0], en->type), nm, key};
            ents[i] = scalar(p, "INSERT INTO entities(type,name,key) VALUES($1,$2,$3) RETURNING id", 3, ev, err);
            if (ents[i] <= 0) { rc = TL_EDB; goto done; }
            r->n_entities_new++;
        } else {
            r->n_entities_joined++;
            /* a fuller name becomes the canonical one unless an analyst pinned it */
            if (fuller(en->name.ptr, en->name.len, joined)) {
                char key[TL_RESOLVE_KEY_MAX];
                tl_resolve_key(en->name.ptr, en->name.len, key, sizeof key);
                const char *uv[3] = {ip(b[0], ents[i]), nm, key};
                if ((rc = run(p, "UPDATE entities SET name=$2, key=$3 WHERE id=$1 AND pinned=0", 3, uv, "entity",
                              err)))
                    goto done;
            }
        }
        dnames dn;
        doc_names(en, &dn);
        sbuf al = {0};
        sb_add(&al, "", 0);
        for (int k = 0; k < dn.n; k++) {
            if ((rc = add_name(p, ents[i], (int)en->type, dn.name[k], dn.len[k], 0, err))) break;
            if (k) {
                if (k > 1) sb_add(&al, "\x1f", 1);
                sb_add(&al, dn.name[k], dn.len[k]);
            }
        }
        if (!rc && al.oom) rc = fail(err, TL_ENOMEM, "out of memory");
        if (!rc) {
            const char *dv[8] = {ip(b[0], r->doc), ip(b[1], (int64_t)i), ip(b[2], en->type), nm, al.v ? al.v : "",
                                 ip(b[3], en->n_mentions), ip(b[4], ents[i]), spans[i].v ? spans[i].v : ""};
            int dl[8] = {0}, db[8] = {0};
            dl[7] = (int)spans[i].n;
            db[7] = 1;
            PGresult *res2 = tl_store_pg_query_bin(p,
                                                   "INSERT INTO doc_entities(doc,idx,type,name,aliases,n_mentions,"
                                                   "entity,spans) VALUES($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id",
                                                   8, dv, dl, db, "document entities", err);
            if (!res2) rc = TL_EDB;
            else {
                de[i] = strtoll(PQgetvalue(res2, 0, 0), NULL, 10);
                PQclear(res2);
            }
        }
        free(al.v);
        if (rc) goto done;
        if (why) {
            const char *wv[4] = {ip(b[0], de[i]), ip(b[1], why), matched, joined};
            if ((rc = run(p, "INSERT INTO resolution(de,why,matched,joined) VALUES($1,$2,$3,$4)", 4, wv, "resolution",
                          err)))
                goto done;
        }
    }
#define DE(x) ((x) >= 0 && (size_t)(x) < ne ? de[(x)] : 0)
#define ENT(x) ((x) >= 0 && (size_t)(x) < ne ? ents[(x)] : 0)
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type >= TL_FACT_TYPE_COUNT || DE(f->args[0]) == 0) continue;
        char amount[256], ttext[256], tv[40], cur[16], amt[32], conf[32];
        cstr(amount, sizeof amount, span_str(d, f->amount_text));
        cstr(ttext, sizeof ttext, span_str(d, f->time_text));
        snprintf(tv, sizeof tv, "%.*s", (int)strnlen(f->time_value, sizeof f->time_value), f->time_value);
        snprintf(cur, sizeof cur, "%.*s", (int)strnlen(f->currency, sizeof f->currency), f->currency);
        snprintf(amt, sizeof amt, "%.17g", f->amount_value);
        snprintf(conf, sizeof conf, "%.9g", f->confidence);
        int64_t fact = 0;
        int created = 0;
        if ((rc = attach_fact(p, f, ENT(f->args[0]), ENT(f->args[1]), ENT(f->args[2]), ENT(f->place),
                              ENT(f->source), amount, &fact, &created, err)))
            goto done;
        if (created) r->n_facts_new++;
        else r->n_facts_joined++;
        const char *ev[20] = {ip(b[0], r->doc), ip(b[1], f->type), idp(b[2], DE(f->args[0])),
                              idp(b[3], DE(f->args[1])), idp(b[4], DE(f->args[2])), idp(b[5], DE(f->from)),
                              idp(b[6], DE(f->place)), idp(b[7], DE(f->source)), ip(b[8], f->modality == TL_NEGATED),
                              ip(b[9], f->status), ip(b[10], f->modality), ip(b[11], f->evidence.start),
                              ip(b[12], f->evidence.end), ttext, tv, amount, amt, cur, conf, ip(b[13], fact)};
        if ((rc = run(p,
                      "INSERT INTO fact_evidence(doc,type,de0,de1,de2,de_from,place_de,source_de,neg,status,"
                      "modality,start,\"end\",time_text,time_value,amount_text,amount_value,currency,confidence,fact)"
                      " VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)",
                      20, ev, "evidence", err)))
            goto done;
    }
#undef DE
#undef ENT
    if (!p->bulk) {
        const char *av[1] = {ip(b[0], r->doc)};
        PGresult *ar = tl_store_pg_query(p,
                                         "INSERT INTO alerts(watch,entity,entity_name,doc,created_at)"
                                         " SELECT w, e, (SELECT name FROM entities WHERE id=e), $1::bigint, " NOW
                                         " FROM (SELECT w.id AS w, min(n.entity) AS e FROM watchlist w JOIN"
                                         " entity_names n ON n.key=w.key AND n.kind=0 JOIN doc_entities de"
                                         " ON de.entity=n.entity AND de.doc=$1::bigint GROUP BY w.id) x"
                                         " ON CONFLICT DO NOTHING",
                                         1, av, "alerts", err);
        if (!ar) { rc = TL_EDB; goto done; }
        r->n_alerts = (uint32_t)atoi(PQcmdTuples(ar));
        PQclear(ar);
    }
done:
    for (size_t i = 0; spans && i < ne; i++) free(spans[i].v);
    free(spans);
    free(last);
    free(de);
    free(ents);
    return rc;
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

static int pg_reindex(void *impl, tl_store_extract_fn fn, void *fn_ctx, tl_store_progress_fn progress,
                      void *progress_ctx, uint64_t *n_docs, tl_error *err) {
    (void)impl; (void)fn; (void)fn_ctx; (void)progress; (void)progress_ctx; (void)n_docs;
    return fail(err, TL_EINVAL, "reindex is not available on the PostgreSQL backend yet");
}
static int pg_forget(void *impl, const char *doc, tl_store_forget_result *res, tl_error *err) {
    (void)impl; (void)doc; (void)res;
    return fail(err, TL_EINVAL, "forget is not available on the PostgreSQL backend yet");
}
static int pg_undo(void *impl, int64_t id, int64_t *undone, tl_error *err) {
    (void)impl; (void)id; (void)undone;
    return fail(err, TL_EINVAL, "undo is not available on the PostgreSQL backend yet");
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
            snprintf(err->msg, sizeof err->msg, n ? "'%s' is ambiguous" : "no entity named '%s'", name);
        }
        return TL_ENOTFOUND;
    }
    *e = ids[0];
    return TL_OK;
}

/* Moves every fact of `drop` to `keep`, merging facts that become one. */
static int merge_entities(tl_store_pg *p, int64_t keep, int64_t drop, tl_error *err) {
    char b[2][24];
    const char *v[2] = {ip(b[0], drop), ip(b[1], keep)};
    static const char *const moves[] = {
        "UPDATE doc_entities SET entity=$2 WHERE entity=$1",
        "INSERT INTO entity_names(key,kind,entity,name,origin) SELECT key,kind,$2,name,origin FROM entity_names"
        " WHERE entity=$1 ON CONFLICT DO NOTHING",
        "UPDATE facts SET a0=$2 WHERE a0=$1", "UPDATE facts SET a1=$2 WHERE a1=$1",
        "UPDATE facts SET a2=$2 WHERE a2=$1", "UPDATE facts SET place=$2 WHERE place=$1",
        "UPDATE facts SET source=$2 WHERE source=$1", "UPDATE alerts SET entity=$2 WHERE entity=$1",
        "DELETE FROM entity_names WHERE entity=$1", "DELETE FROM entities WHERE id=$1"};
    for (size_t i = 0; i < sizeof moves / sizeof *moves; i++)
        if (run(p, moves[i], strstr(moves[i], "$2") ? 2 : 1, v, "merge", err)) return TL_EDB;
    return TL_OK;
}

/* Who a correction is recorded as: the name set by tl_store_set_actor (an
 * API token's name), else the OS user. */
static const char *actor(tl_store_pg *p) {
    if (p->actor[0]) return p->actor;
    const char *u = getenv("USER");
    if (!u || !*u) u = getenv("LOGNAME");
    return u && *u ? u : "unknown";
}

static int apply(tl_store_pg *p, int kind, const char *a, const char *b, int64_t fact, char *ra, char *rb,
                 size_t cap, tl_error *err) {
    char bb[2][24];
    int64_t e = 0, e2 = 0;
    int rc;
    switch (kind) {
    case TL_CORR_MERGE:
        if ((rc = find_one(p, a, &e, err)) || (rc = find_one(p, b ? b : "", &e2, err))) return rc;
        if (e == e2) return fail(err, TL_EINVAL, "the two names are one entity already");
        snprintf(ra, cap, "%s", a);
        snprintf(rb, cap, "%s", b);
        return merge_entities(p, e, e2, err);
    case TL_CORR_RENAME: {
        if (!b || !*b) return fail(err, TL_EINVAL, "no new name");
        if ((rc = find_one(p, a, &e, err))) return rc;
        char key[TL_RESOLVE_KEY_MAX];
        if (!tl_resolve_key(b, strlen(b), key, sizeof key)) return fail(err, TL_EINVAL, "the name has no letters");
        const char *v[3] = {ip(bb[0], e), b, key};
        if (run(p, "UPDATE entities SET name=$2, key=$3, pinned=1 WHERE id=$1", 3, v, "rename", err)) return TL_EDB;
        snprintf(ra, cap, "%s", b);
        snprintf(rb, cap, "%s", b);
        int64_t ty = scalar(p, "SELECT type FROM entities WHERE id=$1", 1, v, err);
        return ty < 0 ? TL_EDB : add_name(p, e, (int)ty, b, strlen(b), 1, err);
    }
    case TL_CORR_ALIAS_ADD: {
        if (!b || !*b) return fail(err, TL_EINVAL, "no alias");
        if ((rc = find_one(p, a, &e, err))) return rc;
        const char *v[1] = {ip(bb[0], e)};
        int64_t ty = scalar(p, "SELECT type FROM entities WHERE id=$1", 1, v, err);
        snprintf(ra, cap, "%s", a);
        snprintf(rb, cap, "%s", b);
        return ty < 0 ? TL_EDB : add_name(p, e, (int)ty, b, strlen(b), 1, err);
    }
    case TL_CORR_REJECT: {
        const char *v[1] = {ip(bb[0], fact)};
        PGresult *r = tl_store_pg_query(p,
                                        "SELECT f.type, f.neg, coalesce(e0.name,''), coalesce(e1.name,''),"
                                        " coalesce(e2.name,'') FROM facts f LEFT JOIN entities e0 ON e0.id=f.a0"
                                        " LEFT JOIN entities e1 ON e1.id=f.a1 LEFT JOIN entities e2 ON e2.id=f.a2"
                                        " WHERE f.id=$1",
                                        1, v, "fact", err);
        if (!r) return TL_EDB;
        if (!PQntuples(r)) {
            PQclear(r);
            return fail(err, TL_ENOTFOUND, "no such fact");
        }
        /* "type|neg|a0|a1|a2", the signature the SQLite backend records */
        snprintf(ra, cap, "%s|%s|%s|%s|%s", PQgetvalue(r, 0, 0), PQgetvalue(r, 0, 1), PQgetvalue(r, 0, 2),
                 PQgetvalue(r, 0, 3), PQgetvalue(r, 0, 4));
        rb[0] = 0;
        PQclear(r);
        return run(p, "UPDATE facts SET rejected=1 WHERE id=$1", 1, v, "reject", err);
    }
    default:
        return fail(err, TL_EINVAL, "this correction is not available on the PostgreSQL backend yet");
    }
}

static int pg_correct(void *impl, int kind, const char *a, const char *b, int64_t fact, int64_t *id,
                      tl_error *err) {
    tl_store_pg *p = impl;
    kind &= ~TL_CORR_FORCE;
    if (kind < 0 || kind >= TL_CORR_KIND_COUNT) return fail(err, TL_EINVAL, "unknown correction");
    char ra[1024] = "", rb[1024] = "", kb[24];
    int rc = begin_one(p, err);
    if (rc) return rc;
    rc = apply(p, kind, a ? a : "", b, fact, ra, rb, sizeof ra, err);
    if (!rc) {
        const char *v[4] = {ip(kb, kind), ra, kind == TL_CORR_REJECT ? NULL : rb, actor(p)};
        int64_t cid = scalar(p,
                             "INSERT INTO corrections(kind,a,b,created_at,applied,who) VALUES($1,$2,$3," NOW
                             ",1,$4) RETURNING id",
                             4, v, err);
        if (cid <= 0) rc = TL_EDB;
        else if (id) *id = cid;
    }
    int rc2 = end_one(p, rc == TL_OK, err);
    return rc ? rc : rc2;
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
    .documents = tl_store_pg_documents,
    .forget = pg_forget,
    .undo = pg_undo,
    .entity_why = tl_store_pg_entity_why,
    .set_actor = pg_set_actor,
};
