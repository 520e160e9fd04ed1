/* tl_store_sqlite_defer.c -- the SQLite backend's held-back group writes: layer-1 rows and full-text rows written at a group's end. */
#include "tl_store_sqlite_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- deferred layer-1 rows ----------------------------------------------- */
/*
 * In a group, a document's savepoint copies every page it changes for the
 * first time into the sub-journal, and doc_entities(entity, doc) and
 * fact_evidence(fact) put each row on a random page: those two tables were
 * a third of the store thread.  So while a group runs without corrections
 * or watchlist (nothing then reads the rows back through SQL: resolution
 * reads them from here), their rows are kept in memory and written at the
 * group's end, in order, with the ids they would have had.  A document
 * rolled back drops its rows; a group rolled back drops them all.
 */
size_t tl_sqlite_pl_get(const sq *s, int64_t e) {
    if (!s->pl_cap) return 0;
    for (size_t i = hash64(e) & (s->pl_cap - 1); s->pl_key[i]; i = (i + 1) & (s->pl_cap - 1))
        if (s->pl_key[i] == e) return s->pl_val[i];
    return 0;
}

/* Sets entity e's newest pending row (+ 1); 1, or 0 when out of memory. */
static int pl_set(sq *s, int64_t e, size_t v) {
    if ((s->pl_n + 1) * 2 > s->pl_cap) {
        size_t cap = s->pl_cap ? s->pl_cap * 2 : 1024;
        int64_t *k = calloc(cap, sizeof *k);
        size_t *val = calloc(cap, sizeof *val);
        if (!k || !val) { free(k); free(val); return 0; }
        for (size_t j = 0; j < s->pl_cap; j++) {
            if (!s->pl_key[j]) continue;
            size_t i = hash64(s->pl_key[j]) & (cap - 1);
            while (k[i]) i = (i + 1) & (cap - 1);
            k[i] = s->pl_key[j];
            val[i] = s->pl_val[j];
        }
        free(s->pl_key);
        free(s->pl_val);
        s->pl_key = k;
        s->pl_val = val;
        s->pl_cap = cap;
    }
    size_t i = hash64(e) & (s->pl_cap - 1);
    while (s->pl_key[i] && s->pl_key[i] != e) i = (i + 1) & (s->pl_cap - 1);
    if (!s->pl_key[i]) {
        s->pl_key[i] = e;
        s->pl_n++;
    }
    s->pl_val[i] = v;
    return 1;
}

/* Copies n bytes into the pending strings; their offset, or (size_t)-1
 * when out of memory. */
static size_t pb_add(sq *s, const void *p, size_t n) {
    if (s->pb_n + n > s->pb_cap) {
        size_t cap = s->pb_cap ? s->pb_cap : 1 << 20;
        while (cap < s->pb_n + n) cap *= 2;
        unsigned char *b = realloc(s->pb, cap);
        if (!b) return (size_t)-1;
        s->pb = b;
        s->pb_cap = cap;
    }
    size_t at = s->pb_n;
    if (n) memcpy(s->pb + at, p, n);
    s->pb_n += n;
    return at;
}

static int view_add(sq *s, const pend_fx *x);

/* The pending-names map's key of (kind, key): never 0 (tl_imap's empty
 * mark); two keys may share it, so a lookup compares the names' keys. */
static int64_t nm_hash(const void *key, size_t len, int kind) {
    uint64_t h = tl_hash_u64(tl_hash_bytes(key, len) + (uint64_t)kind);
    return (int64_t)(h ? h : 1);
}

void tl_sqlite_defer_reset(sq *s) {
    s->pde_n = s->pev_n = s->pb_n = s->pde_mark = s->pev_mark = s->pb_mark = s->pfx_n = s->pfx_mark = 0;
    s->pnm_n = s->pnm_mark = 0;
    tl_imap_free(&s->pnm_head);
    tl_imap_free(&s->pfx_view);
    if (s->pl_n) memset(s->pl_key, 0, s->pl_cap * sizeof *s->pl_key);
    s->pl_n = 0;
}

/* At group begin: defers layer-1 rows when there are no corrections and
 * no watchlist (both are read back per document through SQL). */
