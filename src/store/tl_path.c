/* tl_path.c -- ranked connections between two entities: evidence-weighted shortest paths that avoid hubs. */
#include "tl_store.h"
#include "tl_hash.h"
#include "tl_ivec.h"
#include "tl_store_backend.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * A hop costs 1, plus more when its fact is weakly supported (alleged or
 * reported, or stated by one document only), and passing through an entity
 * costs more the more entities it touches (log of its degree) and more
 * again for places and peoples: two people who are both Georgian, or both
 * mentioned with Iran, share an attribute, not a relation.  So a path
 * through people, organizations and events ranks before one through a
 * country.  A search from each end over the backend's links (below); the
 * k best are found one after another, each avoiding the inner entities of those before
 * (distinct routes rather than variations of one).
 */

/* Past this many expanded entities a search from one end stops (bounds the
 * work on stores of millions of entities; paths are at most 8 hops anyway). */
#define EXPAND_MAX 10000

/* Binary heap of (dist, node index). */
typedef struct hitem { double d; size_t i; } hitem;
typedef struct heap { hitem *v; size_t n, cap; } heap;

static int heap_push(heap *h, double d, size_t i) {
    if (h->n == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 1024;
        hitem *v = realloc(h->v, cap * sizeof *v);
        if (!v) return 0;
        h->v = v;
        h->cap = cap;
    }
    size_t k = h->n++;
    while (k && h->v[(k - 1) / 2].d > d) { h->v[k] = h->v[(k - 1) / 2]; k = (k - 1) / 2; }
    h->v[k] = (hitem){d, i};
    return 1;
}

static hitem heap_pop(heap *h) {
    hitem top = h->v[0], last = h->v[--h->n];
    size_t k = 0;
    for (;;) {
        size_t c = 2 * k + 1;
        if (c >= h->n) break;
        if (c + 1 < h->n && h->v[c + 1].d < h->v[c].d) c++;
        if (h->v[c].d >= last.d) break;
        h->v[k] = h->v[c];
        k = c;
    }
    if (h->n) h->v[k] = last;
    return top;
}

typedef struct adj_list { int64_t *fact, *other; size_t n, cap; int oom; } adj_list;

static int collect_adj(void *ctx, int64_t fact, int64_t other) {
    adj_list *a = ctx;
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 64;
        int64_t *f = realloc(a->fact, cap * sizeof *f);
        if (f) a->fact = f;
        int64_t *o = f ? realloc(a->other, cap * sizeof *o) : NULL;
        if (o) a->other = o;
        if (!f || !o) { a->oom = 1; return 1; }
        a->cap = cap;
    }
    a->fact[a->n] = fact;
    a->other[a->n++] = other;
    return 0;
}

typedef struct fact_info { int modality; int64_t n_docs, last_doc; } fact_info;
static int fact_row(void *ctx, const tl_store_fact *f) { ((fact_info *)ctx)->modality = f->modality; return 1; }
static int fact_doc(void *ctx, const tl_store_evidence *ev) {
    fact_info *fi = ctx;
    /* evidence comes oldest document first: a new document id is a new document */
    if (ev->doc != fi->last_doc) { fi->n_docs++; fi->last_doc = ev->doc; }
    return 0;
}

/* Cost of a hop over a fact of this modality stated by n_docs documents. */
static double link_cost(int modality, int64_t n_docs) {
    double c = 1.0 + 1.0 / (double)(n_docs > 0 ? n_docs : 1);
    if (modality == TL_REPORTED) c += 0.25;
    else if (modality == TL_ALLEGED) c += 0.5;
    return c;
}

typedef struct type_ctx { int type; } type_ctx;
static int type_cb(void *ctx, const tl_store_entity *e) { ((type_ctx *)ctx)->type = e->type; return 1; }

/* Cost of passing through an entity of this type and degree. */
static double pass_cost(int type, size_t degree) {
    double c = 0.5 * log2(1.0 + (double)degree);
    if (type == TL_GPE || type == TL_NORP || type == TL_LOC) c += 1.5;
    return c;
}

