/* tl_store_pg_query.c -- the PostgreSQL backend's read operations: entities, facts, evidence, adjacency, search, stats, documents, tokens, watchlist. */
#include "tl_store_pg.h"
#include "tl_namekey.h"
#include "tl_resolve.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOW "to_char(now() AT TIME ZONE 'UTC','YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

static int fail(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

static const char *ip(char *buf, int64_t v) {
    snprintf(buf, 24, "%" PRId64, v);
    return buf;
}
static int64_t I(const PGresult *r, int row, int col) { return strtoll(PQgetvalue(r, row, col), NULL, 10); }
static const char *S(const PGresult *r, int row, int col) { return PQgetvalue(r, row, col); }
static const char *SN(const PGresult *r, int row, int col) {
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

#define Q(sql, n, v, what)                                                      \
    PGresult *r = tl_store_pg_query(impl, sql, n, v, what, err);                \
    if (!r) return TL_EDB

#define ENTITY_COLS                                                                                 \
    "e.id, e.type, e.name,"                                                                         \
    " (SELECT count(DISTINCT doc) FROM doc_entities WHERE entity=e.id),"                            \
    " (SELECT coalesce(sum(n_mentions),0) FROM doc_entities WHERE entity=e.id),"                    \
    " (SELECT count(*) FROM facts WHERE a0=e.id) + (SELECT count(*) FROM facts WHERE a1=e.id)"      \
    " + (SELECT count(*) FROM facts WHERE a2=e.id),"                                                \
    " (SELECT coalesce(min(nullif(d.published,'')),'') FROM doc_entities x JOIN documents d"        \
    " ON d.id=x.doc WHERE x.entity=e.id),"                                                          \
    " (SELECT coalesce(max(nullif(d.published,'')),'') FROM doc_entities x JOIN documents d"        \
    " ON d.id=x.doc WHERE x.entity=e.id) FROM entities e"

/* Hands each row of an ENTITY_COLS result to cb; *stop set when cb stops. */
static void entity_rows(PGresult *r, tl_store_entity_cb cb, void *ctx, int *stop) {
    for (int i = 0; i < PQntuples(r) && !*stop; i++) {
        tl_store_entity e = {I(r, i, 0), (int)I(r, i, 1), S(r, i, 2), I(r, i, 3), I(r, i, 4), I(r, i, 5),
                             S(r, i, 6), S(r, i, 7)};
        if (cb && cb(ctx, &e)) *stop = 1;
    }
}

static int entity_full(void *impl, int64_t id, tl_store_entity_cb cb, void *ctx, int *stop, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, id)};
    Q("SELECT " ENTITY_COLS " WHERE e.id=$1", 1, v, "entity");
    int st = 0;
    entity_rows(r, cb, ctx, stop ? stop : &st);
    PQclear(r);
    return TL_OK;
}

/* The entities a user's name denotes, as the SQLite backend finds them:
 * "#id", exact keys, else transliteration, else acronym or short form,
 * else surname (gathered with exact matches for a one-word name).  At
 * most cap ids into ids, their number into *n (which may exceed cap: the
 * caller only learns "several"). */
int tl_store_pg_find_ids(tl_store_pg *p, const char *name, int64_t *ids, int cap, int *n, tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX], b[24];
    *n = 0;
    if (name[0] == '#' && name[1]) {
        char *end;
        long long id = strtoll(name + 1, &end, 10);
        if (*end == 0 && id > 0) {
            const char *v[1] = {ip(b, id)};
            PGresult *r = tl_store_pg_query(p, "SELECT id FROM entities WHERE id=$1", 1, v, "entity", err);
            if (!r) return TL_EDB;
            if (PQntuples(r) && cap > 0) ids[(*n)++] = id;
            PQclear(r);
            return TL_OK;
        }
    }
    if (!tl_resolve_key(name, strlen(name), key, sizeof key)) return TL_OK;
    struct { const char *k; int kind; } tries[8];
    int nt = 0;
    tries[nt].k = key;
    tries[nt++].kind = TL_KEY_EXACT;
    static const int vtypes[] = {TL_GPE, TL_PERSON, TL_ORG, TL_NORP};
    char vk[4][TL_RESOLVE_KEY_MAX];
    for (int t = 0; t < 4; t++) {
        if (!tl_resolve_variant(key, vtypes[t], vk[t], sizeof vk[t])) continue;
        int dup = 0;
        for (int u = 0; u < t; u++) dup |= strcmp(vk[u], vk[t]) == 0;
        if (!dup) { tries[nt].k = vk[t]; tries[nt++].kind = TL_KEY_PHON; }
    }
    tries[nt].k = key;
    tries[nt++].kind = tl_resolve_words(key) == 1 ? TL_KEY_ACR : TL_KEY_SHORT;
    tries[nt].k = key;
    tries[nt++].kind = TL_KEY_SUR;
    int one_word = tl_resolve_words(key) == 1;
    int64_t seen[64];
    int n_seen = 0;
    for (int t = 0; t < nt; t++) {
        if (n_seen > 0 && !(one_word && tries[t].kind == TL_KEY_SUR)) continue;
        const char *k = tries[t].k;
        char acr[TL_RESOLVE_KEY_MAX];
        if (tries[t].kind == TL_KEY_SHORT) {
            if (!tl_resolve_acronym(key, acr, sizeof acr)) continue;
            k = acr;
        }
        const char *v[2] = {k, ip(b, tries[t].kind)};
        PGresult *r = tl_store_pg_query(p, "SELECT DISTINCT entity FROM entity_names WHERE key=$1 AND kind=$2"
                                           " ORDER BY entity", 2, v, "lookup", err);
        if (!r) return TL_EDB;
        for (int i = 0; i < PQntuples(r) && n_seen < 64; i++) {
            int64_t e = I(r, i, 0);
            int dup = 0;
            for (int j = 0; j < n_seen; j++) dup |= seen[j] == e;
            if (!dup) seen[n_seen++] = e;
        }
        PQclear(r);
    }
    for (int i = 0; i < n_seen; i++)
        if (i < cap) ids[i] = seen[i];
    *n = n_seen;
    return TL_OK;
}

