/* tl_store_sqlite_ingest.c -- the SQLite backend's ingest: a document's layer 1 and 2, bulk and group transactions, reindex, forget. */
#include "tl_store_sqlite_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A document's transaction: nothing in bulk mode (the bulk transaction
 * holds it), a savepoint inside a group, its own transaction otherwise. */
static int begin(sq *s, tl_error *err) {
    if (s->bulk) return TL_OK;
    if (s->group) {
        s->fts_mark = s->fts_n; /* a rollback drops the document's queued sentences */
        s->fts_tmark = s->fts_tn;
        tl_sqlite_defer_mark(s);
        return run(s, Q(s, Q_SAVEPOINT), err);
    }
    if (exec(s, "BEGIN IMMEDIATE", err)) return TL_EDB;
    int rc = tl_sqlite_cache_check(s, err);
    if (rc) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}
static int commit(sq *s, tl_error *err) {
    if (s->bulk) return TL_OK;
    return s->group ? run(s, Q(s, Q_RELEASE), err) : exec(s, "COMMIT", err);
}
static void rollback(sq *s) {
    if (s->group) {
        sqlite3_exec(s->db, "ROLLBACK TO tl_doc; RELEASE tl_doc", NULL, NULL, NULL);
        s->fts_n = s->fts_mark;
        s->fts_tn = s->fts_tmark;
        if (s->defer) tl_sqlite_defer_undo(s);
    }
    else if (!s->bulk) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    tl_sqlite_cache_clear(s); /* it may hold names and entities of the rolled-back document */
}

/* A growing byte buffer for the varint-coded mention spans. */
typedef struct bbuf {
    unsigned char *v;
    size_t n, cap;
    int64_t last;   /* previous start */
} bbuf;

static uint64_t zigzag(int64_t x) { return ((uint64_t)x << 1) ^ (uint64_t)(x >> 63); }

static int bbuf_varint(bbuf *b, uint64_t x) {
    if (b->n + 10 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        unsigned char *v = realloc(b->v, cap);
        if (!v) return 0;
        b->v = v;
        b->cap = cap;
    }
    do {
        unsigned char c = x & 0x7f;
        x >>= 7;
        b->v[b->n++] = (unsigned char)(c | (x ? 0x80 : 0));
    } while (x);
    return 1;
}

static tl_str span_str(const tl_doc *d, tl_span sp) {
    if (sp.end <= sp.start || sp.end > d->len) return (tl_str){"", 0};
    return (tl_str){d->text + sp.start, sp.end - sp.start};
}

/* Stores layer 1 of a document (its sentences, entities, mentions and
 * facts) under document row `doc`.  With `resolve`, layer 2 is built in
 * the same pass (ingest): entities are resolved from the document in
 * memory before their rows are written, and each fact is found or created
 * before its evidence row is, so no row is written twice.  Without it
 * (reindex) the links are left NULL for tl_sqlite_link_doc.  res may be NULL. */
