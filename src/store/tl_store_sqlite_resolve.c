/* tl_store_sqlite_resolve.c -- the SQLite backend's cross-document resolution: name keys, session caches, candidates, context, linking facts. */
#include "tl_store_sqlite_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- names --------------------------------------------------------------- */
/* Records in the key cache that `entity` now carries `key`: a cached key
 * list gains it; while the cache is complete (names_complete) an uncached
 * key gets a list of its own, so that the cache stays complete.  Returns 0
 * when out of memory (the cache is then cleared by the caller's
 * rollback). */
static int cache_key_add(sq *s, int kind, const char *key, int64_t entity) {
    size_t n;
    if (s->names_complete && !tl_cache_key_get(s->cache, kind, key, &n))
        return tl_cache_key_put(s->cache, kind, key, &entity, 1);
    return tl_cache_key_add(s->cache, kind, key, entity);
}

/* Adds the lookup keys of one surface name of an entity. */
int tl_sqlite_add_name(sq *s, int64_t entity, int type, const char *name, size_t len, int origin,
                    tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX];
    if (!tl_resolve_key(name, len, key, sizeof key)) return TL_OK;
    sqlite3_stmt *st;
    /* in a group that holds rows back, the row is written at its end, in
     * key order (tl_sqlite_defer_name); key_cands reads it from there */
#define ADD(K, KIND)                                                         \
    do {                                                                     \
        if (s->defer) {                                                      \
            if (!tl_sqlite_defer_name(s, K, KIND, entity, name, len, origin))  \
                return fail(err, TL_ENOMEM, "out of memory");                \
        } else {                                                             \
            if (!(st = Q(s, Q_INS_NAME))) return db_err(s, err, "prepare");  \
            bind_text(st, 1, K);                                             \
            sqlite3_bind_int(st, 2, KIND);                                   \
            sqlite3_bind_int64(st, 3, entity);                               \
            sqlite3_bind_text(st, 4, name, (int)len, SQLITE_TRANSIENT);      \
            sqlite3_bind_int(st, 5, origin);                                 \
            if (run(s, st, err)) return TL_EDB;                              \
        }                                                                    \
        if (!cache_key_add(s, KIND, K, entity))                              \
            return fail(err, TL_ENOMEM, "out of memory");                    \
    } while (0)
    ADD(key, TL_KEY_EXACT);
    if (tl_resolve_variant(key, type, k2, sizeof k2)) {
        ADD(k2, TL_KEY_PHON);
        /* an organization's last two words are a short form of it that
         * joins only with shared context ("Revolutionary Guards") */
        char k4[TL_RESOLVE_KEY_MAX];
        if (type == TL_ORG && tl_resolve_tail(k2, k4, sizeof k4)) ADD(k4, TL_KEY_TAIL);
    }
    if (tl_resolve_words(key) >= 2) {
        if (type == TL_PERSON) {
            if (tl_resolve_surname(key, k2, sizeof k2)) ADD(k2, TL_KEY_SUR);
        } else if (tl_resolve_acronym(key, k2, sizeof k2)) {
            ADD(k2, TL_KEY_ACR);
            char k3[TL_RESOLVE_KEY_MAX];
            if (tl_namekey_acronym2(key, 1, k3, sizeof k3) && strcmp(k2, k3)) ADD(k3, TL_KEY_ACR);
        }
    }
    if (tl_resolve_is_short_form(name, len)) ADD(key, TL_KEY_SHORT);
#undef ADD
    return TL_OK;
}

/* Calls fn on the name and each alias of a doc_entities row (aliases are
 * separated by U+001F, which never occurs in a name). */
int tl_sqlite_each_name(const char *name, const char *aliases, name_fn fn, void *ctx) {
    int rc = fn(ctx, name, strlen(name));
    for (const char *p = aliases; rc == 0 && p && *p;) {
        const char *e = strchr(p, '\x1f');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n) rc = fn(ctx, p, n);
        p = e ? e + 1 : p + n;
    }
    return rc;
}

/* 1 when a name is not a well-formed mention: a dateline or place glued to
 * it by a spaced dash ("Kurdistan Region - Islamic Revolutionary Guard
 * Corps"), a line break, or an all-capitals first word before others
 * ("KHUJAND Sughd Court").  Such a name never becomes the canonical one
 * while the entity has a well-formed one. */
static int ill_formed(const char *n) {
    for (const char *p = n; *p; p++) {
        if (*p == '\n' || *p == '\r') return 1;
        if (*p == ' ' && (p[1] == '-' || !strncmp(p + 1, "\xe2\x80\x93", 3) || !strncmp(p + 1, "\xe2\x80\x94", 3))) {
            const char *q = p + (p[1] == '-' ? 2 : 4);
            if (*q == ' ') return 1;
        }
    }
    size_t caps = 0;
    const char *p = n;
    while (*p >= 'A' && *p <= 'Z') { p++; caps++; }
    return caps >= 4 && *p == ' ' && p[1] >= 'A' && p[1] <= 'Z' && p[2] >= 'a' && p[2] <= 'z';
}

/* "Fuller" name for the canonical form: a well-formed one, then more
 * words, then more bytes. */
int tl_sqlite_fuller(const char *a, const char *b) {
    int ia = ill_formed(a), ib = ill_formed(b);
    if (ia != ib) return ib;
    char ka[TL_RESOLVE_KEY_MAX], kb[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(a, strlen(a), ka, sizeof ka);
    tl_resolve_key(b, strlen(b), kb, sizeof kb);
    int wa = tl_resolve_words(ka), wb = tl_resolve_words(kb);
    if (wa != wb) return wa > wb;
    return strlen(a) > strlen(b);
}

/* ---- session caches ------------------------------------------------------ */
/* Forgets the session caches: after a rollback (they may hold rows that
 * were never committed) and after corrections that move or delete names. */
void tl_sqlite_docsets_clear(sq *s);
void tl_sqlite_cache_clear(sq *s) {
    tl_cache_clear(s->cache);
    s->names_complete = 0;
    tl_sqlite_docsets_clear(s);
}

/* Clears the caches when another connection committed since we last
 * looked (an analyst's merge while an ingest runs): called right after
 * BEGIN IMMEDIATE, when nobody else can write until we commit. */
int tl_sqlite_cache_check(sq *s, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_DATA_VERSION);
    if (!st) return db_err(s, err, "prepare");
    int rc = sqlite3_step(st);
    int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) return db_err(s, err, "data_version");
    if (v != s->data_version) tl_sqlite_cache_clear(s);
    s->data_version = v;
    /* An empty cache over a store without names (a first ingest) is
     * complete, and stays so while every name written goes through it:
     * then a key it lacks needs no query.  On distinct text most keys are
     * new, and asking the store for each was the largest part of
     * resolution.  Checked under the write lock (right after BEGIN
     * IMMEDIATE); another connection's commit clears the cache and this. */
    if (!s->names_complete && tl_cache_size(s->cache) == 0) {
        if (!(st = Q(s, Q_NAMES_ANY))) return db_err(s, err, "prepare");
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_err(s, err, "names");
        s->names_complete = rc == SQLITE_DONE;
    }
    return TL_OK;
}