/* ---- links fetched many entities at a time -------------------------------
 * A backend with adjacent_many (PostgreSQL, where every query is a round
 * trip) is asked for the links of many entities at once: the entities the
 * search is about to expand (the heap's, the queue's), with each link's hop
 * cost and each entity's type and name.  The search itself is unchanged,
 * so it finds what the one-by-one calls find. */

/* What is known of one entity. */
typedef struct xent {
    int type;
    int links;          /* 1 once its links were fetched */
    size_t first, n;    /* its links: fact/other/cost[first .. first + n) */
    size_t name;        /* offset of its name in names */
} xent;

typedef struct xcache {
    tl_imap ents;       /* entity id -> xent */
    int64_t *fact, *other;
    double *cost;
    size_t n, cap;
    char *names;
    size_t nn, ncap;
    size_t batch;       /* entities per fetch: doubles up to XBATCH_MAX as a search goes on */
    int64_t cur;        /* entity whose rows are arriving */
    int links, oom;
} xcache;

#define XBATCH_MIN 32
#define XBATCH_MAX 1024

static int xc_row(void *ctx, const tl_store_adjx *r) {
    xcache *xc = ctx;
    xent *x;
    if (!r->from) return 0;
    if (r->from != xc->cur || !(x = tl_imap_get(&xc->ents, r->from))) {
        size_t ln = strlen(r->name ? r->name : "") + 1;
        if (xc->nn + ln > xc->ncap) {
            size_t cap = xc->ncap ? xc->ncap : 4096;
            while (cap < xc->nn + ln) cap *= 2;
            char *nv = realloc(xc->names, cap);
            if (!nv) { xc->oom = 1; return 1; }
            xc->names = nv;
            xc->ncap = cap;
        }
        memcpy(xc->names + xc->nn, r->name ? r->name : "", ln);
        if (!(x = tl_imap_put(&xc->ents, r->from, NULL))) { xc->oom = 1; return 1; }
        *x = (xent){r->type, xc->links, xc->n, 0, xc->nn};
        xc->nn += ln;
        xc->cur = r->from;
    }
    if (!r->fact || r->other == r->from) return 0;
    if (xc->n == xc->cap) {
        size_t cap = xc->cap ? xc->cap * 2 : 1024;
        int64_t *f = realloc(xc->fact, cap * sizeof *f);
        if (f) xc->fact = f;
        int64_t *o = f ? realloc(xc->other, cap * sizeof *o) : NULL;
        if (o) xc->other = o;
        double *c = o ? realloc(xc->cost, cap * sizeof *c) : NULL;
        if (c) xc->cost = c;
        if (!c) { xc->oom = 1; return 1; }
        xc->cap = cap;
    }
    double c = link_cost(r->modality, r->n_docs);
    xc->fact[xc->n] = r->fact;
    xc->other[xc->n] = r->other;
    xc->cost[xc->n++] = c;
    x->n++;
    return 0;
}

/* Fetches ids[0..n) (with their links or not) into the cache; an id the
 * backend does not know gets type -1 and no links.  TL_OK, TL_ENOMEM or
 * the backend's error. */
static int xc_fetch(tl_store *st, xcache *xc, const int64_t *ids, size_t n, int links, tl_error *err) {
    if (!n) return TL_OK;
    if (!xc->ents.val_size) tl_imap_init(&xc->ents, sizeof(xent));
    xc->cur = 0;
    xc->links = links;
    int rc = st->ops->adjacent_many(st->impl, ids, n, links, xc_row, xc, err);
    if (rc != TL_OK) return rc;
    for (size_t i = 0; i < n && !xc->oom; i++) {
        if (tl_imap_get(&xc->ents, ids[i])) continue;
        tl_store_adjx none = {ids[i], -1, "", 0, 0, 0, 0};
        xc->cur = 0;
        xc_row(xc, &none);
    }
    return xc->oom ? TL_ENOMEM : TL_OK;
}

static int xc_fetch_slow(tl_store *st, xcache *xc, const int64_t *ids, size_t n, int links, tl_error *err);

/* xc_fetch, or its one-query-at-a-time equivalent for a backend without
 * adjacent_many. */
