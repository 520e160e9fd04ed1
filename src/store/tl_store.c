/* tl_store.c -- backend dispatch, and the graph searches (neighbours, shortest paths) run over any backend. */
#include "tl_store.h"
#include "tl_hash.h"
#include "tl_ivec.h"
#include "tl_store_backend.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static int set_err(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

int tl_store_is_pg(const char *path) {
    return path && (strncmp(path, "postgres://", 11) == 0 || strncmp(path, "postgresql://", 13) == 0);
}

void tl_store_process_setup(void) { tl_store_sqlite_setup(); }

int tl_store_open(const char *path, tl_store **out, tl_error *err) {
    if (!path || !out) return set_err(err, TL_EINVAL, "no store path");
    tl_store *st = calloc(1, sizeof *st);
    if (!st) return set_err(err, TL_ENOMEM, "out of memory");
    st->ops = tl_store_is_pg(path) ? &tl_store_pg_ops : &tl_store_sqlite_ops;
    int rc = st->ops->open(path, &st->impl, err);
    if (rc != TL_OK) {
        free(st);
        return rc;
    }
    *out = st;
    return TL_OK;
}

int tl_store_migrate(const char *from, const char *to, tl_store_migrate_fn progress, void *ctx, int64_t *n_rows,
                     tl_error *err) {
    if (!from || !to || tl_store_is_pg(from)) return set_err(err, TL_EINVAL, "--from must be a SQLite store file");
    if (!tl_store_is_pg(to)) return set_err(err, TL_EINVAL, "--to must be a postgresql:// URI");
    FILE *f = fopen(from, "rb");
    if (!f) return set_err(err, TL_ENOTFOUND, "no SQLite store at the --from path");
    fclose(f);
    /* opening it brings an older store to the current schema */
    tl_store *st = NULL;
    int rc = tl_store_open(from, &st, err);
    if (rc) return rc;
    tl_store_close(st);
    return tl_store_pg_migrate(from, to, progress, ctx, n_rows, err);
}

int tl_store_open_readonly(const char *path, tl_store **out, tl_error *err) {
    if (!path || !out) return set_err(err, TL_EINVAL, "no store path");
    tl_store *st = calloc(1, sizeof *st);
    if (!st) return set_err(err, TL_ENOMEM, "out of memory");
    st->ops = tl_store_is_pg(path) ? &tl_store_pg_ops : &tl_store_sqlite_ops;
    int rc = st->ops->open_readonly(path, &st->impl, err);
    if (rc != TL_OK) {
        free(st);
        return rc;
    }
    *out = st;
    return TL_OK;
}

int tl_store_document(tl_store *st, const char *sha256, tl_store_doctext_cb doc_cb,
                      tl_store_span_cb span_cb, void *ctx, tl_error *err) {
    return st->ops->document(st->impl, sha256, doc_cb, span_cb, ctx, err);
}
int tl_store_token_add(tl_store *st, const char *name, const char *hash, tl_error *err) {
    return st->ops->token_add(st->impl, name, hash, err);
}
int tl_store_token_revoke(tl_store *st, const char *name, tl_error *err) {
    return st->ops->token_revoke(st->impl, name, err);
}
int tl_store_token_list(tl_store *st, tl_store_token_cb cb, void *ctx, tl_error *err) {
    return st->ops->token_list(st->impl, cb, ctx, err);
}
int tl_store_token_check(tl_store *st, const char *hash, int *valid, tl_error *err) {
    return st->ops->token_check(st->impl, hash, valid, err);
}
int tl_store_token_name(tl_store *st, const char *hash, char *out, size_t cap, tl_error *err) {
    if (!out || !cap) return TL_OK;
    out[0] = 0;
    return st->ops->token_name(st->impl, hash, out, cap, err);
}

void tl_store_close(tl_store *st) {
    if (!st) return;
    st->ops->close(st->impl);
    free(st);
}