/* Past this many entries the caches are dropped and refilled: bounds the
 * memory of a very long ingest (about 150 bytes an entry). */
#define CACHE_MAX_ENTRIES 4000000

/* The cached row of entity e into *out, read from the store when not
 * cached yet; *out = NULL when there is no such entity.  Returns TL_OK,
 * TL_ENOMEM or TL_EDB. */
int tl_sqlite_ent_row(sq *s, int64_t e, tl_cache_ent **out, tl_error *err) {
    if ((*out = tl_cache_ent_get(s->cache, e))) return TL_OK;
    sqlite3_stmt *st = Q(s, Q_ENTITY_ROW);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, e);
    int rc = sqlite3_step(st), ret = TL_OK;
    if (rc == SQLITE_ROW) {
        if (tl_cache_ent_put(s->cache, e, sqlite3_column_int(st, 0), sqlite3_column_int(st, 3), col_text(st, 1),
                             col_text(st, 2)))
            *out = tl_cache_ent_get(s->cache, e);
        else
            ret = fail(err, TL_ENOMEM, "out of memory");
    } else if (rc != SQLITE_DONE) {
        ret = db_err(s, err, "entity");
    }
    sqlite3_reset(st);
    return ret;
}

/* The entities carrying `key` as a name key of `kind` (increasing ids),
 * from the cache or, the first time in a session, from the store (and
 * their rows with them: one statement instead of one per entity). */
static int key_cands(sq *s, const char *key, int kind, const int64_t **ids, size_t *n, tl_error *err) {
    if ((*ids = tl_cache_key_get(s->cache, kind, key, n))) return TL_OK;
    if (tl_cache_size(s->cache) > CACHE_MAX_ENTRIES) tl_sqlite_cache_clear(s);
    if (s->names_complete) { *n = 0; return TL_OK; } /* in no stored name */
    sqlite3_stmt *st = Q(s, Q_NAME_CANDS);
    if (!st) return db_err(s, err, "prepare");
    bind_text(st, 1, key);
    sqlite3_bind_int(st, 2, kind);
    ivec found = {0};
    int rc, ok = 1;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t e = sqlite3_column_int64(st, 0);
        ok = ok && ivec_push(&found, e);
        if (ok && !tl_cache_ent_get(s->cache, e))
            ok = tl_cache_ent_put(s->cache, e, sqlite3_column_int(st, 1), sqlite3_column_int(st, 4),
                                  col_text(st, 2), col_text(st, 3));
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) { free(found.v); return db_err(s, err, "candidates"); }
    /* and the names of the open group not written yet (their entities'
     * rows are: tl_sqlite_ent_row reads them when asked) */
    ok = ok && (!s->defer || tl_sqlite_defer_name_ents(s, key, kind, &found));
    ok = ok && tl_cache_key_put(s->cache, kind, key, found.v, found.n);
    free(found.v);
    if (!ok) return fail(err, TL_ENOMEM, "out of memory");
    *ids = tl_cache_key_get(s->cache, kind, key, n);
    return TL_OK;
}

/* ---- resolution ---------------------------------------------------------- */
/* A set of entity ids (> 0), open addressing, at most half full. */
typedef struct idset {
    int64_t *v;
    size_t n, cap;
} idset;

static int idset_has(const idset *set, int64_t e) {
    if (!set || !set->cap) return 0;
    for (size_t i = hash64(e) & (set->cap - 1); set->v[i]; i = (i + 1) & (set->cap - 1))
        if (set->v[i] == e) return 1;
    return 0;
}