/* Counts the rows an entity_full hands on (find by "#id"). */
typedef struct count_ctx {
    tl_store_entity_cb cb;
    void *ctx;
    int n;
} count_ctx;
static int count_cb(void *p, const tl_store_entity *e) {
    count_ctx *c = p;
    c->n++;
    return c->cb ? c->cb(c->ctx, e) : 0;
}

int tl_store_pg_entity_find(void *impl, const char *name, tl_store_entity_cb cb, void *ctx, int *n_found,
                            tl_error *err) {
    /* "#id": the entity's row is the lookup (one round trip, not two) */
    if (name && name[0] == '#' && name[1]) {
        char *end;
        long long id = strtoll(name + 1, &end, 10);
        if (*end == 0 && id > 0) {
            count_ctx c = {cb, ctx, 0};
            int rc = entity_full(impl, id, count_cb, &c, NULL, err);
            if (n_found) *n_found = rc ? 0 : c.n;
            return rc;
        }
    }
    int64_t ids[64];
    int n = 0;
    int rc = tl_store_pg_find_ids(impl, name ? name : "", ids, 64, &n, err);
    if (n_found) *n_found = rc ? 0 : n;
    int stop = 0;
    for (int i = 0; rc == TL_OK && i < n && i < 64 && !stop && cb; i++)
        rc = entity_full(impl, ids[i], cb, ctx, &stop, err);
    return rc;
}

int tl_store_pg_entities(void *impl, const tl_store_entity_filter *f, tl_store_entity_cb cb, void *ctx,
                         tl_error *err) {
    if (f && f->id) return entity_full(impl, f->id, cb, ctx, NULL, err);
    char b[2][24], key[TL_RESOLVE_KEY_MAX];
    const char *v[3] = {ip(b[0], f ? f->type : -1), NULL, f && f->limit > 0 ? ip(b[1], f->limit) : NULL};
    if (f && f->match && tl_resolve_key(f->match, strlen(f->match), key, sizeof key)) v[1] = key;
    const char *sql =
        f && f->order_by_degree
            ? "SELECT " ENTITY_COLS " LEFT JOIN (SELECT x AS did, count(*) AS deg FROM"
              " (SELECT a0 AS x FROM facts WHERE rejected=0 UNION ALL SELECT a1 FROM facts"
              " WHERE rejected=0 AND a1 IS NOT NULL UNION ALL SELECT a2 FROM facts WHERE"
              " rejected=0 AND a2 IS NOT NULL) u GROUP BY x) g ON g.did=e.id"
              " WHERE ($1::int < 0 OR e.type=$1::int) AND ($2::text IS NULL OR e.id IN"
              " (SELECT entity FROM entity_names WHERE kind=0 AND strpos(key,$2::text) > 0))"
              " ORDER BY coalesce(g.deg,0) DESC, e.id LIMIT $3::bigint"
            : "SELECT " ENTITY_COLS " WHERE ($1::int < 0 OR e.type=$1::int) AND ($2::text IS NULL OR e.id IN"
              " (SELECT entity FROM entity_names WHERE kind=0 AND strpos(key,$2::text) > 0))"
              /* SQLite's NOCASE: ASCII letters folded, nothing else ("İspençe" after "Z...") */
              " ORDER BY translate(e.name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
              " COLLATE \"C\", e.id LIMIT $3::bigint";
    Q(sql, 3, v, "entities");
    int stop = 0;
    entity_rows(r, cb, ctx, &stop);
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_entity_brief(void *impl, int64_t id, tl_store_entity_cb cb, void *ctx, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, id)};
    Q("SELECT id, type, name FROM entities WHERE id=$1", 1, v, "entity");
    if (PQntuples(r)) {
        tl_store_entity e = {I(r, 0, 0), (int)I(r, 0, 1), S(r, 0, 2), -1, -1, -1, "", ""};
        cb(ctx, &e);
    }
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_entity_names(void *impl, int64_t entity, tl_store_name_cb cb, void *ctx, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, entity)};
    /* the canonical name first (row 0, origin -1), then the others: one round trip */
    Q("SELECT name, o FROM (SELECT 0 AS part, name, -1 AS o FROM entities WHERE id=$1 UNION ALL SELECT 1,"
      " n.name, max(n.origin) FROM entity_names n WHERE n.entity=$1 AND n.kind=0 AND n.name IS DISTINCT FROM"
      " (SELECT name FROM entities WHERE id=$1) GROUP BY n.name) u"
      " ORDER BY part, char_length(name) DESC, name COLLATE \"C\"", 1, v, "names");
    int i = 0;
    if (PQntuples(r) && I(r, 0, 1) == -1) {
        if (S(r, 0, 0)[0] && cb(ctx, S(r, 0, 0), "canonical", -1)) i = PQntuples(r);
        else i = 1;
    }
    for (; i < PQntuples(r); i++)
        if (cb(ctx, S(r, i, 0), I(r, i, 1) ? "alias" : "name", -1)) break;
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_entity_docs(void *impl, int64_t entity, tl_store_doc_cb cb, void *ctx, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, entity)};
    const char *sql =
        entity ? "SELECT d.id, d.sha256, d.path, coalesce(d.title,''), d.published, coalesce(d.url,''),"
                 " sum(de.n_mentions), d.ingested_at FROM doc_entities de JOIN documents d ON d.id=de.doc"
                 " WHERE de.entity=$1 GROUP BY d.id ORDER BY nullif(d.published,'') NULLS LAST, d.id"
               : "SELECT d.id, d.sha256, d.path, coalesce(d.title,''), d.published, coalesce(d.url,''),"
                 " (SELECT coalesce(sum(n_mentions),0) FROM doc_entities WHERE doc=d.id), d.ingested_at"
                 " FROM documents d ORDER BY d.id";
    Q(sql, entity ? 1 : 0, v, "documents");
    for (int i = 0; i < PQntuples(r); i++) {
        tl_store_doc d = {I(r, i, 0), S(r, i, 1), S(r, i, 2), S(r, i, 3), S(r, i, 4), S(r, i, 5), I(r, i, 6),
                          S(r, i, 7)};
        if (cb(ctx, &d)) break;
    }
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_entity_origin(void *impl, int64_t entity, int *type, char *out, size_t cap, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, entity)};
    Q("SELECT e.type, coalesce((SELECT de.name FROM doc_entities de WHERE de.entity=e.id"
      " ORDER BY de.id LIMIT 1), e.name) FROM entities e WHERE e.id=$1", 1, v, "entity origin");
    int found = PQntuples(r) > 0;
    if (found) {
        *type = (int)I(r, 0, 0);
        snprintf(out, cap, "%s", S(r, 0, 1));
    }
    PQclear(r);
    return found ? TL_OK : fail(err, TL_ENOTFOUND, "no such entity");
}