int tl_store_has_doc(tl_store *st, const char *sha256, int *found, tl_error *err) {
    return st->ops->has_doc(st->impl, sha256, found, err);
}
int tl_store_ingest(tl_store *st, const tl_doc *doc, const tl_store_docinfo *info,
                    tl_store_ingest_result *res, tl_error *err) {
    return st->ops->ingest(st->impl, doc, info, res, err);
}
int tl_store_bulk_begin(tl_store *st, tl_error *err) { return st->ops->bulk_begin(st->impl, err); }
int tl_store_bulk_end(tl_store *st, int commit, tl_error *err) {
    return st->ops->bulk_end(st->impl, commit, err);
}
int tl_store_group_begin(tl_store *st, tl_error *err) { return st->ops->group_begin(st->impl, err); }
int tl_store_group_end(tl_store *st, int commit, tl_error *err) {
    return st->ops->group_end(st->impl, commit, err);
}
int tl_store_reindex(tl_store *st, tl_store_extract_fn fn, void *fn_ctx,
                     tl_store_progress_fn progress, void *progress_ctx, uint64_t *n_docs,
                     tl_error *err) {
    return st->ops->reindex(st->impl, fn, fn_ctx, progress, progress_ctx, n_docs, err);
}
int tl_store_entity_find(tl_store *st, const char *name, tl_store_entity_cb cb, void *ctx,
                         int *n_found, tl_error *err) {
    return st->ops->entity_find(st->impl, name, cb, ctx, n_found, err);
}
int tl_store_entities(tl_store *st, const tl_store_entity_filter *f, tl_store_entity_cb cb,
                      void *ctx, tl_error *err) {
    return st->ops->entities(st->impl, f, cb, ctx, err);
}
int tl_store_entity_names(tl_store *st, int64_t entity, tl_store_name_cb cb, void *ctx,
                          tl_error *err) {
    return st->ops->entity_names(st->impl, entity, cb, ctx, err);
}
int tl_store_entity_origin(tl_store *st, int64_t entity, int *type, char *out, size_t cap, tl_error *err) {
    if (!out || !cap || !type) return TL_EINVAL;
    return st->ops->entity_origin(st->impl, entity, type, out, cap, err);
}

int tl_store_entity_docs(tl_store *st, int64_t entity, tl_store_doc_cb cb, void *ctx,
                         tl_error *err) {
    return st->ops->entity_docs(st->impl, entity, cb, ctx, err);
}
int tl_store_facts(tl_store *st, const tl_store_fact_filter *f, tl_store_fact_cb cb, void *ctx,
                   tl_error *err) {
    return st->ops->facts(st->impl, f, cb, ctx, err);
}
int tl_store_fact_evidence(tl_store *st, int64_t fact, tl_store_evidence_cb cb, void *ctx,
                           tl_error *err) {
    return st->ops->fact_evidence(st->impl, fact, cb, ctx, err);
}
int tl_store_search(tl_store *st, const char *query, const char *open, const char *close,
                    int64_t limit, tl_store_hit_cb cb, void *ctx, tl_error *err) {
    return st->ops->search(st->impl, query, open, close, limit, cb, ctx, err);
}
int tl_store_get_stats(tl_store *st, tl_store_stats *out, tl_error *err) {
    return st->ops->get_stats(st->impl, out, err);
}
int tl_store_correct(tl_store *st, int kind, const char *a, const char *b, int64_t fact,
                     int64_t *id, tl_error *err) {
    return st->ops->correct(st->impl, kind, a, b, fact, id, err);
}
int tl_store_entity_why(tl_store *st, int64_t entity, tl_store_join_cb cb, void *ctx, tl_error *err) {
    return st->ops->entity_why(st->impl, entity, cb, ctx, err);
}
int tl_store_documents(tl_store *st, tl_store_docrow_cb cb, void *ctx, tl_error *err) {
    return st->ops->documents(st->impl, cb, ctx, err);
}
int tl_store_forget(tl_store *st, const char *doc, tl_store_forget_result *res, tl_error *err) {
    return st->ops->forget(st->impl, doc, res, err);
}
int tl_store_undo(tl_store *st, int64_t id, int64_t *undone, tl_error *err) {
    return st->ops->undo(st->impl, id, undone, err);
}
void tl_store_set_actor(tl_store *st, const char *who) {
    if (st && st->ops->set_actor) st->ops->set_actor(st->impl, who);
}
int tl_store_corrections(tl_store *st, tl_store_correction_cb cb, void *ctx, tl_error *err) {
    return st->ops->corrections(st->impl, cb, ctx, err);
}
int tl_store_watch_add(tl_store *st, const char *name, tl_error *err) {
    return st->ops->watch_add(st->impl, name, err);
}
int tl_store_watch_remove(tl_store *st, const char *name, tl_error *err) {
    return st->ops->watch_remove(st->impl, name, err);
}
int tl_store_watch_list(tl_store *st, tl_store_name_cb cb, void *ctx, tl_error *err) {
    return st->ops->watch_list(st->impl, cb, ctx, err);
}
int tl_store_alerts(tl_store *st, int64_t since_id, tl_store_alert_cb cb, void *ctx,
                    tl_error *err) {
    return st->ops->alerts(st->impl, since_id, cb, ctx, err);
}

