/* tl_centrality.c -- PageRank of the entity graph with igraph (tl_store_centrality). */
#include "tl_store_backend.h"
#include "tl_dl.h"
#include <igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


typedef struct edge_buf {
    int64_t *v;       /* pairs a, b */
    size_t n, cap;    /* in int64s */
    int oom;
} edge_buf;

static int edge_cb(void *ctx, int64_t a, int64_t b) {
    edge_buf *e = ctx;
    if (e->n + 2 > e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 4096;
        int64_t *v = realloc(e->v, cap * sizeof *v);
        if (!v) { e->oom = 1; return 1; }
        e->v = v;
        e->cap = cap;
    }
    e->v[e->n++] = a;
    e->v[e->n++] = b;
    return 0;
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

typedef struct ranked {
    int64_t id;
    double score;
} ranked;

static int cmp_rank(const void *a, const void *b) {
    const ranked *x = a, *y = b;
    if (x->score != y->score) return x->score < y->score ? 1 : -1;
    return (x->id > y->id) - (x->id < y->id);
}

static int seterr(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

/* The soname of igraph, found by the Makefile from the -dev package. */
#ifndef TL_IGRAPH_SONAME
#define TL_IGRAPH_SONAME "libigraph.so.3"
#endif

/* igraph, loaded on the first PageRank (tl_dl.h says why); each pointer has
 * the type of the function igraph.h declares. */
typedef struct graph_api {
    __typeof__(&igraph_vector_int_init) vector_int_init;
    __typeof__(&igraph_vector_int_destroy) vector_int_destroy;
    __typeof__(&igraph_vector_init) vector_init;
    __typeof__(&igraph_vector_destroy) vector_destroy;
    __typeof__(&igraph_create) create;
    __typeof__(&igraph_destroy) destroy;
    __typeof__(&igraph_pagerank) pagerank;
    __typeof__(&igraph_vss_all) vss_all;
} graph_api;

static int pagerank(const graph_api *api, const edge_buf *e, size_t top, tl_store_rank_cb cb, void *ctx,
                    int64_t *n_nodes, int64_t *n_edges, tl_error *err);

int tl_store_centrality(tl_store *st, size_t top, tl_store_rank_cb cb, void *ctx, int64_t *n_nodes,
                        int64_t *n_edges, tl_error *err) {
    graph_api api;
    const tl_dl_sym syms[] = {
        {"igraph_vector_int_init", (void **)&api.vector_int_init},
        {"igraph_vector_int_destroy", (void **)&api.vector_int_destroy},
        {"igraph_vector_init", (void **)&api.vector_init},
        {"igraph_vector_destroy", (void **)&api.vector_destroy},
        {"igraph_create", (void **)&api.create},
        {"igraph_destroy", (void **)&api.destroy},
        {"igraph_pagerank", (void **)&api.pagerank},
        {"igraph_vss_all", (void **)&api.vss_all},
    };
    tl_dl_lib lib = {0};
    int rc = tl_dl_open(&lib, TL_IGRAPH_SONAME, "libigraph3", "PageRank (stats)", syms,
                        sizeof syms / sizeof syms[0], err);
    if (rc != TL_OK) return rc;
    edge_buf e = {0};
    rc = st->ops->edges(st->impl, edge_cb, &e, err);
    if (rc == TL_OK && e.oom) rc = seterr(err, TL_ENOMEM, "out of memory");
    if (rc == TL_OK) rc = pagerank(&api, &e, top, cb, ctx, n_nodes, n_edges, err);
    free(e.v);
    tl_dl_close(&lib);
    return rc;
}

/* PageRank over the edges in `e` (left to the caller to free): the top
 * entities to `cb`.  Same contract as tl_store_centrality. */
static int pagerank(const graph_api *api, const edge_buf *e, size_t top, tl_store_rank_cb cb, void *ctx,
                    int64_t *n_nodes, int64_t *n_edges, tl_error *err) {
    int rc;
    /* vertices: the distinct entity ids, numbered in id order */
    int64_t *ids = malloc((e->n + 1) * sizeof *ids);
    ranked *r = NULL;
    if (!ids) { return seterr(err, TL_ENOMEM, "out of memory"); }
    if (e->n) memcpy(ids, e->v, e->n * sizeof *ids);
    if (e->n) qsort(ids, e->n, sizeof *ids, cmp_i64);
    size_t nv = 0;
    for (size_t i = 0; i < e->n; i++)
        if (nv == 0 || ids[nv - 1] != ids[i]) ids[nv++] = ids[i];
    if (n_nodes) *n_nodes = (int64_t)nv;
    if (n_edges) *n_edges = (int64_t)(e->n / 2);
    if (nv == 0) { free(ids); return TL_OK; }

    igraph_vector_int_t ev;
    igraph_t g;
    igraph_vector_t pr;
    igraph_real_t value;
    if (api->vector_int_init(&ev, (igraph_integer_t)e->n) != IGRAPH_SUCCESS) {
        free(ids);
        return seterr(err, TL_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < e->n; i++) {
        int64_t *p = bsearch(&e->v[i], ids, nv, sizeof *ids, cmp_i64);
        VECTOR(ev)[i] = (igraph_integer_t)(p - ids);
    }
    rc = TL_OK;
    if (api->create(&g, &ev, (igraph_integer_t)nv, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) {
        api->vector_int_destroy(&ev);
        free(ids);
        return seterr(err, TL_EINVAL, "igraph could not build the graph");
    }
    api->vector_int_destroy(&ev);
    if (api->vector_init(&pr, 0) != IGRAPH_SUCCESS) {
        rc = seterr(err, TL_ENOMEM, "out of memory");
    } else {
        /* PRPACK: exact, no ARPACK options needed */
        if (api->pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value, api->vss_all(), IGRAPH_UNDIRECTED,
                            0.85, NULL, NULL) != IGRAPH_SUCCESS) {
            rc = seterr(err, TL_EINVAL, "igraph could not compute PageRank");
        } else if (!(r = malloc(nv * sizeof *r))) {
            rc = seterr(err, TL_ENOMEM, "out of memory");
        } else {
            for (size_t i = 0; i < nv; i++) r[i] = (ranked){ids[i], VECTOR(pr)[i]};
            qsort(r, nv, sizeof *r, cmp_rank);
            if (top == 0) top = 10;
            for (size_t i = 0; i < nv && i < top; i++)
                if (cb(ctx, r[i].id, r[i].score)) break;
        }
        api->vector_destroy(&pr);
    }
    api->destroy(&g);
    free(r);
    free(ids);
    return rc;
}