int tl_sqlite_defer_begin(sq *s, tl_error *err) {
    tl_sqlite_defer_reset(s);
    s->defer = 0;
    int any = 0;
    for (int q = Q_WATCH_ANY; q <= Q_CORR_ANY; q++) {
        sqlite3_stmt *st = Q(s, q);
        if (!st) return db_err(s, err, "prepare");
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_err(s, err, "defer");
        any |= rc == SQLITE_ROW;
    }
    if (any) return TL_OK;
    sqlite3_stmt *st = Q(s, Q_MAX_DE);
    if (!st) return db_err(s, err, "prepare");
    int rc = sqlite3_step(st);
    int64_t max = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) return db_err(s, err, "doc_entities");
    s->next_de = max + 1; /* what SQLite would give the next row */
    s->defer = 1;
    return TL_OK;
}

/* A document begins (its savepoint): remembers where its rows start. */
void tl_sqlite_defer_mark(sq *s) {
    s->pde_mark = s->pde_n;
    s->pev_mark = s->pev_n;
    s->pfx_mark = s->pfx_n;
    s->pnm_mark = s->pnm_n;
    s->pb_mark = s->pb_n;
    s->pde_first_mark = s->next_de;
}

/* The open document rolled back: its rows go. */
void tl_sqlite_defer_undo(sq *s) {
    while (s->pde_n > s->pde_mark) {
        const pend_de *r = &s->pde[--s->pde_n];
        if (r->entity > 0) pl_set(s, r->entity, r->prev); /* an existing key: never allocates */
    }
    s->pev_n = s->pev_mark;
    s->pfx_n = s->pfx_mark;
    while (s->pnm_n > s->pnm_mark) { /* newest first: each head goes back to its previous name */
        const pend_nm *r = &s->pnm[--s->pnm_n];
        size_t *head = tl_imap_get(&s->pnm_head, nm_hash(s->pb + r->key, r->key_len, r->kind));
        if (head) *head = r->prev;
    }
    s->pb_n = s->pb_mark;
    s->next_de = s->pde_first_mark;
    /* min and first cannot be taken back one entry at a time: rebuilt
     * from what stays queued (rare: a document that failed).  Out of
     * memory here leaves the map holding less; a later attach then
     * reads an older state of a row, never freed memory. */
    tl_imap_free(&s->pfx_view);
    for (size_t i = 0; i < s->pfx_n; i++) view_add(s, &s->pfx[i]);
}

/* Queues a doc_entities row; its id into *id.  TL_OK or TL_ENOMEM. */
int tl_sqlite_defer_de(sq *s, int64_t doc, int idx, const tl_entity *en, const char *aliases, int64_t entity,
                    const unsigned char *spans, size_t spans_len, int64_t *id, tl_error *err) {
    if (s->pde_n == s->pde_cap) {
        size_t cap = s->pde_cap ? s->pde_cap * 2 : 4096;
        pend_de *v = realloc(s->pde, cap * sizeof *v);
        if (!v) return fail(err, TL_ENOMEM, "out of memory");
        s->pde = v;
        s->pde_cap = cap;
    }
    pend_de r = {s->next_de, doc, entity, idx, en->type, (int)en->n_mentions, 0, en->name.len, 0, strlen(aliases),
                 0, spans_len, 0};
    if ((r.name = pb_add(s, en->name.ptr, en->name.len)) == (size_t)-1 ||
        (r.aliases = pb_add(s, aliases, r.aliases_len)) == (size_t)-1 ||
        (r.spans = pb_add(s, spans, spans_len)) == (size_t)-1)
        return fail(err, TL_ENOMEM, "out of memory");
    if (entity > 0) {
        r.prev = tl_sqlite_pl_get(s, entity);
        if (!pl_set(s, entity, s->pde_n + 1)) return fail(err, TL_ENOMEM, "out of memory");
    }
    s->pde[s->pde_n++] = r;
    *id = s->next_de++;
    return TL_OK;
}

/* Queues a fact_evidence row.  TL_OK or TL_ENOMEM. */
int tl_sqlite_defer_ev(sq *s, const pend_ev *v, tl_str time_text, const char *time_value, size_t time_value_len,
                    tl_str amount_text, const char *currency, size_t currency_len, tl_error *err) {
    if (s->pev_n == s->pev_cap) {
        size_t cap = s->pev_cap ? s->pev_cap * 2 : 4096;
        pend_ev *nv = realloc(s->pev, cap * sizeof *nv);
        if (!nv) return fail(err, TL_ENOMEM, "out of memory");
        s->pev = nv;
        s->pev_cap = cap;
    }
    pend_ev r = *v;
    r.time_text_len = time_text.len;
    r.time_value_len = time_value_len;
    r.amount_text_len = amount_text.len;
    r.currency_len = currency_len;
    if ((r.time_text = pb_add(s, time_text.ptr, time_text.len)) == (size_t)-1 ||
        (r.time_value = pb_add(s, time_value, time_value_len)) == (size_t)-1 ||
        (r.amount_text = pb_add(s, amount_text.ptr, amount_text.len)) == (size_t)-1 ||
        (r.currency = pb_add(s, currency, currency_len)) == (size_t)-1)
        return fail(err, TL_ENOMEM, "out of memory");
    s->pev[s->pev_n++] = r;
    return TL_OK;
}