#define FACT_COLS                                                                                     \
    "f.id, f.type, f.modality, f.status, f.neg, f.rejected, coalesce(f.a0,0), coalesce(f.a1,0),"      \
    " coalesce(f.a2,0), e0.name, e1.name, e2.name, coalesce(f.place,0), ep.name,"                    \
    " coalesce(f.source,0), es.name, f.time_value, f.amount_text, f.amount_value, f.currency,"        \
    " f.n_evidence FROM facts f LEFT JOIN entities e0 ON e0.id=f.a0"                                 \
    " LEFT JOIN entities e1 ON e1.id=f.a1 LEFT JOIN entities e2 ON e2.id=f.a2"                       \
    " LEFT JOIN entities ep ON ep.id=f.place LEFT JOIN entities es ON es.id=f.source"
#define FACT_WHERE                                                                                    \
    " ($1::int < 0 OR f.type=$1::int) AND ($2::text IS NULL OR (f.time_value != '' AND"               \
    " f.time_value COLLATE \"C\" >= $2::text)) AND ($3::text IS NULL OR (f.time_value != '' AND"      \
    " left(f.time_value, length($3::text)) COLLATE \"C\" <= $3::text)) AND ($4::int < 0 OR"           \
    " f.modality=$4::int) AND ($5::int = 1 OR f.rejected=0) AND ($6::int = 0 OR f.time_value != '')"  \
    " ORDER BY CASE WHEN $6::int = 1 THEN f.time_value COLLATE \"C\" END NULLS FIRST, f.type, f.id"   \
    " LIMIT $7::bigint"

