/* tl_store_sqlite_query.c -- the SQLite backend's read side: entities, facts, evidence, search, stats, documents, watchlist and alerts. */
#include "tl_store_sqlite_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- queries ------------------------------------------------------------- */
static void fill_entity(sqlite3_stmt *st, tl_store_entity *e) {
    e->id = sqlite3_column_int64(st, 0);
    e->type = sqlite3_column_int(st, 1);
    e->name = col_text(st, 2);
    e->n_docs = sqlite3_column_int64(st, 3);
    e->n_mentions = sqlite3_column_int64(st, 4);
    e->n_facts = sqlite3_column_int64(st, 5);
    e->first_seen = col_text(st, 6);
    e->last_seen = col_text(st, 7);
}

static int entity_full(sq *s, int64_t id, tl_store_entity_cb cb, void *ctx, int *stop, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_ENTITY_FULL);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        tl_store_entity e;
        fill_entity(st, &e);
        if (cb(ctx, &e) && stop) *stop = 1;
        rc = SQLITE_DONE;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "entity");
}

int tl_sqlite_entity_find(void *impl, const char *name, tl_store_entity_cb cb, void *ctx, int *n_found,
                          tl_error *err) {
    sq *s = impl;
    ivec ids = {0};
    int rc = tl_sqlite_find_ids(s, name, &ids, err);
    if (n_found) *n_found = rc ? 0 : (int)ids.n;
    int stop = 0;
    for (size_t i = 0; rc == TL_OK && i < ids.n && !stop && cb; i++)
        rc = entity_full(s, ids.v[i], cb, ctx, &stop, err);
    free(ids.v);
    return rc;
}

int tl_sqlite_entities(void *impl, const tl_store_entity_filter *f, tl_store_entity_cb cb, void *ctx,
                       tl_error *err) {
    sq *s = impl;
    if (f && f->id) return entity_full(s, f->id, cb, ctx, NULL, err);
    sqlite3_stmt *st = Q(s, f && f->order_by_degree ? Q_ENTITIES_BY_DEGREE : Q_ENTITIES_BY_NAME);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int(st, 1, f ? f->type : -1);
    char key[TL_RESOLVE_KEY_MAX];
    if (f && f->match && tl_resolve_key(f->match, strlen(f->match), key, sizeof key)) bind_text(st, 2, key);
    else sqlite3_bind_null(st, 2);
    sqlite3_bind_int64(st, 3, f && f->limit > 0 ? f->limit : -1);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_entity e;
        fill_entity(st, &e);
        if (cb(ctx, &e)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "entities");
}

int tl_sqlite_entity_brief(void *impl, int64_t id, tl_store_entity_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ENTITY_BRIEF);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        tl_store_entity e = {sqlite3_column_int64(st, 0), sqlite3_column_int(st, 1), col_text(st, 2),
                             -1, -1, -1, "", ""};
        cb(ctx, &e);
        rc = SQLITE_DONE;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "entity");
}

int tl_sqlite_entity_names(void *impl, int64_t entity, tl_store_name_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ENTITY_BRIEF);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, entity);
    char canon[1024] = "";
    if (sqlite3_step(st) == SQLITE_ROW) snprintf(canon, sizeof canon, "%s", col_text(st, 2));
    sqlite3_reset(st);
    if (canon[0] && cb(ctx, canon, "canonical", -1)) return TL_OK;
    if (!(st = Q(s, Q_ENTITY_NAMES))) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, entity);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *n = col_text(st, 0);
        if (strcmp(n, canon) == 0) continue;
        if (cb(ctx, n, sqlite3_column_int(st, 1) ? "alias" : "name", -1)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "names");
}

int tl_sqlite_entity_docs(void *impl, int64_t entity, tl_store_doc_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, entity ? Q_ENTITY_DOCS : Q_ALL_DOCS);
    if (!st) return db_err(s, err, "prepare");
    if (entity) sqlite3_bind_int64(st, 1, entity);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_doc d = {sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3),
                          col_text(st, 4), col_text(st, 5), sqlite3_column_int64(st, 6), col_text(st, 7)};
        if (cb(ctx, &d)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "documents");
}

int tl_sqlite_entity_origin(void *impl, int64_t entity, int *type, char *out, size_t cap, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ENTITY_ORIGIN);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, entity);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *type = sqlite3_column_int(st, 0);
        snprintf(out, cap, "%s", col_text(st, 1));
    }
    sqlite3_reset(st);
    if (rc == SQLITE_ROW) return TL_OK;
    if (rc == SQLITE_DONE) return fail(err, TL_ENOTFOUND, "no such entity");
    return db_err(s, err, "entity origin");
}

