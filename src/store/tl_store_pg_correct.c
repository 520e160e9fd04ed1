/* tl_store_pg_correct.c -- the PostgreSQL backend's corrections: layer 2 rebuilt from layer 1, corrections applied and re-applied, recorded with who made them. */
#include "tl_store_pg_int.h"
#include "tl_namekey.h"
#include "tl_resolve.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- rebuilding layer 2 ----------------------------------------------------- */
/* Rows of evidence re-attached per statement by refacts. */
#define REFACT_CHUNK 4096

/* Re-derives every fact from the evidence and the entities its document
 * entities now belong to (after a merge or a split moved some), oldest
 * evidence first. */
static int refacts(tl_store_pg *p, tl_error *err) {
    if (tl_store_pg_exec(p, "UPDATE fact_evidence SET fact=NULL; DELETE FROM facts", err)) return TL_EDB;
    PGresult *r = tl_store_pg_query(p,
                                    /* a document entity the graph keeps no entity for reads -1
                                     * (tl_store_pg_attach_facts), an absent one 0 */
                                    "SELECT v.id, v.type, v.neg, v.status, v.modality, coalesce(d0.entity,-1),"
                                    " CASE WHEN v.de1 IS NULL THEN 0 ELSE coalesce(d1.entity,-1) END,"
                                    " CASE WHEN v.de2 IS NULL THEN 0 ELSE coalesce(d2.entity,-1) END,"
                                    " CASE WHEN v.place_de IS NULL THEN 0 ELSE coalesce(dp.entity,-1) END,"
                                    " CASE WHEN v.source_de IS NULL THEN 0 ELSE coalesce(ds.entity,-1) END, v.time_value, v.amount_text, v.amount_value, v.currency"
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
            if (!C(5)) continue; /* no first argument at all */
            s[n] = (ev_sig){(int)C(1), (int)C(2), (int)C(3), (int)C(4), C(5), C(6), C(7), C(8), C(9), "", "", "",
                            strtod(PQgetvalue(r, i, 12), NULL)};
            ev[n] = C(0);
#undef C
            snprintf(s[n].time_value, sizeof s[n].time_value, "%s", PQgetvalue(r, i, 10));
            snprintf(s[n].amount_text, sizeof s[n].amount_text, "%s", PQgetvalue(r, i, 11));
            snprintf(s[n].currency, sizeof s[n].currency, "%s", PQgetvalue(r, i, 13));
            n++;
        }
        if (!n || (rc = tl_store_pg_attach_facts(p, s, n, fact, created, err))) continue;
        arr c[2] = {{{0}, 0}};
        for (size_t k = 0; k < n; k++) {
            arr_int(&c[0], ev[k]);
            arr_id(&c[1], fact[k]);
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
    if (!rc) rc = tl_store_pg_resolve_doc(p, v, n, err);
    if (!rc) {
        arr c[2] = {{{0}, 0}};
        for (size_t k = 0; k < n; k++) {
            arr_int(&c[0], des[k]);
            arr_id(&c[1], v[k].ent); /* NULL: an entity the graph does not keep */
        }
        rc = run_arrays(p,
                        "UPDATE doc_entities d SET entity=u.e FROM unnest($1::bigint[], $2::bigint[]) AS u(id, e)"
                        " WHERE d.id=u.id",
                        NULL, c, 2, "document entities", NULL, err);
    }
    if (!rc) rc = tl_store_pg_write_resolution(p, v, des, n, err);
    free(v);
    free(des);
    return rc;
}

/* Drops layer 2 and derives it again from every document, oldest first,
 * then re-applies the corrections. */
int tl_store_pg_rebuild_graph(tl_store_pg *p, tl_error *err) {
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
    if (!rc) rc = tl_store_pg_reapply_corrections(p, err);
    return rc;
}

/* ---- corrections ---------------------------------------------------------- */

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
        rc = tl_store_pg_add_name(p, e, type, nm, strlen(nm), 0, err);
        for (const char *q = PQgetvalue(r, i, 2); !rc && *q;) {
            const char *x = strchr(q, '\x1f');
            size_t n = x ? (size_t)(x - q) : strlen(q);
            if (n) rc = tl_store_pg_add_name(p, e, type, q, n, 0, err);
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
        if (tl_store_pg_symmetric(type) && ar[0] && ar[1] && ar[1] < ar[0]) { int64_t t = ar[0]; ar[0] = ar[1]; ar[1] = t; }
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
                if (!rc) rc = tl_store_pg_add_name(p, target, type, bn, strlen(bn), 1, err);
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
        return ty < 0 ? TL_EDB : tl_store_pg_add_name(p, ea, (int)ty, bn, strlen(bn), 1, err);
    }
    case TL_CORR_ALIAS_ADD: {
        int64_t ty = scalar(p, "SELECT type FROM entities WHERE id=$1", 1, v, err);
        *applied = 1;
        return ty < 0 ? TL_EDB : tl_store_pg_add_name(p, ea, (int)ty, bn, strlen(bn), 1, err);
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
int tl_store_pg_reapply_corrections(tl_store_pg *p, tl_error *err) {
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
const char *tl_store_pg_actor(tl_store_pg *p) {
    if (p->actor[0]) return p->actor;
    const char *u = getenv("USER");
    if (!u || !*u) u = getenv("LOGNAME");
    return u && *u ? u : "unknown";
}

int tl_store_pg_correct(void *impl, int kind, const char *a, const char *b, int64_t fact, int64_t *id,
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
    if ((rc = tl_store_pg_begin_one(p, err))) return rc;
    const char *dv[3] = {ip(kb, kind), a, b};
    int64_t dup = scalar(p, "SELECT id FROM corrections WHERE kind=$1::int AND a=$2 AND b IS NOT DISTINCT FROM $3"
                            " AND applied=1", 3, dv, err);
    if (dup != 0) {
        if (dup > 0 && err) {
            err->code = TL_EINVAL;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, "already recorded as correction %lld", (long long)dup);
        }
        tl_store_pg_end_one(p, 0, NULL);
        return dup > 0 ? TL_EINVAL : TL_EDB;
    }
    const char *v[4] = {ip(kb, kind), a, b, tl_store_pg_actor(p)};
    int64_t cid = scalar(p,
                         "INSERT INTO corrections(kind,a,b,created_at,applied,who) VALUES($1,$2,$3," NOW
                         ",0,$4) RETURNING id",
                         4, v, err);
    rc = cid > 0 ? TL_OK : TL_EDB;
    if (!rc) rc = tl_store_pg_reapply_corrections(p, err);
    if (!rc) {
        const char *cv[1] = {ip(fb, cid)};
        int64_t applied = scalar(p, "SELECT applied FROM corrections WHERE id=$1", 1, cv, err);
        if (applied < 0) rc = TL_EDB;
        else if (kind == TL_CORR_SPLIT && !applied)
            rc = fail(err, TL_EINVAL, "nothing to split off: no document, or every document, names the entity so "
                                      "(use 'alias remove' or 'rename')");
    }
    int rc2 = tl_store_pg_end_one(p, rc == TL_OK, err);
    if (!rc) rc = rc2;
    if (!rc && id) *id = cid;
    return rc;
}