int tl_store_pg_facts(void *impl, const tl_store_fact_filter *f, tl_store_fact_cb cb, void *ctx, tl_error *err) {
    tl_store_fact_filter none = {.type = -1, .modality = -1};
    if (!f) f = &none;
    char b[6][24];
    const char *v[8] = {ip(b[0], f->type), f->since, f->until, ip(b[1], f->modality),
                        ip(b[2], f->include_rejected ? 1 : 0), ip(b[3], f->dated_only ? 1 : 0),
                        f->limit > 0 ? ip(b[4], f->limit) : NULL, ip(b[5], f->id ? f->id : f->entity)};
    const char *sql =
        f->id ? "SELECT " FACT_COLS " WHERE f.id=$8::bigint AND" FACT_WHERE
        : f->entity
            ? "SELECT " FACT_COLS " WHERE f.id IN (SELECT id FROM facts WHERE a0=$8::bigint UNION"
              " SELECT id FROM facts WHERE a1=$8::bigint UNION SELECT id FROM facts WHERE a2=$8::bigint UNION"
              " SELECT id FROM facts WHERE place=$8::bigint UNION SELECT id FROM facts WHERE source=$8::bigint)"
              " AND" FACT_WHERE
            : "SELECT " FACT_COLS " WHERE $8::bigint = 0 AND" FACT_WHERE;
    Q(sql, 8, v, "facts");
    tl_store_pg *p = impl, saved = *p;
    p->cur = r;
    p->cur_row = 0;
    p->ev = NULL;
    p->ev_lo = p->ev_hi = 0;
    for (int i = 0; i < PQntuples(r); i++) {
        tl_store_fact x;
        x.id = I(r, i, 0);
        x.type = (int)I(r, i, 1);
        x.modality = (int)I(r, i, 2);
        x.status = (int)I(r, i, 3);
        x.negated = (int)I(r, i, 4);
        x.rejected = (int)I(r, i, 5);
        for (int k = 0; k < 3; k++) {
            x.args[k] = I(r, i, 6 + k);
            x.arg_names[k] = x.args[k] ? S(r, i, 9 + k) : NULL;
        }
        x.place = I(r, i, 12);
        x.place_name = x.place ? S(r, i, 13) : NULL;
        x.source = I(r, i, 14);
        x.source_name = x.source ? S(r, i, 15) : NULL;
        x.time_value = S(r, i, 16);
        x.amount_text = S(r, i, 17);
        x.amount_value = strtod(S(r, i, 18), NULL);
        x.currency = S(r, i, 19);
        x.n_evidence = I(r, i, 20);
        p->cur_row = i;
        if (cb(ctx, &x)) break;
    }
    /* the batch belongs to this call: a nested call or a later one reads afresh */
    p->cur = saved.cur;
    p->cur_row = saved.cur_row;
    PQclear(p->ev);
    p->ev = saved.ev;
    p->ev_lo = saved.ev_lo;
    p->ev_hi = saved.ev_hi;
    PQclear(r);
    return TL_OK;
}

#define EVIDENCE_COLS                                                                                 \
    "v.fact, v.doc, d.sha256, d.path, coalesce(d.title,''), d.published, v.start, v.\"end\","          \
    " convert_from(substring(d.text from v.start+1 for greatest(v.\"end\"-v.start,0)),'UTF8'),"        \
    " v.modality, v.time_text"

/* Hands rows [lo, hi) of an EVIDENCE_COLS result to cb until it stops. */
static void evidence_rows(PGresult *r, int lo, int hi, tl_store_evidence_cb cb, void *ctx) {
    for (int i = lo; i < hi; i++) {
        tl_store_evidence ev = {I(r, i, 0), I(r, i, 1), S(r, i, 2), S(r, i, 3), S(r, i, 4), S(r, i, 5),
                                (uint32_t)I(r, i, 6), (uint32_t)I(r, i, 7), S(r, i, 8),
                                (size_t)PQgetlength(r, i, 8), (int)I(r, i, 9), S(r, i, 10)};
        if (cb(ctx, &ev)) break;
    }
}

/* Facts whose evidence one batch fetches: a dossier shows them all, and a
 * hub's thousands of facts stay bounded per query. */
#define EV_BATCH 128

/* Serves fact's evidence from the batch of the facts being handed out
 * (fetching the batch that starts at the current row when needed).
 * Returns 1 when served, 0 when fact is not the current row's (the caller
 * asks for it alone), -1 on a database error (err filled). */
static int evidence_batched(tl_store_pg *p, int64_t fact, tl_store_evidence_cb cb, void *ctx, tl_error *err) {
    if (!p->cur || p->cur_row >= PQntuples(p->cur) || I(p->cur, p->cur_row, 0) != fact) return 0;
    int row = p->cur_row;
    if (!p->ev || row < p->ev_lo || row >= p->ev_hi) {
        PQclear(p->ev);
        p->ev = NULL;
        int hi = row + EV_BATCH < PQntuples(p->cur) ? row + EV_BATCH : PQntuples(p->cur);
        size_t cap = (size_t)(hi - row) * 21 + 3, n = 0;
        char *ids = malloc(cap);
        if (!ids) {
            fail(err, TL_ENOMEM, "out of memory");
            return -1;
        }
        n += (size_t)snprintf(ids + n, cap - n, "{");
        for (int i = row; i < hi; i++)
            n += (size_t)snprintf(ids + n, cap - n, "%s%s", i > row ? "," : "", S(p->cur, i, 0));
        snprintf(ids + n, cap - n, "}");
        const char *v[1] = {ids};
        /* ordered by the facts' order, then as the one-fact query orders */
        p->ev = tl_store_pg_query(p,
                                  "SELECT " EVIDENCE_COLS ", q.o FROM unnest($1::bigint[]) WITH ORDINALITY AS q(fact, o)"
                                  " JOIN fact_evidence v ON v.fact=q.fact JOIN documents d ON d.id=v.doc"
                                  " ORDER BY q.o, nullif(d.published,'') NULLS LAST, v.doc, v.start",
                                  1, v, "evidence", err);
        free(ids);
        if (!p->ev) return -1;
        p->ev_lo = row;
        p->ev_hi = hi;
    }
    /* this fact's rows: ordinality row - ev_lo + 1, found by binary search */
    int64_t o = row - p->ev_lo + 1;
    int n = PQntuples(p->ev), lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (I(p->ev, mid, 11) < o) lo = mid + 1;
        else hi = mid;
    }
    int end = lo;
    while (end < n && I(p->ev, end, 11) == o) end++;
    evidence_rows(p->ev, lo, end, cb, ctx);
    return 1;
}