static int store_layer1(sq *s, int64_t doc, const tl_doc *d, int resolve, tl_store_ingest_result *res,
                        tl_error *err) {
    sqlite3_stmt *st;
    int rc = TL_OK;
    int64_t first = 0, last = -1;
    for (uint32_t i = 0; i < d->n_sentences; i++) {
        const tl_sentence *se = &d->sentences[i];
        if (se->end <= se->start || se->end > d->len) continue;
        if (!(st = Q(s, Q_INS_SENT))) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, (int)se->start);
        sqlite3_bind_int(st, 3, (int)se->end);
        if (run(s, st, err)) return TL_EDB;
        int64_t sid = sqlite3_last_insert_rowid(s->db);
        if (first == 0) first = sid;
        last = sid;
        /* In a group the full-text rows are written once, at its end
         * (tl_sqlite_group_end): FTS5 flushes its pending terms as a new segment
         * at every savepoint release, so one flush per document cost ~10%
         * of the store and left many small segments to merge. */
        if (s->group) {
            if (!tl_sqlite_fts_queue(s, sid, d->text + se->start, se->end - se->start))
                return fail(err, TL_ENOMEM, "out of memory");
            continue;
        }
        if (!(st = Q(s, Q_INS_FTS))) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, sid);
        sqlite3_bind_text(st, 2, d->text + se->start, (int)(se->end - se->start), SQLITE_STATIC);
        if (run(s, st, err)) return TL_EDB;
    }
    if (!(st = Q(s, Q_SET_SENT_RANGE))) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, first);
    sqlite3_bind_int64(st, 3, last);
    if (run(s, st, err)) return TL_EDB;
    size_t ne = d->n_entities;
    bbuf *spans = NULL;
    int64_t *de = calloc(ne + 1, sizeof *de), *ents = calloc(ne + 1, sizeof *ents);
    de_row *rows = calloc(ne + 1, sizeof *rows);
    join_note *notes = NULL;
    if (!de || !ents || !rows) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    for (size_t i = 0; i < ne; i++) {
        const tl_entity *en = &d->entities[i];
        /* aliases joined by U+001F; names never contain control characters */
        size_t total = 1;
        for (uint32_t k = 0; k < en->n_aliases; k++) total += en->aliases[k].len + 1;
        char *al = malloc(total), *p = al, *nm = malloc(en->name.len + 1);
        rows[i] = (de_row){0, en->type, nm, al};
        if (!al || !nm) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
        if (en->name.len) memcpy(nm, en->name.ptr, en->name.len);
        nm[en->name.len] = 0;
        for (uint32_t k = 0; k < en->n_aliases; k++) {
            if (k) *p++ = '\x1f';
            memcpy(p, en->aliases[k].ptr, en->aliases[k].len);
            p += en->aliases[k].len;
        }
        *p = 0;
    }
    if (resolve && !(notes = calloc(ne + 1, sizeof *notes))) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    if (resolve && (rc = tl_sqlite_resolve_des(s, rows, ne, ents, notes, res, err))) goto done;
    /* each entity's mention spans, in document order, as zigzag varints:
     * start minus the previous start, then length (a 5-10x smaller store
     * of mentions than one row each) */
    spans = calloc(ne + 1, sizeof *spans);
    if (!spans) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->entity < 0 || (uint32_t)m->entity >= d->n_entities || m->end < m->start) continue;
        bbuf *b = &spans[m->entity];
        if (!bbuf_varint(b, zigzag((int64_t)m->start - b->last)) || !bbuf_varint(b, (uint64_t)(m->end - m->start))) {
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto done;
        }
        b->last = (int64_t)m->start;
    }
    for (size_t i = 0; i < ne; i++) {
        const tl_entity *en = &d->entities[i];
        if (s->defer) {
            if ((rc = tl_sqlite_defer_de(s, doc, (int)i, en, rows[i].aliases, ents[i], spans[i].v, spans[i].n, &de[i], err)))
                goto done;
            tl_sqlite_recent_note(s, ents[i], doc);
            continue;
        }
        if (!(st = Q(s, Q_INS_DE))) { rc = db_err(s, err, "prepare"); goto done; }
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, (int)i);
        sqlite3_bind_int(st, 3, en->type);
        bind_str(st, 4, en->name);
        sqlite3_bind_text(st, 5, rows[i].aliases, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 6, (int)en->n_mentions);
        bind_id(st, 7, ents[i]);
        if (spans[i].n) sqlite3_bind_blob(st, 8, spans[i].v, (int)spans[i].n, SQLITE_STATIC);
        else sqlite3_bind_null(st, 8);
        if ((rc = run(s, st, err))) goto done;
        de[i] = sqlite3_last_insert_rowid(s->db);
        tl_sqlite_recent_note(s, ents[i], doc);
    }
    if (notes && (rc = tl_sqlite_write_notes(s, rows, de, notes, ne, err))) goto done;
#define DE(x) ((x) >= 0 && (uint32_t)(x) < d->n_entities ? de[(x)] : 0)
    /* an argument the graph keeps no entity for reads -1 (tl_sqlite_attach_fact) */