/* Adds e; returns 1, or 0 when out of memory. */
static int idset_add(idset *set, int64_t e) {
    if ((set->n + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 64;
        int64_t *v = calloc(cap, sizeof *v);
        if (!v) return 0;
        for (size_t k = 0; k < set->cap; k++) {
            if (!set->v[k]) continue;
            size_t i = hash64(set->v[k]) & (cap - 1);
            while (v[i]) i = (i + 1) & (cap - 1);
            v[i] = set->v[k];
        }
        free(set->v);
        set->v = v;
        set->cap = cap;
    }
    size_t i = hash64(e) & (set->cap - 1);
    for (; set->v[i]; i = (i + 1) & (set->cap - 1))
        if (set->v[i] == e) return 1;
    set->v[i] = e;
    set->n++;
    return 1;
}

/* The candidates of one document entity: at most CANDS_MAX, the first
 * found; `at` finds an entity's place in c (index + 1, 0 = empty), because
 * a common key lists thousands of entities and a linear search of c for
 * each was a large part of resolution. */
#define CANDS_MAX 64
typedef struct cand_list {
    tl_resolve_cand c[CANDS_MAX];
    size_t n;
    uint8_t at[CANDS_MAX * 4];
} cand_list;

static void cand_reset(cand_list *l) {
    l->n = 0;
    memset(l->at, 0, sizeof l->at);
}

static int cand_has(const cand_list *l, int64_t entity) {
    for (size_t i = hash64(entity) & (sizeof l->at - 1); l->at[i]; i = (i + 1) & (sizeof l->at - 1))
        if (l->c[l->at[i] - 1].entity == entity) return 1;
    return 0;
}

static void cand_add(cand_list *l, int64_t entity, int strength, int why, int name_idx) {
    size_t i = hash64(entity) & (sizeof l->at - 1);
    for (; l->at[i]; i = (i + 1) & (sizeof l->at - 1)) {
        tl_resolve_cand *c = &l->c[l->at[i] - 1];
        if (c->entity == entity) {
            if (strength > c->strength) {
                c->strength = strength;
                c->why = why;
                c->name_idx = name_idx;
            }
            return;
        }
    }
    if (l->n < CANDS_MAX) {
        l->c[l->n++] = (tl_resolve_cand){entity, strength, 0, why, name_idx};
        l->at[i] = (uint8_t)l->n;
    }
}

typedef struct resolve_ctx {
    sq *s;
    int type;
    int multiword;        /* the document's entity has a multi-word PERSON name */
    const idset *used;    /* entities other entities of this document joined */
    int name_idx;         /* the name being looked up: 0 the entity's name, k its k-th alias */
    cand_list *cands;
    tl_error *err;
    int rc;
} resolve_ctx;

/* Adds the stored entities whose key of `kind` equals `key`. */
static void lookup_key(resolve_ctx *r, const char *key, int kind, int strength) {
    const int64_t *ids;
    size_t n = 0;
    if (r->rc || (r->rc = key_cands(r->s, key, kind, &ids, &n, r->err))) return;
    int key_words = tl_resolve_words(key);
    for (size_t i = 0; i < n; i++) {
        int64_t e = ids[i];
        /* a full list only raises the strength of the entities it holds:
         * the others need not be looked at (a common key lists thousands) */
        if (r->cands->n == CANDS_MAX && !cand_has(r->cands, e)) continue;
        tl_cache_ent *row;
        if ((r->rc = tl_sqlite_ent_row(r->s, e, &row, r->err))) return;
        if (!row) continue; /* a name left by an entity since deleted */
        int s = strength, retype = 0;
        if (!tl_resolve_types_compatible(row->type, r->type)) {
            /* Another type: the extractor may have typed one thing two
             * ways in two reports ("Hamas" a person here, an organization
             * there).  Only the entity's own full name may match the
             * stored entity's canonical name, never an alias, and only
             * as a weak match (two equal candidates keep it apart).  The
             * same name typed two ways in one document joins too: the
             * extractor's types disagreed, not its names. */
            char rk[TL_RESOLVE_KEY_MAX];
            if (kind != TL_KEY_EXACT || strength != 3 || r->name_idx != 0 ||
                !tl_resolve_types_retypable(row->type, r->type, key_words))
                continue;
            tl_resolve_key(row->name, strlen(row->name), rk, sizeof rk);
            if (strcmp(rk, key)) continue;
            s = 2;
            retype = 1;
        }
        /* A one-word person name (a surname) only weakly identifies a
         * person, and never joins two people whose full names differ. */
        if (!retype && r->type == TL_PERSON && (kind == TL_KEY_SUR || key_words == 1 || strength == 1)) {
            if (r->multiword && row->words >= 2 && kind != TL_KEY_EXACT) continue;
            if (r->multiword && row->words >= 2 && key_words == 1) continue;
            s = 1;
        }
        /* weak matches may not take an entity another entity of this
         * document already is: the extractor said they differ */
        if (s < 3 && !retype && idset_has(r->used, e)) continue;
        int why = retype                   ? TL_WHY_RETYPE
                  : kind == TL_KEY_TAIL ? TL_WHY_SHORTFORM
                  : s == 1 ? TL_WHY_SURNAME
                  : kind == TL_KEY_EXACT ? (r->name_idx ? TL_WHY_ALIAS : TL_WHY_NAME)
                  : kind == TL_KEY_PHON ? TL_WHY_TRANSLIT : TL_WHY_ACRONYM;
        cand_add(r->cands, e, s, why, r->name_idx);
    }
}

static int cands_for_name(void *ctx, const char *name, size_t len) {
    resolve_ctx *r = ctx;
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX];
    int idx = r->name_idx++;
    if (!tl_resolve_key(name, len, key, sizeof key)) return 0;
    r->name_idx = idx; /* lookup_key reads it */
    int words = tl_resolve_words(key);
    lookup_key(r, key, TL_KEY_EXACT, 3);
    if (tl_resolve_variant(key, r->type, k2, sizeof k2)) {
        lookup_key(r, k2, TL_KEY_PHON, 2);
        if (r->type == TL_ORG && tl_resolve_words(k2) == 2) lookup_key(r, k2, TL_KEY_TAIL, 1);
    }
    if (tl_resolve_is_short_form(name, len)) lookup_key(r, key, TL_KEY_ACR, 2);
    if (words >= 2 && r->type != TL_PERSON && tl_resolve_acronym(key, k2, sizeof k2)) {
        lookup_key(r, k2, TL_KEY_SHORT, 2);
        char k3[TL_RESOLVE_KEY_MAX];
        if (tl_namekey_acronym2(key, 1, k3, sizeof k3) && strcmp(k2, k3)) lookup_key(r, k3, TL_KEY_SHORT, 2);
    }
    if (r->type == TL_PERSON && words == 1) lookup_key(r, key, TL_KEY_SUR, 1);
    if (r->type == TL_PERSON && words >= 2 && tl_resolve_surname(key, k2, sizeof k2))
        lookup_key(r, k2, TL_KEY_EXACT, 1); /* "Begli" stored alone, "Tawhid Begli" arrives */
    r->name_idx = idx + 1;
    return r->rc;
}