/* Folds queued evidence x into its fact's view as Q_FACT_ADDN would fold
 * it into the row: the earliest time, the first place.  TL_OK or
 * TL_ENOMEM (the map is unchanged then). */
static int view_add(sq *s, const pend_fx *x) {
    int added;
    pfx_view *v = tl_imap_put(&s->pfx_view, x->fact, &added);
    if (!v) return TL_ENOMEM;
    if (added) {
        memcpy(v->time_value, x->time_value, sizeof v->time_value);
        v->place = x->place;
        return TL_OK;
    }
    if (x->time_value[0] && (!v->time_value[0] || strcmp(x->time_value, v->time_value) < 0))
        memcpy(v->time_value, x->time_value, sizeof v->time_value);
    if (!v->place) v->place = x->place;
    return TL_OK;
}

/* Queues one piece of evidence for stored fact x->fact.  TL_OK or
 * TL_ENOMEM (nothing queued then). */
int tl_sqlite_defer_fx(sq *s, const pend_fx *x, tl_error *err) {
    if (s->pfx_n == s->pfx_cap) {
        size_t cap = s->pfx_cap ? s->pfx_cap * 2 : 4096;
        pend_fx *v = realloc(s->pfx, cap * sizeof *v);
        if (!v) return fail(err, TL_ENOMEM, "out of memory");
        s->pfx = v;
        s->pfx_cap = cap;
    }
    if (view_add(s, x)) return fail(err, TL_ENOMEM, "out of memory");
    s->pfx[s->pfx_n] = *x;
    s->pfx[s->pfx_n].seq = s->pfx_n;
    s->pfx_n++;
    return TL_OK;
}

/* Queues an entity_names row (Q_INS_NAME's arguments).  Returns 1, or 0
 * when out of memory (the caller fails the document, whose rollback drops
 * what it queued). */
int tl_sqlite_defer_name(sq *s, const char *key, int kind, int64_t entity, const char *name, size_t len, int origin) {
    if (s->pnm_n == s->pnm_cap) {
        size_t cap = s->pnm_cap ? s->pnm_cap * 2 : 4096;
        pend_nm *v = realloc(s->pnm, cap * sizeof *v);
        if (!v) return 0;
        s->pnm = v;
        s->pnm_cap = cap;
    }
    size_t klen = strlen(key);
    pend_nm r = {0, klen, 0, len, 0, entity, kind, origin};
    if ((r.key = pb_add(s, key, klen)) == (size_t)-1 || (r.name = pb_add(s, name, len)) == (size_t)-1) return 0;
    size_t *head = tl_imap_put(&s->pnm_head, nm_hash(key, klen, kind), NULL);
    if (!head) return 0;
    r.prev = *head;
    s->pnm[s->pnm_n++] = r;
    *head = s->pnm_n;
    return 1;
}

/* Appends to out the entities of the pending names whose key of `kind` is
 * `key` (what Q_NAME_CANDS will see once the group is written; repeats
 * possible).  Returns 1, or 0 when out of memory. */
int tl_sqlite_defer_name_ents(const sq *s, const char *key, int kind, ivec *out) {
    size_t klen = strlen(key);
    const size_t *head = tl_imap_get(&s->pnm_head, nm_hash(key, klen, kind));
    for (size_t k = head ? *head : 0; k; k = s->pnm[k - 1].prev) {
        const pend_nm *r = &s->pnm[k - 1];
        if (r->kind == kind && r->key_len == klen && !memcmp(s->pb + r->key, key, klen) && !ivec_push(out, r->entity))
            return 0;
    }
    return 1;
}

/* A held-back name with its strings as pointers (sq.pb does not move
 * while the group is written), for sorting. */
typedef struct nm_ref {
    const unsigned char *key, *name;
    size_t key_len, name_len;
    int64_t entity;
    int kind, origin;
} nm_ref;