#define ENT(x) ((x) >= 0 && (uint32_t)(x) < d->n_entities ? (ents[(x)] ? ents[(x)] : -1) : 0)
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type >= TL_FACT_TYPE_COUNT || DE(f->args[0]) == 0) continue;
        int64_t fact = 0;
        if (resolve) {
            ev_sig v = {f->type, f->modality == TL_NEGATED, f->status, f->modality, ENT(f->args[0]),
                        ENT(f->args[1]), ENT(f->args[2]), ENT(f->place), ENT(f->source), "", "", "",
                        f->amount_value};
            snprintf(v.time_value, sizeof v.time_value, "%.*s", (int)strnlen(f->time_value, sizeof f->time_value),
                     f->time_value);
            tl_str at = span_str(d, f->amount_text);
            snprintf(v.amount_text, sizeof v.amount_text, "%.*s", (int)at.len, at.ptr);
            snprintf(v.currency, sizeof v.currency, "%.*s", (int)strnlen(f->currency, sizeof f->currency),
                     f->currency);
            int created = 0;
            if ((rc = tl_sqlite_attach_fact(s, &v, 0, &fact, &created, err))) goto done;
            if (res) {
                if (created) res->n_facts_new++;
                else res->n_facts_joined++;
            }
        }
        if (s->defer) {
            pend_ev v = {.doc = doc, .fact = fact, .de = {DE(f->args[0]), DE(f->args[1]), DE(f->args[2]), DE(f->from),
                                                          DE(f->place), DE(f->source)},
                         .type = f->type, .neg = f->modality == TL_NEGATED, .status = f->status,
                         .modality = f->modality, .start = f->evidence.start, .end = f->evidence.end,
                         .amount_value = f->amount_value, .confidence = f->confidence};
            if ((rc = tl_sqlite_defer_ev(s, &v, span_str(d, f->time_text), f->time_value,
                               strnlen(f->time_value, sizeof f->time_value), span_str(d, f->amount_text),
                               f->currency, strnlen(f->currency, sizeof f->currency), err)))
                goto done;
            continue;
        }
        if (!(st = Q(s, Q_INS_EV))) { rc = db_err(s, err, "prepare"); goto done; }
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, f->type);
        bind_id(st, 3, DE(f->args[0]));
        bind_id(st, 4, DE(f->args[1]));
        bind_id(st, 5, DE(f->args[2]));
        bind_id(st, 6, DE(f->from));
        bind_id(st, 7, DE(f->place));
        bind_id(st, 8, DE(f->source));
        sqlite3_bind_int(st, 9, f->modality == TL_NEGATED);
        sqlite3_bind_int(st, 10, f->status);
        sqlite3_bind_int(st, 11, f->modality);
        sqlite3_bind_int(st, 12, (int)f->evidence.start);
        sqlite3_bind_int(st, 13, (int)f->evidence.end);
        bind_str(st, 14, span_str(d, f->time_text));
        sqlite3_bind_text(st, 15, f->time_value, (int)strnlen(f->time_value, sizeof f->time_value),
                          SQLITE_TRANSIENT);
        bind_str(st, 16, span_str(d, f->amount_text));
        sqlite3_bind_double(st, 17, f->amount_value);
        sqlite3_bind_text(st, 18, f->currency, (int)strnlen(f->currency, sizeof f->currency),
                          SQLITE_TRANSIENT);
        sqlite3_bind_double(st, 19, f->confidence);
        bind_id(st, 20, fact);
        if ((rc = run(s, st, err))) goto done;
    }
#undef DE
#undef ENT
done:
    for (size_t i = 0; spans && i < ne; i++) free(spans[i].v);
    free(spans);
    free(de);
    free(ents);
    tl_sqlite_free_notes(notes, ne);
    if (rows) tl_sqlite_free_des(rows, ne);
    return rc;
}