static int xc_fetch_any(tl_store *st, xcache *xc, const int64_t *ids, size_t n, int links, tl_error *err) {
    return st->ops->adjacent_many ? xc_fetch(st, xc, ids, n, links, err) : xc_fetch_slow(st, xc, ids, n, links, err);
}

static void xc_free(xcache *xc) {
    tl_imap_free(&xc->ents);
    free(xc->fact);
    free(xc->other);
    free(xc->cost);
    free(xc->names);
}

/* Grows the next fetch: a search that needed many entities needs more. */
static size_t xc_grow(xcache *xc) {
    size_t b = xc->batch ? xc->batch : XBATCH_MIN;
    xc->batch = b * 2 > XBATCH_MAX ? XBATCH_MAX : b * 2;
    return b;
}

/* The links of ids[0..n) fetched one query at a time, for a backend
 * without adjacent_many: as adjacent_many would give them. */
typedef struct slow_ent { tl_store_adjx row; int found; char name[256]; } slow_ent;
static int slow_brief(void *ctx, const tl_store_entity *e) {
    slow_ent *s = ctx;
    s->row.type = e->type;
    snprintf(s->name, sizeof s->name, "%s", e->name ? e->name : "");
    s->found = 1;
    return 1;
}

static int xc_fetch_slow(tl_store *st, xcache *xc, const int64_t *ids, size_t n, int links, tl_error *err) {
    adj_list adj = {0};
    int rc = TL_OK;
    for (size_t i = 0; i < n && rc == TL_OK; i++) {
        slow_ent se = {{ids[i], -1, "", 0, 0, 0, 0}, 0, ""};
        if ((rc = st->ops->entity_brief(st->impl, ids[i], slow_brief, &se, err)) != TL_OK) break;
        se.row.name = se.name;
        adj.n = 0;
        if (links && se.found && (rc = st->ops->adjacent(st->impl, ids[i], collect_adj, &adj, err)) != TL_OK) break;
        if (adj.oom) { rc = TL_ENOMEM; break; }
        xc->cur = 0;
        if (!adj.n) xc_row(xc, &se.row);
        for (size_t k = 0; k < adj.n && !xc->oom; k++) {
            fact_info fi = {TL_ASSERTED, 0, 0};
            tl_store_fact_filter ff = {.type = -1, .modality = -1, .id = adj.fact[k], .include_rejected = 1};
            if ((rc = st->ops->facts(st->impl, &ff, fact_row, &fi, err)) != TL_OK) break;
            if ((rc = st->ops->fact_evidence(st->impl, adj.fact[k], fact_doc, &fi, err)) != TL_OK) break;
            se.row.fact = adj.fact[k];
            se.row.other = adj.other[k];
            se.row.modality = fi.modality;
            se.row.n_docs = fi.n_docs;
            xc_row(xc, &se.row);
        }
        if (xc->oom) rc = TL_ENOMEM;
    }
    free(adj.fact);
    free(adj.other);
    return rc;
}

/* ---- ranked paths: two searches that meet in the middle ------------------
 * A path of at most H hops has an entity at most ceil(H/2) hops from a and
 * floor(H/2) from b, so a search from each end, each going half the way,
 * finds every such path while reaching (degree)^(H/2) entities instead of
 * (degree)^H: between two random entities of a large store that is the
 * difference between a few milliseconds and a second.
 *
 * Each side keeps, per entity and per hop count h, the cheapest way found
 * from its end in exactly h hops (a label), Dijkstra over labels; a label
 * no cheaper than one with fewer hops is dropped, since the fewer-hop one
 * leaves more hops for the other half.  So the best path within H hops is
 * found exactly: the cheapest meeting of a forward label and a backward
 * label at one entity, plus the cost of passing through it. */

#define LAB_MAX 5 /* hop counts 0..4 on a side: max_hops 8 in two halves */

typedef struct pnode {
    int64_t id;
    unsigned settled;        /* bit h: label h is final */
    double d[LAB_MAX];       /* cost from this side's end in exactly h hops */
    size_t par[LAB_MAX];     /* index + 1 of the entity before (its label h - 1) */
    int64_t fact[LAB_MAX];   /* the fact of that hop */
} pnode;

