/* tl_store_pg_int.h -- internal to the PostgreSQL backend (tl_store_pg*.c): small query helpers, array parameters, what one of its files calls in another. */
#ifndef TL_STORE_PG_INT_H
#define TL_STORE_PG_INT_H
#include "tl_store_pg.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The current time as the stored timestamps write it, in SQL. */
#define NOW "to_char(now() AT TIME ZONE 'UTC','YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

/* ---- small helpers -------------------------------------------------------------- */
static inline int fail(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

static inline int db_fail(tl_store_pg *p, tl_error *err, const char *what) {
    if (err) {
        err->code = TL_EDB;
        err->offset = -1;
        const char *m = p && p->c ? PQerrorMessage(p->c) : "no connection";
        snprintf(err->msg, sizeof err->msg, "PostgreSQL (%s): %.*s", what, (int)strcspn(m, "\n"), m);
    }
    return TL_EDB;
}

/* Runs a statement with parameters, no rows wanted; TL_OK or TL_EDB. */
static inline int run(tl_store_pg *p, const char *sql, int n, const char *const *vals, const char *what, tl_error *err) {
    PGresult *r = tl_store_pg_query(p, sql, n, vals, what, err);
    if (!r) return TL_EDB;
    PQclear(r);
    return TL_OK;
}

/* The first column of the first row as an integer, 0 when no row, -1 on
 * error (err filled). */
static inline int64_t scalar(tl_store_pg *p, const char *sql, int n, const char *const *vals, tl_error *err) {
    PGresult *r = tl_store_pg_query(p, sql, n, vals, "query", err);
    if (!r) return -1;
    int64_t v = PQntuples(r) && !PQgetisnull(r, 0, 0) ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : 0;
    PQclear(r);
    return v;
}

/* An id as a parameter: its decimal digits in buf, or NULL (SQL NULL) for 0. */
static inline const char *idp(char *buf, int64_t id) {
    if (!id) return NULL;
    snprintf(buf, 24, "%" PRId64, id);
    return buf;
}
static inline const char *ip(char *buf, int64_t v) {
    snprintf(buf, 24, "%" PRId64, v);
    return buf;
}

/* ---- array parameters ---------------------------------------------------------- */
/* A growing text buffer (for array literals and alias lists). */
typedef struct sbuf {
    char *v;
    size_t n, cap;
    int oom;
} sbuf;
static inline void sb_add(sbuf *b, const char *s, size_t n) {
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
static inline void sb_num(sbuf *b, int64_t x) {
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

static inline void arr_sep(arr *a) { sb_add(&a->b, a->n++ ? "," : "{", 1); }
static inline void arr_int(arr *a, int64_t v) {
    arr_sep(a);
    sb_num(&a->b, v);
}
/* An id, NULL for 0. */
static inline void arr_id(arr *a, int64_t v) {
    if (v) {
        arr_int(a, v);
        return;
    }
    arr_sep(a);
    sb_add(&a->b, "NULL", 4);
}
/* An element given as its own text (a number). */
static inline void arr_raw(arr *a, const char *s) {
    arr_sep(a);
    sb_add(&a->b, s, strlen(s));
}
/* Text of n bytes, quoted; NUL bytes are dropped (a text value cannot
 * hold them). */
static inline void arr_txt(arr *a, const char *s, size_t n) {
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
static inline void arr_str(arr *a, const char *s) { arr_txt(a, s ? s : "", s ? strlen(s) : 0); }
/* Closes the literal (call once); returns it, or NULL when out of memory. */
static inline const char *arr_done(arr *a) {
    if (!a->n) sb_add(&a->b, "{", 1);
    sb_add(&a->b, "}", 1);
    return a->b.oom ? NULL : a->b.v;
}
static inline void arr_free(arr *a, int m) {
    for (int i = 0; i < m; i++) {
        free(a[i].b.v);
        a[i] = (arr){{0}, 0};
    }
}

/* Runs sql with `scalar` as $1 (when not NULL) and the m array literals
 * of cols after it, then frees the arrays.  *out gets the result when out
 * is not NULL.  TL_OK, TL_ENOMEM or TL_EDB. */
static inline int run_arrays(tl_store_pg *p, const char *sql, const char *scalar, arr *cols, int m, const char *what,
                      PGresult **out, tl_error *err) {
    const char *v[32];
    int n = 0, rc = TL_OK;
    if (scalar) v[n++] = scalar;
    for (int i = 0; i < m && n < 32; i++)
        if (!(v[n++] = arr_done(&cols[i]))) rc = fail(err, TL_ENOMEM, "out of memory");
    if (!rc && !out) {
        rc = tl_store_pg_write(p, sql, n, v, what, err); /* pipelined inside a group */
    } else if (!rc) {
        PGresult *r = tl_store_pg_query(p, sql, n, v, what, err);
        if (!r) rc = TL_EDB;
        else *out = r;
    }
    arr_free(cols, m);
    return rc;
}

static inline int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* n new ids from sequence `seq`, ascending, into ids: rows then written
 * with their ids known, in one statement, and linked without reading them
 * back.  TL_OK or TL_EDB. */
static inline int new_ids(tl_store_pg *p, const char *seq, size_t n, int64_t *ids, tl_error *err) {
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

/* ---- what the files share ------------------------------------------------------- */
/* The names of a document entity: its name, then its aliases. */
typedef struct dnames {
    const char *name[65];
    size_t len[65];
    int n;
} dnames;
/* A document entity being resolved: type and names in; its entity,
 * whether that was created, and why it joined (for `show --why`) out. */
typedef struct dent {
    int type;
    dnames dn;
    int64_t ent;
    int why, created;
    int generic;          /* all its names are lone common words: it joins no entity (ent 0) */
    char matched[512], joined[512];
} dent;
/* What the graph needs of a piece of evidence, and the state of a fact. */
typedef struct ev_sig {
    int type, neg, status, modality;
    int64_t a0, a1, a2, place, source;
    char time_value[40], amount_text[256], currency[16];
    double amount;
} ev_sig;

/* Transactions (tl_store_pg.c).  One write: a transaction of its own
 * under the writer lock, or a savepoint inside a group or bulk load.
 * TL_OK, or TL_EDB (read-only store, lock or connection failure). */
int tl_store_pg_begin_one(tl_store_pg *p, tl_error *err);
/* Ends what tl_store_pg_begin_one began: commits (or releases the
 * savepoint) when ok, else rolls it back.  TL_OK, or TL_EDB when the
 * commit fails (rolled back then). */
int tl_store_pg_end_one(tl_store_pg *p, int ok, tl_error *err);

/* Resolution (tl_store_pg_resolve.c). */
/* Adds the lookup keys of one name of an entity.  TL_OK, TL_ENOMEM or
 * TL_EDB. */
int tl_store_pg_add_name(tl_store_pg *p, int64_t entity, int type, const char *name, size_t len, int origin,
                         tl_error *err);
/* The names of a document entity, its name first, then at most 64
 * aliases, pointing into en; can't fail. */
void tl_store_pg_doc_names(const tl_entity *en, dnames *out);
/* Resolves a document's entities v[0..n) and records them: each joins the
 * oldest stored entity of a compatible type not taken by an earlier
 * entity of the same document that shares an exact key with one of its
 * names, else one sharing a transliteration key, or a new entity is
 * created; its names are added.  Sets v[i].ent, .created and the reason.
 * TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_pg_resolve_doc(tl_store_pg *p, dent *v, size_t n, tl_error *err);
/* Writes the resolution reasons of document entities des[i] (v[i].why
 * set).  TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_pg_write_resolution(tl_store_pg *p, const dent *v, const int64_t *des, size_t n, tl_error *err);

/* Layer 1 and facts (tl_store_pg_layer1.c). */
/* Whether facts of this type have no direction (a MET b is b MET a);
 * can't fail. */
int tl_store_pg_symmetric(int type);
/* Attaches pieces of evidence s[0..n) (entity ids set, a0 not 0) to
 * facts: each supports the oldest fact of its type, arguments and
 * negation whose time and place agree with it, or a new fact.  fact[i]
 * gets the id, created[i] 1 for a fact it created.  TL_OK, TL_ENOMEM or
 * TL_EDB. */
int tl_store_pg_attach_facts(tl_store_pg *p, ev_sig *s, size_t n, int64_t *fact, int *created, tl_error *err);
/* Stores layer 1 of document d under row `doc` (sentences, document
 * entities, evidence); with `resolve` layer 2 in the same pass, else the
 * links stay NULL for tl_store_pg_rebuild_graph.  de_ids: the ids of its
 * document entities when the caller took them already (else NULL); r may
 * be NULL.  Inside the caller's transaction.  TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_pg_store_layer1(tl_store_pg *p, int64_t doc, const tl_doc *d, int resolve, const int64_t *de_ids,
                             tl_store_ingest_result *r, tl_error *err);

/* Corrections (tl_store_pg_correct.c). */
/* Drops layer 2 and derives it again from every document, oldest first,
 * then re-applies the corrections.  Inside the caller's transaction.
 * TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_pg_rebuild_graph(tl_store_pg *p, tl_error *err);
/* Re-applies every recorded correction, oldest first, and records which
 * applied.  TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_pg_reapply_corrections(tl_store_pg *p, tl_error *err);
/* Who a correction is recorded as: the name set by tl_store_set_actor (an
 * API token's name), else the OS user; can't fail. */
const char *tl_store_pg_actor(tl_store_pg *p);
/* The backend's `correct` operation: tl_store_correct's contract. */
int tl_store_pg_correct(void *impl, int kind, const char *a, const char *b, int64_t fact, int64_t *id,
                        tl_error *err);

/* The lookup of a user's name (tl_store_pg_query.c): at most cap ids of
 * the entities it denotes into ids, their number into *n (which may
 * exceed cap).  TL_OK or TL_EDB. */
int tl_store_pg_find_ids(tl_store_pg *p, const char *name, int64_t *ids, int cap, int *n, tl_error *err);
#endif