int tl_sqlite_ingest(void *impl, const tl_doc *d, const tl_store_docinfo *info,
                     tl_store_ingest_result *res, tl_error *err) {
    sq *s = impl;
    tl_store_ingest_result r = {0};
    const char *sha = info && info->sha256 ? info->sha256 : d->id;
    int found = 0, rc = tl_sqlite_has_doc(s, sha, &found, err);
    if (rc) return rc;
    /* a copy differing only in whitespace (or in markup, which the
     * readers strip) is the document already stored: never counted twice */
    char text_key[65];
    if (!found) {
        char *norm = malloc(d->len + 1);
        if (!norm) return fail(err, TL_ENOMEM, "out of memory");
        size_t n = 0;
        for (size_t i = 0; i < d->len; i++) {
            unsigned char c = (unsigned char)d->text[i];
            int space = c == ' ' || (c >= 9 && c <= 13);
            if (space) {
                if (n && norm[n - 1] != ' ') norm[n++] = ' ';
            } else {
                norm[n++] = (char)c;
            }
        }
        while (n && norm[n - 1] == ' ') n--;
        tl_sha256_hex(norm, n, text_key);
        free(norm);
        sqlite3_stmt *tk = Q(s, Q_DOC_BY_TEXT_KEY);
        if (!tk) return db_err(s, err, "prepare");
        bind_text(tk, 1, text_key);
        int trc = sqlite3_step(tk);
        found = trc == SQLITE_ROW && sqlite3_column_int64(tk, 0) > 0;
        sqlite3_reset(tk);
        if (trc != SQLITE_ROW && trc != SQLITE_DONE) return db_err(s, err, "text key");
    }
    if (found) {
        r.skipped = 1;
        if (res) *res = r;
        return TL_OK;
    }
    if ((rc = begin(s, err))) return rc;
    sqlite3_stmt *st = Q(s, Q_INS_DOC);
    if (!st) { rc = db_err(s, err, "prepare"); goto fail; }
    const char *title = info && info->title ? info->title : d->title;
    const char *published = info && info->published && info->published[0] ? info->published : d->published;
    bind_text(st, 1, sha);
    bind_text(st, 2, d->path ? d->path : "-");
    bind_text(st, 3, title);
    bind_text(st, 4, published ? published : "");
    bind_text(st, 5, info ? info->url : NULL);
    bind_text(st, 6, info ? info->source : NULL);
    sqlite3_bind_int(st, 7, info ? info->extracted : 0);
    sqlite3_bind_blob(st, 8, d->text ? d->text : "", (int)d->len, SQLITE_STATIC);
    if ((rc = run(s, st, err))) goto fail;
    r.doc = sqlite3_last_insert_rowid(s->db);
    sqlite3_stmt *tks = Q(s, Q_SET_TEXT_KEY);
    if (!tks) { rc = db_err(s, err, "prepare"); goto fail; }
    bind_text(tks, 1, text_key);
    sqlite3_bind_int64(tks, 2, r.doc);
    if (run(s, tks, err)) { rc = TL_EDB; goto fail; }
    if ((rc = store_layer1(s, r.doc, d, 1, &r, err))) goto fail;
    if (!s->bulk) {
        if ((rc = tl_sqlite_reapply_corrections(s, err))) goto fail;
        /* the INSERT ... SELECT still measured ~0.7 ms a document with an
         * empty watchlist (cause not pinned down): run it only when
         * something is watched */
        if (!(st = Q(s, Q_WATCH_ANY))) { rc = db_err(s, err, "prepare"); goto fail; }
        int any = sqlite3_step(st);
        sqlite3_reset(st);
        if (any != SQLITE_ROW && any != SQLITE_DONE) { rc = db_err(s, err, "watchlist"); goto fail; }
        if (any == SQLITE_ROW) {
            if (!(st = Q(s, Q_ALERTS_FOR_DOC))) { rc = db_err(s, err, "prepare"); goto fail; }
            sqlite3_bind_int64(st, 1, r.doc);
            if ((rc = run(s, st, err))) goto fail;
            r.n_alerts = (uint32_t)sqlite3_changes(s->db);
        }
    }
    if ((rc = commit(s, err))) goto fail;
    if (res) *res = r;
    return TL_OK;
fail:
    rollback(s);
    return rc;
}

int tl_sqlite_bulk_begin(void *impl, tl_error *err) {
    sq *s = impl;
    if (s->bulk || s->group) return fail(err, TL_EINVAL, "already in bulk mode or in a group");
    if (exec(s, "BEGIN IMMEDIATE", err)) return TL_EDB;
    if (tl_sqlite_cache_check(s, err)) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return TL_EDB;
    }
    s->bulk = 1;
    return TL_OK;
}

int tl_sqlite_bulk_end(void *impl, int do_commit, tl_error *err) {
    sq *s = impl;
    if (!s->bulk) return fail(err, TL_EINVAL, "not in bulk mode");
    s->bulk = 0;
    if (!do_commit) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        tl_sqlite_cache_clear(s);
        return TL_OK;
    }
    int rc = tl_sqlite_reapply_corrections(s, err);
    if (rc == TL_OK) rc = exec(s, "COMMIT", err);
    if (rc) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        tl_sqlite_cache_clear(s);
    }
    return rc;
}

int tl_sqlite_group_begin(void *impl, tl_error *err) {
    sq *s = impl;
    if (s->bulk || s->group) return fail(err, TL_EINVAL, "already in a group or in bulk mode");
    if (exec(s, "BEGIN IMMEDIATE", err)) return TL_EDB;
    /* nobody else can write until the group commits: one check covers it */
    if (tl_sqlite_cache_check(s, err)) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return TL_EDB;
    }
    if (tl_sqlite_defer_begin(s, err)) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return TL_EDB;
    }
    s->group = 1;
    s->fts_n = s->fts_tn = s->fts_mark = s->fts_tmark = 0;
    return TL_OK;
}