typedef struct side {
    tl_imap at;   /* entity id -> index in v */
    pnode *v;
    size_t n, cap;
    heap h;       /* items: index * LAB_MAX + h */
    int lim;      /* labels up to lim hops */
} side;

/* Index of entity id on side s, added when absent; (size_t)-1 when out of memory. */
static size_t side_node(side *s, int64_t id) {
    int added = 0;
    size_t *at = tl_imap_put(&s->at, id, &added);
    if (!at) return (size_t)-1;
    if (!added) return *at;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        pnode *v = realloc(s->v, cap * sizeof *v);
        if (!v) return (size_t)-1; /* the map holds an index past n: never read, reset clears it */
        s->v = v;
        s->cap = cap;
    }
    pnode *p = &s->v[s->n];
    p->id = id;
    p->settled = 0;
    for (int h = 0; h < LAB_MAX; h++) {
        p->d[h] = INFINITY;
        p->par[h] = 0;
        p->fact[h] = 0;
    }
    *at = s->n;
    return s->n++;
}

static void side_reset(side *s) {
    tl_imap_free(&s->at);
    tl_imap_init(&s->at, sizeof(size_t));
    s->n = 0;
    s->h.n = 0;
}

static void side_free(side *s) {
    tl_imap_free(&s->at);
    free(s->v);
    free(s->h.v);
}

/* The cached links of uid, fetched when missing together with the entities
 * waiting on the side's heap that it may expand next. */
static int xc_side_links(tl_store *st, xcache *xc, const side *s, int64_t uid, int64_t other_end, const xent **out,
                         tl_error *err) {
    const xent *x = tl_imap_get(&xc->ents, uid);
    if (!x || !x->links) {
        size_t cap = xc_grow(xc), n = 0;
        int64_t *ids = malloc(cap * sizeof *ids);
        if (!ids) return TL_ENOMEM;
        ids[n++] = uid;
        for (size_t k = 0; k < s->h.n && n < cap; k++) {
            const pnode *w = &s->v[s->h.v[k].i / LAB_MAX];
            int h = (int)(s->h.v[k].i % LAB_MAX);
            if (h >= s->lim || (w->settled >> h & 1) || s->h.v[k].d > w->d[h] || w->id == uid || w->id == other_end)
                continue;
            const xent *y = tl_imap_get(&xc->ents, w->id);
            if (!y || !y->links) ids[n++] = w->id;
        }
        int rc = xc_fetch_any(st, xc, ids, n, 1, err);
        free(ids);
        if (rc != TL_OK) return rc;
        x = tl_imap_get(&xc->ents, uid);
        if (!x) return TL_ENOMEM;
    }
    *out = x;
    return TL_OK;
}

/* 1 when an inner entity of this type may be passed through. */
static int type_ok(const tl_store_path_opts *o, int type) {
    unsigned bit = type >= 0 && type < 31 ? 1u << type : 0;
    return !((o->through && !(o->through & bit)) || (o->avoid & bit));
}

/* Labels from `from` up to s->lim hops, never going through `to` or a
 * banned entity (and not over skip_fact straight to `to`). */