int tl_sqlite_facts(void *impl, const tl_store_fact_filter *f, tl_store_fact_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    tl_store_fact_filter none = {.type = -1, .modality = -1};
    if (!f) f = &none;
    int q = f->id ? Q_FACTS_ID : f->entity ? Q_FACTS_ENTITY : Q_FACTS_ALL;
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int(st, 1, f->type);
    bind_text(st, 2, f->since);
    bind_text(st, 3, f->until);
    sqlite3_bind_int(st, 4, f->modality);
    sqlite3_bind_int(st, 5, f->include_rejected);
    sqlite3_bind_int(st, 6, f->dated_only);
    sqlite3_bind_int64(st, 7, f->limit > 0 ? f->limit : -1);
    sqlite3_bind_int64(st, 8, f->id ? f->id : f->entity);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_fact x;
        x.id = sqlite3_column_int64(st, 0);
        x.type = sqlite3_column_int(st, 1);
        x.modality = sqlite3_column_int(st, 2);
        x.status = sqlite3_column_int(st, 3);
        x.negated = sqlite3_column_int(st, 4);
        x.rejected = sqlite3_column_int(st, 5);
        for (int i = 0; i < 3; i++) {
            x.args[i] = sqlite3_column_int64(st, 6 + i);
            x.arg_names[i] = x.args[i] ? col_text(st, 9 + i) : NULL;
        }
        x.place = sqlite3_column_int64(st, 12);
        x.place_name = x.place ? col_text(st, 13) : NULL;
        x.source = sqlite3_column_int64(st, 14);
        x.source_name = x.source ? col_text(st, 15) : NULL;
        x.time_value = col_text(st, 16);
        x.amount_text = col_text(st, 17);
        x.amount_value = sqlite3_column_double(st, 18);
        x.currency = col_text(st, 19);
        x.n_evidence = sqlite3_column_int64(st, 20);
        if (cb(ctx, &x)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "facts");
}

int tl_sqlite_fact_evidence(void *impl, int64_t fact, tl_store_evidence_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_EVIDENCE);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, fact);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_evidence ev;
        ev.fact = sqlite3_column_int64(st, 0);
        ev.doc = sqlite3_column_int64(st, 1);
        ev.doc_id = col_text(st, 2);
        ev.doc_path = col_text(st, 3);
        ev.doc_title = col_text(st, 4);
        ev.published = col_text(st, 5);
        ev.start = (uint32_t)sqlite3_column_int(st, 6);
        ev.end = (uint32_t)sqlite3_column_int(st, 7);
        ev.text = sqlite3_column_blob(st, 8);
        ev.len = (size_t)sqlite3_column_bytes(st, 8);
        if (!ev.text) ev.text = "";
        ev.modality = sqlite3_column_int(st, 9);
        ev.time_text = col_text(st, 10);
        if (cb(ctx, &ev)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "evidence");
}

int tl_sqlite_adjacent(void *impl, int64_t entity, tl_store_adj_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ADJ);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, entity);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t other = sqlite3_column_int64(st, 1);
        if (other == entity) continue;
        if (cb(ctx, sqlite3_column_int64(st, 0), other)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "adjacent");
}

/* No round trips to save here, but one statement per entity gives each
 * link's modality and document count with it: a ranked path search asked
 * two more queries per link otherwise. */
int tl_sqlite_adjacent_many(void *impl, const int64_t *ids, size_t n, int links, tl_store_adjx_cb cb, void *ctx,
                            tl_error *err) {
    sq *s = impl;
    char name[1024];
    for (size_t i = 0; i < n; i++) {
        sqlite3_stmt *st = Q(s, Q_ENTITY_BRIEF);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, ids[i]);
        tl_store_adjx row = {ids[i], -1, "", 0, 0, 0, 0};
        int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            row.type = sqlite3_column_int(st, 1);
            snprintf(name, sizeof name, "%s", col_text(st, 2));
            row.name = name;
        }
        sqlite3_reset(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_err(s, err, "entity");
        int any = 0, stop = 0;
        if (links && row.type >= 0) {
            if (!(st = Q(s, Q_ADJX))) return db_err(s, err, "prepare");
            sqlite3_bind_int64(st, 1, ids[i]);
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                row.other = sqlite3_column_int64(st, 1);
                if (row.other == ids[i]) continue;
                row.fact = sqlite3_column_int64(st, 0);
                row.modality = sqlite3_column_int(st, 2);
                row.n_docs = sqlite3_column_int64(st, 3);
                any = 1;
                if (cb(ctx, &row)) { stop = 1; rc = SQLITE_DONE; break; }
            }
            sqlite3_reset(st);
            if (rc != SQLITE_DONE) return db_err(s, err, "adjacent");
            if (stop) return TL_OK;
        }
        if (!any) {
            row.fact = row.other = 0;
            if (cb(ctx, &row)) return TL_OK;
        }
    }
    return TL_OK;
}