int tl_sqlite_group_end(void *impl, int do_commit, tl_error *err) {
    sq *s = impl;
    if (!s->group) return fail(err, TL_EINVAL, "not in a group");
    s->group = 0;
    int rc = TL_OK;
    if (do_commit && s->defer) rc = tl_sqlite_defer_flush(s, err); /* the group's held-back rows */
    if (do_commit && rc == TL_OK) rc = tl_sqlite_fts_flush(s, err); /* the group's sentences (store_layer1) */
    s->fts_n = s->fts_tn = 0;
    tl_sqlite_defer_reset(s);
    s->defer = 0;
    if (do_commit && rc == TL_OK) rc = exec(s, "COMMIT", err);
    if (!do_commit || rc) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        tl_sqlite_cache_clear(s); /* it holds the group's entities and names */
    }
    return rc;
}

/* Removes a document's layer 1 (keeping the document row and its text). */
static int drop_layer1(sq *s, int64_t doc, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_SENTS_OF_DOC);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, doc);
    /* external-content FTS5 needs the old text to remove a row */
    typedef struct { int64_t id; char *text; } srow;
    srow *rows = NULL;
    size_t n = 0, cap = 0;
    int rc = TL_OK;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            srow *nr = realloc(rows, cap * sizeof *nr);
            if (!nr) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
            rows = nr;
        }
        rows[n].id = sqlite3_column_int64(st, 0);
        rows[n].text = strdup(col_text(st, 1));
        n++;
    }
    sqlite3_reset(st);
    for (size_t i = 0; rc == TL_OK && i < n; i++) {
        if (!(st = Q(s, Q_DEL_FTS))) { rc = db_err(s, err, "prepare"); break; }
        sqlite3_bind_int64(st, 1, rows[i].id);
        bind_text(st, 2, rows[i].text ? rows[i].text : "");
        rc = run(s, st, err);
    }
    for (size_t i = 0; i < n; i++) free(rows[i].text);
    free(rows);
    if (rc) return rc;
    tl_sqlite_docsets_clear(s); /* the document's rows go */
    if ((rc = run_id(s, Q_DEL_SENTS, doc, err)) || (rc = run_id(s, Q_DEL_EVS, doc, err)) ||
        (rc = run_id(s, Q_DEL_DES, doc, err)))
        return rc;
    return TL_OK;
}

int tl_sqlite_reindex(void *impl, tl_store_extract_fn fn, void *fn_ctx, tl_store_progress_fn progress,
                      void *progress_ctx, uint64_t *n_docs, tl_error *err) {
    sq *s = impl;
    ivec docs = {0};
    ivec reextract = {0};
    uint64_t done_n = 0;
    int rc = exec(s, "BEGIN IMMEDIATE", err);
    if (rc) return rc;
    sqlite3_stmt *st = Q(s, Q_DOC_LIST);
    if (!st) { rc = db_err(s, err, "prepare"); goto fail; }
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (!ivec_push(&docs, sqlite3_column_int64(st, 0)) ||
            !ivec_push(&reextract, fn && !sqlite3_column_int(st, 1))) {
            sqlite3_reset(st);
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto fail;
        }
    }
    sqlite3_reset(st);
    for (size_t i = 0; i < docs.n; i++) {
        if (reextract.v[i]) {
            sqlite3_stmt *t;
            if (sqlite3_prepare_v2(s->db, "SELECT text, path FROM documents WHERE id=?1", -1, &t, NULL) != SQLITE_OK) {
                rc = db_err(s, err, "prepare");
                goto fail;
            }
            sqlite3_bind_int64(t, 1, docs.v[i]);
            tl_doc *d = NULL;
            if (sqlite3_step(t) == SQLITE_ROW) {
                const char *text = sqlite3_column_blob(t, 0);
                size_t len = (size_t)sqlite3_column_bytes(t, 0);
                if (fn(fn_ctx, text ? text : "", len, col_text(t, 1), &d) != TL_OK) d = NULL;
            }
            sqlite3_finalize(t);
            if (d) {
                rc = drop_layer1(s, docs.v[i], err);
                if (!rc) rc = store_layer1(s, docs.v[i], d, 0, NULL, err);
                tl_doc_free(d);
                if (rc) goto fail;
                done_n++;
            }
        }
        if (progress) progress(progress_ctx, i + 1, docs.n);
    }
    if ((rc = tl_sqlite_rebuild_graph(s, &docs, err)) || (rc = exec(s, "COMMIT", err))) goto fail;
    free(docs.v);
    free(reextract.v);
    if (n_docs) *n_docs = done_n;
    return TL_OK;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    tl_sqlite_cache_clear(s);
    free(docs.v);
    free(reextract.v);
    return rc;
}

