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
static int resolve_one(tl_store_pg *p, int type, const dnames *dn, const int64_t *taken, size_t n_taken,
                       int64_t *e, int *why, char *matched, char *joined, size_t cap, tl_error *err) {
    *e = 0;
    for (int kind = TL_KEY_EXACT; kind <= TL_KEY_PHON && !*e; kind++) {
        for (int i = 0; i < dn->n && !*e; i++) {
            char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX], kb[24];
            if (!tl_resolve_key(dn->name[i], dn->len[i], key, sizeof key)) continue;
            /* a one-word alias of a longer name is a surname or a short
             * form: too weak alone to join two documents' entities */
            if (i > 0 && tl_resolve_words(key) < 2) continue;
            const char *k = key;
            if (kind == TL_KEY_PHON) {
                if (!tl_resolve_variant(key, type, k2, sizeof k2)) continue;
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
                if (!tl_resolve_types_compatible(type, atoi(PQgetvalue(r, row, 1)))) continue;
                int used = 0;
                for (size_t t = 0; t < n_taken; t++) used |= taken[t] == c;
                if (used) continue;
                *e = c;
                *why = kind == TL_KEY_PHON ? TL_WHY_TRANSLIT : i == 0 ? TL_WHY_NAME : TL_WHY_ALIAS;
                snprintf(matched, cap, "%.*s", (int)dn->len[i], dn->name[i]);
                snprintf(joined, cap, "%s", PQgetvalue(r, row, 2));
            }
            PQclear(r);
        }
    }
    return TL_OK;
}

/* Resolves a document entity (type, names) and records it: joins the
 * stored entity resolve_one picks (a fuller name becoming its canonical
 * one unless an analyst pinned it) or creates one; adds its names.
 * *created is 1 for a new entity. */
static int link_entity(tl_store_pg *p, int type, const dnames *dn, const int64_t *taken, size_t n_taken,
                       int64_t *ent, int *why, char *matched, char *joined, size_t cap, int *created,
                       tl_error *err) {
    char b[24], nm[1024], key[TL_RESOLVE_KEY_MAX];
    *why = 0;
    int rc = resolve_one(p, type, dn, taken, n_taken, ent, why, matched, joined, cap, err);
    if (rc) return rc;
    snprintf(nm, sizeof nm, "%.*s", (int)dn->len[0], dn->name[0]);
    tl_resolve_key(dn->name[0], dn->len[0], key, sizeof key);
    *created = *ent == 0;
    if (!*ent) {
        const char *ev[3] = {ip(b, type), nm, key};
        *ent = scalar(p, "INSERT INTO entities(type,name,key) VALUES($1,$2,$3) RETURNING id", 3, ev, err);
        if (*ent <= 0) return TL_EDB;
    } else if (fuller(dn->name[0], dn->len[0], joined)) {
        const char *uv[3] = {ip(b, *ent), nm, key};
        if ((rc = run(p, "UPDATE entities SET name=$2, key=$3 WHERE id=$1 AND pinned=0", 3, uv, "entity", err)))
            return rc;
    }
    for (int k = 0; k < dn->n; k++)
        if ((rc = add_name(p, *ent, type, dn->name[k], dn->len[k], 0, err))) return rc;
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

/* What the graph needs of a piece of evidence. */
typedef struct ev_sig {
    int type, neg, status, modality;
    int64_t a0, a1, a2, place, source;
    char time_value[40], amount_text[256], currency[16];
    double amount;
} ev_sig;

/* Finds the fact a piece of evidence denotes and adds the evidence, or
 * creates it (the SQLite backend's rule: same type, arguments and negation,
 * and a time and a place that agree when both have one). */
static int attach_fact(tl_store_pg *p, ev_sig *s, int64_t *fact, int *created, tl_error *err) {
    if (symmetric(s->type) && s->a0 && s->a1 && s->a1 < s->a0) { int64_t t = s->a0; s->a0 = s->a1; s->a1 = t; }
    char b[10][24], amt[32];
    snprintf(amt, sizeof amt, "%.17g", s->amount);
    const char *v[7] = {idp(b[0], s->a0), idp(b[1], s->a1), ip(b[2], s->type), idp(b[3], s->a2), ip(b[4], s->neg),
                        s->time_value, idp(b[5], s->place)};
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
        const char *u[9] = {ip(b[0], id), ip(b[1], s->modality), ip(b[2], s->status), s->time_value,
                            idp(b[3], s->place), idp(b[4], s->source), s->amount_text, amt, s->currency};
        *fact = id;
        return run(p,
                   "UPDATE facts SET n_evidence=n_evidence+1, modality=least(modality,$2::int),"
                   " status=CASE WHEN status=0 THEN $3::int ELSE status END,"
                   " time_value=CASE WHEN $4::text != '' AND (time_value='' OR $4::text < time_value COLLATE \"C\")"
                   " THEN $4::text ELSE time_value END, place=coalesce(place,$5::bigint),"
                   " source=coalesce(source,$6::bigint),"
                   " amount_value=CASE WHEN amount_text='' THEN $8::float8 ELSE amount_value END,"
                   " currency=CASE WHEN amount_text='' THEN $9::text ELSE currency END,"
                   " amount_text=CASE WHEN amount_text='' THEN $7::text ELSE amount_text END WHERE id=$1::bigint",
                   9, u, "fact", err);
    }
    const char *w[13] = {ip(b[0], s->type), idp(b[1], s->a0), idp(b[2], s->a1), idp(b[3], s->a2), ip(b[4], s->neg),
                         ip(b[5], s->status), ip(b[6], s->modality), s->time_value, idp(b[7], s->place),
                         idp(b[8], s->source), s->amount_text, amt, s->currency};
    *fact = scalar(p,
                   "INSERT INTO facts(type,a0,a1,a2,neg,status,modality,time_value,place,source,amount_text,"
                   "amount_value,currency,n_evidence) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,1)"
                   " RETURNING id",
                   13, w, err);
    return *fact > 0 ? TL_OK : TL_EDB;
}

