/* tl_store_sqlite_correct.c -- the SQLite backend's corrections (merge, split, rename, alias, fact reject), graph rebuild and undo. */
#include "tl_store_sqlite_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- entity lookup by name ----------------------------------------------- */
/* The entities a user's name denotes: exact keys, else transliteration,
 * else acronym/short form, else surname. */
int tl_sqlite_find_ids(sq *s, const char *name, ivec *out, tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX];
    out->n = 0;
    if (name[0] == '#' && name[1]) {
        char *end;
        long long id = strtoll(name + 1, &end, 10);
        if (*end == 0 && id > 0) {
            sqlite3_stmt *st = Q(s, Q_ENTITY_BRIEF);
            if (!st) return db_err(s, err, "prepare");
            sqlite3_bind_int64(st, 1, id);
            int rc = sqlite3_step(st);
            sqlite3_reset(st);
            if (rc == SQLITE_ROW && !ivec_push(out, id)) return fail(err, TL_ENOMEM, "out of memory");
            return TL_OK;
        }
    }
    if (!tl_resolve_key(name, strlen(name), key, sizeof key)) return TL_OK;
    typedef struct { const char *k; int kind; } try_key;
    try_key tries[8];
    int nt = 0;
    tries[nt++] = (try_key){key, TL_KEY_EXACT};
    /* the transliteration key depends on the type, which a user's name
     * does not say: try each distinct one */
    static const int vtypes[] = {TL_GPE, TL_PERSON, TL_ORG, TL_NORP};
    char vk[4][TL_RESOLVE_KEY_MAX];
    for (int t = 0; t < 4; t++) {
        if (!tl_resolve_variant(key, vtypes[t], vk[t], sizeof vk[t])) continue;
        int dup = 0;
        for (int u = 0; u < t; u++) dup |= strcmp(vk[u], vk[t]) == 0;
        if (!dup) tries[nt++] = (try_key){vk[t], TL_KEY_PHON};
    }
    tries[nt++] = (try_key){key, tl_resolve_words(key) == 1 ? TL_KEY_ACR : TL_KEY_SHORT};
    tries[nt++] = (try_key){key, TL_KEY_SUR};
    /* A one-word name is as likely a surname: "Mehdiyev" names every
     * Mehdiyev, so exact and surname matches are gathered together. */
    int one_word = tl_resolve_words(key) == 1;
    for (int t = 0; t < nt; t++) {
        if (out->n > 0 && !(one_word && tries[t].kind == TL_KEY_SUR)) continue;
        const char *k = tries[t].k;
        char acr[TL_RESOLVE_KEY_MAX];
        if (tries[t].kind == TL_KEY_SHORT) {
            if (!tl_resolve_acronym(key, acr, sizeof acr)) continue;
            k = acr;
        }
        sqlite3_stmt *st = Q(s, Q_NAME_CANDS);
        if (!st) return db_err(s, err, "prepare");
        bind_text(st, 1, k);
        sqlite3_bind_int(st, 2, tries[t].kind);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            int64_t e = sqlite3_column_int64(st, 0);
            int dup = 0;
            for (size_t i = 0; i < out->n; i++) dup |= out->v[i] == e;
            if (!dup && !ivec_push(out, e)) { sqlite3_reset(st); return fail(err, TL_ENOMEM, "out of memory"); }
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) return db_err(s, err, "lookup");
    }
    return TL_OK;
}

/* One entity for a name, or TL_ENOTFOUND (none or several). */
static int find_one(sq *s, const char *name, int64_t *e, tl_error *err) {
    ivec ids = {0};
    int rc = tl_sqlite_find_ids(s, name, &ids, err);
    if (rc == TL_OK && ids.n != 1) {
        rc = TL_ENOTFOUND;
        if (err) {
            err->code = rc;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, ids.n ? "'%s' is ambiguous (%zu entities)" : "no entity named '%s'",
                     name, ids.n);
        }
    }
    if (rc == TL_OK) *e = ids.v[0];
    free(ids.v);
    return rc;
}