/* The document a user names: "#id", its sha256 (or a prefix of at least 6
 * hex digits), or its path.  TL_OK, TL_ENOTFOUND (none or several). */
static int find_doc(sq *s, const char *ref, int64_t *doc, tl_error *err) {
    int64_t n = 0;
    *doc = 0;
    if (ref[0] == '#') {
        char *end;
        long long id = strtoll(ref + 1, &end, 10);
        if (*end == 0 && id > 0 && query_i64(s, "SELECT count(*) FROM documents WHERE id=?3", NULL, NULL, id) == 1) {
            *doc = id;
            return TL_OK;
        }
    } else {
        /* the path as stored, or its end after a '/' (the file name) */
        static const char *const by_path[2][2] = {
            {"SELECT count(*) FROM documents WHERE path=?1", "SELECT id FROM documents WHERE path=?1"},
            {"SELECT count(*) FROM documents WHERE substr(path, -length(?2)) = ?2",
             "SELECT id FROM documents WHERE substr(path, -length(?2)) = ?2"}};
        char tail[1100];
        snprintf(tail, sizeof tail, "/%s", ref);
        for (int k = 0; k < 2 && n == 0; k++) {
            n = query_i64(s, by_path[k][0], ref, tail, 0);
            if (n == 1) {
                *doc = query_i64(s, by_path[k][1], ref, tail, 0);
                return TL_OK;
            }
        }
        size_t l = strlen(ref);
        if (n == 0 && l >= 6 && l <= 64 && strspn(ref, "0123456789abcdef") == l) {
            n = query_i64(s, "SELECT count(*) FROM documents WHERE substr(sha256,1,length(?1))=?1", ref, NULL, 0);
            if (n == 1) {
                *doc = query_i64(s, "SELECT id FROM documents WHERE substr(sha256,1,length(?1))=?1", ref, NULL, 0);
                return TL_OK;
            }
        }
    }
    if (err) {
        err->code = TL_ENOTFOUND;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg,
                 n > 1 ? "'%s' names %lld documents; give its sha256 or #id" : "no document '%s' (see 'threadline documents')",
                 ref, (long long)n);
    }
    return TL_ENOTFOUND;
}

int tl_sqlite_forget(void *impl, const char *ref, tl_store_forget_result *res, tl_error *err) {
    sq *s = impl;
    int64_t doc = 0;
    int rc = find_doc(s, ref, &doc, err);
    if (rc) return rc;
    int64_t e0 = tl_sqlite_scalar(s, "SELECT count(*) FROM entities"), f0 = tl_sqlite_scalar(s, "SELECT count(*) FROM facts");
    if ((rc = exec(s, "BEGIN IMMEDIATE", err))) return rc;
    if ((rc = tl_sqlite_cache_check(s, err))) goto fail;
    if ((rc = drop_layer1(s, doc, err))) goto fail;
    {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(s->db, "DELETE FROM documents WHERE id=?1", -1, &st, NULL) != SQLITE_OK) {
            rc = db_err(s, err, "prepare");
            goto fail;
        }
        sqlite3_bind_int64(st, 1, doc);
        int r = sqlite3_step(st);
        sqlite3_finalize(st);
        if (r != SQLITE_DONE) { rc = db_err(s, err, "forget"); goto fail; }
    }
    /* what only this document supported goes with it: the graph is
     * derived from the documents left */
    ivec docs = {0};
    sqlite3_stmt *st = Q(s, Q_DOC_LIST);
    if (!st) { rc = db_err(s, err, "prepare"); goto fail; }
    while (sqlite3_step(st) == SQLITE_ROW)
        if (!ivec_push(&docs, sqlite3_column_int64(st, 0))) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
    sqlite3_reset(st);
    if (!rc) rc = tl_sqlite_rebuild_graph(s, &docs, err);
    free(docs.v);
    if (rc || (rc = exec(s, "COMMIT", err))) goto fail;
    if (res) {
        res->doc = doc;
        res->entities_removed = e0 - tl_sqlite_scalar(s, "SELECT count(*) FROM entities");
        res->facts_removed = f0 - tl_sqlite_scalar(s, "SELECT count(*) FROM facts");
    }
    return TL_OK;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    tl_sqlite_cache_clear(s);
    return rc;
}