/* Stores layer 1 of a document under row `doc`: sentences (with their
 * tsvector), document entities, evidence.  With `resolve` (ingest) layer 2
 * is built in the same pass; without it (reindex) the links stay NULL for
 * rebuild_graph.  r may be NULL. */
static int store_layer1(tl_store_pg *p, int64_t doc, const tl_doc *d, int resolve, tl_store_ingest_result *r,
                        tl_error *err) {
    char b[24][24];
    tl_store_ingest_result ignore = {0};
    if (!r) r = &ignore;
    /* sentences in one statement from two int arrays */
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
        const char *sv[3] = {ip(b[0], doc), s0.v, s1.v};
        rc = run(p,
                 "INSERT INTO sentences(doc,start,\"end\",tsv) SELECT $1::bigint, u.s, u.e,"
                 " to_tsvector('simple', convert_from(substring(d.text from u.s+1 for u.e-u.s),'UTF8'))"
                 " FROM documents d, unnest($2::int[], $3::int[]) WITH ORDINALITY AS u(s,e,o) WHERE d.id=$1::bigint"
                 " ORDER BY u.o",
                 3, sv, "sentences", err);
        if (!rc)
            rc = run(p,
                     "UPDATE documents SET sent_first=coalesce((SELECT min(id) FROM sentences WHERE doc=$1::bigint),0),"
                     " sent_last=coalesce((SELECT max(id) FROM sentences WHERE doc=$1::bigint),-1) WHERE id=$1::bigint",
                     1, sv, "sentences", err);
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
        int why = 0, created = 0;
        char matched[512] = "", joined[512] = "", nm[1024];
        dnames dn;
        doc_names(en, &dn);
        if (resolve) {
            if ((rc = link_entity(p, (int)en->type, &dn, ents, i, &ents[i], &why, matched, joined, sizeof matched,
                                  &created, err)))
                goto done;
            if (created) r->n_entities_new++;
            else r->n_entities_joined++;
        }
        cstr(nm, sizeof nm, en->name);
        /* aliases joined by U+001F, as the SQLite backend keeps them */
        sbuf al = {0};
        sb_add(&al, "", 0);
        for (int k = 1; k < dn.n; k++) {
            if (k > 1) sb_add(&al, "\x1f", 1);
            sb_add(&al, dn.name[k], dn.len[k]);
        }
        if (al.oom) { free(al.v); rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
        const char *dv[8] = {ip(b[0], doc), ip(b[1], (int64_t)i), ip(b[2], en->type), nm, al.v,
                             ip(b[3], en->n_mentions), idp(b[4], ents[i]), spans[i].v ? spans[i].v : ""};
        int dl[8] = {0}, db[8] = {0};
        dl[7] = (int)spans[i].n;
        db[7] = 1;
        PGresult *res2 = tl_store_pg_query_bin(p,
                                               "INSERT INTO doc_entities(doc,idx,type,name,aliases,n_mentions,"
                                               "entity,spans) VALUES($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id",
                                               8, dv, dl, db, "document entities", err);
        free(al.v);
        if (!res2) { rc = TL_EDB; goto done; }
        de[i] = strtoll(PQgetvalue(res2, 0, 0), NULL, 10);
        PQclear(res2);
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
        ev_sig s = {(int)f->type, f->modality == TL_NEGATED, f->status, f->modality, ENT(f->args[0]),
                    ENT(f->args[1]), ENT(f->args[2]), ENT(f->place), ENT(f->source), "", "", "", f->amount_value};
        snprintf(s.time_value, sizeof s.time_value, "%.*s", (int)strnlen(f->time_value, sizeof f->time_value),
                 f->time_value);
        snprintf(s.currency, sizeof s.currency, "%.*s", (int)strnlen(f->currency, sizeof f->currency), f->currency);
        cstr(s.amount_text, sizeof s.amount_text, span_str(d, f->amount_text));
        char ttext[256], amt[32], conf[32];
        cstr(ttext, sizeof ttext, span_str(d, f->time_text));
        snprintf(amt, sizeof amt, "%.17g", f->amount_value);
        snprintf(conf, sizeof conf, "%.9g", f->confidence);
        int64_t fact = 0;
        int created = 0;
        if (resolve) {
            if ((rc = attach_fact(p, &s, &fact, &created, err))) goto done;
            if (created) r->n_facts_new++;
            else r->n_facts_joined++;
        }
        const char *ev[20] = {ip(b[0], doc), ip(b[1], f->type), idp(b[2], DE(f->args[0])),
                              idp(b[3], DE(f->args[1])), idp(b[4], DE(f->args[2])), idp(b[5], DE(f->from)),
                              idp(b[6], DE(f->place)), idp(b[7], DE(f->source)), ip(b[8], s.neg),
                              ip(b[9], f->status), ip(b[10], f->modality), ip(b[11], f->evidence.start),
                              ip(b[12], f->evidence.end), ttext, s.time_value, s.amount_text, amt, s.currency, conf,
                              idp(b[13], fact)};
        if ((rc = run(p,
                      "INSERT INTO fact_evidence(doc,type,de0,de1,de2,de_from,place_de,source_de,neg,status,"
                      "modality,start,\"end\",time_text,time_value,amount_text,amount_value,currency,confidence,fact)"
                      " VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)",
                      20, ev, "evidence", err)))
            goto done;
    }
#undef DE
#undef ENT
done:
    for (size_t i = 0; spans && i < ne; i++) free(spans[i].v);
    free(spans);
    free(last);
    free(de);
    free(ents);
    return rc;
}