/* ---- corrections --------------------------------------------------------- */
/* Records whether correction id took effect.  Not through run_id2: it binds
 * 0 as NULL (an absent id), and "applied != NULL" matches no row, so a
 * correction could never go back to not applied. */
static int set_applied(sq *s, int64_t id, int applied, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_CORR_SET_APPLIED);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, applied);
    return run(s, st, err);
}

static int relink_docs(sq *s, const ivec *docs, tl_error *err) {
    for (size_t i = 0; i < docs->n; i++) {
        ivec evs = {0};
        int rc = collect_ids(s, Q_EV_OF_DOC, docs->v[i], &evs, err);
        for (size_t j = 0; rc == TL_OK && j < evs.n; j++) rc = tl_sqlite_relink_evidence(s, evs.v[j], NULL, err);
        free(evs.v);
        if (rc) return rc;
    }
    return TL_OK;
}

/* b's entity joins a's: documents, names, facts, alerts. */
static int merge_entities(sq *s, int64_t keep, int64_t drop, tl_error *err) {
    ivec docs = {0};
    tl_sqlite_cache_clear(s); /* names move and an entity goes */
    int rc = collect_ids(s, Q_DOCS_OF_ENTITY, drop, &docs, err);
    if (rc) return rc;
    sqlite3_stmt *st = Q(s, Q_ENTITY_ROW);
    char drop_name[512] = "";
    int drop_pinned = 0;
    if (st) {
        sqlite3_bind_int64(st, 1, drop);
        if (sqlite3_step(st) == SQLITE_ROW) {
            snprintf(drop_name, sizeof drop_name, "%s", col_text(st, 1));
            drop_pinned = sqlite3_column_int(st, 3);
        }
        sqlite3_reset(st);
    }
    if ((rc = run_id2(s, Q_MOVE_DE, drop, keep, err)) || (rc = run_id2(s, Q_MOVE_NAMES, drop, keep, err)) ||
        (rc = run_id(s, Q_DEL_NAMES_OF, drop, err)) || (rc = run_id2(s, Q_FACT_PLACE_MOVE, drop, keep, err)) ||
        (rc = run_id2(s, Q_FACT_SOURCE_MOVE, drop, keep, err)) ||
        (rc = run_id2(s, Q_ALERT_ENTITY_MOVE, drop, keep, err)) || (rc = relink_docs(s, &docs, err)))
        goto done;
    /* the kept entity takes the fuller name unless an analyst fixed one */
    if ((st = Q(s, Q_ENTITY_ROW))) {
        sqlite3_bind_int64(st, 1, keep);
        int take = 0;
        if (sqlite3_step(st) == SQLITE_ROW && !sqlite3_column_int(st, 3) && drop_name[0])
            take = drop_pinned || tl_sqlite_fuller(drop_name, col_text(st, 1));
        sqlite3_reset(st);
        if (take) {
            char key[TL_RESOLVE_KEY_MAX];
            tl_resolve_key(drop_name, strlen(drop_name), key, sizeof key);
            if (!(st = Q(s, Q_SET_ENTITY_NAME))) { rc = db_err(s, err, "prepare"); goto done; }
            sqlite3_bind_int64(st, 1, keep);
            bind_text(st, 2, drop_name);
            bind_text(st, 3, key);
            if ((rc = run(s, st, err))) goto done;
        }
    }
    rc = run_id(s, Q_DEL_ENTITY, drop, err);
done:
    free(docs.v);
    return rc;
}

/* Re-derives the seen names (and unpinned canonical name) of an entity
 * from the document entities it still has; deletes it when it has none. */
