/* test_pathbatch.c -- unit tests: ranked paths are the cheapest within their hop limit (against an exhaustive search), and paths and neighbourhoods give the same answers whether a backend answers one entity at a time or many (adjacent_many), on an invented graph. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <math.h>
#include "tl_store.h"
#include "tl_store_backend.h"

/* An invented graph held in memory: entities 1..N_ENT with types, facts
 * 1..N_FACT linking two or three of them, each with a modality and a
 * number of documents; a backend over it counts the calls it answers. */
enum { N_ENT = 400, N_FACT = 1400 };

typedef struct fake {
    int type[N_ENT + 1];
    char name[N_ENT + 1][16];
    int64_t a[N_FACT + 1][3];
    int modality[N_FACT + 1], n_docs[N_FACT + 1];
    long calls;
} fake;

static uint64_t rng_state;
static uint32_t rnd(void) {
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(rng_state >> 33);
}

static void fake_init(fake *f) {
    memset(f, 0, sizeof *f);
    rng_state = 42;
    static const int types[] = {TL_PERSON, TL_PERSON, TL_ORG, TL_ORG, TL_GPE, TL_NORP, TL_LOC, TL_PERSON};
    for (int e = 1; e <= N_ENT; e++) {
        f->type[e] = types[rnd() % 8];
        snprintf(f->name[e], sizeof f->name[e], "E%d", e);
    }
    for (int i = 1; i <= N_FACT; i++) {
        /* a few hubs: low ids are picked more often */
        int64_t x = 1 + (int64_t)(rnd() % N_ENT), y = 1 + (int64_t)(rnd() % (rnd() % 4 ? N_ENT : 20));
        f->a[i][0] = x;
        f->a[i][1] = y; /* sometimes x itself: a loop, never a link */
        f->a[i][2] = rnd() % 5 == 0 ? 1 + (int64_t)(rnd() % N_ENT) : 0;
        f->modality[i] = (int)(rnd() % 3);
        f->n_docs[i] = 1 + (int)(rnd() % 3);
    }
}

/* The links of e in one fixed order (as adjacent lists them). */
static int links(const fake *f, int64_t e, int64_t *fact, int64_t *other, int cap) {
    int n = 0;
    for (int br = 0; br < 4; br++)
        for (int i = 1; i <= N_FACT && n < cap; i++) {
            int64_t o = 0;
            if (br == 0 && f->a[i][0] == e) o = f->a[i][1];
            if (br == 1 && f->a[i][0] == e) o = f->a[i][2];
            if (br == 2 && f->a[i][1] == e) o = f->a[i][0];
            if (br == 3 && f->a[i][2] == e) o = f->a[i][0];
            if (!o || o == e) continue;
            fact[n] = i;
            other[n++] = o;
        }
    return n;
}

static int f_adjacent(void *impl, int64_t entity, tl_store_adj_cb cb, void *ctx, tl_error *err) {
    (void)err;
    fake *f = impl;
    int64_t fact[N_FACT * 3], other[N_FACT * 3];
    f->calls++;
    int n = entity >= 1 && entity <= N_ENT ? links(f, entity, fact, other, N_FACT * 3) : 0;
    for (int i = 0; i < n; i++)
        if (cb(ctx, fact[i], other[i])) break;
    return TL_OK;
}

static int f_brief(void *impl, int64_t id, tl_store_entity_cb cb, void *ctx, tl_error *err) {
    (void)err;
    fake *f = impl;
    f->calls++;
    if (id < 1 || id > N_ENT) return TL_OK;
    tl_store_entity e = {id, f->type[id], f->name[id], -1, -1, -1, "", ""};
    cb(ctx, &e);
    return TL_OK;
}

static int f_facts(void *impl, const tl_store_fact_filter *flt, tl_store_fact_cb cb, void *ctx, tl_error *err) {
    (void)err;
    fake *f = impl;
    f->calls++;
    if (flt->id < 1 || flt->id > N_FACT) return TL_OK;
    tl_store_fact x = {0};
    x.id = flt->id;
    x.modality = f->modality[flt->id];
    cb(ctx, &x);
    return TL_OK;
}