/* ---- rebuilding layer 2 ----------------------------------------------------- */
/* Re-derives every fact from the evidence and the entities its document
 * entities now belong to (after a merge or a split moved some). */
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
    for (int i = 0; i < PQntuples(r) && !rc; i++) {
#define C(k) strtoll(PQgetvalue(r, i, k), NULL, 10)
        if (!C(5)) continue;
        ev_sig s = {(int)C(1), (int)C(2), (int)C(3), (int)C(4), C(5), C(6), C(7), C(8), C(9), "", "", "",
                    strtod(PQgetvalue(r, i, 12), NULL)};
#undef C
        snprintf(s.time_value, sizeof s.time_value, "%s", PQgetvalue(r, i, 10));
        snprintf(s.amount_text, sizeof s.amount_text, "%s", PQgetvalue(r, i, 11));
        snprintf(s.currency, sizeof s.currency, "%s", PQgetvalue(r, i, 13));
        int64_t fact = 0;
        int created = 0;
        char b[24];
        if ((rc = attach_fact(p, &s, &fact, &created, err))) break;
        const char *v[2] = {PQgetvalue(r, i, 0), ip(b, fact)};
        rc = run(p, "UPDATE fact_evidence SET fact=$2 WHERE id=$1", 2, v, "evidence", err);
    }
    PQclear(r);
    return rc;
}