static int rebuild_names(sq *s, int64_t e, tl_error *err) {
    de_row *des = NULL;
    size_t n = 0;
    int rc = tl_sqlite_load_des(s, Q_DE_OF_ENTITY, e, &des, &n, err);
    if (rc) return rc;
    if (n == 0) {
        rc = run_id(s, Q_DEL_NAMES_OF, e, err);
        if (!rc) rc = run_id(s, Q_DEL_ENTITY, e, err);
        tl_sqlite_free_des(des, n);
        return rc;
    }
    if ((rc = run_id(s, Q_DEL_SEED_NAMES, e, err))) goto done;
    /* the session's memo of names stored for e would skip re-adding them:
     * a split-off entity was left with no name to be found by */
    tl_sqlite_cache_clear(s);
    const char *best = des[0].name;
    for (size_t i = 0; i < n; i++) {
        addname_ctx a = {s, e, des[i].type, err};
        if (tl_sqlite_each_name(des[i].name, des[i].aliases, tl_sqlite_addname_cb, &a)) { rc = TL_EDB; goto done; }
        if (tl_sqlite_fuller(des[i].name, best)) best = des[i].name;
    }
    sqlite3_stmt *st = Q(s, Q_ENTITY_ROW);
    if (!st) { rc = db_err(s, err, "prepare"); goto done; }
    sqlite3_bind_int64(st, 1, e);
    int pinned = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 3);
    sqlite3_reset(st);
    if (!pinned) {
        char key[TL_RESOLVE_KEY_MAX];
        tl_resolve_key(best, strlen(best), key, sizeof key);
        if (!(st = Q(s, Q_SET_ENTITY_NAME))) { rc = db_err(s, err, "prepare"); goto done; }
        sqlite3_bind_int64(st, 1, e);
        bind_text(st, 2, best);
        bind_text(st, 3, key);
        rc = run(s, st, err);
    }
done:
    tl_sqlite_free_des(des, n);
    return rc;
}