static int f_evidence(void *impl, int64_t fact, tl_store_evidence_cb cb, void *ctx, tl_error *err) {
    (void)err;
    fake *f = impl;
    f->calls++;
    for (int d = 1; fact >= 1 && fact <= N_FACT && d <= f->n_docs[fact]; d++) {
        tl_store_evidence ev = {0};
        ev.fact = fact;
        ev.doc = d;
        if (cb(ctx, &ev)) break;
    }
    return TL_OK;
}

static int f_many(void *impl, const int64_t *ids, size_t n, int with_links, tl_store_adjx_cb cb, void *ctx,
                  tl_error *err) {
    (void)err;
    fake *f = impl;
    int64_t fact[N_FACT * 3], other[N_FACT * 3];
    f->calls++;
    for (size_t k = 0; k < n; k++) {
        int64_t e = ids[k];
        int ok = e >= 1 && e <= N_ENT;
        tl_store_adjx row = {e, ok ? f->type[e] : -1, ok ? f->name[e] : "", 0, 0, 0, 0};
        int m = ok && with_links ? links(f, e, fact, other, N_FACT * 3) : 0;
        if (!m && cb(ctx, &row)) return TL_OK;
        for (int i = 0; i < m; i++) {
            row.fact = fact[i];
            row.other = other[i];
            row.modality = f->modality[fact[i]];
            row.n_docs = f->n_docs[fact[i]];
            if (cb(ctx, &row)) return TL_OK;
        }
    }
    return TL_OK;
}

static tl_store_ops one_ops, many_ops;

static void ops_init(void) {
    one_ops = (tl_store_ops){0};
    one_ops.name = "fake";
    one_ops.adjacent = f_adjacent;
    one_ops.entity_brief = f_brief;
    one_ops.facts = f_facts;
    one_ops.fact_evidence = f_evidence;
    many_ops = one_ops;
    many_ops.adjacent_many = f_many;
}

/* What a search printed, as text. */
typedef struct out {
    char v[1 << 16];
    size_t n;
} out;

static int path_cb(void *ctx, const tl_store_hop *hops, int n, double cost) {
    out *o = ctx;
    o->n += (size_t)snprintf(o->v + o->n, sizeof o->v - o->n, "[%.6f", cost);
    for (int i = 0; i < n && o->n < sizeof o->v - 64; i++)
        o->n += (size_t)snprintf(o->v + o->n, sizeof o->v - o->n, " %lld-%lld>%lld", (long long)hops[i].from,
                                 (long long)hops[i].fact, (long long)hops[i].to);
    if (o->n < sizeof o->v - 2) o->n += (size_t)snprintf(o->v + o->n, sizeof o->v - o->n, "]");
    return 0;
}

static int nb_cb(void *ctx, const tl_store_entity *e, int dist, const tl_store_hop *hop) {
    out *o = ctx;
    if (o->n < sizeof o->v - 96)
        o->n += (size_t)snprintf(o->v + o->n, sizeof o->v - o->n, " %lld:%d:%s:%d<%lld", (long long)e->id, e->type,
                                 e->name, dist, (long long)hop->fact);
    return 0;
}

/* ---- the cheapest path by trying every path ---- */

static double t_link_cost(const fake *f, int64_t fact) {
    double c = 1.0 + 1.0 / f->n_docs[fact];
    if (f->modality[fact] == TL_REPORTED) c += 0.25;
    else if (f->modality[fact] == TL_ALLEGED) c += 0.5;
    return c;
}

static double t_pass_cost(const fake *f, int64_t e, int degree) {
    int t = f->type[e];
    return 0.5 * log2(1.0 + degree) + (t == TL_GPE || t == TL_NORP || t == TL_LOC ? 1.5 : 0);
}