const char *tl_store_corr_name(int kind) {
    static const char *const names[TL_CORR_KIND_COUNT] = {"merge", "split", "rename",
                                                          "alias-add", "alias-remove", "reject"};
    return kind >= 0 && kind < TL_CORR_KIND_COUNT ? names[kind] : NULL;
}

/* ---- the name a correction is recorded by -------------------------------- */

typedef struct named_one {
    int64_t id;
    char name[512];
} named_one;

static int first_found(void *ctx, const tl_store_entity *e) {
    ((named_one *)ctx)->id = e->id;
    return 1; /* the count comes from entity_find's n_found */
}

static int brief_name(void *ctx, const tl_store_entity *e) {
    named_one *o = ctx;
    snprintf(o->name, sizeof o->name, "%s", e->name ? e->name : "");
    return 1;
}

/* Whether `name` finds entity e and nothing else; a lookup that fails
 * counts as not naming it. */
static int names_alone(const tl_store_ops *ops, void *impl, const char *name, int64_t e) {
    named_one o = {0, ""};
    int n = 0;
    tl_error ignore;
    return ops->entity_find(impl, name, first_found, &o, &n, &ignore) == TL_OK && n == 1 && o.id == e;
}

int tl_store_record_name(const tl_store_ops *ops, void *impl, int64_t e, const char *given, char *out,
                         size_t cap, tl_error *err) {
    named_one o = {0, ""};
    int rc = ops->entity_brief(impl, e, brief_name, &o, err);
    if (rc) return rc;
    if (o.name[0] && names_alone(ops, impl, o.name, e)) {
        snprintf(out, cap, "%s", o.name);
        return TL_OK;
    }
    if (given[0] != '#' && names_alone(ops, impl, given, e)) {
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

/* ---- graph searches ------------------------------------------------------ */

/* Visited set of a breadth-first search: entity id -> how the entity was
 * reached. */
typedef struct visit {
    int64_t id;     /* the entity itself */
    int64_t parent; /* entity one step nearer the start, 0 for the start */
    int64_t fact;
    int dist;
} visit;

typedef tl_imap vset;

static visit *vset_get(const vset *s, int64_t id) {
    return tl_imap_get(s, id);
}

/* Adds id (not present yet); returns 0 when out of memory. */
static int vset_add(vset *s, int64_t id, int64_t parent, int64_t fact, int dist) {
    if (!s->val_size) tl_imap_init(s, sizeof(visit));
    visit *v = tl_imap_put(s, id, NULL);
    if (!v) return 0;
    *v = (visit){id, parent, fact, dist};
    return 1;
}

/* ---- neighbours ---- */
typedef struct nb_ctx {
    vset seen;
    ivec next;
    int64_t from;
    int dist;
    int64_t limit;
    int oom;
} nb_ctx;

static int nb_adj(void *ctx, int64_t fact, int64_t other) {
    nb_ctx *c = ctx;
    if ((int64_t)tl_imap_count(&c->seen) >= c->limit + 1) return 1;
    if (vset_get(&c->seen, other)) return 0;
    if (!vset_add(&c->seen, other, c->from, fact, c->dist) || !ivec_push(&c->next, other)) {
        c->oom = 1;
        return 1;
    }
    return 0;
}

typedef struct brief_ctx {
    tl_store_neighbor_cb cb;
    void *ctx;
    int dist;
    const tl_store_hop *hop;
    int stop;
} brief_ctx;

static int brief_cb(void *ctx, const tl_store_entity *e) {
    brief_ctx *b = ctx;
    b->stop = b->cb(b->ctx, e, b->dist, b->hop);
    return 1;
}

int tl_store_neighbors(tl_store *st, int64_t entity, int hops, int64_t limit,
                       tl_store_neighbor_cb cb, void *ctx, tl_error *err) {
    if (hops < 1) hops = 1;
    if (hops > 4) hops = 4;
    if (limit <= 0) limit = 1000;
    nb_ctx c = {.limit = limit};
    ivec cur = {0};
    int rc = TL_OK;
    if (!vset_add(&c.seen, entity, 0, 0, 0) || !ivec_push(&cur, entity)) {
        rc = set_err(err, TL_ENOMEM, "out of memory");
        goto done;
    }
    for (int d = 1; d <= hops && cur.n && (int64_t)tl_imap_count(&c.seen) <= limit; d++) {
        c.dist = d;
        c.next.n = 0;
        for (size_t i = 0; i < cur.n && (int64_t)tl_imap_count(&c.seen) <= limit; i++) {
            c.from = cur.v[i];
            rc = st->ops->adjacent(st->impl, cur.v[i], nb_adj, &c, err);
            if (rc != TL_OK) goto done;
            if (c.oom) { rc = set_err(err, TL_ENOMEM, "out of memory"); goto done; }
        }
        /* report this ring, nearest first */
        for (size_t i = 0; i < c.next.n; i++) {
            visit *v = vset_get(&c.seen, c.next.v[i]);
            tl_store_hop hop = {v->parent, v->id, v->fact};
            brief_ctx b = {cb, ctx, d, &hop, 0};
            rc = st->ops->entity_brief(st->impl, v->id, brief_cb, &b, err);
            if (rc != TL_OK) goto done;
            if (b.stop) goto done;
        }
        ivec t = cur; cur = c.next; c.next = t;
    }
done:
    tl_imap_free(&c.seen);
    free(c.next.v);
    free(cur.v);
    return rc;
}

/* ---- shortest paths: bidirectional breadth-first search ---- */
typedef struct meet {
    int64_t a_side, b_side, fact; /* an edge joining the two searches */
} meet;

typedef struct path_ctx {
    vset *own, *other;
    ivec *next;
    int64_t from;
    int dist;
    meet *meets;
    int n_meets, max_meets;
    int side;          /* 0: expanding from a, 1: from b */
    int oom;
} path_ctx;

static int path_adj(void *ctx, int64_t fact, int64_t other) {
    path_ctx *c = ctx;
    if (vset_get(c->other, other)) {
        if (c->n_meets < c->max_meets) {
            meet m = c->side == 0 ? (meet){c->from, other, fact} : (meet){other, c->from, fact};
            c->meets[c->n_meets++] = m;
        }
        return 0;
    }
    if (vset_get(c->own, other)) return 0;
    if (!vset_add(c->own, other, c->from, fact, c->dist) || !ivec_push(c->next, other)) {
        c->oom = 1;
        return 1;
    }
    return 0;
}

int tl_store_path(tl_store *st, int64_t a, int64_t b, int max_hops, int max_paths,
                  tl_store_path_cb cb, void *ctx, int *n_paths, tl_error *err) {
    if (max_hops < 1) max_hops = 1;
    if (max_hops > 8) max_hops = 8;
    if (max_paths <= 0) max_paths = 5;
    if (n_paths) *n_paths = 0;
    if (a == b) return TL_OK;
    vset side[2] = {{0}, {0}};
    ivec front[2] = {{0}, {0}}, next = {0};
    int depth[2] = {0, 0};
    int rc = TL_OK, found = 0;
    enum { MAX_MEETS = 64 };
    meet meets[MAX_MEETS];
    tl_store_hop hops[17];
    if (!vset_add(&side[0], a, 0, 0, 0) || !vset_add(&side[1], b, 0, 0, 0) ||
        !ivec_push(&front[0], a) || !ivec_push(&front[1], b)) {
        rc = set_err(err, TL_ENOMEM, "out of memory");
        goto done;
    }
    while (depth[0] + depth[1] < max_hops && front[0].n && front[1].n) {
        /* expand the smaller frontier: keeps the work near the square root
         * of a one-sided search on graphs with hubs */
        int s = front[0].n <= front[1].n ? 0 : 1;
        path_ctx c = {&side[s], &side[1 - s], &next, 0, depth[s] + 1, meets, 0, MAX_MEETS, s, 0};
        next.n = 0;
        for (size_t i = 0; i < front[s].n; i++) {
            c.from = front[s].v[i];
            rc = st->ops->adjacent(st->impl, c.from, path_adj, &c, err);
            if (rc != TL_OK) goto done;
            if (c.oom) { rc = set_err(err, TL_ENOMEM, "out of memory"); goto done; }
        }
        depth[s]++;
        ivec t = front[s]; front[s] = next; next = t;
        if (c.n_meets == 0) continue;
        /* Every meeting edge found at this level closes a path; keep only
         * the shortest ones (an edge to an older node of the other side
         * can be one hop shorter than one to its frontier). */
        int best = 1 << 30;
        for (int m = 0; m < c.n_meets; m++) {
            int len = vset_get(&side[0], meets[m].a_side)->dist + 1 +
                      vset_get(&side[1], meets[m].b_side)->dist;
            if (len < best) best = len;
        }
        for (int m = 0; m < c.n_meets && found < max_paths; m++) {
            int la = vset_get(&side[0], meets[m].a_side)->dist;
            int lb = vset_get(&side[1], meets[m].b_side)->dist;
            if (la + 1 + lb != best || best > 16) continue;
            /* a's half, walked back from the meeting point then reversed */
            int n = 0;
            for (visit *v = vset_get(&side[0], meets[m].a_side); v && v->parent;
                 v = vset_get(&side[0], v->parent))
                hops[n++] = (tl_store_hop){v->parent, v->id, v->fact};
            for (int i = 0; i < n / 2; i++) {
                tl_store_hop t2 = hops[i]; hops[i] = hops[n - 1 - i]; hops[n - 1 - i] = t2;
            }
            hops[n++] = (tl_store_hop){meets[m].a_side, meets[m].b_side, meets[m].fact};
            for (visit *v = vset_get(&side[1], meets[m].b_side); v && v->parent;
                 v = vset_get(&side[1], v->parent))
                hops[n++] = (tl_store_hop){v->id, v->parent, v->fact};
            found++;
            if (cb && cb(ctx, hops, n)) break;
        }
        break;
    }
done:
    if (n_paths) *n_paths = found;
    for (int i = 0; i < 2; i++) { tl_imap_free(&side[i]); free(front[i].v); }
    free(next.v);
    return rc;
}