static int has_multiword(void *ctx, const char *name, size_t len) {
    char key[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(name, len, key, sizeof key);
    if (tl_resolve_words(key) >= 2) *(int *)ctx = 1;
    return 0;
}

int tl_sqlite_addname_cb(void *ctx, const char *name, size_t len) {
    addname_ctx *a = ctx;
    /* a name stored for this entity earlier in the session has all its
     * keys already: skip the 2-4 INSERT OR IGNOREs */
    int seen = tl_cache_name_seen(a->s->cache, a->entity, name, len);
    if (seen > 0) return 0;
    return tl_sqlite_add_name(a->s, a->entity, a->type, name, len, 0, a->err);
}

/* Joins document entity `de` to stored entity `e` (0: a new entity, whose
 * id is written to *e): the canonical name becomes the fuller one unless an
 * analyst pinned it, the names are added, and a stored doc_entities row
 * (de->id > 0) is pointed at the entity. */
/* The type entity e takes when a document entity of type `incoming`
 * joins it across types: the type most of its documents give it, this one
 * included (a tie keeps the type it has, `cur`).  Counts its stored
 * doc_entities rows and the rows its group holds back.  Into *out; TL_OK
 * or TL_EDB, nothing written. */
static int vote_type(sq *s, int64_t e, int cur, int incoming, int *out, tl_error *err) {
    int64_t n[TL_ENT_TYPE_COUNT] = {0};
    sqlite3_stmt *st = Q(s, Q_TYPE_VOTE);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, e);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int t = sqlite3_column_int(st, 0);
        if (t >= 0 && t < TL_ENT_TYPE_COUNT) n[t] += sqlite3_column_int64(st, 1);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_err(s, err, "type vote");
    for (size_t k = s->defer ? tl_sqlite_pl_get(s, e) : 0; k; k = s->pde[k - 1].prev)
        if (s->pde[k - 1].type >= 0 && s->pde[k - 1].type < TL_ENT_TYPE_COUNT) n[s->pde[k - 1].type]++;
    n[incoming]++;
    *out = n[incoming] > n[cur] ? incoming : cur;
    return TL_OK;
}

int tl_sqlite_join_entity(sq *s, const de_row *de, int64_t *e, tl_error *err) {
    sqlite3_stmt *st;
    char key[TL_RESOLVE_KEY_MAX];
    if (*e == 0) {
        if (!(st = Q(s, Q_INS_ENTITY))) return db_err(s, err, "prepare");
        tl_resolve_key(de->name, strlen(de->name), key, sizeof key);
        sqlite3_bind_int(st, 1, de->type);
        bind_text(st, 2, de->name);
        bind_text(st, 3, key);
        if (run(s, st, err)) return TL_EDB;
        *e = sqlite3_last_insert_rowid(s->db);
        if (!tl_cache_ent_put(s->cache, *e, de->type, 0, de->name, key)) return fail(err, TL_ENOMEM, "out of memory");
    } else {
        tl_cache_ent *row;
        int rc = tl_sqlite_ent_row(s, *e, &row, err);
        if (rc) return rc;
        if (!row) return fail(err, TL_EDB, "a resolved entity is missing");
        if (!row->pinned && tl_sqlite_fuller(de->name, row->name)) {
            if (!(st = Q(s, Q_SET_ENTITY_NAME))) return db_err(s, err, "prepare");
            tl_resolve_key(de->name, strlen(de->name), key, sizeof key);
            sqlite3_bind_int64(st, 1, *e);
            bind_text(st, 2, de->name);
            bind_text(st, 3, key);
            if (run(s, st, err)) return TL_EDB;
            if (!tl_cache_ent_put(s->cache, *e, row->type, 0, de->name, key))
                return fail(err, TL_ENOMEM, "out of memory");
            if ((rc = tl_sqlite_ent_row(s, *e, &row, err))) return rc;
        }
        if (de->type >= 0 && de->type < TL_ENT_TYPE_COUNT && !tl_resolve_types_compatible(row->type, de->type)) {
            int t;
            if ((rc = vote_type(s, *e, row->type, de->type, &t, err))) return rc;
            if (t != row->type) {
                char *nm = strdup(row->name);
                if (!nm) return fail(err, TL_ENOMEM, "out of memory");
                int pinned = row->pinned;
                tl_resolve_key(nm, strlen(nm), key, sizeof key);
                if (!(st = Q(s, Q_SET_ENTITY_TYPE))) { free(nm); return db_err(s, err, "prepare"); }
                sqlite3_bind_int64(st, 1, *e);
                sqlite3_bind_int(st, 2, t);
                if (run(s, st, err)) { free(nm); return TL_EDB; }
                int ok = tl_cache_ent_put(s->cache, *e, t, pinned, nm, key);
                free(nm);
                if (!ok) return fail(err, TL_ENOMEM, "out of memory");
            }
        }
    }
    if (de->id > 0) {
        tl_sqlite_docsets_clear(s); /* a stored row changes entity (reindex, relink) */
        if (run_id2(s, Q_SET_DE_ENTITY, de->id, *e, err)) return TL_EDB;
    }
    addname_ctx a = {s, *e, de->type, err};
    return tl_sqlite_each_name(de->name, de->aliases, tl_sqlite_addname_cb, &a) ? TL_EDB : TL_OK;
}

void tl_sqlite_free_des(de_row *d, size_t n) {
    for (size_t i = 0; i < n; i++) { free(d[i].name); free(d[i].aliases); }
    free(d);
}

int tl_sqlite_load_des(sq *s, int q, int64_t arg, de_row **out, size_t *n_out, tl_error *err) {
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, arg);
    de_row *d = NULL;
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            de_row *nd = realloc(d, cap * sizeof *nd);
            if (!nd) { sqlite3_reset(st); tl_sqlite_free_des(d, n); return fail(err, TL_ENOMEM, "out of memory"); }
            d = nd;
        }
        /* Q_DE_OF_DOC: id,type,name,aliases; Q_DE_OF_ENTITY: id,name,aliases,type */
        int by_doc = q == Q_DE_OF_DOC;
        d[n].id = sqlite3_column_int64(st, 0);
        d[n].type = sqlite3_column_int(st, by_doc ? 1 : 3);
        d[n].name = strdup(col_text(st, by_doc ? 2 : 1));
        d[n].aliases = strdup(col_text(st, by_doc ? 3 : 2));
        n++;
        if (!d[n - 1].name || !d[n - 1].aliases) {
            sqlite3_reset(st); tl_sqlite_free_des(d, n); return fail(err, TL_ENOMEM, "out of memory");
        }
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) { tl_sqlite_free_des(d, n); return db_err(s, err, "load entities"); }
    *out = d;
    *n_out = n;
    return TL_OK;
}