int tl_sqlite_edges(void *impl, tl_store_adj_cb2 cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_EDGES);
    if (!st) return db_err(s, err, "prepare");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t a = sqlite3_column_int64(st, 0), b = sqlite3_column_int64(st, 1);
        if (a == b) continue;
        if (cb(ctx, a, b)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "edges");
}

static int search_once(sq *s, const char *query, const char *open, const char *close, int64_t limit,
                       tl_store_hit_cb cb, void *ctx, int *syntax) {
    sqlite3_stmt *st = Q(s, Q_SEARCH);
    if (!st) return SQLITE_ERROR;
    bind_text(st, 1, query);
    bind_text(st, 2, open);
    bind_text(st, 3, close);
    sqlite3_bind_int64(st, 4, limit > 0 ? limit : 20);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_hit h = {sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3),
                          (uint32_t)sqlite3_column_int(st, 4), (uint32_t)sqlite3_column_int(st, 5),
                          col_text(st, 6), sqlite3_column_double(st, 7)};
        if (cb(ctx, &h)) { rc = SQLITE_DONE; break; }
    }
    /* FTS5 reports a malformed query as a plain SQLITE_ERROR ("fts5: syntax
     * error", "unterminated string"); I/O and busy errors have other codes */
    *syntax = rc == SQLITE_ERROR;
    sqlite3_reset(st);
    return rc;
}

int tl_sqlite_search(void *impl, const char *query, const char *open, const char *close, int64_t limit,
                     tl_store_hit_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    int syntax = 0;
    int rc = search_once(s, query, open, close, limit, cb, ctx, &syntax);
    if (rc == SQLITE_DONE) return TL_OK;
    if (!syntax) return db_err(s, err, "search");
    /* not FTS5 syntax (a stray quote or operator): search it as a phrase */
    size_t n = strlen(query);
    char *phrase = malloc(2 * n + 3), *p = phrase;
    if (!phrase) return fail(err, TL_ENOMEM, "out of memory");
    *p++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (query[i] == '"') *p++ = '"';
        *p++ = query[i];
    }
    *p++ = '"';
    *p = 0;
    rc = search_once(s, phrase, open, close, limit, cb, ctx, &syntax);
    free(phrase);
    if (rc == SQLITE_DONE) return TL_OK;
    return syntax ? fail(err, TL_EINVAL, "the search query is not valid") : db_err(s, err, "search");
}

int64_t tl_sqlite_scalar(sq *s, const char *sql) {
    sqlite3_stmt *st;
    int64_t v = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

int tl_sqlite_get_stats(void *impl, tl_store_stats *out, tl_error *err) {
    sq *s = impl;
    tl_store_stats r = {0};
    r.documents = tl_sqlite_scalar(s, "SELECT count(*) FROM documents");
    r.sentences = tl_sqlite_scalar(s, "SELECT count(*) FROM sentences");
    r.entities = tl_sqlite_scalar(s, "SELECT count(*) FROM entities");
    r.names = tl_sqlite_scalar(s, "SELECT count(*) FROM entity_names WHERE kind=0");
    r.mentions = tl_sqlite_scalar(s, "SELECT coalesce(sum(n_mentions),0) FROM doc_entities");
    r.facts = tl_sqlite_scalar(s, "SELECT count(*) FROM facts WHERE rejected=0");
    r.evidence = tl_sqlite_scalar(s, "SELECT count(*) FROM fact_evidence");
    r.corrections = tl_sqlite_scalar(s, "SELECT count(*) FROM corrections");
    r.watched = tl_sqlite_scalar(s, "SELECT count(*) FROM watchlist");
    r.alerts = tl_sqlite_scalar(s, "SELECT count(*) FROM alerts");
    r.text_bytes = tl_sqlite_scalar(s, "SELECT coalesce(sum(length(text)),0) FROM documents");
    r.file_bytes = tl_sqlite_scalar(s, "SELECT (SELECT page_count FROM pragma_page_count()) * (SELECT page_size FROM"
                             " pragma_page_size()) - (SELECT freelist_count FROM pragma_freelist_count()) *"
                             " (SELECT page_size FROM pragma_page_size())");
    if (r.documents < 0 || r.entities < 0 || r.facts < 0) return db_err(s, err, "stats");
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT type, count(*) FROM entities GROUP BY type", -1, &st, NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            int t = sqlite3_column_int(st, 0);
            if (t >= 0 && t < TL_ENT_TYPE_COUNT) r.by_type[t] = sqlite3_column_int64(st, 1);
        }
        sqlite3_finalize(st);
    }
    if (sqlite3_prepare_v2(s->db, "SELECT type, count(*) FROM facts WHERE rejected=0 GROUP BY type", -1, &st,
                           NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            int t = sqlite3_column_int(st, 0);
            if (t >= 0 && t < TL_FACT_TYPE_COUNT) r.by_fact_type[t] = sqlite3_column_int64(st, 1);
        }
        sqlite3_finalize(st);
    }
    *out = r;
    return TL_OK;
}
/* ---- documents, forget, undo --------------------------------------------- */
int tl_sqlite_documents(void *impl, tl_store_docrow_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT d.id, d.sha256, d.path, coalesce(d.title,''), d.published, coalesce(d.url,''),"
                           " d.ingested_at, length(d.text), d.sent_last - d.sent_first + 1,"
                           " (SELECT count(*) FROM doc_entities WHERE doc=d.id),"
                           " (SELECT count(*) FROM fact_evidence WHERE doc=d.id) FROM documents d ORDER BY d.id",
                           -1, &st, NULL) != SQLITE_OK)
        return db_err(s, err, "prepare");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_docrow d = {sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3),
                               col_text(st, 4), col_text(st, 5), col_text(st, 6), sqlite3_column_int64(st, 7),
                               sqlite3_column_int64(st, 8), sqlite3_column_int64(st, 9),
                               sqlite3_column_int64(st, 10)};
        if (cb(ctx, &d)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "documents");
}