int tl_store_pg_fact_evidence(void *impl, int64_t fact, tl_store_evidence_cb cb, void *ctx, tl_error *err) {
    int served = evidence_batched(impl, fact, cb, ctx, err);
    if (served) return served < 0 ? (err && err->code ? err->code : TL_EDB) : TL_OK;
    char b[24];
    const char *v[1] = {ip(b, fact)};
    Q("SELECT " EVIDENCE_COLS " FROM fact_evidence v JOIN documents d ON d.id=v.doc WHERE v.fact=$1"
      " ORDER BY nullif(d.published,'') NULLS LAST, v.doc, v.start", 1, v, "evidence");
    evidence_rows(r, 0, PQntuples(r), cb, ctx);
    PQclear(r);
    return TL_OK;
}

/* The links of the entities in q(id, o), branch by branch as the SQLite
 * backend's index scans return them: as subject by (a1, type, id), as
 * object or third argument by id. */
#define LINKS_OF(cond)                                                                                        \
    "SELECT q.o, 1 AS br, f.a1 AS k1, f.type AS k2, f.id, f.a1 AS other, f.modality FROM q JOIN facts f"      \
    " ON f.a0=q.id WHERE " cond " AND f.a1 IS NOT NULL AND f.rejected=0 AND f.neg=0"                           \
    " UNION ALL SELECT q.o, 2, f.a1, f.type, f.id, f.a2, f.modality FROM q JOIN facts f ON f.a0=q.id"           \
    " WHERE " cond " AND f.a2 IS NOT NULL AND f.rejected=0 AND f.neg=0"                                        \
    " UNION ALL SELECT q.o, 3, NULL, NULL, f.id, f.a0, f.modality FROM q JOIN facts f ON f.a1=q.id"             \
    " WHERE " cond " AND f.a0 IS NOT NULL AND f.rejected=0 AND f.neg=0"                                        \
    " UNION ALL SELECT q.o, 4, NULL, NULL, f.id, f.a0, f.modality FROM q JOIN facts f ON f.a2=q.id"             \
    " WHERE " cond " AND f.a0 IS NOT NULL AND f.rejected=0 AND f.neg=0"