static int gather(sq *s, const de_row *de, const idset *used, cand_list *cl, tl_error *err) {
    resolve_ctx r = {s, de->type, 0, used, 0, cl, err, TL_OK};
    cand_reset(cl);
    if (de->type == TL_PERSON) tl_sqlite_each_name(de->name, de->aliases, has_multiword, &r.multiword);
    tl_sqlite_each_name(de->name, de->aliases, cands_for_name, &r);
    return r.rc;
}

/* ---- context of a candidate (ties) -------------------------------------- */
/* Forgets every cached docset and recent list: whenever doc_entities rows
 * change entity other than by being inserted (rollback, corrections,
 * reindex). */
void tl_sqlite_docsets_clear(sq *s) {
    if (s->rc_n) {
        memset(s->rc, 0, s->rc_cap * sizeof *s->rc);
        s->rc_n = 0;
    }
    if (!s->ds_n) return;
    for (size_t i = 0; i < s->ds_cap; i++) free(s->ds[i].ents);
    memset(s->ds, 0, s->ds_cap * sizeof *s->ds);
    s->ds_n = s->ds_ents = 0;
}

/* Past this many cached entity ids the docsets are dropped and refilled:
 * bounds their memory (8 bytes an id) on a very long ingest. */
#define DOCSET_MAX_ENTS 8000000

/* The docset of `doc` into *out, loaded from doc_entities when not cached.
 * Only documents whose rows are written come here (they were found
 * through doc_entities), so a loaded set stays right until a row changes
 * entity, and every such change clears the docsets.  TL_OK, TL_ENOMEM or
 * TL_EDB. */
static int docset_get(sq *s, int64_t doc, docset **out, tl_error *err) {
    if (s->ds_cap) {
        for (size_t i = hash64(doc) & (s->ds_cap - 1);; i = (i + 1) & (s->ds_cap - 1)) {
            if (s->ds[i].doc == doc) { *out = &s->ds[i]; return TL_OK; }
            if (s->ds[i].doc == 0) break;
        }
    }
    if (s->ds_ents > DOCSET_MAX_ENTS) tl_sqlite_docsets_clear(s);
    if ((s->ds_n + 1) * 2 > s->ds_cap) { /* grow (rehash) at half full */
        size_t cap = s->ds_cap ? s->ds_cap * 2 : 1024;
        docset *nd = calloc(cap, sizeof *nd);
        if (!nd) return fail(err, TL_ENOMEM, "out of memory");
        for (size_t i = 0; i < s->ds_cap; i++) {
            if (!s->ds[i].doc) continue;
            size_t j = hash64(s->ds[i].doc) & (cap - 1);
            while (nd[j].doc) j = (j + 1) & (cap - 1);
            nd[j] = s->ds[i];
        }
        free(s->ds);
        s->ds = nd;
        s->ds_cap = cap;
    }
    ivec v = {0};
    int rc = TL_OK;
    if (s->defer && s->pde_n && doc >= s->pde[0].doc) { /* a document of this group: its rows are held back */
        size_t lo = 0, hi = s->pde_n;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (s->pde[mid].doc < doc) lo = mid + 1;
            else hi = mid;
        }
        for (; lo < s->pde_n && s->pde[lo].doc == doc; lo++)
            if (s->pde[lo].entity > 0 && !ivec_push(&v, s->pde[lo].entity)) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
    } else {
        rc = collect_ids(s, Q_ENTS_OF_DOC, doc, &v, err);
    }
    if (rc) { free(v.v); return rc; }
    size_t i = hash64(doc) & (s->ds_cap - 1);
    while (s->ds[i].doc) i = (i + 1) & (s->ds_cap - 1);
    s->ds[i] = (docset){doc, v.v, (uint32_t)v.n, 0, 0, 0};
    s->ds_n++;
    s->ds_ents += v.n;
    *out = &s->ds[i];
    return TL_OK;
}

/* Past this many entities the recent lists are dropped and refilled
 * (256 bytes an entity). */
#define RECENT_MAX_ENTS 200000

/* The slot of entity e in the recent lists (ent == 0 when not cached). */
static recent *recent_slot(sq *s, int64_t e) {
    size_t i = hash64(e) & (s->rc_cap - 1);
    while (s->rc[i].ent && s->rc[i].ent != e) i = (i + 1) & (s->rc_cap - 1);
    return &s->rc[i];
}

/* The documents of e's newest doc_entities rows, newest first (the rows
 * of Q_RECENT_DOCS), loaded when not cached.  *out stays valid until the
 * next call.  TL_OK, TL_ENOMEM or TL_EDB. */
static int recent_get(sq *s, int64_t e, const recent **out, tl_error *err) {
    if (s->rc_cap) {
        recent *r = recent_slot(s, e);
        if (r->ent) { *out = r; return TL_OK; }
    }
    if (s->rc_n > RECENT_MAX_ENTS) {
        memset(s->rc, 0, s->rc_cap * sizeof *s->rc);
        s->rc_n = 0;
    }
    if ((s->rc_n + 1) * 2 > s->rc_cap) { /* grow (rehash) at half full */
        size_t cap = s->rc_cap ? s->rc_cap * 2 : 1024;
        recent *old = s->rc, *nr = calloc(cap, sizeof *nr);
        if (!nr) return fail(err, TL_ENOMEM, "out of memory");
        size_t old_cap = s->rc_cap;
        s->rc = nr;
        s->rc_cap = cap;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].ent) *recent_slot(s, old[i].ent) = old[i];
        free(old);
    }
    recent *r = recent_slot(s, e);
    r->n = 0;
    /* rows the group holds back are newer than every stored one */
    for (size_t k = s->defer ? tl_sqlite_pl_get(s, e) : 0; k && r->n < RECENT_N; k = s->pde[k - 1].prev)
        r->doc[r->n++] = s->pde[k - 1].doc;
    if (r->n < RECENT_N) {
        sqlite3_stmt *st = Q(s, Q_RECENT_DOCS);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, e);
        sqlite3_bind_int(st, 2, RECENT_N); /* the cached list's size, so the two never disagree */
        int rc = SQLITE_DONE;
        while (r->n < RECENT_N && (rc = sqlite3_step(st)) == SQLITE_ROW) r->doc[r->n++] = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        if (r->n < RECENT_N && rc != SQLITE_DONE) return db_err(s, err, "recent documents");
    }
    r->ent = e;
    s->rc_n++;
    *out = r;
    return TL_OK;
}