typedef struct brute {
    const fake *f;
    int64_t b;
    int max_hops;
    unsigned avoid;
    char seen[N_ENT + 1];
    double best;
    int64_t (*fact)[N_FACT * 3], (*other)[N_FACT * 3];
} brute;

/* Every simple path on from u (reached at cost c in `depth` hops). */
static void brute_walk(brute *w, int64_t u, double c, int depth) {
    int64_t *fact = w->fact[depth], *other = w->other[depth];
    int n = links(w->f, u, fact, other, N_FACT * 3);
    if (depth > 0) {
        if (w->avoid & (1u << w->f->type[u])) return;
        c += t_pass_cost(w->f, u, n);
    }
    for (int i = 0; i < n; i++) {
        double d = c + t_link_cost(w->f, fact[i]);
        if (d >= w->best) continue;
        if (other[i] == w->b) w->best = d;
        else if (!w->seen[other[i]] && depth + 1 < w->max_hops) {
            w->seen[other[i]] = 1;
            brute_walk(w, other[i], d, depth + 1);
            w->seen[other[i]] = 0;
        }
    }
}

typedef struct first_path { int n; double cost; tl_store_hop hops[8]; } first_path;

static int first_cb(void *ctx, const tl_store_hop *hops, int n, double cost) {
    first_path *p = ctx;
    if (p->n >= 0) return 1;
    p->n = n;
    p->cost = cost;
    for (int i = 0; i < n; i++) p->hops[i] = hops[i];
    return 1;
}

/* The first path is the cheapest of all paths within the hop limit, its
 * hops are real links from a to b, and its cost is theirs. */
static void test_paths_cheapest(void **state) {
    (void)state;
    fake *f = malloc(sizeof *f);
    brute *w = malloc(sizeof *w);
    w->fact = malloc(6 * sizeof *w->fact);
    w->other = malloc(6 * sizeof *w->other);
    assert_true(f && w && w->fact && w->other);
    fake_init(f);
    ops_init();
    tl_store many = {&many_ops, f};
    int found = 0, long_paths = 0;
    for (int k = 0; k < 150; k++) {
        int64_t a = 1 + (int64_t)(rnd() % N_ENT), b = 1 + (int64_t)(rnd() % N_ENT);
        if (a == b) continue;
        unsigned avoid = k % 3 == 1 ? (1u << TL_GPE) | (1u << TL_NORP) : 0;
        tl_store_path_opts po = {1 + k % 5, 1, 0, avoid};
        memset(w->seen, 0, sizeof w->seen);
        w->f = f;
        w->b = b;
        w->max_hops = po.max_hops;
        w->avoid = avoid;
        w->best = INFINITY;
        w->seen[a] = 1;
        brute_walk(w, a, 0, 0);
        first_path p = {-1, 0, {{0}}};
        tl_error err = {0};
        int np = -1;
        assert_int_equal(tl_store_path_ranked(&many, a, b, &po, first_cb, &p, &np, &err), TL_OK);
        if (w->best == INFINITY) {
            assert_int_equal(np, 0);
            continue;
        }
        assert_int_equal(np, 1);
        assert_true(fabs(p.cost - w->best) < 1e-9);
        assert_true(p.n >= 1 && p.n <= po.max_hops);
        found++;
        long_paths += p.n >= 3;
        /* the hops chain from a to b over real links, and cost what they say */
        double c = 0;
        for (int i = 0; i < p.n; i++) {
            assert_int_equal(p.hops[i].from, i ? p.hops[i - 1].to : a);
            const int64_t *fa = f->a[p.hops[i].fact];
            int64_t x = p.hops[i].from, y = p.hops[i].to;
            int ok = (fa[0] == x && (fa[1] == y || fa[2] == y)) || (fa[0] == y && (fa[1] == x || fa[2] == x));
            assert_true(ok);
            c += t_link_cost(f, p.hops[i].fact);
            if (i) {
                int n = links(f, p.hops[i].from, w->fact[0], w->other[0], N_FACT * 3);
                c += t_pass_cost(f, p.hops[i].from, n);
            }
        }
        assert_int_equal(p.hops[p.n - 1].to, b);
        assert_true(fabs(c - p.cost) < 1e-9);
    }
    assert_true(found > 40);
    assert_true(long_paths > 5);
    free(w->fact);
    free(w->other);
    free(w);
    free(f);
}