static int bytes_cmp(const unsigned char *a, size_t an, const unsigned char *b, size_t bn) {
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : an < bn ? -1 : an > bn;
}

/* Order of entity_names' primary key (key, kind, entity, name; text as
 * bytes): the held-back names go into its B-tree in key order, each leaf
 * page visited once per group instead of once per name. */
static int nm_cmp(const void *a, const void *b) {
    const nm_ref *x = a, *y = b;
    int c = bytes_cmp(x->key, x->key_len, y->key, y->key_len);
    if (c) return c;
    if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
    if (x->entity != y->entity) return x->entity < y->entity ? -1 : 1;
    return bytes_cmp(x->name, x->name_len, y->name, y->name_len);
}

/* Writes the held-back names in key order.  TL_OK, TL_ENOMEM or TL_EDB. */
static int nm_flush(sq *s, tl_error *err) {
    if (!s->pnm_n) return TL_OK;
    nm_ref *v = malloc(s->pnm_n * sizeof *v);
    if (!v) return fail(err, TL_ENOMEM, "out of memory");
    for (size_t i = 0; i < s->pnm_n; i++) {
        const pend_nm *r = &s->pnm[i];
        v[i] = (nm_ref){s->pb + r->key, s->pb + r->name, r->key_len, r->name_len, r->entity, r->kind, r->origin};
    }
    qsort(v, s->pnm_n, sizeof *v, nm_cmp);
    int rc = TL_OK;
    for (size_t i = 0; rc == TL_OK && i < s->pnm_n; i++) {
        sqlite3_stmt *st = Q(s, Q_INS_NAME);
        if (!st) { rc = db_err(s, err, "prepare"); break; }
        sqlite3_bind_text(st, 1, (const char *)v[i].key, (int)v[i].key_len, SQLITE_STATIC);
        sqlite3_bind_int(st, 2, v[i].kind);
        sqlite3_bind_int64(st, 3, v[i].entity);
        sqlite3_bind_text(st, 4, v[i].name_len ? (const char *)v[i].name : "", (int)v[i].name_len, SQLITE_STATIC);
        sqlite3_bind_int(st, 5, v[i].origin);
        rc = run(s, st, err);
    }
    free(v);
    return rc;
}

static int fx_cmp(const void *a, const void *b) {
    const pend_fx *x = a, *y = b;
    if (x->fact != y->fact) return x->fact < y->fact ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Applies the queued evidence of each fact in one UPDATE, merged as the
 * UPDATEs one by one would have left the row (Q_FACT_ADDN with ?10 > 1). */
static int fx_flush(sq *s, tl_error *err) {
    if (s->pfx_n > 1) qsort(s->pfx, s->pfx_n, sizeof *s->pfx, fx_cmp);
    for (size_t i = 0, j; i < s->pfx_n; i = j) {
        const pend_fx *x = &s->pfx[i];
        int modality = x->modality, status = 0;
        const char *time = "";
        int64_t place = 0, source = 0;
        const pend_fx *amount = NULL; /* the first with an amount, else the last */
        for (j = i; j < s->pfx_n && s->pfx[j].fact == x->fact; j++) {
            const pend_fx *y = &s->pfx[j];
            if (y->modality < modality) modality = y->modality;
            if (!status) status = y->status;
            if (y->time_value[0] && (!time[0] || strcmp(y->time_value, time) < 0)) time = y->time_value;
            if (!place) place = y->place;
            if (!source) source = y->source;
            if (!amount || !amount->amount_text[0]) amount = y;
        }
        sqlite3_stmt *st = Q(s, Q_FACT_ADDN);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, x->fact);
        sqlite3_bind_int(st, 2, modality);
        sqlite3_bind_int(st, 3, status);
        bind_text(st, 4, time);
        bind_id(st, 5, place);
        bind_id(st, 6, source);
        bind_text(st, 7, amount->amount_text);
        sqlite3_bind_double(st, 8, amount->amount);
        bind_text(st, 9, amount->currency);
        sqlite3_bind_int64(st, 10, (int64_t)(j - i));
        if (run(s, st, err)) return TL_EDB;
    }
    return TL_OK;
}

static void bind_pb(sq *s, sqlite3_stmt *st, int i, size_t off, size_t len) {
    sqlite3_bind_text(st, i, len ? (const char *)s->pb + off : "", (int)len, SQLITE_STATIC);
}