/* A doc_entities row of entity e was written in document doc, newer than
 * every document before it: a cached list takes it first. */
void tl_sqlite_recent_note(sq *s, int64_t e, int64_t doc) {
    if (!s->rc_n || e <= 0) return;
    recent *r = recent_slot(s, e);
    if (!r->ent) return;
    uint32_t keep = r->n < RECENT_N ? r->n : RECENT_N - 1;
    memmove(&r->doc[1], &r->doc[0], keep * sizeof r->doc[0]);
    r->doc[0] = doc;
    r->n = keep + 1;
}

static int anchor_has(const sq *s, int64_t e) {
    for (size_t i = hash64(e) & (s->anchor_cap - 1); s->anchor_set[i]; i = (i + 1) & (s->anchor_cap - 1))
        if (s->anchor_set[i] == e) return 1;
    return 0;
}

/* Puts the document's anchors in anchor_set; done only for documents with
 * a tie to break. */
static int flush_anchors(sq *s, tl_error *err) {
    if (s->anchors_flushed) return TL_OK;
    size_t cap = 16;
    while (cap < s->anchors.n * 2 + 2) cap *= 2;
    if (cap > s->anchor_cap) {
        int64_t *a = realloc(s->anchor_set, cap * sizeof *a);
        if (!a) return fail(err, TL_ENOMEM, "out of memory");
        s->anchor_set = a;
        s->anchor_cap = cap;
    }
    memset(s->anchor_set, 0, s->anchor_cap * sizeof *s->anchor_set);
    for (size_t k = 0; k < s->anchors.n; k++) {
        int64_t e = s->anchors.v[k];
        size_t i = hash64(e) & (s->anchor_cap - 1);
        while (s->anchor_set[i] && s->anchor_set[i] != e) i = (i + 1) & (s->anchor_cap - 1);
        s->anchor_set[i] = e;
    }
    s->ds_gen++; /* the docsets' anchor memos were for other anchors */
    s->anchors_flushed = 1;
    return TL_OK;
}

/* Context of candidate `e`: how many of its 30 latest doc_entities rows
 * (newest documents first) are in a document holding an anchor other
 * than e.  Into *ctx; TL_OK, TL_ENOMEM or TL_EDB. */
static int context_of(sq *s, int64_t e, int *ctx, tl_error *err) {
    const recent *r;
    int rc = recent_get(s, e, &r, err), n = 0;
    for (uint32_t k = 0; rc == TL_OK && k < r->n; k++) {
        docset *d;
        if ((rc = docset_get(s, r->doc[k], &d, err))) break;
        if (d->gen != s->ds_gen) { /* distinct anchors in the document, up to two */
            d->gen = s->ds_gen;
            d->memo_n = 0;
            for (uint32_t i = 0; i < d->n && d->memo_n < 2; i++) {
                if (!anchor_has(s, d->ents[i]) || (d->memo_n == 1 && d->ents[i] == d->memo_first)) continue;
                if (d->memo_n++ == 0) d->memo_first = d->ents[i];
            }
        }
        n += d->memo_n >= 2 || (d->memo_n == 1 && d->memo_first != e);
    }
    *ctx = n;
    return rc;
}

/* Resolves the entities of one document against the graph, in order:
 * ents[i] receives the entity des[i] joined or started.  Lookups go
 * through the session cache, so a document costs SQL statements only for
 * keys not seen before in the session, new entities and new names. */

void tl_sqlite_free_notes(join_note *j, size_t n) {
    if (!j) return;
    for (size_t i = 0; i < n; i++) free(j[i].joined);
    free(j);
}

/* Writes the resolution rows of a document's joined entities: des[i]'s
 * row is de[i]. */
int tl_sqlite_write_notes(sq *s, const de_row *des, const int64_t *de, const join_note *notes, size_t n, tl_error *err) {
    sqlite3_stmt *st = NULL;
    int rc = TL_OK;
    for (size_t i = 0; i < n && rc == TL_OK; i++) {
        if (!notes[i].why || de[i] <= 0) continue;
        if (!st && !(st = Q(s, Q_INS_NOTE))) return db_err(s, err, "prepare");
        /* the name that matched: the entity's name, or its k-th alias */
        const char *m = des[i].name;
        size_t ml = strlen(m);
        if (notes[i].name_idx > 0) {
            const char *p = des[i].aliases;
            for (int k = 1; p && *p; k++) {
                const char *e = strchr(p, '\x1f');
                size_t l = e ? (size_t)(e - p) : strlen(p);
                if (k == notes[i].name_idx) { m = p; ml = l; break; }
                if (!e) break;
                p = e + 1;
            }
        }
        sqlite3_bind_int64(st, 1, de[i]);
        sqlite3_bind_int(st, 2, notes[i].why);
        sqlite3_bind_text(st, 3, m, (int)ml, SQLITE_TRANSIENT);
        bind_text(st, 4, notes[i].joined ? notes[i].joined : "");
        rc = run(s, st, err);
    }
    return rc;
}

typedef struct generic_ctx {
    const tl_gaz *g;
    int type, generic;
} generic_ctx;

static int generic_cb(void *ctx, const char *name, size_t len) {
    generic_ctx *c = ctx;
    if (!tl_resolve_generic_name(c->g, name, len, c->type)) c->generic = 0;
    return 0;
}

/* 1 when every name of a document's entity is a lone common word
 * (tl_resolve_generic_name): the graph does not keep it. */
static int generic_entity(const tl_gaz *g, const de_row *de) {
    generic_ctx c = {g, de->type, 1};
    tl_sqlite_each_name(de->name, de->aliases, generic_cb, &c);
    return c.generic;
}