/* Ranked paths between many pairs, with and without filters, are the same
 * both ways, and the batched backend is asked far fewer times. */
static void test_paths_same(void **state) {
    (void)state;
    fake *f = malloc(sizeof *f);
    assert_non_null(f);
    fake_init(f);
    ops_init();
    tl_store one = {&one_ops, f}, many = {&many_ops, f};
    long calls_one = 0, calls_many = 0;
    int found = 0;
    for (int k = 0; k < 60; k++) {
        int64_t a = 1 + (int64_t)(rnd() % N_ENT), b = 1 + (int64_t)(rnd() % N_ENT);
        tl_store_path_opts po = {k % 3 == 0 ? 2 : 4, 3, 0, k % 4 == 1 ? (1u << TL_GPE) | (1u << TL_NORP) : 0};
        static out o1, o2;
        o1.n = o2.n = 0;
        o1.v[0] = o2.v[0] = 0;
        int n1 = -1, n2 = -2;
        tl_error err = {0};
        f->calls = 0;
        assert_int_equal(tl_store_path_ranked(&one, a, b, &po, path_cb, &o1, &n1, &err), TL_OK);
        calls_one += f->calls;
        f->calls = 0;
        assert_int_equal(tl_store_path_ranked(&many, a, b, &po, path_cb, &o2, &n2, &err), TL_OK);
        calls_many += f->calls;
        assert_int_equal(n1, n2);
        assert_string_equal(o1.v, o2.v);
        found += n1 > 0;
    }
    assert_true(found > 10);              /* the graph connects many pairs */
    assert_true(calls_many * 10 < calls_one); /* and the batches save most calls */
    free(f);
}

/* Neighbourhoods (through places or not, filtered by type, limited) are
 * the same both ways. */
static void test_neighbors_same(void **state) {
    (void)state;
    fake *f = malloc(sizeof *f);
    assert_non_null(f);
    fake_init(f);
    ops_init();
    tl_store one = {&one_ops, f}, many = {&many_ops, f};
    for (int k = 0; k < 40; k++) {
        int64_t e = k < 5 ? k + 1 : 1 + (int64_t)(rnd() % N_ENT);
        tl_store_nb_opts no = {1 + k % 3, k % 5 == 0 ? 7 : 200, k % 4 == 2 ? 1u << TL_PERSON : 0, k % 2};
        static out o1, o2;
        o1.n = o2.n = 0;
        o1.v[0] = o2.v[0] = 0;
        int64_t left1 = -1, left2 = -2;
        tl_error err = {0};
        assert_int_equal(tl_store_neighbors_filtered(&one, e, &no, nb_cb, &o1, &left1, &err), TL_OK);
        assert_int_equal(tl_store_neighbors_filtered(&many, e, &no, nb_cb, &o2, &left2, &err), TL_OK);
        assert_int_equal(left1, left2);
        assert_string_equal(o1.v, o2.v);
    }
    /* an entity the backend does not know: nothing, both ways */
    static out o3;
    o3.n = 0;
    o3.v[0] = 0;
    tl_store_nb_opts no = {2, 50, 0, 0};
    tl_error err = {0};
    assert_int_equal(tl_store_neighbors_filtered(&many, N_ENT + 5, &no, nb_cb, &o3, NULL, &err), TL_OK);
    assert_int_equal(o3.n, 0);
    free(f);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paths_cheapest),
        cmocka_unit_test(test_paths_same),
        cmocka_unit_test(test_neighbors_same),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