static int side_grow(tl_store *st, xcache *xc, side *s, int64_t from, int64_t to, const tl_store_path_opts *o,
                     const tl_imap *bans, int64_t skip_fact, tl_error *err) {
    side_reset(s);
    size_t i0 = side_node(s, from);
    if (i0 == (size_t)-1) return TL_ENOMEM;
    s->v[i0].d[0] = 0;
    if (!heap_push(&s->h, 0, i0 * LAB_MAX)) return TL_ENOMEM;
    size_t expanded = 0;
    while (s->h.n) {
        hitem it = heap_pop(&s->h);
        size_t ni = it.i / LAB_MAX;
        int h = (int)(it.i % LAB_MAX);
        pnode *u = &s->v[ni];
        if ((u->settled >> h & 1) || it.d > u->d[h]) continue;
        int dominated = 0;
        for (int g = 0; g < h && !dominated; g++) dominated = (u->settled >> g & 1) && u->d[g] <= it.d;
        if (dominated) { u->d[h] = INFINITY; continue; }
        u->settled |= 1u << h;
        if (h >= s->lim || u->id == to || ++expanded > EXPAND_MAX) continue;
        int64_t uid = u->id;
        double ud = u->d[h];
        const xent *x;
        int rc = xc_side_links(st, xc, s, uid, to, &x, err);
        if (rc != TL_OK) return rc;
        double pass = 0;
        if (h > 0) {
            if (!type_ok(o, x->type)) continue;
            pass = pass_cost(x->type, x->n);
        }
        for (size_t k = x->first; k < x->first + x->n; k++) {
            int64_t other = xc->other[k];
            if (other == from || tl_imap_get(bans, other)) continue;
            if (skip_fact && h == 0 && other == to && xc->fact[k] == skip_fact) continue;
            double nd = ud + pass + xc->cost[k];
            size_t iv = side_node(s, other);
            if (iv == (size_t)-1) return TL_ENOMEM;
            pnode *v = &s->v[iv];
            if (nd < v->d[h + 1]) {
                v->d[h + 1] = nd;
                v->par[h + 1] = ni + 1;
                v->fact[h + 1] = xc->fact[k];
                if (!heap_push(&s->h, nd, iv * LAB_MAX + (size_t)(h + 1))) return TL_ENOMEM;
            }
        }
    }
    return TL_OK;
}

/* A meeting of the two sides: entity fi on the forward side reached in hf
 * hops, bi on the backward side in hb; lb = the two costs, without the
 * cost of passing through the entity. */
typedef struct meet { double lb; int64_t id; size_t fi, bi; int hf, hb; } meet;

static int meet_cmp(const void *x, const void *y) {
    const meet *a = x, *b = y;
    if (a->lb != b->lb) return a->lb < b->lb ? -1 : 1;
    if (a->id != b->id) return a->id < b->id ? -1 : 1;
    return a->hf - b->hf;
}

/* The best path from a to b within o->max_hops over entities not banned.
 * *found = 1 and the path in hops[0..*n) when there is one. */