int tl_store_pg_adjacent(void *impl, int64_t entity, tl_store_adj_cb cb, void *ctx, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, entity)};
    Q("WITH q AS (SELECT $1::bigint AS id, 1 AS o), l AS (" LINKS_OF("true") ")"
      " SELECT id, other FROM l ORDER BY br, k1 NULLS FIRST, k2, id", 1, v, "adjacent");
    for (int i = 0; i < PQntuples(r); i++) {
        int64_t other = I(r, i, 1);
        if (other == entity) continue;
        if (cb(ctx, I(r, i, 0), other)) break;
    }
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_adjacent_many(void *impl, const int64_t *ids, size_t n, int links, tl_store_adjx_cb cb, void *ctx,
                              tl_error *err) {
    /* the ids as one bigint[] literal: one round trip for them all */
    size_t cap = n * 21 + 3;
    char *arr = malloc(cap), *o = arr;
    if (!arr) return fail(err, TL_ENOMEM, "out of memory");
    *o++ = '{';
    for (size_t i = 0; i < n; i++) o += snprintf(o, cap - (size_t)(o - arr), i ? ",%" PRId64 : "%" PRId64, ids[i]);
    *o++ = '}';
    *o = 0;
    const char *v[2] = {arr, links ? "true" : "false"};
    PGresult *r = tl_store_pg_query(impl,
                                    "WITH q AS (SELECT id, o FROM unnest($1::bigint[]) WITH ORDINALITY AS q(id, o)),"
                                    " l AS (" LINKS_OF("$2::boolean") ")"
                                    " SELECT q.id, coalesce(e.type,-1), coalesce(e.name,''), coalesce(l.id,0),"
                                    " coalesce(l.other,0), coalesce(l.modality,0), CASE WHEN l.id IS NULL THEN 0"
                                    " ELSE (SELECT count(DISTINCT v.doc) FROM fact_evidence v WHERE v.fact=l.id) END"
                                    " FROM q LEFT JOIN entities e ON e.id=q.id LEFT JOIN l ON l.o=q.o"
                                    " ORDER BY q.o, l.br, l.k1 NULLS FIRST, l.k2, l.id",
                                    2, v, "adjacent", err);
    free(arr);
    if (!r) return TL_EDB;
    for (int i = 0; i < PQntuples(r); i++) {
        tl_store_adjx x = {I(r, i, 0), (int)I(r, i, 1), S(r, i, 2), I(r, i, 3), I(r, i, 4), (int)I(r, i, 5),
                           I(r, i, 6)};
        if (cb(ctx, &x)) break;
    }
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_edges(void *impl, tl_store_adj_cb2 cb, void *ctx, tl_error *err) {
    Q("SELECT a0, a1 FROM facts WHERE a0 IS NOT NULL AND a1 IS NOT NULL AND rejected=0 AND neg=0"
      " UNION ALL SELECT a0, a2 FROM facts WHERE a0 IS NOT NULL AND a2 IS NOT NULL AND rejected=0 AND neg=0",
      0, NULL, "edges");
    for (int i = 0; i < PQntuples(r); i++) {
        int64_t a = I(r, i, 0), c = I(r, i, 1);
        if (a == c) continue;
        if (cb(ctx, a, c)) break;
    }
    PQclear(r);
    return TL_OK;
}

/* The snippet with PostgreSQL's \x01/\x02 marks replaced by open/close. */
static char *marks(const char *s, const char *open, const char *close) {
    size_t lo = strlen(open), lc = strlen(close), n = 1;
    for (const char *q = s; *q; q++) n += *q == 1 ? lo : *q == 2 ? lc : 1;
    char *out = malloc(n), *o = out;
    if (!out) return NULL;
    for (const char *q = s; *q; q++) {
        if (*q == 1) { memcpy(o, open, lo); o += lo; }
        else if (*q == 2) { memcpy(o, close, lc); o += lc; }
        else *o++ = *q;
    }
    *o = 0;
    return out;
}

int tl_store_pg_search(void *impl, const char *query, const char *open, const char *close, int64_t limit,
                       tl_store_hit_cb cb, void *ctx, tl_error *err) {
    char b[24];
    /* websearch syntax (words, "phrases", or, -not) never fails to parse,
     * so there is no retry as a phrase */
    const char *v[2] = {query ? query : "", ip(b, limit > 0 ? limit : 20)};
    /* The best sentences first, from the sentences alone (the GIN index,
     * then ts_rank of each match); only those few are joined to their
     * documents for the path and the highlighted snippet.  Joined before
     * the LIMIT, a planner that guessed 25,000 matches for 74 read the
     * documents table end to end (0.4 s at 1M entities). */
    Q("SELECT s.doc, d.sha256, d.path, coalesce(d.title,''), s.start, s.\"end\","
      " ts_headline('simple', convert_from(substring(d.text from s.start+1 for s.\"end\"-s.start),'UTF8'),"
      " websearch_to_tsquery('simple', $1), 'StartSel=\x01, StopSel=\x02, HighlightAll=true'), -s.rank"
      " FROM (SELECT x.id, x.doc, x.start, x.\"end\", ts_rank(x.tsv, q) AS rank"
      " FROM websearch_to_tsquery('simple', $1) q, sentences x WHERE x.tsv @@ q"
      " ORDER BY ts_rank(x.tsv, q) DESC, x.id LIMIT $2::bigint) s"
      " JOIN documents d ON d.id=s.doc ORDER BY s.rank DESC, s.id", 2, v, "search");
    int rc = TL_OK;
    for (int i = 0; i < PQntuples(r); i++) {
        char *snip = marks(S(r, i, 6), open ? open : "", close ? close : "");
        if (!snip) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
        tl_store_hit h = {I(r, i, 0), S(r, i, 1), S(r, i, 2), S(r, i, 3), (uint32_t)I(r, i, 4),
                          (uint32_t)I(r, i, 5), snip, strtod(S(r, i, 7), NULL)};
        int stop = cb(ctx, &h);
        free(snip);
        if (stop) break;
    }
    PQclear(r);
    return rc;
}

int tl_store_pg_get_stats(void *impl, tl_store_stats *out, tl_error *err) {
    tl_store_stats s = {0};
    Q("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT count(*) FROM entities),"
      " (SELECT count(*) FROM entity_names WHERE kind=0), (SELECT coalesce(sum(n_mentions),0) FROM doc_entities),"
      " (SELECT count(*) FROM facts WHERE rejected=0), (SELECT count(*) FROM fact_evidence),"
      " (SELECT count(*) FROM corrections), (SELECT count(*) FROM watchlist), (SELECT count(*) FROM alerts),"
      " (SELECT coalesce(sum(octet_length(text)),0) FROM documents), pg_database_size(current_database())",
      0, NULL, "stats");
    int64_t *f[] = {&s.documents, &s.sentences, &s.entities, &s.names, &s.mentions, &s.facts, &s.evidence,
                    &s.corrections, &s.watched, &s.alerts, &s.text_bytes, &s.file_bytes};
    for (int i = 0; i < 12; i++) *f[i] = I(r, 0, i);
    PQclear(r);
    PGresult *t = tl_store_pg_query(impl, "SELECT 0, type, count(*) FROM entities GROUP BY type UNION ALL"
                                          " SELECT 1, type, count(*) FROM facts WHERE rejected=0 GROUP BY type",
                                    0, NULL, "stats", err);
    if (!t) return TL_EDB;
    for (int i = 0; i < PQntuples(t); i++) {
        int64_t ty = I(t, i, 1);
        if (I(t, i, 0) == 0 && ty >= 0 && ty < TL_ENT_TYPE_COUNT) s.by_type[ty] = I(t, i, 2);
        if (I(t, i, 0) == 1 && ty >= 0 && ty < TL_FACT_TYPE_COUNT) s.by_fact_type[ty] = I(t, i, 2);
    }
    PQclear(t);
    *out = s;
    return TL_OK;
}

int tl_store_pg_corrections(void *impl, tl_store_correction_cb cb, void *ctx, tl_error *err) {
    Q("SELECT id, kind, a, b, created_at, applied FROM corrections ORDER BY id", 0, NULL, "corrections");
    for (int i = 0; i < PQntuples(r); i++) {
        tl_store_correction c = {I(r, i, 0), (int)I(r, i, 1), S(r, i, 2), SN(r, i, 3), S(r, i, 4), (int)I(r, i, 5)};
        if (cb(ctx, &c)) break;
    }
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_watch_add(void *impl, const char *name, tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX];
    if (!name || !tl_resolve_key(name, strlen(name), key, sizeof key))
        return fail(err, TL_EINVAL, "the name has no letters");
    const char *v[2] = {name, key};
    Q("INSERT INTO watchlist(name,key,created_at) VALUES($1,$2," NOW ") ON CONFLICT DO NOTHING", 2, v, "watch");
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_watch_remove(void *impl, const char *name, tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(name ? name : "", name ? strlen(name) : 0, key, sizeof key);
    const char *v[1] = {key};
    Q("DELETE FROM watchlist WHERE key=$1", 1, v, "watch");
    int n = atoi(PQcmdTuples(r));
    PQclear(r);
    return n ? TL_OK : fail(err, TL_ENOTFOUND, "that name is not watched");
}

int tl_store_pg_watch_list(void *impl, tl_store_name_cb cb, void *ctx, tl_error *err) {
    Q("SELECT w.name, (SELECT count(*) FROM alerts WHERE watch=w.id) FROM watchlist w ORDER BY w.id", 0, NULL,
      "watchlist");
    for (int i = 0; i < PQntuples(r); i++)
        if (cb(ctx, S(r, i, 0), "watch", I(r, i, 1))) break;
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_alerts(void *impl, int64_t since_id, tl_store_alert_cb cb, void *ctx, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, since_id)};
    Q("SELECT a.id, w.name, coalesce(a.entity,0), a.entity_name, a.doc, d.path, coalesce(d.title,''), a.created_at"
      " FROM alerts a JOIN watchlist w ON w.id=a.watch JOIN documents d ON d.id=a.doc WHERE a.id > $1"
      " ORDER BY a.id DESC", 1, v, "alerts");
    for (int i = 0; i < PQntuples(r); i++) {
        tl_store_alert a = {I(r, i, 0), S(r, i, 1), I(r, i, 2), S(r, i, 3), I(r, i, 4), S(r, i, 5), S(r, i, 6),
                            S(r, i, 7)};
        if (cb(ctx, &a)) break;
    }
    PQclear(r);
    return TL_OK;
}

/* Decodes "\x..." hex bytea text into bytes (in place); returns the length. */
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

static int varint(const unsigned char **p, const unsigned char *end, uint64_t *out) {
    uint64_t x = 0;
    for (int shift = 0; *p < end && shift < 64; shift += 7) {
        unsigned char c = *(*p)++;
        x |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) { *out = x; return 1; }
    }
    return 0;
}