typedef struct keymatch {
    const char *key;
    int hit;
} keymatch;
static int keymatch_cb(void *ctx, const char *name, size_t len) {
    keymatch *m = ctx;
    char key[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(name, len, key, sizeof key);
    if (strcmp(key, m->key) == 0) m->hit = 1;
    return 0;
}

/* The document entities of e called `name` leave it for an entity of
 * their own (an existing one with that exact name, else a new one). */
static int split_entity(sq *s, int64_t e, const char *name, int *applied, tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(name, strlen(name), key, sizeof key);
    de_row *des = NULL;
    size_t n = 0;
    ivec moved = {0};
    int rc = tl_sqlite_load_des(s, Q_DE_OF_ENTITY, e, &des, &n, err);
    if (rc) return rc;
    for (size_t i = 0; i < n; i++) {
        keymatch m = {key, 0};
        tl_sqlite_each_name(des[i].name, des[i].aliases, keymatch_cb, &m);
        if (m.hit && !ivec_push(&moved, (int64_t)i)) {
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto done;
        }
    }
    /* applied only when some documents leave and some stay: a split that
     * would move everything (or nothing) changes nothing */
    *applied = moved.n > 0 && moved.n < n;
    if (moved.n == 0 || moved.n == n) goto done;
    tl_sqlite_cache_clear(s); /* names move between entities */
    int64_t target = 0;
    sqlite3_stmt *st = Q(s, Q_NAME_CANDS);
    if (!st) { rc = db_err(s, err, "prepare"); goto done; }
    bind_text(st, 1, key);
    sqlite3_bind_int(st, 2, TL_KEY_EXACT);
    while (sqlite3_step(st) == SQLITE_ROW) {
        int64_t c = sqlite3_column_int64(st, 0);
        if (c != e && tl_resolve_types_compatible(sqlite3_column_int(st, 1), des[0].type)) { target = c; break; }
    }
    sqlite3_reset(st);
    for (size_t i = 0; i < moved.n; i++) {
        de_row *d = &des[moved.v[i]];
        if (target == 0) {
            de_row named = *d;
            named.name = (char *)name;
            named.aliases = d->name; /* the new entity is called what the analyst said */
            if ((rc = tl_sqlite_join_entity(s, &named, &target, err))) goto done;
        }
        if ((rc = run_id2(s, Q_DE_MOVE_ONE, d->id, target, err))) goto done;
    }
    if ((rc = rebuild_names(s, e, err)) || (rc = rebuild_names(s, target, err))) goto done;
    /* the facts of the moved entities' documents now point elsewhere */
    {
        ivec dl = {0};
        if ((rc = collect_ids(s, Q_DOCS_OF_ENTITY, target, &dl, err)) == TL_OK) rc = relink_docs(s, &dl, err);
        free(dl.v);
    }
done:
    free(moved.v);
    tl_sqlite_free_des(des, n);
    return rc;
}

/* Splits "TYPE|neg|name0|name1|name2" into its parts; returns 0 if malformed. */
static int parse_sig(char *sig, int *type, int *neg, char *names[3]) {
    char *p[5];
    int n = 0;
    p[n++] = sig;
    for (char *c = sig; *c && n < 5; c++)
        if (*c == '|') { *c = 0; p[n++] = c + 1; }
    if (n != 5) return 0;
    *type = atoi(p[0]);
    *neg = atoi(p[1]);
    for (int i = 0; i < 3; i++) names[i] = p[2 + i];
    return 1;
}

static int reject_fact(sq *s, const char *signature, int *applied, tl_error *err) {
    char sig[1600];
    int type, neg;
    char *names[3];
    snprintf(sig, sizeof sig, "%s", signature);
    *applied = 0;
    if (!parse_sig(sig, &type, &neg, names)) return TL_OK;
    int64_t a[3] = {0, 0, 0};
    for (int i = 0; i < 3; i++) {
        if (!names[i][0]) continue;
        tl_error e2;
        if (find_one(s, names[i], &a[i], &e2) != TL_OK) return TL_OK; /* not applicable now */
    }
    if (tl_sqlite_symmetric(type) && a[0] && a[1] && a[1] < a[0]) { int64_t t = a[0]; a[0] = a[1]; a[1] = t; }
    sqlite3_stmt *st = Q(s, Q_FACT_FIND);
    if (!st) return db_err(s, err, "prepare");
    bind_id(st, 1, a[0]);
    bind_id(st, 2, a[1]);
    sqlite3_bind_int(st, 3, type);
    bind_id(st, 4, a[2]);
    sqlite3_bind_int(st, 5, neg);
    bind_text(st, 6, "");
    sqlite3_bind_null(st, 7);
    int64_t f = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (!f) return TL_OK;
    *applied = 1;
    return run_id(s, Q_FACT_REJECT, f, err);
}

/* Applies one recorded correction to the current graph; a correction whose
 * names no longer resolve to one entity is skipped (applied = 0), never an
 * error, so a batch of corrections cannot block an ingest. */
static int apply_correction(sq *s, int kind, const char *a, const char *b, int *applied, tl_error *err) {
    int64_t ea = 0, eb = 0;
    tl_error ignore;
    *applied = 0;
    if (kind == TL_CORR_REJECT) return reject_fact(s, a, applied, err);
    if (find_one(s, a, &ea, &ignore) != TL_OK) return TL_OK;
    switch (kind) {
    case TL_CORR_MERGE:
        if (find_one(s, b, &eb, &ignore) != TL_OK) return TL_OK;
        *applied = 1;
        return ea == eb ? TL_OK : merge_entities(s, ea, eb, err);
    case TL_CORR_SPLIT:
        return split_entity(s, ea, b, applied, err);
    case TL_CORR_RENAME: {
        char key[TL_RESOLVE_KEY_MAX];
        tl_resolve_key(b, strlen(b), key, sizeof key);
        sqlite3_stmt *st = Q(s, Q_RENAME);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, ea);
        bind_text(st, 2, b);
        bind_text(st, 3, key);
        if (run(s, st, err)) return TL_EDB;
        sqlite3_stmt *r = Q(s, Q_ENTITY_ROW);
        int type = 0;
        if (r) {
            sqlite3_bind_int64(r, 1, ea);
            if (sqlite3_step(r) == SQLITE_ROW) type = sqlite3_column_int(r, 0);
            sqlite3_reset(r);
        }
        /* the cached row must show the new name and the pin */
        if (!tl_cache_ent_put(s->cache, ea, type, 1, b, key)) return fail(err, TL_ENOMEM, "out of memory");
        *applied = 1;
        return tl_sqlite_add_name(s, ea, type, b, strlen(b), 1, err);
    }
    case TL_CORR_ALIAS_ADD: {
        sqlite3_stmt *r = Q(s, Q_ENTITY_ROW);
        int type = 0;
        if (!r) return db_err(s, err, "prepare");
        sqlite3_bind_int64(r, 1, ea);
        if (sqlite3_step(r) == SQLITE_ROW) type = sqlite3_column_int(r, 0);
        sqlite3_reset(r);
        *applied = 1;
        return tl_sqlite_add_name(s, ea, type, b, strlen(b), 1, err);
    }
    case TL_CORR_ALIAS_REMOVE: {
        char key[TL_RESOLVE_KEY_MAX];
        tl_resolve_key(b, strlen(b), key, sizeof key);
        sqlite3_stmt *st = Q(s, Q_ALIAS_DEL);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, ea);
        bind_text(st, 2, key);
        if (run(s, st, err)) return TL_EDB;
        if (sqlite3_changes(s->db)) tl_sqlite_cache_clear(s); /* names gone */
        *applied = 1;
        return TL_OK;
    }
    default:
        return TL_OK;
    }
}

