/* store-bench.c -- generate a large store through the store API (bulk path) and time show, neighbors and path queries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include "tl_arena.h"
#include "tl_sha256.h"
#include "tl_store.h"

/*
 * usage: store-bench DB [ENTITIES] [FACTS] [QUERIES]
 * Builds DB (when it has no documents yet) with ENTITIES entities (default
 * 1,000,000) and FACTS facts (default 5,000,000): synthetic documents of 10
 * entities and 50 facts each, every entity name unique, so resolution joins
 * an entity's later mentions to its first.  Then times QUERIES (default
 * 100) random `show` (entity, its facts with evidence, its documents),
 * `neighbors` (2 hops) and `path` (up to 4 hops) queries and prints median
 * and p95 in ms and the peak RSS, as JSON on the last line.
 */

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;
static uint64_t rnd(void) { /* xorshift64*: deterministic runs */
    rng_state ^= rng_state >> 12; rng_state ^= rng_state << 25; rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ULL;
}

/* Entity i's name: two syllable words, unique per i. */
static void ent_name(uint64_t i, char *out, size_t cap) {
    static const char *const syl[] = {"ka", "lo", "mi", "ra", "su", "te", "vo", "zi", "ba", "de", "fu", "ga",
                                      "ni", "pe", "ro", "sa", "ta", "ve", "wi", "ya"};
    char w1[12] = "", w2[12] = ""; /* four syllables of two letters */
    uint64_t x = i;
    for (int k = 0; k < 4; k++) { strcat(w1, syl[x % 20]); x /= 20; }
    for (int k = 0; k < 4; k++) { strcat(w2, syl[x % 20]); x /= 20; }
    w1[0] = (char)(w1[0] - 32);
    w2[0] = (char)(w2[0] - 32);
    snprintf(out, cap, "%s %s %c", w1, w2, (char)('A' + i % 26));
}

static tl_doc *gen_doc(uint64_t doc_no, uint64_t n_ent, int ents_per_doc, int facts_per_doc) {
    tl_arena *a = tl_arena_new(1 << 16);
    tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
    d->arena = a;
    uint64_t ids[64];
    char text[16384];
    size_t len = 0;
    d->entities = tl_arena_calloc(a, (size_t)ents_per_doc, sizeof *d->entities);
    d->mentions = tl_arena_calloc(a, (size_t)ents_per_doc, sizeof *d->mentions);
    for (int k = 0; k < ents_per_doc; k++) {
        /* most entities are new in their first documents; a quarter are
         * earlier ones again, which makes the graph connected */
        uint64_t base = doc_no * (uint64_t)ents_per_doc * 3 / 4 + (uint64_t)k;
        ids[k] = (k < ents_per_doc * 3 / 4 || base < 64) ? base % n_ent : rnd() % (base < n_ent ? base : n_ent);
        char nm[64];
        ent_name(ids[k], nm, sizeof nm);
        uint32_t st = (uint32_t)len;
        len += (size_t)snprintf(text + len, sizeof text - len, "%s is named here. ", nm);
        tl_entity *e = &d->entities[d->n_entities++];
        e->type = (uint8_t)(ids[k] % 3 == 0 ? TL_ORG : TL_PERSON);
        e->name = (tl_str){tl_arena_strndup(a, nm, strlen(nm)), strlen(nm)};
        e->mentions = tl_arena_calloc(a, 1, sizeof *e->mentions);
        d->mentions[d->n_mentions] = (tl_mention){.start = st, .end = st + (uint32_t)strlen(nm), .entity = k, .type = e->type};
        e->mentions[e->n_mentions++] = d->n_mentions++;
    }
    d->sentences = tl_arena_calloc(a, (size_t)facts_per_doc + 1, sizeof *d->sentences);
    d->facts = tl_arena_calloc(a, (size_t)facts_per_doc, sizeof *d->facts);
    for (int k = 0; k < facts_per_doc; k++) {
        int x = (int)(rnd() % (uint64_t)ents_per_doc), y = (int)(rnd() % (uint64_t)ents_per_doc);
        if (x == y) y = (y + 1) % ents_per_doc;
        uint32_t st = (uint32_t)len;
        len += (size_t)snprintf(text + len, sizeof text - len, "Sentence %d says %.*s met %.*s in %d. ", k,
                                (int)d->entities[x].name.len, d->entities[x].name.ptr, (int)d->entities[y].name.len,
                                d->entities[y].name.ptr, 1990 + (int)(rnd() % 30));
        d->sentences[d->n_sentences++] = (tl_sentence){.start = st, .end = (uint32_t)len - 1};
        tl_fact *f = &d->facts[d->n_facts++];
        f->type = (uint8_t)(rnd() % TL_FACT_TYPE_COUNT);
        f->args[0] = x;
        f->args[1] = y;
        f->args[2] = f->from = f->place = f->source = -1;
        f->evidence = (tl_span){st, (uint32_t)len - 1};
        snprintf(f->time_value, sizeof f->time_value, "%d", 1990 + (int)(rnd() % 30));
    }
    d->text = tl_arena_strndup(a, text, len);
    d->len = len;
    d->path = "generated";
    tl_sha256_hex(d->text, d->len, d->id);
    return d;
}