int tl_sqlite_resolve_des(sq *s, const de_row *des, size_t n, int64_t *ents, join_note *notes,
                       tl_store_ingest_result *res, tl_error *err) {
    idset used = {0};
    cand_list *cl = malloc(sizeof *cl);
    tl_gaz *gaz = tl_gaz_open();
    int rc = cl && gaz ? TL_OK : fail(err, TL_ENOMEM, "out of memory");
    /* Anchors: entities this document names unambiguously.  They are the
     * context that tells apart two stored entities with the same name. */
    s->anchors.n = 0;
    s->anchors_flushed = 0;
    for (size_t i = 0; rc == TL_OK && i < n; i++) {
        if (generic_entity(gaz, &des[i])) continue;
        if ((rc = gather(s, &des[i], NULL, cl, err))) break;
        if (cl->n == 1 && cl->c[0].strength == 3 && !ivec_push(&s->anchors, cl->c[0].entity))
            rc = fail(err, TL_ENOMEM, "out of memory");
    }
    for (size_t i = 0; rc == TL_OK && i < n; i++) {
        /* a lone common word ("Courtroom", "Islamic") stays in the
         * document's layer 1 but enters no entity, and no fact that
         * needs it as an argument (tl_sqlite_attach_fact) */
        if (generic_entity(gaz, &des[i])) {
            ents[i] = 0;
            continue;
        }
        if ((rc = gather(s, &des[i], &used, cl, err))) break;
        int top = 0;
        for (size_t j = 0; j < cl->n; j++)
            if (cl->c[j].strength > top) top = cl->c[j].strength;
        size_t at_top = 0;
        for (size_t j = 0; j < cl->n; j++) at_top += cl->c[j].strength == top;
        /* a tie, or a lone surname: context decides (a surname joins a
         * person of another document only when they share context) */
        if (at_top > 1 || (top == 1 && at_top == 1)) {
            if ((rc = flush_anchors(s, err))) break;
            for (size_t j = 0; j < cl->n; j++) {
                if (cl->c[j].strength != top) continue;
                if ((rc = context_of(s, cl->c[j].entity, &cl->c[j].context, err))) break;
            }
            if (rc) break;
        }
        int pick = tl_resolve_choose(cl->c, cl->n);
        if (pick >= 0 && cl->c[pick].strength == 1 && cl->c[pick].context == 0) pick = -1;
        int64_t e = pick >= 0 ? cl->c[pick].entity : 0;
        if (notes && pick >= 0) {
            tl_cache_ent *row;
            if ((rc = tl_sqlite_ent_row(s, e, &row, err))) break;
            notes[i].why = cl->c[pick].why | (at_top > 1 ? TL_WHY_CONTEXT : 0);
            notes[i].name_idx = cl->c[pick].name_idx;
            if (row && !(notes[i].joined = strdup(row->name))) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
        }
        if (res) {
            if (e) res->n_entities_joined++;
            else res->n_entities_new++;
        }
        if ((rc = tl_sqlite_join_entity(s, &des[i], &e, err))) break;
        ents[i] = e;
        if (!idset_add(&used, e)) rc = fail(err, TL_ENOMEM, "out of memory");
    }
    free(cl);
    free(used.v);
    tl_gaz_close(gaz);
    return rc;
}

/* Fact identity: symmetric relations are stored with the smaller id first. */
int tl_sqlite_symmetric(int type) {
    return type == TL_ASSOCIATE_OF || type == TL_FAMILY_OF || type == TL_MET;
}

/* Q_FACT_FIND's time test: either side without a time, or one a prefix
 * of the other ("2009" and "2009-03-13"). */
static int times_agree(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b);
    return !na || !nb || !memcmp(a, b, na < nb ? na : nb);
}

/* Q_FACT_FIND while evidence is held back: the rows' time and place as
 * they will be once the queued evidence is applied (s->pfx_view), so that
 * the facts an ingest makes do not depend on where its groups end.  *f
 * receives the first agreeing fact by id, or 0.  TL_OK or TL_EDB. */
static int find_fact_held(sq *s, const ev_sig *v, int64_t *f, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_FACT_CANDS);
    if (!st) return db_err(s, err, "prepare");
    bind_id(st, 1, v->a0);
    bind_id(st, 2, v->a1);
    sqlite3_bind_int(st, 3, v->type);
    bind_id(st, 4, v->a2);
    sqlite3_bind_int(st, 5, v->neg);
    int rc;
    *f = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(st, 0), place = sqlite3_column_int64(st, 2);
        char time[sizeof ((pfx_view *)0)->time_value];
        const unsigned char *t = sqlite3_column_text(st, 1);
        snprintf(time, sizeof time, "%s", t ? (const char *)t : "");
        const pfx_view *q = tl_imap_get(&s->pfx_view, id);
        if (q) {
            if (q->time_value[0] && (!time[0] || strcmp(q->time_value, time) < 0))
                snprintf(time, sizeof time, "%s", q->time_value);
            if (!place) place = q->place;
        }
        if (times_agree(v->time_value, time) && (!v->place || !place || place == v->place)) {
            *f = id;
            break;
        }
    }
    sqlite3_reset(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? TL_OK : db_err(s, err, "fact lookup");
}

/* Finds the fact a piece of evidence denotes and adds the evidence to it,
 * or creates it; *fact receives its id, *created (may be NULL) 1 when new.
 * `old`: the fact the evidence pointed at before (0: none); when it is
 * the same fact nothing changes. */