typedef struct corr_row {
    int64_t id;
    int kind;
    char *a, *b;
} corr_row;

int tl_sqlite_reapply_corrections(sq *s, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_CORR_ALL);
    if (!st) return db_err(s, err, "prepare");
    corr_row *rows = NULL;
    size_t n = 0, cap = 0;
    int rc = TL_OK, src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            corr_row *nr = realloc(rows, cap * sizeof *nr);
            if (!nr) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
            rows = nr;
        }
        rows[n].id = sqlite3_column_int64(st, 0);
        rows[n].kind = sqlite3_column_int(st, 1);
        rows[n].a = strdup(col_text(st, 2));
        rows[n].b = strdup(col_text(st, 3));
        n++;
    }
    sqlite3_reset(st);
    if (rc == TL_OK && src != SQLITE_DONE) rc = db_err(s, err, "corrections");
    for (size_t i = 0; rc == TL_OK && i < n; i++) {
        int applied = 0;
        if (!rows[i].a || !rows[i].b) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
        rc = apply_correction(s, rows[i].kind, rows[i].a, rows[i].b, &applied, err);
        if (rc == TL_OK) rc = set_applied(s, rows[i].id, applied, err);
    }
    for (size_t i = 0; i < n; i++) { free(rows[i].a); free(rows[i].b); }
    free(rows);
    return rc;
}

/* Drops layer 2 and rebuilds it from the layer 1 of `docs` (every
 * document, oldest first), then re-applies the corrections.  Runs inside
 * the caller's transaction. */
int tl_sqlite_rebuild_graph(sq *s, const ivec *docs, tl_error *err) {
    int rc = exec(s, "UPDATE doc_entities SET entity=NULL; UPDATE fact_evidence SET fact=NULL;"
                     "UPDATE alerts SET entity=NULL; DELETE FROM facts; DELETE FROM entity_names;"
                     "DELETE FROM entities; DELETE FROM resolution;", err);
    if (rc) return rc;
    tl_sqlite_cache_clear(s);
    for (size_t i = 0; i < docs->n; i++)
        if ((rc = tl_sqlite_link_doc(s, docs->v[i], NULL, err))) return rc;
    return tl_sqlite_reapply_corrections(s, err);
}