static int search(tl_store *st, xcache *xc, side *fw, side *bw, int64_t a, int64_t b, const tl_store_path_opts *o,
                  const tl_imap *bans, int64_t skip_fact, tl_store_hop *hops, int *n, double *cost, int *found,
                  tl_error *err) {
    *found = 0;
    fw->lim = (o->max_hops + 1) / 2;
    bw->lim = o->max_hops / 2;
    int rc = side_grow(st, xc, fw, a, b, o, bans, skip_fact, err);
    if (rc == TL_OK) rc = side_grow(st, xc, bw, b, a, o, bans, skip_fact, err);
    if (rc != TL_OK) return rc;
    /* every entity both sides reached, at its cheapest pair of hop counts */
    meet *m = NULL;
    size_t mn = 0, mcap = 0;
    for (size_t i = 0; i < fw->n; i++) {
        const size_t *bj = tl_imap_get(&bw->at, fw->v[i].id);
        if (!bj) continue;
        const pnode *f = &fw->v[i], *g = &bw->v[*bj];
        meet best = {INFINITY, f->id, i, *bj, 0, 0};
        for (int hf = 0; hf <= fw->lim; hf++) {
            if (!(f->settled >> hf & 1) || f->d[hf] == INFINITY) continue;
            for (int hb = 0; hb <= bw->lim && hf + hb <= o->max_hops; hb++) {
                if (!(g->settled >> hb & 1) || g->d[hb] == INFINITY) continue;
                if (hf + hb == 0) continue;
                if (f->d[hf] + g->d[hb] < best.lb) {
                    best.lb = f->d[hf] + g->d[hb];
                    best.hf = hf;
                    best.hb = hb;
                }
            }
        }
        if (best.lb == INFINITY) continue;
        if (mn == mcap) {
            size_t cap = mcap ? mcap * 2 : 64;
            meet *nm = realloc(m, cap * sizeof *nm);
            if (!nm) { free(m); return TL_ENOMEM; }
            m = nm;
            mcap = cap;
        }
        m[mn++] = best;
    }
    if (mn) qsort(m, mn, sizeof *m, meet_cmp);
    double best_cost = INFINITY;
    size_t best_k = 0;
    int64_t *ids = NULL;
    for (size_t k = 0; k < mn && m[k].lb < best_cost; k++) {
        double pass = 0;
        if (m[k].id != a && m[k].id != b) {
            /* an entity both searches only reached: its links give its degree */
            const xent *x = tl_imap_get(&xc->ents, m[k].id);
            if (!x || !x->links) {
                size_t cap = 64, cn = 0;
                if (!ids && !(ids = malloc(cap * sizeof *ids))) { rc = TL_ENOMEM; break; }
                for (size_t j = k; j < mn && cn < cap; j++) {
                    const xent *y = tl_imap_get(&xc->ents, m[j].id);
                    if (m[j].id != a && m[j].id != b && (!y || !y->links)) ids[cn++] = m[j].id;
                }
                rc = xc_fetch_any(st, xc, ids, cn, 1, err);
                if (rc != TL_OK) break;
                if (!(x = tl_imap_get(&xc->ents, m[k].id))) { rc = TL_ENOMEM; break; }
            }
            if (!type_ok(o, x->type)) continue;
            pass = pass_cost(x->type, x->n);
        }
        if (m[k].lb + pass < best_cost) {
            best_cost = m[k].lb + pass;
            best_k = k;
        }
    }
    if (rc == TL_OK && best_cost < INFINITY) {
        const meet *w = &m[best_k];
        size_t k = w->fi;
        for (int h = w->hf; h > 0; h--) {
            size_t p = fw->v[k].par[h] - 1;
            hops[h - 1] = (tl_store_hop){fw->v[p].id, fw->v[k].id, fw->v[k].fact[h]};
            k = p;
        }
        k = w->bi;
        for (int h = w->hb, j = w->hf; h > 0; h--, j++) {
            size_t p = bw->v[k].par[h] - 1;
            hops[j] = (tl_store_hop){bw->v[k].id, bw->v[p].id, bw->v[k].fact[h]};
            k = p;
        }
        *n = w->hf + w->hb;
        *cost = best_cost;
        *found = 1;
    }
    free(ids);
    free(m);
    return rc;
}

/* A tl_store_entities callback: notes that the entity asked for exists. */
static int entity_seen(void *ctx, const tl_store_entity *e) {
    (void)e;
    *(int *)ctx = 1;
    return 1;
}

int tl_store_path_ranked(tl_store *st, int64_t a, int64_t b, const tl_store_path_opts *opts,
                         tl_store_ranked_path_cb cb, void *ctx, int *n_paths, tl_error *err) {
    tl_store_path_opts o = opts ? *opts : (tl_store_path_opts){0};
    if (o.max_hops < 1) o.max_hops = 4;
    if (o.max_hops > 8) o.max_hops = 8;
    if (o.max_paths < 1) o.max_paths = 3;
    if (n_paths) *n_paths = 0;
    if (a == b) { /* one entity: connected, in no hops; an id no entity has, to nothing */
        int exists = 0;
        tl_store_entity_filter f = {.type = -1, .id = a, .limit = 1};
        int rc = a > 0 ? tl_store_entities(st, &f, entity_seen, &exists, err) : TL_OK;
        if (rc != TL_OK || !exists) return rc;
        if (n_paths) *n_paths = 1;
        if (cb) cb(ctx, NULL, 0, 0);
        return TL_OK;
    }
    xcache xc = {0};
    side fw = {0}, bw = {0};
    tl_imap bans;
    tl_imap_init(&bans, 1);
    tl_imap_init(&fw.at, sizeof(size_t));
    tl_imap_init(&bw.at, sizeof(size_t));
    tl_imap_init(&xc.ents, sizeof(xent));
    tl_store_hop hops[8];
    int rc = TL_OK, found_n = 0;
    int64_t direct_fact = 0;
    for (int k = 0; k < o.max_paths; k++) {
        int n = 0, found = 0;
        double cost = 0;
        rc = search(st, &xc, &fw, &bw, a, b, &o, &bans, direct_fact, hops, &n, &cost, &found, err);
        if (rc == TL_ENOMEM) { if (err) { err->code = TL_ENOMEM; err->offset = -1; snprintf(err->msg, sizeof err->msg, "out of memory"); } break; }
        if (rc != TL_OK || !found) break;
        found_n++;
        if (cb && cb(ctx, hops, n, cost)) break;
        /* the next route avoids this one's inner entities (and a direct
         * fact is not taken again) */
        for (int j = 0; j + 1 < n; j++)
            if (!tl_imap_put(&bans, hops[j].to, NULL)) {
                rc = TL_ENOMEM;
                break;
            }
        if (rc != TL_OK) break;
        if (n == 1) {
            if (direct_fact) break; /* two direct facts: the rest are alike */
            direct_fact = hops[0].fact;
        }
    }
    side_free(&fw);
    side_free(&bw);
    tl_imap_free(&bans);
    xc_free(&xc);
    if (n_paths) *n_paths = found_n;
    return rc;
}

