/* cmd_stats.c -- `threadline stats`: counts, sizes, the most connected and the most central entities of the store. */
#include "cli_store.h"

static const char HELP[] =
    "usage: threadline stats [--top N] [--json] [--db PATH]\n\n"
    "Counts of documents, sentences, entities (by type), facts (by type), the\n"
    "store's size against the text it holds, the most connected entities (by\n"
    "number of facts) and the most central ones (PageRank over the entity\n"
    "graph, computed with igraph).\n\n"
    "options:\n"
    "  --top N        how many connected and central entities to list (default 10)\n"
    "  --json         JSON object\n"
    "  --db PATH      the store (default $THREADLINE_DB or ./threadline.db)\n";

typedef struct ctx {
    tl_store *st;
    double score;      /* of the entity being printed by central_cb */
} ctx;

static int central_row_cb(void *p, const tl_store_entity *e) {
    ctx *c = p;
    printf("  %.5f  %-6s %s (#%lld)\n", c->score, tl_ent_type_name(e->type), e->name, (long long)e->id);
    return 1;
}

static int central_cb(void *p, int64_t entity, double score) {
    ctx *c = p;
    tl_store_entity_filter f = {.type = -1, .id = entity, .limit = 1};
    tl_error err = {0};
    c->score = score;
    return tl_store_entities(c->st, &f, central_row_cb, c, &err) != TL_OK;
}

static int top_cb(void *p, const tl_store_entity *e) {
    printf("  %5lld facts  %-6s %s (#%lld)\n", (long long)e->n_facts, tl_ent_type_name(e->type), e->name,
           (long long)e->id);
    return 0;
}

int tl_cmd_stats(int argc, char **argv) {
    const char *db = NULL, *top_s = NULL;
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--top", &top_s, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, NULL, 0, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    long long top = top_s ? cli_number(top_s) : 10;
    if (top < 0) { tl_cli_err("stats: --top takes a number"); return TL_EXIT_USAGE; }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    tl_error err = {0};
    if (json) {
        json_t *v = NULL;
        int qrc = tl_query_stats(st, top, &v, &err);
        tl_store_close(st);
        return cli_print_query(qrc, v, &err);
    }
    tl_store_stats s;
    if (tl_store_get_stats(st, &s, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        tl_store_close(st);
        return TL_EXIT_FAIL;
    }
    double ratio = s.text_bytes > 0 ? (double)s.file_bytes / (double)s.text_bytes : 0;
    printf("documents   %lld (%.2f MB of text; store %.2f MB, %.2fx the text)\n", (long long)s.documents,
           (double)s.text_bytes / 1e6, (double)s.file_bytes / 1e6, ratio);
    printf("sentences   %lld\nentities    %lld (%lld names, %lld mentions)\n", (long long)s.sentences,
           (long long)s.entities, (long long)s.names, (long long)s.mentions);
    for (int t = 0; t < TL_ENT_TYPE_COUNT; t++)
        if (s.by_type[t]) printf("  %-8s %lld\n", tl_ent_type_name(t), (long long)s.by_type[t]);
    printf("facts       %lld (%lld evidence sentences)\n", (long long)s.facts, (long long)s.evidence);
    for (int t = 0; t < TL_FACT_TYPE_COUNT; t++)
        if (s.by_fact_type[t]) printf("  %-13s %lld\n", tl_fact_type_name(t), (long long)s.by_fact_type[t]);
    printf("corrections %lld\nwatched     %lld (%lld alerts)\n", (long long)s.corrections, (long long)s.watched,
           (long long)s.alerts);
    if (top) printf("most connected\n");
    tl_store_entity_filter f = {.type = -1, .order_by_degree = 1, .limit = top};
    if (top && tl_store_entities(st, &f, top_cb, NULL, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        tl_store_close(st);
        return TL_EXIT_FAIL;
    }
    ctx cc = {st, 0};
    int64_t nodes = 0, edges = 0;
    if (top) printf("most central (PageRank)\n");
    if (top && tl_store_centrality(st, (size_t)top, central_cb, &cc, &nodes, &edges, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        tl_store_close(st);
        return TL_EXIT_FAIL;
    }
    tl_store_close(st);
    return TL_EXIT_OK;
}