int tl_sqlite_correct(void *impl, int kind, const char *a, const char *b, int64_t fact, int64_t *id,
                      tl_error *err) {
    sq *s = impl;
    int force = (kind & TL_CORR_FORCE) != 0;
    kind &= ~TL_CORR_FORCE;
    if (kind < 0 || kind >= TL_CORR_KIND_COUNT) return fail(err, TL_EINVAL, "unknown correction");
    char sig[1600], rec_a[512], rec_b[512];
    int64_t ea = 0, eb = 0;
    int rc;
    if (kind == TL_CORR_REJECT) {
        sqlite3_stmt *st = Q(s, Q_FACT_SIG);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, fact);
        if (sqlite3_step(st) != SQLITE_ROW) {
            sqlite3_reset(st);
            if (err) {
                err->code = TL_ENOTFOUND;
                err->offset = -1;
                snprintf(err->msg, sizeof err->msg, "no fact %lld", (long long)fact);
            }
            return TL_ENOTFOUND;
        }
        /* by the names of its arguments, which survive a rebuild; ids do not */
        snprintf(sig, sizeof sig, "%d|%d|%s|%s|%s", sqlite3_column_int(st, 0), sqlite3_column_int(st, 1),
                 col_text(st, 2), col_text(st, 3), col_text(st, 4));
        sqlite3_reset(st);
        if (query_i64(s, "SELECT rejected FROM facts WHERE id=?3", NULL, NULL, fact) == 1)
            return fail(err, TL_EINVAL, "that fact is rejected already");
        a = sig;
        b = NULL;
    } else {
        if (!a || !b || !*a || !*b) return fail(err, TL_EINVAL, "a correction needs an entity and a name");
        if ((rc = find_one(s, a, &ea, err))) return rc;
        if (kind == TL_CORR_MERGE && (rc = find_one(s, b, &eb, err))) return rc;
        if (kind == TL_CORR_MERGE && ea == eb) return fail(err, TL_EINVAL, "these names are one entity already");
        char k[TL_RESOLVE_KEY_MAX];
        if (kind != TL_CORR_MERGE && !tl_resolve_key(b, strlen(b), k, sizeof k))
            return fail(err, TL_EINVAL, "the name has no letters");
        tl_cache_ent *ra, *rb;
        if ((rc = tl_sqlite_ent_row(s, ea, &ra, err))) return rc;
        if (!ra) return fail(err, TL_ENOTFOUND, "no such entity");
        int ta = ra->type;
        char name_a[512];
        snprintf(name_a, sizeof name_a, "%s", ra->name);
        if (kind == TL_CORR_MERGE) {
            if ((rc = tl_sqlite_ent_row(s, eb, &rb, err))) return rc;
            if (!rb) return fail(err, TL_ENOTFOUND, "no such entity");
            /* a country is not a person: two types are two things unless
             * the analyst insists */
            if (rb->type != ta && !force) {
                if (err) {
                    err->code = TL_EINVAL;
                    err->offset = -1;
                    snprintf(err->msg, sizeof err->msg,
                             "'%.80s' is %s and '%.80s' is %s: not merged (--force merges them anyway)", name_a,
                             tl_ent_type_name(ta) ? tl_ent_type_name(ta) : "?", rb->name,
                             tl_ent_type_name(rb->type) ? tl_ent_type_name(rb->type) : "?");
                }
                return TL_EINVAL;
            }
        }
        /* a correction that would change nothing is refused, not recorded */
        int64_t has_name = query_i64(s, "SELECT count(*) FROM entity_names WHERE entity=?3 AND key=?1 AND kind=0",
                                     k, NULL, ea);
        if (kind == TL_CORR_RENAME && strcmp(ra->name, b) == 0)
            return fail(err, TL_EINVAL, "that is its name already: nothing to change");
        if (kind == TL_CORR_ALIAS_ADD && has_name > 0)
            return fail(err, TL_EINVAL, "that is one of its names already: nothing to change");
        if (kind == TL_CORR_ALIAS_REMOVE && has_name == 0)
            return fail(err, TL_EINVAL, "that is not one of its names: nothing to change");
        if (kind == TL_CORR_ALIAS_ADD && !force) {
            /* a name another entity bears would make that one ambiguous */
            ivec other = {0};
            if ((rc = tl_sqlite_find_ids(s, b, &other, err))) { free(other.v); return rc; }
            int64_t o = 0;
            for (size_t i = 0; i < other.n && !o; i++)
                if (other.v[i] != ea) o = other.v[i];
            free(other.v);
            if (o) {
                if (err) {
                    err->code = TL_EINVAL;
                    err->offset = -1;
                    snprintf(err->msg, sizeof err->msg,
                             "'%s' already names entity #%lld: not added (--force adds it anyway)", b, (long long)o);
                }
                return TL_EINVAL;
            }
        }
        /* Record the entities by names that survive a rebuild. */
        if ((rc = tl_store_record_name(&tl_store_sqlite_ops, s, ea, a, rec_a, sizeof rec_a, err))) return rc;
        a = rec_a;
        if (kind == TL_CORR_MERGE) {
            if ((rc = tl_store_record_name(&tl_store_sqlite_ops, s, eb, b, rec_b, sizeof rec_b, err))) return rc;
            b = rec_b;
        }
    }
    /* the same correction twice is recorded once */
    int64_t dup = query_i64(s, "SELECT id FROM corrections WHERE kind=?3 AND a=?1 AND b IS ?2 AND applied=1", a, b, kind);
    if (dup > 0) {
        if (err) {
            err->code = TL_EINVAL;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, "already recorded as correction %lld", (long long)dup);
        }
        return TL_EINVAL;
    }
    if ((rc = exec(s, "BEGIN IMMEDIATE", err))) return rc;
    if ((rc = tl_sqlite_cache_check(s, err))) goto fail;
    sqlite3_stmt *st = Q(s, Q_CORR_INS);
    if (!st) { rc = db_err(s, err, "prepare"); goto fail; }
    sqlite3_bind_int(st, 1, kind);
    bind_text(st, 2, a);
    bind_text(st, 3, b);
    if ((rc = run(s, st, err))) goto fail;
    int64_t cid = sqlite3_last_insert_rowid(s->db);
    int applied = 0;
    if ((rc = apply_correction(s, kind, a, b, &applied, err)) ||
        (rc = set_applied(s, cid, applied, err)))
        goto fail;
    if (kind == TL_CORR_SPLIT && !applied) {
        rc = fail(err, TL_EINVAL, "nothing to split off: no document, or every document, names the entity so "
                                  "(use 'alias remove' or 'rename')");
        goto fail;
    }
    if ((rc = exec(s, "COMMIT", err))) goto fail;
    if (id) *id = cid;
    return TL_OK;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    tl_sqlite_cache_clear(s);
    return rc;
}