/* ---- neighbourhoods that do not fan out through hubs ---- */
typedef struct nb_item { int64_t id, parent, fact; int dist; } nb_item;

typedef struct nb_brief {
    tl_store_neighbor_cb cb;
    void *ctx;
    int dist;
    const tl_store_hop *hop;
    int stop;
} nb_brief;

static int nb_brief_cb(void *ctx, const tl_store_entity *e) {
    nb_brief *b = ctx;
    b->stop = b->cb(b->ctx, e, b->dist, b->hop);
    return 1;
}

/* The cached row of the entity at the head of the queue (qv[0]), fetched
 * when missing together with the entities queued after it: first their
 * types, then the links of those the search will go through (not places,
 * unless asked, and not the last ring).  Links are only guaranteed for an
 * entity that is expanded. */
static int xc_queue(tl_store *st, xcache *xc, const nb_item *qv, size_t n, const tl_store_nb_opts *o,
                    const xent **out, tl_error *err) {
    const xent *x = tl_imap_get(&xc->ents, qv[0].id);
    int want = qv[0].dist < o->hops;
    if (x && (x->links || !want || (!o->through_places && qv[0].dist > 0 &&
                                    (x->type == TL_GPE || x->type == TL_LOC || x->type == TL_NORP)))) {
        *out = x;
        return TL_OK;
    }
    size_t cap = XBATCH_MAX, m = 0;
    int64_t *ids = malloc(cap * sizeof *ids);
    if (!ids) return TL_ENOMEM;
    int rc = TL_OK;
    for (size_t i = 0; i < n && m < cap; i++)
        if (!tl_imap_get(&xc->ents, qv[i].id)) ids[m++] = qv[i].id;
    if (m) rc = xc_fetch(st, xc, ids, m, 0, err);
    m = 0;
    for (size_t i = 0; i < n && m < cap && rc == TL_OK; i++) {
        const xent *y = tl_imap_get(&xc->ents, qv[i].id);
        if (!y || y->links || qv[i].dist >= o->hops) continue;
        if (!o->through_places && qv[i].dist > 0 && (y->type == TL_GPE || y->type == TL_LOC || y->type == TL_NORP))
            continue;
        ids[m++] = qv[i].id;
    }
    if (rc == TL_OK && m) rc = xc_fetch(st, xc, ids, m, 1, err);
    free(ids);
    if (rc != TL_OK) return rc;
    *out = tl_imap_get(&xc->ents, qv[0].id);
    return *out ? TL_OK : TL_ENOMEM;
}