int tl_sqlite_attach_fact(sq *s, ev_sig *v, int64_t old, int64_t *fact, int *created, tl_error *err) {
    /* an argument the document names but the graph keeps no entity for
     * (< 0): no fact; an optional one (place, source, third) is dropped.
     * Two arguments the graph found to be one entity (a document's "ISIS"
     * and "Islamic State" kept apart by extraction, joined by resolution)
     * make no fact either: nothing is part of, leads or met itself. */
    if (v->a0 < 0 || v->a1 < 0 || (v->a0 > 0 && v->a0 == v->a1)) {
        *fact = 0;
        if (created) *created = 0;
        return TL_OK;
    }
    if (v->a2 < 0) v->a2 = 0;
    if (v->place < 0) v->place = 0;
    if (v->source < 0) v->source = 0;
    if (tl_sqlite_symmetric(v->type) && v->a0 && v->a1 && v->a1 < v->a0) { int64_t t = v->a0; v->a0 = v->a1; v->a1 = t; }
    sqlite3_stmt *st;
    int64_t f = 0;
    int rc;
    if (s->defer && tl_imap_count(&s->pfx_view)) {
        if ((rc = find_fact_held(s, v, &f, err))) return rc;
    } else {
        if (!(st = Q(s, Q_FACT_FIND))) return db_err(s, err, "prepare");
        bind_id(st, 1, v->a0);
        bind_id(st, 2, v->a1);
        sqlite3_bind_int(st, 3, v->type);
        bind_id(st, 4, v->a2);
        sqlite3_bind_int(st, 5, v->neg);
        bind_text(st, 6, v->time_value);
        bind_id(st, 7, v->place);
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) f = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_err(s, err, "fact lookup");
    }
    *fact = f;
    if (f && f == old) return TL_OK;
    if (created) *created = f == 0;
    if (f && s->defer && !old) { /* written at group end (tl_sqlite_defer_flush) */
        pend_fx x = {.fact = f, .place = v->place, .source = v->source, .status = v->status,
                     .modality = v->modality, .amount = v->amount};
        memcpy(x.time_value, v->time_value, sizeof x.time_value);
        memcpy(x.amount_text, v->amount_text, sizeof x.amount_text);
        memcpy(x.currency, v->currency, sizeof x.currency);
        return tl_sqlite_defer_fx(s, &x, err);
    }
    if (f) {
        if (!(st = Q(s, Q_FACT_ADDN))) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 10, 1);
        sqlite3_bind_int64(st, 1, f);
        sqlite3_bind_int(st, 2, v->modality);
        sqlite3_bind_int(st, 3, v->status);
        bind_text(st, 4, v->time_value);
        bind_id(st, 5, v->place);
        bind_id(st, 6, v->source);
        bind_text(st, 7, v->amount_text);
        sqlite3_bind_double(st, 8, v->amount);
        bind_text(st, 9, v->currency);
        return run(s, st, err);
    }
    if (!(st = Q(s, Q_FACT_INS))) return db_err(s, err, "prepare");
    sqlite3_bind_int(st, 1, v->type);
    bind_id(st, 2, v->a0);
    bind_id(st, 3, v->a1);
    bind_id(st, 4, v->a2);
    sqlite3_bind_int(st, 5, v->neg);
    sqlite3_bind_int(st, 6, v->status);
    sqlite3_bind_int(st, 7, v->modality);
    bind_text(st, 8, v->time_value);
    bind_id(st, 9, v->place);
    bind_id(st, 10, v->source);
    bind_text(st, 11, v->amount_text);
    sqlite3_bind_double(st, 12, v->amount);
    bind_text(st, 13, v->currency);
    if (run(s, st, err)) return TL_EDB;
    *fact = sqlite3_last_insert_rowid(s->db);
    return TL_OK;
}

/* Re-attaches one stored piece of evidence to the fact its arguments now
 * denote (after its entities moved), creating the fact when new and
 * dropping the old one when it is left with no evidence.  *created (may be
 * NULL) is set to 1 for a new fact. */
int tl_sqlite_relink_evidence(sq *s, int64_t ev, int *created, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_EV_LOAD);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, ev);
    if (sqlite3_step(st) != SQLITE_ROW) { sqlite3_reset(st); return db_err(s, err, "evidence"); }
    ev_sig v;
    int64_t old = sqlite3_column_int64(st, 0);
    v.type = sqlite3_column_int(st, 1);
    v.a0 = sqlite3_column_int64(st, 2);
    v.a1 = sqlite3_column_int64(st, 3);
    v.a2 = sqlite3_column_int64(st, 4);
    v.neg = sqlite3_column_int(st, 5);
    v.status = sqlite3_column_int(st, 6);
    v.modality = sqlite3_column_int(st, 7);
    snprintf(v.time_value, sizeof v.time_value, "%s", col_text(st, 8));
    v.place = sqlite3_column_int64(st, 9);
    v.source = sqlite3_column_int64(st, 10);
    snprintf(v.amount_text, sizeof v.amount_text, "%s", col_text(st, 11));
    v.amount = sqlite3_column_double(st, 12);
    snprintf(v.currency, sizeof v.currency, "%s", col_text(st, 13));
    sqlite3_reset(st);
    int64_t fact = 0;
    int rc = tl_sqlite_attach_fact(s, &v, old, &fact, created, err);
    if (rc || fact == old) return rc;
    if (run_id2(s, Q_SET_EV_FACT, ev, fact, err)) return TL_EDB;
    if (old) {
        if (run_id(s, Q_FACT_REFRESH, old, err) || run_id(s, Q_FACT_DEL, old, err)) return TL_EDB;
    }
    return TL_OK;
}

/* Builds layer 2 for one document whose layer 1 is stored (reindex):
 * resolves each of its entities against the graph, then attaches its
 * facts. */
int tl_sqlite_link_doc(sq *s, int64_t doc, tl_store_ingest_result *res, tl_error *err) {
    de_row *des = NULL;
    size_t n = 0;
    ivec evs = {0};
    int64_t *ents = NULL;
    int rc = tl_sqlite_load_des(s, Q_DE_OF_DOC, doc, &des, &n, err);
    if (rc) return rc;
    join_note *notes = calloc(n + 1, sizeof *notes);
    if (!notes || !(ents = calloc(n + 1, sizeof *ents))) { free(notes); rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    rc = tl_sqlite_resolve_des(s, des, n, ents, notes, res, err);
    if (rc == TL_OK) {
        int64_t *ids = calloc(n + 1, sizeof *ids);
        if (!ids) rc = fail(err, TL_ENOMEM, "out of memory");
        for (size_t i = 0; ids && i < n; i++) ids[i] = des[i].id;
        if (ids) rc = tl_sqlite_write_notes(s, des, ids, notes, n, err);
        free(ids);
    }
    tl_sqlite_free_notes(notes, n);
    if (rc) goto done;
    if ((rc = collect_ids(s, Q_EV_OF_DOC, doc, &evs, err))) goto done;
    for (size_t i = 0; i < evs.n; i++) {
        int created = 0;
        if ((rc = tl_sqlite_relink_evidence(s, evs.v[i], &created, err))) goto done;
        if (res) {
            if (created) res->n_facts_new++;
            else res->n_facts_joined++;
        }
    }
done:
    free(ents);
    tl_sqlite_free_des(des, n);
    free(evs.v);
    return rc;
}