/* The process's resident set now, in MB (VmRSS), or -1. */
static double rss_now_mb(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    double mb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) mb = atof(line + 6) / 1024;
    if (f) fclose(f);
    return mb;
}

static int cmp_d(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int count_cb(void *ctx, const void *row) { (void)row; (*(long *)ctx)++; return 0; }
static int ent_cb(void *ctx, const tl_store_entity *e) { return count_cb(ctx, e); }
static int name_cb(void *ctx, const char *n, const char *k, int64_t c) { (void)k; (void)c; return count_cb(ctx, n); }
static int doc_cb(void *ctx, const tl_store_doc *d) { return count_cb(ctx, d); }
static int ev_cb(void *ctx, const tl_store_evidence *e) { return count_cb(ctx, e); }
typedef struct show_ctx { tl_store *st; long n; } show_ctx;
static int fact_cb(void *ctx, const tl_store_fact *f) {
    show_ctx *s = ctx;
    s->n++;
    return tl_store_fact_evidence(s->st, f->id, ev_cb, &s->n, NULL) != TL_OK;
}
static int nb_cb(void *ctx, const tl_store_entity *e, int d, const tl_store_hop *h) {
    (void)e; (void)d; (void)h; (*(long *)ctx)++; return 0;
}
static int path_cb(void *ctx, const tl_store_hop *h, int n) { (void)h; *(int *)ctx = n; return 0; }

static void report(const char *what, double *ms, int n, char *json, size_t cap) {
    qsort(ms, (size_t)n, sizeof *ms, cmp_d);
    double med = ms[n / 2], p95 = ms[(int)(n * 0.95) < n ? (int)(n * 0.95) : n - 1];
    printf("%-10s median %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, med, p95, ms[n - 1]);
    size_t l = strlen(json);
    snprintf(json + l, cap - l, "%s\"%s\":{\"median_ms\":%.3f,\"p95_ms\":%.3f}", l > 1 ? "," : "", what, med, p95);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: store-bench DB [ENTITIES] [FACTS] [QUERIES]\n"); return 2; }
    uint64_t n_ent = argc > 2 ? strtoull(argv[2], NULL, 10) : 1000000;
    uint64_t n_facts = argc > 3 ? strtoull(argv[3], NULL, 10) : 5000000;
    int queries = argc > 4 ? atoi(argv[4]) : 100;
    const int EPD = 40, FPD = 50;
    tl_store *st;
    tl_error err = {0};
    if (tl_store_open(argv[1], &st, &err) != TL_OK) { fprintf(stderr, "%s\n", err.msg); return 1; }
    tl_store_stats s;
    if (tl_store_get_stats(st, &s, &err) != TL_OK) { fprintf(stderr, "%s\n", err.msg); return 1; }
    double t0 = now_ms();
    if (s.documents == 0) {
        uint64_t docs = n_facts / FPD;
        /* 3/4 of each document's entities are new: enough documents to
         * reach n_ent entities */
        if (docs * (uint64_t)EPD * 3 / 4 < n_ent) fprintf(stderr, "note: fewer documents than entities need\n");
        const uint64_t batch = 2000;
        for (uint64_t d = 0; d < docs; d++) {
            if (d % batch == 0 && tl_store_bulk_begin(st, &err) != TL_OK) { fprintf(stderr, "%s\n", err.msg); return 1; }
            tl_doc *doc = gen_doc(d, n_ent, EPD, FPD);
            int rc = tl_store_ingest(st, doc, NULL, NULL, &err);
            tl_arena_free(doc->arena);
            if (rc != TL_OK) { fprintf(stderr, "ingest: %s\n", err.msg); return 1; }
            if ((d + 1) % batch == 0 || d + 1 == docs) {
                if (tl_store_bulk_end(st, 1, &err) != TL_OK) { fprintf(stderr, "%s\n", err.msg); return 1; }
                fprintf(stderr, "\rgenerated %llu/%llu documents (%.0f s)", (unsigned long long)d + 1,
                        (unsigned long long)docs, (now_ms() - t0) / 1e3);
            }
        }
        fprintf(stderr, "\n");
        tl_store_get_stats(st, &s, &err);
    }
    printf("store: %lld documents, %lld entities, %lld facts, %.0f MB (built in %.0f s)\n", (long long)s.documents,
           (long long)s.entities, (long long)s.facts, (double)s.file_bytes / 1e6, (now_ms() - t0) / 1e3);
    /* the stats above scan every table (mmap'd pages, page cache, sorts):
     * the RSS before the queries tells that apart from the queries' own */
    double rss_before = rss_now_mb();
    double *ms = malloc(sizeof(double) * (size_t)queries);
    char json[1024] = "{";
    int64_t max_id = s.entities;
    /* show: the entity row, names, every fact with its evidence, documents */
    for (int q = 0; q < queries; q++) {
        int64_t id = 1 + (int64_t)(rnd() % (uint64_t)max_id);
        double t = now_ms();
        long n = 0;
        tl_store_entity_filter ef = {.type = -1, .id = id};
        tl_store_entities(st, &ef, ent_cb, &n, NULL);
        tl_store_entity_names(st, id, name_cb, &n, NULL);
        show_ctx sc = {st, 0};
        tl_store_fact_filter ff = {.type = -1, .modality = -1, .entity = id};
        tl_store_facts(st, &ff, fact_cb, &sc, NULL);
        tl_store_entity_docs(st, id, doc_cb, &n, NULL);
        ms[q] = now_ms() - t;
    }
    report("show", ms, queries, json, sizeof json);
    for (int q = 0; q < queries; q++) {
        int64_t id = 1 + (int64_t)(rnd() % (uint64_t)max_id);
        long n = 0;
        double t = now_ms();
        tl_store_neighbors(st, id, 2, 1000, nb_cb, &n, NULL);
        ms[q] = now_ms() - t;
    }
    report("neighbors", ms, queries, json, sizeof json);
    int found = 0, total_hops = 0;
    for (int q = 0; q < queries; q++) {
        int64_t a = 1 + (int64_t)(rnd() % (uint64_t)max_id), b = 1 + (int64_t)(rnd() % (uint64_t)max_id);
        int hops = 0, n = 0;
        double t = now_ms();
        tl_store_path(st, a, b, 4, 3, path_cb, &hops, &n, NULL);
        ms[q] = now_ms() - t;
        if (n) { found++; total_hops += hops; }
    }
    report("path", ms, queries, json, sizeof json);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("path: %d of %d random pairs connected within 4 hops (mean %.1f hops)\n", found, queries,
           found ? (double)total_hops / found : 0.0);
    printf("peak RSS %.0f MB (RSS %.0f MB before the queries, %.0f MB after)\n", (double)ru.ru_maxrss / 1024,
           rss_before, rss_now_mb());
    size_t l = strlen(json);
    snprintf(json + l, sizeof json - l,
             ",\"entities\":%lld,\"facts\":%lld,\"store_mb\":%.0f,\"peak_rss_mb\":%.0f,\"rss_before_queries_mb\":%.0f}",
             (long long)s.entities, (long long)s.facts, (double)s.file_bytes / 1e6, (double)ru.ru_maxrss / 1024,
             rss_before);
    printf("%s\n", json);
    free(ms);
    tl_store_close(st);
    return 0;
}