int tl_store_neighbors_filtered(tl_store *st, int64_t entity, const tl_store_nb_opts *opts,
                                tl_store_neighbor_cb cb, void *ctx, int64_t *n_left_out, tl_error *err) {
    tl_store_nb_opts o = opts ? *opts : (tl_store_nb_opts){0};
    if (o.hops < 1) o.hops = 1;
    if (o.hops > 4) o.hops = 4;
    if (o.limit <= 0) o.limit = 50;
    if (n_left_out) *n_left_out = 0;
    tl_imap seen; /* entities reached: id -> nothing */
    tl_imap_init(&seen, 1);
    xcache xcs = {0}, *xc = st->ops->adjacent_many ? &xcs : NULL;
    adj_list adj = {0};
    nb_item *q = NULL;
    size_t qn = 0, qcap = 0, head = 0;
    int64_t shown = 0, left = 0;
    int rc = TL_OK;
    /* Bounds the search on hubs of huge stores: the count of what was left
     * out is then a lower bound. */
    const size_t reach_max = 20000;
    if (!tl_imap_put(&seen, entity, NULL)) { rc = TL_ENOMEM; goto done; }
    q = malloc(64 * sizeof *q);
    if (!q) { rc = TL_ENOMEM; goto done; }
    qcap = 64;
    q[qn++] = (nb_item){entity, 0, 0, 0};
    while (head < qn) {
        nb_item cur = q[head++];
        const xent *x = NULL;
        if (xc && (rc = xc_queue(st, xc, q + head - 1, qn - head + 1, &o, &x, err)) != TL_OK) goto done;
        if (cur.dist > 0) {
            type_ctx tc = {-1};
            tl_store_hop hop = {cur.parent, cur.id, cur.fact};
            int stop = 0;
            if (x) tc.type = x->type;
            else if ((rc = st->ops->entity_brief(st->impl, cur.id, type_cb, &tc, err)) != TL_OK) goto done;
            unsigned bit = tc.type >= 0 && tc.type < 31 ? 1u << tc.type : 0;
            int place = tc.type == TL_GPE || tc.type == TL_LOC || tc.type == TL_NORP;
            if (!o.types || (o.types & bit)) {
                if (shown < o.limit) {
                    shown++;
                    if (cb && x) {
                        if (x->type >= 0) {
                            tl_store_entity e = {cur.id, x->type, xc->names + x->name, -1, -1, -1, "", ""};
                            stop = cb(ctx, &e, cur.dist, &hop);
                        }
                    } else if (cb) { /* the row the caller prints: id, type and name */
                        nb_brief nbb = {cb, ctx, cur.dist, &hop, 0};
                        if ((rc = st->ops->entity_brief(st->impl, cur.id, nb_brief_cb, &nbb, err)) != TL_OK) goto done;
                        stop = nbb.stop;
                    }
                } else {
                    left++;
                }
            }
            if (stop) break;
            /* places and peoples are shown but not gone through */
            if (place && !o.through_places) continue;
        }
        if (cur.dist >= o.hops || tl_imap_count(&seen) >= reach_max) continue;
        const int64_t *lfact, *lother;
        size_t ln;
        if (x) {
            lfact = xc->fact + x->first;
            lother = xc->other + x->first;
            ln = x->n;
        } else {
            adj.n = 0;
            if ((rc = st->ops->adjacent(st->impl, cur.id, collect_adj, &adj, err)) != TL_OK) goto done;
            if (adj.oom) { rc = TL_ENOMEM; goto done; }
            lfact = adj.fact;
            lother = adj.other;
            ln = adj.n;
        }
        for (size_t k = 0; k < ln && tl_imap_count(&seen) < reach_max; k++) {
            int added = 0;
            if (!tl_imap_put(&seen, lother[k], &added)) { rc = TL_ENOMEM; goto done; }
            if (!added) continue;
            if (qn == qcap) {
                nb_item *nq = realloc(q, qcap * 2 * sizeof *nq);
                if (!nq) { rc = TL_ENOMEM; goto done; }
                q = nq;
                qcap *= 2;
            }
            q[qn++] = (nb_item){lother[k], cur.id, lfact[k], cur.dist + 1};
        }
    }
done:
    if (rc == TL_ENOMEM && err) {
        err->code = TL_ENOMEM;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "out of memory");
    }
    if (n_left_out) *n_left_out = left;
    free(q);
    tl_imap_free(&seen);
    xc_free(&xcs);
    free(adj.fact);
    free(adj.other);
    return rc;
}