/* At group end: writes the deferred rows and stops deferring. */
int tl_sqlite_defer_flush(sq *s, tl_error *err) {
    int rc = fx_flush(s, err);
    if (rc == TL_OK) rc = nm_flush(s, err);
    sqlite3_stmt *st;
    for (size_t i = 0; rc == TL_OK && i < s->pde_n; i++) {
        const pend_de *r = &s->pde[i];
        if (!(st = Q(s, Q_INS_DE_ID))) { rc = db_err(s, err, "prepare"); break; }
        sqlite3_bind_int64(st, 1, r->doc);
        sqlite3_bind_int(st, 2, r->idx);
        sqlite3_bind_int(st, 3, r->type);
        bind_pb(s, st, 4, r->name, r->name_len);
        bind_pb(s, st, 5, r->aliases, r->aliases_len);
        sqlite3_bind_int(st, 6, r->n_mentions);
        bind_id(st, 7, r->entity);
        if (r->spans_len) sqlite3_bind_blob(st, 8, s->pb + r->spans, (int)r->spans_len, SQLITE_STATIC);
        else sqlite3_bind_null(st, 8);
        sqlite3_bind_int64(st, 9, r->id);
        rc = run(s, st, err);
    }
    for (size_t i = 0; rc == TL_OK && i < s->pev_n; i++) {
        const pend_ev *v = &s->pev[i];
        if (!(st = Q(s, Q_INS_EV))) { rc = db_err(s, err, "prepare"); break; }
        sqlite3_bind_int64(st, 1, v->doc);
        sqlite3_bind_int(st, 2, v->type);
        for (int k = 0; k < 6; k++) bind_id(st, 3 + k, v->de[k]);
        sqlite3_bind_int(st, 9, v->neg);
        sqlite3_bind_int(st, 10, v->status);
        sqlite3_bind_int(st, 11, v->modality);
        sqlite3_bind_int(st, 12, (int)v->start);
        sqlite3_bind_int(st, 13, (int)v->end);
        bind_pb(s, st, 14, v->time_text, v->time_text_len);
        bind_pb(s, st, 15, v->time_value, v->time_value_len);
        bind_pb(s, st, 16, v->amount_text, v->amount_text_len);
        sqlite3_bind_double(st, 17, v->amount_value);
        bind_pb(s, st, 18, v->currency, v->currency_len);
        sqlite3_bind_double(st, 19, v->confidence);
        bind_id(st, 20, v->fact);
        rc = run(s, st, err);
    }
    tl_sqlite_defer_reset(s);
    s->defer = 0;
    return rc;
}

/* ---- ingest -------------------------------------------------------------- */
/* Queues a sentence for the full-text index at the end of the group (a
 * copy of its text: reading it back through the sentence_text view at
 * group end copied the whole document BLOB once per sentence).  Returns 1,
 * or 0 when out of memory. */
int tl_sqlite_fts_queue(sq *s, int64_t id, const char *text, size_t len) {
    if (s->fts_n == s->fts_cap) {
        size_t cap = s->fts_cap ? s->fts_cap * 2 : 1024;
        struct fts_row *v = realloc(s->fts, cap * sizeof *v);
        if (!v) return 0;
        s->fts = v;
        s->fts_cap = cap;
    }
    if (s->fts_tn + len > s->fts_tcap) {
        size_t cap = s->fts_tcap ? s->fts_tcap : 1 << 20;
        while (cap < s->fts_tn + len) cap *= 2;
        char *t = realloc(s->fts_text, cap);
        if (!t) return 0;
        s->fts_text = t;
        s->fts_tcap = cap;
    }
    if (len) memcpy(s->fts_text + s->fts_tn, text, len);
    s->fts[s->fts_n++] = (struct fts_row){id, s->fts_tn, len};
    s->fts_tn += len;
    return 1;
}

/* Writes the queued sentences into sentence_fts and empties the queue. */
int tl_sqlite_fts_flush(sq *s, tl_error *err) {
    int rc = TL_OK;
    for (size_t i = 0; rc == TL_OK && i < s->fts_n; i++) {
        sqlite3_stmt *st = Q(s, Q_INS_FTS);
        if (!st) { rc = db_err(s, err, "prepare"); break; }
        sqlite3_bind_int64(st, 1, s->fts[i].id);
        sqlite3_bind_text(st, 2, s->fts_text + s->fts[i].off, (int)s->fts[i].len, SQLITE_STATIC);
        rc = run(s, st, err);
    }
    s->fts_n = s->fts_tn = s->fts_mark = s->fts_tmark = 0;
    return rc;
}