int tl_sqlite_entity_why(void *impl, int64_t entity, tl_store_join_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT d.id, d.path, d.published, de.name, coalesce(r.why,0), coalesce(r.matched,''),"
                           " coalesce(r.joined,'') FROM doc_entities de JOIN documents d ON d.id=de.doc"
                           " LEFT JOIN resolution r ON r.de=de.id WHERE de.entity=?1 ORDER BY de.doc, de.id",
                           -1, &st, NULL) != SQLITE_OK)
        return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, entity);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int why = sqlite3_column_int(st, 4);
        tl_store_join j = {sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3),
                           why ? tl_resolve_why_name(why) : "first seen here", (why & TL_WHY_CONTEXT) != 0,
                           col_text(st, 5), col_text(st, 6)};
        if (cb(ctx, &j)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "resolution");
}

int tl_sqlite_corrections(void *impl, tl_store_correction_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_CORR_LIST);
    if (!st) return db_err(s, err, "prepare");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_correction c = {sqlite3_column_int64(st, 0), sqlite3_column_int(st, 1), col_text(st, 2),
                                 sqlite3_column_type(st, 3) == SQLITE_NULL ? NULL : col_text(st, 3),
                                 col_text(st, 4), sqlite3_column_int(st, 5)};
        if (cb(ctx, &c)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "corrections");
}

int tl_sqlite_watch_add(void *impl, const char *name, tl_error *err) {
    sq *s = impl;
    char key[TL_RESOLVE_KEY_MAX];
    if (!name || !tl_resolve_key(name, strlen(name), key, sizeof key))
        return fail(err, TL_EINVAL, "the name has no letters");
    sqlite3_stmt *st = Q(s, Q_WATCH_ADD);
    if (!st) return db_err(s, err, "prepare");
    bind_text(st, 1, name);
    bind_text(st, 2, key);
    return run(s, st, err);
}

int tl_sqlite_watch_remove(void *impl, const char *name, tl_error *err) {
    sq *s = impl;
    char key[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(name, strlen(name), key, sizeof key);
    sqlite3_stmt *st = Q(s, Q_WATCH_DEL);
    if (!st) return db_err(s, err, "prepare");
    bind_text(st, 1, key);
    if (run(s, st, err)) return TL_EDB;
    return sqlite3_changes(s->db) ? TL_OK : fail(err, TL_ENOTFOUND, "that name is not watched");
}

int tl_sqlite_watch_list(void *impl, tl_store_name_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_WATCH_LIST);
    if (!st) return db_err(s, err, "prepare");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (cb(ctx, col_text(st, 0), "watch", sqlite3_column_int64(st, 1))) { rc = SQLITE_DONE; break; }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "watchlist");
}

int tl_sqlite_alerts(void *impl, int64_t since_id, tl_store_alert_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ALERTS);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, since_id);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_alert a = {sqlite3_column_int64(st, 0), col_text(st, 1), sqlite3_column_int64(st, 2),
                            col_text(st, 3), sqlite3_column_int64(st, 4), col_text(st, 5), col_text(st, 6),
                            col_text(st, 7)};
        if (cb(ctx, &a)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "alerts");
}