int tl_sqlite_undo(void *impl, int64_t id, int64_t *undone, tl_error *err) {
    sq *s = impl;
    int64_t cid = id > 0 ? query_i64(s, "SELECT id FROM corrections WHERE id=?3", NULL, NULL, id)
                         : tl_sqlite_scalar(s, "SELECT coalesce(max(id),0) FROM corrections");
    if (cid <= 0) {
        if (err) {
            err->code = TL_ENOTFOUND;
            err->offset = -1;
            if (id > 0) snprintf(err->msg, sizeof err->msg, "no correction %lld (see 'threadline corrections')", (long long)id);
            else snprintf(err->msg, sizeof err->msg, "no correction to undo");
        }
        return TL_ENOTFOUND;
    }
    int rc = exec(s, "BEGIN IMMEDIATE", err);
    if (rc) return rc;
    if ((rc = tl_sqlite_cache_check(s, err)) || (rc = run_id(s, Q_CORR_DEL, cid, err))) goto fail;
    /* the graph is rebuilt from the documents and the corrections left:
     * undoing a merge or a split has no cheaper exact inverse */
    ivec docs = {0};
    sqlite3_stmt *st = Q(s, Q_DOC_LIST);
    if (!st) { rc = db_err(s, err, "prepare"); goto fail; }
    while (sqlite3_step(st) == SQLITE_ROW)
        if (!ivec_push(&docs, sqlite3_column_int64(st, 0))) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
    sqlite3_reset(st);
    if (!rc) rc = tl_sqlite_rebuild_graph(s, &docs, err);
    free(docs.v);
    if (rc || (rc = exec(s, "COMMIT", err))) goto fail;
    if (undone) *undone = cid;
    return TL_OK;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    tl_sqlite_cache_clear(s);
    return rc;
}