static int reapply_corrections(tl_store_pg *p, tl_error *err);

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
    int rc = TL_OK;
    int64_t *taken = malloc(((size_t)PQntuples(r) + 1) * sizeof *taken), cur = -1;
    size_t n_taken = 0;
    if (!taken) rc = fail(err, TL_ENOMEM, "out of memory");
    for (int i = 0; i < PQntuples(r) && !rc; i++) {
        int64_t doc = strtoll(PQgetvalue(r, i, 1), NULL, 10);
        if (doc != cur) { cur = doc; n_taken = 0; }
        dnames dn;
        dn.n = 0;
        dn.name[dn.n] = PQgetvalue(r, i, 3);
        dn.len[dn.n] = strlen(dn.name[dn.n]);
        dn.n++;
        for (const char *q = PQgetvalue(r, i, 4); *q && dn.n < 65;) {
            const char *e = strchr(q, '\x1f');
            size_t n = e ? (size_t)(e - q) : strlen(q);
            if (n) { dn.name[dn.n] = q; dn.len[dn.n++] = n; }
            q = e ? e + 1 : q + n;
        }
        int64_t ent = 0;
        int why = 0, created = 0;
        char matched[512] = "", joined[512] = "", b[2][24];
        if ((rc = link_entity(p, atoi(PQgetvalue(r, i, 2)), &dn, taken, n_taken, &ent, &why, matched, joined,
                              sizeof matched, &created, err)))
            break;
        taken[n_taken++] = ent;
        const char *v[2] = {PQgetvalue(r, i, 0), ip(b[0], ent)};
        if ((rc = run(p, "UPDATE doc_entities SET entity=$2 WHERE id=$1", 2, v, "document entities", err))) break;
        if (why) {
            const char *wv[4] = {PQgetvalue(r, i, 0), ip(b[1], why), matched, joined};
            rc = run(p, "INSERT INTO resolution(de,why,matched,joined) VALUES($1,$2,$3,$4)", 4, wv, "resolution", err);
        }
    }
    free(taken);
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

/* The name a correction records for entity e (named `given`): its
 * canonical name when that names it alone, else the user's name. */
static int record_name(tl_store_pg *p, int64_t e, const char *given, char *out, size_t cap, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, e)};
    PGresult *r = tl_store_pg_query(p, "SELECT name FROM entities WHERE id=$1", 1, v, "entity", err);
    if (!r) return TL_EDB;
    char name[512] = "";
    if (PQntuples(r)) snprintf(name, sizeof name, "%s", PQgetvalue(r, 0, 0));
    PQclear(r);
    int64_t f = 0;
    tl_error ignore;
    if (name[0] && find_one(p, name, &f, &ignore) == TL_OK && f == e) {
        snprintf(out, cap, "%s", name);
        return TL_OK;
    }
    if (given[0] != '#' && find_one(p, given, &f, &ignore) == TL_OK && f == e) {
        snprintf(out, cap, "%s", given);
        return TL_OK;
    }
    if (err) {
        err->code = TL_EINVAL;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg,
                 "'%s' has no name that names it alone, so the correction could not be re-applied "
                 "after a rebuild; rename it first", given);
    }
    return TL_EINVAL;
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
        if ((rc = record_name(p, ea, a, ra, sizeof ra, err))) return rc;
        a = ra;
        if (kind == TL_CORR_MERGE) {
            if ((rc = record_name(p, eb, b, rb, sizeof rb, err))) return rc;
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
    const char *v[9] = {sha, d->path ? d->path : "-", title, published ? published : "", info ? info->url : NULL,
                        info ? info->source : NULL, ip(b, info ? info->extracted : 0), d->text ? d->text : "",
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
    int rc = store_layer1(p, r->doc, d, 1, r, err);
    if (rc || p->bulk) return rc;
    int64_t any = scalar(p, "SELECT count(*) FROM (SELECT 1 FROM corrections LIMIT 1) x", 0, NULL, err);
    if (any < 0) return TL_EDB;
    if (any && (rc = reapply_corrections(p, err))) return rc;
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
                if (!rc) rc = store_layer1(p, strtoll(v[0], NULL, 10), d, 0, NULL, err);
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