int tl_store_pg_document(void *impl, const char *sha256, tl_store_doctext_cb doc_cb, tl_store_span_cb span_cb,
                         void *ctx, tl_error *err) {
    const char *v[1] = {sha256 ? sha256 : ""};
    Q("SELECT id, sha256, path, coalesce(title,''), published, coalesce(url,''), text, ingested_at"
      " FROM documents WHERE sha256=$1", 1, v, "document");
    if (!PQntuples(r)) {
        PQclear(r);
        return fail(err, TL_ENOTFOUND, "no such document");
    }
    int64_t doc = I(r, 0, 0);
    tl_store_doc d = {doc, S(r, 0, 1), S(r, 0, 2), S(r, 0, 3), S(r, 0, 4), S(r, 0, 5), 0, S(r, 0, 7)};
    char *text = PQgetvalue(r, 0, 6);
    size_t len = unhex(text);
    int stop = doc_cb ? doc_cb(ctx, &d, text, len) : 0;
    PQclear(r);
    if (stop || !span_cb) return TL_OK;
    char b[24];
    const char *dv[1] = {ip(b, doc)};
    PGresult *m = tl_store_pg_query(impl, "SELECT coalesce(entity,0), type, coalesce(spans,''::bytea) FROM"
                                          " doc_entities WHERE doc=$1 ORDER BY idx", 1, dv, "document entities", err);
    if (!m) return TL_EDB;
    for (int i = 0; i < PQntuples(m) && !stop; i++) {
        char *sp = PQgetvalue(m, i, 2);
        size_t n = unhex(sp);
        const unsigned char *p = (const unsigned char *)sp, *end = p + n;
        int64_t last = 0;
        uint64_t zz, k;
        while (!stop && varint(&p, end, &zz) && varint(&p, end, &k)) {
            int64_t start = last + (int64_t)((zz >> 1) ^ (~(zz & 1) + 1));
            last = start;
            if (start < 0 || (uint64_t)start + k > len) continue;
            tl_store_span s = {0, (uint32_t)start, (uint32_t)(start + (int64_t)k), I(m, i, 0), (int)I(m, i, 1), -1};
            stop = span_cb(ctx, &s);
        }
    }
    PQclear(m);
    if (stop) return TL_OK;
    PGresult *e = tl_store_pg_query(impl, "SELECT coalesce(fact,0), type, modality, start, \"end\" FROM fact_evidence"
                                          " WHERE doc=$1 ORDER BY start, id", 1, dv, "document evidence", err);
    if (!e) return TL_EDB;
    for (int i = 0; i < PQntuples(e) && !stop; i++) {
        int64_t s0 = I(e, i, 3), s1 = I(e, i, 4);
        if (s0 < 0 || s1 < s0 || (uint64_t)s1 > len) continue;
        tl_store_span s = {1, (uint32_t)s0, (uint32_t)s1, I(e, i, 0), (int)I(e, i, 1), (int)I(e, i, 2)};
        stop = span_cb(ctx, &s);
    }
    PQclear(e);
    return TL_OK;
}

