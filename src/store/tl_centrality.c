/* tl_centrality.c -- PageRank of the entity graph with igraph (tl_store_centrality). */
#include "tl_store_backend.h"
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

int tl_store_centrality(tl_store *st, size_t top, tl_store_rank_cb cb, void *ctx, int64_t *n_nodes,
                        int64_t *n_edges, tl_error *err) {
    edge_buf e = {0};
    int rc = st->ops->edges(st->impl, edge_cb, &e, err);
    if (rc == TL_OK && e.oom) rc = seterr(err, TL_ENOMEM, "out of memory");
    if (rc) { free(e.v); return rc; }
    /* vertices: the distinct entity ids, numbered in id order */
    int64_t *ids = malloc((e.n + 1) * sizeof *ids);
    ranked *r = NULL;
    if (!ids) { free(e.v); return seterr(err, TL_ENOMEM, "out of memory"); }
    if (e.n) memcpy(ids, e.v, e.n * sizeof *ids);
    if (e.n) qsort(ids, e.n, sizeof *ids, cmp_i64);
    size_t nv = 0;
    for (size_t i = 0; i < e.n; i++)
        if (nv == 0 || ids[nv - 1] != ids[i]) ids[nv++] = ids[i];
    if (n_nodes) *n_nodes = (int64_t)nv;
    if (n_edges) *n_edges = (int64_t)(e.n / 2);
    if (nv == 0) { free(ids); free(e.v); return TL_OK; }

    igraph_vector_int_t ev;
    igraph_t g;
    igraph_vector_t pr;
    igraph_real_t value;
    if (igraph_vector_int_init(&ev, (igraph_integer_t)e.n) != IGRAPH_SUCCESS) {
        free(ids); free(e.v);
        return seterr(err, TL_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < e.n; i++) {
        int64_t *p = bsearch(&e.v[i], ids, nv, sizeof *ids, cmp_i64);
        VECTOR(ev)[i] = (igraph_integer_t)(p - ids);
    }
    free(e.v);
    rc = TL_OK;
    if (igraph_create(&g, &ev, (igraph_integer_t)nv, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&ev);
        free(ids);
        return seterr(err, TL_EINVAL, "igraph could not build the graph");
    }
    igraph_vector_int_destroy(&ev);
    if (igraph_vector_init(&pr, 0) != IGRAPH_SUCCESS) {
        rc = seterr(err, TL_ENOMEM, "out of memory");
    } else {
        /* PRPACK: exact, no ARPACK options needed */
        if (igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value, igraph_vss_all(), IGRAPH_UNDIRECTED,
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
        igraph_vector_destroy(&pr);
    }
    igraph_destroy(&g);
    free(r);
    free(ids);
    return rc;
}