int tl_store_pg_token_add(void *impl, const char *name, const char *hash, tl_error *err) {
    if (!name || !*name) return fail(err, TL_EINVAL, "the token needs a name");
    const char *v[2] = {name, hash ? hash : ""};
    PGresult *d = tl_store_pg_query(impl, "DELETE FROM api_tokens WHERE name=$1 AND revoked_at != ''", 1, v,
                                    "tokens", err);
    if (!d) return TL_EDB;
    PQclear(d);
    PGresult *r = tl_store_pg_query(impl, "INSERT INTO api_tokens(name, hash, created_at) VALUES($1,$2," NOW ")"
                                          " ON CONFLICT DO NOTHING", 2, v, "tokens", err);
    if (!r) return TL_EDB;
    int n = atoi(PQcmdTuples(r));
    PQclear(r);
    return n ? TL_OK : fail(err, TL_EINVAL, "a valid token already has that name");
}

int tl_store_pg_token_revoke(void *impl, const char *name, tl_error *err) {
    const char *v[1] = {name ? name : ""};
    Q("UPDATE api_tokens SET revoked_at=" NOW " WHERE name=$1 AND revoked_at=''", 1, v, "tokens");
    int n = atoi(PQcmdTuples(r));
    PQclear(r);
    return n ? TL_OK : fail(err, TL_ENOTFOUND, "no valid token of that name");
}

int tl_store_pg_token_list(void *impl, tl_store_token_cb cb, void *ctx, tl_error *err) {
    Q("SELECT name, created_at, revoked_at FROM api_tokens ORDER BY created_at, name", 0, NULL, "tokens");
    for (int i = 0; i < PQntuples(r); i++) {
        tl_store_token t = {S(r, i, 0), S(r, i, 1), S(r, i, 2)};
        if (cb(ctx, &t)) break;
    }
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_token_check(void *impl, const char *hash, int *valid, tl_error *err) {
    const char *v[1] = {hash ? hash : ""};
    Q("SELECT name FROM api_tokens WHERE hash=$1 AND revoked_at=''", 1, v, "tokens");
    *valid = PQntuples(r) > 0;
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_token_name(void *impl, const char *hash, char *out, size_t cap, tl_error *err) {
    const char *v[1] = {hash ? hash : ""};
    out[0] = 0;
    Q("SELECT name FROM api_tokens WHERE hash=$1 AND revoked_at=''", 1, v, "tokens");
    if (PQntuples(r)) snprintf(out, cap, "%s", S(r, 0, 0));
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_documents(void *impl, tl_store_docrow_cb cb, void *ctx, tl_error *err) {
    Q("SELECT d.id, d.sha256, d.path, coalesce(d.title,''), d.published, coalesce(d.url,''), d.ingested_at,"
      " octet_length(d.text), d.sent_last - d.sent_first + 1, (SELECT count(*) FROM doc_entities WHERE doc=d.id),"
      " (SELECT count(*) FROM fact_evidence WHERE doc=d.id) FROM documents d ORDER BY d.id", 0, NULL, "documents");
    for (int i = 0; i < PQntuples(r); i++) {
        tl_store_docrow d = {I(r, i, 0), S(r, i, 1), S(r, i, 2), S(r, i, 3), S(r, i, 4), S(r, i, 5), S(r, i, 6),
                             I(r, i, 7), I(r, i, 8), I(r, i, 9), I(r, i, 10)};
        if (cb(ctx, &d)) break;
    }
    PQclear(r);
    return TL_OK;
}

int tl_store_pg_entity_why(void *impl, int64_t entity, tl_store_join_cb cb, void *ctx, tl_error *err) {
    char b[24];
    const char *v[1] = {ip(b, entity)};
    Q("SELECT d.id, d.path, d.published, de.name, coalesce(r.why,0), coalesce(r.matched,''), coalesce(r.joined,'')"
      " FROM doc_entities de JOIN documents d ON d.id=de.doc LEFT JOIN resolution r ON r.de=de.id"
      " WHERE de.entity=$1 ORDER BY de.doc, de.id", 1, v, "resolution");
    for (int i = 0; i < PQntuples(r); i++) {
        int why = (int)I(r, i, 4);
        tl_store_join j = {I(r, i, 0), S(r, i, 1), S(r, i, 2), S(r, i, 3),
                           why ? tl_resolve_why_name(why) : "first seen here", (why & TL_WHY_CONTEXT) != 0,
                           S(r, i, 5), S(r, i, 6)};
        if (cb(ctx, &j)) break;
    }
    PQclear(r);
    return TL_OK;
}
